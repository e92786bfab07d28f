package graph

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// The layers of an exported graph, the value of every edge's layer attribute.
const (
	LayerCoMention   = "comention"   // the co-mention ties (Ties): undirected
	LayerInteraction = "interaction" // the interaction layer (Interactions): directed, source acts
	LayerAffiliation = "affiliation" // the affiliation layer (Affiliations): directed, source belongs to target
	LayerAll         = "all"         // all three, in one undirected multigraph
)

// Layers lists the layers an Export may write, LayerAll last.
var Layers = []string{LayerCoMention, LayerInteraction, LayerAffiliation, LayerAll}

// An Export writes a graph for other tools, with the edges of one layer or of all three.
//
// One layer is a simple graph other tools read as actorgraph does: the co-mention layer is
// the undirected weighted graph the measures use, so NetworkX's pagerank on it gives what
// graph.PageRank gives; the interaction and affiliation layers are directed graphs
// (GraphML edgedefault="directed", GEXF defaultedgetype="directed", Cytoscape.js
// "directed": true), read as a DiGraph: interactions of several kinds from one actor to
// another are one edge, whose weight is the sum of theirs and whose kind lists theirs
// ("criticize; meet"). All layers together are one undirected multigraph whose directed edges carry
// directed=true, as WriteGraphML has always written: NetworkX's measures on that file mix
// the layers, and differ from actorgraph's.
type Export struct {
	// Layer is LayerCoMention, LayerInteraction, LayerAffiliation or LayerAll; "" is
	// LayerAll, what WriteGraphML, WriteGEXF and WriteCytoscapeJSON write.
	Layer string
}

// check returns an error if x.Layer is no layer.
func (x Export) check() error {
	if x.Layer == "" || slices.Contains(Layers, x.Layer) {
		return nil
	}
	return fmt.Errorf("graph: export: unknown layer %q (want comention, interaction, affiliation or all)", x.Layer)
}

// directed reports whether x writes a directed graph: one directed layer.
func (x Export) directed() bool { return x.Layer == LayerInteraction || x.Layer == LayerAffiliation }

// has reports whether x writes the edges of layer.
func (x Export) has(layer string) bool {
	return x.Layer == "" || x.Layer == LayerAll || x.Layer == layer
}

// listSeparator joins the items of a list attribute (roles, aliases, modalities) in formats
// without lists: GraphML, GEXF and CSV.
const listSeparator = "; "

// exportEdge is one edge of any layer, as the exporters write it. Fields that do not apply
// to its layer are zero and not written (has says which of the optional ones apply).
type exportEdge struct {
	id             string // "e0", "e1", ... in the order written
	source, target string
	layer          string
	directed       bool
	weight         float64 // a strength: positive and finite
	count          int
	kind           string
	polarity       int
	hasPolarity    bool // interactions only
	modality       []string
	goldstein      float64 // interactions only: summed Goldstein weights, signed
	cameo          string
	role           string
	evidence       int    // number of evidence sentences
	first, last    string // the earliest and latest dates of its evidence, YYYY-MM-DD, or ""
	signed         int    // interactions only: polarity times count, summed when merged
}

// exportEdges lists the edges of all three layers: co-mention ties sorted by their ends,
// then interaction edges sorted by source, target and kind, then affiliations sorted by
// actor, target, kind and role; each numbered in that order.
//
// An interaction edge's weight is a strength, as in Cooperation and Conflict: the magnitude
// of its summed Goldstein weights, or its count if they sum to zero; the signed sum is its
// goldstein attribute, and its polarity that of its kind. An affiliation weighs 1. In a
// single directed layer, parallel edges are merged by mergeParallel: their weights, which are
// strengths, add up, whatever their signs.
func exportEdges(g *Graph, x Export) []exportEdge {
	var out []exportEdge
	for _, t := range g.Ties() {
		if !x.has(LayerCoMention) {
			break
		}
		first, last := g.dateSpan(t.Evidence)
		out = append(out, exportEdge{
			source: t.A, target: t.B, layer: LayerCoMention,
			weight: t.Weight, count: t.Count, evidence: len(t.Evidence), first: first, last: last,
		})
	}
	for _, e := range g.Interactions() {
		if !x.has(LayerInteraction) {
			break
		}
		w := math.Abs(e.Goldstein)
		if !usableWeight(w) {
			w = float64(e.Count)
		}
		modality := make([]string, len(e.Modalities))
		for i, m := range e.Modalities {
			modality[i] = string(m)
		}
		first, last := g.dateSpan(e.Evidence)
		out = append(out, exportEdge{
			source: e.Source, target: e.Target, layer: LayerInteraction, directed: true,
			weight: w, count: e.Count, kind: e.Kind, polarity: e.Polarity, hasPolarity: true,
			modality: modality, goldstein: e.Goldstein, cameo: e.CAMEO, evidence: len(e.Evidence),
			first: first, last: last, signed: e.Polarity * e.Count,
		})
	}
	for _, a := range g.Affiliations() {
		if !x.has(LayerAffiliation) {
			break
		}
		first, last := g.dateSpan(a.Evidence)
		out = append(out, exportEdge{
			source: a.Actor, target: a.Of, layer: LayerAffiliation, directed: true,
			weight: 1, count: 1, kind: a.Kind, role: a.Role, evidence: len(a.Evidence),
			first: first, last: last,
		})
	}
	if x.directed() {
		out = mergeParallel(out)
	}
	for i := range out {
		out[i].id = "e" + strconv.Itoa(i)
		out[i].weight = finite(out[i].weight)
		out[i].goldstein = finite(out[i].goldstein)
	}
	return out
}

