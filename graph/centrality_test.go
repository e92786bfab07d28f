package graph_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/randgraph"
)

// fixtureTolerance is how far a value may be from NetworkX's. The fixtures are exact to about
// 1e-12 (testdata/make_fixtures.py runs the power iterations to tol=1e-14).
const fixtureTolerance = 1e-9

// fixture is a graph and its centralities as computed by NetworkX (testdata/make_fixtures.py).
type fixture struct {
	Description string                        `json:"description"`
	Graph       json.RawMessage               `json:"graph"`
	Measures    map[string]map[string]float64 `json:"measures"`
}

// fixtureMeasures maps the fixtures' measure names to the functions they check.
var fixtureMeasures = map[string]func(*graph.Graph) []graph.Score{
	"degree":                 graph.Degree,
	"strength":               graph.Strength,
	"betweenness":            graph.Betweenness,
	"betweenness_unweighted": graph.BetweennessUnweighted,
	"closeness":              graph.Closeness,
	"closeness_unweighted":   graph.ClosenessUnweighted,
	"harmonic":               graph.Harmonic,
	"eigenvector":            graph.Eigenvector,
	"pagerank":               graph.PageRank,
}

func loadFixtures(t testing.TB) map[string]fixture {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures in testdata (%v); run testdata/make_fixtures.py", err)
	}
	out := make(map[string]fixture)
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var f fixture
		if err := json.Unmarshal(data, &f); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out[strings.TrimSuffix(filepath.Base(path), ".json")] = f
	}
	return out
}

func TestMeasuresMatchNetworkX(t *testing.T) {
	for name, f := range loadFixtures(t) {
		t.Run(name, func(t *testing.T) {
			g, err := graph.ReadNodeLink(bytes.NewReader(f.Graph))
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range graph.Measures() {
				if _, ok := f.Measures[string(m)]; !ok {
					t.Errorf("fixture has no %s", m)
				}
			}
			for measure, want := range f.Measures {
				compute, ok := fixtureMeasures[measure]
				if !ok {
					t.Errorf("fixture has unknown measure %q", measure)
					continue
				}
				checkScores(t, measure, compute(g), want)
			}
		})
	}
}

// checkOrder checks that scores are highest first, ties by name, then ID.
func checkOrder(t *testing.T, measure string, scores []graph.Score) {
	t.Helper()
	for i := 1; i < len(scores); i++ {
		x, y := scores[i-1], scores[i]
		if c := cmp.Or(
			cmp.Compare(y.Value, x.Value),
			cmp.Compare(x.Actor.Name, y.Actor.Name),
			cmp.Compare(x.Actor.ID, y.Actor.ID),
		); c >= 0 {
			t.Errorf("%s: %q (%v) ranked before %q (%v)", measure, x.Actor.ID, x.Value, y.Actor.ID, y.Value)
		}
	}
}

func TestMeasuresOnEmptyGraph(t *testing.T) {
	g := graph.New()
	for _, m := range graph.Measures() {
		if got := m.Compute(g); len(got) != 0 {
			t.Errorf("%s of the empty graph = %v, want no scores", m, got)
		}
	}
	if got := graph.BetweennessUnweighted(g); len(got) != 0 {
		t.Errorf("unweighted betweenness of the empty graph = %v, want no scores", got)
	}
}

// singleActor is what every measure gives the only actor of a graph, as NetworkX does.
var singleActor = map[graph.Measure]float64{
	graph.MeasureDegree:      1, // NetworkX degree_centrality special-cases n <= 1
	graph.MeasureBetweenness: 0,
	graph.MeasureCloseness:   0,
	graph.MeasureHarmonic:    0,
	graph.MeasureEigenvector: 1,
	graph.MeasurePageRank:    1,
	graph.MeasureStrength:    0,
}

func TestMeasuresOnSingleActor(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "a"})
	for m, want := range singleActor {
		got := m.Compute(g)
		if len(got) != 1 || got[0].Actor.ID != "a" || got[0].Value != want {
			t.Errorf("%s = %v, want [{a %v}]", m, got, want)
		}
	}
}

// TestPageRankSumsToOne checks the distribution on a graph with isolated actors, whose
// walkers jump uniformly.
func TestPageRankSumsToOne(t *testing.T) {
	g := randomGraph(300, 900, 7)
	g.AddActor(graph.Actor{ID: "isolated-1"})
	g.AddActor(graph.Actor{ID: "isolated-2"})
	sum := 0.0
	for _, s := range graph.PageRank(g) {
		sum += s.Value
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Errorf("PageRank sums to %.17g, want 1", sum)
	}
}

