package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

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
		"actorgraph rank -format table -since \"Nov. 1, 2025\" -source \"Kyiv Independent\" articles/",
	}, stderr)
	format := fs.String("format", "json", "output format: json, table or csv")
	names := fs.String("measures", "", "comma-separated measures to compute, the first sorting the table (default all but katz, pagerank first): "+measureList()+", katz")
	katzAlpha := fs.Float64("katz-alpha", 0.1, "katz's attenuation alpha, as NetworkX's katz_centrality (it must be below 1/λ, the largest eigenvalue of the weights)")
	top := fs.Int("top", 0, "keep only the N actors ranked highest by the first measure (0: all)")
	outPath := fs.String("o", "-", "write the ranks to this file (\"-\" for standard output)")
	force := fs.Bool("force", false, "compute betweenness, closeness and harmonic even on a graph too large for them to finish within minutes")
	pivots := fs.Int("pivots", 0, "estimate betweenness from this many pivots, at least 2 (Brandes-Pich, as NetworkX's k=; an actor's error below 0.05 with 98% chance at 1,000), for graphs too large for the exact measure (0: exact)")
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
	if *pivots < 0 || *pivots == 1 {
		return usagef("-pivots must be 0 (exact) or at least 2")
	}
	// PageRank first, as the examples rank: it sorts the table and chooses -top.
	measures := []graph.Measure{graph.MeasurePageRank}
	for _, m := range graph.Measures() {
		if m != graph.MeasurePageRank {
			measures = append(measures, m)
		}
	}
	if *names != "" {
		measures = nil
		for _, n := range strings.Split(*names, ",") {
			if strings.EqualFold(strings.TrimSpace(n), string(measureKatz)) {
				measures = append(measures, measureKatz)
				continue
			}
			m, err := graph.ParseMeasure(n)
			if err != nil {
				return usageError{err.Error() + " or katz"}
			}
			measures = append(measures, m)
		}
	}
	if !(*katzAlpha >= 0) || math.IsInf(*katzAlpha, 0) {
		return usagef("-katz-alpha must be a finite number, 0 or more")
	}
	if !flagSet(fs, "evidence") {
		// rank writes no evidence: keep one sentence an edge, the least memory there is.
		*input.evidence = 1
	}
	g, err := input.load(fs, stdin, stderr)
	if err != nil {
		return err
	}
	if !*force {
		if err := checkPathWork(g, measures, *pivots, input.name(fs)); err != nil {
			return err
		}
	}
	prog := newRankProgress(stderr, len(measures))
	defer prog.clear()
	scores := make([][]graph.Score, len(measures))
	// The shortest-path measures asked for (betweenness unless sampled), two or more, come
	// from one search from every actor: graph.PathMeasures, the same bits.
	var together []graph.Measure
	for _, m := range measures {
		if m.ShortestPaths() && !(m == graph.MeasureBetweenness && *pivots > 0) {
			together = append(together, m)
		}
	}
	var paths map[graph.Measure][]graph.Score
	for i, m := range measures {
		prog.show(i, m)
		if len(together) > 1 && slices.Contains(together, m) {
			if paths == nil {
				paths = graph.PathMeasures(g, together...)
			}
			scores[i] = paths[m]
		} else if m == measureKatz {
			if scores[i], err = graph.Katz(g, *katzAlpha, 1); err != nil {
				return fmt.Errorf("%s: %w: give a smaller -katz-alpha", input.name(fs), err)
			}
		} else if m == graph.MeasureBetweenness && *pivots > 0 {
			scores[i] = graph.BetweennessSample(g, *pivots, 1)
		} else {
			scores[i] = m.Compute(g)
		}
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

// maxPathWork is the largest graph.PathWork of a graph on which rank computes the
// shortest-path measures without -force: about a minute per measure on a 2-core machine.
// Measured with go test ./graph -run '^$' -bench 'Betweenness$|BetweennessScaling'
// -benchtime 1x: Betweenness took 18 ms at PathWork 1.25e6 (500 actors, 2,000 ties), 2.1 s at
// 1.25e8 (5,000, 20,000) and 71 s at 1.28e9 (16,000, 64,000, the machine shared with other
// work); closeness and harmonic take about as long each. Extrapolated, a million actors with
// three million ties (PathWork 4e12) would take one to three days per measure.
const maxPathWork = 1e9

// checkPathWork refuses the shortest-path measures among measures when g is too large for
// them (graph.PathWork above maxPathWork), before anything is computed. The error names the
// input, the measures that are cheap and the flag that overrides it.
func checkPathWork(g *graph.Graph, measures []graph.Measure, pivots int, input string) error {
	work := graph.PathWork(g)
	if work <= maxPathWork {
		return nil
	}
	// Betweenness from k pivots costs k/n of the exact measure.
	sampled := pivots > 0 && float64(pivots) < float64(g.Len()) && work*float64(pivots)/float64(g.Len()) <= maxPathWork
	var slow, cheap []string
	for _, m := range graph.Measures() {
		if !m.ShortestPaths() {
			cheap = append(cheap, string(m))
		}
	}
	for _, m := range measures {
		if m == graph.MeasureBetweenness && sampled {
			continue
		}
		if m.ShortestPaths() && !slices.Contains(slow, string(m)) {
			slow = append(slow, string(m))
		}
	}
	if len(slow) == 0 {
		return nil
	}
	hint := ""
	if slices.Contains(slow, string(graph.MeasureBetweenness)) {
		hint = ", estimate betweenness from pivots (-pivots 1000)"
	}
	return fmt.Errorf("%s: %d actors and %d ties are too many for %s, which would take about %s each on %d cores: "+
		"rank with the cheap measures (-measures %s)%s, or add -force to compute them anyway",
		input, g.Len(), g.NumTies(), strings.Join(slow, ", "), pathTime(work), runtime.GOMAXPROCS(0), strings.Join(cheap, ","), hint)
}

// pathTime estimates how long one shortest-path measure takes at the given graph.PathWork,
// from the slowest rate measured (maxPathWork): 55 s per 1e9 steps on 2 cores.
func pathTime(work float64) string {
	d := time.Duration(work / 1e9 * 55 * 2 / float64(runtime.GOMAXPROCS(0)) * float64(time.Second))
	switch {
	case d >= 48*time.Hour:
		return fmt.Sprintf("%.0f days", d.Hours()/24)
	case d >= 2*time.Hour:
		return fmt.Sprintf("%.0f hours", d.Hours())
	case d < 90*time.Second:
		return "a minute or more"
	}
	return fmt.Sprintf("%.0f minutes", d.Minutes())
}

// rankProgress draws "rank: computing betweenness (2/7)" on a status line while the
// measures run; nothing for a run that ends within progressInterval.
type rankProgress struct {
	statusLine
	total int
	start time.Time
}

func newRankProgress(stderr io.Writer, total int) *rankProgress {
	return &rankProgress{statusLine: newStatusLine(stderr), total: total, start: time.Now()}
}

// show redraws the line as measure i, m, starts.
func (p *rankProgress) show(i int, m graph.Measure) {
	if p.w == nil || time.Since(p.start) < progressInterval && !m.ShortestPaths() {
		return
	}
	p.draw(fmt.Sprintf("rank: computing %s (%d/%d, %s elapsed)", m, i+1, p.total, time.Since(p.start).Round(time.Second)))
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

// measureKatz is Katz centrality (graph.Katz), which rank computes when -measures names it:
// it takes a parameter and fails where its series diverges, so it is no graph.Measure.
const measureKatz graph.Measure = "katz"

func measureList() string {
	var names []string
	for _, m := range graph.Measures() {
		names = append(names, string(m))
	}
	return strings.Join(names, ", ")
}

// writeRankCSV prints a header "rank,id,name,<measures...>" and one row per actor in the order
// of the first measure, values in full precision. The id and name cells are escaped against
// formula injection (graph.CSVText: "=1+1" is written "'=1+1"); the rank and the values are
// numbers and written as they are, so -0.5 stays -0.5.
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
			row := []string{strconv.Itoa(r + 1), graph.CSVText(s.Actor.ID), graph.CSVText(s.Actor.Name)}
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
