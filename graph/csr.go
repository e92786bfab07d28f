package graph

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// csr is a compact, read-only snapshot of a Graph for the measures: compressed sparse rows
// over node ranks 0..n-1, where rank r is the r-th actor by ID. Rows are sorted by neighbour
// rank, so every loop visits nodes and ties in an order fixed by the actor IDs alone, not by
// the order in which the graph was built.
type csr struct {
	actor    []int32   // actor[r] is the index into Graph.actors of the node of rank r
	rank     []int32   // rank[i] is the rank of Graph.actors[i]: actor's inverse
	start    []int32   // row r is adj[start[r]:start[r+1]]
	adj      []int32   // neighbour ranks
	weight   []float64 // strength view: the tie's weight
	distance []float64 // distance view: 1/weight
}

// newCSR returns g's compressed rows: the snapshot g holds, or a new one that it then holds
// until it changes. A csr is read-only, so measures running at once share it.
func newCSR(g *Graph) *csr {
	if c := g.rows.Load(); c != nil {
		return c
	}
	c := buildCSR(g)
	g.rows.Store(c)
	return c
}

func buildCSR(g *Graph) *csr {
	n := len(g.actors)
	c := &csr{start: make([]int32, n+1)}
	c.actor, c.rank = order(g)
	rankOf := c.rank

	for t := range g.ties.all() {
		c.start[rankOf[t.a]+1]++
		c.start[rankOf[t.b]+1]++
	}
	for r := range n {
		c.start[r+1] += c.start[r]
	}
	type arc struct {
		to int32
		w  float64
	}
	arcs := make([]arc, 2*g.ties.len())
	next := slices.Clone(c.start[:n])
	for t := range g.ties.all() { // order does not matter: rows are sorted below
		a, b := rankOf[t.a], rankOf[t.b]
		arcs[next[a]] = arc{b, t.weight}
		next[a]++
		arcs[next[b]] = arc{a, t.weight}
		next[b]++
	}
	c.adj = make([]int32, len(arcs))
	c.weight = make([]float64, len(arcs))
	c.distance = make([]float64, len(arcs))
	for r := range n {
		row := arcs[c.start[r]:c.start[r+1]]
		slices.SortFunc(row, func(x, y arc) int { return cmp.Compare(x.to, y.to) })
	}
	for k, a := range arcs {
		c.adj[k] = a.to
		c.weight[k] = a.w
		c.distance[k] = 1 / a.w
	}
	return c
}

// order returns the positions in g.actors sorted by actor ID, and its inverse: each actor's
// rank by its position.
func order(g *Graph) (actor, rank []int32) {
	actor = make([]int32, len(g.actors))
	for i := range actor {
		actor[i] = int32(i)
	}
	slices.SortFunc(actor, func(x, y int32) int { return cmp.Compare(g.actors[x].ID, g.actors[y].ID) })
	rank = make([]int32, len(actor))
	for r, i := range actor {
		rank[i] = int32(r)
	}
	return actor, rank
}

func (c *csr) len() int { return len(c.actor) }

// row returns the neighbours of the node of rank r, by rank, in rank order.
func (c *csr) row(r int32) []int32 { return c.adj[c.start[r]:c.start[r+1]] }

// id returns the actor ID of the node of rank r.
func (c *csr) id(g *Graph, r int32) string { return g.actors[c.actor[r]].ID }

// strengths returns each node's strength, the sum of its ties' weights, added up in the order
// of its row, so that the sums are the same bits however the graph was built.
func (c *csr) strengths() []float64 {
	s := make([]float64, c.len())
	for v := range s {
		for k := c.start[v]; k < c.start[v+1]; k++ {
			s[v] += c.weight[k]
		}
	}
	return s
}

// scores ranks per-rank values as g.rank does.
func (c *csr) scores(g *Graph, byRank []float64) []Score {
	values := make([]float64, len(byRank))
	for r, v := range byRank {
		values[c.actor[r]] = v
	}
	return g.rank(values)
}

var inf = math.Inf(1)

// sourceBlock is how many consecutive sources a worker of forEachSource takes at a time. It
// fixes the order of the floating-point additions that combine the sources' contributions, so
// it must not depend on the number of workers.
const sourceBlock = 32

