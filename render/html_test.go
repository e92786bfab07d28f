package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

const htmlDataOpen = `<script type="application/json" id="actorgraph-data">`

// htmlHostileNames end a script element, open one, or open a comment, which would change how
// a browser parses the rest of a script.
var htmlHostileNames = []string{
	`<script>alert(1)</script>`,
	`</script><b>x`,
	`</SCRIPT ><!--`,
	`<!-- <script>`,
	`]]><img src=x onerror=alert(1)>`,
	"AT&T \u2028 \u2029",
}

// htmlHostileGraph has hostile names, IDs, aliases, roles, kinds and evidence, in all three
// layers.
func htmlHostileGraph() *graph.Graph {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "hub", Name: "Hub", Type: "organization"})
	for i, name := range htmlHostileNames {
		id := name + string(rune('a'+i))
		g.AddActor(graph.Actor{ID: id, Name: name, Type: "person", Affiliation: "hub",
			Aliases: []string{name + " alias"}, Roles: []string{name + " role"}})
		ev := extract.Evidence{Doc: name, Sentence: i, Text: "Hub met " + name + "."}
		g.AddTie("hub", id, float64(i+1), ev)
		g.AddInteraction(extract.Interaction{Source: id, Target: "hub", Kind: name, Goldstein: -2,
			Polarity: -1, Modality: extract.Asserted, Evidence: ev})
		g.AddAffiliation(graph.Affiliation{Actor: id, Of: "hub", Kind: graph.WorksFor, Role: name, Evidence: []extract.Evidence{ev}})
	}
	return g
}

// htmlPrototypes are names of Object.prototype's properties, which a plain JavaScript object
// used as a map finds even when no such key was set.
var htmlPrototypes = []string{"constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"}

// htmlPrototypeGraph has actors whose IDs, types, roles, interaction kinds and modalities
// are Object.prototype's property names, in all three layers, each actor tied to the next.
func htmlPrototypeGraph() *graph.Graph {
	g := graph.New()
	names := map[string]string{"constructor": "Constructor", "__proto__": "Proto"}
	for i, id := range htmlPrototypes {
		name := names[id]
		if name == "" {
			name = strings.ToUpper(id[:1]) + id[1:]
		}
		g.AddActor(graph.Actor{ID: id, Name: name, Type: htmlPrototypes[(i+1)%len(htmlPrototypes)],
			Affiliation: htmlPrototypes[(i+4)%len(htmlPrototypes)], Aliases: []string{id}, Roles: []string{id}})
	}
	for i, id := range htmlPrototypes {
		next := htmlPrototypes[(i+1)%len(htmlPrototypes)]
		ev := extract.Evidence{Doc: id, Sentence: i, Text: id + " met " + next + "."}
		g.AddTie(id, next, float64(i+1), ev)
		g.AddInteraction(extract.Interaction{Source: id, Target: next, Kind: id, Polarity: 1, Goldstein: 1,
			Modality: extract.Modality(htmlPrototypes[(i+2)%len(htmlPrototypes)]), Evidence: ev})
		g.AddAffiliation(graph.Affiliation{Actor: id, Of: htmlPrototypes[(i+4)%len(htmlPrototypes)], Kind: graph.WorksFor, Role: id})
	}
	return g
}

