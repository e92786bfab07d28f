// Command actorgraph is the command-line front end of the actorgraph library: it extracts
// actors and their ties from news articles, ranks them, draws the graph, and exports it for
// other tools. It is thin: flags in, library calls, output out. Its output shapes are fixed
// by the project's CONTRACT.md, so that scripts and scorers can rely on them.
//
// Usage:
//
//	actorgraph extract [-format json] [-skip-bad] FILE...
//	actorgraph rank    [-format json|table] [-in graph.json | FILE...]
//	actorgraph render  [-layout dot|neato|fdp|sfdp|circo|twopi] [-format svg|png|dot] -o OUT [-in graph.json | FILE...]
//	actorgraph export  -format nodelink|graphml|gexf|cyjs|csv -o OUT [-in graph.json | FILE...]
//
// extract prints one JSON object for all files: documents, actors with their aliases, roles,
// affiliation and mentions (byte spans into the files as read), co-mentions and interactions.
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
// # Bad input
//
// An unreadable, empty, binary or invalid UTF-8 file stops the run with a message that names
// it; with -skip-bad it is reported as a warning and skipped, and the other files are used.
//
// # Exit codes
//
//	0  success
//	1  bad input, or the output could not be written
//	2  bad usage: unknown command or flag, missing argument
package main
