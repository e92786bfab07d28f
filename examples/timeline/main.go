package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/render/chart"
)

func main() {
	measure := flag.String("measure", "pagerank", "the measure to rank by: "+fmt.Sprint(graph.Measures()))
	top := flag.Int("top", 10, "how many actors to show")
	dir := flag.String("o", ".", "the directory to write ranks.svg to")
	by := flag.String("by", "day", "the period to rank by: day, week (from Monday) or month")
	flag.Parse()
	m, err := graph.ParseMeasure(*measure)
	if err != nil {
		log.Fatal(err)
	}
	per, err := graph.ParsePeriod(*by)
	if err != nil {
		log.Fatal(err)
	}
	if *top < 1 {
		log.Fatal("-top must be at least 1")
	}
	if err := run(os.Stdout, *dir, m, per, *top, flag.Args()); err != nil {
		log.Fatal(err)
	}
}

// run ranks the actors of the articles at paths, or of the bundled ones, period by period,
// prints the ranks on w and charts them into dir/ranks.svg if there are two periods or more.
func run(w io.Writer, dir string, m graph.Measure, per graph.Period, top int, paths []string) error {
	docs, err := read(paths)
	if err != nil {
		return err
	}
	r := extract.Pipeline{}.Extract(docs...)
	points := graph.TimelineBy(r, m, per)

	// ranks[actor][date] is the actor's rank on that date.
	ranks := map[string]map[string]int{}
	var dates []string
	for _, p := range points {
		if !slices.Contains(dates, p.Date) {
			dates = append(dates, p.Date) // points come sorted by date
		}
		if ranks[p.Actor] == nil {
			ranks[p.Actor] = map[string]int{}
		}
		ranks[p.Actor][p.Date] = p.Rank
	}
	if len(dates) == 0 {
		return fmt.Errorf("none of the %d articles has a date", len(docs))
	}
	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = a.Name
	}
	actors := leaders(ranks, names, top)

	fmt.Fprintf(w, "%s ranks of the %d leading actors in %d period(s) of a %s\n\n", m, len(actors), len(dates), per)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "actor\t")
	for _, d := range dates {
		fmt.Fprintf(tw, "%s\t", d)
	}
	fmt.Fprintln(tw)
	for _, id := range actors {
		fmt.Fprintf(tw, "%s\t", names[id])
		for _, d := range dates {
			if rank, ok := ranks[id][d]; ok {
				fmt.Fprintf(tw, "%d\t", rank)
			} else {
				fmt.Fprint(tw, "-\t")
			}
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	if len(dates) < 2 {
		_, err := fmt.Fprintf(w, "\nno chart: the articles span one %s (%s), and a chart of ranks over time needs two\n", per, dates[0])
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, "ranks.svg")
	opts := chart.Options{Title: "Ranks over time", Measure: m, Top: top, Names: names}
	if err := atomicfile.Write(path, func(f io.Writer) error { return chart.Ranks(f, points, opts) }); err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "\nwrote %s\n", path)
	return err
}

// leaders returns the IDs of the top actors: best rank on any date first, then the actor
// ranked on more dates, then by name and ID.
func leaders(ranks map[string]map[string]int, names map[string]string, top int) []string {
	best := func(id string) int {
		return slices.Min(slices.Collect(maps.Values(ranks[id])))
	}
	ids := slices.SortedFunc(maps.Keys(ranks), func(a, b string) int {
		return cmp.Or(
			cmp.Compare(best(a), best(b)),
			cmp.Compare(len(ranks[b]), len(ranks[a])),
			strings.Compare(names[a], names[b]),
			strings.Compare(a, b),
		)
	})
	return ids[:min(top, len(ids))]
}

// read reads the articles at paths (files, or folders of .txt and .md files), or the
// bundled articles if there are no paths.
func read(paths []string) ([]*extract.Document, error) {
	if len(paths) == 0 {
		return corpus.Documents()
	}
	docs, err := extract.ReadFiles(paths...)
	if skipped, ok := err.(*extract.SkippedError); ok {
		log.Print(skipped) // links to folders and special files, each named: the rest is read
		err = nil
	}
	return docs, err
}
