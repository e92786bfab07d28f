package graph_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// xmlGraph is what checkXML reads of a GraphML or GEXF document: node ids and edge ends.
type xmlGraph struct {
	Nodes []struct {
		ID string `xml:"id,attr"`
	} `xml:"graph>node"`
	GEXFNodes []struct {
		ID string `xml:"id,attr"`
	} `xml:"graph>nodes>node"`
	Edges []struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
	} `xml:"graph>edge"`
	GEXFEdges []struct {
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
	} `xml:"graph>edges>edge"`
}

// checkXML checks that b is well-formed XML whose node ids are unique, one per actor of g,
// unescape back to the actors' IDs, and whose edge ends are node ids.
func checkXML(t testing.TB, format string, b []byte, g *graph.Graph) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token() // strict: every token must be well-formed XML 1.0
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not XML: %v\n%s", format, err, b)
		}
	}
	var doc xmlGraph
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	var ids []string
	for _, n := range append(doc.Nodes, doc.GEXFNodes...) {
		ids = append(ids, n.ID)
	}
	if len(ids) != g.Len() {
		t.Fatalf("%s: got %d nodes, want %d", format, len(ids), g.Len())
	}
	seen := map[string]bool{}
	for i, id := range ids {
		if seen[id] {
			t.Fatalf("%s: duplicate node id %q", format, id)
		}
		seen[id] = true
		back, err := url.PathUnescape(id)
		if want := g.Actors()[i].ID; err != nil || back != want {
			t.Errorf("%s: node id %q unescapes to %q (%v), want %q", format, id, back, err, want)
		}
	}
	for _, e := range append(doc.Edges, doc.GEXFEdges...) {
		if !seen[e.Source] || !seen[e.Target] {
			t.Errorf("%s: edge %q–%q names a node that is not there", format, e.Source, e.Target)
		}
	}
}

// checkCSV checks that b is CSV with the same number of fields on every row and no text
// cell that a spreadsheet would read as a formula; numeric columns (by their neo4j type)
// must parse as finite numbers.
func checkCSV(t testing.TB, name string, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b)) // FieldsPerRecord 0: every row as long as the first
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: not CSV: %v\n%s", name, err, b)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no header", name)
	}
	for _, row := range rows[1:] {
		for i, cell := range row {
			typ := rows[0][i]
			numeric := strings.HasSuffix(typ, ":int") || strings.HasSuffix(typ, ":double")
			if numeric {
				if cell == "" {
					continue
				}
				var f float64
				if err := json.Unmarshal([]byte(cell), &f); err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
					t.Errorf("%s: %s cell %q is not a finite number", name, typ, cell)
				}
				continue
			}
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("%s: %s cell %q would be a formula", name, typ, cell)
			}
		}
	}
	return rows
}

// checkExports writes g in every format and checks that each output parses as its format
// says and reads back: node-link with ReadNodeLink, Cytoscape.js with encoding/json, GraphML
// and GEXF with encoding/xml (node ids unique and reversible), neo4j CSV with encoding/csv.
func checkExports(t testing.TB, g *graph.Graph) {
	t.Helper()
	checkNodeLink(t, g)
	checkCytoscape(t, g)
	checkXMLExport(t, "graphml", graph.WriteGraphML, g)
	checkXMLExport(t, "gexf", graph.WriteGEXF, g)
	checkNeo4j(t, g)
}

// checkNodeLink checks that WriteNodeLink's output reads back with as many actors and ties.
func checkNodeLink(t testing.TB, g *graph.Graph) {
	t.Helper()
	var buf bytes.Buffer
	if err := graph.WriteNodeLink(&buf, g); err != nil {
		t.Fatalf("node-link: %v", err)
	}
	back, err := graph.ReadNodeLink(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("node-link does not read back: %v\n%s", err, buf.Bytes())
	}
	if back.Len() != g.Len() || back.NumTies() != g.NumTies() {
		t.Errorf("node-link read back %d actors and %d ties, want %d and %d", back.Len(), back.NumTies(), g.Len(), g.NumTies())
	}
}

