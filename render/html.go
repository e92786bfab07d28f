package render

import (
	"bufio"
	"bytes"
	"cmp"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// cytoscapeJS is Cytoscape.js, vendored from npm with its licence header (see
// assets/README.md). It is inlined into the page, so the page needs no network.
//
//go:embed assets/cytoscape.min.js
var cytoscapeJS string

// The explorer's node diameters and edge widths, in CSS pixels.
const (
	htmlMinNode = 18.0
	htmlMaxNode = 70.0
	htmlMinEdge = 1.0
	htmlMaxEdge = 8.0
)

// The greys of the explorer's co-mention and affiliation edges, which recede behind the
// interactions (coloured by sign as in DOT: signColor).
const (
	htmlCoMention   = "#B8B8B8"
	htmlAffiliation = "#5B6B8C"
	// htmlInferredAffiliation is the lighter colour of an affiliation the text does not state.
	htmlInferredAffiliation = "#B4BDCF"
)

// htmlLabels is how many actors the explorer labels when it opens: the highest-ranked of
// those shown. The others show their names on hover, when selected or found, and a box on the
// page labels them all.
const htmlLabels = 25

// htmlElement is one node or edge of Cytoscape.js elements JSON: the data that
// graph.WriteCytoscapeJSON writes for it, with the explorer's keys added.
type htmlElement struct {
	Data     map[string]json.RawMessage `json:"data"`
	Position *htmlPosition              `json:"position,omitempty"`
}

type htmlPosition struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// htmlDocument is a document that evidence comes from, as far as the graph knows it.
type htmlDocument struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD, YYYY-MM or YYYY
	Title  string `json:"title,omitempty"`
}

// htmlEvidence is one sentence behind an edge: the indexes of its document in
// htmlPage.Documents and of its text in htmlPage.Texts, and its sentence number in the
// document, as a JSON array [doc, sentence, text]. A sentence that names several pairs of
// actors is written once however many edges it is evidence of.
type htmlEvidence [3]int

// htmlPage is the data block of the page.
type htmlPage struct {
	Title     string         `json:"title"`
	Note      string         `json:"note,omitempty"` // what Top and MinWeight left out
	Legend    []legendKey    `json:"legend"`         // the actors' colours: types or groups
	Arrows    []legendKey    `json:"arrows"`         // the interactions' colours and lines
	Hidden    []string       `json:"hidden"`         // layers whose box starts unticked
	Labels    int            `json:"labels"`         // how many of the top actors are labelled
	Documents []htmlDocument `json:"documents"`      // by ID
	Texts     []string       `json:"texts"`          // the evidence sentences, each once
	Elements  struct {
		Nodes []htmlElement `json:"nodes"`
		Edges []htmlElement `json:"edges"`
	} `json:"elements"`
}

