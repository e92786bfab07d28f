package render_test

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
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
	Title    string
	Elements struct {
		Nodes []struct{ Data htmlTestData }
		Edges []struct{ Data htmlTestData }
	}
}

type htmlTestData struct {
	ID, Actor, Name, Source, Target, Layer, Kind, Color, Line string
	Aliases, Roles                                            []string
	Size, Width, Weight                                       float64
	Evidence                                                  []struct{ Doc, Text, Source, Date, Title string }
}

func decodeHTML(t *testing.T, page []byte) htmlTestPage {
	t.Helper()
	var p htmlTestPage
	if err := json.Unmarshal(htmlData(t, page), &p); err != nil {
		t.Fatalf("data block: %v", err)
	}
	return p
}

// TestHTMLEvidenceSources checks that evidence carries its document's source, date and
// title, from the documents the graph records, for the panel to show beside the sentence.
func TestHTMLEvidenceSources(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "a", Name: "Anna Kovac", Type: "person"})
	g.AddActor(graph.Actor{ID: "b", Name: "Marta Lind", Type: "person"})
	g.AddDocument(graph.Document{ID: "d1", Title: "Talks resume", Source: "Meridian Wire", Date: "2025-11-24"})
	g.AddTie("a", "b", 2,
		extract.Evidence{Doc: "d1", Sentence: 0, Text: "Anna Kovac met Marta Lind."},
		extract.Evidence{Doc: "unknown", Sentence: 3, Text: "They met again."})
	page := writeHTML(t, render.Config{}, g)
	edges := decodeHTML(t, page).Elements.Edges
	if len(edges) != 1 || len(edges[0].Data.Evidence) != 2 {
		t.Fatalf("edges %+v, want one with two pieces of evidence", edges)
	}
	first, second := edges[0].Data.Evidence[0], edges[0].Data.Evidence[1]
	if first.Source != "Meridian Wire" || first.Date != "2025-11-24" || first.Title != "Talks resume" {
		t.Errorf("evidence of d1: %+v, want its source, date and title", first)
	}
	if second.Source != "" || second.Date != "" || second.Title != "" || second.Doc != "unknown" {
		t.Errorf("evidence of a document the graph does not know: %+v", second)
	}
	// The panel shows them: the script writes the source line.
	if !bytes.Contains(page, []byte(`[x.source, x.date, x.title]`)) {
		t.Error("the explorer's script does not show the evidence's source, date and title")
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
		if len(e.Data.Evidence) != 1 || !strings.HasPrefix(e.Data.Evidence[0].Text, "Hub met ") {
			t.Errorf("edge %s: evidence %q", e.Data.ID, e.Data.Evidence)
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
	const cooperation, conflict, neutral = "#1B9E3E", "#D62728", "#7F7F7F"
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
			if len(d.Evidence) != len(tie.Evidence) || d.Evidence[0].Text != tie.Evidence[0].Text {
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
