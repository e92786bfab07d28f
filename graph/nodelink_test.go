package graph_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// readNodeLinkErrors are inputs ReadNodeLink rejects and the error each gives.
var readNodeLinkErrors = []struct {
	name, in, want string
}{
	{"empty input", ``, "graph: read node-link: line 1, column 1: unexpected end of JSON input"},
	{"bad JSON", `{"nodes": [}`, "graph: read node-link: line 1, column 12: invalid character '}' looking for beginning of value"},
	{"bad JSON on a later line", "{\n  \"nodes\": [],\n  \"edges\": [,]\n}", "graph: read node-link: line 3, column 13: invalid character ','"},
	{"trailing comma", `{"nodes": [{"id": "a"},]}`, "graph: read node-link: line 1, column 24: invalid character ']'"},
	{"not an object", `[{"id": "a"}]`, "graph: read node-link: top level is an array, want an object"},
	{"null", `null`, "graph: read node-link: top level is null, want an object"},
	{"no nodes", `{"edges": []}`, `graph: read node-link: missing "nodes"`},
	{"nodes not an array", `{"nodes": {"a": 1}}`, `graph: read node-link: "nodes" is an object, want an array`},
	{"node not an object", `{"nodes": ["a"]}`, `graph: read node-link: nodes[0] is a string, want an object`},
	{"directed", `{"directed": true, "nodes": []}`, "graph: read node-link: directed graphs are not supported: the actor graph is undirected"},
	{"directed not a bool", `{"directed": 1, "nodes": []}`, `graph: read node-link: "directed" is a number, want true or false`},
	{"both edge keys", `{"nodes": [], "edges": [], "links": []}`, `graph: read node-link: both "edges" and "links"`},
	{"missing id", `{"nodes": [{"name": "A"}]}`, `graph: read node-link: nodes[0]: missing "id"`},
	{"empty id", `{"nodes": [{"id": ""}]}`, `graph: read node-link: nodes[0]: id: empty string`},
	{"object id", `{"nodes": [{"id": {"x": 1}}]}`, `graph: read node-link: nodes[0]: id: an object, want a string or a number`},
	{"duplicate id", `{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "a"}]}`, `graph: read node-link: nodes[2]: duplicate id "a"`},
	{"duplicate numeric id", `{"nodes": [{"id": 1}, {"id": 1.0}]}`, `graph: read node-link: nodes[1]: duplicate id "1"`},
	{"name not a string", `{"nodes": [{"id": "a", "name": 7}]}`, `graph: read node-link: nodes[0]: "a": "name" is a number, want a string`},
	{"roles not strings", `{"nodes": [{"id": "a", "roles": [1]}]}`, `graph: read node-link: nodes[0]: "a": "roles" is an array, want an array of strings`},
	{"negative mentions", `{"nodes": [{"id": "a", "mentions": -1}]}`, `graph: read node-link: nodes[0]: "a": "mentions": -1 is not a non-negative integer`},
	{"unknown node", `{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b"}]}`, `graph: read node-link: edges[0]: unknown target node "b"`},
	{"unknown numeric node", `{"nodes": [{"id": 1}], "links": [{"source": 2, "target": 1}]}`, `graph: read node-link: links[0]: unknown source node "2"`},
	{"missing target", `{"nodes": [{"id": "a"}], "edges": [{"source": "a"}]}`, `graph: read node-link: edges[0]: missing "target"`},
	{"self-loop", `{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a"}]}`, `graph: read node-link: edges[0]: self-loop on "a"`},
	{"negative weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": -2}]}`, `graph: read node-link: edges[0]: "a"–"b": weight -2 is not positive`},
	{"zero weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": 0}]}`, `graph: read node-link: edges[0]: "a"–"b": weight 0 is not positive`},
	{"NaN weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": NaN}]}`, "graph: read node-link: line 1, column 90: NaN is not JSON (numbers must be finite)"},
	{"Infinity weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": -Infinity}]}`, "graph: read node-link: line 1, column 91: Infinity is not JSON (numbers must be finite)"},
	{"overflowing weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": 1e999}]}`, `graph: read node-link: edges[0]: "a"–"b": weight 1e999 is not finite`},
	{"weight too small", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": 1e-320}]}`, `graph: read node-link: edges[0]: "a"–"b": weight 1e-320 is so small that its distance 1/weight is not finite`},
	{"string weight", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": "2"}]}`, `graph: read node-link: edges[0]: "a"–"b": weight is a string, want a number`},
	{"overflowing total", `{"nodes": [{"id": "a"}, {"id": "b"}], "multigraph": true, "edges": [{"source": "a", "target": "b", "weight": 1e308}, {"source": "b", "target": "a", "weight": 1e308}]}`, `graph: read node-link: edges[1]: "b"–"a": total weight of repeated edges is not finite`},
	{"fractional count", `{"nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "count": 1.5}]}`, `graph: read node-link: edges[0]: "a"–"b": count: 1.5 is not a non-negative integer`},
}

