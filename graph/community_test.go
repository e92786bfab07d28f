package graph

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// twoCliques builds two 4-cliques, a1..a4 and b1..b4, joined by the tie a1-b1, adding
// actors and ties in the given order.
func twoCliques(reverse bool) *Graph {
	ids := []string{"a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"}
	var ties [][2]string
	for _, side := range [][]string{ids[:4], ids[4:]} {
		for i := range side {
			for j := i + 1; j < len(side); j++ {
				ties = append(ties, [2]string{side[i], side[j]})
			}
		}
	}
	ties = append(ties, [2]string{"a1", "b1"})
	g := New()
	for i := range ids {
		if reverse {
			i = len(ids) - 1 - i
		}
		g.AddActor(Actor{ID: ids[i], Name: ids[i]})
	}
	for i := range ties {
		if reverse {
			i = len(ties) - 1 - i
		}
		g.AddTie(ties[i][0], ties[i][1], 1)
	}
	return g
}

func TestLouvain(t *testing.T) {
	p := Louvain(twoCliques(false), 1, rand.NewPCG(1, 2))
	want := [][]string{{"a1", "a2", "a3", "a4"}, {"b1", "b2", "b3", "b4"}}
	if !reflect.DeepEqual(p.Communities, want) {
		t.Fatalf("communities %v, want %v", p.Communities, want)
	}
	// Hand count: m = 13 ties; each clique has 6 inside and degree sum 13, so
	// Q = 2 * (6/13 - (13/26)^2) = 0.4230769...
	if wantQ := 2 * (6.0/13 - 0.25); math.Abs(p.Modularity-wantQ) > 1e-12 {
		t.Errorf("modularity %v, want %v", p.Modularity, wantQ)
	}
	if p.CommunityOf("b3") != 1 || p.CommunityOf("zz") != -1 {
		t.Errorf("CommunityOf: b3 in %d, zz in %d; want 1 and -1", p.CommunityOf("b3"), p.CommunityOf("zz"))
	}
}

func TestLouvainDeterministic(t *testing.T) {
	g := randomGraphForCommunities(200, 600, 7)
	want := Louvain(g, 1, rand.NewPCG(3, 4))
	for range 3 {
		if got := Louvain(g, 1, rand.NewPCG(3, 4)); !reflect.DeepEqual(got, want) {
			t.Fatal("the same graph and seed gave different partitions")
		}
	}
	if got := Louvain(twoCliques(true), 1, rand.NewPCG(1, 2)); !reflect.DeepEqual(got, Louvain(twoCliques(false), 1, rand.NewPCG(1, 2))) {
		t.Error("the partition depends on the order the graph was built in")
	}
	if got := Louvain(New(), 1, rand.NewPCG(1, 2)); len(got.Communities) != 0 {
		t.Errorf("empty graph: %v", got)
	}
}

func randomGraphForCommunities(n, m int, seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, seed))
	g := New()
	for i := range n {
		id := string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + string(rune('0'+i/676))
		g.AddActor(Actor{ID: id})
	}
	ids := g.Actors()
	for range m {
		a, b := ids[r.IntN(n)].ID, ids[r.IntN(n)].ID
		if a != b {
			g.AddTie(a, b, 0.5+r.Float64())
		}
	}
	return g
}
