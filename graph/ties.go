package graph

import (
	"iter"
	"slices"

	"github.com/actorgraph/actorgraph/extract"
)

// tie is a Tie as a Graph holds it: its actors by their positions in Graph.actors, the
// actor whose ID sorts first in a.
type tie struct {
	a, b     int32
	next     [2]int32 // the next tie in the lists of a's ties and of b's (Graph.first), or -1
	count    int
	weight   float64
	evidence []extract.Evidence // a sample under a limit, with its state in sample
	sample   sample
}

// other returns the end of t that is not the actor at position i, and the next tie in the
// list of i's ties.
func (t *tie) other(i int32) (j, next int32) {
	if t.a == i {
		return t.b, t.next[0]
	}
	return t.a, t.next[1]
}

// tieChunk is how many ties a full chunk of a tieStore holds.
const tieChunk = 1024

// tieStore holds a graph's ties in the order they were first added, in chunks of tieChunk,
// so that a tie stays where it is and adding one never copies the ones before it (only the
// first chunk grows, by doubling up to tieChunk).
type tieStore struct {
	chunks [][]tie
	n      int
}

func (s *tieStore) len() int { return s.n }

// at returns the k-th tie added.
func (s *tieStore) at(k int32) *tie { return &s.chunks[k/tieChunk][k%tieChunk] }

// add appends t and returns its position.
func (s *tieStore) add(t tie) int32 {
	last := len(s.chunks) - 1
	if last < 0 || len(s.chunks[last]) == tieChunk {
		c := 8
		if last >= 0 {
			c = tieChunk
		}
		s.chunks = append(s.chunks, make([]tie, 0, c))
		last++
	}
	s.chunks[last] = append(s.chunks[last], t)
	s.n++
	return int32(s.n - 1)
}

// all yields the ties in the order they were added.
func (s *tieStore) all() iter.Seq[*tie] {
	return func(yield func(*tie) bool) {
		for _, c := range s.chunks {
			for i := range c {
				if !yield(&c[i]) {
					return
				}
			}
		}
	}
}

// public returns t as a Tie of g, with a copy of its evidence.
func (g *Graph) public(t *tie) Tie {
	return Tie{
		A:        g.actors[t.a].ID,
		B:        g.actors[t.b].ID,
		Weight:   t.weight,
		Count:    t.count,
		Evidence: slices.Clone(t.evidence),
	}
}

// ranks returns the rank of each actor of g in ID order, by its position in g.actors: the
// snapshot's if g holds one, or else new ones, which g does not keep.
func (g *Graph) ranks() []int32 {
	if c := g.rows.Load(); c != nil {
		return c.rank
	}
	_, rank := order(g)
	return rank
}
