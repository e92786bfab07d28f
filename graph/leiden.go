package graph

import (
	"cmp"
	"math/rand/v2"
	"slices"
)

// Leiden divides the co-mention layer into communities by the Leiden method (V. A. Traag,
// L. Waltman and N. J. van Eck, From Louvain to Leiden: guaranteeing well-connected
// communities, Scientific Reports 9, 2019), maximising modularity at the given resolution,
// as Louvain does, with the step Louvain lacks: before a level is aggregated, each community
// is refined into parts that a node joins only if it is tied to them, and the aggregate is
// made of the parts. So every community it returns is connected, which Louvain's need not
// be, and its modularity is at least as good, as a rule. src seeds the order in which nodes
// are visited; within that order every choice is the best gain, ties to the lowest
// community, so that the same graph and seed give the same partition whatever GOMAXPROCS
// is. It runs twice, the second time from the first's partition, as igraph's
// community_leiden does by default. Isolated actors are communities of one. Flat arrays over
// compressed rows, as Louvain.
func Leiden(g *Graph, resolution float64, src rand.Source) Partition {
	c := newCSR(g)
	if len(c.actor) == 0 {
		return Partition{}
	}
	rnd := rand.New(src)
	comm := leiden(c, resolution, rnd, nil)
	// A second iteration from the partition found, as igraph's community_leiden runs by
	// default (n_iterations=2): it never loses modularity, and often gains some.
	return partitionOf(g, c, leiden(c, resolution, rnd, comm), resolution)
}

// partitionOf turns each rank's community into a Partition: communities sorted, largest
// first, ties by their first ID.
func partitionOf(g *Graph, c *csr, comm []int32, resolution float64) Partition {
	count := 0
	for _, x := range comm {
		count = max(count, int(x)+1)
	}
	comms := make([][]string, count)
	for r, x := range comm {
		comms[x] = append(comms[x], g.actors[c.actor[r]].ID) // ranks are in ID order
	}
	slices.SortFunc(comms, func(x, y []string) int { return cmp.Or(cmp.Compare(len(y), len(x)), cmp.Compare(x[0], y[0])) })
	return Partition{Communities: comms, Modularity: modularity(c, comm, count, resolution)}
}

// leiden returns each node's community, numbered from 0, starting from the partition start
// (each node alone if nil).
func leiden(c *csr, resolution float64, rnd *rand.Rand, start []int32) []int32 {
	of, l, m2 := firstLevel(c)
	if m2 == 0 {
		return of
	}
	part := slices.Clone(start) // the partition of the level's nodes
	if part == nil {
		part = slices.Clone(of)
	}
	for {
		l.moveFast(part, resolution, m2, rnd)
		count := renumber(part)
		if count == len(part) { // every node alone: nothing left to aggregate
			for i, x := range of {
				of[i] = part[x]
			}
			return of
		}
		refined := l.refine(part, resolution, m2, rnd)
		parts := renumber(refined)
		// The aggregate's nodes are the refined parts; its partition starts as the parts'
		// communities.
		next := make([]int32, parts)
		for v, r := range refined {
			next[r] = part[v]
		}
		for i, x := range of {
			of[i] = refined[x]
		}
		if parts == len(part) { // refinement split every community into single nodes
			for i, x := range of {
				of[i] = next[x]
			}
			renumber(of)
			return of
		}
		l = l.aggregate(refined, parts)
		part = next
	}
}

