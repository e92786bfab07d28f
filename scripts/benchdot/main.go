// Command benchdot writes as DOT the random graph that render's BenchmarkLayouts lays out,
// for timing native Graphviz on it (scripts/bench-native.sh):
//
//	go run ./scripts/benchdot -layout sfdp -actors 200 > g.dot
package main

import (
	"flag"
	"log"
	"os"

	"github.com/actorgraph/actorgraph/internal/randgraph"
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
	if err := (render.Config{Layout: l}).DOT(os.Stdout, randgraph.New(*n, *seed)); err != nil {
		log.Fatal(err)
	}
}
