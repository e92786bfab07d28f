package graph

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestBetweennessSampleNetworkX compares the estimate from given pivots with NetworkX's
// (testdata/sampled/make_sampled.py: betweenness_centrality's sampling, its pivots written
// down, as Go cannot draw Python's random numbers) on the karate and random fixtures.
func TestBetweennessSampleNetworkX(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "sampled", "sampled.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fixture struct {
		Cases []struct {
			Fixture string
			Pivots  []string
			Values  map[string]float64
		}
	}
	if err := json.Unmarshal(data, &fixture); err != nil {
		t.Fatal(err)
	}
	if len(fixture.Cases) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range fixture.Cases {
		raw, err := os.ReadFile(filepath.Join("testdata", c.Fixture+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var f struct{ Graph json.RawMessage }
		if err := json.Unmarshal(raw, &f); err != nil {
			t.Fatal(err)
		}
		g, err := ReadNodeLink(bytes.NewReader(f.Graph))
		if err != nil {
			t.Fatal(err)
		}
		csr := newCSR(g)
		rank := map[string]int32{}
		for r, i := range csr.actor {
			rank[g.actors[i].ID] = int32(r)
		}
		var sources []int32
		for _, p := range c.Pivots {
			r, ok := rank[p]
			if !ok {
				t.Fatalf("%s: pivot %q is no actor", c.Fixture, p)
			}
			sources = append(sources, r)
		}
		slices.Sort(sources)
		got := betweennessFrom(g, csr, sources, true)
		if len(got) != len(c.Values) {
			t.Fatalf("%s, %d pivots: %d scores, want %d", c.Fixture, len(c.Pivots), len(got), len(c.Values))
		}
		for _, s := range got {
			if want := c.Values[s.Actor.ID]; math.Abs(s.Value-want) > 1e-9 {
				t.Errorf("%s, pivots %v: %s is %v, NetworkX %v", c.Fixture, c.Pivots, s.Actor.ID, s.Value, want)
			}
		}
	}
}
