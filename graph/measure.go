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
