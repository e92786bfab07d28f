package graph_test

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/export")

const (
	hostileName  = "<script>\"a,b\"\n</script>"
	cyrillicName = "Владимир Путин"
)

// exportGraph builds a small graph with all three layers: six actors of three types, three
// co-mention ties, three interaction edges (one aggregating two interactions) and two
// affiliations. With reversed, everything is added in the opposite order.
func exportGraph(reversed bool) *graph.Graph {
	ev := func(doc string, sentence int) extract.Evidence {
		return extract.Evidence{Doc: doc, Sentence: sentence, Span: extract.Span{Start: sentence * 10, End: sentence*10 + 9}, Text: "sentence " + strconv.Itoa(sentence)}
	}
	actors := []graph.Actor{
		{ID: "ukraine", Name: "Ukraine", Type: "country", Mentions: 4},
		{ID: "russia", Name: "Russia", Type: "country", Mentions: 3},
		{ID: "nato", Name: "NATO", Type: "organization", Mentions: 1},
		{ID: "volodymyr-zelensky", Name: "Volodymyr Zelensky", Type: "person", Affiliation: "ukraine",
			Roles: []string{"President of Ukraine"}, Aliases: []string{"Zelensky", "Zelenskyy"}, Mentions: 5},
		{ID: "vladimir-putin", Name: cyrillicName, Type: "person", Affiliation: "russia", Mentions: 2},
		{ID: "hostile", Name: hostileName, Type: "group", Aliases: []string{"a;b", "<b>"}, Mentions: 1},
	}
	steps := []func(g *graph.Graph){
		func(g *graph.Graph) { g.AddTie("volodymyr-zelensky", "hostile", 1, ev("d1", 1)) },
		func(g *graph.Graph) { g.AddTie("hostile", "volodymyr-zelensky", 1, ev("d1", 2)) },
		func(g *graph.Graph) { g.AddTie("volodymyr-zelensky", "vladimir-putin", 1.5, ev("d1", 3)) },
		func(g *graph.Graph) { g.AddTie("ukraine", "russia", 1) },
		func(g *graph.Graph) {
			g.AddAffiliation(graph.Affiliation{Actor: "volodymyr-zelensky", Of: "ukraine", Kind: graph.WorksFor, Role: "President", Evidence: []extract.Evidence{ev("d1", 4)}})
		},
		func(g *graph.Graph) {
			g.AddAffiliation(graph.Affiliation{Actor: "vladimir-putin", Of: "russia", Kind: graph.AffiliatedWith})
		},
		func(g *graph.Graph) {
			g.AddInteraction(extract.Interaction{Source: "vladimir-putin", Target: "volodymyr-zelensky", Kind: "threaten", CAMEO: "13",
				Goldstein: -4, Polarity: -1, Modality: extract.Asserted, Evidence: ev("d1", 5)})
		},
		func(g *graph.Graph) {
			g.AddInteraction(extract.Interaction{Source: "vladimir-putin", Target: "volodymyr-zelensky", Kind: "threaten", CAMEO: "13",
				Goldstein: -4, Polarity: -1, Modality: extract.Reported, Evidence: ev("d2", 0)})
		},
		func(g *graph.Graph) {
			g.AddInteraction(extract.Interaction{Source: "volodymyr-zelensky", Target: "nato", Kind: "statement", CAMEO: "010",
				Polarity: 0, Modality: extract.Planned, Evidence: ev("d2", 1)})
		},
		func(g *graph.Graph) {
			g.AddInteraction(extract.Interaction{Source: "hostile", Target: "ukraine", Kind: "support", CAMEO: "05",
				Goldstein: 3.5, Polarity: 1, Modality: extract.Asserted, Evidence: ev("d2", 2)})
		},
	}
	if reversed {
		slices.Reverse(actors)
		slices.Reverse(steps)
	}
	g := graph.New()
	for _, a := range actors {
		g.AddActor(a)
	}
	for _, step := range steps {
		step(g)
	}
	return g
}

// readBack is an exported graph read back with the standard library: node attributes by
// node ID, and edges as attribute maps with "source" and "target". Values are text, lists
// joined with "; ", whatever the format.
type readBack struct {
	nodes map[string]map[string]string
	edges []map[string]string
}