// forEachSource calls visit once for every source rank of c, on runtime.GOMAXPROCS(0)
// goroutines, each with search buffers of its own (newSearch(c, paths)); visit runs the search
// from src itself. Sources go out in blocks of sourceBlock consecutive ranks, and visit gets
// the block's partial sum, a vector of c.len() zeros at the block's start, to which it may add
// the source's contribution. forEachSource returns the sum of the partials, added in block
// order. Within a block the sources come in rank order, so every floating-point addition
// happens in an order fixed by the graph alone, and the sum is the same bits for any number of
// workers.
//
// A finished partial waits until the blocks before it have been added. A worker that gets more
// than a few blocks ahead of the slowest one waits, so that at most 2·workers partials exist.
func (c *csr) forEachSource(paths bool, visit func(s *search, src int32, partial []float64)) []float64 {
	return c.forSources(nil, paths, visit)
}

// forSources is forEachSource over the given sources only, in their order; nil means every
// rank of c.
func (c *csr) forSources(sources []int32, paths bool, visit func(s *search, src int32, partial []float64)) []float64 {
	n := c.len()
	count := n
	if sources != nil {
		count = len(sources)
	}
	blocks := (count + sourceBlock - 1) / sourceBlock
	workers := min(runtime.GOMAXPROCS(0), blocks)
	maxAhead := 2 * workers
	total := make([]float64, n)
	var (
		claimed atomic.Int64 // blocks handed out
		mu      sync.Mutex
		turn    = sync.NewCond(&mu)
		next    int                   // the block to add to total next
		done    = map[int][]float64{} // finished partials of blocks after next
		free    [][]float64           // zeroed partials for reuse
	)
	work := func() {
		s := newSearch(c, paths)
		for {
			k := int(claimed.Add(1) - 1)
			if k >= blocks {
				return
			}
			mu.Lock()
			for k-next >= maxAhead {
				turn.Wait()
			}
			var partial []float64
			if last := len(free) - 1; last >= 0 {
				partial, free = free[last], free[:last]
			} else {
				partial = make([]float64, n)
			}
			mu.Unlock()

			for i := k * sourceBlock; i < min(count, (k+1)*sourceBlock); i++ {
				src := int32(i)
				if sources != nil {
					src = sources[i]
				}
				visit(s, src, partial)
			}

			mu.Lock()
			done[k] = partial
			for p, ok := done[next]; ok; p, ok = done[next] {
				delete(done, next)
				for i, v := range p {
					total[i] += v
				}
				clear(p)
				free = append(free, p)
				next++
			}
			turn.Broadcast()
			mu.Unlock()
		}
	}
	if workers <= 1 {
		work()
		return total
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(work)
	}
	wg.Wait()
	return total
}

// search holds the buffers of single-source shortest-path searches over a csr, reused from
// source to source so that the inner loops do not allocate. Only the nodes a search reached
// (listed in order) are reset for the next one. Unreached nodes are at distance +Inf and -1
// hops.
type search struct {
	c     *csr
	paths bool // count shortest paths and record predecessors (Brandes), or distances only

	order []int32   // nodes in the order their distance became final (Brandes' stack S)
	dist  []float64 // weighted distance from the source, final once in order
	hops  []int32   // unweighted distance from the source
	sigma []float64 // number of shortest paths from the source
	delta []float64 // dependency of the source on the node
	npred []int32   // number of predecessors, stored in pred[start[w]:start[w]+npred[w]]
	pred  []int32   // predecessors on shortest paths, row-aligned with csr.adj
	heap  minHeap

	// bfsTotal's: a node is reached in this search if stamp[node] == epoch, so that no
	// array is cleared between searches; and what it found.
	stamp   []uint32
	epoch   uint32
	total   float64 // the sum of the distances to the nodes reached
	reached int     // the nodes reached, the source among them
}

func newSearch(c *csr, paths bool) *search {
	n := c.len()
	s := &search{
		c:     c,
		paths: paths,
		order: make([]int32, 0, n),
		dist:  make([]float64, n),
		heap:  minHeap{pos: make([]int32, n)},
	}
	for i := range s.dist {
		s.dist[i] = inf
	}
	if paths {
		s.hops = make([]int32, n)
		s.sigma = make([]float64, n)
		s.delta = make([]float64, n)
		s.npred = make([]int32, n)
		s.pred = make([]int32, len(c.adj))
		for i := range s.hops {
			s.hops[i] = -1
		}
	}
	return s
}