func TestReadNodeLinkErrors(t *testing.T) {
	for _, tt := range readNodeLinkErrors {
		t.Run(tt.name, func(t *testing.T) {
			g, err := graph.ReadNodeLink(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("ReadNodeLink(%s) = %d actors, want error %q", tt.in, g.Len(), tt.want)
			}
			if got := err.Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("ReadNodeLink(%s) error = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadNodeLinkWrapsReadErrors(t *testing.T) {
	_, err := graph.ReadNodeLink(failingReader{})
	if got, want := err.Error(), "graph: read node-link: disk on fire"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}

// nodeLinkInput exercises what ReadNodeLink accepts beyond what WriteNodeLink writes.
const nodeLinkInput = `{
  "directed": false, "multigraph": true, "graph": {"name": "g"},
  "nodes": [
    {"id": 7, "label": "Seven", "club": "Mr. Hi"},
    {"id": -0},
    {"id": 2.50},
    {"id": "a", "name": "Alpha", "label": "ignored", "type": "person", "affiliation": null,
     "roles": ["b-role", "a-role"], "aliases": null, "mentions": 3}
  ],
  "links": [
    {"source": 7, "target": "a", "weight": 2, "key": 0},
    {"source": "a", "target": 7, "weight": 0.5, "count": 4, "key": 1},
    {"source": 0, "target": 2.5}
  ]
}`

func TestReadNodeLink(t *testing.T) {
	g, err := graph.ReadNodeLink(strings.NewReader(nodeLinkInput))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range g.Actors() {
		ids = append(ids, a.ID)
	}
	if want := []string{"0", "2.5", "7", "a"}; !slices.Equal(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	a, _ := g.Actor("a")
	if a.Name != "Alpha" || a.Type != "person" || a.Affiliation != "" || !slices.Equal(a.Roles, []string{"a-role", "b-role"}) || a.Mentions != 3 {
		t.Errorf("actor a = %+v", a)
	}
	if seven, _ := g.Actor("7"); seven.Name != "Seven" {
		t.Errorf("actor 7 is named %q, want its label Seven", seven.Name)
	}
	tie, ok := g.Tie("7", "a")
	if !ok || tie.Weight != 2.5 || tie.Count != 5 {
		t.Errorf("tie 7-a = %+v, %v; want weight 2.5 and count 5 (1 + 4)", tie, ok)
	}
	if tie, ok := g.Tie("2.5", "0"); !ok || tie.Weight != 1 || tie.Count != 1 {
		t.Errorf("tie 0-2.5 = %+v, %v; want the default weight 1 and count 1", tie, ok)
	}
}

func TestNodeLinkRoundTrip(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "zelensky", Name: "Volodymyr Zelensky", Type: "person", Affiliation: "ukraine",
		Roles: []string{"President of Ukraine"}, Aliases: []string{"Zelenskyy"}, Mentions: 4})
	g.AddActor(graph.Actor{ID: "ukraine", Type: "country"})
	g.AddActor(graph.Actor{ID: "at&t", Name: `<script>"a\b"</script>`, Type: "organization"})
	g.AddActor(graph.Actor{ID: "loner"})
	g.AddActor(graph.Actor{ID: "ferreyra", Type: "person", Affiliation: "ukraine", AffiliationInferred: true})
	g.AddTie("zelensky", "ukraine", 0.1)
	g.AddTie("zelensky", "ukraine", 0.2)
	g.AddTie("at&t", "zelensky", 1.0/3)

	var first bytes.Buffer
	if err := graph.WriteNodeLink(&first, g); err != nil {
		t.Fatal(err)
	}
	back, err := graph.ReadNodeLink(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatalf("reading what WriteNodeLink wrote: %v\n%s", err, first.Bytes())
	}
	if got, want := back.Actors(), g.Actors(); !equalActorLists(got, want) {
		t.Errorf("actors after a round trip = %+v, want %+v", got, want)
	}
	gotTies, wantTies := back.Ties(), g.Ties()
	if len(gotTies) != len(wantTies) {
		t.Fatalf("%d ties after a round trip, want %d", len(gotTies), len(wantTies))
	}
	for i := range gotTies {
		got, want := gotTies[i], wantTies[i]
		if got.A != want.A || got.B != want.B || got.Weight != want.Weight || got.Count != want.Count {
			t.Errorf("tie after a round trip = %+v, want %+v", got, want)
		}
	}
	var second bytes.Buffer
	if err := graph.WriteNodeLink(&second, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Errorf("second write differs:\n%s\nfirst:\n%s", second.Bytes(), first.Bytes())
	}
}

// wantNodeLink is what WriteNodeLink writes for a small graph: nodes by id, edges by source
// then target, one to a line, every attribute present.
const wantNodeLink = `{
  "directed": false,
  "multigraph": false,
  "graph": {},
  "nodes": [
    {"id":"a","name":"A & Co","type":"organization","affiliation":"","roles":[],"aliases":["A"],"mentions":2},
    {"id":"b","name":"b","type":"","affiliation":"a","roles":["chair"],"aliases":[],"mentions":0}
  ],
  "edges": [
    {"source":"a","target":"b","weight":1.5,"count":2}
  ]
}
`

func TestWriteNodeLink(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "b", Affiliation: "a", Roles: []string{"chair"}})
	g.AddActor(graph.Actor{ID: "a", Name: "A & Co", Type: "organization", Aliases: []string{"A"}, Mentions: 2})
	g.AddTie("b", "a", 1)
	g.AddTie("a", "b", 0.5)
	var buf bytes.Buffer
	if err := graph.WriteNodeLink(&buf, g); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != wantNodeLink {
		t.Errorf("WriteNodeLink wrote\n%s\nwant\n%s", got, wantNodeLink)
	}

	buf.Reset()
	if err := graph.WriteNodeLink(&buf, graph.New()); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": {},\n  \"nodes\": [],\n  \"edges\": []\n}\n"; got != want {
		t.Errorf("WriteNodeLink of the empty graph wrote\n%s\nwant\n%s", got, want)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteNodeLinkError(t *testing.T) {
	err := graph.WriteNodeLink(failingWriter{}, graph.New())
	if got, want := err.Error(), "graph: write node-link: disk full"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}

func FuzzReadNodeLink(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	paths = append(paths, filepath.Join("testdata", "export", "small.nodelink.json")) // all layers
	for _, path := range paths {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(nodeLinkInput))
	f.Add([]byte(wantNodeLink))
	for _, tt := range readNodeLinkErrors {
		f.Add([]byte(tt.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := graph.ReadNodeLink(bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "graph: ") {
				t.Errorf("error without prefix: %v", err)
			}
			return
		}
		var out bytes.Buffer
		if err := graph.WriteNodeLink(&out, g); err != nil {
			t.Fatal(err)
		}
		back, err := graph.ReadNodeLink(&out)
		if err != nil {
			t.Fatalf("cannot read what WriteNodeLink wrote: %v", err)
		}
		if back.Len() != g.Len() || len(back.Ties()) != len(g.Ties()) || len(back.Interactions()) != len(g.Interactions()) ||
			len(back.Affiliations()) != len(g.Affiliations()) || len(back.Documents()) != len(g.Documents()) {
			t.Errorf("round trip changed the graph: %d actors, %d ties, %d interactions; want %d, %d, %d",
				back.Len(), len(back.Ties()), len(back.Interactions()), g.Len(), len(g.Ties()), len(g.Interactions()))
		}
		for _, m := range graph.Measures() {
			m.Compute(g) // must not panic
		}
	})
}

func equalActorLists(a, b []graph.Actor) bool {
	return slices.EqualFunc(a, b, func(x, y graph.Actor) bool {
		return x.ID == y.ID && x.Name == y.Name && x.Type == y.Type && x.Affiliation == y.Affiliation &&
			x.AffiliationInferred == y.AffiliationInferred &&
			slices.Equal(x.Roles, y.Roles) && slices.Equal(x.Aliases, y.Aliases) && x.Mentions == y.Mentions
	})
}

// TestNodeLinkWholeAnalysis saves the sample articles' whole analysis as node-link and reads it
// back: the same actors, ties with their evidence, interactions, affiliations and
// documents, so that writing it again gives the same bytes.
func TestNodeLinkWholeAnalysis(t *testing.T) {
	docs, err := corpus.Documents()
	if err != nil {
		t.Fatal(err)
	}
	g := graph.FromResult(extract.Pipeline{}.Extract(docs...))
	var first bytes.Buffer
	if err := graph.WriteNodeLink(&first, g); err != nil {
		t.Fatal(err)
	}
	h, err := graph.ReadNodeLink(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"actors", h.Actors(), g.Actors()},
		{"ties", h.Ties(), g.Ties()},
		{"interactions", h.Interactions(), g.Interactions()},
		{"affiliations", h.Affiliations(), g.Affiliations()},
		{"documents", h.Documents(), g.Documents()},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s differ after the round trip", c.what)
		}
	}
	if len(h.Interactions()) == 0 || len(h.Documents()) != 2 || len(h.Ties()[0].Evidence) == 0 {
		t.Errorf("the round trip lost layers: %d interactions, %d documents", len(h.Interactions()), len(h.Documents()))
	}
	var second bytes.Buffer
	if err := graph.WriteNodeLink(&second, h); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("writing the graph read back gives other bytes")
	}
}