// HTML writes g as one self-contained HTML page, an explorer that needs no network and no
// server: Cytoscape.js (vendored in assets/, MIT licence) is inlined in it, with the graph as
// Cytoscape.js elements JSON, the elements of graph.WriteCytoscapeJSON with more data.
//
// What the page draws, and how, is what DOT draws for the same Config: the actors Top keeps
// and the co-mention ties MinWeight keeps, each actor's area proportional to its Size score
// (graph.Strength if nil), coloured by type or, with Groups, by group, in the same palette
// and with the same legend; Clusters draws each group in a labelled box (Cytoscape.js
// compound nodes); Roles adds a person's shortest role as a second label line; interactions
// are arrows from the actor that acts, coloured by sign (teal cooperation, red conflict, grey
// neutral), dashed when only planned or possible and dotted when only negated. Unlike DOT,
// the page draws one arrow for each kind of interaction between two actors, and holds the
// interaction layer even without Interactions, which only decides whether its box is ticked
// when the page opens. Affiliations are dotted arrows to the actor belonged to. Cytoscape's
// force-directed cose layout places the actors; Layout is ignored.
//
// The page's filters change what is drawn: the minimum weight of co-mention ties (a slider
// over the weights there are), the number of top actors by Size score, a range of dates and
// a choice of outlets (an edge stays if one of its documents is in them; see graph.Document),
// the layers, interaction kinds and modalities; actors whose ties the filters all hide are
// hidden too, unless that box is unticked (an actor whose ties are all in layers not shown,
// or with actors past the top, stays, as DOT draws it). At most 25 actors are labelled: the
// highest-ranked shown whose labels, by an estimate of their size, do not cover one already
// placed; the others show their names on hover. The page's fragment holds the view, to
// bookmark or share: page.html#ukraine selects that actor, and
// page.html#actor=ukraine&minweight=2&top=30&from=2025-11-01&to=2025-11-30&outlet=Reuters&layers=comention,interaction
// also sets the filters (tie=e12 selects an edge by its ID; labels=all; lone=show).
//
// A search box highlights the actors whose name or alias holds the text typed. Clicking an
// actor shows its type, group, affiliation, aliases, roles, mentions, scores (Size, rank,
// degree, PageRank, betweenness) and neighbours; clicking an edge shows its attributes and
// its evidence sentences with their document's source, date and title (when the graph knows
// its documents: graph.FromResult records them) and ID, within the dates and outlets chosen.
// The page holds every evidence sentence once, however many edges it is evidence of.
//
// A page of more than 1,000 actors or 5,000 ties (edges of all layers) would freeze the
// browser for minutes while it lays the graph out: HTML returns an error wrapping
// ErrTooLarge instead, before it computes any measure if the actors are too many. The panel
// shows betweenness only for graphs of up to about 5,000 actors and 20,000 ties
// (graph.PathWork 1.25e8), for which it takes seconds.
// A score that overflowed to +Inf (the strength of an actor whose weights sum past
// math.MaxFloat64) ranks and draws as the largest, and the panel shows it as Infinity: JSON
// has no infinities, so every number in the data is finite.
//
// The elements' IDs are n0, n1, ... (actors in ID order; c0, c1, ... for the groups' boxes),
// each actor's own ID its data "actor": Cytoscape.js keeps plain JavaScript objects keyed by
// element ID, in which an actor ID such as __proto__ or constructor would find
// Object.prototype's property and leave the page blank. The page's own script keys its
// tables with Map for the same reason.
//
// Text from the graph never becomes markup: the data is JSON in which encoding/json writes
// <, > and & as \u003c, \u003e and \u0026, so no name can end its script element, and the
// page's script inserts every text with textContent. The same Config and graph give the same
// bytes.
func (c Config) HTML(w io.Writer, g *graph.Graph) error {
	if c.Top < 0 {
		panic(fmt.Sprintf("render: negative Top %d", c.Top))
	}
	page, err := c.htmlPage(g)
	if err != nil {
		return err
	}
	data, err := json.Marshal(page)
	if err != nil {
		return fmt.Errorf("render: write html: %w", err)
	}
	bw := bufio.NewWriter(w)
	title := c.Title
	if title == "" {
		title = "Actor graph"
	}
	head := strings.Replace(htmlHead, "{{style}}", htmlStyle, 1)
	bw.WriteString(strings.Replace(head, "{{title}}", html.EscapeString(clean(title)), 1))
	bw.WriteString(`<script type="application/json" id="actorgraph-data">`)
	bw.Write(data)
	bw.WriteString("</script>\n<script>\n")
	bw.WriteString(cytoscapeJS)
	bw.WriteString("\n")
	bw.WriteString(htmlScript)
	bw.WriteString("</script>\n</body>\n</html>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("render: write html: %w", err)
	}
	return nil
}