// reset clears what the last search touched.
func (s *search) reset() {
	for _, v := range s.order {
		s.dist[v] = inf
		if s.paths {
			s.hops[v] = -1
			s.sigma[v] = 0
			s.delta[v] = 0
			s.npred[v] = 0
		}
	}
	s.order = s.order[:0]
	s.heap.entries = s.heap.entries[:0]
}

// dijkstra finds the shortest distances (distance view) from src to every node it reaches,
// settling nodes in order of distance. With paths set it also counts shortest paths and
// records predecessors as NetworkX's _single_source_dijkstra_path_basic does. NetworkX pushes
// a new heap entry whenever it shortens a node's distance and skips stale ones; the indexed
// heap here moves the node's one entry instead, which settles nodes in the same order with a
// heap of at most n entries.
//
// Path lengths are compared exactly, as NetworkX compares them: with distances 1/weight, two
// routes of equal length on paper (1/3+1/6 and 1/2) may differ in the last bit, and then only
// the shorter counts. Each length is the left-to-right sum along the path from the source,
// the same sum NetworkX forms, so both make the same decisions.
func (s *search) dijkstra(src int32) {
	if !s.paths {
		s.distances(src)
		return
	}
	s.reset()
	c, dist, sigma := s.c, s.dist, s.sigma
	dist[src] = 0
	sigma[src] = 1
	s.heap.push(heapEntry{dist: 0, node: src})
	for len(s.heap.entries) > 0 {
		e := s.heap.pop()
		v, dv := e.node, e.dist
		s.order = append(s.order, v)
		if v != src {
			// NetworkX adds the paths of the predecessor that last shortened v now, at pop.
			sigma[v] += sigma[s.pred[c.start[v]]]
		}
		lo, hi := c.start[v], c.start[v+1]
		lengths := c.distance[lo:hi]
		for k, w := range c.adj[lo:hi] {
			d := dv + lengths[k]
			// Unseen nodes are at +Inf, and a settled node is never farther than d: d < dist[w]
			// is NetworkX's "w not in D and (w not in seen or vw_dist < seen[w])".
			switch old := dist[w]; {
			case d < old:
				dist[w] = d
				if old == inf {
					s.heap.push(heapEntry{dist: d, node: w})
				} else {
					s.heap.decrease(w, d)
				}
				sigma[w] = 0
				s.pred[c.start[w]] = v
				s.npred[w] = 1
			case d == old: // an equal route, as NetworkX's vw_dist == seen[w]
				sigma[w] += sigma[v]
				s.pred[c.start[w]+s.npred[w]] = v
				s.npred[w]++
			}
		}
	}
}

// distances is dijkstra without paths: the same distances, settled in the same order, with
// the inner loop over a row's ties kept free of the paths' bookkeeping.
func (s *search) distances(src int32) {
	s.reset()
	c, dist := s.c, s.dist
	dist[src] = 0
	s.heap.push(heapEntry{dist: 0, node: src})
	for len(s.heap.entries) > 0 {
		e := s.heap.pop()
		v, dv := e.node, e.dist
		s.order = append(s.order, v)
		lo, hi := c.start[v], c.start[v+1]
		lengths := c.distance[lo:hi]
		for k, w := range c.adj[lo:hi] {
			d := dv + lengths[k]
			if old := dist[w]; d < old {
				dist[w] = d
				if old == inf {
					s.heap.push(heapEntry{dist: d, node: w})
				} else {
					s.heap.decrease(w, d)
				}
			}
		}
	}
}

// bfs is dijkstra with every tie one hop long (NetworkX's _single_source_shortest_path_basic).
// It always counts paths.
func (s *search) bfs(src int32) {
	s.reset()
	c := s.c
	s.hops[src] = 0
	s.sigma[src] = 1
	s.order = append(s.order, src)
	for head := 0; head < len(s.order); head++ { // order doubles as the queue
		v := s.order[head]
		next := s.hops[v] + 1
		for k := c.start[v]; k < c.start[v+1]; k++ {
			w := c.adj[k]
			if s.hops[w] < 0 {
				s.hops[w] = next
				s.order = append(s.order, w)
			}
			if s.hops[w] == next {
				s.sigma[w] += s.sigma[v]
				s.pred[c.start[w]+s.npred[w]] = v
				s.npred[w]++
			}
		}
	}
}

