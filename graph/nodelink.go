package graph

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
)

// ReadNodeLink reads a graph in NetworkX's node-link JSON format, as written by
// networkx.node_link_data and by WriteNodeLink:
//
//	{"directed": false, "multigraph": false,
//	 "nodes": [{"id": "a", "name": "Actor A", "type": "person"}, {"id": 2}],
//	 "edges": [{"source": "a", "target": 2, "weight": 1.5}]}
//
// Node ids are strings or numbers; a number becomes its decimal text (2 and 2.0 become "2",
// 2.5 becomes "2.5"). The node attributes name (or else label), type, affiliation, roles,
// aliases and mentions fill in the Actor; null counts as absent and other attributes are
// ignored. Ties are under "edges" or, as older NetworkX wrote them, "links". An edge's weight
// is 1 if absent and its count 1, and its evidence, if given, is kept; repeated edges
// between the same two nodes, as in a multigraph, add up their weights, counts and
// evidence. The documents, interactions and affiliations that WriteNodeLink writes among the
// graph's attributes ("graph") are read back too; other graph attributes are ignored.
//
// The actor graph is undirected: a directed graph is an error rather than silently made
// undirected. So are malformed JSON, NaN or Infinity (JSON has no such numbers; Python's
// json module writes them), a node without an id or with an id seen before, an edge naming
// a node that the nodes do not list, a self-loop, and a weight that is not positive or not
// finite. Errors are prefixed "graph: read node-link: " and name the offending element,
// such as links[3]. ReadNodeLink does not panic on any input.
func ReadNodeLink(r io.Reader) (*Graph, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("graph: read node-link: %w", err)
	}
	if !json.Valid(data) || kind(data) != "object" {
		var doc map[string]json.RawMessage // for encoding/json's error
		if err := json.Unmarshal(data, &doc); err != nil {
			return nil, jsonError(data, err)
		}
		return nil, readError("top level is null, want an object")
	}
	doc := splitObject(nil, data)

	for _, key := range []string{"directed", "multigraph"} {
		raw, ok := doc.get(key)
		if !ok || kind(raw) == "null" {
			continue
		}
		var b bool
		if err := json.Unmarshal(raw, &b); err != nil {
			return nil, readError("%q is %s, want true or false", key, an(kind(raw)))
		}
		if key == "directed" && b {
			return nil, readError("directed graphs are not supported: the actor graph is undirected")
		}
	}

	rawNodes, ok := doc.get("nodes")
	if !ok {
		return nil, readError(`missing "nodes"`)
	}
	nodes, err := objects("nodes", rawNodes)
	if err != nil {
		return nil, err
	}
	edgeKey := "edges"
	rawEdges, hasEdges := doc.get("edges")
	if rawLinks, hasLinks := doc.get("links"); hasLinks {
		if hasEdges {
			return nil, readError(`both "edges" and "links"`)
		}
		edgeKey, rawEdges = "links", rawLinks
	}
	var edges []json.RawMessage
	if rawEdges != nil {
		if edges, err = objects(edgeKey, rawEdges); err != nil {
			return nil, err
		}
	}

	g := New()
	var o object // one object's members, reused from item to item
	for i, node := range nodes {
		o = splitObject(o[:0], node)
		a, err := readActor(o)
		if err != nil {
			return nil, readError("nodes[%d]: %v", i, err)
		}
		if _, dup := g.index[a.ID]; dup {
			return nil, readError("nodes[%d]: duplicate id %q", i, a.ID)
		}
		g.AddActor(a)
	}
	for i, edge := range edges {
		o = splitObject(o[:0], edge)
		if err := readTie(g, o); err != nil {
			return nil, readError("%s[%d]: %v", edgeKey, i, err)
		}
	}
	layers, _ := doc.get("graph")
	if err := readLayers(g, layers); err != nil {
		return nil, readError("%v", err)
	}
	return g, nil
}

func readError(format string, args ...any) error {
	return fmt.Errorf("graph: read node-link: "+format, args...)
}