// htmlPage builds the page's data: the elements of graph.WriteCytoscapeJSON, each with the
// keys the explorer draws and shows. What is drawn, and in which colours, comes from plan, as
// for DOT.
func (c Config) htmlPage(g *graph.Graph) (*htmlPage, error) {
	// The actors drawn are known before any measure runs, so that a graph far too large
	// fails at once rather than after minutes of work.
	if n := g.Len(); n > htmlMaxActors && (c.Top == 0 || c.Top > htmlMaxActors) {
		drawn := n
		if c.Top > 0 {
			drawn = min(n, c.Top)
		}
		return nil, htmlTooLarge(fmt.Sprintf("%s actors", count(drawn)))
	}
	c.Layout = "" // the page lays itself out
	d, err := c.plan(g)
	if err != nil {
		return nil, err
	}
	keep := func(id string) bool { _, ok := d.node[id]; return ok }
	ties := g.Ties()
	interactions := g.Interactions()
	affiliations := g.Affiliations()
	drawn := len(d.ties)
	for _, in := range interactions {
		if keep(in.Source) && keep(in.Target) {
			drawn++
		}
	}
	for _, a := range affiliations {
		if keep(a.Actor) && keep(a.Of) {
			drawn++
		}
	}
	if drawn > htmlMaxTies {
		return nil, htmlTooLarge(fmt.Sprintf("%s ties", count(drawn)))
	}

	var buf bytes.Buffer
	if err := graph.WriteCytoscapeJSON(&buf, g); err != nil {
		return nil, fmt.Errorf("render: write html: %w", err)
	}
	var doc htmlPage
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		return nil, fmt.Errorf("render: write html: read cytoscape json: %w", err)
	}
	actors := g.Actors()
	nodes, edges := doc.Elements.Nodes, doc.Elements.Edges
	if len(nodes) != len(actors) || len(edges) != len(ties)+len(interactions)+len(affiliations) {
		return nil, fmt.Errorf("render: write html: cytoscape json has %d nodes and %d edges, want %d and %d",
			len(nodes), len(edges), len(actors), len(ties)+len(interactions)+len(affiliations))
	}

	degree := scoreMap(graph.Degree(g))
	pagerank := scoreMap(graph.PageRank(g))
	var betweenness map[string]float64
	if graph.PathWork(g) <= htmlBetweennessWork {
		betweenness = scoreMap(graph.Betweenness(g))
	}
	maxScore := 0.0
	for _, s := range d.scores {
		maxScore = max(maxScore, s)
	}

	page := &htmlPage{Title: c.Title, Note: d.note, Legend: d.keys(), Arrows: arrowKeys, Hidden: []string{}, Labels: htmlLabels}
	if !c.Interactions {
		page.Hidden = append(page.Hidden, "interaction")
	}
	page.Elements.Nodes = []htmlElement{}
	page.Elements.Edges = []htmlElement{}
	if d.clusters {
		// A compound node for each group, which Cytoscape.js draws as a labelled box around
		// its actors, as Graphviz draws a cluster.
		for k, name := range d.groups {
			n := htmlElement{Data: map[string]json.RawMessage{}}
			color, tint := groupStyle(k)
			setJSON(n.Data, "id", "c"+strconv.Itoa(k))
			setJSON(n.Data, "cluster", true)
			setJSON(n.Data, "label", truncate(name, groupRunes))
			setJSON(n.Data, "color", color)
			setJSON(n.Data, "tint", tint)
			page.Elements.Nodes = append(page.Elements.Nodes, n)
		}
	}
	// Cose starts from these positions rather than random ones, so the page lays out the
	// same way every time it is opened.
	radius := 60 * math.Sqrt(float64(len(actors)))
	index := make(map[string]int, len(actors))
	for i, a := range actors {
		index[a.ID] = i
	}
	for i, a := range actors {
		n := nodes[i]
		j, ok := d.node[a.ID]
		if !ok {
			continue
		}
		if id := string(n.Data["id"]); id != string(mustJSON(a.ID)) {
			return nil, fmt.Errorf("render: write html: node %d is %s, want %q", i, id, a.ID)
		}
		n.Data["actor"] = n.Data["id"]
		setJSON(n.Data, "id", htmlNodeID(i))
		text := label(a)
		if role := d.role(a); role != "" {
			text += "\n" + role
		}
		setJSON(n.Data, "label", text)
		s := d.scores[j]
		size := math.Sqrt(htmlMinNode*htmlMinNode + (htmlMaxNode*htmlMaxNode-htmlMinNode*htmlMinNode)*fraction(s, maxScore))
		color, tint := d.style(j)
		setJSON(n.Data, "size", round(size, 2))
		setJSON(n.Data, "color", color)
		setJSON(n.Data, "tint", tint)
		setJSON(n.Data, "rank", d.ranks[j])
		if d.groups != nil && d.group[j] >= 0 {
			setJSON(n.Data, "group", truncate(d.groups[d.group[j]], groupRunes))
			if d.clusters {
				setJSON(n.Data, "parent", "c"+strconv.Itoa(d.group[j]))
			}
		}
		// Six decimals are more than the panel shows, and keep the bytes the same where
		// floating point differs in its last bits between machines.
		n.Data["score"] = jsonNumber(s, 6)
		n.Data["degree"] = jsonNumber(degree[a.ID], 6)
		n.Data["pagerank"] = jsonNumber(pagerank[a.ID], 6)
		if betweenness != nil {
			n.Data["betweenness"] = jsonNumber(betweenness[a.ID], 6)
		}
		angle := 2 * math.Pi * float64(i) / float64(len(actors))
		n.Position = &htmlPosition{X: round(radius*math.Cos(angle), 1), Y: round(radius*math.Sin(angle), 1)}
		page.Elements.Nodes = append(page.Elements.Nodes, n)
	}

	maxTie, maxInteraction := 0.0, 0.0
	for _, t := range d.ties {
		maxTie = max(maxTie, t.Weight)
	}
	for i, in := range interactions {
		if keep(in.Source) && keep(in.Target) {
			maxInteraction = max(maxInteraction, unquoteFloat(edges[len(ties)+i].Data["weight"]))
		}
	}
	tieIndex := make(map[[2]string]int, len(d.ties))
	for i, t := range d.ties {
		tieIndex[[2]string{t.A, t.B}] = i
	}
	spine := layoutSpine(d.ties)
	type pending struct {
		e        htmlElement
		evidence []extract.Evidence
	}
	var drawnEdges []pending
	for i, e := range edges {
		// The ends from the graph, not from the JSON, in which an ID of invalid UTF-8 is
		// another string.
		var source, target string
		var evidence []extract.Evidence
		switch {
		case i < len(ties):
			t := ties[i]
			j, ok := tieIndex[[2]string{t.A, t.B}]
			if !ok {
				continue // left out by MinWeight (or an end by Top), as plan leaves it out
			}
			if spine[j] {
				setJSON(e.Data, "spine", true)
			}
			source, target, evidence = t.A, t.B, t.Evidence
			setJSON(e.Data, "width", edgeWidth(t.Weight, maxTie))
			setJSON(e.Data, "color", htmlCoMention)
			setJSON(e.Data, "line", "solid")
		case i < len(ties)+len(interactions):
			in := interactions[i-len(ties)]
			source, target, evidence = in.Source, in.Target, in.Evidence
			modalities := make(map[extract.Modality]bool, len(in.Modalities))
			for _, m := range in.Modalities {
				modalities[m] = true
			}
			setJSON(e.Data, "width", edgeWidth(unquoteFloat(e.Data["weight"]), maxInteraction))
			setJSON(e.Data, "color", signColor(in.Polarity))
			setJSON(e.Data, "line", lineStyle(modalities))
		default:
			a := affiliations[i-len(ties)-len(interactions)]
			source, target, evidence = a.Actor, a.Of, a.Evidence
			setJSON(e.Data, "width", htmlMinEdge+0.5)
			setJSON(e.Data, "color", htmlAffiliation)
			setJSON(e.Data, "line", "dotted")
			if a.Kind == graph.Inferred {
				setJSON(e.Data, "color", htmlInferredAffiliation) // a guess, drawn lighter
			}
		}
		if !keep(source) || !keep(target) {
			continue
		}
		setJSON(e.Data, "source", htmlNodeID(index[source]))
		setJSON(e.Data, "target", htmlNodeID(index[target]))
		drawnEdges = append(drawnEdges, pending{e, evidence})
	}

	// The documents that the evidence drawn comes from, by ID, each with what the graph
	// knows of it; evidence and edges name them by their index.
	docIndex := make(map[string]int)
	for _, p := range drawnEdges {
		for _, ev := range p.evidence {
			docIndex[ev.Doc] = 0
		}
	}
	ids := slices.Sorted(maps.Keys(docIndex))
	page.Documents = make([]htmlDocument, len(ids))
	for i, id := range ids {
		docIndex[id] = i
		d, _ := g.Document(id)
		page.Documents[i] = htmlDocument{ID: id, Source: d.Source, Date: d.Date, Title: d.Title}
	}
	texts := make(map[string]int)
	page.Texts = []string{}
	for _, p := range drawnEdges {
		evidence := make([]htmlEvidence, len(p.evidence))
		from := make([]int, len(p.evidence))
		for k, ev := range p.evidence {
			text, ok := texts[ev.Text]
			if !ok {
				text = len(page.Texts)
				texts[ev.Text] = text
				page.Texts = append(page.Texts, ev.Text)
			}
			evidence[k] = htmlEvidence{docIndex[ev.Doc], ev.Sentence, text}
			from[k] = docIndex[ev.Doc]
		}
		slices.Sort(from)
		setJSON(p.e.Data, "evidence", evidence)
		setJSON(p.e.Data, "docs", slices.Compact(from))
		page.Elements.Edges = append(page.Elements.Edges, p.e)
	}
	return page, nil
}

