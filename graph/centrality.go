package graph

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
)

// Betweenness returns every actor's betweenness centrality in the distance view (a tie of
// weight w is a step of length 1/w), highest first, ties by name, then ID:
//
//	C_B(v) = 1/((n-1)(n-2)) · Σ_{s≠v≠t} σ_st(v)/σ_st
//
// summed over ordered pairs (s, t), where σ_st is the number of shortest paths from s to t
// and σ_st(v) the number of those through v. This is NetworkX's
// betweenness_centrality(G, weight="distance", normalized=True) with distance = 1/weight.
// Graphs of fewer than three actors give 0 to every actor.
//
// Brandes' algorithm (U. Brandes, A faster algorithm for betweenness centrality, J. Math.
// Sociol. 25(2), 2001) with Dijkstra's algorithm on a binary heap: O(n·m·log n) time and
// O(p·(n+m)) space for n actors, m ties and p = GOMAXPROCS. Path lengths are compared exactly,
// as NetworkX does. The searches from different sources run on p goroutines, and their
// contributions are added in an order fixed by the graph, so the result is the same bits
// whatever p is.
func Betweenness(g *Graph) []Score {
	return betweenness(g, true)
}

// BetweennessUnweighted is Betweenness with every tie one step long, whatever its weight:
// NetworkX's betweenness_centrality(G, weight=None, normalized=True). Brandes' algorithm
// with breadth-first search, O(n·m) time and O(p·(n+m)) space, on p = GOMAXPROCS goroutines.
func BetweennessUnweighted(g *Graph) []Score {
	return betweenness(g, false)
}

func betweenness(g *Graph, weighted bool) []Score {
	return betweennessFrom(g, newCSR(g), nil, weighted)
}

// betweennessFrom returns the betweenness of the actors of g (whose CSR c is) from the
// given sources, all if nil, scaled as NetworkX (3.5 and later) scales its estimate from k
// sources: an actor that is no source by 1/(k(n-2)), a source, whose own search tells
// nothing of it, by 1/((k-1)(n-2)).
func betweennessFrom(g *Graph, c *csr, sources []int32, weighted bool) []Score {
	b := c.forSources(sources, true, func(s *search, src int32, partial []float64) {
		if weighted {
			s.dijkstra(src)
		} else {
			s.bfs(src)
		}
		s.accumulate(src, partial)
	})
	return c.scores(g, scaleBetweenness(b, sources))
}

// scaleBetweenness scales the sums of dependencies b from the given sources (all if nil) as
// betweennessFrom says, in place, and returns b.
func scaleBetweenness(b []float64, sources []int32) []float64 {
	n := len(b)
	if n > 2 {
		scale := 1 / (float64(n-1) * float64(n-2))
		if sources == nil {
			for i := range b {
				b[i] *= scale
			}
			return b
		}
		k := len(sources)
		source := make([]bool, n)
		for _, s := range sources {
			source[s] = true
		}
		for i := range b {
			if source[i] {
				b[i] *= 1 / (float64(k-1) * float64(n-2))
			} else {
				b[i] *= 1 / (float64(k) * float64(n-2))
			}
		}
	}
	return b
}

// PathMeasures computes the shortest-path measures among measures (MeasureBetweenness,
// MeasureCloseness, MeasureHarmonic; any other panics) together, from one Dijkstra search
// from every actor: Brandes' search for betweenness finds the distances that closeness and
// harmonic centrality sum, so the three cost about what one costs. Each is the same, bit for
// bit, as Betweenness, Closeness and Harmonic give it. On GOMAXPROCS goroutines.
func PathMeasures(g *Graph, measures ...Measure) map[Measure][]Score {
	want := map[Measure]bool{}
	for _, m := range measures {
		if !m.ShortestPaths() {
			panic(fmt.Sprintf("graph: PathMeasures of %q, not a shortest-path measure", m))
		}
		want[m] = true
	}
	c := newCSR(g)
	n := c.len()
	closeness, harmonic := make([]float64, n), make([]float64, n)
	b := c.forSources(nil, want[MeasureBetweenness], func(s *search, src int32, partial []float64) {
		s.dijkstra(src)
		if want[MeasureCloseness] {
			closeness[src] = closenessOf(s, n)
		}
		if want[MeasureHarmonic] {
			harmonic[src] = harmonicOf(s, n)
		}
		if want[MeasureBetweenness] {
			s.accumulate(src, partial)
		}
	})
	out := map[Measure][]Score{}
	if want[MeasureBetweenness] {
		out[MeasureBetweenness] = c.scores(g, scaleBetweenness(b, nil))
	}
	if want[MeasureCloseness] {
		out[MeasureCloseness] = c.scores(g, closeness)
	}
	if want[MeasureHarmonic] {
		out[MeasureHarmonic] = c.scores(g, harmonic)
	}
	return out
}