// jsonError explains why data is not a JSON object.
func jsonError(data []byte, err error) error {
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		at := max(int(syntax.Offset)-1, 0) // the byte the decoder choked on
		line := 1 + bytes.Count(data[:at], []byte("\n"))
		col := at - bytes.LastIndexByte(data[:at], '\n')
		for _, word := range []string{"NaN", "Infinity"} {
			if bytes.HasPrefix(data[at:], []byte(word)) {
				return fmt.Errorf("graph: read node-link: line %d, column %d: %s is not JSON (numbers must be finite): %w", line, col, word, err)
			}
		}
		return fmt.Errorf("graph: read node-link: line %d, column %d: %w", line, col, err)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return readError("top level is %s, want an object", an(typ.Value))
	}
	return fmt.Errorf("graph: read node-link: %w", err)
}

// objects returns the elements of a valid JSON array of objects.
func objects(key string, raw json.RawMessage) ([]json.RawMessage, error) {
	if k := kind(raw); k != "array" {
		return nil, readError("%q is %s, want an array", key, an(k))
	}
	items := splitArray(raw)
	for i, item := range items {
		if k := kind(item); k != "object" {
			return nil, readError("%s[%d] is %s, want an object", key, i, an(k))
		}
	}
	return items, nil
}

func readActor(node object) (Actor, error) {
	raw, ok := node.get("id")
	if !ok {
		return Actor{}, errors.New(`missing "id"`)
	}
	id, err := nodeID(raw)
	if err != nil {
		return Actor{}, fmt.Errorf("id: %v", err)
	}
	a := Actor{ID: id}
	for _, f := range []struct {
		key string
		dst *string
	}{
		{"name", &a.Name},
		{"type", &a.Type},
		{"affiliation", &a.Affiliation},
	} {
		if err := stringAttr(node, f.key, f.dst); err != nil {
			return Actor{}, fmt.Errorf("%q: %v", id, err)
		}
	}
	if raw, ok := node.get("affiliation_inferred"); ok && kind(raw) != "null" {
		if err := json.Unmarshal(raw, &a.AffiliationInferred); err != nil {
			return Actor{}, fmt.Errorf("%q: \"affiliation_inferred\" is %s, want true or false", id, kind(raw))
		}
	}
	if a.Name == "" {
		if err := stringAttr(node, "label", &a.Name); err != nil {
			return Actor{}, fmt.Errorf("%q: %v", id, err)
		}
	}
	for _, f := range []struct {
		key string
		dst *[]string
	}{
		{"roles", &a.Roles},
		{"aliases", &a.Aliases},
	} {
		raw, ok := node.get(f.key)
		if !ok || kind(raw) == "null" {
			continue
		}
		if err := json.Unmarshal(raw, f.dst); err != nil {
			return Actor{}, fmt.Errorf("%q: %q is %s, want an array of strings", id, f.key, an(kind(raw)))
		}
	}
	if raw, ok := node.get("mentions"); ok && kind(raw) != "null" {
		n, err := count(raw)
		if err != nil {
			return Actor{}, fmt.Errorf("%q: \"mentions\": %v", id, err)
		}
		a.Mentions = n
	}
	return a, nil
}

