package graph_test

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// TestDirectedMatchesNetworkX compares the directed measures of the interaction layer with
// NetworkX on testdata/directed/*.json (make_directed_fixture.py), within 1e-9.
func TestDirectedMatchesNetworkX(t *testing.T) {
	paths, err := filepath.Glob("testdata/directed/*.json")
	if err != nil || len(paths) < 3 {
		t.Fatalf("want 3 directed fixtures, found %d (%v)", len(paths), err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) { checkDirected(t, p) })
	}
}

func checkDirected(t *testing.T, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Nodes []string
		Arcs  []struct {
			Source, Target string
			Count          int
		}
		InDegree    map[string]float64 `json:"in_degree"`
		OutDegree   map[string]float64 `json:"out_degree"`
		Hubs        map[string]float64 `json:"hubs"`
		Authorities map[string]float64 `json:"authorities"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	g := graph.New()
	for _, n := range f.Nodes {
		g.AddActor(graph.Actor{ID: n})
	}
	for _, a := range f.Arcs {
		for range a.Count {
			g.AddInteraction(extract.Interaction{Source: a.Source, Target: a.Target, Kind: "meet", Polarity: 1, Modality: extract.Asserted})
		}
	}
	hubs, auth := graph.HITS(g)
	for _, c := range []struct {
		name string
		got  []graph.Score
		want map[string]float64
	}{
		{"in_degree", graph.InDegree(g), f.InDegree},
		{"out_degree", graph.OutDegree(g), f.OutDegree},
		{"hubs", hubs, f.Hubs},
		{"authorities", auth, f.Authorities},
	} {
		if len(c.got) != len(c.want) {
			t.Fatalf("%s: %d scores, want %d", c.name, len(c.got), len(c.want))
		}
		for _, s := range c.got {
			if d := math.Abs(s.Value - c.want[s.Actor.ID]); d > 1e-9 {
				t.Errorf("%s of %s = %v, NetworkX %v", c.name, s.Actor.ID, s.Value, c.want[s.Actor.ID])
			}
		}
	}
}

func TestDirectedModalities(t *testing.T) {
	g := graph.New()
	for _, n := range []string{"a", "b", "c"} {
		g.AddActor(graph.Actor{ID: n})
	}
	g.AddInteraction(extract.Interaction{Source: "a", Target: "b", Kind: "meet", Modality: extract.Asserted})
	g.AddInteraction(extract.Interaction{Source: "c", Target: "b", Kind: "meet", Modality: extract.Negated})
	in := graph.InDegree(g, extract.Asserted)
	if in[0].Actor.ID != "b" || in[0].Value != 0.5 {
		t.Errorf("asserted in-degree: %+v, want b first with 1/(3-1)", in[0])
	}
	if all := graph.InDegree(g); all[0].Value != 1 {
		t.Errorf("in-degree of b over all modalities = %v, want 2/(3-1)", all[0].Value)
	}
	hubs, _ := graph.HITS(graph.New())
	if len(hubs) != 0 {
		t.Error("HITS of an empty graph is not empty")
	}
}
