package graph

import (
	"fmt"
	"strings"
)

// Measure names a centrality measure, as the actorgraph command and its JSON output name it.
type Measure string

// The measures, in the order of Measures.
const (
	MeasureDegree      Measure = "degree"      // Degree
	MeasureBetweenness Measure = "betweenness" // Betweenness
	MeasureCloseness   Measure = "closeness"   // Closeness
	MeasureHarmonic    Measure = "harmonic"    // Harmonic
	MeasureEigenvector Measure = "eigenvector" // Eigenvector
	MeasurePageRank    Measure = "pagerank"    // PageRank
	MeasureStrength    Measure = "strength"    // Strength
)

var measures = []Measure{
	MeasureDegree, MeasureBetweenness, MeasureCloseness, MeasureHarmonic,
	MeasureEigenvector, MeasurePageRank, MeasureStrength,
}

// Measures returns every measure, in the order of the command-line contract: degree,
// betweenness, closeness, harmonic, eigenvector, pagerank, strength.
func Measures() []Measure {
	return append([]Measure(nil), measures...)
}

// ParseMeasure returns the measure with the given name, ignoring case and surrounding space.
func ParseMeasure(name string) (Measure, error) {
	m := Measure(strings.ToLower(strings.TrimSpace(name)))
	for _, known := range measures {
		if m == known {
			return m, nil
		}
	}
	names := make([]string, len(measures))
	for i, known := range measures {
		names[i] = string(known)
	}
	return "", fmt.Errorf("graph: unknown measure %q (want one of %s)", name, strings.Join(names, ", "))
}

// Compute returns every actor's value under m, highest first, ties by name, then ID: the
// result of the function of the same name. It panics if m is not one of Measures.
func (m Measure) Compute(g *Graph) []Score {
	switch m {
	case MeasureDegree:
		return Degree(g)
	case MeasureBetweenness:
		return Betweenness(g)
	case MeasureCloseness:
		return Closeness(g)
	case MeasureHarmonic:
		return Harmonic(g)
	case MeasureEigenvector:
		return Eigenvector(g)
	case MeasurePageRank:
		return PageRank(g)
	case MeasureStrength:
		return Strength(g)
	}
	panic(fmt.Sprintf("graph: unknown measure %q", string(m)))
}

// ShortestPaths reports whether m solves a shortest-path problem from every actor
// (betweenness, closeness, harmonic): O(n·m·log n) time for n actors and m ties, where the
// other measures take O(n+m) per step. See PathWork for what that means for a large graph.
func (m Measure) ShortestPaths() bool {
	return m == MeasureBetweenness || m == MeasureCloseness || m == MeasureHarmonic
}

// PathWork returns n·(n+m) for a graph of n actors and m ties: the number of steps, up to a
// logarithmic factor, that one shortest-path measure takes on it (a search from each of the n
// actors over up to n actors and m ties), as a float64 so that it cannot overflow. It is
// computed from the counts alone, in constant time, so that a caller can decide whether to
// run a path measure before starting one.
//
// Measured with BenchmarkBetweenness and BenchmarkBetweennessScaling on a 2-core machine:
// Betweenness takes about 2 s at PathWork 1.25e8 (5,000 actors, 20,000 ties) and 71 s at
// 1.28e9 (16,000 actors, 64,000 ties; the machine shared with other work): 16 to 55 s per
// 1e9 steps. A graph of a million actors (PathWork above 1e12) would take days.
func PathWork(g *Graph) float64 {
	n := float64(g.Len())
	return n * (n + float64(g.ties.len()))
}
