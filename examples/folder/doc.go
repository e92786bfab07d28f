// Folder analyses a folder of your own articles: it reads every .txt and .md file under the
// folder given, in path order, lists the actors with the highest PageRank and their types and
// the strongest ties between actors, and writes a diagram, actors.svg, and an interactive
// page, explorer.html, to the -o directory.
//
// Files that cannot be read or are not text (binary data, invalid UTF-8, empty) are reported
// on standard error by name and skipped; the rest are analysed. Without a folder it analyses
// the bundled articles and says so on standard error.
//
// Articles are plain text. A header block of "key: value" lines before the first blank line,
// such as "date: 2026-03-02" or "source: The Daily Bugle", is optional.
//
//	go run ./examples/folder ~/articles
//	go run ./examples/folder -top 20 -o out ~/articles
//	go run ./examples/folder                      # the bundled articles
package main
