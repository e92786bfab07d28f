package graph_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
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
				got := compute(g)
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
	want := []graph.Measure{"degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "strength"} // CONTRACT.md
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
