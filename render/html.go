package render

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
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

// htmlColors are the Okabe–Ito outline and fill colours of typeStyles in dot.go, copied so
// that the explorer and the drawings agree while each file can change on its own.
var htmlColors = []struct{ Type, Color, Tint string }{
	{"person", "#E69F00", "#F0C566"},
	{"country", "#0072B2", "#66AAD1"},
	{"organization", "#009E73", "#66C5AB"},
	{"media", "#CC79A7", "#E0AFCA"},
	{"group", "#D55E00", "#E69E66"},
	{"location", "#56B4E9", "#9AD2F2"},
	{"unknown", "#999999", "#C2C2C2"},
}

// The explorer's node diameters and edge widths, in CSS pixels.
const (
	htmlMinNode = 18.0
	htmlMaxNode = 70.0
	htmlMinEdge = 1.0
	htmlMaxEdge = 8.0
)

// The colours of the explorer's edges: interactions by polarity, co-mentions and affiliations
// in greys that recede behind them.
const (
	htmlCooperation = "#1B9E3E"
	htmlConflict    = "#D62728"
	htmlNeutral     = "#7F7F7F"
	htmlCoMention   = "#B8B8B8"
	htmlAffiliation = "#5B6B8C"
	// htmlInferredAffiliation is the lighter colour of an affiliation the text does not state.
	htmlInferredAffiliation = "#B4BDCF"
)

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

// htmlEvidence is one sentence behind an edge.
type htmlEvidence struct {
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	Source   string `json:"source,omitempty"` // of the document, when the graph knows it
	Date     string `json:"date,omitempty"`
	Title    string `json:"title,omitempty"`
}

// htmlPage is the data block of the page.
type htmlPage struct {
	Title    string `json:"title"`
	Elements struct {
		Nodes []htmlElement `json:"nodes"`
		Edges []htmlElement `json:"edges"`
	} `json:"elements"`
}

