package graph_test

import (
	"math"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestKatzMatchesNetworkX(t *testing.T) {
	for name, p := range loadParametric(t) {
		t.Run(name, func(t *testing.T) {
			k := p.f.Katz
			got, err := graph.Katz(p.g, k.Alpha, k.Beta)
			if err != nil {
				t.Fatal(err)
			}
			checkScores(t, "katz", got, k.Values)

			// NetworkX's defaults: the fixture holds them when they converge.
			_, err = graph.Katz(p.g, 0.1, 1)
			if k.DefaultConverges && err != nil {
				t.Errorf("Katz(alpha=0.1) error = %v, want none (NetworkX converges)", err)
			}
			if !k.DefaultConverges && err == nil {
				t.Error("Katz(alpha=0.1) converged; NetworkX raises PowerIterationFailedConvergence")
			}
		})
	}
}

// TestKatzJustBelowRadius runs Katz with α·λ = 0.9 on a path of 7 actors (λ = 2cos(π/8),
// the path's largest eigenvalue), where the iteration converges slowly but converges.
func TestKatzJustBelowRadius(t *testing.T) {
	g := graph.New()
	ids := []string{"a", "b", "c", "d", "e", "f", "g"}
	for i, id := range ids {
		g.AddActor(graph.Actor{ID: id})
		if i > 0 {
			g.AddTie(ids[i-1], id, 1)
		}
	}
	got, err := graph.Katz(g, 0.9/(2*math.Cos(math.Pi/8)), 1)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Actor.ID != "d" {
		t.Errorf("top actor = %s, want d (the middle of the path)", got[0].Actor.ID)
	}
}

func TestKatzEmptyAndEdgeless(t *testing.T) {
	if got, err := graph.Katz(graph.New(), 0.1, 1); err != nil || len(got) != 0 {
		t.Errorf("Katz(empty) = %v, %v; want no scores", got, err)
	}
	g := graph.New()
	for _, id := range []string{"a", "b", "c", "d"} {
		g.AddActor(graph.Actor{ID: id})
	}
	got, err := graph.Katz(g, 0.1, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range got {
		if s.Value != 0.5 { // 1/√4, as NetworkX gives
			t.Errorf("Katz(%s) = %v, want 0.5", s.Actor.ID, s.Value)
		}
	}
}

var katzPanics = []struct {
	name        string
	alpha, beta float64
}{
	{"negative alpha", -0.1, 1},
	{"NaN alpha", math.NaN(), 1},
	{"infinite beta", 0.1, math.Inf(1)},
}

func TestKatzPanics(t *testing.T) {
	for _, tt := range katzPanics {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r == nil {
					t.Errorf("Katz(alpha=%v, beta=%v) did not panic", tt.alpha, tt.beta)
				}
			}()
			graph.Katz(graph.New(), tt.alpha, tt.beta)
		})
	}
}