func writeHTML(t *testing.T, c render.Config, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := c.HTML(&buf, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// htmlData returns the data block of a page.
func htmlData(t *testing.T, page []byte) []byte {
	t.Helper()
	_, rest, ok := bytes.Cut(page, []byte(htmlDataOpen))
	if !ok {
		t.Fatal("no data block")
	}
	data, _, ok := bytes.Cut(rest, []byte("</script>"))
	if !ok {
		t.Fatal("data block not closed")
	}
	return data
}

// htmlTestPage is the part of the data block the tests read.
type htmlTestPage struct {
	Title     string
	Note      string
	Hidden    []string
	Legend    []struct{ Color, Tint, Text string }
	Documents []struct{ ID, Source, Date, Title string }
	Texts     []string
	Elements  struct {
		Nodes []struct{ Data htmlTestData }
		Edges []struct{ Data htmlTestData }
	}
}

type htmlTestData struct {
	ID, Actor, Name, Source, Target, Layer, Kind, Color, Line string
	Aliases, Roles                                            []string
	Group, Parent, Label                                      string
	Tint_                                                     string `json:"tint"`
	Cluster                                                   bool
	Size, Width, Weight                                       float64
	Rank                                                      int
	Docs                                                      []int
	Evidence                                                  [][3]int // document, sentence, text
}

// Tint returns the fill colour of a node.
func (d htmlTestData) Tint() string { return d.Tint_ }

func decodeHTML(t *testing.T, page []byte) htmlTestPage {
	t.Helper()
	var p htmlTestPage
	if err := json.Unmarshal(htmlData(t, page), &p); err != nil {
		t.Fatalf("data block: %v", err)
	}
	return p
}

// TestHTMLEvidenceSources checks that evidence names its document, whose source, date and
// title the page lists from the documents the graph records, for the panel to show beside
// the sentence and for the date and outlet filters.
func TestHTMLEvidenceSources(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "a", Name: "Anna Kovac", Type: "person"})
	g.AddActor(graph.Actor{ID: "b", Name: "Marta Lind", Type: "person"})
	g.AddDocument(graph.Document{ID: "d1", Title: "Talks resume", Source: "Meridian Wire", Date: "2025-11-24"})
	g.AddTie("a", "b", 2,
		extract.Evidence{Doc: "unknown", Sentence: 3, Text: "They met again."},
		extract.Evidence{Doc: "d1", Sentence: 0, Text: "Anna Kovac met Marta Lind."},
		extract.Evidence{Doc: "d1", Sentence: 1, Text: "Kovac and Lind spoke."})
	page := writeHTML(t, render.Config{}, g)
	p := decodeHTML(t, page)
	edges := p.Elements.Edges
	if len(edges) != 1 || len(edges[0].Data.Evidence) != 3 {
		t.Fatalf("edges %+v, want one with three pieces of evidence", edges)
	}
	// The documents by ID: d1, then unknown.
	if len(p.Documents) != 2 || p.Documents[0].ID != "d1" || p.Documents[1].ID != "unknown" {
		t.Fatalf("documents %+v, want d1 and unknown", p.Documents)
	}
	if d := p.Documents[0]; d.Source != "Meridian Wire" || d.Date != "2025-11-24" || d.Title != "Talks resume" {
		t.Errorf("document d1: %+v, want its source, date and title", d)
	}
	if d := p.Documents[1]; d.Source != "" || d.Date != "" || d.Title != "" {
		t.Errorf("a document the graph does not know: %+v", d)
	}
	ev := edges[0].Data.Evidence
	if ev[0] != [3]int{1, 3, 0} || ev[1] != [3]int{0, 0, 1} || ev[2] != [3]int{0, 1, 2} {
		t.Errorf("evidence %v, want [1 3 0] [0 0 1] [0 1 2]: documents 1, 0, 0 in the graph's order", ev)
	}
	if want := []string{"They met again.", "Anna Kovac met Marta Lind.", "Kovac and Lind spoke."}; !slices.Equal(p.Texts, want) {
		t.Errorf("texts %q, want %q", p.Texts, want)
	}
	if !slices.Equal(edges[0].Data.Docs, []int{0, 1}) {
		t.Errorf("the edge's documents are %v, want [0 1]", edges[0].Data.Docs)
	}
	// The panel shows them: the script writes the source line.
	if !bytes.Contains(page, []byte(`[doc.source, doc.date, doc.title]`)) {
		t.Error("the explorer's script does not show the evidence's source, date and title")
	}
}

// TestHTMLEvidenceShared checks that a sentence that is evidence of several edges is written
// once, and that every edge keeps all its evidence.
func TestHTMLEvidenceShared(t *testing.T) {
	g := graph.New()
	for _, id := range []string{"a", "b", "c"} {
		g.AddActor(graph.Actor{ID: id, Name: strings.ToUpper(id), Type: "person"})
	}
	for i := range 120 {
		ev := extract.Evidence{Doc: fmt.Sprintf("d%03d", i), Text: fmt.Sprintf("A, B and C met, time %d.", i)}
		g.AddTie("a", "b", 1, ev)
		g.AddTie("b", "c", 1, ev)
		g.AddTie("a", "c", 1, ev)
	}
	p := decodeHTML(t, writeHTML(t, render.Config{}, g))
	if len(p.Texts) != 120 {
		t.Errorf("%d texts, want the 120 sentences once each", len(p.Texts))
	}
	for _, e := range p.Elements.Edges {
		if len(e.Data.Evidence) != 120 || len(e.Data.Docs) != 120 || p.Texts[e.Data.Evidence[119][2]] != "A, B and C met, time 119." {
			t.Errorf("edge %s: %d sentences, %d documents; want all 120", e.Data.ID, len(e.Data.Evidence), len(e.Data.Docs))
		}
	}
}

