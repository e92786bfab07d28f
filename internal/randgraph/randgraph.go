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