// moveFast is Leiden's local moving: nodes wait in a queue, first all of them in a random
// order; a node taken from it moves to the neighbouring community, or to an empty one of its
// own, that gains the most modularity, if any gains, and its neighbours outside its new
// community join the queue again. part is the partition, changed in place.
func (l *level) moveFast(part []int32, resolution, m2 float64, rnd *rand.Rand) {
	n := len(l.k)
	tot := make([]float64, n)
	size := make([]int32, n)
	for i, p := range part {
		tot[p] += l.k[i]
		size[p]++
	}
	var empty []int32 // communities with no node, for a node to leave to
	for c := n - 1; c >= 0; c-- {
		if size[c] == 0 {
			empty = append(empty, int32(c))
		}
	}
	queue := make([]int32, n)
	for i := range queue {
		queue[i] = int32(i)
	}
	rnd.Shuffle(n, func(i, j int) { queue[i], queue[j] = queue[j], queue[i] })
	queued := make([]bool, n)
	for i := range queued {
		queued[i] = true
	}
	toComm := make([]float64, n)
	seen := make([]bool, n)
	var touched []int32
	for head := 0; head < len(queue); head++ {
		i := queue[head]
		queued[i] = false
		ci, ki := part[i], l.k[i]
		for a := l.start[i]; a < l.start[i+1]; a++ {
			c := part[l.adj[a]]
			if !seen[c] {
				seen[c] = true
				touched = append(touched, c)
			}
			toComm[c] += l.weight[a]
		}
		tot[ci] -= ki
		size[ci]--
		scale := resolution * ki / m2
		stay := toComm[ci] - scale*tot[ci]
		best, bestGain := int32(-1), stay
		for _, c := range touched {
			if c == ci {
				continue
			}
			if gain := toComm[c] - scale*tot[c]; best < 0 || gain > bestGain || gain == bestGain && c < best {
				best, bestGain = c, gain
			}
		}
		if best < 0 || !(bestGain-stay > 1e-12*ki) {
			best, bestGain = ci, stay
		}
		if size[ci] > 0 && 0-bestGain > 1e-12*ki { // alone gains more than any community
			best, empty = empty[len(empty)-1], empty[:len(empty)-1]
		}
		for _, c := range touched {
			toComm[c], seen[c] = 0, false
		}
		touched = touched[:0]
		tot[best] += ki
		size[best]++
		if best == ci {
			continue
		}
		if size[ci] == 0 {
			empty = append(empty, ci)
		}
		part[i] = best
		for a := l.start[i]; a < l.start[i+1]; a++ {
			if j := l.adj[a]; !queued[j] && part[j] != best {
				queued[j] = true
				queue = append(queue, j)
			}
		}
		if head >= n && head >= len(queue)/2 { // drop what was taken: memory bounded by 2n
			queue = append(queue[:0], queue[head+1:]...)
			head = -1
		}
	}
}

// refine splits each community of part into parts: every node starts alone, and, visited
// in a random order, a node still alone that is well connected to its community joins the
// part of its community, tied to it and itself well connected, that gains the most
// modularity, if none loses (Traag et al.'s refinement, with the greedy choice). A part
// grows only by nodes tied to it, so every part is connected. It returns each node's part.
func (l *level) refine(part []int32, resolution, m2 float64, rnd *rand.Rand) []int32 {
	n := len(l.k)
	refined := make([]int32, n)
	for i := range refined {
		refined[i] = int32(i)
	}
	commTot := make([]float64, n) // strength of each community of part
	for i, p := range part {
		commTot[p] += l.k[i]
	}
	partTot := slices.Clone(l.k) // strength of each part
	// out[x]: the weight from part x to the rest of its community.
	out := make([]float64, n)
	for i := range n {
		for a := l.start[i]; a < l.start[i+1]; a++ {
			if part[l.adj[a]] == part[i] {
				out[i] += l.weight[a]
			}
		}
	}
	alone := make([]bool, n)
	for i := range alone {
		alone[i] = true
	}
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	rnd.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	toPart := make([]float64, n)
	seen := make([]bool, n)
	var touched []int32
	for _, v := range order {
		if !alone[v] {
			continue
		}
		kv, C := l.k[v], part[v]
		// Well connected: its ties into its community at least what chance gives.
		if out[v] < resolution*kv*(commTot[C]-kv)/m2 {
			continue
		}
		for a := l.start[v]; a < l.start[v+1]; a++ {
			j := l.adj[a]
			if part[j] != C {
				continue
			}
			r := refined[j]
			if !seen[r] {
				seen[r] = true
				touched = append(touched, r)
			}
			toPart[r] += l.weight[a]
		}
		scale := resolution * kv / m2
		best, bestGain := int32(-1), 0.0
		for _, r := range touched {
			if r == refined[v] {
				continue
			}
			if out[r] < resolution*partTot[r]*(commTot[C]-partTot[r])/m2 {
				continue // the part is not well connected to its community
			}
			gain := toPart[r] - scale*partTot[r]
			if gain < -1e-12*kv {
				continue // joining must not lose modularity
			}
			if best < 0 || gain > bestGain || gain == bestGain && r < best {
				best, bestGain = r, gain
			}
		}
		if best >= 0 {
			// v joins part best: the part's ties to the rest of the community gain v's,
			// less those between v and the part, counted from both ends.
			out[best] += out[v] - 2*toPart[best]
			partTot[best] += kv
			refined[v] = best
			alone[best] = false
		}
		for _, r := range touched {
			toPart[r], seen[r] = 0, false
		}
		touched = touched[:0]
	}
	return refined
}