func readTie(g *Graph, edge object) error {
	var ends [2]string
	for i, key := range []string{"source", "target"} {
		raw, ok := edge.get(key)
		if !ok {
			return fmt.Errorf("missing %q", key)
		}
		if text, ok := plainString(raw); ok { // most ends: found with no new string
			if at, ok := g.index[string(text)]; ok {
				ends[i] = g.actors[at].ID
				continue
			}
		}
		id, err := nodeID(raw)
		if err != nil {
			return fmt.Errorf("%s: %v", key, err)
		}
		if _, ok := g.index[id]; !ok {
			return fmt.Errorf("unknown %s node %q", key, id)
		}
		ends[i] = id
	}
	a, b := ends[0], ends[1]
	if a == b {
		return fmt.Errorf("self-loop on %q", a)
	}
	weight := 1.0
	if raw, ok := edge.get("weight"); ok && kind(raw) != "null" {
		if k := kind(raw); k != "number" {
			return fmt.Errorf("%q–%q: weight is %s, want a number", a, b, an(k))
		}
		w, err := strconv.ParseFloat(string(raw), 64)
		switch {
		case err != nil && !math.IsInf(w, 0):
			return fmt.Errorf("%q–%q: weight: %v", a, b, err)
		case math.IsInf(w, 0):
			return fmt.Errorf("%q–%q: weight %s is not finite", a, b, raw)
		case !(w > 0):
			return fmt.Errorf("%q–%q: weight %s is not positive", a, b, raw)
		case !usableWeight(w):
			return fmt.Errorf("%q–%q: weight %s is so small that its distance 1/weight is not finite", a, b, raw)
		}
		weight = w
	}
	n := 1
	if raw, ok := edge.get("count"); ok && kind(raw) != "null" {
		var err error
		if n, err = count(raw); err != nil {
			return fmt.Errorf("%q–%q: count: %v", a, b, err)
		}
	}
	var evidence []evidenceJSON
	if raw, ok := edge.get("evidence"); ok && kind(raw) != "null" {
		if err := json.Unmarshal(raw, &evidence); err != nil {
			return fmt.Errorf("%q–%q: evidence is %s, want a list of {doc, sentence, start, end, text}", a, b, an(kind(raw)))
		}
	}
	if t := g.findTie(a, b); t != nil && !usableWeight(t.weight+weight) {
		return fmt.Errorf("%q–%q: total weight of repeated edges is not finite", a, b)
	}
	g.addTie(a, b, weight, n, fromEvidenceJSON(evidence))
	return nil
}

// nodeID returns the actor ID of a node id or an edge end: a non-empty string, or a number
// as decimal text.
func nodeID(raw json.RawMessage) (string, error) {
	switch k := kind(raw); k {
	case "string":
		s := jsonString(raw)
		if s == "" {
			return "", errors.New("empty string")
		}
		return s, nil
	case "number":
		text := string(raw)
		if i, err := strconv.ParseInt(text, 10, 64); err == nil {
			return strconv.FormatInt(i, 10), nil
		}
		f, err := strconv.ParseFloat(text, 64)
		if math.IsInf(f, 0) {
			return "", fmt.Errorf("%s is out of range", text)
		}
		if err != nil {
			return "", err
		}
		if f == math.Trunc(f) && math.Abs(f) < 1e21 {
			return strconv.FormatFloat(f, 'f', -1, 64), nil
		}
		return strconv.FormatFloat(f, 'g', -1, 64), nil
	default:
		return "", fmt.Errorf("%s, want a string or a number", an(k))
	}
}

// stringAttr sets *dst to the string attribute key of node, if present and not null.
func stringAttr(node object, key string, dst *string) error {
	raw, ok := node.get(key)
	switch k := kind(raw); {
	case !ok || k == "null":
	case k == "string":
		*dst = jsonString(raw)
	default:
		return fmt.Errorf("%q is %s, want a string", key, an(k))
	}
	return nil
}

// count parses a non-negative integer.
func count(raw json.RawMessage) (int, error) {
	if k := kind(raw); k != "number" {
		return 0, fmt.Errorf("%s, want a non-negative integer", an(k))
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || f < 0 || f != math.Trunc(f) || f > math.MaxInt32 {
		return 0, fmt.Errorf("%s is not a non-negative integer", raw)
	}
	return int(f), nil
}

// kind returns the JSON type of a raw value, as encoding/json names it.
func kind(raw json.RawMessage) string {
	raw = raw[skipSpace(raw, 0):]
	if len(raw) == 0 {
		return "nothing"
	}
	switch c := raw[0]; {
	case c == '"':
		return "string"
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == 't' || c == 'f':
		return "bool"
	case c == 'n':
		return "null"
	default:
		return "number"
	}
}

// an prefixes a JSON type name with its article.
func an(kind string) string {
	switch kind {
	case "array", "object":
		return "an " + kind
	case "null", "nothing":
		return kind
	}
	return "a " + kind
}

// nodeLinkNode and nodeLinkEdge fix the order of the attributes WriteNodeLink writes.
type nodeLinkNode struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Affiliation string   `json:"affiliation"`
	Inferred    bool     `json:"affiliation_inferred,omitempty"`
	Roles       []string `json:"roles"`
	Aliases     []string `json:"aliases"`
	Mentions    int      `json:"mentions"`
}

