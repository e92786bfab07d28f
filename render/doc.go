// Package render draws actor graphs: as DOT text, which it writes itself, and as SVG and PNG
// images laid out by Graphviz.
//
// A Config says what to draw and how; its zero value works, as go/printer's does:
//
//	render.Config{}.DOT(w, g)
//	render.Config{Layout: render.Neato, Top: 30, Title: "Week 47"}.SVG(ctx, w, g)
//
// Each actor is a circle whose area is proportional to its score under Config.Size (strength
// by default), between a minimum and a maximum size. It is filled with a tint of the colour of
// its type, and outlined in that colour, from the Okabe–Ito palette, which stays
// distinguishable under colour-vision deficiencies: person, country, organization, media,
// group, location, and grey for any other type. The actor's name, cut to 60 characters, is
// drawn on the circle, and the layouts keep names from overlapping. A tie is a line from 0.6 points wide, growing
// linearly with its weight up to 6 points for the heaviest tie drawn; in graphs of up to 50
// actors, neato, fdp and sfdp route ties around the actors they do not join. Up to 100 actors,
// neato and fdp remove overlaps with Voronoi diagrams, which keeps the drawing tight; above
// that, and always with sfdp, they spread the layout until nothing overlaps, which is much
// faster. For graphs of hundreds of actors use SFDP: 400 actors take 0.15 s, 3,000 take 3 s,
// where neato takes 10 s for 1,000. Above the graph,
// a legend keys the colours of the types present, under Config.Title if set. Hovering over an
// actor in an SVG viewer shows its name, type, affiliation, roles, aliases and mention count;
// hovering over a tie shows the two names, the weight, the count and up to three sentences
// of evidence, each cut to 200 characters.
//
// Config.Groups colours actors by group instead of type: by community (CommunityGroups over
// graph.Louvain) or by the country or organization they belong to (AffiliationGroups), and
// Config.Clusters draws each group in a labelled box. Hovering over an actor also shows its
// group and its Size score.
//
// HTML writes one self-contained interactive page, the explorer, that needs no network:
// Cytoscape.js (MIT, vendored under assets/) is inlined with the graph's data. It draws what
// DOT draws for the same Config (the same selection, palette, groups, boxes, role lines and
// interaction colours: both are built from one plan of the drawing), and adds a search box,
// filters (minimum tie weight, top actors, dates, outlets, layers, interaction kinds and
// modalities), labels for the top actors only, and a side panel: click an actor to see its
// aliases, roles, scores and neighbours, click a tie to read its evidence sentences with
// their source, date and title.
//
// Charts of the measures (a bar chart of the top actors, ranks over time) are in the
// subpackage render/chart, so that only programs that draw them import gonum.org/v1/plot.
//
// DOT is pure Go. SVG and PNG hand that same DOT to github.com/goccy/go-graphviz, Graphviz
// compiled to WebAssembly and run by wazero, which parses it, lays it out and draws it.
// go-graphviz compiles its 1.5 MB WebAssembly module in its package initialization (caching the
// result under os.TempDir()/go-graphviz), so only programs that import render pay for it; the
// extract and graph packages do not import it.
//
// # Determinism
//
// The same Config and graph give the same DOT, byte for byte: actors are named n0, n1, ... in
// the order of their IDs, ties come in (A, B) order, every number has a fixed precision, and
// no map is iterated over. With the layouts dot, neato, circo and twopi the same DOT gives the
// same SVG, across runs and, WebAssembly floats being the same everywhere, across machines, once
// SVG has removed the comment in which Graphviz names its version; the tests check this. PNGs
// are as reproducible: their text is drawn in the embedded Go font, not a system font.
//
// fdp and sfdp are not: their result moves by a hundredth of a point or so with the state that
// earlier layouts left in go-graphviz's WebAssembly heap, which is shared by the whole process.
// The first drawing of a process is always the same.
//
// # Concurrency
//
// A Config may be used from several goroutines. Every call into go-graphviz goes through one
// process-wide lock over one go-graphviz instance, created on first use and then reused:
// go-graphviz keeps its WebAssembly module in a package variable and crashes when two
// goroutines render at once (go-graphviz issue #117), and each new instance leaves memory
// behind in the module (issue #111). SVG and PNG calls therefore run one at a time; DOT does
// not take the lock. A context that ends makes the call return its error at once, whether it
// waits for the lock or Graphviz is laying out its graph; but a layout that has started runs
// to its end in the background, holding the lock, since WebAssembly cannot be interrupted
// halfway without leaving go-graphviz's shared heap corrupt. The next call waits for it.
// Because a layout cannot be stopped, SVG and PNG refuse graphs too large to lay out in
// seconds with an error wrapping ErrTooLarge. Other packages of the same program that call
// go-graphviz directly bypass the lock; they should not.
//
// render installs a go-graphviz font loader for the font it writes in DOT (Helvetica), and a
// PNG renderer that mends go-graphviz v0.2.10's, which draws neither edges nor outlines.
//
// # Escaping
//
// Names, types, roles, aliases and evidence come from the text of news articles and may hold
// anything, so none of them is written into DOT unescaped, and none names a DOT node: nodes
// are n0, n1, .... First each text is made displayable on one line: invalid UTF-8 and
// characters that XML forbids become U+FFFD, and runs of white space, newlines included,
// become one space. Then it is escaped for each reader on its way through Graphviz. In a
// label, \ becomes \\ (so that \N, \G, \n and Graphviz's other escape sequences show as
// typed), " becomes \", and & becomes &amp; (so that an entity such as &lt; shows as typed).
// A tooltip goes through one more round of unescaping, so a backslash becomes \\\\. The title
// goes into an HTML-like label, where &, <, > and " become entities and \ becomes \\.
// Graphviz's SVG renderer then escapes the text for XML: a node named
// <script>alert(1)</script> shows as that text, written &lt;script&gt;..., never as markup;
// a"b\c shows as a"b\c. Scripts other than Latin (Cyrillic, Arabic, CJK) pass through as
// UTF-8. FuzzDOTLabels checks all this against Graphviz itself; FuzzNodeLinkDOT,
// FuzzNodeLinkHTML and FuzzHostileGraph check DOT and the explorer's data for graphs read
// from fuzzed node-link JSON or built from fuzzed names and weights.
package render
