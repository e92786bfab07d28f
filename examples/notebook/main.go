// Notebook is examples/notebook/analysis.ipynb as a plain program, for readers without
// Jupyter: it loads the bundled sample articles, extracts their actors, inspects and ranks
// them, compares the two outlets, and draws the graph (SVG), the interactive explorer (HTML)
// and a bar chart of the top actors (SVG).
//
//	go run ./examples/notebook              # writes analysis.svg, explorer.html, top.svg here
//	go run ./examples/notebook -o /tmp/out
//
// The notebook itself runs in the GoNB Jupyter kernel; scripts/notebook.sh installs it and
// executes the notebook headlessly.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/render/chart"
)

func main() {
	out := flag.String("o", ".", "directory to write analysis.svg, explorer.html and top.svg into")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, *out); err != nil {
		log.Fatal(err)
	}
}

// run walks through the notebook's steps, printing tables to w and writing the drawings
// into dir.
func run(ctx context.Context, w io.Writer, dir string) error {
	// 1. Load the bundled sample articles.
	docs, err := corpus.Documents()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "## Documents")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "document\tdate\tparagraphs\tsentences")
	for _, d := range docs {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", name(d), d.Date, len(d.Paragraphs), len(d.Sentences))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	// 2. Extract actors, co-mentions, relations and interactions.
	result := extract.Pipeline{}.Extract(docs...)
	fmt.Fprintf(w, "\n%d actors, %d co-mentions, %d relations, %d interactions\n",
		len(result.Actors), len(result.CoMentions), len(result.Relations), len(result.Interactions))

	// 3. Inspect the actors: name, type, mentions and the spellings that made them.
	fmt.Fprintln(w, "\n## Actors")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "name\ttype\tmentions\taliases")
	for _, a := range result.Actors {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", a.Name, a.Type, len(a.Mentions), strings.Join(a.Aliases, ", "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	// 4. Rank them.
	g := graph.FromResult(result)
	fmt.Fprintf(w, "\n## Ranking (%d actors, %d ties)\n", g.Len(), len(g.Ties()))
	pagerank, betweenness, degree := graph.PageRank(g), graph.Betweenness(g), graph.Degree(g)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "rank\tPageRank\t\tbetweenness\t\tdegree\t")
	for i := range min(10, len(pagerank)) {
		p, b, d := pagerank[i], betweenness[i], degree[i]
		fmt.Fprintf(tw, "%d\t%s\t%.3f\t%s\t%.3f\t%s\t%.3f\n", i+1,
			p.Actor.Name, p.Value, b.Actor.Name, b.Value, d.Actor.Name, d.Value)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	// 5. Compare the two outlets: a graph per document.
	if len(docs) >= 2 {
		a := graph.FromResult(extract.Pipeline{}.Extract(docs[0]))
		b := graph.FromResult(extract.Pipeline{}.Extract(docs[1]))
		fmt.Fprintf(w, "\n## %s (%d actors) vs %s (%d actors)\n\n", name(docs[0]), a.Len(), name(docs[1]), b.Len())
		if err := graph.Compare(a, b, graph.MeasurePageRank).WriteTable(w, name(docs[0]), name(docs[1])); err != nil {
			return err
		}
	}

	// 6. Draw: the graph as SVG, the explorer as HTML, a bar chart of the top actors.
	cfg := render.Config{Size: graph.PageRank, Title: "The sample articles", Interactions: true}
	svg, err := cfg.SVGBytes(ctx, g)
	if err != nil {
		return err
	}
	var html, bar bytes.Buffer
	if err := cfg.HTML(&html, g); err != nil {
		return err
	}
	if err := chart.Bar(&bar, pagerank, chart.Options{Measure: graph.MeasurePageRank, Top: 10, Title: "Top actors by PageRank"}); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for _, f := range []struct {
		name string
		data []byte
	}{{"analysis.svg", svg}, {"explorer.html", html.Bytes()}, {"top.svg", bar.Bytes()}} {
		p := filepath.Join(dir, f.name)
		if err := atomicfile.WriteFile(p, f.data); err != nil {
			return err
		}
		fmt.Fprintf(w, "wrote %s (%d bytes)\n", p, len(f.data))
	}
	return nil
}

// name is what the tables call a document: its outlet, or its ID when the text names none.
func name(d *extract.Document) string {
	if d.Source != "" {
		return d.Source
	}
	return d.ID
}
