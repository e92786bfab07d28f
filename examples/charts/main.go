package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/render/chart"
)

func main() {
	measure := flag.String("measure", "pagerank", "the measure to chart: "+fmt.Sprint(graph.Measures()))
	format := flag.String("format", chart.SVG, "svg or png")
	top := flag.Int("top", chart.DefaultTop, "how many actors to chart")
	dir := flag.String("o", ".", "the directory to write the charts to")
	flag.Parse()
	m, err := graph.ParseMeasure(*measure)
	if err != nil {
		log.Fatal(err)
	}
	if *top < 1 {
		log.Fatal("-top must be at least 1")
	}
	if err := run(os.Stdout, *dir, m, *format, *top, flag.Args()); err != nil {
		log.Fatal(err)
	}
}

// run charts the articles at paths, or the bundled ones, into dir, and says on w what it wrote.
func run(w io.Writer, dir string, m graph.Measure, format string, top int, paths []string) error {
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
	r := extract.Pipeline{}.Extract(docs...)
	g := graph.FromResult(r)
	opts := chart.Options{Title: fmt.Sprintf("The %d most central actors", top), Measure: m, Top: top, Format: format}

	var bar bytes.Buffer
	if err := chart.Bar(&bar, m.Compute(g), opts); err != nil {
		return err
	}
	if err := write(w, filepath.Join(dir, "top."+format), bar.Bytes()); err != nil {
		return err
	}

	points := graph.Timeline(r, m)
	dates := map[string]bool{}
	for _, p := range points {
		dates[p.Date] = true
	}
	if len(dates) < 2 {
		fmt.Fprintf(w, "no ranks over time: the articles span %d date(s)\n", len(dates))
		return nil
	}
	names := map[string]string{}
	for _, a := range g.Actors() {
		names[a.ID] = a.Name
	}
	opts.Title, opts.Names = "Ranks over time", names
	var ranks bytes.Buffer
	if err := chart.Ranks(&ranks, points, opts); err != nil {
		return err
	}
	return write(w, filepath.Join(dir, "ranks."+format), ranks.Bytes())
}

func write(w io.Writer, path string, b []byte) error {
	if err := atomicfile.WriteFile(path, b); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "wrote %s\n", path)
	return err
}