// exportFormats are the writers under test, each with a reader that parses its output.
var exportFormats = []struct {
	name  string
	ext   string
	write func(io.Writer, *graph.Graph) error
	read  func(t *testing.T, b []byte) readBack
}{
	{"GraphML", "graphml", graph.WriteGraphML, readGraphML},
	{"GEXF", "gexf", graph.WriteGEXF, readGEXF},
	{"CytoscapeJSON", "cyjs", graph.WriteCytoscapeJSON, readCytoscapeJSON},
	{"Neo4jCSV", "neo4j.txtar", writeNeo4jArchive, readNeo4jArchive},
}

func TestExport(t *testing.T) {
	for _, f := range exportFormats {
		t.Run(f.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, exportGraph(false)); err != nil {
				t.Fatal(err)
			}
			checkReadBack(t, f.read(t, buf.Bytes()))
			checkGolden(t, filepath.Join("testdata", "export", "small."+f.ext), buf.Bytes())
		})
	}
}

// checkReadBack checks what every format must carry of exportGraph.
func checkReadBack(t *testing.T, got readBack) {
	t.Helper()
	if len(got.nodes) != 6 {
		t.Errorf("got %d nodes, want 6", len(got.nodes))
	}
	layers := map[string]int{}
	for _, e := range got.edges {
		layers[e["layer"]]++
	}
	// A hand count of exportGraph's ties, aggregated interactions and affiliations.
	wantLayers := map[string]int{"comention": 3, "interaction": 3, "affiliation": 2}
	if fmt.Sprint(layers) != fmt.Sprint(wantLayers) {
		t.Errorf("got edges per layer %v, want %v", layers, wantLayers)
	}
	for _, tt := range []struct{ node, attr, want string }{
		{"hostile", "name", hostileName},
		{"hostile", "type", "group"},
		{"vladimir-putin", "name", cyrillicName},
		{"vladimir-putin", "affiliation", "russia"},
		{"volodymyr-zelensky", "type", "person"},
		{"volodymyr-zelensky", "mentions", "5"},
		{"nato", "type", "organization"},
	} {
		if v := got.nodes[tt.node][tt.attr]; v != tt.want {
			t.Errorf("node %s: got %s %q, want %q", tt.node, tt.attr, v, tt.want)
		}
	}
	for _, tt := range []struct {
		layer, source, target string
		want                  map[string]string
	}{
		{"comention", "hostile", "volodymyr-zelensky", map[string]string{"weight": "2", "count": "2", "evidence": "2"}},
		{"comention", "russia", "ukraine", map[string]string{"weight": "1", "count": "1", "evidence": "0"}},
		// Two threats of Goldstein weight -4: strength 8, negative polarity.
		{"interaction", "vladimir-putin", "volodymyr-zelensky", map[string]string{
			"kind": "threaten", "weight": "8", "count": "2", "polarity": "-1", "modality": "asserted; reported", "evidence": "2"}},
		// Goldstein weight 0: the count is the strength.
		{"interaction", "volodymyr-zelensky", "nato", map[string]string{"kind": "statement", "weight": "1", "polarity": "0", "modality": "planned"}},
		{"interaction", "hostile", "ukraine", map[string]string{"kind": "support", "weight": "3.5", "polarity": "1"}},
		{"affiliation", "volodymyr-zelensky", "ukraine", map[string]string{"kind": "works_for", "weight": "1", "evidence": "1"}},
		{"affiliation", "vladimir-putin", "russia", map[string]string{"kind": "affiliated_with", "evidence": "0"}},
	} {
		i := slices.IndexFunc(got.edges, func(e map[string]string) bool {
			return e["layer"] == tt.layer && e["source"] == tt.source && e["target"] == tt.target
		})
		if i < 0 {
			t.Errorf("no %s edge %s -> %s", tt.layer, tt.source, tt.target)
			continue
		}
		for k, want := range tt.want {
			if v := got.edges[i][k]; v != want {
				t.Errorf("%s edge %s -> %s: got %s %q, want %q", tt.layer, tt.source, tt.target, k, v, want)
			}
		}
	}
}

// checkGolden compares got with the golden file, or rewrites it under -update. On a
// mismatch it writes got beside the golden file, with .got appended.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".got", got, 0o644)
		t.Errorf("output differs from %s; see %s.got", path, path)
	}
}

