// Command benchdot writes as DOT the random graph that render's BenchmarkLayouts lays out,
// for timing native Graphviz on it (scripts/bench-native.sh):
//
//	go run ./scripts/benchdot -layout sfdp -actors 200 > g.dot
//
// Its generator replicates randomGraph of render/graphs_test.go exactly, which is test-only.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

func main() {
	layout := flag.String("layout", "neato", "Graphviz layout")
	n := flag.Int("actors", 50, "number of actors")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	l, err := render.ParseLayout(*layout)
	if err != nil {
		log.Fatal(err)
	}
	if err := (render.Config{Layout: l}).DOT(os.Stdout, randomGraph(*n, *seed)); err != nil {
		log.Fatal(err)
	}
}

// randomGraph is render/graphs_test.go's: n actors of random types, 2n random ties.
func randomGraph(n int, seed uint64) *graph.Graph {
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