type nodeLinkEdge struct {
	Source   string         `json:"source"`
	Target   string         `json:"target"`
	Weight   float64        `json:"weight"`
	Count    int            `json:"count"`
	Evidence []evidenceJSON `json:"evidence,omitempty"`
}

// WriteNodeLink writes g in NetworkX's node-link JSON format with the "edges" key: NetworkX
// 3.4 and later read it with networkx.node_link_graph(data, edges="edges"), 2.8 to 3.3 with
// networkx.node_link_graph(data, link="edges"). The edges are the co-mention ties, so that
// NetworkX's measures on the graph are this package's. Nodes carry the actor's id, name,
// type, affiliation, roles, aliases and mentions, every attribute always present; edges
// carry source, target, weight, count and evidence (the sentences, each with its document,
// sentence index, byte span and text), with source < target. The graph's own attributes
// ("graph", G.graph in NetworkX) hold the rest of the analysis: the documents evidence
// cites (id, title, source, date, url), the interactions and the affiliations. Interactions
// are written one entry for each source, target, kind, code, polarity and modality: "count"
// of them (left out when 1), "goldstein" their weights summed, and "evidence" one object
// for one interaction, as files before counts had it, or a list. Nodes are sorted by id and edges by source, then target, one to a line, so
// that the same graph gives the same bytes. ReadNodeLink reads the output back into an
// equal graph, all layers and evidence included (save an analysis, and reload it with
// actorgraph -in), but for strings that are not valid UTF-8: encoding/json writes their bad
// bytes as U+FFFD.
func WriteNodeLink(w io.Writer, g *Graph) error {
	bw := bufio.NewWriter(w)
	var item bytes.Buffer
	enc := json.NewEncoder(&item)
	enc.SetEscapeHTML(false) // names such as "AT&T" stay readable
	line := func(v any, last bool) {
		item.Reset()
		if err := enc.Encode(v); err != nil {
			panic("graph: encode node-link: " + err.Error()) // cannot happen: the values are strings, numbers and string slices
		}
		bw.WriteString("    ")
		bw.Write(bytes.TrimSuffix(item.Bytes(), []byte("\n")))
		if !last {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}

	layers, err := json.Marshal(g.layersJSON())
	if err != nil {
		return fmt.Errorf("graph: write node-link: %w", err) // cannot happen: strings and finite numbers
	}
	bw.WriteString("{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": ")
	bw.Write(layers)
	bw.WriteString(",\n  \"nodes\": [")
	actors := g.Actors()
	if len(actors) > 0 {
		bw.WriteString("\n")
	}
	for i, a := range actors {
		line(nodeLinkNode{
			ID:          a.ID,
			Name:        a.Name,
			Type:        a.Type,
			Affiliation: a.Affiliation,
			Inferred:    a.AffiliationInferred,
			Roles:       nonNil(a.Roles),
			Aliases:     nonNil(a.Aliases),
			Mentions:    a.Mentions,
		}, i == len(actors)-1)
	}
	if len(actors) > 0 {
		bw.WriteString("  ")
	}
	bw.WriteString("],\n  \"edges\": [")
	ties := g.Ties()
	if len(ties) > 0 {
		bw.WriteString("\n")
	}
	for i, t := range ties {
		line(nodeLinkEdge{Source: t.A, Target: t.B, Weight: t.Weight, Count: t.Count, Evidence: toEvidenceJSON(t.Evidence)}, i == len(ties)-1)
	}
	if len(ties) > 0 {
		bw.WriteString("  ")
	}
	bw.WriteString("]\n}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("graph: write node-link: %w", err)
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