// mergeParallel makes one edge of the edges of one layer that join the same source to the
// same target (an interaction layer with two kinds between two actors, an affiliation with
// two roles), so that a single layer is a simple graph: its weight, count, evidence and
// Goldstein sum are the sums of theirs, its polarity the sign of their polarities summed
// over their interactions ("meet; talk" stays 0), and its kinds,
// codes, modalities and roles are theirs joined with "; ", each once, in order. edges are
// sorted by source and target, as exportEdges sorts each layer.
func mergeParallel(edges []exportEdge) []exportEdge {
	out := edges[:0]
	for _, e := range edges {
		n := len(out)
		if n == 0 || out[n-1].source != e.source || out[n-1].target != e.target || out[n-1].layer != e.layer {
			out = append(out, e)
			continue
		}
		m := &out[n-1]
		m.weight = finite(m.weight + e.weight)
		m.count += e.count
		m.evidence += e.evidence
		m.goldstein = finite(m.goldstein + e.goldstein)
		m.signed += e.signed
		m.polarity = sign(float64(m.signed))
		m.kind = joinOnce(m.kind, e.kind)
		m.cameo = joinOnce(m.cameo, e.cameo)
		m.role = joinOnce(m.role, e.role)
		for _, mo := range e.modality {
			if !slices.Contains(m.modality, mo) {
				m.modality = append(m.modality, mo)
			}
		}
		slices.Sort(m.modality)
		if e.first != "" && (m.first == "" || e.first < m.first) {
			m.first = e.first
		}
		m.last = max(m.last, e.last)
	}
	return out
}

// joinOnce returns list, a "; "-joined list, with item added at its end unless it is empty
// or in it already.
func joinOnce(list, item string) string {
	switch {
	case item == "" || slices.Contains(strings.Split(list, listSeparator), item):
		return list
	case list == "":
		return item
	}
	return list + listSeparator + item
}

// sign returns -1, 0 or 1, the sign of f.
func sign(f float64) int {
	switch {
	case f < 0:
		return -1
	case f > 0:
		return 1
	}
	return 0
}

