// Centrality prints every centrality measure of the actor graph side by side, one row per
// actor, ranked by the first measure, for the bundled articles or the articles given.
//
//	go run ./examples/centrality
//	go run ./examples/centrality -top 5 a.txt b.txt
package main
