// Command benchgraphs writes the seeded graphs of the graph package's BenchmarkVs as
// NetworkX node-link JSON (g500x5000.json, g5000x50000.json, g20000x200000.json), for
// timing igraph and NetworkX on the same graphs (graph/testdata/bench/compare.sh):
//
//	go run ./scripts/benchgraphs -o /tmp/bench
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/randgraph"
)

func main() {
	dir := flag.String("o", ".", "directory to write the graphs in")
	flag.Parse()
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, s := range [][2]int{{500, 5000}, {5000, 50000}, {20000, 200000}} {
		path := filepath.Join(*dir, fmt.Sprintf("g%dx%d.json", s[0], s[1]))
		f, err := os.Create(path)
		if err != nil {
			log.Fatal(err)
		}
		if err := graph.WriteNodeLink(f, randgraph.Ties(s[0], s[1], 1)); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
		fmt.Println(path)
	}
}