// TestHTMLAssets checks that the vendored script cannot end or disturb the script element
// it is inlined in: the HTML parser ends the element at "</script" in any case, and "<!--"
// switches it into a state where a later "<script" moves its end. TestHTMLHostile checks the
// whole page, the explorer's own script included.
func TestHTMLAssets(t *testing.T) {
	js, err := os.ReadFile(filepath.Join("assets", "cytoscape.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	lower := strings.ToLower(string(js))
	for _, bad := range []string{"</script", "<!--", "<script"} {
		if strings.Contains(lower, bad) {
			t.Errorf("cytoscape.min.js contains %q", bad)
		}
	}
	// The MIT licence asks that its notice stay with the code.
	if !strings.Contains(string(js[:min(len(js), 2000)]), "Copyright (c) 2016-2026, The Cytoscape Consortium") {
		t.Error("cytoscape.min.js lost its licence header")
	}
	page := writeHTML(t, render.Config{}, graph.New())
	if !bytes.Contains(page, js) {
		t.Error("page does not inline cytoscape.min.js")
	}
}

func TestHTMLHostile(t *testing.T) {
	g := htmlHostileGraph()
	page := string(writeHTML(t, render.Config{Title: `</title><script>alert("title")</script>`}, g))
	lower := strings.ToLower(page)
	// One script element for the data, one for Cytoscape.js and the explorer.
	if got := strings.Count(lower, "<script"); got != 2 {
		t.Errorf("page has %d <script, want 2", got)
	}
	if got := strings.Count(lower, "</script"); got != 2 {
		t.Errorf("page has %d </script, want 2", got)
	}
	if got := strings.Count(lower, "<!--"); got != 0 {
		t.Errorf("page has %d <!--, want 0", got)
	}
	for _, bad := range []string{"<script>alert", "</script><b>", "<b>x", "<img", "</title><script"} {
		if strings.Contains(lower, strings.ToLower(bad)) {
			t.Errorf("page contains raw %q", bad)
		}
	}
	if !strings.Contains(page, `<title>&lt;/title&gt;&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;</title>`) {
		t.Error("title not escaped in <title>")
	}

	p := decodeHTML(t, []byte(page))
	if got, want := len(p.Elements.Nodes), g.Len(); got != want {
		t.Fatalf("got %d nodes, want %d", got, want)
	}
	// hub, then one tie, interaction and affiliation per hostile actor.
	if got, want := len(p.Elements.Edges), 3*len(htmlHostileNames); got != want {
		t.Fatalf("got %d edges, want %d", got, want)
	}
	names := map[string]bool{}
	for _, n := range p.Elements.Nodes {
		names[n.Data.Name] = true
		if n.Data.Name != "Hub" && (n.Data.Aliases[0] != n.Data.Name+" alias" || n.Data.Roles[0] != n.Data.Name+" role") {
			t.Errorf("node %q: aliases %q, roles %q do not round-trip", n.Data.Name, n.Data.Aliases, n.Data.Roles)
		}
	}
	for _, name := range htmlHostileNames {
		if !names[name] {
			t.Errorf("name %q does not round-trip", name)
		}
	}
	for _, e := range p.Elements.Edges {
		if len(e.Data.Evidence) != 1 || !strings.HasPrefix(p.Texts[e.Data.Evidence[0][2]], "Hub met ") {
			t.Errorf("edge %s: evidence %v", e.Data.ID, e.Data.Evidence)
		}
	}
}

func TestHTMLDeterministic(t *testing.T) {
	for name, g := range map[string]func() *graph.Graph{
		"interaction": interactionGraph, "hostile": htmlHostileGraph, "prototype": htmlPrototypeGraph, "empty": graph.New,
	} {
		t.Run(name, func(t *testing.T) {
			c := render.Config{Title: "Week 47"}
			first := writeHTML(t, c, g())
			for range 3 {
				if again := writeHTML(t, c, g()); !bytes.Equal(again, first) {
					t.Fatal("two pages of the same graph differ")
				}
			}
		})
	}
}

func TestHTMLEmpty(t *testing.T) {
	page := writeHTML(t, render.Config{}, graph.New())
	p := decodeHTML(t, page)
	if len(p.Elements.Nodes) != 0 || len(p.Elements.Edges) != 0 {
		t.Errorf("got %d nodes and %d edges, want none", len(p.Elements.Nodes), len(p.Elements.Edges))
	}
	if !bytes.Contains(page, []byte("<title>Actor graph</title>")) {
		t.Error("untitled page lacks the default title")
	}
	if !bytes.Contains(htmlData(t, page), []byte(`"nodes":[]`)) {
		t.Error("empty graph: nodes is not an empty array")
	}
}

// TestHTMLData checks the data block of interactionGraph against a golden file, and the
// drawing attributes the explorer reads.
func TestHTMLData(t *testing.T) {
	g := interactionGraph()
	page := writeHTML(t, render.Config{Title: "Peace talks"}, g)
	var indented bytes.Buffer
	if err := json.Indent(&indented, htmlData(t, page), "", "  "); err != nil {
		t.Fatal(err)
	}
	indented.WriteByte('\n')
	checkGolden(t, "html/interaction.json", indented.Bytes())

	p := decodeHTML(t, page)
	if p.Title != "Peace talks" {
		t.Errorf("title %q, want %q", p.Title, "Peace talks")
	}
	nodes := map[string]htmlTestData{} // by actor ID
	actor := map[string]string{}       // element ID -> actor ID
	for _, n := range p.Elements.Nodes {
		nodes[n.Data.Actor] = n.Data
		actor[n.Data.ID] = n.Data.Actor
	}
	// Zelensky has the greatest strength, 6+4+5+2+3 = 20 (hand count of newsGraph's ties),
	// so the greatest size; Geneva, tied by 2+2, is smaller.
	if z, ge := nodes["volodymyr-zelensky"], nodes["geneva"]; z.Size != 70 || !(ge.Size < z.Size && ge.Size > 18) {
		t.Errorf("sizes: Zelensky %v, Geneva %v; want 70 and between 18 and 70", z.Size, ge.Size)
	}
	// The explorer's colours for cooperation, conflict and neutral interactions.
	// The colours DOT draws interaction arrows in.
	const cooperation, conflict, neutral = "#1A9E8F", "#C0392B", "#7F7F7F"
	type want struct{ color, line string }
	wants := map[[3]string]want{
		{"russia", "ukraine", "attack"}:                {conflict, "solid"},
		{"marco-rubio", "andriy-yermak", "meet"}:       {cooperation, "solid"},
		{"volodymyr-zelensky", "donald-trump", "meet"}: {cooperation, "dashed"},
		{"donald-trump", "vladimir-putin", "meet"}:     {cooperation, "dotted"},
		{"reuters", "nato", "report"}:                  {neutral, "solid"},
	}
	seen := 0
	for _, e := range p.Elements.Edges {
		d := e.Data
		d.Source, d.Target = actor[d.Source], actor[d.Target]
		if d.Layer == graph.LayerCoMention {
			tie, _ := g.Tie(d.Source, d.Target)
			if len(d.Evidence) != len(tie.Evidence) || p.Texts[d.Evidence[0][2]] != tie.Evidence[0].Text {
				t.Errorf("tie %s-%s: evidence %+v, want that of %+v", d.Source, d.Target, d.Evidence, tie.Evidence)
			}
			continue
		}
		if d.Layer != graph.LayerInteraction {
			continue
		}
		w, ok := wants[[3]string{d.Source, d.Target, d.Kind}]
		if !ok {
			t.Errorf("unexpected interaction %s %s %s", d.Source, d.Kind, d.Target)
			continue
		}
		seen++
		if d.Color != w.color || d.Line != w.line {
			t.Errorf("%s %s %s: colour %s, line %s; want %s, %s", d.Source, d.Kind, d.Target, d.Color, d.Line, w.color, w.line)
		}
		if d.Source == "marco-rubio" && len(d.Evidence) != 2 {
			t.Errorf("Rubio meets Yermak: %d evidence sentences, want 2", len(d.Evidence))
		}
	}
	if seen != len(wants) {
		t.Errorf("saw %d interactions, want %d", seen, len(wants))
	}
}

func TestHTMLTopMinWeight(t *testing.T) {
	g := newsGraph()
	p := decodeHTML(t, writeHTML(t, render.Config{Top: 5, MinWeight: 3}, g))
	if got := len(p.Elements.Nodes); got != 5 {
		t.Errorf("got %d nodes, want 5", got)
	}
	kept := map[string]bool{}
	for _, n := range p.Elements.Nodes {
		kept[n.Data.ID] = true
	}
	for _, e := range p.Elements.Edges {
		if !kept[e.Data.Source] || !kept[e.Data.Target] || e.Data.Weight < 3 {
			t.Errorf("edge %s-%s (weight %v) should be hidden", e.Data.Source, e.Data.Target, e.Data.Weight)
		}
	}
	if len(p.Elements.Edges) == 0 {
		t.Error("no edges left")
	}
}

func TestHTMLNegativeTopPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("HTML with Top -1 did not panic")
		}
	}()
	render.Config{Top: -1}.HTML(&bytes.Buffer{}, newsGraph())
}