// spineTies is how many of its heaviest co-mention ties each actor keeps in the spine that
// the explorer lays the graph out by.
const spineTies = 3

// layoutSpine returns which ties the explorer's force-directed layout pulls along: all of
// them in a sparse graph, and in a dense one (more ties than spineTies times the actors, so
// more than 2·spineTies ties an actor on average) each actor's spineTies heaviest ties
// (ties broken by the other actor's ID). In a graph where nearly every actor is tied to
// every other, as in a corpus of thousands of articles about the same story, all ties pull
// every actor to the middle and the drawing is a heap; the heaviest ties keep who is close
// to whom. The other ties are drawn all the same.
func layoutSpine(ties []graph.Tie) []bool {
	spine := make([]bool, len(ties))
	actors := make(map[string][]int)
	for i, t := range ties {
		actors[t.A] = append(actors[t.A], i)
		actors[t.B] = append(actors[t.B], i)
	}
	if len(ties) <= spineTies*len(actors) {
		for i := range spine {
			spine[i] = true
		}
		return spine
	}
	other := func(id string, i int) string {
		if ties[i].A == id {
			return ties[i].B
		}
		return ties[i].A
	}
	for id, is := range actors {
		slices.SortFunc(is, func(x, y int) int {
			return cmp.Or(cmp.Compare(ties[y].Weight, ties[x].Weight), cmp.Compare(other(id, x), other(id, y)))
		})
		for _, i := range is[:min(len(is), spineTies)] {
			spine[i] = true
		}
	}
	return spine
}