// BetweennessSample estimates Betweenness from k pivots, as NetworkX's
// betweenness_centrality(G, k=k, weight="distance") does from version 3.5 on (U. Brandes and
// C. Pich, Centrality estimation in large networks, Int. J. Bifurcation and Chaos 17(7),
// 2007): the dependencies of k sources drawn at random without replacement, averaged over
// the pivots (over the k-1 others for a pivot itself, whose own search tells nothing of it)
// and normalised as Betweenness, an unbiased estimate between 0 and 1 that costs k/n of the
// exact one, O(k·m·log n). The pivots are drawn from seed with math/rand/v2's PCG, so the
// same graph and seed give the same estimate, whatever GOMAXPROCS is (not NetworkX's pivots:
// its random numbers are Python's). k of n or more is Betweenness itself; k must be at least
// 2, as with one pivot that pivot's own estimate is undefined (NetworkX gives it NaN).
//
// The error: each pivot adds to an actor's estimate a term between 0 and 1 (its dependency
// over n-2), so by Hoeffding's inequality (which sampling without replacement only
// tightens) an actor's estimate is off by ε or more with probability at most
// 2·exp(-2(k-1)ε²). With k = 1,000 the error of an actor is below 0.05 with probability
// over 98% (over 95% for k = 740). Exact betweenness takes about 16 to 55 s per 1e9 steps of
// PathWork; k pivots take k/n of that: 1,000 pivots on a million actors and three million
// ties, a thousandth of the exact measure's days, about 4e9 steps, one to four minutes.
func BetweennessSample(g *Graph, k int, seed uint64) []Score {
	c := newCSR(g)
	n := c.len()
	if k >= n {
		return betweennessFrom(g, c, nil, true)
	}
	if k < 2 {
		panic(fmt.Sprintf("graph: BetweennessSample with %d pivots, fewer than 2", k))
	}
	perm := rand.New(rand.NewPCG(seed, 0x6265747765656e)).Perm(n)
	sources := make([]int32, k)
	for i := range sources {
		sources[i] = int32(perm[i])
	}
	slices.Sort(sources) // an order fixed by the graph and the seed: the same bits for any GOMAXPROCS
	return betweennessFrom(g, c, sources, true)
}

// Closeness returns every actor's closeness centrality in the distance view (a tie of weight
// w is a step of length 1/w), highest first, ties by name, then ID. For an actor u that
// reaches r other actors at total distance D(u), in a graph of n actors,
//
//	C(u) = (r/D(u)) · (r/(n-1))
//
// the improved formula of Wasserman and Faust (Social Network Analysis, 1994) for graphs
// that are not connected; C(u) = 0 if u reaches no one. This is NetworkX's
// closeness_centrality(G, distance="distance", wf_improved=True) with distance = 1/weight.
// Dijkstra's algorithm from every actor, on GOMAXPROCS goroutines: O(n·m·log n) time,
// O(n+m) space per goroutine.
func Closeness(g *Graph) []Score {
	return fromEverySource(g, (*search).dijkstra, closenessOf)
}

// ClosenessUnweighted is Closeness with every tie a step of length 1, NetworkX's
// closeness_centrality(G): a breadth-first search from every actor, on GOMAXPROCS
// goroutines, O(n·m) time.
func ClosenessUnweighted(g *Graph) []Score {
	return fromEverySource(g, (*search).bfsTotal, func(s *search, n int) float64 {
		// closenessOf's arithmetic on bfsTotal's sums: the same bits.
		if s.total == 0 || n < 2 {
			return 0
		}
		r := float64(s.reached - 1)
		return r / s.total * (r / float64(n-1))
	})
}

// closenessOf is the Wasserman–Faust closeness of the source of a finished search.
func closenessOf(s *search, n int) float64 {
	total := 0.0
	for _, v := range s.order {
		total += s.dist[v]
	}
	if total == 0 || n < 2 {
		return 0
	}
	r := float64(len(s.order) - 1)
	return r / total * (r / float64(n-1))
}

