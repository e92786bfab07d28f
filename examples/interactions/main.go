package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// evidenceWidth is how many characters of the first evidence sentence a line shows.
const evidenceWidth = 120

func main() {
	dir := flag.String("o", "", "if set, the directory to write interactions.csv to")
	flag.Parse()
	if err := run(os.Stdout, *dir, flag.Args()); err != nil {
		log.Fatal(err)
	}
}

// run prints the interactions of the articles at paths, or of the bundled ones, on w, and
// writes them to dir/interactions.csv if dir is not empty.
func run(w io.Writer, dir string, paths []string) error {
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
	edges := g.Interactions()
	name := func(id string) string {
		if a, ok := g.Actor(id); ok {
			return a.Name
		}
		return id
	}

	fmt.Fprintf(w, "%d interactions among %d actors\n\n", len(edges), g.Len())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "source\tkind\ttarget\tsign\tmodality\tcount\tevidence")
	for _, e := range edges {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", name(e.Source), e.Kind, name(e.Target),
			sign(e.Goldstein), modality(e), e.Count, trim(firstEvidence(e), evidenceWidth))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if dir == "" {
		return nil
	}

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, "interactions.csv")
	// Text cells go through graph.CSVText, so that evidence such as "-- Putin said" or a name
	// such as "=cmd" opens in a spreadsheet as text, not as a formula; goldstein and count
	// are numbers and stay as they are (-2 is a number). atomicfile replaces the file of an
	// earlier run only once the new one is complete.
	err = atomicfile.Write(path, func(f io.Writer) error {
		cw := csv.NewWriter(f)
		cw.Write([]string{"source_id", "source", "kind", "cameo", "target_id", "target", "sign", "goldstein", "modality", "count", "document", "evidence"})
		for _, e := range edges {
			var doc string
			if len(e.Evidence) > 0 {
				doc = e.Evidence[0].Doc
			}
			cw.Write([]string{
				graph.CSVText(e.Source), graph.CSVText(name(e.Source)), graph.CSVText(e.Kind), graph.CSVText(e.CAMEO),
				graph.CSVText(e.Target), graph.CSVText(name(e.Target)), graph.CSVText(sign(e.Goldstein)),
				strconv.FormatFloat(e.Goldstein, 'f', -1, 64), graph.CSVText(modality(e)),
				strconv.Itoa(e.Count), graph.CSVText(doc), graph.CSVText(oneLine(firstEvidence(e))),
			})
		}
		cw.Flush()
		return cw.Error()
	})
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "\nwrote %s\n", path)
	return err
}

// sign reads the summed Goldstein weights of an edge as cooperation, conflict or neutral.
func sign(goldstein float64) string {
	switch {
	case goldstein > 0:
		return "cooperation"
	case goldstein < 0:
		return "conflict"
	}
	return "neutral"
}

// modality lists how the text reports the interactions of an edge: "asserted",
// "asserted+planned".
func modality(e graph.InteractionEdge) string {
	ms := make([]string, len(e.Modalities))
	for i, m := range e.Modalities {
		ms[i] = string(m)
	}
	return strings.Join(ms, "+")
}

func firstEvidence(e graph.InteractionEdge) string {
	if len(e.Evidence) == 0 {
		return ""
	}
	return e.Evidence[0].Text
}

// oneLine joins the lines of a sentence, so that a table row stays on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// trim shortens s to at most n characters, ending it with an ellipsis if it was cut.
func trim(s string, n int) string {
	s = oneLine(s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
