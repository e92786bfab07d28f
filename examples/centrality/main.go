package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/report"
)

func main() {
	top := flag.Int("top", 15, "how many actors to list")
	dir := flag.String("o", "", "if set, also write the report to this folder (made if missing)")
	flag.Parse()
	if err := report.Write(*dir, "centrality.txt", func(w io.Writer) error { return run(w, *top, flag.Args()) }); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer, top int, paths []string) error {
	docs, err := corpus.Documents()
	if len(paths) > 0 {
		docs, err = extract.ReadFiles(paths...)
		if skipped, ok := err.(*extract.SkippedError); ok {
			log.Print(skipped) // links to folders and special files, each named: the rest is read
			err = nil
		}
	}
	if err != nil {
		return err
	}
	g := graph.FromResult(extract.Pipeline{}.Extract(docs...))
	measures := graph.Measures()
	values := make([]map[string]float64, len(measures))
	var order []graph.Score
	for i, m := range measures {
		scores := m.Compute(g)
		if i == 0 {
			order = scores
		}
		values[i] = map[string]float64{}
		for _, s := range scores {
			values[i][s.Actor.ID] = s.Value
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "actor\t")
	for _, m := range measures {
		fmt.Fprintf(tw, "%s\t", m)
	}
	fmt.Fprintln(tw)
	for _, s := range order[:min(top, len(order))] {
		fmt.Fprintf(tw, "%s\t", s.Actor.Name)
		for i := range measures {
			fmt.Fprintf(tw, "%.3f\t", values[i][s.Actor.ID])
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}