// dateSpan returns the earliest and latest dates, YYYY-MM-DD, of the documents that evidence
// cites, or "" and "" if none of them has such a date.
func (g *Graph) dateSpan(evidence []extract.Evidence) (first, last string) {
	for _, e := range evidence {
		d := g.documents[e.Doc].Date
		if !isoDate(d) {
			continue
		}
		if first == "" || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	return first, last
}

// isoDate reports whether s is a date written YYYY-MM-DD.
func isoDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// finite returns f, or the nearest finite number if f is infinite (±math.MaxFloat64), or 0
// if it is NaN: no exporter writes "+Inf" or "NaN" where a consumer reads a number, and
// encoding/json, which refuses them, never sees one. The graph's own invariants keep its
// numbers finite (tie weights are, Interactions clamps its sums); this is the last guard.
func finite(f float64) float64 {
	switch {
	case math.IsNaN(f):
		return 0
	case math.IsInf(f, 1):
		return math.MaxFloat64
	case math.IsInf(f, -1):
		return -math.MaxFloat64
	}
	return f
}

// xmlID returns an actor ID as GraphML and GEXF write it, as a node id and an edge end.
// XML 1.0 cannot hold most control characters, U+FFFE and U+FFFF, nor bytes that are not
// UTF-8; encoding/xml writes them all as U+FFFD, which would merge the IDs "a\x01" and
// "a\x02" into one. So xmlID writes each byte of such a character, each invalid byte, and
// every '%', as %XX (uppercase hex), as URIs do: "a\x01" becomes "a%01" and "50%" "50%25".
// IDs without those characters are unchanged; url.PathUnescape gives back the actor ID.
func xmlID(id string) string {
	if !strings.ContainsFunc(id, func(r rune) bool { return r == '%' || !xmlChar(r) }) && utf8.ValidString(id) {
		return id
	}
	var b strings.Builder
	for i := 0; i < len(id); {
		r, size := utf8.DecodeRuneInString(id[i:])
		if r == '%' || !xmlChar(r) || r == utf8.RuneError && size == 1 {
			for _, c := range []byte(id[i : i+size]) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
		} else {
			b.WriteString(id[i : i+size])
		}
		i += size
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 can hold r (https://www.w3.org/TR/xml/#charsets).
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= utf8.MaxRune
}

// formatFloat writes a float in the shortest form that reads back as the same number, a
// form XML Schema's double, JSON, Java and Python all accept.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// xmlHeader starts every XML document the exporters write.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// writeXML writes v as an indented XML document.
func writeXML(w io.Writer, v any, format string) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xmlHeader)
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("graph: write %s: %w", format, err)
	}
	bw.WriteString("\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("graph: write %s: %w", format, err)
	}
	return nil
}

// GraphML document, after http://graphml.graphdrawing.org/specification.html.
type (
	graphMLDoc struct {
		XMLName        xml.Name     `xml:"graphml"`
		XMLNS          string       `xml:"xmlns,attr"`
		XSI            string       `xml:"xmlns:xsi,attr"`
		SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
		Keys           []graphMLKey `xml:"key"`
		Graph          graphMLGraph `xml:"graph"`
	}
	graphMLKey struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	graphMLGraph struct {
		ID          string        `xml:"id,attr"`
		EdgeDefault string        `xml:"edgedefault,attr"`
		Nodes       []graphMLNode `xml:"node"`
		Edges       []graphMLEdge `xml:"edge"`
	}
	graphMLNode struct {
		ID   string        `xml:"id,attr"`
		Data []graphMLData `xml:"data"`
	}
	graphMLEdge struct {
		ID     string        `xml:"id,attr"`
		Source string        `xml:"source,attr"`
		Target string        `xml:"target,attr"`
		Data   []graphMLData `xml:"data"`
	}
	graphMLData struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
)

// graphMLKeys declares the attributes WriteGraphML writes. Each key's id is its name.
var graphMLKeys = []graphMLKey{
	{For: "node", Name: "label", Type: "string"},
	{For: "node", Name: "name", Type: "string"},
	{For: "node", Name: "type", Type: "string"},
	{For: "node", Name: "affiliation", Type: "string"},
	{For: "node", Name: "mentions", Type: "int"},
	{For: "node", Name: "roles", Type: "string"},
	{For: "node", Name: "aliases", Type: "string"},
	{For: "edge", Name: "layer", Type: "string"},
	{For: "edge", Name: "directed", Type: "boolean"},
	{For: "edge", Name: "weight", Type: "double"},
	{For: "edge", Name: "count", Type: "int"},
	{For: "edge", Name: "kind", Type: "string"},
	{For: "edge", Name: "polarity", Type: "int"},
	{For: "edge", Name: "modality", Type: "string"},
	{For: "edge", Name: "goldstein", Type: "double"},
	{For: "edge", Name: "cameo", Type: "string"},
	{For: "edge", Name: "role", Type: "string"},
	{For: "edge", Name: "evidence", Type: "int"},
}