// Harmonic returns every actor's harmonic centrality in the distance view (a tie of weight w
// is a step of length 1/w), highest first, ties by name, then ID:
//
//	H(u) = Σ_{v≠u} 1/d(u, v)
//
// where 1/d is 0 for actors u does not reach (M. Marchiori and V. Latora, Harmony in the
// small-world, Physica A 285, 2000). Not normalized: this is NetworkX's
// harmonic_centrality(G, distance="distance") with distance = 1/weight. Dijkstra's
// algorithm from every actor, on GOMAXPROCS goroutines: O(n·m·log n) time, O(n+m) space per
// goroutine.
func Harmonic(g *Graph) []Score {
	return fromEverySource(g, (*search).dijkstra, harmonicOf)
}

// harmonicOf is the harmonic centrality of the source of a finished search.
func harmonicOf(s *search, _ int) float64 {
	h := 0.0
	for _, v := range s.order {
		if d := s.dist[v]; d != 0 { // the source itself
			h += 1 / d
		}
	}
	return h
}

// fromEverySource runs a search (Dijkstra's algorithm in the distance view, or a
// breadth-first search) from every actor, and scores each actor by value of its search (n is
// the number of actors). The searches run in parallel (forEachSource); each value depends on
// its own search alone.
func fromEverySource(g *Graph, run func(s *search, src int32), value func(s *search, n int) float64) []Score {
	c := newCSR(g)
	n := c.len()
	values := make([]float64, n)
	c.forEachSource(false, func(s *search, src int32, _ []float64) {
		run(s, src)
		values[src] = value(s, n)
	})
	return c.scores(g, values)
}

// Power iterations stop when the L1 change of the vector falls below n·powerTol, or after
// powerMaxIter steps. NetworkX's default tolerance is 1e-6; this one is tight enough that
// results agree with NetworkX run to convergence (tol=1e-14) within 1e-9.
const (
	powerTol     = 1e-14
	powerMaxIter = 10000
)

// Eigenvector returns every actor's eigenvector centrality in the strength view (ties
// weighted by their weight), highest first, ties by name, then ID: the entries of the
// principal eigenvector x of the weighted adjacency matrix A,
//
//	λx = Ax, ‖x‖₂ = 1
//
// found as NetworkX's eigenvector_centrality(G, weight="weight") finds it (P. Bonacich,
// Factoring and weighting approaches to status scores and clique identification, J. Math.
// Sociol. 2(1), 1972): power iteration with A+I, whose spectrum is shifted so that the
// iteration also converges on bipartite graphs, from the uniform vector, normalized by the
// Euclidean norm after every step. Each step costs O(n+m).
//
// The iteration stops when the L1 change falls below n·1e-14, much tighter than NetworkX's
// default of n·1e-6. If it has not converged after 10,000 steps, which can happen when the
// two largest eigenvalues are very close (a long path, say), Eigenvector returns the last
// iterate, where NetworkX would raise PowerIterationFailedConvergence. On a graph that is not
// connected, the components other than the dominant one decay towards 0, as in NetworkX. A
// graph with no ties gives every actor 1/√n, as NetworkX does; an empty graph, for which
// NetworkX raises, gives an empty slice.
func Eigenvector(g *Graph) []Score {
	c := newCSR(g)
	n := c.len()
	if n == 0 {
		return []Score{}
	}
	x := make([]float64, n)
	last := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for range powerMaxIter {
		x, last = last, x
		for v := range n {
			sum := last[v]
			for k := c.start[v]; k < c.start[v+1]; k++ {
				sum += float64(c.weight[k] * last[c.adj[k]]) // rounded: no fused multiply-add
			}
			x[v] = sum
		}
		norm := euclidean(x)
		if norm == 0 { // cannot happen by Perron–Frobenius; NetworkX then divides by 1
			norm = 1
		}
		change := 0.0
		for v := range x {
			x[v] /= norm
			change += math.Abs(x[v] - last[v])
		}
		if change < float64(n)*powerTol {
			break
		}
	}
	return c.scores(g, x)
}

// euclidean returns the Euclidean norm of x, scaled so that large entries do not overflow.
func euclidean(x []float64) float64 {
	scale := 0.0
	for _, v := range x {
		scale = max(scale, math.Abs(v))
	}
	if scale == 0 || math.IsInf(scale, 0) {
		return scale
	}
	sum := 0.0
	for _, v := range x {
		r := v / scale
		sum += float64(r * r)
	}
	return scale * math.Sqrt(sum)
}

