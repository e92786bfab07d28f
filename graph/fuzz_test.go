package graph_test

import (
	"bytes"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// hostileNodeLinkSeeds are node-link documents with IDs, names and weights meant to break
// the exporters: characters XML cannot hold, formulas, markup, huge and tiny weights.
var hostileNodeLinkSeeds = []string{
	`{"nodes": [{"id": "a\u0001"}, {"id": "a\u0002"}, {"id": "a\ufffe"}, {"id": "a%01"}],
	  "links": [{"source": "a\u0001", "target": "a\u0002"}, {"source": "a\ufffe", "target": "a%01", "weight": 0.5}]}`,
	`{"nodes": [{"id": "=cmd|' /C calc'!A0", "name": "=HYPERLINK(\"x\")", "type": "-t", "affiliation": "@a"},
	  {"id": "+1", "name": "\tTab", "roles": ["=r"], "aliases": ["-a"]}, {"id": "'q", "name": "\rCR"}],
	  "links": [{"source": "=cmd|' /C calc'!A0", "target": "+1", "weight": 1e303}, {"source": "+1", "target": "'q", "weight": 1.7976931348623157e308}]}`,
	`{"nodes": [{"id": 1}, {"id": 2.5}, {"id": -3}, {"id": 1e300}],
	  "links": [{"source": 1, "target": 2.5, "weight": 1e-300}, {"source": -3, "target": 1e300, "weight": 1e300, "count": 7}]}`,
	`{"nodes": [{"id": "<a>", "name": "</graphml>"}, {"id": "a\"b", "name": "]]>"}, {"id": "\ud800"}],
	  "links": [{"source": "<a>", "target": "a\"b"}, {"source": "a\"b", "target": "\ud800"}]}`,
}

// withLayers adds to g, read from node-link (which holds ties only), an interaction along
// every tie, with a Goldstein weight from the tie's weight, huge or negative, and an
// affiliation, so that the fuzz targets exercise every layer.
func withLayers(g *graph.Graph) *graph.Graph {
	for i, t := range g.Ties() {
		sign := float64(1 - 2*(i%2))
		g.AddInteraction(extract.Interaction{Source: t.A, Target: t.B, Kind: t.A, CAMEO: t.B,
			Goldstein: sign * t.Weight, Polarity: int(sign), Modality: extract.Modality(t.B)})
		g.AddInteraction(extract.Interaction{Source: t.A, Target: t.B, Kind: t.A, Goldstein: sign * t.Weight * 1e10, Polarity: int(sign)})
		g.AddAffiliation(graph.Affiliation{Actor: t.B, Of: t.A, Kind: graph.WorksFor, Role: t.A})
	}
	return g
}

// fuzzExport runs check on every graph ReadNodeLink accepts from the fuzzed bytes, with
// the interaction and affiliation layers added; rejected inputs are skipped.
func fuzzExport(f *testing.F, check func(t testing.TB, g *graph.Graph)) {
	for _, s := range hostileNodeLinkSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte(nodeLinkInput))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := graph.ReadNodeLink(bytes.NewReader(data))
		if err != nil {
			return
		}
		check(t, withLayers(g))
	})
}

func FuzzWriteNodeLink(f *testing.F)      { fuzzExport(f, checkNodeLink) }
func FuzzWriteCytoscapeJSON(f *testing.F) { fuzzExport(f, checkCytoscape) }
func FuzzWriteNeo4jCSV(f *testing.F)      { fuzzExport(f, checkNeo4j) }

func FuzzWriteGraphML(f *testing.F) {
	fuzzExport(f, func(t testing.TB, g *graph.Graph) { checkXMLExport(t, "graphml", graph.WriteGraphML, g) })
}

func FuzzWriteGEXF(f *testing.F) {
	fuzzExport(f, func(t testing.TB, g *graph.Graph) { checkXMLExport(t, "gexf", graph.WriteGEXF, g) })
}
