package graph

import (
	"reflect"
	"runtime"
	"testing"
)

// TestPathMeasures checks that the shortest-path measures computed together are the ones
// computed one at a time, bit for bit, alone and in every combination, whatever GOMAXPROCS.
func TestPathMeasures(t *testing.T) {
	for _, g := range []*Graph{randomGraphForCommunities(300, 900, 21), randomGraphForCommunities(40, 30, 22), New(), twoCliques(false)} {
		one := map[Measure][]Score{
			MeasureBetweenness: Betweenness(g),
			MeasureCloseness:   Closeness(g),
			MeasureHarmonic:    Harmonic(g),
		}
		for _, set := range [][]Measure{
			{MeasureBetweenness, MeasureCloseness, MeasureHarmonic},
			{MeasureBetweenness, MeasureCloseness},
			{MeasureCloseness, MeasureHarmonic},
			{MeasureHarmonic},
		} {
			for _, procs := range []int{1, 2, 5} {
				old := runtime.GOMAXPROCS(procs)
				got := PathMeasures(g, set...)
				runtime.GOMAXPROCS(old)
				if len(got) != len(set) {
					t.Fatalf("%v: %d measures back", set, len(got))
				}
				for _, m := range set {
					if !reflect.DeepEqual(got[m], one[m]) {
						t.Errorf("%v on %d actors, GOMAXPROCS %d: %s differs from its own function's", set, g.Len(), procs, m)
					}
				}
			}
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("PathMeasures of PageRank did not panic")
		}
	}()
	PathMeasures(New(), MeasurePageRank)
}
