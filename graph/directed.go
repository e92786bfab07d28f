package graph

import (
	"math"

	"github.com/actorgraph/actorgraph/extract"
)

// The directed measures read the interaction layer as a directed graph: an arc from source
// to target for every pair of actors with interactions of the given modalities (all, if none
// are given), weighted by how many interactions there are. Every actor of the graph is a node.

// arcs returns the interaction layer's arcs, by node index (actors sorted by ID), and the
// number of interactions each carries.
func (g *Graph) arcs(modalities []extract.Modality) (ids []string, out []map[int]float64) {
	actors := g.Actors()
	index := make(map[string]int, len(actors))
	for i, a := range actors {
		ids = append(ids, a.ID)
		index[a.ID] = i
	}
	out = make([]map[int]float64, len(actors))
	for _, e := range g.Interactions(modalities...) {
		s, t := index[e.Source], index[e.Target]
		if out[s] == nil {
			out[s] = map[int]float64{}
		}
		out[s][t] += float64(e.Count)
	}
	return ids, out
}

// InDegree returns every actor's in-degree centrality in the interaction layer: the number of
// actors that act on it, divided by n-1 (NetworkX in_degree_centrality), highest first, ties by
// name. O(n + m).
func InDegree(g *Graph, modalities ...extract.Modality) []Score {
	_, out := g.arcs(modalities)
	values := make([]float64, len(out))
	for _, targets := range out {
		for t := range targets {
			values[t]++
		}
	}
	return g.directedScores(normalizeDegree(values))
}

// OutDegree returns every actor's out-degree centrality in the interaction layer: the number
// of actors it acts on, divided by n-1 (NetworkX out_degree_centrality), highest first, ties
// by name. O(n + m).
func OutDegree(g *Graph, modalities ...extract.Modality) []Score {
	_, out := g.arcs(modalities)
	values := make([]float64, len(out))
	for s, targets := range out {
		values[s] = float64(len(targets))
	}
	return g.directedScores(normalizeDegree(values))
}

func normalizeDegree(values []float64) []float64 {
	if n := len(values); n > 1 {
		for i := range values {
			values[i] /= float64(n - 1)
		}
	}
	return values
}

// HITS returns every actor's hub and authority scores in the interaction layer (Kleinberg,
// Authoritative sources in a hyperlinked environment, J. ACM 1999): an actor is a good hub if
// it acts on good authorities, and a good authority if good hubs act on it, arcs weighted by
// their number of interactions. It follows NetworkX's hits (the pure-Python reference,
// _hits_python): power iteration from 1/n, each step normalised by its largest value, to an L1
// change below n·1e-14 (at most 10,000 steps), then normalised to sum 1. A layer with no
// interaction gives every actor 0. Both lists are highest first, ties by name. O(m) per step.
func HITS(g *Graph, modalities ...extract.Modality) (hubs, authorities []Score) {
	_, out := g.arcs(modalities)
	n := len(out)
	h, a := make([]float64, n), make([]float64, n)
	for i := range h {
		h[i] = 1 / float64(n)
	}
	arcs := 0
	for _, t := range out {
		arcs += len(t)
	}
	if arcs == 0 {
		zero := make([]float64, n)
		return g.directedScores(zero), g.directedScores(make([]float64, n))
	}
	targets := make([][]int, n) // sorted, so that sums run in one order
	for s, t := range out {
		for j := range n {
			if _, ok := t[j]; ok {
				targets[s] = append(targets[s], j)
			}
		}
	}
	for range powerMaxIter {
		last := h
		h, a = make([]float64, n), make([]float64, n)
		for s := range n {
			for _, t := range targets[s] {
				a[t] += last[s] * out[s][t]
			}
		}
		for s := range n {
			for _, t := range targets[s] {
				h[s] += a[t] * out[s][t]
			}
		}
		scaleBy(h, 1/maxOf(h))
		scaleBy(a, 1/maxOf(a))
		err := 0.0
		for i := range h {
			err += math.Abs(h[i] - last[i])
		}
		if err < float64(n)*1e-14 {
			break
		}
	}
	scaleBy(a, 1/sumOf(a))
	scaleBy(h, 1/sumOf(h))
	return g.directedScores(h), g.directedScores(a)
}

func scaleBy(x []float64, f float64) {
	for i := range x {
		x[i] *= f
	}
}

func maxOf(x []float64) float64 {
	m := 0.0
	for _, v := range x {
		m = max(m, v)
	}
	return m
}

func sumOf(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v
	}
	return s
}

// directedScores ranks values indexed by actors sorted by ID.
func (g *Graph) directedScores(values []float64) []Score {
	actors := g.Actors()
	byActor := make([]float64, len(g.actors))
	for i, a := range actors {
		byActor[g.index[a.ID]] = values[i]
	}
	return g.rank(byActor)
}