// WriteGraphML writes g as GraphML (http://graphml.graphdrawing.org/specification.html),
// which networkx.read_graphml, Gephi, Cytoscape and yEd read.
//
// Nodes are the actors, sorted by ID, with the attributes label and name (both the actor's
// name), type, affiliation, mentions, roles and aliases (lists joined with "; "). Edges are
// those of all three layers, co-mention ties first, then interactions, then affiliations,
// each layer sorted as its accessor sorts it (Ties, Interactions, Affiliations), with the
// attributes layer ("comention", "interaction" or "affiliation"), directed, weight (a
// strength), count, evidence (the number of evidence sentences) and, where they apply, kind,
// polarity, modality (joined with "; "), goldstein (the signed sum of Goldstein weights),
// cameo and role. An interaction edge's weight is the magnitude of its summed Goldstein
// weights, or its count if they sum to zero; an affiliation's weight is 1. Attributes that
// do not apply, and empty strings, are left out.
//
// GraphML could mark the directed layers with directed="true" on an edge of an undirected
// graph, but NetworkX refuses such a mixed graph ("directed=true edge found in undirected
// graph"). So every edge is undirected in GraphML terms; the interaction and affiliation
// edges run from the actor that acts or belongs to the other, and their data attribute
// directed is true. With edges of several layers between two actors, NetworkX reads the
// output as a MultiGraph; edge ids are "e0", "e1", ... in the order written.
//
// All text goes through encoding/xml, so names with markup, quotes or newlines round-trip
// and the output is well-formed XML 1.0 whatever the graph holds. In names and other
// attributes, characters that XML 1.0 cannot hold (most control characters, U+FFFE, U+FFFF,
// invalid UTF-8) are written as U+FFFD. Node ids and edge ends cannot be lossy, or two
// actors would share an id: there such characters, and '%', are percent-encoded (%01, %25;
// see xmlID), so ids stay unique and url.PathUnescape gives back the actor ID; other ids are
// written as they are. Numbers are finite. The same graph gives the same bytes.
func WriteGraphML(w io.Writer, g *Graph) error { return Export{}.GraphML(w, g) }

// GraphML writes g as WriteGraphML does, with the edges of x's layer; a directed layer makes
// a directed graph (edgedefault="directed").
func (x Export) GraphML(w io.Writer, g *Graph) error {
	if err := x.check(); err != nil {
		return err
	}
	doc := graphMLDoc{
		XMLNS:          "http://graphml.graphdrawing.org/xmlns",
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Graph:          graphMLGraph{ID: "G", EdgeDefault: "undirected"},
	}
	if x.directed() {
		doc.Graph.EdgeDefault = "directed"
	}
	for _, k := range graphMLKeys {
		k.ID = k.Name
		doc.Keys = append(doc.Keys, k)
	}
	for _, a := range g.Actors() {
		n := graphMLNode{ID: xmlID(a.ID)}
		n.Data = appendData(n.Data,
			"label", a.Name,
			"name", a.Name,
			"type", a.Type,
			"affiliation", a.Affiliation,
			"mentions", strconv.Itoa(a.Mentions),
			"roles", strings.Join(a.Roles, listSeparator),
			"aliases", strings.Join(a.Aliases, listSeparator))
		doc.Graph.Nodes = append(doc.Graph.Nodes, n)
	}
	for _, e := range exportEdges(g, x) {
		ge := graphMLEdge{ID: e.id, Source: xmlID(e.source), Target: xmlID(e.target)}
		ge.Data = appendData(ge.Data, e.attrs(true)...)
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	return writeXML(w, doc, "graphml")
}

// attrs lists the attributes of e that GraphML and GEXF write, as key and value pairs, in
// their order; the weight among them if withWeight.
func (e exportEdge) attrs(withWeight bool) []string {
	kv := []string{"layer", e.layer, "directed", strconv.FormatBool(e.directed)}
	if withWeight {
		kv = append(kv, "weight", formatFloat(e.weight))
	}
	kv = append(kv, "count", strconv.Itoa(e.count), "kind", e.kind)
	if e.hasPolarity {
		kv = append(kv,
			"polarity", strconv.Itoa(e.polarity),
			"modality", strings.Join(e.modality, listSeparator),
			"goldstein", formatFloat(e.goldstein))
	}
	return append(kv, "cameo", e.cameo, "role", e.role, "evidence", strconv.Itoa(e.evidence))
}

// appendData appends a data element for each key and value given in pairs, leaving out
// empty values.
func appendData(data []graphMLData, pairs ...string) []graphMLData {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			data = append(data, graphMLData{Key: pairs[i], Value: pairs[i+1]})
		}
	}
	return data
}

