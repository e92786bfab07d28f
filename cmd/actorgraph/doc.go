// Command actorgraph is the command-line front end of the actorgraph library: it extracts
// actors and their ties from news articles, ranks them, draws the graph, and exports it for
// other tools. It is thin: flags in, library calls, output out. Its output shapes are fixed
// by docs/CONTRACT.md, so that scripts and scorers can rely on them.
//
// Usage:
//
//	actorgraph extract [-format json] [-skip-bad] [-knowledge FILE] [-o OUT] FILE...
//	actorgraph rank    [-format json|table|csv] [-measures m1,m2] [-force] [-in graph.json | FILE...]
//	actorgraph render  [-layout dot|neato|fdp|sfdp|circo|twopi] [-format svg|png|dot|html] -o OUT [-in graph.json | FILE...]
//	actorgraph export  -format nodelink|graphml|gexf|cyjs|csv -o OUT [-in graph.json | FILE...]
//	actorgraph parse   [-format conllu|json] [-o OUT] [FILE... | -eval GOLD.conllu]
//
// extract prints one JSON object for all files: documents, actors with their aliases, roles,
// affiliation and mentions (byte spans into the files as read; "reference": true on a pronoun
// or description such as "she" or "the president"), co-mentions and interactions.
// rank prints every centrality measure of the actor graph, with NetworkX's conventions, as
// JSON or an aligned table. render draws the graph as SVG, PNG or DOT. export writes it for
// other tools: NetworkX node-link JSON, GraphML (NetworkX, Gephi, Cytoscape), GEXF 1.2 (Gephi),
// Cytoscape.js JSON, or the actors.csv and relations.csv of neo4j-admin import into the
// directory OUT; every format but node-link carries the interaction and affiliation layers
// as edges with a layer attribute. Without FILE or -in, rank, render and export use the
// bundled sample articles; -in reads a NetworkX node-link JSON graph.
// -knowledge FILE extends the built-in knowledge with actors of your own, one JSON object a
// line, in the format of extract/data/README.md; an entry with only an id and lists extends a
// known actor ({"id": "volodymyr-zelensky", "aliases": ["Ze"]}).
//
// parse tags and parses every sentence with package syntax (a tagger and dependency parser
// trained on UD English EWT) and writes CoNLL-U or JSON; parse -eval GOLD.conllu parses the
// gold words of a treebank and prints per-relation precision and recall and a last line
// "upos=… xpos=… uas=… las=… tokens=… sentences=…".
//
// Every command takes -h (or --help), which prints its usage with example command lines on
// standard output and exits 0.
//
// # Inputs
//
// A FILE argument of extract, rank, render, export and parse is one of:
//
//   - a plain-text article (an optional header block of title:, source:, url:, date: and
//     other key: value lines, a blank line, then the text; the title is read as the text's
//     first paragraph), read as it is whatever its name;
//   - a directory, walked recursively: its *.txt, *.md, *.jsonl and *.csv files are read in
//     order of their paths, and hidden files and directories (names starting with ".") are
//     skipped;
//   - a JSON Lines file (*.jsonl): one article a line, an object with "text" (required) and
//     optionally "title", "source", "url" and "date". Line N of feed.jsonl becomes the
//     document "feed.jsonl:N" with ID "feed-N"; it is read as the header block of its fields
//     followed by the text, and mention spans are byte offsets into that text. Blank lines
//     are ignored;
//   - a CSV file (*.csv): one article a row under a header row that names the fields, never
//     read as prose; -field names fields that have other names (-field text=story);
//   - "-", standard input, read as JSON Lines if its first non-blank byte is '{' and as one
//     plain-text article named "stdin" otherwise, or as -stdin-format says (text, jsonl or
//     csv: a pipe has no name to tell CSV by). It may be given once.
//
// The command reads through the library's reader, extract.Reader, as ReadFiles and the
// examples do.
//
// In a directory, a symbolic link to an article file is read as the file; a link to a
// directory, and a FIFO, socket or device named like an article, are skipped with a warning
// that names them, never opened. A FIFO or device named on the command line is read (so that
// "actorgraph extract <(zcat a.txt.gz)" works), with a notice on standard error when nothing
// has arrived after a second.
//
// # Limits
//
// Every input is read through a limit and refused, with a message naming it, when it is
// larger: an article 64 MiB (extract.MaxDocumentSize), a JSON Lines line 128 MiB, an -in
// graph 256 MiB, a -knowledge file 64 MiB. A regular file is refused from its size before it
// is read; a pipe or device is read up to the limit, so "actorgraph extract /dev/zero" ends
// with an error in bounded memory.
//
// rank refuses betweenness, closeness and harmonic on a graph too large for them to finish
// within minutes (they cost O(n·(n+m))), saying which measures are cheap; -force computes them
// anyway. On a terminal it shows which measure is running.
//
// # Outputs
//
// A file named by -o is replaced whole: the output is written to a temporary file in the same
// directory, synced and renamed over the target, so a full disk, a failed run or a kill
// leaves the old file as it was; export -format csv replaces its two files together (see
// internal/atomicfile). CSV text cells that a spreadsheet would run as a formula (starting
// with =, +, -, @, a tab or a carriage return, or with ' itself so that the rule can be
// undone) are written with a leading ' (OWASP's advice).
//
// # Progress
//
// When standard error is a terminal, reading many files shows a line "reading 123/1000
// files", then "extracting 123/1000 articles", rank "rank: computing betweenness (2/7)" and
// render "render: laying out 86 actors with neato (12s elapsed)", each redrawn at most every
// 100 ms and erased when its work ends; a quick run shows nothing. When standard error is a
// file or a pipe nothing is printed, so logs and scripts see only the output and the
// warnings.
//
// # Bad input
//
// An unreadable, empty, binary or invalid UTF-8 file, or a JSON Lines line or CSV row that
// is no article with a text, is reported with a message that names it (FILE, or FILE:LINE);
// when all inputs are read, the run stops if there was any. With -skip-bad each is
// reported as a warning and skipped, and the other documents are used.
//
// # Exit codes
//
//	0  success
//	1  bad input, or the output could not be written
//	2  bad usage: unknown command or flag, missing argument
package main
