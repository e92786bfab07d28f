package graph

import (
	"fmt"
	"math"
)

// Katz returns every actor's Katz centrality in the strength view (ties weighted by their
// weight), highest first, ties by name, then ID: the solution x of
//
//	x_v = α·Σ_{u~v} w_uv·x_u + β,  then scaled so that ‖x‖₂ = 1
//
// that is, x = β·Σ_{k≥0} αᵏ·Aᵏ·1 for the weighted adjacency matrix A, which counts the walks
// that end at v, a walk of length k discounted by αᵏ (L. Katz, A new status index derived from
// sociometric analysis, Psychometrika 18(1), 1953). This is NetworkX's
// katz_centrality(G, alpha, beta, weight="weight", normalized=True), whose defaults are
// α = 0.1 and β = 1. Power iteration from the zero vector, as NetworkX iterates, O(n+m) per
// step, until the L1 change falls below n·1e-14 (relative to the largest entry once that
// exceeds 1).
//
// The series converges only if α < 1/λ, where λ is the largest eigenvalue of A: with weights
// that count co-mentions λ is often above 10, and then NetworkX's default α = 0.1 diverges
// (λ is 21.7 for the weighted karate club). Katz then returns an error, where NetworkX
// raises PowerIterationFailedConvergence; it does so too if the iteration has not converged
// after 10,000 steps, as happens when α is just below 1/λ. A graph with no ties gives every
// actor 1/√n; an empty graph gives an empty slice. Katz panics if α is negative or either
// parameter is not finite.
func Katz(g *Graph, alpha, beta float64) ([]Score, error) {
	if !(alpha >= 0) || math.IsInf(alpha, 0) || math.IsNaN(beta) || math.IsInf(beta, 0) {
		panic(fmt.Sprintf("graph: Katz(alpha=%v, beta=%v): alpha must be finite and non-negative, beta finite", alpha, beta))
	}
	c := newCSR(g)
	n := c.len()
	if n == 0 {
		return []Score{}, nil
	}
	x := make([]float64, n)
	last := make([]float64, n)
	for range powerMaxIter {
		x, last = last, x
		change, largest := 0.0, 0.0
		for v := range n {
			sum := 0.0
			for k := c.start[v]; k < c.start[v+1]; k++ {
				sum += float64(c.weight[k] * last[c.adj[k]]) // rounded: no fused multiply-add
			}
			x[v] = float64(alpha*sum) + beta
			change += math.Abs(x[v] - last[v])
			largest = max(largest, math.Abs(x[v]))
		}
		if math.IsInf(change, 0) || math.IsNaN(change) {
			break // diverged
		}
		if change < float64(n)*powerTol*max(1, largest) {
			if norm := euclidean(x); norm != 0 { // NetworkX leaves the zero vector (β = 0) alone
				for v := range x {
					x[v] /= norm
				}
			}
			return c.scores(g, x), nil
		}
	}
	return nil, fmt.Errorf("graph: katz centrality with alpha %v does not converge in %d steps (alpha must be below 1/λ for the largest eigenvalue λ of the weighted adjacency matrix)", alpha, powerMaxIter)
}