// TestHTMLFrameAndSVGImage checks the notebook forms: the explorer inside an iframe's
// srcdoc, where its style sheet and script cannot reach the page around it, and an SVG as an
// img element with a data: URL.
func TestHTMLFrameAndSVGImage(t *testing.T) {
	g := htmlHostileGraph()
	frame, err := render.Config{Title: `<b>"T"</b>`}.HTMLFrame(g, 500)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(frame, `<iframe srcdoc="`) || !strings.HasSuffix(frame, "</iframe>") ||
		!strings.Contains(frame, `sandbox="allow-scripts"`) || !strings.Contains(frame, "height: 500px") {
		t.Errorf("frame %.200q", frame)
	}
	// Outside the srcdoc attribute there is no markup of the page: no style, no script.
	for _, bad := range []string{"<style", "<script", "<b>"} {
		if strings.Contains(frame, bad) {
			t.Errorf("the frame holds %q outside its srcdoc", bad)
		}
	}
	// The srcdoc is the page, escaped once.
	page := writeHTML(t, render.Config{Title: `<b>"T"</b>`}, g)
	start := len(`<iframe srcdoc="`)
	if got := html.UnescapeString(frame[start : start+strings.Index(frame[start:], `"`)]); got != string(page) {
		t.Error("the srcdoc is not the explorer page")
	}
	img := render.SVGImage([]byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), `a "b"`)
	if !strings.HasPrefix(img, `<img src="data:image/svg+xml;base64,`) || strings.Contains(img, "<script") || !strings.Contains(img, `alt="a &#34;b&#34;"`) {
		t.Errorf("image %q", img)
	}
}