func TestMeasures(t *testing.T) {
	got := graph.Measures()
	want := []graph.Measure{"degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "strength"} // docs/CONTRACT.md
	if !equalMeasures(got, want) {
		t.Errorf("Measures() = %v, want %v", got, want)
	}
	got[0] = "changed"
	if graph.Measures()[0] != graph.MeasureDegree {
		t.Error("Measures returns its internal slice")
	}
}

func equalMeasures(a, b []graph.Measure) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var parseMeasureTests = []struct {
	in      string
	want    graph.Measure
	wantErr string
}{
	{in: "pagerank", want: graph.MeasurePageRank},
	{in: " Betweenness ", want: graph.MeasureBetweenness},
	{in: "STRENGTH", want: graph.MeasureStrength},
	{in: "katz", wantErr: `graph: unknown measure "katz" (want one of degree, betweenness, closeness, harmonic, eigenvector, pagerank, strength)`},
	{in: "", wantErr: `graph: unknown measure ""`},
}

func TestParseMeasure(t *testing.T) {
	for _, tt := range parseMeasureTests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := graph.ParseMeasure(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("ParseMeasure(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseMeasure(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestComputeUnknownMeasurePanics(t *testing.T) {
	defer func() {
		if r := recover(); r != `graph: unknown measure "katz"` {
			t.Errorf("panic = %v, want graph: unknown measure \"katz\"", r)
		}
	}()
	graph.Measure("katz").Compute(graph.New())
}

// TestEigenvectorOnLongPath runs the power iteration on a graph where it converges too slowly
// to finish in 10,000 steps (the two largest eigenvalues of a long path are very close); the
// last iterate is still a unit vector.
func TestEigenvectorOnLongPath(t *testing.T) {
	g := graph.New()
	const n = 2000
	for i := range n {
		g.AddActor(graph.Actor{ID: fmt.Sprintf("p%04d", i)})
		if i > 0 {
			g.AddTie(fmt.Sprintf("p%04d", i-1), fmt.Sprintf("p%04d", i), 1)
		}
	}
	sum := 0.0
	for _, s := range graph.Eigenvector(g) {
		if math.IsNaN(s.Value) || s.Value < 0 {
			t.Fatalf("eigenvector(%s) = %v", s.Actor.ID, s.Value)
		}
		sum += s.Value * s.Value
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Errorf("squared norm = %.17g, want 1", sum)
	}
}

// pathMeasures are the measures that search from every actor in parallel.
var pathMeasures = map[string]func(*graph.Graph) []graph.Score{
	"betweenness":            graph.Betweenness,
	"betweenness_unweighted": graph.BetweennessUnweighted,
	"closeness":              graph.Closeness,
	"closeness_unweighted":   graph.ClosenessUnweighted,
	"harmonic":               graph.Harmonic,
}

// TestPathMeasuresIgnoreGOMAXPROCS checks that the parallel measures give the same bits
// whatever the number of workers.
func TestPathMeasuresIgnoreGOMAXPROCS(t *testing.T) {
	random, err := graph.ReadNodeLink(bytes.NewReader(loadFixtures(t)["random"].Graph))
	if err != nil {
		t.Fatal(err)
	}
	graphs := map[string]*graph.Graph{
		"random":  random,
		"300x900": randomGraph(300, 900, 11), // about 10 blocks of sources
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for gname, g := range graphs {
		for mname, measure := range pathMeasures {
			t.Run(gname+"/"+mname, func(t *testing.T) {
				runtime.GOMAXPROCS(1)
				want := measure(g)
				for _, procs := range []int{2, 8} {
					runtime.GOMAXPROCS(procs)
					got := measure(g)
					for i := range got {
						if got[i].Actor.ID != want[i].Actor.ID || math.Float64bits(got[i].Value) != math.Float64bits(want[i].Value) {
							t.Fatalf("GOMAXPROCS=%d: [%d] = %s %v, GOMAXPROCS=1: %s %v", procs, i,
								got[i].Actor.ID, got[i].Value, want[i].Actor.ID, want[i].Value)
						}
					}
				}
			})
		}
	}
}

// parametricFixture holds what NetworkX computed for the measures that take parameters, on the
// graph of the fixture of the same name (testdata/make_fixtures.py).
type parametricFixture struct {
	Katz struct {
		Alpha, Beta      float64
		DefaultConverges bool `json:"default_converges"`
		Values           map[string]float64
	}
	PageRankPersonalized struct {
		Personalization map[string]float64
		Values          map[string]float64
	} `json:"pagerank_personalized"`
}

// loadParametric returns each fixture's graph and its parametric fixture.
func loadParametric(t *testing.T) map[string]struct {
	g *graph.Graph
	f parametricFixture
} {
	t.Helper()
	out := make(map[string]struct {
		g *graph.Graph
		f parametricFixture
	})
	for name, f := range loadFixtures(t) {
		g, err := graph.ReadNodeLink(bytes.NewReader(f.Graph))
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join("testdata", "parametric", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var p parametricFixture
		if err := json.Unmarshal(data, &p); err != nil {
			t.Fatalf("parametric/%s.json: %v", name, err)
		}
		out[name] = struct {
			g *graph.Graph
			f parametricFixture
		}{g, p}
	}
	return out
}

// checkScores compares scores with NetworkX's values within fixtureTolerance, and their order.
func checkScores(t *testing.T, measure string, got []graph.Score, want map[string]float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: got %d scores, want %d", measure, len(got), len(want))
	}
	for _, s := range got {
		w, ok := want[s.Actor.ID]
		if !ok {
			t.Errorf("%s: got a score for %q, which NetworkX does not have", measure, s.Actor.ID)
			continue
		}
		if math.Abs(s.Value-w) > fixtureTolerance {
			t.Errorf("%s(%q) = %.17g, want %.17g (NetworkX)", measure, s.Actor.ID, s.Value, w)
		}
	}
	checkOrder(t, measure, got)
}

func TestPageRankPersonalizedMatchesNetworkX(t *testing.T) {
	for name, p := range loadParametric(t) {
		t.Run(name, func(t *testing.T) {
			want := p.f.PageRankPersonalized
			got := graph.PageRankPersonalized(p.g, want.Personalization)
			checkScores(t, "pagerank_personalized", got, want.Values)
		})
	}
}

// TestPageRankPersonalizedUniform checks that uniform weights give PageRank.
func TestPageRankPersonalizedUniform(t *testing.T) {
	g := randomGraph(300, 900, 7)
	g.AddActor(graph.Actor{ID: "isolated"})
	uniform := make(map[string]float64)
	for _, a := range g.Actors() {
		uniform[a.ID] = 3
	}
	got, want := graph.PageRankPersonalized(g, uniform), graph.PageRank(g)
	sum := 0.0
	for i := range got {
		sum += got[i].Value
		if got[i].Actor.ID != want[i].Actor.ID || math.Abs(got[i].Value-want[i].Value) > 1e-15 {
			t.Fatalf("[%d] = %s %v, PageRank gives %s %v", i, got[i].Actor.ID, got[i].Value, want[i].Actor.ID, want[i].Value)
		}
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Errorf("PageRankPersonalized sums to %.17g, want 1", sum)
	}
}

var pageRankPersonalizedPanics = []struct {
	name            string
	personalization map[string]float64
	want            string
}{
	{"unknown", map[string]float64{"a": 1, "nobody": 1}, `graph: PageRankPersonalized: no actor "nobody"`},
	{"negative", map[string]float64{"a": 1, "b": -1}, `graph: PageRankPersonalized: weight -1 for "b"`},
	{"NaN", map[string]float64{"a": math.NaN()}, `graph: PageRankPersonalized: weight NaN for "a"`},
	{"zero", map[string]float64{"a": 0}, "graph: PageRankPersonalized: no positive weight"},
	{"empty", nil, "graph: PageRankPersonalized: no positive weight"},
}

func TestPageRankPersonalizedPanics(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "a"})
	g.AddActor(graph.Actor{ID: "b"})
	g.AddTie("a", "b", 1)
	for _, tt := range pageRankPersonalizedPanics {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != tt.want {
					t.Errorf("panic = %v, want %s", r, tt.want)
				}
			}()
			graph.PageRankPersonalized(g, tt.personalization)
		})
	}
}

