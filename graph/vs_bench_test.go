package graph_test

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/randgraph"
)

// vsGraphs are the seeded graphs that igraph and NetworkX are timed on too: scripts/benchgraphs
// writes them as node-link JSON, and graph/testdata/bench/compare.sh times the three on them.
var vsGraphs = []benchGraph{
	{"500x5000", 500, 5000},
	{"5000x50000", 5000, 50000},
	{"20000x200000", 20000, 200000},
}

// BenchmarkVs times what graph/testdata/bench/igraph_bench.py and networkx_bench.py time,
// on the same graphs (randgraph.Ties(n, m, 1)): run it on one core,
//
//	go test ./graph -run X -bench Vs -cpu 1
//
// Path measures (one search from every actor) skip the largest graph: they take minutes
// there in every library.
func BenchmarkVs(b *testing.B) {
	for _, bg := range vsGraphs {
		g := randgraph.Ties(bg.n, bg.m, 1)
		var nodeLink bytes.Buffer
		if err := graph.WriteNodeLink(&nodeLink, g); err != nil {
			b.Fatal(err)
		}
		ties := g.Ties()
		modularity := math.NaN()
		measures := []struct {
			name  string
			paths bool
			run   func()
		}{
			{"louvain", false, func() { modularity = graph.Louvain(g, 1, rand.NewPCG(1, 1)).Modularity }},
			{"leiden", false, func() { modularity = graph.Leiden(g, 1, rand.NewPCG(1, 1)).Modularity }},
			{"pagerank", false, func() { graph.PageRank(g) }},
			{"closeness-unweighted", true, func() { graph.ClosenessUnweighted(g) }},
			{"closeness-weighted", true, func() { graph.Closeness(g) }},
			{"betweenness-unweighted", true, func() { graph.BetweennessUnweighted(g) }},
			{"betweenness-weighted", true, func() { graph.Betweenness(g) }},
			{"build", false, func() { build(g.Actors(), ties) }},
			{"read-nodelink", false, func() {
				if _, err := graph.ReadNodeLink(bytes.NewReader(nodeLink.Bytes())); err != nil {
					b.Fatal(err)
				}
			}},
		}
		for _, m := range measures {
			if m.paths && bg.n > 5000 {
				continue
			}
			b.Run(fmt.Sprintf("%s/%s", m.name, bg.name), func(b *testing.B) {
				for b.Loop() {
					m.run()
				}
				if m.name == "louvain" || m.name == "leiden" {
					b.ReportMetric(modularity, "modularity")
				}
			})
		}
	}
}

// build makes a graph of the actors' IDs and the ties' weights, as a user's program that has
// its own list of ties would: igraph's build is timed from the same list.
func build(actors []graph.Actor, ties []graph.Tie) *graph.Graph {
	g := graph.New()
	for _, a := range actors {
		g.AddActor(graph.Actor{ID: a.ID})
	}
	for _, t := range ties {
		g.AddTie(t.A, t.B, t.Weight)
	}
	return g
}
