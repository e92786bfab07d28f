package graph

import (
	"math/rand/v2"
	"slices"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// Partition is a division of the actors into communities.
type Partition struct {
	// Communities holds actor IDs: each community sorted, the communities largest first,
	// ties by their first ID.
	Communities [][]string
	// Modularity is Newman's Q of the partition at the resolution it was found with.
	Modularity float64
}

// CommunityOf returns the index in Communities of the community that holds actor id, or -1.
func (p Partition) CommunityOf(id string) int {
	for i, c := range p.Communities {
		if _, ok := slices.BinarySearch(c, id); ok {
			return i
		}
	}
	return -1
}

// Louvain divides the co-mention layer into communities by the Louvain method (Blondel et
// al., Fast unfolding of communities in large networks, J. Stat. Mech. 2008), maximising
// modularity at the given resolution (1 is Newman's modularity). Tie weights are
// strengths, all positive: the signed interaction layer never reaches it. src seeds the
// order in which nodes are visited; the same graph and seed give the same partition,
// whatever order the graph was built in and whatever GOMAXPROCS is. Isolated actors are
// communities of one. It runs on flat arrays over the graph's compressed rows, about
// O(m log n) time.
func Louvain(g *Graph, resolution float64, src rand.Source) Partition {
	c := newCSR(g)
	if len(c.actor) == 0 {
		return Partition{}
	}
	return partitionOf(g, c, louvain(c, resolution, rand.New(src)), resolution)
}

// orderedView is a read-only gonum view of the co-mention layer in which actors are nodes
// 0..n-1 in sorted-ID order and every iteration is in node order, so that gonum's
// algorithms see the same graph however it was built.
type orderedView struct {
	ids    []string
	nodes  []gonum.Node
	adj    [][]int64            // sorted neighbours
	weight map[[2]int64]float64 // lower node first
}

func newOrderedView(g *Graph) *orderedView {
	actors := g.Actors()
	v := &orderedView{weight: map[[2]int64]float64{}}
	index := make(map[string]int64, len(actors))
	for i, a := range actors {
		v.ids = append(v.ids, a.ID)
		v.nodes = append(v.nodes, simple.Node(i))
		index[a.ID] = int64(i)
	}
	v.adj = make([][]int64, len(actors))
	for _, t := range g.Ties() {
		x, y := index[t.A], index[t.B]
		v.adj[x] = append(v.adj[x], y)
		v.adj[y] = append(v.adj[y], x)
		v.weight[key(x, y)] = t.Weight
	}
	for i := range v.adj {
		slices.Sort(v.adj[i])
	}
	return v
}

func key(x, y int64) [2]int64 {
	if x > y {
		x, y = y, x
	}
	return [2]int64{x, y}
}

func (v *orderedView) Node(id int64) gonum.Node {
	if id < 0 || id >= int64(len(v.nodes)) {
		return nil
	}
	return v.nodes[id]
}

func (v *orderedView) Nodes() gonum.Nodes { return iterator.NewOrderedNodes(v.nodes) }

func (v *orderedView) From(id int64) gonum.Nodes {
	if id < 0 || id >= int64(len(v.adj)) {
		return gonum.Empty
	}
	ns := make([]gonum.Node, len(v.adj[id]))
	for i, n := range v.adj[id] {
		ns[i] = v.nodes[n]
	}
	return iterator.NewOrderedNodes(ns)
}

func (v *orderedView) HasEdgeBetween(x, y int64) bool {
	_, ok := v.weight[key(x, y)]
	return ok
}

func (v *orderedView) Edge(u, w int64) gonum.Edge { return v.WeightedEdgeBetween(u, w) }

func (v *orderedView) EdgeBetween(x, y int64) gonum.Edge { return v.WeightedEdgeBetween(x, y) }

func (v *orderedView) WeightedEdge(u, w int64) gonum.WeightedEdge { return v.WeightedEdgeBetween(u, w) }

func (v *orderedView) WeightedEdgeBetween(x, y int64) gonum.WeightedEdge {
	w, ok := v.weight[key(x, y)]
	if !ok {
		return nil
	}
	return simple.WeightedEdge{F: v.nodes[x], T: v.nodes[y], W: w}
}

// Weight returns the weight of the tie between x and y; a node's weight to itself is 0, as
// gonum's simple graphs give it.
func (v *orderedView) Weight(x, y int64) (float64, bool) {
	if x == y {
		return 0, true
	}
	w, ok := v.weight[key(x, y)]
	return w, ok
}