// dotNodeStyle matches a DOT node's label, outline and fill.
var dotNodeStyle = regexp.MustCompile(`(?m)^\s*n\d+ \[label="((?:[^"\\]|\\.)*)", width="[^"]*", color="([^"]*)", fillcolor="([^"]*)"`)

// dotArrowColor matches an interaction arrow's ends, colour and line.
var dotArrowColor = regexp.MustCompile(`(?m)^\s*n(\d+) -- n(\d+) \[dir="forward", arrowsize="[^"]*", color="([^"]*)", style="([^"]*)"`)

// TestHTMLAgreesWithDOT draws the same graph with the same Config as DOT and as the explorer
// and checks that they agree on what is drawn and how: the actors Top keeps, their colours
// by type or by group, their labels with roles, the legend, the clusters, and the colour and
// line of each interaction (the explorer draws one edge per kind; DOT one arrow per pair).
func TestHTMLAgreesWithDOT(t *testing.T) {
	g := interactionGraph()
	affiliation := render.AffiliationGroups(g)
	for _, c := range []render.Config{
		{},
		{Top: 5, MinWeight: 3},
		{Groups: affiliation, Roles: true, Interactions: true},
		{Groups: affiliation, Clusters: true, Top: 7, Interactions: true, Roles: true},
	} {
		t.Run(fmt.Sprintf("top=%d groups=%t clusters=%t roles=%t", c.Top, c.Groups != nil, c.Clusters, c.Roles), func(t *testing.T) {
			var dot bytes.Buffer
			if err := c.DOT(&dot, g); err != nil {
				t.Fatal(err)
			}
			p := decodeHTML(t, writeHTML(t, c, g))
			var actors []htmlTestData
			clusters := map[string]string{} // cluster ID -> label
			for _, n := range p.Elements.Nodes {
				if n.Data.Cluster {
					clusters[n.Data.ID] = n.Data.Label
				} else {
					actors = append(actors, n.Data)
				}
			}
			styles := dotNodeStyle.FindAllStringSubmatch(dot.String(), -1)
			if len(styles) != len(actors) {
				t.Fatalf("DOT draws %d actors, the explorer %d", len(styles), len(actors))
			}
			// DOT's nodes in cluster order; the explorer's in ID order: compare by label.
			byLabel := map[string][]string{}
			for _, s := range styles {
				byLabel[strings.ReplaceAll(s[1], `\n`, "\n")] = s[2:]
			}
			for _, a := range actors {
				want, ok := byLabel[a.Label]
				if !ok {
					t.Errorf("the explorer labels %q, which DOT does not draw", a.Label)
					continue
				}
				if a.Color != want[0] || a.Tint() != want[1] {
					t.Errorf("%s: explorer %s/%s, DOT %s/%s", a.Actor, a.Color, a.Tint(), want[0], want[1])
				}
				if c.Roles && a.Actor == "marco-rubio" && a.Label != "Marco Rubio\nSecretary of State" {
					t.Errorf("Rubio's label %q, want his shortest role on a second line", a.Label)
				}
				if c.Groups != nil && a.Group != c.Groups[a.Actor] {
					t.Errorf("%s: group %q, want %q", a.Actor, a.Group, c.Groups[a.Actor])
				}
				if c.Clusters && c.Groups[a.Actor] != "" && clusters[a.Parent] != c.Groups[a.Actor] {
					t.Errorf("%s is in the box %q, want %q", a.Actor, clusters[a.Parent], c.Groups[a.Actor])
				}
			}
			if c.Clusters && len(clusters) == 0 {
				t.Error("no boxes for the groups")
			}
			for _, k := range p.Legend {
				if !strings.Contains(dot.String(), `color="`+k.Color+`" bgcolor="`+k.Tint+`"></td><td align="left">`+k.Text+`<`) {
					t.Errorf("legend key %+v is not in DOT's legend", k)
				}
			}
			if slices.Contains(p.Hidden, "interaction") == c.Interactions {
				t.Errorf("Interactions %t, but hidden layers %v", c.Interactions, p.Hidden)
			}
			// Each DOT arrow's colour and line is that of the explorer's edges for the pair
			// when the pair has one kind.
			names := map[string]string{} // explorer element ID -> label
			for _, a := range actors {
				names[a.ID] = a.Label
			}
			type pair struct{ s, t string }
			kinds := map[pair][]htmlTestData{}
			for _, e := range p.Elements.Edges {
				if e.Data.Layer == graph.LayerInteraction {
					k := pair{names[e.Data.Source], names[e.Data.Target]}
					kinds[k] = append(kinds[k], e.Data)
				}
			}
			dotLabels := make([]string, len(styles))
			for i := range styles {
				dotLabels[i] = strings.ReplaceAll(styles[i][1], `\n`, "\n")
			}
			checked := 0
			for _, m := range dotArrowColor.FindAllStringSubmatch(dot.String(), -1) {
				s, _ := strconv.Atoi(m[1])
				d, _ := strconv.Atoi(m[2])
				es := kinds[pair{dotNodeLabel(dot.String(), s), dotNodeLabel(dot.String(), d)}]
				if len(es) != 1 {
					continue
				}
				checked++
				if es[0].Color != m[3] || es[0].Line != m[4] {
					t.Errorf("interaction %s: explorer %s %s, DOT %s %s", es[0].Kind, es[0].Color, es[0].Line, m[3], m[4])
				}
			}
			if c.Interactions && checked == 0 {
				t.Error("no interaction compared")
			}
		})
	}
}

// dotNodeLabel returns the label of DOT node n<i>.
func dotNodeLabel(dot string, i int) string {
	m := regexp.MustCompile(`(?m)^\s*n` + strconv.Itoa(i) + ` \[label="((?:[^"\\]|\\.)*)"`).FindStringSubmatch(dot)
	if m == nil {
		return ""
	}
	return strings.ReplaceAll(m[1], `\n`, "\n")
}