// TestBetweennessSample checks the estimate from pivots: with every actor a pivot it is
// Betweenness to the last bit; with fewer it is within the error its documentation states,
// the same for any GOMAXPROCS and seed-determined, and closer with more pivots.
func TestBetweennessSample(t *testing.T) {
	g := randgraph.New(400, 3)
	exact := sampleScores(graph.Betweenness(g))
	for id, v := range sampleScores(graph.BetweennessSample(g, g.Len(), 1)) {
		if v != exact[id] {
			t.Fatalf("all pivots: %s is %v, want exactly %v", id, v, exact[id])
		}
	}
	maxErr := func(k int) float64 {
		worst := 0.0
		for id, v := range sampleScores(graph.BetweennessSample(g, k, 7)) {
			worst = max(worst, math.Abs(v-exact[id]))
		}
		return worst
	}
	// The stated bound for one actor, with a union over the 400: with k = 200 and ε = 0.15
	// all are within ε but with probability at most 400·2·exp(-2·200·0.0225) < 0.1.
	e50, e200 := maxErr(50), maxErr(200)
	if e200 > 0.15 {
		t.Errorf("200 pivots: largest error %v, over the stated 0.15", e200)
	}
	if !(e200 < e50) {
		t.Errorf("more pivots, no better: %v with 50, %v with 200", e50, e200)
	}
	same := func(x, y []graph.Score) bool {
		return slices.EqualFunc(x, y, func(a, b graph.Score) bool { return a.Actor.ID == b.Actor.ID && a.Value == b.Value })
	}
	prev := runtime.GOMAXPROCS(1)
	one := graph.BetweennessSample(g, 100, 3)
	runtime.GOMAXPROCS(prev)
	if !same(one, graph.BetweennessSample(g, 100, 3)) {
		t.Error("the estimate depends on GOMAXPROCS")
	}
	if same(one, graph.BetweennessSample(g, 100, 4)) {
		t.Error("the seed does not choose the pivots")
	}
}

func sampleScores(scores []graph.Score) map[string]float64 {
	m := make(map[string]float64, len(scores))
	for _, s := range scores {
		m[s.Actor.ID] = s.Value
	}
	return m
}
