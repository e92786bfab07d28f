package graph

import (
	"math/rand/v2"
	"slices"
)

// level is one level of the Louvain method: a weighted undirected graph in compressed
// sparse rows, its nodes the communities of the level below. Arcs are stored both ways;
// a node's self-loop (the ties inside the community it stands for) is kept apart.
type level struct {
	start  []int32   // row i is adj[start[i]:start[i+1]]
	adj    []int32   // neighbours, never i itself
	weight []float64 // arc weights
	loop   []float64 // self-loop weight of each node, each tie inside counted once
	k      []float64 // strength: the node's arcs plus twice its loop
}

// firstLevel returns what Louvain and Leiden start from: each node its own (of: each
// original node's node or community at the current level), the level of c's ties, and
// twice their total weight.
func firstLevel(c *csr) (of []int32, l *level, m2 float64) {
	of = make([]int32, len(c.actor))
	for i := range of {
		of[i] = int32(i)
	}
	l = levelOf(c)
	for _, k := range l.k {
		m2 += k
	}
	return of, l, m2
}

// levelOf is the first level: the co-mention ties of c.
func levelOf(c *csr) *level {
	n := len(c.actor)
	l := &level{start: c.start, adj: c.adj, weight: c.weight, loop: make([]float64, n), k: make([]float64, n)}
	for i := range n {
		for a := c.start[i]; a < c.start[i+1]; a++ {
			l.k[i] += c.weight[a]
		}
	}
	return l
}

// louvain divides the nodes of c into communities by the Louvain method (Blondel et al.
// 2008) at the given resolution, and returns each node's community, numbered from 0. It
// works on flat arrays: a node's community, the communities' strengths, and the weights
// from a node to its neighbours' communities, gathered in a dense scratch array whose
// touched entries are listed and cleared, without maps; each level is then aggregated into
// a new compressed graph. rnd orders the nodes of each level; nothing else is random, a
// node moves only for a gain, and equal gains go to the lowest community number, so that
// the same graph and seed give the same partition.
func louvain(c *csr, resolution float64, rnd *rand.Rand) []int32 {
	of, l, m2 := firstLevel(c)
	if m2 == 0 {
		return of
	}
	for {
		comm, moved := l.move(resolution, m2, rnd)
		count := renumber(comm)
		for i, x := range of {
			of[i] = comm[x]
		}
		if !moved || count == len(comm) {
			return of
		}
		l = l.aggregate(comm, count)
	}
}

// move is the first phase of a level: nodes move, one at a time in a random order, to the
// neighbouring community that gains the most modularity, pass after pass until a pass
// moves none. It returns each node's community and whether any node moved.
func (l *level) move(resolution, m2 float64, rnd *rand.Rand) ([]int32, bool) {
	n := len(l.k)
	comm := make([]int32, n)
	tot := make([]float64, n) // strength of each community
	for i := range comm {
		comm[i] = int32(i)
		tot[i] = l.k[i]
	}
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	rnd.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	toComm := make([]float64, n) // weight from the node to each community, scratch
	seen := make([]bool, n)
	touched := make([]int32, 0, 64)
	movedAny := false
	for {
		moves := 0
		for _, i := range order {
			ci := comm[i]
			ki := l.k[i]
			for a := l.start[i]; a < l.start[i+1]; a++ {
				c := comm[l.adj[a]]
				if !seen[c] {
					seen[c] = true
					touched = append(touched, c)
				}
				toComm[c] += l.weight[a]
			}
			tot[ci] -= ki
			scale := resolution * ki / m2
			stay := toComm[ci] - scale*tot[ci]
			best, bestGain := ci, stay
			for _, c := range touched {
				if c == ci {
					continue
				}
				gain := toComm[c] - scale*tot[c]
				if best == ci || gain > bestGain || gain == bestGain && c < best {
					best, bestGain = c, gain
				}
			}
			// A move must gain more than rounding can: moves that gain nothing could go
			// round for ever.
			if best != ci && !(bestGain-stay > 1e-12*ki) {
				best = ci
			}
			tot[best] += ki
			if best != ci {
				comm[i] = best
				moves++
			}
			for _, c := range touched {
				toComm[c], seen[c] = 0, false
			}
			touched = touched[:0]
		}
		if moves == 0 {
			return comm, movedAny
		}
		movedAny = true
	}
}

// renumber numbers the communities of comm 0, 1, ... in the order of their lowest node,
// and returns how many there are.
func renumber(comm []int32) int {
	number := make([]int32, len(comm))
	for i := range number {
		number[i] = -1
	}
	count := int32(0)
	for i, c := range comm {
		if number[c] < 0 {
			number[c] = count
			count++
		}
		comm[i] = number[c]
	}
	return int(count)
}

// aggregate returns the level whose nodes are the count communities of comm: their ties
// summed, ties inside a community its self-loop.
func (l *level) aggregate(comm []int32, count int) *level {
	members := make([][]int32, count)
	for i, c := range comm {
		members[c] = append(members[c], int32(i))
	}
	next := &level{start: make([]int32, count+1), loop: make([]float64, count), k: make([]float64, count)}
	acc := make([]float64, count)
	seen := make([]bool, count)
	var touched []int32
	for c, ms := range members {
		inside := 0.0
		for _, i := range ms {
			next.loop[c] += l.loop[i]
			next.k[c] += l.k[i]
			for a := l.start[i]; a < l.start[i+1]; a++ {
				d := comm[l.adj[a]]
				if d == int32(c) {
					inside += l.weight[a]
					continue
				}
				if !seen[d] {
					seen[d] = true
					touched = append(touched, d)
				}
				acc[d] += l.weight[a]
			}
		}
		next.loop[c] += inside / 2 // each tie inside was met from both ends
		slices.Sort(touched)
		for _, d := range touched {
			next.adj = append(next.adj, d)
			next.weight = append(next.weight, acc[d])
			acc[d], seen[d] = 0, false
		}
		touched = touched[:0]
		next.start[c+1] = int32(len(next.adj))
	}
	return next
}

// modularity returns Newman's modularity of the partition comm of c at the given
// resolution: the sum over communities of their inside weight over m less the resolution
// times the square of their strength over 2m.
func modularity(c *csr, comm []int32, count int, resolution float64) float64 {
	inside := make([]float64, count)
	tot := make([]float64, count)
	m2 := 0.0
	for i := range len(c.actor) {
		for a := c.start[i]; a < c.start[i+1]; a++ {
			w := c.weight[a]
			tot[comm[i]] += w
			m2 += w
			if comm[c.adj[a]] == comm[i] {
				inside[comm[i]] += w
			}
		}
	}
	if m2 == 0 {
		return 0
	}
	q := 0.0
	for x := range count {
		q += inside[x]/m2 - resolution*(tot[x]/m2)*(tot[x]/m2)
	}
	return q
}