// HTML writes g as one self-contained HTML page, an explorer that needs no network and no
// server: Cytoscape.js (vendored in assets/, MIT licence) is inlined in it, with the graph as
// Cytoscape.js elements JSON, the elements of graph.WriteCytoscapeJSON with more data.
//
// The page draws the actors as circles laid out by Cytoscape's force-directed cose layout,
// with area proportional to the Config.Size score (graph.Strength if nil) and the colours of
// the DOT drawing (see the package documentation). Co-mention ties are grey lines whose width
// grows with their weight; interactions are arrows from the actor that acts, green for
// cooperation, red for conflict and grey for neutral kinds, dashed when only planned or
// possible and dotted when only negated; affiliations are dotted arrows to the actor
// belonged to. A search box highlights the actors whose name or alias holds the text typed;
// clicking an actor, or opening the page with its ID as the fragment (page.html#ukraine), shows its type, affiliation, aliases, roles, mentions, scores (Size,
// degree, PageRank, betweenness) and neighbours; clicking an edge shows its attributes and
// every evidence sentence with its document's source, date and title (when the graph knows
// its documents: graph.FromResult records them) and its ID. Checkboxes show and hide layers, interaction
// kinds and modalities. Title, if set, heads the page.
//
// Top and MinWeight apply as in DOT: Top keeps the actors with the highest Size scores and
// the edges among them, MinWeight hides co-mention ties lighter than it. Layout is ignored.
// A page of more than 1,000 actors or 5,000 ties (edges of all layers) would freeze the
// browser for minutes while it lays the graph out: HTML returns an error wrapping
// ErrTooLarge instead, before it computes any measure if the actors are too many. The panel
// shows betweenness only for graphs of up to about 5,000 actors and 20,000 ties
// (graph.PathWork 1.25e8), for which it takes seconds.
// A score that overflowed to +Inf (the strength of an actor whose weights sum past
// math.MaxFloat64) ranks and draws as the largest, and the panel shows it as Infinity: JSON
// has no infinities, so every number in the data is finite.
//
// The elements' IDs are n0, n1, ... (actors in ID order), each actor's own ID its data
// "actor": Cytoscape.js keeps plain JavaScript objects keyed by element ID, in which an actor
// ID such as __proto__ or constructor would find Object.prototype's property and leave the
// page blank. The page's own script keys its tables with Map for the same reason.
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
// keys the explorer draws and shows.
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
	size := c.Size
	if size == nil {
		size = graph.Strength
	}
	scores := size(g)
	keep := keptActors(scores, c.Top)
	ties := g.Ties()
	interactions := g.Interactions()
	affiliations := g.Affiliations()
	drawn := 0
	for _, t := range ties {
		if t.Weight >= c.MinWeight && keep(t.A) && keep(t.B) {
			drawn++
		}
	}
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

	score := scoreMap(scores)
	degree := scoreMap(graph.Degree(g))
	pagerank := scoreMap(graph.PageRank(g))
	var betweenness map[string]float64
	if graph.PathWork(g) <= htmlBetweennessWork {
		betweenness = scoreMap(graph.Betweenness(g))
	}
	maxScore := 0.0
	for _, s := range scores {
		if keep(s.Actor.ID) && s.Value > maxScore { // NaN is never greater
			maxScore = s.Value
		}
	}

	page := &htmlPage{Title: c.Title}
	page.Elements.Nodes = []htmlElement{}
	page.Elements.Edges = []htmlElement{}
	// Cose starts from these positions rather than random ones, so the page lays out the
	// same way every time it is opened.
	radius := 60 * math.Sqrt(float64(len(actors)))
	index := make(map[string]int, len(actors))
	for i, a := range actors {
		index[a.ID] = i
	}
	for i, a := range actors {
		n := nodes[i]
		if !keep(a.ID) {
			continue
		}
		if id := string(n.Data["id"]); id != string(mustJSON(a.ID)) {
			return nil, fmt.Errorf("render: write html: node %d is %s, want %q", i, id, a.ID)
		}
		n.Data["actor"] = n.Data["id"]
		setJSON(n.Data, "id", htmlNodeID(i))
		s := score[a.ID]
		d := math.Sqrt(htmlMinNode*htmlMinNode + (htmlMaxNode*htmlMaxNode-htmlMinNode*htmlMinNode)*fraction(s, maxScore))
		style := htmlColors[len(htmlColors)-1]
		if i := slices.IndexFunc(htmlColors, func(t struct{ Type, Color, Tint string }) bool { return t.Type == a.Type }); i >= 0 {
			style = htmlColors[i]
		}
		setJSON(n.Data, "size", round(d, 2))
		setJSON(n.Data, "color", style.Color)
		setJSON(n.Data, "tint", style.Tint)
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
	for _, t := range ties {
		if t.Weight > maxTie {
			maxTie = t.Weight
		}
	}
	for i := range interactions {
		if w := unquoteFloat(edges[len(ties)+i].Data["weight"]); w > maxInteraction {
			maxInteraction = w
		}
	}
	for i, e := range edges {
		var evidence []htmlEvidence
		switch {
		case i < len(ties):
			t := ties[i]
			if t.Weight < c.MinWeight {
				continue
			}
			evidence = htmlEvidenceOf(g, t.Evidence)
			setJSON(e.Data, "width", edgeWidth(t.Weight, maxTie))
			setJSON(e.Data, "color", htmlCoMention)
			setJSON(e.Data, "line", "solid")
		case i < len(ties)+len(interactions):
			in := interactions[i-len(ties)]
			evidence = htmlEvidenceOf(g, in.Evidence)
			color := htmlNeutral
			switch {
			case in.Polarity > 0:
				color = htmlCooperation
			case in.Polarity < 0:
				color = htmlConflict
			}
			setJSON(e.Data, "width", edgeWidth(unquoteFloat(e.Data["weight"]), maxInteraction))
			setJSON(e.Data, "color", color)
			setJSON(e.Data, "line", modalityLine(in.Modalities))
		default:
			a := affiliations[i-len(ties)-len(interactions)]
			evidence = htmlEvidenceOf(g, a.Evidence)
			setJSON(e.Data, "width", htmlMinEdge+0.5)
			setJSON(e.Data, "color", htmlAffiliation)
			setJSON(e.Data, "line", "dotted")
			if a.Kind == graph.Inferred {
				setJSON(e.Data, "color", htmlInferredAffiliation) // a guess, drawn lighter
			}
		}
		source, target := unquoteString(e.Data["source"]), unquoteString(e.Data["target"])
		if !keep(source) || !keep(target) {
			continue
		}
		setJSON(e.Data, "source", htmlNodeID(index[source]))
		setJSON(e.Data, "target", htmlNodeID(index[target]))
		setJSON(e.Data, "evidence", evidence)
		page.Elements.Edges = append(page.Elements.Edges, e)
	}
	return page, nil
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

// keptActors returns whether an actor is among the top actors by score, all if top is 0.
// The scores are ordered highest first, ties by name, then ID, as Top documents.
func keptActors(scores []graph.Score, top int) func(id string) bool {
	if top == 0 || top >= len(scores) {
		return func(string) bool { return true }
	}
	ranked := slices.Clone(scores)
	slices.SortStableFunc(ranked, func(x, y graph.Score) int {
		if c := compareDesc(sizeScore(x.Value), sizeScore(y.Value)); c != 0 {
			return c
		}
		if c := strings.Compare(x.Actor.Name, y.Actor.Name); c != 0 {
			return c
		}
		return strings.Compare(x.Actor.ID, y.Actor.ID)
	})
	kept := make(map[string]bool, top)
	for _, s := range ranked[:top] {
		kept[s.Actor.ID] = true
	}
	return func(id string) bool { return kept[id] }
}

func compareDesc(x, y float64) int {
	switch {
	case x > y:
		return -1
	case x < y:
		return 1
	}
	return 0
}

// modalityLine returns the line style of an interaction edge: solid if any of its
// interactions is asserted or reported, else dashed if any is planned or possible, else
// (all negated) dotted.
func modalityLine(ms []extract.Modality) string {
	line := "dotted"
	for _, m := range ms {
		switch string(m) {
		case "asserted", "reported":
			return "solid"
		case "planned", "possible":
			line = "dashed"
		}
	}
	return line
}

// htmlEvidenceOf returns the evidence of an edge with the source, date and title of its
// documents, as far as g knows them (graph.Documents).
func htmlEvidenceOf(g *graph.Graph, evs []extract.Evidence) []htmlEvidence {
	out := make([]htmlEvidence, len(evs))
	for i, ev := range evs {
		d, _ := g.Document(ev.Doc)
		out[i] = htmlEvidence{Doc: ev.Doc, Sentence: ev.Sentence, Text: ev.Text, Source: d.Source, Date: d.Date, Title: d.Title}
	}
	return out
}

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
<header><h1 id="title"></h1><input id="search" type="search" placeholder="Find an actor by name" autocomplete="off"><span id="count" class="hint"></span></header>
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
