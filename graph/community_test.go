package graph

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
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

// plantedGraph returns k groups of size actors each, with ties inside a group far likelier
// than ties between groups: a graph whose communities are known.
func plantedGraph(k, size int, pIn, pOut float64, seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, 1))
	g := New()
	id := func(i int) string { return fmt.Sprintf("n%04d", i) }
	n := k * size
	for i := range n {
		g.AddActor(Actor{ID: id(i)})
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			p := pOut
			if i/size == j/size {
				p = pIn
			}
			if r.Float64() < p {
				g.AddTie(id(i), id(j), float64(1+r.IntN(4)))
			}
		}
	}
	return g
}

// TestLouvainQuality checks the partitions Louvain finds against gonum's implementation of
// the same method (community.Modularize, which Louvain used before): mean modularity over
// five seeds no worse by more than 0.005 on random and planted graphs at three
// resolutions, the modularity reported equal to gonum's community.Q of the same partition,
// and planted communities found whole.
func TestLouvainQuality(t *testing.T) {
	graphs := map[string]*Graph{
		"random 300x1200":   randomGraphForCommunities(300, 1200, 11),
		"random 1000x5000":  randomGraphForCommunities(1000, 5000, 12),
		"planted 8x40":      plantedGraph(8, 40, 0.3, 0.01, 13),
		"two cliques":       twoCliques(false),
		"planted 20x25 low": plantedGraph(20, 25, 0.2, 0.02, 14),
	}
	for name, g := range graphs {
		for _, res := range []float64{0.5, 1, 2} {
			got := Louvain(g, res, rand.NewPCG(1, 2))
			v := g.Gonum()
			var nodes [][]gonum.Node
			for _, c := range got.Communities {
				var ns []gonum.Node
				for _, id := range c {
					n, _ := g.NodeOf(id)
					ns = append(ns, v.Node(n))
				}
				nodes = append(nodes, ns)
			}
			if q := community.Q(v, nodes, res); math.Abs(q-got.Modularity) > 1e-9 {
				t.Errorf("%s, resolution %v: modularity %v, gonum's Q of the partition %v", name, res, got.Modularity, q)
			}
			// Both are randomised: their means over five seeds are compared.
			ours, theirs := 0.0, 0.0
			for seed := range uint64(5) {
				ours += Louvain(g, res, rand.NewPCG(seed, 2)).Modularity / 5
				reduced := community.Modularize(v, res, rand.NewPCG(seed, 2))
				theirs += community.Q(v, reduced.Communities(), res) / 5
			}
			if ours < theirs-0.005 {
				t.Errorf("%s, resolution %v: mean modularity %.4f over five seeds, gonum's %.4f", name, res, ours, theirs)
			}
		}
	}
	checkPlanted(t, Louvain(graphs["planted 8x40"], 1, rand.NewPCG(5, 6)))
}

// checkPlanted checks that p is the 8 groups of 40 of plantedGraph(8, 40, ...).
func checkPlanted(t *testing.T, p Partition) {
	t.Helper()
	if len(p.Communities) != 8 {
		t.Fatalf("planted 8 groups of 40, found %d communities", len(p.Communities))
	}
	group := func(id string) int {
		var n int
		fmt.Sscanf(id, "n%d", &n)
		return n / 40
	}
	for _, c := range p.Communities {
		if len(c) != 40 || group(c[0]) != group(c[len(c)-1]) {
			t.Errorf("a found community is not a planted group: %v", c)
		}
	}
}