// PageRank returns every actor's PageRank in the strength view, highest first, ties by name,
// then ID: the stationary distribution of a random walk that, with probability α = 0.85,
// follows a tie with probability proportional to its weight and otherwise jumps to an actor
// chosen uniformly (S. Brin and L. Page, The anatomy of a large-scale hypertextual Web search
// engine, 1998):
//
//	x_v = α·Σ_{u~v} x_u·w_uv/s_u + α·Σ_{u isolated} x_u/n + (1-α)/n
//
// where s_u is u's strength. A walker on an actor with no ties jumps uniformly, as in
// NetworkX's pagerank(G, alpha=0.85, weight="weight") with no personalization. Power
// iteration from the uniform vector, O(n+m) per step, until the L1 change falls below
// n·1e-14; it converges geometrically with rate α, in about 200 steps, and otherwise returns
// the last iterate after 10,000 steps. The values sum to 1. An empty graph gives an empty
// slice.
func PageRank(g *Graph) []Score {
	c := newCSR(g)
	return c.scores(g, c.pageRank(nil))
}

// PageRankPersonalized is PageRank with the jumps going to actors in proportion to
// personalization, a weight for each of some actors' IDs (actors not named get 0), not
// uniformly; a walker on an actor with no ties jumps the same way:
//
//	x_v = α·Σ_{u~v} x_u·w_uv/s_u + α·p_v·Σ_{u isolated} x_u + (1-α)·p_v
//
// where p_v is v's weight divided by the sum of the weights, as in NetworkX's
// pagerank(G, alpha=0.85, personalization=personalization, weight="weight") (T. Haveliwala,
// Topic-sensitive PageRank, WWW 2002). Power iteration from the uniform vector, O(n+m) per
// step, with PageRank's stopping rule. The values sum to 1. An empty graph gives an empty
// slice.
//
// PageRankPersonalized panics if personalization names an actor that is not in g, has a
// negative or non-finite weight, or has no positive weight (NetworkX raises
// ZeroDivisionError).
func PageRankPersonalized(g *Graph, personalization map[string]float64) []Score {
	if len(g.actors) == 0 {
		return []Score{}
	}
	c := newCSR(g)
	rankOf := make([]int32, c.len())
	for r, i := range c.actor {
		rankOf[i] = int32(r)
	}
	p := make([]float64, c.len())
	for _, id := range slices.Sorted(maps.Keys(personalization)) { // summed in a fixed order
		w := personalization[id]
		i, ok := g.index[id]
		switch {
		case !ok:
			panic(fmt.Sprintf("graph: PageRankPersonalized: no actor %q", id))
		case !(w >= 0) || math.IsInf(w, 0):
			panic(fmt.Sprintf("graph: PageRankPersonalized: weight %v for %q", w, id))
		}
		p[rankOf[i]] = w
	}
	total := 0.0
	for _, w := range p {
		total += w
	}
	if total == 0 {
		panic("graph: PageRankPersonalized: no positive weight")
	}
	for v := range p {
		p[v] /= total
	}
	return c.scores(g, c.pageRank(p))
}

// pageRank runs PageRank's power iteration with the jumps going to rank v with probability
// jumpTo[v], or uniformly if jumpTo is nil.
func (c *csr) pageRank(jumpTo []float64) []float64 {
	const alpha = 0.85
	n := c.len()
	if n == 0 {
		return []float64{}
	}
	strength := c.strengths()
	// share[k] is the probability that a walker at adj[k] steps along arc k to its row.
	share := make([]float64, len(c.adj))
	for v := range n {
		for k := c.start[v]; k < c.start[v+1]; k++ {
			share[k] = c.weight[k] / strength[c.adj[k]]
		}
	}
	var dangling []int32
	for v := range int32(n) {
		if c.start[v] == c.start[v+1] {
			dangling = append(dangling, v)
		}
	}

	x := make([]float64, n)
	last := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	jump := (1 - alpha) / float64(n)
	for range powerMaxIter {
		x, last = last, x
		lost := 0.0
		for _, v := range dangling {
			lost += last[v]
		}
		base := float64(alpha*lost)/float64(n) + jump
		change := 0.0
		for v := range n {
			sum := 0.0
			for k := c.start[v]; k < c.start[v+1]; k++ {
				sum += float64(share[k] * last[c.adj[k]]) // rounded: no fused multiply-add
			}
			if jumpTo != nil {
				base = float64(float64(alpha*lost)*jumpTo[v]) + float64((1-alpha)*jumpTo[v])
			}
			x[v] = float64(alpha*sum) + base
			change += math.Abs(x[v] - last[v])
		}
		if change < float64(n)*powerTol {
			break
		}
	}
	return x
}
