package graph

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
)

// Components returns the connected components of the co-mention layer: each sorted by ID, the
// components largest first, ties by their first ID. O(n + m).
func Components(g *Graph) [][]string {
	c := newCSR(g)
	seen := make([]bool, c.len())
	var out [][]string
	for s := range int32(c.len()) {
		if seen[s] {
			continue
		}
		var comp []string
		stack := []int32{s}
		seen[s] = true
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, c.id(g, u))
			for _, w := range c.row(u) {
				if !seen[w] {
					seen[w] = true
					stack = append(stack, w)
				}
			}
		}
		slices.Sort(comp)
		out = append(out, comp)
	}
	slices.SortFunc(out, func(x, y []string) int { return cmp.Or(cmp.Compare(len(y), len(x)), cmp.Compare(x[0], y[0])) })
	return out
}

// Brokers returns the articulation points of the co-mention layer, actors whose removal
// splits their component (the brokers between camps), sorted by ID, and its bridges, ties
// whose removal does, sorted. Tarjan's algorithm (Depth-first search and linear graph
// algorithms, SIAM J. Comput. 1972), iterative: O(n + m).
func Brokers(g *Graph) (articulation []string, bridges [][2]string) {
	c := newCSR(g)
	n := c.len()
	disc, low, parent := make([]int, n), make([]int, n), make([]int32, n)
	for i := range disc {
		disc[i], parent[i] = -1, -1
	}
	isCut := make([]bool, n)
	time := 0
	type frame struct {
		u    int32
		next int
	}
	for root := range int32(n) {
		if disc[root] >= 0 {
			continue
		}
		children := 0
		disc[root], low[root] = time, time
		time++
		stack := []frame{{root, 0}}
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			u := f.u
			if row := c.row(u); f.next < len(row) {
				w := row[f.next]
				f.next++
				switch {
				case disc[w] < 0:
					parent[w] = u
					if u == root {
						children++
					}
					disc[w], low[w] = time, time
					time++
					stack = append(stack, frame{w, 0})
				case w != parent[u]:
					low[u] = min(low[u], disc[w])
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if p := parent[u]; p >= 0 {
				low[p] = min(low[p], low[u])
				if low[u] > disc[p] {
					a, b := c.id(g, p), c.id(g, u)
					if a > b {
						a, b = b, a
					}
					bridges = append(bridges, [2]string{a, b})
				}
				if p != root && low[u] >= disc[p] {
					isCut[p] = true
				}
			}
		}
		if children > 1 {
			isCut[root] = true
		}
	}
	for r, cut := range isCut {
		if cut {
			articulation = append(articulation, c.id(g, int32(r)))
		}
	}
	slices.SortFunc(bridges, func(x, y [2]string) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) })
	return articulation, bridges
}

// CoreNumbers returns every actor's core number in the co-mention layer: the largest k such
// that the actor belongs to a subgraph in which every actor has at least k ties (the k-core),
// highest first, ties by name. The peeling of Batagelj and Zaversnik (An O(m) algorithm for
// cores decomposition of networks, 2003), as NetworkX's core_number computes it, with a
// linear search for the next actor: O(n² + m), quick for the thousands of actors of news.
func CoreNumbers(g *Graph) []Score {
	c := newCSR(g)
	n := c.len()
	deg := make([]int, n)
	for r := range deg {
		deg[r] = len(c.row(int32(r)))
	}
	core := make([]float64, n)
	removed := make([]bool, n)
	for range n {
		u := -1
		for i := range n { // the unremoved actor of least degree, lowest index first
			if !removed[i] && (u < 0 || deg[i] < deg[u]) {
				u = i
			}
		}
		removed[u] = true
		core[u] = float64(deg[u])
		for _, w := range c.row(int32(u)) {
			if !removed[w] && deg[w] > deg[u] {
				deg[w]--
			}
		}
	}
	return c.scores(g, core)
}

// Ego returns the ego network of actor id: the actors within radius ties of it, and every
// tie among them, with their evidence. It returns nil for an unknown actor.
func Ego(g *Graph, id string, radius int) *Graph {
	start, ok := g.index[id]
	if !ok {
		return nil
	}
	dist := map[string]int{g.actors[start].ID: 0}
	frontier := []string{id}
	for d := 1; d <= radius && len(frontier) > 0; d++ {
		var next []string
		for _, u := range frontier {
			for _, w := range g.Neighbors(u) {
				if _, seen := dist[w]; !seen {
					dist[w] = d
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	e := New()
	for _, a := range g.Actors() {
		if _, ok := dist[a.ID]; ok {
			e.AddActor(a)
		}
	}
	for _, t := range g.Ties() {
		_, okA := dist[t.A]
		_, okB := dist[t.B]
		if okA && okB {
			e.addTie(t.A, t.B, t.Weight, t.Count, t.Evidence)
		}
	}
	return e
}

// Path is a chain of ties between two actors.
type Path struct {
	Actors []string // from the first actor to the last
	Ties   []Tie    // Ties[i] joins Actors[i] and Actors[i+1], with its evidence
	Length float64  // the sum of the ties' distances 1/weight
}

// StrongestPath returns the path between a and b whose ties are strongest: the shortest
// path in the distance view (a tie of weight w is a step of length 1/w), found by Dijkstra's
// algorithm, ties broken by visiting actors in ID order. ok is false if a or b is unknown or
// they are not connected. O(m log n).
func StrongestPath(g *Graph, a, b string) (p Path, ok bool) {
	ia, okA := g.index[a]
	ib, okB := g.index[b]
	if !okA || !okB {
		return Path{}, false
	}
	c := newCSR(g)
	src, dst := c.rank[ia], c.rank[ib]
	n := c.len()
	dist := make([]float64, n)
	prev := make([]int32, n)
	for i := range dist {
		dist[i], prev[i] = math.Inf(1), -1
	}
	dist[src] = 0
	q := &distHeap{{src, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(distItem)
		if it.d > dist[it.u] {
			continue
		}
		if it.u == dst {
			break
		}
		for k := c.start[it.u]; k < c.start[it.u+1]; k++ {
			w := c.adj[k]
			if d := it.d + c.distance[k]; d < dist[w] {
				dist[w], prev[w] = d, it.u
				heap.Push(q, distItem{w, d})
			}
		}
	}
	if math.IsInf(dist[dst], 1) {
		return Path{}, false
	}
	for u := dst; u >= 0; u = prev[u] {
		p.Actors = append(p.Actors, c.id(g, u))
	}
	slices.Reverse(p.Actors)
	for i := 0; i+1 < len(p.Actors); i++ {
		t, _ := g.Tie(p.Actors[i], p.Actors[i+1])
		p.Ties = append(p.Ties, t)
	}
	p.Length = dist[dst]
	return p, true
}

type distItem struct {
	u int32
	d float64
}

type distHeap []distItem

func (h distHeap) Len() int { return len(h) }
func (h distHeap) Less(i, j int) bool {
	return h[i].d < h[j].d || h[i].d == h[j].d && h[i].u < h[j].u
}
func (h distHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x any)   { *h = append(*h, x.(distItem)) }
func (h *distHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}
