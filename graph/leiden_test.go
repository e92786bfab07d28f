package graph

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// connected reports whether the actors of comm are connected by ties among themselves.
func connected(g *Graph, comm []string) bool {
	in := map[string]bool{}
	for _, id := range comm {
		in[id] = true
	}
	reached := map[string]bool{comm[0]: true}
	stack := []string{comm[0]}
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, nb := range g.Neighbors(id) {
			if in[nb] && !reached[nb] {
				reached[nb] = true
				stack = append(stack, nb)
			}
		}
	}
	return len(reached) == len(comm)
}

// TestLeiden checks Leiden's communities: every one connected, the actors all placed once,
// the modularity reported that of the partition, no worse on average than Louvain's over
// five seeds (better, as a rule), planted groups found, and the same partition for the same
// seed.
func TestLeiden(t *testing.T) {
	graphs := map[string]*Graph{
		"random 300x1200":   randomGraphForCommunities(300, 1200, 11),
		"random 1000x5000":  randomGraphForCommunities(1000, 5000, 12),
		"sparse 2000x2500":  randomGraphForCommunities(2000, 2500, 15),
		"planted 8x40":      plantedGraph(8, 40, 0.3, 0.01, 13),
		"planted 20x25 low": plantedGraph(20, 25, 0.2, 0.02, 14),
		"two cliques":       twoCliques(false),
	}
	for name, g := range graphs {
		for _, res := range []float64{0.5, 1, 2} {
			leiden, louvain := 0.0, 0.0
			for seed := range uint64(5) {
				p := Leiden(g, res, rand.NewPCG(seed, 2))
				leiden += p.Modularity / 5
				louvain += Louvain(g, res, rand.NewPCG(seed, 2)).Modularity / 5
				placed := 0
				for _, c := range p.Communities {
					placed += len(c)
					if !connected(g, c) {
						t.Fatalf("%s, resolution %v, seed %d: a community that is not connected: %v", name, res, seed, c)
					}
				}
				if placed != g.Len() {
					t.Fatalf("%s: %d actors placed of %d", name, placed, g.Len())
				}
				comm := make([]int32, g.Len())
				c := newCSR(g)
				rankOf := map[string]int32{}
				for r, i := range c.actor {
					rankOf[g.actors[i].ID] = int32(r)
				}
				for x, cs := range p.Communities {
					for _, id := range cs {
						comm[rankOf[id]] = int32(x)
					}
				}
				if q := modularity(c, comm, len(p.Communities), res); math.Abs(q-p.Modularity) > 1e-12 {
					t.Errorf("%s: modularity %v reported, %v computed", name, p.Modularity, q)
				}
			}
			if leiden < louvain-1e-9 {
				t.Errorf("%s, resolution %v: Leiden's mean modularity %.4f, Louvain's %.4f", name, res, leiden, louvain)
			}
			t.Logf("%s, resolution %v: Leiden %.4f, Louvain %.4f", name, res, leiden, louvain)
		}
	}
	checkPlanted(t, Leiden(graphs["planted 8x40"], 1, rand.NewPCG(5, 6)))
	g := graphs["random 1000x5000"]
	want := Leiden(g, 1, rand.NewPCG(3, 4))
	for range 3 {
		if got := Leiden(g, 1, rand.NewPCG(3, 4)); !reflect.DeepEqual(got, want) {
			t.Fatal("the same graph and seed gave different partitions")
		}
	}
	if got := Leiden(New(), 1, rand.NewPCG(1, 2)); len(got.Communities) != 0 {
		t.Errorf("empty graph: %v", got)
	}
}
