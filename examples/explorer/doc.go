// Explorer writes the actor graph of the bundled articles, or of the articles given, as one
// self-contained HTML page, explorer.html, to open in a browser: the actors and their ties
// with the interactions drawn over them, and the sentences behind each tie. The page needs no
// server and no network.
//
//	go run ./examples/explorer            # writes ./explorer.html
//	go run ./examples/explorer -o out a.txt b.txt
package main