// GEXF 1.2 document, after https://gexf.net/schema.html (version 1.2draft).
type (
	gexfDoc struct {
		XMLName        xml.Name  `xml:"gexf"`
		XMLNS          string    `xml:"xmlns,attr"`
		XSI            string    `xml:"xmlns:xsi,attr"`
		SchemaLocation string    `xml:"xsi:schemaLocation,attr"`
		Version        string    `xml:"version,attr"`
		Meta           gexfMeta  `xml:"meta"`
		Graph          gexfGraph `xml:"graph"`
	}
	gexfMeta struct {
		Creator     string `xml:"creator"`
		Description string `xml:"description"`
	}
	gexfGraph struct {
		Mode            string           `xml:"mode,attr"`
		TimeFormat      string           `xml:"timeformat,attr,omitempty"`
		DefaultEdgeType string           `xml:"defaultedgetype,attr"`
		Attributes      []gexfAttributes `xml:"attributes"`
		Nodes           []gexfNode       `xml:"nodes>node"`
		Edges           []gexfEdge       `xml:"edges>edge"`
	}
	gexfAttributes struct {
		Class      string          `xml:"class,attr"`
		Mode       string          `xml:"mode,attr"`
		Attributes []gexfAttribute `xml:"attribute"`
	}
	gexfAttribute struct {
		ID    string `xml:"id,attr"`
		Title string `xml:"title,attr"`
		Type  string `xml:"type,attr"`
	}
	gexfNode struct {
		ID        string         `xml:"id,attr"`
		Label     string         `xml:"label,attr"`
		Start     string         `xml:"start,attr,omitempty"`
		End       string         `xml:"end,attr,omitempty"`
		AttValues []gexfAttValue `xml:"attvalues>attvalue,omitempty"`
	}
	gexfEdge struct {
		ID        string         `xml:"id,attr"`
		Source    string         `xml:"source,attr"`
		Target    string         `xml:"target,attr"`
		Type      string         `xml:"type,attr,omitempty"`
		Weight    string         `xml:"weight,attr"`
		Start     string         `xml:"start,attr,omitempty"`
		End       string         `xml:"end,attr,omitempty"`
		AttValues []gexfAttValue `xml:"attvalues>attvalue,omitempty"`
	}
	gexfAttValue struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	}
)

// gexfNodeAttributes and gexfEdgeAttributes declare the attributes WriteGEXF writes beyond
// GEXF's own label and weight. Each attribute's id is its title.
var (
	gexfNodeAttributes = []gexfAttribute{
		{Title: "type", Type: "string"},
		{Title: "affiliation", Type: "string"},
		{Title: "mentions", Type: "integer"},
		{Title: "roles", Type: "string"},
		{Title: "aliases", Type: "string"},
	}
	gexfEdgeAttributes = []gexfAttribute{
		{Title: "layer", Type: "string"},
		{Title: "directed", Type: "boolean"},
		{Title: "count", Type: "integer"},
		{Title: "kind", Type: "string"},
		{Title: "polarity", Type: "integer"},
		{Title: "modality", Type: "string"},
		{Title: "goldstein", Type: "double"},
		{Title: "cameo", Type: "string"},
		{Title: "role", Type: "string"},
		{Title: "evidence", Type: "integer"},
	}
)

// WriteGEXF writes g as GEXF 1.2 (https://gexf.net, schema version 1.2draft), Gephi's own
// format. Nodes and edges, their order and their attributes are those of WriteGraphML,
// declared in <attributes> blocks as GEXF requires; the actor's name is the node label and
// the edge weight GEXF's own weight attribute. Every edge is undirected, as NetworkX's
// read_gexf requires of an undirected graph; interaction and affiliation edges point from
// source to target and carry directed=true and their layer. Edges of several layers between
// two actors are parallel edges, which Gephi may merge on import unless told otherwise.
// Node ids and edge ends are percent-encoded where XML cannot hold them, as in
// WriteGraphML.
//
// When documents of the graph have dates (YYYY-MM-DD), the graph is dynamic (mode="dynamic",
// timeformat="date") and Gephi's timeline shows it grow: an edge lives from the earliest to
// the latest date of its evidence, an actor from the earliest to the latest date of its
// edges; what has no dated evidence is always there. The file carries no date of its
// making, so the same graph gives the same bytes.
func WriteGEXF(w io.Writer, g *Graph) error { return Export{}.GEXF(w, g) }

