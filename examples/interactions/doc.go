// Interactions prints who did what to whom: one line per directed interaction the articles
// report (the source, the kind of action, the target, its sign, how it is reported, how often,
// and the first sentence that says so), for the bundled articles or the articles given. The
// sign comes from the summed Goldstein weights: cooperation above zero, conflict below,
// neutral at zero.
//
// With -o DIR it also writes the interactions, with every actor ID and the full first
// evidence sentence, to DIR/interactions.csv; without -o it writes no file.
//
//	go run ./examples/interactions
//	go run ./examples/interactions -o out a.txt b.txt   # also writes out/interactions.csv
package main