// checkCytoscape checks that WriteCytoscapeJSON's output is JSON with a node per actor.
func checkCytoscape(t testing.TB, g *graph.Graph) {
	t.Helper()
	var buf bytes.Buffer
	if err := graph.WriteCytoscapeJSON(&buf, g); err != nil {
		t.Fatalf("cytoscape: %v", err)
	}
	var cy struct {
		Elements struct {
			Nodes []json.RawMessage `json:"nodes"`
			Edges []json.RawMessage `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(buf.Bytes(), &cy); err != nil {
		t.Fatalf("cytoscape: not JSON: %v", err)
	}
	if len(cy.Elements.Nodes) != g.Len() {
		t.Errorf("cytoscape: got %d nodes, want %d", len(cy.Elements.Nodes), g.Len())
	}
}

// checkXMLExport checks the output of WriteGraphML or WriteGEXF with checkXML, and that no
// number in it is infinite or NaN.
func checkXMLExport(t testing.TB, format string, write func(io.Writer, *graph.Graph) error, g *graph.Graph) {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf, g); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	for _, bad := range []string{"Inf<", "NaN<", `Inf"`, `NaN"`} {
		if bytes.Contains(buf.Bytes(), []byte(bad)) {
			t.Errorf("%s: a number is %s", format, bad[:3])
		}
	}
	checkXML(t, format, buf.Bytes(), g)
}

// checkNeo4j checks the two files of WriteNeo4jCSV with checkCSV, and that the relations
// name actors of actors.csv.
func checkNeo4j(t testing.TB, g *graph.Graph) {
	t.Helper()
	dir, err := os.MkdirTemp("", "neo4j")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := graph.WriteNeo4jCSV(dir, g); err != nil {
		t.Fatalf("neo4j csv: %v", err)
	}
	var files [2][][]string
	for i, name := range []string{"actors.csv", "relations.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		files[i] = checkCSV(t, name, b)
	}
	if len(files[0]) != g.Len()+1 {
		t.Errorf("actors.csv: got %d rows, want %d", len(files[0]), g.Len()+1)
	}
	ids := map[string]bool{}
	for _, row := range files[0][1:] {
		if ids[row[0]] {
			t.Errorf("actors.csv: duplicate id %q", row[0])
		}
		ids[row[0]] = true
	}
	for _, row := range files[1][1:] {
		if !ids[row[0]] || !ids[row[1]] {
			t.Errorf("relations.csv: %q–%q names an id actors.csv lacks", row[0], row[1])
		}
	}
}

// hostileIDs differ only in characters that XML 1.0 cannot hold, in '%', or in what makes a
// spreadsheet cell a formula.
// They are valid UTF-8, as every ID that extract or ReadNodeLink makes is: JSON cannot
// carry other bytes (see invalidUTF8IDs).
var hostileIDs = []string{
	"a\x01", "a\x02", "a\uFFFE", "a\uFFFF", "a%01", "a%FF", "a%", "a\uFFFD",
	"=1+1", "'=1+1", "+a", "-a", "@a", "\ta", "\ra", "a\r\nb", "<a>", `a"b`, "a&b",
}

// invalidUTF8IDs differ only in bytes that are not UTF-8: encoding/xml would write them all
// as U+FFFD, merging them and "a\uFFFD".
var invalidUTF8IDs = []string{"a\xff", "a\xfe", "a%FF", "a\uFFFD", "\xff"}

func hostileGraph() *graph.Graph { return graphOf(hostileIDs) }

// graphOf returns a path through actors with the given IDs, hostile names and attributes,
// and an interaction along every tie.
func graphOf(ids []string) *graph.Graph {
	g := graph.New()
	for _, id := range ids {
		g.AddActor(graph.Actor{ID: id, Name: "=HYPERLINK(" + id + ")", Type: "-" + id, Affiliation: "@x", Roles: []string{"+r"}})
	}
	for i := 1; i < len(ids); i++ {
		g.AddTie(ids[i-1], ids[i], float64(i)/2)
		g.AddInteraction(extract.Interaction{Source: ids[i], Target: ids[i-1], Kind: "=kind", CAMEO: "-1",
			Goldstein: -0.5, Polarity: -1, Modality: "@m"})
	}
	return g
}

func TestExportsHostileIDs(t *testing.T) {
	checkExports(t, hostileGraph())
}

// TestXMLInvalidUTF8IDs checks that GraphML and GEXF keep IDs that differ only in invalid
// UTF-8 apart, as node-link and Cytoscape.js JSON cannot.
func TestXMLInvalidUTF8IDs(t *testing.T) {
	g := graphOf(invalidUTF8IDs)
	for _, f := range []struct {
		name  string
		write func(io.Writer, *graph.Graph) error
	}{{"graphml", graph.WriteGraphML}, {"gexf", graph.WriteGEXF}} {
		var buf bytes.Buffer
		if err := f.write(&buf, g); err != nil {
			t.Fatal(err)
		}
		checkXML(t, f.name, buf.Bytes(), g)
	}
}

// TestNeo4jCSVFormulaInjection checks the escaped cells and that relation ends still match
// actor ids after escaping.
func TestNeo4jCSVFormulaInjection(t *testing.T) {
	dir := t.TempDir()
	if err := graph.WriteNeo4jCSV(dir, hostileGraph()); err != nil {
		t.Fatal(err)
	}
	read := func(name string) [][]string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return checkCSV(t, name, b)
	}
	actors, relations := read("actors.csv"), read("relations.csv")
	ids := map[string]bool{}
	for _, row := range actors[1:] {
		ids[row[0]] = true
	}
	for _, want := range []string{"'=1+1", "''=1+1", "'+a", "'-a", "'@a", "'\ta", "'\ra", "a%01"} {
		if !ids[want] {
			t.Errorf("no actor id %q among %q", want, slices.Sorted(func(yield func(string) bool) {
				for id := range ids {
					if !yield(id) {
						return
					}
				}
			}))
		}
	}
	for _, row := range relations[1:] {
		if !ids[row[0]] || !ids[row[1]] {
			t.Errorf("relation %q–%q names an id actors.csv lacks", row[0], row[1])
		}
		if row[3] == "" || row[7] != "" && row[7] != "-1" {
			t.Errorf("relation %q: weight %q, polarity %q: numbers must not be escaped", row, row[3], row[7])
		}
	}
}

var csvTextTests = []struct{ in, want string }{
	{"", ""},
	{"plain", "plain"},
	{"=1+1", "'=1+1"},
	{"+1", "'+1"},
	{"-0.5", "'-0.5"}, // as text: numeric columns do not go through CSVText
	{"@SUM(A1)", "'@SUM(A1)"},
	{"\tx", "'\tx"},
	{"\rx", "'\rx"},
	{"'x", "''x"}, // so that dropping one quote gives back every value
	{"a=b", "a=b"},
}

func TestCSVText(t *testing.T) {
	for _, tt := range csvTextTests {
		if got := graph.CSVText(tt.in); got != tt.want {
			t.Errorf("CSVText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriteNeo4jCSVTogether checks that the two files are replaced together: when
// relations.csv cannot be written, actors.csv keeps its old bytes, and no temporary file
// is left.
func TestWriteNeo4jCSVTogether(t *testing.T) {
	dir := t.TempDir()
	const old = "id:ID,name\nold,Old\n"
	if err := os.WriteFile(filepath.Join(dir, "actors.csv"), []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "relations.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := graph.WriteNeo4jCSV(dir, exportGraph(false))
	if want := `graph: write neo4j csv "` + filepath.Join(dir, "relations.csv") + `": `; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got error %v, want prefix %q", err, want)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "actors.csv"))
	if string(b) != old {
		t.Errorf("actors.csv: got %q, want the old %q", b, old)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("got %d entries, want actors.csv and relations.csv only", len(entries))
	}
}

// TestExportsHugeNumbers checks that sums that overflow never reach an exporter as +Inf:
// Goldstein sums are clamped, non-finite Goldstein weights skipped, tie weights saturate.
func TestExportsHugeNumbers(t *testing.T) {
	g := graph.New()
	for _, id := range []string{"a", "b", "c"} {
		g.AddActor(graph.Actor{ID: id})
	}
	g.AddTie("a", "b", 1e303)
	g.AddTie("b", "c", math.MaxFloat64)
	for _, w := range []float64{1e308, 1e308, -1e308, math.Inf(1), math.NaN()} {
		g.AddInteraction(extract.Interaction{Source: "a", Target: "b", Kind: "attack", Goldstein: w, Polarity: -1})
		g.AddInteraction(extract.Interaction{Source: "c", Target: "b", Kind: "praise", Goldstein: w, Polarity: 1})
	}
	for _, e := range g.Interactions() {
		if math.IsInf(e.Goldstein, 0) || math.IsNaN(e.Goldstein) || e.Count != 3 {
			t.Errorf("interaction %s→%s: Goldstein %v, count %d; want finite, 3 (non-finite ones skipped)", e.Source, e.Target, e.Goldstein, e.Count)
		}
	}
	checkExports(t, g)
	for _, layer := range []*graph.Graph{g.Conflict(), g.Cooperation(), graph.Merge(g, g, g)} {
		checkExports(t, layer)
	}
	if tie, _ := graph.Merge(g, g).Tie("a", "b"); tie.Weight != 2e303 {
		t.Errorf("merged weight %v, want 2e303", tie.Weight)
	}
	if tie, _ := graph.Merge(g, g).Tie("b", "c"); tie.Weight != math.MaxFloat64 {
		t.Errorf("merged weight %v, want math.MaxFloat64 (saturated)", tie.Weight)
	}
}

// TestFromResultHostile checks that FromResult does not panic on data no extraction should
// produce, but a Result from elsewhere may hold.
func TestFromResultHostile(t *testing.T) {
	r := &extract.Result{
		Actors: []extract.Actor{
			{ID: "", Name: "nobody", Type: extract.Person, Affiliation: "a"},
			{ID: "a", Type: extract.Person, Affiliation: ""},
			{ID: "b", Type: extract.Country},
			{ID: "c", Type: extract.Person, Affiliation: "c"},
		},
		CoMentions: []extract.CoMention{
			{Source: "", Target: "a", Weight: 1, Count: 1},
			{Source: "a", Target: "a", Weight: 1, Count: 1},
			{Source: "a", Target: "b", Weight: math.Inf(1), Count: 1},
			{Source: "a", Target: "b", Weight: math.NaN(), Count: 1},
			{Source: "a", Target: "b", Weight: 5e-324, Count: 1},
			{Source: "a", Target: "b", Weight: -1, Count: 1},
			{Source: "a", Target: "c", Weight: 1e308, Count: 1},
			{Source: "c", Target: "a", Weight: 1e308, Count: 1},
		},
		Relations:    []extract.Relation{{Source: "", Target: "b"}, {Source: "c", Target: "c"}},
		Interactions: []extract.Interaction{{Source: "", Target: "a"}, {Source: "a", Target: "b", Goldstein: math.NaN()}},
	}
	g := graph.FromResult(r)
	if g.Len() != 3 {
		t.Errorf("got %d actors, want 3 (the one with an empty ID skipped)", g.Len())
	}
	if _, ok := g.Tie("a", "b"); ok {
		t.Error("a tie a–b from weights that are not positive and finite")
	}
	if tie, _ := g.Tie("a", "c"); tie.Weight != math.MaxFloat64 {
		t.Errorf("a–c weighs %v, want math.MaxFloat64", tie.Weight)
	}
	checkExports(t, g)
	for _, m := range graph.Measures() {
		m.Compute(g) // must not panic
	}
}

// readNodeLinkHostile are inputs ReadNodeLink must reject without panicking.
var readNodeLinkHostile = []struct{ name, in string }{
	{"deeply nested", strings.Repeat("[", 100000) + strings.Repeat("]", 100000)},
	{"deeply nested node", `{"nodes": [{"id": "a", "x": ` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}]}`},
	{"empty id", `{"nodes": [{"id": ""}]}`},
	{"object id", `{"nodes": [{"id": {}}]}`},
	{"duplicate", `{"nodes": [{"id": "a"}, {"id": "a"}]}`},
	{"number and string id", `{"nodes": [{"id": 1}, {"id": "1"}]}`},
	{"missing end", `{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "b"}]}`},
	{"zero weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 0}]}`},
	{"negative weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": -1}]}`},
	{"huge weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 1e999}]}`},
	{"tiny weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 1e-320}]}`},
	{"overflowing sum", `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 1e308}, {"source": "b", "target": "a", "weight": 1e308}]}`},
	{"huge count", `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "count": 1e300}]}`},
	{"huge mentions", `{"nodes": [{"id": "a", "mentions": 1e300}]}`},
}

func TestReadNodeLinkHostile(t *testing.T) {
	for _, tt := range readNodeLinkHostile {
		t.Run(tt.name, func(t *testing.T) {
			g, err := graph.ReadNodeLink(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("got a graph of %d actors, want an error", g.Len())
			}
			if !strings.HasPrefix(err.Error(), "graph: read node-link: ") {
				t.Errorf("got error %q, want the prefix graph: read node-link: ", err)
			}
			if errors.Unwrap(err) == nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q spans lines", err)
			}
		})
	}
}