// GEXF writes g as WriteGEXF does, with the edges of x's layer; a directed layer makes a
// directed graph (defaultedgetype="directed").
func (x Export) GEXF(w io.Writer, g *Graph) error {
	if err := x.check(); err != nil {
		return err
	}
	doc := gexfDoc{
		XMLNS:          "http://www.gexf.net/1.2draft",
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd",
		Version:        "1.2",
		Meta:           gexfMeta{Creator: "actorgraph", Description: "actor graph: co-mention, interaction and affiliation layers"},
		Graph:          gexfGraph{Mode: "static", DefaultEdgeType: "undirected"},
	}
	if x.directed() {
		doc.Graph.DefaultEdgeType = "directed"
	}
	edges := exportEdges(g, x)
	// An actor lives from the first to the last date of its edges; one with an edge of no
	// date is always there, as that edge is.
	first, last, always := map[string]string{}, map[string]string{}, map[string]bool{}
	for _, e := range edges {
		if e.first == "" {
			always[e.source], always[e.target] = true, true
			continue
		}
		doc.Graph.Mode, doc.Graph.TimeFormat = "dynamic", "date"
		for _, id := range []string{e.source, e.target} {
			if f, ok := first[id]; !ok || e.first < f {
				first[id] = e.first
			}
			if e.last > last[id] {
				last[id] = e.last
			}
		}
	}
	for _, class := range []struct {
		name  string
		attrs []gexfAttribute
	}{{"node", gexfNodeAttributes}, {"edge", gexfEdgeAttributes}} {
		block := gexfAttributes{Class: class.name, Mode: "static"}
		for _, a := range class.attrs {
			a.ID = a.Title
			block.Attributes = append(block.Attributes, a)
		}
		doc.Graph.Attributes = append(doc.Graph.Attributes, block)
	}
	for _, a := range g.Actors() {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gexfNode{
			ID:    xmlID(a.ID),
			Label: a.Name,
			Start: spell(first, always, a.ID),
			End:   spell(last, always, a.ID),
			AttValues: appendAttValues(nil,
				"type", a.Type,
				"affiliation", a.Affiliation,
				"mentions", strconv.Itoa(a.Mentions),
				"roles", strings.Join(a.Roles, listSeparator),
				"aliases", strings.Join(a.Aliases, listSeparator)),
		})
	}
	for _, e := range edges {
		ge := gexfEdge{ID: e.id, Source: xmlID(e.source), Target: xmlID(e.target), Weight: formatFloat(e.weight), Start: e.first, End: e.last}
		ge.AttValues = appendAttValues(nil, e.attrs(false)...) // the weight is an attribute of the edge itself
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	return writeXML(w, doc, "gexf")
}

// spell returns the start or end of actor id's spell in dates, or "" if it has none or an
// edge of no date makes it always there.
func spell(dates map[string]string, always map[string]bool, id string) string {
	if always[id] {
		return ""
	}
	return dates[id]
}

// appendAttValues appends an attvalue for each attribute and value given in pairs, leaving
// out empty values.
func appendAttValues(vs []gexfAttValue, pairs ...string) []gexfAttValue {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			vs = append(vs, gexfAttValue{For: pairs[i], Value: pairs[i+1]})
		}
	}
	return vs
}

// Cytoscape.js elements JSON, after https://js.cytoscape.org/#notation/elements-json.
type (
	cyDoc struct {
		Data       map[string]string `json:"data"`
		Directed   bool              `json:"directed"`
		Multigraph bool              `json:"multigraph"`
		Elements   cyElements        `json:"elements"`
	}
	cyElements struct {
		Nodes []cyNode `json:"nodes"`
		Edges []cyEdge `json:"edges"`
	}
	cyNode struct {
		Data cyNodeData `json:"data"`
	}
	cyNodeData struct {
		ID          string   `json:"id"`
		Value       string   `json:"value"`
		Name        string   `json:"name"`
		Label       string   `json:"label"`
		Type        string   `json:"type,omitempty"`
		Affiliation string   `json:"affiliation,omitempty"`
		Mentions    int      `json:"mentions"`
		Roles       []string `json:"roles"`
		Aliases     []string `json:"aliases"`
	}
	cyEdge struct {
		Data cyEdgeData `json:"data"`
	}
	cyEdgeData struct {
		ID        string   `json:"id"`
		Key       string   `json:"key"`
		Source    string   `json:"source"`
		Target    string   `json:"target"`
		Layer     string   `json:"layer"`
		Directed  bool     `json:"directed"`
		Weight    float64  `json:"weight"`
		Count     int      `json:"count"`
		Kind      string   `json:"kind,omitempty"`
		Polarity  *int     `json:"polarity,omitempty"`
		Modality  []string `json:"modality,omitempty"`
		Goldstein *float64 `json:"goldstein,omitempty"`
		CAMEO     string   `json:"cameo,omitempty"`
		Role      string   `json:"role,omitempty"`
		Evidence  int      `json:"evidence"`
	}
)

