package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"path/filepath"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/report"
)

func main() {
	measure := flag.String("measure", "pagerank", "centrality to rank by")
	dir := flag.String("o", "", "if set, also write the report to this folder (made if missing)")
	flag.Parse()
	if err := report.Write(*dir, "compare-sources.txt", func(w io.Writer) error { return run(w, *measure, flag.Args()) }); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer, measure string, paths []string) error {
	m, err := graph.ParseMeasure(measure)
	if err != nil {
		return err
	}
	var docs []*extract.Document
	switch len(paths) {
	case 0:
		if docs, err = corpus.Documents(); err != nil {
			return err
		}
	case 2:
		for _, p := range paths {
			read, err := extract.ReadFiles(p)
			if err != nil {
				return err
			}
			if len(read) != 1 {
				return fmt.Errorf("%s holds %d articles; give two articles, one a file", p, len(read))
			}
			docs = append(docs, read[0])
		}
	default:
		return fmt.Errorf("give two articles, or none for the bundled ones")
	}
	var graphs []*graph.Graph
	var names []string
	for _, d := range docs {
		graphs = append(graphs, graph.FromResult(extract.Pipeline{}.Extract(d)))
		name := d.Source
		if name == "" {
			name = filepath.Base(d.Path)
		}
		names = append(names, name)
	}
	c := graph.Compare(graphs[0], graphs[1], m)
	fmt.Fprintf(w, "%s (%d actors) vs %s (%d actors)\n\n", names[0], graphs[0].Len(), names[1], graphs[1].Len())
	return c.WriteTable(w, names[0], names[1])
}
