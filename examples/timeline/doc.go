// Timeline ranks the actors on each date the articles carry and shows how the ranks move: a
// table with a row per actor and a column per date, and, when there are two dates or more, a
// chart of the same ranks in ranks.svg. Each date is ranked on its own, on the graph of that
// date's articles only (graph.Timeline); articles give their date in a "date:" header line,
// and articles without one are left out.
//
// It reads the bundled articles, which all carry one date and so give a table but no chart, or
// the files given, where a directory stands for the .txt and .md files under it.
//
//	go run ./examples/timeline
//	go run ./examples/timeline -measure betweenness -top 5 -o out week1/ week2/
package main
