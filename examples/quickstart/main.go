package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/render"
)

func main() {
	dir := flag.String("o", ".", "the directory to write actors.svg to")
	top := flag.Int("top", 10, "how many actors to list")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, filepath.Join(*dir, "actors.svg"), *top); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, w io.Writer, out string, top int) error {
	docs, err := corpus.Documents()
	if err != nil {
		return err
	}
	result := extract.Pipeline{}.Extract(docs...)
	g := graph.FromResult(result)
	fmt.Fprintf(w, "%d documents, %d actors, %d ties\n\n", len(docs), g.Len(), len(g.Ties()))

	pagerank := graph.PageRank(g)
	betweenness := graph.Betweenness(g)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "rank\tPageRank\t\tbetweenness\t")
	for i := range min(top, len(pagerank)) {
		p, b := pagerank[i], betweenness[i]
		fmt.Fprintf(tw, "%d\t%s\t%.3f\t%s\t%.3f\n", i+1, p.Actor.Name, p.Value, b.Actor.Name, b.Value)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	cfg := render.Config{Size: graph.PageRank, Title: "Who deals with whom: the sample articles", Interactions: true, Roles: true}
	// atomicfile: a failure leaves the drawing of an earlier run as it was, never half written.
	if err := atomicfile.Write(out, func(f io.Writer) error { return cfg.SVG(ctx, f, g) }); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nwrote %s\n", out)
	return nil
}