// The most actors and ties (edges of all three layers, after Top and MinWeight) that HTML
// draws. Cytoscape.js's cose layout, which the page runs when it opens, compares every pair
// of actors in each of its up to 1,500 iterations, and the browser's tab is frozen while it
// runs: opening pages of random graphs (internal/randgraph, two ties an actor) in headless
// Chromium took 17 s for 250 actors, 30 s for 500, 84 s for 1,000 and 272 s for 2,000, on a
// 2-core machine shared with other work (load 11), so some times faster on a machine to
// itself. From 1,000 actors on, each doubling triples the wait, past what a reader waits for.
// Ties cost little in the layout, but all are redrawn at every pan and zoom.
const (
	htmlMaxActors = 1000
	htmlMaxTies   = 5000
)

// htmlBetweennessWork is the largest graph.PathWork for which the page shows each actor's
// betweenness: about 2 s of work (5,000 actors and 20,000 ties, see graph.PathWork). Top may
// draw a few actors of a graph far larger, whose betweenness would take hours; the panel then
// leaves it out.
const htmlBetweennessWork = 1.25e8

// htmlTooLarge returns the error, wrapping ErrTooLarge, for a page of too many actors or
// ties (what).
func htmlTooLarge(what string) error {
	return fmt.Errorf("render: html: %s to draw, over the explorer's limit of %s actors and %s ties "+
		"(a browser would take minutes to lay them out): %w; draw fewer with Config.Top or Config.MinWeight",
		what, count(htmlMaxActors), count(htmlMaxTies), ErrTooLarge)
}

// htmlNodeID returns the Cytoscape.js element ID of the i-th actor, in ID order. Cytoscape.js
// keeps elements and layout state in plain JavaScript objects keyed by element ID, so an
// actor ID such as "constructor", "__proto__" or "toString" would find Object.prototype's
// property there: its cose layout throws "p.source is not a function" and the page stays
// blank. Element IDs n0, n1, ... cannot collide; the actor's own ID is its data "actor".
func htmlNodeID(i int) string { return "n" + strconv.Itoa(i) }

// edgeWidth returns the width of an edge of weight w when the heaviest drawn weighs maxW.
func edgeWidth(w, maxW float64) float64 {
	return round(htmlMinEdge+(htmlMaxEdge-htmlMinEdge)*fraction(w, maxW), 2)
}

// fraction returns x/top clamped to [0, 1], for sizes that grow with a score or weight. It
// cannot overflow, as x*k/top can for scores near math.MaxFloat64, and a score that
// overflowed in its sum (+Inf) is the largest there is: it gives 1, and every finite score 0
// beside it. NaN and scores that are not positive give 0.
func fraction(x, top float64) float64 {
	switch {
	case !(x > 0) || !(top > 0):
		return 0
	case math.IsInf(x, 1):
		return 1
	}
	return min(x/top, 1)
}

