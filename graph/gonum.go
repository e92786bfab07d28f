package graph

import (
	"slices"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// gonumView is the read-only gonum view of a Graph (Graph.Gonum): node IDs are positions in
// g.actors, and every method reads the graph's compressed rows as they are when it is called,
// so that the view is live and callers cannot reach anything that would change the Graph.
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
	if v.Node(id) == nil {
		return gonum.Empty
	}
	c := newCSR(v.g)
	r := c.rank[id]
	row := c.adj[c.start[r]:c.start[r+1]]
	if len(row) == 0 {
		return gonum.Empty
	}
	return &rowNodes{c: c, row: row, at: -1}
}

// weight returns the weight of the tie between nodes x and y, found by binary search in x's
// row.
func (v gonumView) weight(x, y int64) (float64, bool) {
	if v.Node(x) == nil || v.Node(y) == nil {
		return 0, false
	}
	c := newCSR(v.g)
	rx, ry := c.rank[x], c.rank[y]
	lo, hi := c.start[rx], c.start[rx+1]
	k, ok := slices.BinarySearch(c.adj[lo:hi], ry)
	if !ok {
		return 0, false
	}
	return c.weight[int(lo)+k], true
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

// Weight returns the weight of the tie between x and y; a node's weight to itself is 0, as
// gonum's simple graphs give it, and the weight between nodes with no tie is 0 with ok false.
func (v gonumView) Weight(x, y int64) (w float64, ok bool) {
	if x == y && v.Node(x) != nil {
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

// rowNodes iterates over the neighbours in a row of a csr, as gonum nodes.
type rowNodes struct {
	c   *csr
	row []int32
	at  int
}

func (it *rowNodes) Next() bool {
	if it.at+1 >= len(it.row) {
		it.at = len(it.row)
		return false
	}
	it.at++
	return true
}

func (it *rowNodes) Len() int { return len(it.row) - min(it.at+1, len(it.row)) }

func (it *rowNodes) Reset() { it.at = -1 }

func (it *rowNodes) Node() gonum.Node {
	if it.at < 0 || it.at >= len(it.row) {
		return nil
	}
	return simple.Node(it.c.actor[it.row[it.at]])
}
