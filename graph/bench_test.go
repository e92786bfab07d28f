package graph_test

import (
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/randgraph"
)

// randomGraph returns a graph of n actors and m distinct ties between random pairs, with
// weights like co-mention weights (randgraph.Ties).
func randomGraph(n, m int, seed uint64) *graph.Graph { return randgraph.Ties(n, m, seed) }

// benchGraphs are the graphs the benchmarks run on: a small and a large news graph.
var benchGraphs = []benchGraph{
	{"500x2000", 500, 2000},
	{"5000x20000", 5000, 20000},
}

// denseBenchGraphs add a denser large graph for the shortest-path measures, whose cost grows
// with n·m.
var denseBenchGraphs = append(benchGraphs[:len(benchGraphs):len(benchGraphs)], benchGraph{"5000x50000", 5000, 50000})

type benchGraph struct {
	name string
	n, m int
}

func benchmarkMeasure(b *testing.B, graphs []benchGraph, measure func(*graph.Graph) []graph.Score) {
	for _, bg := range graphs {
		g := randomGraph(bg.n, bg.m, 1)
		b.Run(bg.name, func(b *testing.B) {
			for b.Loop() {
				measure(g)
			}
		})
	}
}

func BenchmarkBetweenness(b *testing.B) { benchmarkMeasure(b, denseBenchGraphs, graph.Betweenness) }
func BenchmarkBetweennessUnweighted(b *testing.B) {
	benchmarkMeasure(b, denseBenchGraphs, graph.BetweennessUnweighted)
}
func BenchmarkCloseness(b *testing.B)   { benchmarkMeasure(b, denseBenchGraphs, graph.Closeness) }
func BenchmarkHarmonic(b *testing.B)    { benchmarkMeasure(b, benchGraphs, graph.Harmonic) }
func BenchmarkEigenvector(b *testing.B) { benchmarkMeasure(b, benchGraphs, graph.Eigenvector) }
func BenchmarkPageRank(b *testing.B)    { benchmarkMeasure(b, benchGraphs, graph.PageRank) }

// scalingBenchGraphs double the actors and ties of a news-like graph (4 ties per actor) at
// each step, to extrapolate how long the path measures take on large graphs (see
// PathMeasureBudget).
var scalingBenchGraphs = []benchGraph{
	{"2000x8000", 2000, 8000},
	{"4000x16000", 4000, 16000},
	{"8000x32000", 8000, 32000},
	{"16000x64000", 16000, 64000},
}

// BenchmarkBetweennessScaling is slow (a minute): run it with -bench BetweennessScaling -benchtime 1x.
func BenchmarkBetweennessScaling(b *testing.B) {
	benchmarkMeasure(b, scalingBenchGraphs, graph.Betweenness)
}

// BenchmarkLouvain times community detection on the news-like graphs, and the denser one
// that igraph and NetworkX are timed on (testdata/bench); it reports the modularity found.
func BenchmarkLouvain(b *testing.B) {
	for _, bg := range denseBenchGraphs {
		g := randomGraph(bg.n, bg.m, 1)
		b.Run(bg.name, func(b *testing.B) {
			var p graph.Partition
			for b.Loop() {
				p = graph.Louvain(g, 1, rand.NewPCG(1, 1))
			}
			b.ReportMetric(p.Modularity, "modularity")
			b.ReportMetric(float64(len(p.Communities)), "communities")
		})
	}
}