// WriteCytoscapeJSON writes g as Cytoscape.js elements JSON
// (https://js.cytoscape.org/#notation/elements-json), which cytoscape.add and Cytoscape's
// "Import Network from File" (.cyjs) read:
//
//	{"elements": {"nodes": [{"data": {"id": …, "name": …}}],
//	              "edges": [{"data": {"id": "e0", "source": …, "target": …, "layer": …}}]}}
//
// Nodes, edges, their order and their attributes are those of WriteGraphML, but lists
// (roles, aliases, modality) are JSON arrays. Directed layers have "directed": true; with
// Cytoscape.js, style them with the selector edge[?directed]. encoding/json escapes <, > and
// & as \u003c, \u003e and \u0026, so the output can be inlined in an HTML script element.
// The same graph gives the same bytes.
func WriteCytoscapeJSON(w io.Writer, g *Graph) error { return Export{}.CytoscapeJSON(w, g) }

// CytoscapeJSON writes g as WriteCytoscapeJSON does, with the edges of x's layer; a directed
// layer makes a directed graph ("directed": true).
func (x Export) CytoscapeJSON(w io.Writer, g *Graph) error {
	if err := x.check(); err != nil {
		return err
	}
	// The graph-level data, directed and multigraph keys and the node values and edge keys
	// are those networkx.cytoscape_graph reads.
	doc := cyDoc{Data: map[string]string{"name": "actorgraph"}, Multigraph: true, Directed: x.directed(),
		Elements: cyElements{Nodes: []cyNode{}, Edges: []cyEdge{}}}
	for _, a := range g.Actors() {
		doc.Elements.Nodes = append(doc.Elements.Nodes, cyNode{Data: cyNodeData{
			ID:          a.ID,
			Value:       a.ID,
			Name:        a.Name,
			Label:       a.Name,
			Type:        a.Type,
			Affiliation: a.Affiliation,
			Mentions:    a.Mentions,
			Roles:       nonNil(a.Roles),
			Aliases:     nonNil(a.Aliases),
		}})
	}
	for _, e := range exportEdges(g, x) {
		d := cyEdgeData{
			ID: e.id, Key: e.id, Source: e.source, Target: e.target, Layer: e.layer, Directed: e.directed,
			Weight: e.weight, Count: e.count, Kind: e.kind, CAMEO: e.cameo, Role: e.role, Evidence: e.evidence,
		}
		if e.hasPolarity {
			d.Polarity = &e.polarity
			d.Modality = nonNil(e.modality)
			d.Goldstein = &e.goldstein
		}
		doc.Elements.Edges = append(doc.Elements.Edges, cyEdge{Data: d})
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("graph: write cytoscape json: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("graph: write cytoscape json: %w", err)
	}
	return nil
}

// The headers of the files WriteNeo4jCSV writes.
var (
	neo4jActorsHeader    = []string{"id:ID", "name", "type", "affiliation", "mentions:int", ":LABEL"}
	neo4jRelationsHeader = []string{":START_ID", ":END_ID", ":TYPE", "weight:double", "count:int", "layer", "kind", "polarity:int", "modality", "evidence:int"}
)

// WriteNeo4jCSV writes g into the directory dir, creating it if missing, as the two CSV
// files of neo4j-admin's bulk import
// (https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/):
//
//	actors.csv     id:ID,name,type,affiliation,mentions:int,:LABEL
//	relations.csv  :START_ID,:END_ID,:TYPE,weight:double,count:int,layer,kind,polarity:int,modality,evidence:int
//
// Every actor has the label Actor and, if its type is a word such as "person", a second
// label from it ("Actor;Person"). A relation's type is its layer in capitals (COMENTION,
// INTERACTION, AFFILIATION); rows, their order and their values are those of WriteGraphML,
// with modalities joined by "; " and fields that do not apply left empty, which
// neo4j-admin imports as absent properties. Fields are quoted by encoding/csv where needed;
// a name with a newline needs neo4j-admin's --multiline-fields=true. Import with
//
//	neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv
//
// Text fields (ids, names, types, affiliations, kinds, layers, modalities) are escaped
// against formula injection as CSVText says: a spreadsheet that opens the file shows
// "=HYPERLINK(…)" as text rather than running it. The escaping is the same in both files, so
// :START_ID and :END_ID still match id:ID; neo4j stores the escaped text, and dropping one
// leading ' from a text value that has one gives back the original. Numeric fields
// (mentions, weight, count, polarity, evidence) are numbers, finite, and never escaped: a
// weight of -0.5 would stay -0.5.
//
// The two files are replaced together (see internal/atomicfile): both are written to
// temporary files in dir first, and renamed over actors.csv and relations.csv only when
// both were written, so a failure leaves the old pair as it was. Two renames are not one
// atomic step: a crash between them leaves a new actors.csv beside the old relations.csv.
// actors.csv is renamed first, so a reader never sees new relations that name actors the
// old actors.csv lacks. Errors name the directory or file that could not be written.
func WriteNeo4jCSV(dir string, g *Graph) error { return Export{}.Neo4jCSV(dir, g) }

// Neo4jCSV writes g as WriteNeo4jCSV does, with the relationships of x's layer.
func (x Export) Neo4jCSV(dir string, g *Graph) error {
	if err := x.check(); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("graph: write neo4j csv: create directory %q: %w", dir, unwrapPath(err))
	}
	actors := [][]string{neo4jActorsHeader}
	for _, a := range g.Actors() {
		actors = append(actors, []string{
			CSVText(a.ID), CSVText(a.Name), CSVText(a.Type), CSVText(a.Affiliation),
			strconv.Itoa(a.Mentions), neo4jLabels(a.Type),
		})
	}
	relations := [][]string{neo4jRelationsHeader}
	for _, e := range exportEdges(g, x) {
		polarity := ""
		if e.hasPolarity {
			polarity = strconv.Itoa(e.polarity)
		}
		relations = append(relations, []string{
			CSVText(e.source), CSVText(e.target), strings.ToUpper(e.layer), formatFloat(e.weight), strconv.Itoa(e.count),
			CSVText(e.layer), CSVText(e.kind), polarity, CSVText(strings.Join(e.modality, listSeparator)), strconv.Itoa(e.evidence),
		})
	}
	// actors.csv first: see above.
	err := atomicfile.WriteAll(dir,
		atomicfile.File{Name: "actors.csv", Write: csvRows(actors)},
		atomicfile.File{Name: "relations.csv", Write: csvRows(relations)})
	if err != nil {
		path := dir
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			path = pe.Path
		}
		return fmt.Errorf("graph: write neo4j csv %q: %w", path, unwrapPath(err))
	}
	return nil
}

