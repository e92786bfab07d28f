package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/graph"
)

type rankOutput struct {
	Measures map[string]map[string]float64 `json:"measures"`
}

func runRank(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("rank", "rank [-format json|table|csv] [-measures m1,m2] [-top N] [-o OUT] [-in graph.json | FILE...]", []string{
		"actorgraph rank -format table",
		"actorgraph rank -format csv -measures pagerank,betweenness -top 10 articles/",
		"actorgraph rank -in graph.json",
	}, stderr)
	format := fs.String("format", "json", "output format: json, table or csv")
	names := fs.String("measures", "", "comma-separated measures to compute (default all): "+measureList())
	top := fs.Int("top", 0, "keep only the N actors ranked highest by the first measure (0: all)")
	outPath := fs.String("o", "-", "write the ranks to this file (\"-\" for standard output)")
	input := graphFlags(fs)
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	if *format != "json" && *format != "table" && *format != "csv" {
		return usagef("unknown -format %q (want json, table or csv)", *format)
	}
	if *top < 0 {
		return usagef("-top must not be negative")
	}
	measures := graph.Measures()
	if *names != "" {
		measures = nil
		for _, n := range strings.Split(*names, ",") {
			m, err := graph.ParseMeasure(n)
			if err != nil {
				return usageError{err.Error()}
			}
			measures = append(measures, m)
		}
	}
	g, err := input.load(fs, stdin, stderr)
	if err != nil {
		return err
	}
	scores := make([][]graph.Score, len(measures))
	for i, m := range measures {
		scores[i] = m.Compute(g)
		for _, s := range scores[i] {
			if math.IsInf(s.Value, 0) || math.IsNaN(s.Value) {
				return fmt.Errorf("%s: %s of %q is %v: the weights are too large to rank", input.name(fs), m, s.Actor.ID, s.Value)
			}
		}
	}
	if *top > 0 && len(scores) > 0 && *top < len(scores[0]) {
		keep := map[string]bool{}
		for _, s := range scores[0][:*top] {
			keep[s.Actor.ID] = true
		}
		for i := range scores {
			scores[i] = slices.DeleteFunc(scores[i], func(s graph.Score) bool { return !keep[s.Actor.ID] })
		}
	}
	var buf bytes.Buffer
	if err := writeRanks(&buf, *format, measures, scores); err != nil {
		return err
	}
	return writeOutput(*outPath, stdout, buf.Bytes())
}

// writeRanks writes scores, one list per measure, to w in format.
func writeRanks(w io.Writer, format string, measures []graph.Measure, scores [][]graph.Score) error {
	switch format {
	case "table":
		return writeRankTable(w, measures, scores)
	case "csv":
		return writeRankCSV(w, measures, scores)
	}
	out := rankOutput{Measures: map[string]map[string]float64{}}
	for i, m := range measures {
		values := make(map[string]float64, len(scores[i]))
		for _, s := range scores[i] {
			values[s.Actor.ID] = s.Value
		}
		out.Measures[string(m)] = values
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func measureList() string {
	var names []string
	for _, m := range graph.Measures() {
		names = append(names, string(m))
	}
	return strings.Join(names, ", ")
}

// writeRankCSV prints a header "rank,id,name,<measures...>" and one row per actor in the order
// of the first measure, values in full precision.
func writeRankCSV(w io.Writer, measures []graph.Measure, scores [][]graph.Score) error {
	cw := csv.NewWriter(w)
	header := []string{"rank", "id", "name"}
	for _, m := range measures {
		header = append(header, string(m))
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	byID := make([]map[string]float64, len(measures))
	for i := range measures {
		byID[i] = map[string]float64{}
		for _, s := range scores[i] {
			byID[i][s.Actor.ID] = s.Value
		}
	}
	if len(scores) > 0 {
		for r, s := range scores[0] {
			row := []string{strconv.Itoa(r + 1), s.Actor.ID, s.Actor.Name}
			for i := range measures {
				row = append(row, strconv.FormatFloat(byID[i][s.Actor.ID], 'g', -1, 64))
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeRankTable prints one row per actor in the order of the first measure, one column
// per measure.
func writeRankTable(w io.Writer, measures []graph.Measure, scores [][]graph.Score) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "rank\tactor\t")
	for _, m := range measures {
		fmt.Fprintf(tw, "%s\t", m)
	}
	fmt.Fprintln(tw)
	byID := make([]map[string]float64, len(measures))
	for i := range measures {
		byID[i] = map[string]float64{}
		for _, s := range scores[i] {
			byID[i][s.Actor.ID] = s.Value
		}
	}
	if len(scores) == 0 {
		return tw.Flush()
	}
	for r, s := range scores[0] {
		fmt.Fprintf(tw, "%d\t%s\t", r+1, s.Actor.Name)
		for i := range measures {
			fmt.Fprintf(tw, "%s\t", strconv.FormatFloat(byID[i][s.Actor.ID], 'f', 4, 64))
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}