// accumulate adds the source's dependencies to b (Brandes 2001, Algorithm 1), visiting nodes
// in the reverse of the order in which they were settled.
func (s *search) accumulate(src int32, b []float64) {
	c := s.c
	for i := len(s.order) - 1; i >= 0; i-- {
		w := s.order[i]
		coeff := (1 + s.delta[w]) / s.sigma[w]
		p := c.start[w]
		for _, v := range s.pred[p : p+s.npred[w]] {
			// The conversion rounds the product, so that no platform fuses it into a
			// multiply-add and results are the same bits everywhere.
			s.delta[v] += float64(s.sigma[v] * coeff)
		}
		if w != src {
			b[w] += s.delta[w]
		}
	}
}

// heapEntry is a tentative distance to node. Entries are ordered by distance, then node, so
// that equally distant nodes settle in rank order.
type heapEntry struct {
	dist float64
	node int32
}

func (e heapEntry) less(f heapEntry) bool {
	return e.dist < f.dist || e.dist == f.dist && e.node < f.node
}

// minHeap is a binary heap of entries, at most one per node, indexed so that a node's entry
// can move up when its distance shrinks (decrease-key). It is not container/heap, whose
// interface boxes every pushed value.
type minHeap struct {
	entries []heapEntry
	pos     []int32 // pos[node] is the index of node's entry while it has one
}

func (h *minHeap) push(e heapEntry) {
	h.entries = append(h.entries, e)
	h.up(len(h.entries) - 1)
}

// decrease lowers the distance of node's entry.
func (h *minHeap) decrease(node int32, dist float64) {
	i := h.pos[node]
	h.entries[i].dist = dist
	h.up(int(i))
}

// pop removes the entry of least distance. It moves the hole at the root down along the
// smaller children to a leaf and then the last entry up into it from there (Floyd's
// bottom-up sift): the last entry is most often about as far as any, so this takes about
// one comparison a level where a sift down from the root takes two.
func (h *minHeap) pop() heapEntry {
	q := h.entries
	top := q[0]
	n := len(q) - 1
	h.entries = q[:n]
	if n == 0 {
		return top
	}
	i := 0
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && q[r].less(q[l]) {
			m = r
		}
		q[i] = q[m]
		h.pos[q[i].node] = int32(i)
		i = m
	}
	q[i] = q[n]
	h.up(i)
	return top
}

func (h *minHeap) up(i int) {
	q := h.entries
	e := q[i]
	for i > 0 {
		parent := (i - 1) / 2
		if !e.less(q[parent]) {
			break
		}
		q[i] = q[parent]
		h.pos[q[i].node] = int32(i)
		i = parent
	}
	q[i] = e
	h.pos[e.node] = int32(i)
}

// bfsTotal is a breadth-first search from src that counts the nodes it reaches and sums
// their distances, level by level, with no distance array: what unweighted closeness needs,
// at the cost of one stamp a node reached. It leaves the nodes reached in s.order.
func (s *search) bfsTotal(src int32) {
	c := s.c
	if s.stamp == nil {
		s.stamp = make([]uint32, c.len())
	}
	s.epoch++
	if s.epoch == 0 { // wrapped round: stamps of old searches could match
		clear(s.stamp)
		s.epoch = 1
	}
	epoch, stamp := s.epoch, s.stamp
	q := append(s.order[:0], src)
	stamp[src] = epoch
	total, d := 0, 0
	for lo := 0; lo < len(q); {
		hi := len(q)
		d++
		for _, v := range q[lo:hi] {
			for _, w := range c.adj[c.start[v]:c.start[v+1]] {
				if stamp[w] != epoch {
					stamp[w] = epoch
					q = append(q, w)
				}
			}
		}
		total += d * (len(q) - hi)
		lo = hi
	}
	s.order = q
	s.total, s.reached = float64(total), len(q)
}