// TestReadNodeLinkJSONDetails checks that ReadNodeLink takes JSON apart as encoding/json
// does: escapes in keys and strings, repeated keys (the last counts), strings ending in
// escaped quotes or backslashes, brackets inside strings of attributes it skips, bad UTF-8
// (U+FFFD) and whitespace everywhere.
func TestReadNodeLinkJSONDetails(t *testing.T) {
	in := " \n{ \"nodes\" : [ {\"\\u0069d\":\"a\\\"\\\\\", \"name\": \"x\", \"name\":\"Al\\u00e9 \\ud83d\\ude00\"} ,\n" +
		"\t{\"id\": \"b\\\\\", \"skip\": [\"]}\", {\"}\": \"[\\\"\"}], \"name\": \"B\xffC\"},{\"id\":\"c\",\"id\":\"d\"} ] ,\r\n" +
		" \"edges\":[{\"source\":\"a\\\"\\\\\",\"target\":\"b\\\\\",\"weight\":2.5e0 , \"count\" : 3},\n" +
		"{\"target\":\"d\",\"source\":\"b\\\\\",\"weight\":1,\"weight\":4}], \"edges\": [{\"source\":\"d\",\"target\":\"a\\\"\\\\\"}] } \n"
	if !json.Valid([]byte(in)) {
		t.Fatal("test input is not valid JSON")
	}
	g, err := graph.ReadNodeLink(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var ids, names []string
	for _, a := range g.Actors() {
		ids = append(ids, a.ID)
		names = append(names, a.Name)
	}
	if want := []string{`a"\`, `b\`, "d"}; !slices.Equal(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	if want := []string{"Alé 😀", "B\uFFFDC", "d"}; !slices.Equal(names, want) {
		t.Errorf("names = %q, want %q", names, want)
	}
	// The last "edges" counts: one tie, of weight 1.
	ties := g.Ties()
	if len(ties) != 1 || ties[0].A != `a"\` || ties[0].B != "d" || ties[0].Weight != 1 || ties[0].Count != 1 {
		t.Errorf("ties = %+v, want only a\"\\–d of weight 1, count 1", ties)
	}
}
