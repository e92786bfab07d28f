package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/render"
)

// diagramTop is how many actors actors.svg draws; a larger graph becomes unreadable.
const diagramTop = 30

func main() {
	top := flag.Int("top", 10, "how many actors and ties to list")
	dir := flag.String("o", ".", "the directory to write actors.svg and explorer.html to")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: folder [-top N] [-o DIR] [FOLDER]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	if *top < 1 {
		log.Fatal("-top must be at least 1")
	}
	if err := run(context.Background(), os.Stdout, os.Stderr, *dir, *top, flag.Arg(0)); err != nil {
		log.Fatal(err)
	}
}

// run analyses the articles under root, or the bundled ones if root is empty, prints the
// leading actors and ties on w, writes actors.svg and explorer.html into dir, and reports the
// files it skips on errw.
func run(ctx context.Context, w, errw io.Writer, dir string, top int, root string) error {
	var docs []*extract.Document
	var err error
	if root == "" {
		fmt.Fprintln(errw, "no folder given: analysing the bundled sample articles")
		docs, err = corpus.Documents()
	} else {
		docs, err = read(errw, root)
	}
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no readable .txt or .md articles under %s", root)
	}
	g := graph.FromResult(extract.Pipeline{}.Extract(docs...))
	fmt.Fprintf(w, "%d articles, %d actors, %d ties\n\n", len(docs), g.Len(), len(g.Ties()))

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "rank\tactor\ttype\tPageRank")
	for i, s := range graph.PageRank(g)[:min(top, g.Len())] {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.3f\n", i+1, s.Actor.Name, s.Actor.Type, s.Value)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	name := func(id string) string {
		a, _ := g.Actor(id)
		return a.Name
	}
	ties := slices.SortedFunc(slices.Values(g.Ties()), func(a, b graph.Tie) int {
		return cmp.Or(
			cmp.Compare(b.Weight, a.Weight),
			strings.Compare(name(a.A), name(b.A)),
			strings.Compare(name(a.B), name(b.B)),
		)
	})
	fmt.Fprintln(w)
	fmt.Fprintln(tw, "strongest ties\t\tweight\tco-mentions")
	for _, t := range ties[:min(top, len(ties))] {
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%d\n", name(t.A), name(t.B), t.Weight, t.Count)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cfg := render.Config{Size: graph.PageRank, Interactions: true, Roles: true}
	page := filepath.Join(dir, "explorer.html")
	if err := atomicfile.Write(page, func(f io.Writer) error { return cfg.HTML(f, g) }); err != nil {
		return err
	}
	cfg.Top = diagramTop
	svg, err := cfg.SVGBytes(ctx, g)
	if err != nil {
		return err
	}
	diagram := filepath.Join(dir, "actors.svg")
	if err := atomicfile.WriteFile(diagram, svg); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "\nwrote %s and %s\n", diagram, page)
	return err
}

// read reads the articles under root with extract.ReadFiles (*.txt, *.md, *.jsonl and *.csv,
// in path order). Files and records that cannot be read, and entries that are not read, are
// reported on errw and skipped.
func read(errw io.Writer, root string) ([]*extract.Document, error) {
	if _, err := os.Stat(root); err != nil {
		return nil, err
	}
	docs, err := extract.ReadFiles(root)
	var list extract.ErrorList
	switch {
	case errors.As(err, &list):
		for _, e := range list {
			fmt.Fprintf(errw, "skipped: %v\n", e)
		}
	case err != nil:
		fmt.Fprintf(errw, "skipped: %v\n", err) // a *extract.SkippedError: links and special files
	}
	return docs, nil
}