// csvRows returns a function that writes rows as CSV.
func csvRows(rows [][]string) func(io.Writer) error {
	return func(w io.Writer) error {
		return csv.NewWriter(w).WriteAll(rows) // flushes
	}
}

// CSVText returns a text cell of a CSV file as this module writes it: s, or s with a single
// quote in front if it begins with a character that makes a spreadsheet read the cell as a
// formula ('=', '+', '-', '@', tab or carriage return; OWASP, "CSV Injection",
// https://owasp.org/www-community/attacks/CSV_Injection) or with a single quote itself, so
// that the escaping can be undone: drop one leading ' from a cell that begins with one.
//
// Every CSV the module and its command write applies it to text cells (ids, names, types,
// labels, evidence) and to no numeric cell: -0.5 in a weight column is a number, not a
// formula, and tools that read the column as a number need it as it is.
func CSVText(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\'':
		return "'" + s
	}
	return s
}

// neo4jLabels returns the :LABEL field of an actor of the given type.
func neo4jLabels(typ string) string {
	if typ == "" || !isWord(typ) {
		return "Actor"
	}
	r := []rune(typ)
	r[0] = unicode.ToUpper(r[0])
	return "Actor;" + string(r)
}

// isWord reports whether s is letters, digits and underscores, and starts with a letter: a
// label that needs no quoting in Cypher.
func isWord(s string) bool {
	for i, r := range s {
		if !unicode.IsLetter(r) && (i == 0 || !unicode.IsDigit(r) && r != '_') {
			return false
		}
	}
	return true
}

// unwrapPath drops the operation and path of a *fs.PathError, which the message that wraps
// it already names.
func unwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}
