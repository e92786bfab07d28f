package graph

import (
	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// gonumView is the read-only gonum view of a Graph (Graph.Gonum): node IDs are positions in
// g.actors. It reads the graph's ties as they are when a method is called, so that the view
// is live, and gives callers nothing through which they could change the Graph.
type gonumView struct{ g *Graph }

func (v gonumView) Node(id int64) gonum.Node {
	if id < 0 || id >= int64(len(v.g.actors)) {
		return nil
	}
	return simple.Node(id)
}

func (v gonumView) Nodes() gonum.Nodes {
	n := len(v.g.actors)
	if n == 0 {
		return gonum.Empty
	}
	return &nodeRange{n: int64(n), at: -1}
}

func (v gonumView) From(id int64) gonum.Nodes {
	if v.Node(id) == nil || v.g.degree[id] == 0 {
		return gonum.Empty
	}
	it := &tieNodes{g: v.g, of: int32(id)}
	it.Reset()
	return it
}

// weight returns the weight of the tie between nodes x and y.
func (v gonumView) weight(x, y int64) (float64, bool) {
	if v.Node(x) == nil || v.Node(y) == nil {
		return 0, false
	}
	k, ok := v.g.tieIndex[tieKey(x, y)] // the key has the end whose ID sorts first first
	if !ok {
		k, ok = v.g.tieIndex[tieKey(y, x)]
	}
	if !ok {
		return 0, false
	}
	return v.g.ties.at(k).weight, true
}

func (v gonumView) HasEdgeBetween(x, y int64) bool {
	_, ok := v.weight(x, y)
	return ok
}

func (v gonumView) Edge(u, w int64) gonum.Edge { return v.WeightedEdgeBetween(u, w) }

func (v gonumView) EdgeBetween(x, y int64) gonum.Edge { return v.WeightedEdgeBetween(x, y) }

func (v gonumView) WeightedEdge(u, w int64) gonum.WeightedEdge { return v.WeightedEdgeBetween(u, w) }

func (v gonumView) WeightedEdgeBetween(x, y int64) gonum.WeightedEdge {
	w, ok := v.weight(x, y)
	if !ok {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(x), T: simple.Node(y), W: w}
}

// Weight returns the weight of the tie between x and y. As in gonum's simple graphs, a
// node's weight to itself is 0 with ok true, whether or not the node exists, and the weight
// between nodes with no tie is 0 with ok false.
func (v gonumView) Weight(x, y int64) (w float64, ok bool) {
	if x == y {
		return 0, true
	}
	return v.weight(x, y)
}

// nodeRange iterates over the nodes 0..n-1.
type nodeRange struct{ n, at int64 }

func (it *nodeRange) Next() bool {
	if it.at+1 >= it.n {
		it.at = it.n
		return false
	}
	it.at++
	return true
}

func (it *nodeRange) Len() int { return int(it.n - min(it.at+1, it.n)) }

func (it *nodeRange) Reset() { it.at = -1 }

func (it *nodeRange) Node() gonum.Node {
	if it.at < 0 || it.at >= it.n {
		return nil
	}
	return simple.Node(it.at)
}

// tieNodes iterates over the other ends of an actor's ties (the list from Graph.first), as
// gonum nodes.
type tieNodes struct {
	g    *Graph
	of   int32 // the actor's position
	left int   // the ties not yet visited
	node int32 // the current node, -1 before the first and after the last
	next int32 // the next tie, -1 at the end
}

func (it *tieNodes) Next() bool {
	if it.next < 0 {
		it.node, it.left = -1, 0
		return false
	}
	it.node, it.next = it.g.ties.at(it.next).other(it.of)
	it.left--
	return true
}

func (it *tieNodes) Len() int { return it.left }

func (it *tieNodes) Reset() {
	it.node, it.next, it.left = -1, it.g.first[it.of], int(it.g.degree[it.of])
}

func (it *tieNodes) Node() gonum.Node {
	if it.node < 0 {
		return nil
	}
	return simple.Node(it.node)
}
