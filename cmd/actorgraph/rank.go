package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/graph"
)

type rankOutput struct {
	Measures map[string]map[string]float64 `json:"measures"`
}

func runRank(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("rank", "rank [-format json|table] [-in graph.json | FILE...]", stderr)
	format := fs.String("format", "json", "output format: json or table")
	input := graphFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "json" && *format != "table" {
		return usagef("unknown -format %q (want json or table)", *format)
	}
	g, err := input.load(fs, stderr)
	if err != nil {
		return err
	}
	measures := graph.Measures()
	scores := make([][]graph.Score, len(measures))
	for i, m := range measures {
		scores[i] = m.Compute(g)
		for _, s := range scores[i] {
			if math.IsInf(s.Value, 0) || math.IsNaN(s.Value) {
				return fmt.Errorf("%s: %s of %q is %v: the weights are too large to rank", input.name(fs), m, s.Actor.ID, s.Value)
			}
		}
	}
	if *format == "table" {
		return writeRankTable(stdout, measures, scores)
	}
	out := rankOutput{Measures: map[string]map[string]float64{}}
	for i, m := range measures {
		values := make(map[string]float64, len(scores[i]))
		for _, s := range scores[i] {
			values[s.Actor.ID] = s.Value
		}
		out.Measures[string(m)] = values
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
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
