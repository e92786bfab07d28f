// Package randgraph makes the random actor graphs on which render is tested and benchmarked,
// and which scripts/benchdot writes as DOT for timing native Graphviz on the same graphs.
package randgraph

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// New returns a graph of n actors of random types, named "A Actor 0", "BB Actor 1", ..., with
// up to 2n ties of weight 1 to 5 between random pairs (a pair drawn twice is one tie, its
// weights summed; a draw of an actor with itself is dropped). The same n and seed give the
// same graph.
func New(n int, seed uint64) *graph.Graph {
	r := rand.New(rand.NewPCG(seed, seed))
	types := []string{"person", "country", "organization", "media", "group", "location"}
	g := graph.New()
	for i := range n {
		g.AddActor(graph.Actor{
			ID:   fmt.Sprintf("a%04d", i),
			Name: strings.Repeat(string(rune('A'+i%26)), 1+i%3) + fmt.Sprintf(" Actor %d", i),
			Type: types[r.IntN(len(types))],
		})
	}
	for range 2 * n {
		a, b := r.IntN(n), r.IntN(n)
		if a != b {
			g.AddTie(fmt.Sprintf("a%04d", a), fmt.Sprintf("a%04d", b), float64(1+r.IntN(5)),
				extract.Evidence{Doc: "doc", Text: "They met."})
		}
	}
	return g
}

// Ties returns a graph of n actors, "actor-00000", "actor-00001", ..., and m distinct ties
// between random pairs, with weights like co-mention weights: mostly small whole numbers,
// some halves (1/2 to 4). The same n, m and seed give the same graph: the graph package's
// benchmarks run on it, and scripts/benchgraphs writes it for timing igraph and NetworkX on
// the same graphs (graph/testdata/bench). m must be at most n(n-1)/2.
func Ties(n, m int, seed uint64) *graph.Graph {
	rng := rand.New(rand.NewPCG(seed, 0))
	g := graph.New()
	id := func(i int) string { return fmt.Sprintf("actor-%05d", i) }
	for i := range n {
		g.AddActor(graph.Actor{ID: id(i)})
	}
	for ties := 0; ties < m; {
		a, b := rng.IntN(n), rng.IntN(n)
		if a == b {
			continue
		}
		if _, ok := g.Tie(id(a), id(b)); ok {
			continue
		}
		g.AddTie(id(a), id(b), float64(1+rng.IntN(8))/2)
		ties++
	}
	return g
}