func TestExportDeterministic(t *testing.T) {
	for _, f := range exportFormats {
		t.Run(f.name, func(t *testing.T) {
			var first, again, reversed bytes.Buffer
			for _, w := range []struct {
				buf      *bytes.Buffer
				reversed bool
			}{{&first, false}, {&again, false}, {&reversed, true}} {
				if err := f.write(w.buf, exportGraph(w.reversed)); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(first.Bytes(), again.Bytes()) {
				t.Error("writing the same graph twice gave different bytes")
			}
			if !bytes.Equal(first.Bytes(), reversed.Bytes()) {
				t.Error("building the graph in reverse order gave different bytes")
			}
		})
	}
}

func TestExportEmpty(t *testing.T) {
	for _, f := range exportFormats {
		t.Run(f.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, graph.New()); err != nil {
				t.Fatal(err)
			}
			got := f.read(t, buf.Bytes())
			if len(got.nodes) != 0 || len(got.edges) != 0 {
				t.Errorf("got %d nodes and %d edges, want none", len(got.nodes), len(got.edges))
			}
		})
	}
}

// failingWriter (nodelink_test.go) fails every write with "disk full".
func TestExportWriteError(t *testing.T) {
	for _, f := range exportFormats[:3] {
		t.Run(f.name, func(t *testing.T) {
			err := f.write(failingWriter{}, exportGraph(false))
			if err == nil || !strings.HasPrefix(err.Error(), "graph: write ") || !strings.Contains(err.Error(), "disk full") {
				t.Errorf("got error %v, want graph: write ...: disk full", err)
			}
		})
	}
}

func TestWriteNeo4jCSVErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, dir, want string }{
		{"directory is a file", file, fmt.Sprintf("graph: write neo4j csv: create directory %q: ", file)},
		{"under a file", filepath.Join(file, "out"), fmt.Sprintf("graph: write neo4j csv: create directory %q: ", filepath.Join(file, "out"))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := graph.WriteNeo4jCSV(tt.dir, exportGraph(false))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got error %v, want prefix %q", err, tt.want)
			}
		})
	}
	// A directory where actors.csv should be: the error names the file.
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(filepath.Join(out, "actors.csv"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := graph.WriteNeo4jCSV(out, exportGraph(false))
	if want := fmt.Sprintf("graph: write neo4j csv %q: ", filepath.Join(out, "actors.csv")); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got error %v, want prefix %q", err, want)
	}
}

func TestWriteNeo4jCSVHeaders(t *testing.T) {
	dir := t.TempDir()
	if err := graph.WriteNeo4jCSV(dir, exportGraph(false)); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"actors.csv":    "id:ID,name,type,affiliation,mentions:int,:LABEL",
		"relations.csv": ":START_ID,:END_ID,:TYPE,weight:double,count:int,layer,kind,polarity:int,modality,evidence:int",
	} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if got, _, _ := strings.Cut(string(b), "\n"); got != want {
			t.Errorf("%s: got header %q, want %q", name, got, want)
		}
	}
}

// TestWriteNodeLinkGolden keeps the node-link file that testdata/export/check_networkx.py
// reads next to the GraphML one.
func TestWriteNodeLinkGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := graph.WriteNodeLink(&buf, exportGraph(false)); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, filepath.Join("testdata", "export", "small.nodelink.json"), buf.Bytes())
}

func readGraphML(t *testing.T, b []byte) readBack {
	t.Helper()
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []data `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []data `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	if doc.Graph.EdgeDefault != "undirected" {
		t.Errorf("got edgedefault %q, want undirected", doc.Graph.EdgeDefault)
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
	}
	attrs := func(ds []data) map[string]string {
		m := map[string]string{}
		for _, d := range ds {
			name, ok := names[d.Key]
			if !ok {
				t.Errorf("data with undeclared key %q", d.Key)
			}
			m[name] = d.Value
		}
		return m
	}
	var r readBack
	r.nodes = map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		r.nodes[n.ID] = attrs(n.Data)
	}
	for _, e := range doc.Graph.Edges {
		m := attrs(e.Data)
		m["source"], m["target"] = e.Source, e.Target
		r.edges = append(r.edges, m)
	}
	return r
}

