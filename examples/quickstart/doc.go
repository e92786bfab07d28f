// Quickstart reads the bundled sample articles, prints the ten most central actors under
// PageRank and betweenness, and draws the actor graph as SVG.
//
//	go run ./examples/quickstart            # writes actors.svg in the current directory
//	go run ./examples/quickstart -o out     # writes out/actors.svg
//
// It is the shortest complete use of the library: corpus.Documents, extract.Pipeline,
// graph.FromResult, graph.PageRank and graph.Betweenness, render.Config.SVG.
package main
