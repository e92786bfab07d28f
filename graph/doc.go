// Package graph is the actor graph: who appears with whom in the news, and how strongly,
// with the centrality measures that rank actors by their place in it.
//
// A Graph holds Actors (people, countries, organizations, ...) and undirected Ties between
// them. Build one from an extraction result with FromResult, by hand with AddActor and
// AddTie, or by combining graphs with Merge; read and write NetworkX node-link JSON with
// ReadNodeLink and WriteNodeLink. Graph keeps its ties in flat arrays, and the measures
// read a compressed snapshot of them (sparse rows in actor-ID order) that the first measure
// after a change makes and the others share; Gonum gives a read-only view of the same rows
// for gonum's own algorithms.
//
// # Layers
//
// Beside the co-mention ties, a Graph keeps two layers that no measure reads: the
// affiliation layer (who works for or belongs to whom: Affiliations) and the interaction
// layer (who did what to whom, directed and signed: Interactions, aggregated per source,
// target and kind, filtered by modality). Cooperation and Conflict turn the interaction layer
// into graphs of their own with positive weights, and Explain returns every sentence that
// links two actors.
//
// # Structure, communities, comparison, time
//
// Components, Brokers (articulation points and bridges), CoreNumbers, Ego and StrongestPath
// describe the co-mention layer's structure; Louvain divides it into communities, seeded by a
// rand.Source; Compare sets two graphs side by side (two outlets on one story); FromDocuments
// and Timeline slice a result by document (date, source); Filter keeps actors by type, ties
// by weight, or the top actors; Jaccard reweights ties by association.
//
// # Formats
//
// ReadNodeLink and WriteNodeLink read and write NetworkX node-link JSON; WriteGraphML,
// WriteGEXF, WriteCytoscapeJSON and WriteNeo4jCSV write the graph, with its layers, for
// NetworkX, Gephi, Cytoscape and Neo4j. An Export writes one layer only, so that other tools
// read it as this package does: the co-mention layer undirected, with the weights the
// measures use; the interaction and affiliation layers as directed graphs. GEXF of a graph
// with dated documents (Documents) is dynamic, for Gephi's timeline. Every writer gives the
// same bytes for the same graph.
//
// # Hostile input
//
// ReadNodeLink, FromResult, Merge and the writers do not panic on data. ReadNodeLink refuses
// a weight, or a sum of repeated edges, that is not positive and finite; FromResult skips
// actors with an empty ID and co-mentions whose weight is not, and a tie whose weights sum
// past the largest float64 (in FromResult, Merge or the interaction layers) weighs
// math.MaxFloat64. Interactions clamps Goldstein sums to ±math.MaxFloat64 and AddInteraction
// skips non-finite Goldstein weights, so no writer meets +Inf or NaN. GraphML and GEXF are
// well-formed XML whatever the IDs: node ids percent-encode the characters XML cannot hold,
// so they stay distinct. CSV text cells are escaped against formula injection (CSVText).
// WriteNeo4jCSV replaces its two files together, through temporary files and renames.
// The shortest-path measures take O(n·m·log n): PathWork estimates their cost from the
// counts, so that a caller can refuse a graph too large for them before starting.
//
// # Strength and distance
//
// A tie's weight is a strength: how often, or how strongly, two actors are linked; bigger is
// closer. Weights are positive and finite; signed relations such as conflict belong in a
// layer of their own, never here. The measures read weights in one of two views, and each
// one's documentation says which:
//
//   - the strength view uses the weights as they are: Strength, Eigenvector, PageRank;
//   - the distance view makes a tie of weight w a step of length 1/w, so that strong ties
//     are short: Betweenness, Closeness, Harmonic.
//
// Degree and BetweennessUnweighted ignore weights.
//
// # Measures
//
// Every measure returns a Score for every actor, highest first, ties by name, then ID. The
// conventions are NetworkX's (3.x), so that results can be checked against it; the tests
// compare them with values NetworkX computed on the same graphs (testdata/make_fixtures.py),
// within 1e-9:
//
//	Degree                 degree_centrality(G)
//	Strength               G.degree(weight="weight")
//	Betweenness            betweenness_centrality(G, weight="distance")
//	BetweennessUnweighted  betweenness_centrality(G)
//	Closeness              closeness_centrality(G, distance="distance")
//	Harmonic               harmonic_centrality(G, distance="distance")
//	Eigenvector            eigenvector_centrality(G, weight="weight")
//	PageRank               pagerank(G, alpha=0.85, weight="weight")
//	PageRankPersonalized   pagerank(G, alpha=0.85, personalization=p, weight="weight")
//	Katz                   katz_centrality(G, alpha, beta, weight="weight"), an error where
//	                       the series diverges (alpha at or above 1/largest eigenvalue)
//
// where every edge's "distance" is 1/weight. Betweenness, closeness and harmonic centrality
// solve a shortest-path problem from every actor, in O(n·m·log n) time for n actors and m
// ties, the sources spread over all cores (2.4 s for 5,000 actors and 20,000 ties on two
// cores); the other measures take O(n+m), or that per step of a power iteration. The
// parallel results are reduced in a fixed order: the same bits whatever GOMAXPROCS is. Measure names the measures of the actorgraph command's
// output, in its order (Measures), and computes them by name (Measure.Compute).
//
// # Determinism
//
// The same graph gives the same results, bit for bit, however it was built. Actors are
// reported sorted by ID, and the measures work on a snapshot that numbers actors by sorted ID
// and lists each one's ties in that order, so that sums run in an order that does not depend
// on the order of AddActor and AddTie calls. Products that feed sums are rounded explicitly,
// so that no platform fuses them into multiply-add instructions and every architecture gives
// the same bits. WriteNodeLink writes the same bytes for the same graph.
//
// One thing does depend on the order of calls: a tie built by several AddTie calls (or by
// Merge) weighs the floating-point sum of their weights, in call order, and floating-point
// addition is not associative, so 0.1+0.2+0.3 and 0.3+0.2+0.1 may differ in the last bit.
//
// # Concurrency
//
// A Graph is not safe for concurrent mutation: AddActor and AddTie must not run at the same
// time as any other method of the same Graph. Methods that only read (Len, Actors, Actor,
// Ties, Tie, Neighbors, Gonum, ActorOf, NodeOf, Affiliations, Interactions, Explain) and
// functions that take a Graph without changing it (the measures, Merge, the writers, the
// structure functions) may run from several goroutines at once.
package graph