func scoreMap(scores []graph.Score) map[string]float64 {
	m := make(map[string]float64, len(scores))
	for _, s := range scores {
		m[s.Actor.ID] = s.Value
	}
	return m
}

// round rounds x to prec decimals. Where x has no digits after the point to round away (x
// times 10^prec beyond 2^53), it returns x itself, which x*10^prec would overflow to +Inf
// for x near math.MaxFloat64.
func round(x float64, prec int) float64 {
	p := math.Pow(10, float64(prec))
	if math.Abs(x)*p >= 1<<53 || math.IsNaN(x) {
		return x
	}
	return math.Round(x*p) / p
}

// jsonNumber returns x rounded to prec decimals as JSON. JSON has no NaN or infinities, so
// those become the strings that JavaScript's String gives them, which the page shows as they
// are: a sum that overflowed reads "Infinity" rather than a number it is not.
func jsonNumber(x float64, prec int) json.RawMessage {
	switch {
	case math.IsNaN(x):
		return json.RawMessage(`"NaN"`)
	case math.IsInf(x, 1):
		return json.RawMessage(`"Infinity"`)
	case math.IsInf(x, -1):
		return json.RawMessage(`"-Infinity"`)
	}
	return mustJSON(round(x, prec))
}

func setJSON(m map[string]json.RawMessage, key string, v any) { m[key] = mustJSON(v) }

// mustJSON encodes strings, finite numbers and the types above, which cannot fail: every
// number in the page is finite, by jsonNumber, fraction and round.
func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("render: " + err.Error())
	}
	return b
}

func unquoteString(b json.RawMessage) string {
	var s string
	json.Unmarshal(b, &s)
	return s
}

func unquoteFloat(b json.RawMessage) float64 {
	var f float64
	json.Unmarshal(b, &f)
	return f
}

// htmlHead opens the page, up to the data block. {{style}} is replaced by htmlStyle
// (assets/explorer.css) and {{title}} by the escaped title.
const htmlHead = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{{title}}</title>
<style>
{{style}}</style>
</head>
<body>
<header><h1 id="title"></h1><input id="search" type="search" placeholder="Find an actor by name" autocomplete="off"><span id="count" class="hint"></span><span id="shown" class="hint"></span></header>
<aside id="filters"></aside>
<main id="cy"></main>
<aside id="panel"><p class="hint">Click an actor or a tie to see its details and evidence.</p></aside>
`

// htmlScript is the explorer's own code (assets/explorer.js), run after Cytoscape.js. It
// reads the data block and writes text into the page only through textContent.
//
//go:embed assets/explorer.js
var htmlScript string

// htmlStyle is the explorer's style sheet.
//
//go:embed assets/explorer.css
var htmlStyle string

// HTMLFrame returns the explorer page of g (see HTML) inside an iframe element, its srcdoc,
// for a notebook or another page: the page's style sheet and script stay inside the frame,
// so they cannot restyle the notebook around it, and sandbox="allow-scripts" lets the
// explorer run while keeping it from the notebook's own page. height is the frame's height
// in CSS pixels, 100 at least; its width is the cell's.
func (c Config) HTMLFrame(g *graph.Graph, height int) (string, error) {
	var page strings.Builder
	if err := c.HTML(&page, g); err != nil {
		return "", err
	}
	return fmt.Sprintf(`<iframe srcdoc="%s" sandbox="allow-scripts" style="width: 100%%; height: %dpx; border: 1px solid #ddd;" title="%s"></iframe>`,
		html.EscapeString(page.String()), max(height, 100), html.EscapeString(clean(c.Title))), nil
}

// SVGImage returns svg as an img element whose source is the image itself (a data: URL): a
// notebook shows it as a picture, also when it is not trusted and its HTML and SVG outputs
// are sanitised, and nothing in the image can reach the notebook's page.
func SVGImage(svg []byte, alt string) string {
	return fmt.Sprintf(`<img src="data:image/svg+xml;base64,%s" alt="%s" style="max-width: 100%%;">`,
		base64.StdEncoding.EncodeToString(svg), html.EscapeString(clean(alt)))
}
