package graph

import (
	"cmp"
	"slices"
)

// Score is one actor's value under a centrality measure.
type Score struct {
	Actor Actor
	Value float64
}

// rank turns per-node values (indexed like g.actors) into scores, highest first, ties by
// actor name, then ID.
//
// IDs are unique, so the order is total: actors' indices are sorted, not the scores, which
// are large to move.
func (g *Graph) rank(values []float64) []Score {
	order := make([]int32, len(g.actors))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		x, y := &g.actors[i], &g.actors[j]
		return cmp.Or(
			cmp.Compare(values[j], values[i]),
			cmp.Compare(x.Name, y.Name),
			cmp.Compare(x.ID, y.ID),
		)
	})
	out := make([]Score, len(order))
	for k, i := range order {
		out[k] = Score{Actor: cloneActor(g.actors[i]), Value: values[i]}
	}
	return out
}

// Degree returns every actor's degree centrality, the number of actors it is tied to divided
// by n-1 (NetworkX degree_centrality), highest first, ties by name. A graph of one actor
// gives it 1, as NetworkX does. O(n).
func Degree(g *Graph) []Score {
	n := len(g.actors)
	values := make([]float64, n)
	for i := range g.actors {
		d := float64(g.degree[i])
		if n > 1 {
			values[i] = d / float64(n-1)
		} else {
			values[i] = 1
		}
	}
	return g.rank(values)
}

// Strength returns every actor's strength, the sum of the weights of its ties (NetworkX
// degree with weight="weight"), highest first, ties by name. O(n + m).
func Strength(g *Graph) []Score {
	c := newCSR(g)
	return c.scores(g, c.strengths())
}
