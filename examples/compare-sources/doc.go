// Compare-sources compares how two outlets tell the same story: it extracts the actor graph
// of each bundled article (News.Az and the Kyiv Independent, 2025-11-24) and prints the
// actors and ties only one of them has, and how the actors' PageRank ranks shift.
//
//	go run ./examples/compare-sources
//	go run ./examples/compare-sources -measure betweenness a.txt b.txt
package main
