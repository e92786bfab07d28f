// Charts draws the measures of the actor graph as charts: a bar chart of the actors with the
// highest score under a measure and, when the articles span more than one date, a line chart
// of the ranks of the leading actors over time. It reads the bundled articles or the articles
// given; articles give their date in a "date:" header line.
//
//	go run ./examples/charts                                   # writes top.svg
//	go run ./examples/charts -measure betweenness -format png  # writes top.png
//	go run ./examples/charts -o out week1/*.txt week2/*.txt  # out/top.svg and out/ranks.svg
package main