func readGEXF(t *testing.T, b []byte) readBack {
	t.Helper()
	type attvalue struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}
	var doc struct {
		Version string `xml:"version,attr"`
		Graph   struct {
			Attributes []struct {
				Class      string `xml:"class,attr"`
				Attributes []struct {
					ID    string `xml:"id,attr"`
					Title string `xml:"title,attr"`
				} `xml:"attribute"`
			} `xml:"attributes"`
			Nodes []struct {
				ID        string     `xml:"id,attr"`
				Label     string     `xml:"label,attr"`
				AttValues []attvalue `xml:"attvalues>attvalue"`
			} `xml:"nodes>node"`
			Edges []struct {
				Source    string     `xml:"source,attr"`
				Target    string     `xml:"target,attr"`
				Type      string     `xml:"type,attr"`
				Weight    string     `xml:"weight,attr"`
				AttValues []attvalue `xml:"attvalues>attvalue"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("GEXF does not parse: %v", err)
	}
	if doc.Version != "1.2" {
		t.Errorf("got GEXF version %q, want 1.2", doc.Version)
	}
	titles := map[string]map[string]string{"node": {}, "edge": {}}
	for _, block := range doc.Graph.Attributes {
		for _, a := range block.Attributes {
			titles[block.Class][a.ID] = a.Title
		}
	}
	attrs := func(class string, vs []attvalue) map[string]string {
		m := map[string]string{}
		for _, v := range vs {
			title, ok := titles[class][v.For]
			if !ok {
				t.Errorf("%s attvalue for undeclared attribute %q", class, v.For)
			}
			m[title] = v.Value
		}
		return m
	}
	var r readBack
	r.nodes = map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		m := attrs("node", n.AttValues)
		m["name"] = n.Label
		r.nodes[n.ID] = m
	}
	for _, e := range doc.Graph.Edges {
		m := attrs("edge", e.AttValues)
		m["source"], m["target"], m["weight"] = e.Source, e.Target, e.Weight
		if directed := m["layer"] != "comention"; e.Type != "" || m["directed"] != strconv.FormatBool(directed) {
			t.Errorf("%s edge %s -> %s has type %q and directed %q, want no type (NetworkX reads it) and directed=%v",
				m["layer"], e.Source, e.Target, e.Type, m["directed"], directed)
		}
		r.edges = append(r.edges, m)
	}
	return r
}

func readCytoscapeJSON(t *testing.T, b []byte) readBack {
	t.Helper()
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any }
			Edges []struct{ Data map[string]any }
		}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("Cytoscape JSON does not parse: %v", err)
	}
	text := func(data map[string]any) map[string]string {
		m := map[string]string{}
		for k, v := range data {
			switch v := v.(type) {
			case []any:
				var items []string
				for _, item := range v {
					items = append(items, fmt.Sprint(item))
				}
				m[k] = strings.Join(items, "; ")
			default:
				m[k] = fmt.Sprint(v)
			}
		}
		return m
	}
	var r readBack
	r.nodes = map[string]map[string]string{}
	for _, n := range doc.Elements.Nodes {
		m := text(n.Data)
		r.nodes[m["id"]] = m
	}
	for _, e := range doc.Elements.Edges {
		m := text(e.Data)
		if m["id"] == "" {
			t.Errorf("edge %s -> %s has no id", m["source"], m["target"])
		}
		r.edges = append(r.edges, m)
	}
	return r
}

// writeNeo4jArchive writes the two CSV files of WriteNeo4jCSV to w as a txtar archive, each
// after a line "-- name --", so that the CSV exporter fits the table of writers.
func writeNeo4jArchive(w io.Writer, g *graph.Graph) error {
	dir, err := os.MkdirTemp("", "neo4j")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := graph.WriteNeo4jCSV(dir, g); err != nil {
		return err
	}
	for _, name := range []string{"actors.csv", "relations.csv"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "-- %s --\n%s", name, b); err != nil {
			return err
		}
	}
	return nil
}

func readNeo4jArchive(t *testing.T, b []byte) readBack {
	t.Helper()
	bodies := map[string]string{}
	var name string
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if n, ok := strings.CutPrefix(strings.TrimSuffix(line, "\n"), "-- "); ok && strings.HasSuffix(n, " --") {
			name = strings.TrimSuffix(n, " --")
			continue
		}
		bodies[name] += line
	}
	files := map[string][][]string{}
	for name, body := range bodies {
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatalf("%s does not parse: %v", name, err)
		}
		files[name] = rows
	}
	// rowMaps names each field by its header without the type: "mentions:int" is
	// "mentions", ":START_ID" is "START_ID".
	rowMaps := func(rows [][]string) []map[string]string {
		var out []map[string]string
		for _, row := range rows[1:] {
			m := map[string]string{}
			for i, h := range rows[0] {
				name, typ, _ := strings.Cut(h, ":")
				m[cmp.Or(name, typ)] = row[i]
			}
			out = append(out, m)
		}
		return out
	}
	var r readBack
	r.nodes = map[string]map[string]string{}
	for _, m := range rowMaps(files["actors.csv"]) {
		if !strings.HasPrefix(m["LABEL"], "Actor") {
			t.Errorf("actor %s has labels %q, want Actor first", m["id"], m["LABEL"])
		}
		r.nodes[m["id"]] = m
	}
	for _, m := range rowMaps(files["relations.csv"]) {
		m["source"], m["target"] = m["START_ID"], m["END_ID"]
		if m["TYPE"] != strings.ToUpper(m["layer"]) {
			t.Errorf("relation %s -> %s has type %q and layer %q", m["source"], m["target"], m["TYPE"], m["layer"])
		}
		r.edges = append(r.edges, m)
	}
	return r
}

// layersFixture is what testdata/export/check_layers.py saw of the layer exports with
// NetworkX (testdata/export/layers.networkx.json).
type layersFixture struct {
	CoMention struct {
		Type     string             `json:"type"`
		Nodes    int                `json:"nodes"`
		Edges    int                `json:"edges"`
		PageRank map[string]float64 `json:"pagerank"`
	} `json:"comention"`
	Interaction struct {
		Type     string `json:"type"`
		Directed bool   `json:"directed"`
		Nodes    int    `json:"nodes"`
		Edges    int    `json:"edges"`
	} `json:"interaction"`
}

// TestExportLayersNetworkX checks exports of one layer against what NetworkX reads of them:
// testdata/export/check_layers.py read the golden files below with networkx.read_graphml and
// wrote layers.networkx.json. NetworkX's PageRank on the co-mention layer of the sample
// articles' graph is ours within 1e-6, and the interaction layer is a directed graph with
// our edges. Changing an export changes a golden file: rerun the script
// (go test ./graph -run ExportLayers -update; python3 testdata/export/check_layers.py).
func TestExportLayersNetworkX(t *testing.T) {
	g, err := graph.ReadNodeLink(bytes.NewReader(loadFixtures(t)["corpus"].Graph))
	if err != nil {
		t.Fatal(err)
	}
	var co bytes.Buffer
	if err := (graph.Export{Layer: graph.LayerCoMention}).GraphML(&co, g); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, filepath.Join("testdata", "export", "corpus.comention.graphml"), co.Bytes())
	small := exportGraph(false)
	var in bytes.Buffer
	if err := (graph.Export{Layer: graph.LayerInteraction}).GraphML(&in, small); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, filepath.Join("testdata", "export", "small.interaction.graphml"), in.Bytes())

	b, err := os.ReadFile(filepath.Join("testdata", "export", "layers.networkx.json"))
	if err != nil {
		t.Fatal(err)
	}
	var nx layersFixture
	if err := json.Unmarshal(b, &nx); err != nil {
		t.Fatal(err)
	}
	if nx.CoMention.Type != "Graph" || nx.CoMention.Nodes != g.Len() || nx.CoMention.Edges != g.NumTies() {
		t.Errorf("NetworkX read the co-mention layer as a %s of %d nodes and %d edges, want a Graph of %d and %d",
			nx.CoMention.Type, nx.CoMention.Nodes, nx.CoMention.Edges, g.Len(), g.NumTies())
	}
	ours := graph.PageRank(g)
	if len(ours) != len(nx.CoMention.PageRank) {
		t.Fatalf("%d PageRank scores, NetworkX has %d", len(ours), len(nx.CoMention.PageRank))
	}
	for _, s := range ours {
		if want, ok := nx.CoMention.PageRank[s.Actor.ID]; !ok || math.Abs(s.Value-want) > 1e-6 {
			t.Errorf("PageRank of %s = %.9f, NetworkX %.9f on the exported file", s.Actor.ID, s.Value, want)
		}
	}
	if !nx.Interaction.Directed || nx.Interaction.Nodes != small.Len() || nx.Interaction.Edges != len(small.Interactions()) {
		t.Errorf("NetworkX read the interaction layer as a %s (directed %v) of %d nodes and %d edges, want a directed graph of %d and %d",
			nx.Interaction.Type, nx.Interaction.Directed, nx.Interaction.Nodes, nx.Interaction.Edges, small.Len(), len(small.Interactions()))
	}
	var doc struct {
		Graph struct {
			EdgeDefault string     `xml:"edgedefault,attr"`
			Edges       []struct{} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(in.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Graph.EdgeDefault != "directed" || len(doc.Graph.Edges) != len(small.Interactions()) {
		t.Errorf("the interaction layer: edgedefault %q and %d edges, want directed and %d", doc.Graph.EdgeDefault, len(doc.Graph.Edges), len(small.Interactions()))
	}
}

// TestExportLayerSimple checks that one directed layer is a simple graph: interactions of
// two kinds from one actor to another are one edge, and the other layers are left out.
func TestExportLayerSimple(t *testing.T) {
	g := exportGraph(false)
	ev := extract.Evidence{Doc: "d3", Text: "s"}
	g.AddDocument(graph.Document{ID: "d3", Date: "2025-11-24"})
	g.AddInteraction(extract.Interaction{Source: "vladimir-putin", Target: "volodymyr-zelensky", Kind: "meet", CAMEO: "040",
		Goldstein: 1, Polarity: 0, Modality: extract.Planned, Evidence: ev})
	var buf bytes.Buffer
	if err := (graph.Export{Layer: graph.LayerInteraction}).GraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Edges       []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Graph.EdgeDefault != "directed" || len(doc.Graph.Edges) != 3 {
		t.Fatalf("edgedefault %q, %d edges; want directed and 3 (one for Putin to Zelensky)", doc.Graph.EdgeDefault, len(doc.Graph.Edges))
	}
	for _, e := range doc.Graph.Edges {
		data := map[string]string{}
		for _, d := range e.Data {
			data[d.Key] = d.Value
		}
		if data["layer"] != graph.LayerInteraction {
			t.Errorf("edge %s-%s of layer %q", e.Source, e.Target, data["layer"])
		}
		if e.Source != "vladimir-putin" {
			continue
		}
		// threaten twice (-4 each, polarity -1) and meet once (+1, polarity 0).
		want := map[string]string{"kind": "meet; threaten", "count": "3", "weight": "9", "goldstein": "-7",
			"polarity": "-1", "modality": "asserted; planned; reported", "evidence": "3", "cameo": "040; 13"}
		for k, v := range want {
			if data[k] != v {
				t.Errorf("merged edge: %s = %q, want %q", k, data[k], v)
			}
		}
	}
}

// TestGEXFSpells checks the spells of a dynamic GEXF: an actor lives from the first to the
// last date of its edges, unless an edge of no date makes it always there, and the graph's
// documents survive a filter.
func TestGEXFSpells(t *testing.T) {
	g := graph.New()
	for _, id := range []string{"a", "b", "c", "d"} {
		g.AddActor(graph.Actor{ID: id, Name: strings.ToUpper(id)})
	}
	g.AddDocument(graph.Document{ID: "d1", Date: "2025-11-01"})
	g.AddDocument(graph.Document{ID: "d2", Date: "2025-11-20"})
	g.AddTie("a", "b", 1, extract.Evidence{Doc: "d1"}, extract.Evidence{Doc: "d2"})
	g.AddTie("a", "c", 1) // no evidence, no date
	g.AddTie("b", "d", 1, extract.Evidence{Doc: "d2"})
	g = graph.Filter{MinWeight: 0.5}.Apply(g)
	if len(g.Documents()) != 2 {
		t.Fatalf("the filter lost the documents: %v", g.Documents())
	}
	var buf bytes.Buffer
	if err := graph.WriteGEXF(&buf, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Graph struct {
			Mode  string `xml:"mode,attr"`
			Nodes []struct {
				ID    string `xml:"id,attr"`
				Start string `xml:"start,attr"`
				End   string `xml:"end,attr"`
			} `xml:"nodes>node"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range doc.Graph.Nodes {
		got[n.ID] = n.Start + ".." + n.End
	}
	want := map[string]string{"a": "..", "b": "2025-11-01..2025-11-20", "c": "..", "d": "2025-11-20..2025-11-20"}
	if doc.Graph.Mode != "dynamic" || !reflect.DeepEqual(got, want) {
		t.Errorf("mode %q, spells %v; want dynamic and %v", doc.Graph.Mode, got, want)
	}
}
