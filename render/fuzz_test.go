package render

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/goccy/go-graphviz"
)

var fuzzSeeds = []string{
	`<script>alert(1)</script>`,
	`<SCRIPT src=//x>`,
	`a"b\c`,
	`{}[];`,
	"line one\nline two",
	"tab\there\r\n",
	`\N`,
	`\G \E \T \H \L \l \r \n \\ \`,
	`"]; n9 [label="pwned`,
	`-- n0 ->`,
	`AT&T &amp; &lt;b&gt; &#60; &#x3C;`,
	`<<b>html</b>>`,
	`]]><![CDATA[`,
	`<!-- comment -->`,
	"nul\x00 bell\x07 esc\x1b del\x7f",
	"bad utf-8 \xff\xfe",
	"\uFEFF\u202Ebidi\u200B",
	"Володимир Зеленський",
	"محمد بن سلمان",
	"习近平",
	"",
	" ",
}

func FuzzDOTLabels(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)], fuzzSeeds[(i+2)%len(fuzzSeeds)])
	}
	script := regexp.MustCompile(`(?i)<\s*script`)
	f.Fuzz(func(t *testing.T, nameA, nameB, title string) {
		g := graph.New()
		g.AddActor(graph.Actor{ID: "a", Name: nameA, Type: nameB, Aliases: []string{nameB}})
		g.AddActor(graph.Actor{ID: "b", Name: nameB, Type: "person", Affiliation: "a"})
		g.AddTie("a", "b", 1, extract.Evidence{Text: nameA + " " + nameB})
		c := Config{Title: title}
		want := map[string]string{
			"n0": truncate(cmp.Or(clean(nameA), "a"), labelRunes),
			"n1": truncate(cmp.Or(clean(nameB), "b"), labelRunes),
		}

		var dot bytes.Buffer
		if err := c.DOT(&dot, g); err != nil {
			t.Fatal(err)
		}
		labels, edges, err := parseDOT(dot.Bytes())
		if err != nil {
			t.Fatalf("DOT does not parse: %v\n%s", err, dot.Bytes())
		}
		if len(labels) != 2 || edges != 1 {
			t.Fatalf("DOT parses to %d nodes and %d edges, want 2 and 1:\n%s", len(labels), edges, dot.Bytes())
		}
		// After the DOT scanner, which only unescapes \", a label keeps the escapes meant for
		// Graphviz's label formatter and entity decoder.
		unformat := strings.NewReplacer(`\`, `\\`, "&", "&amp;")
		for node, label := range want {
			if got, want := labels[node], unformat.Replace(label); got != want {
				t.Errorf("node %s has label %q, want %q", node, got, want)
			}
		}

		svg, err := c.SVGBytes(context.Background(), g)
		if err != nil {
			t.Fatal(err)
		}
		if m := script.Find(svg); m != nil {
			t.Fatalf("SVG has markup %q:\n%s", m, svg)
		}
		texts, err := svgTexts(svg)
		if err != nil {
			t.Fatalf("SVG does not parse as XML: %v\n%s", err, svg)
		}
		for _, label := range want {
			if !slices.Contains(texts, label) {
				t.Errorf("SVG lacks label %q; texts: %q", label, texts)
			}
		}
		if title := clean(title); title != "" && !slices.Contains(texts, title) {
			t.Errorf("SVG lacks title %q; texts: %q", title, texts)
		}
	})
}

// parseDOT parses dot with Graphviz, under the engine's lock, and returns the label of each
// node by name, and the number of edges.
func parseDOT(dot []byte) (labels map[string]string, edges int, err error) {
	engine.lock <- struct{}{}
	defer func() { <-engine.lock }()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, 0, err
	}
	if g == nil {
		return nil, 0, errors.New("no graph")
	}
	defer g.Close()
	labels = make(map[string]string)
	for n, err := g.FirstNode(); n != nil; n, err = g.NextNode(n) {
		if err != nil {
			return nil, 0, err
		}
		name, err := n.Name()
		if err != nil {
			return nil, 0, err
		}
		labels[name] = n.GetStr("label")
	}
	edges, err = g.EdgeNum()
	return labels, edges, err
}

// svgTexts returns the text of each <text> element of svg, decoded.
func svgTexts(svg []byte) ([]string, error) {
	var texts []string
	d := xml.NewDecoder(bytes.NewReader(svg))
	var text *strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return texts, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				text = new(strings.Builder)
			}
		case xml.CharData:
			if text != nil {
				text.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				texts = append(texts, text.String())
				text = nil
			}
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := clean(s)
		if !utf8.ValidString(c) {
			t.Errorf("clean(%q) = %q, not valid UTF-8", s, c)
		}
		for _, r := range c {
			if !isXMLChar(r) || r == '\t' || r == '\n' || r == '\r' {
				t.Errorf("clean(%q) = %q, which holds %U", s, c, r)
			}
		}
		if strings.Contains(c, "  ") || strings.TrimSpace(c) != c {
			t.Errorf("clean(%q) = %q, with extra space", s, c)
		}
		if cc := clean(c); cc != c {
			t.Errorf("clean(clean(%q)) = %q, not %q", s, cc, c)
		}
	})
}

// nodeLinkSeeds are node-link graphs for FuzzNodeLinkHTML and FuzzNodeLinkDOT: every hostile
// name as a name, an ID, a type and an alias, Object.prototype's names as IDs, and extreme
// weights.
func nodeLinkSeeds() [][]byte {
	var seeds [][]byte
	for i, s := range fuzzSeeds {
		next := fuzzSeeds[(i+1)%len(fuzzSeeds)]
		doc := map[string]any{
			"nodes": []map[string]any{
				{"id": "hub", "name": s},
				{"id": s + "!", "name": next, "type": s, "aliases": []string{s}, "roles": []string{next}, "affiliation": "hub"},
			},
			"links": []map[string]any{{"source": "hub", "target": s + "!", "weight": float64(i + 1)}},
		}
		b, _ := json.Marshal(doc)
		seeds = append(seeds, b)
	}
	seeds = append(seeds,
		[]byte(`{"nodes": [{"id": "constructor"}, {"id": "__proto__", "type": "__proto__"}, {"id": "toString", "name": "hasOwnProperty"}],
			"links": [{"source": "constructor", "target": "__proto__"}, {"source": "__proto__", "target": "toString", "weight": 2}]}`),
		[]byte(`{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "links": [{"source": "a", "target": "b", "weight": 1.7e308},
			{"source": "a", "target": "c", "weight": 1.7e308}, {"source": "b", "target": "c", "weight": 6e-309}]}`),
		[]byte(`{"nodes": [{"id": 1}, {"id": 2.5}, {"id": -0}], "edges": [{"source": 1, "target": 2.5, "weight": 1e-308, "count": 7}]}`),
		[]byte(`{"nodes": [{"id": "`+strings.Repeat(`\u202e<b>`, 300)+`", "name": "`+strings.Repeat(`\\"`, 300)+`"}, {"id": "x"}],
			"links": [{"source": "x", "target": "`+strings.Repeat(`\u202e<b>`, 300)+`", "weight": 1e303}]}`),
	)
	return seeds
}

// fuzzActors is the most actors a fuzzed graph may have: more only slow the targets.
const fuzzActors = 40

// FuzzNodeLinkHTML feeds node-link JSON through graph.ReadNodeLink into Config.HTML and
// checks the page: two script elements, a data block that parses as JSON with finite numbers
// only and sizes within bounds, every actor's ID and name as they were read, and no text
// from the graph unescaped in it.
func FuzzNodeLinkHTML(f *testing.F) {
	for _, s := range nodeLinkSeeds() {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, doc []byte, top uint8) {
		g, err := graph.ReadNodeLink(bytes.NewReader(doc))
		if err != nil || g.Len() > fuzzActors {
			return
		}
		c := Config{Top: int(top % 8)}
		var buf bytes.Buffer
		if err := c.HTML(&buf, g); err != nil {
			t.Fatal(err)
		}
		page, err := c.htmlPage(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkHTML(buf.Bytes(), len(page.Elements.Nodes), len(page.Elements.Edges)); err != nil {
			t.Fatal(err)
		}
		if want := min(g.Len(), cmp.Or(c.Top, g.Len())); len(page.Elements.Nodes) != want {
			t.Fatalf("page has %d nodes, want %d", len(page.Elements.Nodes), want)
		}
		for _, n := range page.Elements.Nodes {
			id := unquoteString(n.Data["actor"])
			a, ok := g.Actor(id)
			if !ok {
				t.Fatalf("node %s is actor %q, not in the graph", n.Data["id"], id)
			}
			if name := unquoteString(n.Data["name"]); utf8.ValidString(a.Name) && name != a.Name {
				t.Errorf("actor %q: name %q, want %q", id, name, a.Name)
			}
		}
	})
}

// FuzzNodeLinkDOT feeds node-link JSON through graph.ReadNodeLink into Config.DOT and checks
// that Graphviz parses the DOT into one node per actor and one edge per tie, each node
// labelled with the actor's cleaned name, and that every width is a number within bounds.
func FuzzNodeLinkDOT(f *testing.F) {
	for _, s := range nodeLinkSeeds() {
		f.Add(s, "")
	}
	unformat := strings.NewReplacer(`\`, `\\`, "&", "&amp;")
	f.Fuzz(func(t *testing.T, doc []byte, title string) {
		g, err := graph.ReadNodeLink(bytes.NewReader(doc))
		if err != nil || g.Len() > fuzzActors {
			return
		}
		var dot bytes.Buffer
		if err := (Config{Title: title}).DOT(&dot, g); err != nil {
			t.Fatal(err)
		}
		if err := checkDOTNumbers(dot.Bytes()); err != nil {
			t.Fatalf("%v\n%s", err, dot.Bytes())
		}
		labels, edges, err := parseDOT(dot.Bytes())
		if err != nil {
			t.Fatalf("DOT does not parse: %v\n%s", err, dot.Bytes())
		}
		if len(labels) != g.Len() || edges != g.NumTies() {
			t.Fatalf("DOT parses to %d nodes and %d edges, want %d and %d:\n%s", len(labels), edges, g.Len(), g.NumTies(), dot.Bytes())
		}
		for i, a := range g.Actors() {
			node := fmt.Sprintf("n%d", i)
			if got, want := labels[node], unformat.Replace(label(a)); got != want {
				t.Errorf("node %s (%q) has label %q, want %q", node, a.ID, got, want)
			}
		}
	})
}

// FuzzHostileGraph builds a graph of a hub and two actors from fuzzed IDs, names and
// weights (weights the graph refuses are skipped), and checks its HTML and DOT as
// FuzzNodeLinkHTML and FuzzNodeLinkDOT do. Weights reach values that JSON seeds rarely do:
// sums that overflow to +Inf, subnormals, and names with any bytes.
func FuzzHostileGraph(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)], 1.0, float64(i+1))
	}
	f.Add("__proto__", "constructor", 1.7e308, 1.7e308)
	f.Add("toString", "hasOwnProperty", math.MaxFloat64, 6e-309)
	f.Add("valueOf", "n0", 1e303, 1e-300)
	unformat := strings.NewReplacer(`\`, `\\`, "&", "&amp;")
	f.Fuzz(func(t *testing.T, id, name string, w1, w2 float64) {
		if id == "" || id == "hub" || !usable(w1) || !usable(w2) || !usable(w1+w2) {
			return
		}
		g := graph.New()
		g.AddActor(graph.Actor{ID: "hub", Name: name, Type: id})
		g.AddActor(graph.Actor{ID: id, Name: name, Type: name, Affiliation: "hub", Aliases: []string{id}, Roles: []string{name}})
		g.AddActor(graph.Actor{ID: id + "2", Name: id, Affiliation: id})
		g.AddTie("hub", id, w1, extract.Evidence{Doc: id, Text: name})
		g.AddTie("hub", id+"2", w2)
		g.AddTie(id, id+"2", w1)
		g.AddTie(id, id+"2", w2)
		g.AddInteraction(extract.Interaction{Source: id, Target: "hub", Kind: name, Goldstein: w1, Polarity: 1,
			Modality: extract.Modality(id), Evidence: extract.Evidence{Doc: name, Text: id}})
		g.AddAffiliation(graph.Affiliation{Actor: id, Of: "hub", Kind: graph.WorksFor, Role: name})

		for _, c := range []Config{{}, {Size: graph.PageRank, Interactions: true, Roles: true}} {
			var page, dot bytes.Buffer
			if err := c.HTML(&page, g); err != nil {
				t.Fatal(err)
			}
			if err := checkHTML(page.Bytes(), 3, 3+len(g.Interactions())+len(g.Affiliations())); err != nil {
				t.Fatal(err)
			}
			if err := c.DOT(&dot, g); err != nil {
				t.Fatal(err)
			}
			if err := checkDOTNumbers(dot.Bytes()); err != nil {
				t.Fatalf("%v\n%s", err, dot.Bytes())
			}
			labels, edges, err := parseDOT(dot.Bytes())
			if err != nil {
				t.Fatalf("DOT does not parse: %v\n%s", err, dot.Bytes())
			}
			if want := 3 + len(g.Interactions())*boolInt(c.Interactions); len(labels) != 3 || edges != want {
				t.Fatalf("DOT parses to %d nodes and %d edges, want 3 and %d:\n%s", len(labels), edges, want, dot.Bytes())
			}
			if !c.Roles {
				for i, a := range g.Actors() {
					if got, want := labels[fmt.Sprintf("n%d", i)], unformat.Replace(label(a)); got != want {
						t.Errorf("node n%d (%q) has label %q, want %q", i, a.ID, got, want)
					}
				}
			}
		}
	})
}

// usable reports whether w is a weight that graph.AddTie takes: positive, finite, and with a
// finite distance 1/w.
func usable(w float64) bool { return w > 0 && !math.IsInf(w, 1) && !math.IsInf(1/w, 1) }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
