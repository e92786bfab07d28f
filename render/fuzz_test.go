package render

import (
	"bytes"
	"cmp"
	"context"
	"encoding/xml"
	"errors"
	"io"
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
