package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/randgraph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeNodeLink writes a node-link graph of a hub tied to three actors, and two of those to
// each other, with the weight w on every link, and returns its path.
func writeNodeLink(t *testing.T, w string) string {
	t.Helper()
	doc := fmt.Sprintf(`{"directed": false, "multigraph": false, "graph": {},
		"nodes": [{"id": "hub"}, {"id": "a"}, {"id": "b"}, {"id": "c"}],
		"links": [{"source": "hub", "target": "a", "weight": %[1]s}, {"source": "hub", "target": "b", "weight": %[1]s},
			{"source": "hub", "target": "c", "weight": %[1]s}, {"source": "a", "target": "b", "weight": %[1]s}]}`, w)
	path := filepath.Join(t.TempDir(), "g.json")
	require.NoError(t, os.WriteFile(path, []byte(doc), 0o644))
	return path
}

// htmlDataBlock returns the JSON data block of an explorer page.
func htmlDataBlock(t *testing.T, page []byte) []byte {
	t.Helper()
	_, rest, ok := bytes.Cut(page, []byte(`<script type="application/json" id="actorgraph-data">`))
	require.True(t, ok, "no data block")
	data, _, ok := bytes.Cut(rest, []byte("</script>"))
	require.True(t, ok, "data block not closed")
	return data
}

// renderExtremeWeights are valid weights whose sums and scores overflow (3 × 1.7e308 is
// +Inf; 1e303 × 10^6, the page's score precision, too) and the smallest whose distance
// 1/weight is finite.
var renderExtremeWeights = []string{"1e303", "1.7e308", "1.7976931348623157e308", "6e-309"}

// TestRenderExtremeWeights checks that every format and size measure draws such graphs: the
// HTML page panicked (exit 2, Go's code for a panic) when +Inf reached encoding/json.
func TestRenderExtremeWeights(t *testing.T) {
	for _, w := range renderExtremeWeights {
		for _, size := range []string{"strength", "pagerank", "degree", "betweenness"} {
			for _, format := range []string{"html", "dot", "svg"} {
				t.Run(w+"/"+size+"/"+format, func(t *testing.T) {
					in := writeNodeLink(t, w)
					out := filepath.Join(t.TempDir(), "g."+format)
					code, _, stderr := runCLI(t, "render", "-format", format, "-size", size, "-in", in, "-o", out)
					require.Equal(t, 0, code, stderr)
					b, err := os.ReadFile(out)
					require.NoError(t, err)
					assert.NotContains(t, string(b), "Inf\"", "a non-finite number in an attribute")
					assert.NotContains(t, string(b), "NaN\"", "a non-finite number in an attribute")
					if format == "html" {
						var data struct {
							Elements struct{ Nodes, Edges []json.RawMessage }
						}
						require.NoError(t, json.Unmarshal(htmlDataBlock(t, b), &data))
						assert.Len(t, data.Elements.Nodes, 4)
						assert.Len(t, data.Elements.Edges, 4)
					}
				})
			}
		}
	}
}

// TestRenderTooSmallWeight checks that a weight whose distance 1/weight is infinite is bad
// input, exit 1, named with its file.
func TestRenderTooSmallWeight(t *testing.T) {
	in := writeNodeLink(t, "1e-320")
	code, _, stderr := runCLI(t, "render", "-format", "html", "-in", in, "-o", filepath.Join(t.TempDir(), "g.html"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "g.json")
	assert.True(t, strings.Contains(stderr, "1e-320"), stderr)
}

// TestRenderPrototypeIDs checks that actors whose IDs are Object.prototype's property names
// get Cytoscape.js element IDs that are not (n0, n1, ...), which the explorer needs to draw
// them, and keep their own IDs as data.
func TestRenderPrototypeIDs(t *testing.T) {
	in := filepath.Join(t.TempDir(), "g.json")
	require.NoError(t, os.WriteFile(in, []byte(`{"nodes": [{"id": "constructor"}, {"id": "__proto__"}, {"id": "toString"}, {"id": "hasOwnProperty"}],
		"links": [{"source": "constructor", "target": "__proto__"}, {"source": "toString", "target": "hasOwnProperty"}]}`), 0o644))
	out := filepath.Join(t.TempDir(), "g.html")
	code, _, stderr := runCLI(t, "render", "-format", "html", "-in", in, "-o", out)
	require.Equal(t, 0, code, stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	var data struct {
		Elements struct {
			Nodes []struct{ Data struct{ ID, Actor string } }
			Edges []struct {
				Data struct{ Source, Target string }
			}
		}
	}
	require.NoError(t, json.Unmarshal(htmlDataBlock(t, b), &data))
	var actors []string
	ids := map[string]bool{}
	for _, n := range data.Elements.Nodes {
		assert.Regexp(t, `^n[0-9]+$`, n.Data.ID)
		actors = append(actors, n.Data.Actor)
		ids[n.Data.ID] = true
	}
	assert.ElementsMatch(t, []string{"constructor", "__proto__", "toString", "hasOwnProperty"}, actors)
	for _, e := range data.Elements.Edges {
		assert.True(t, ids[e.Data.Source] && ids[e.Data.Target], "edge %s–%s", e.Data.Source, e.Data.Target)
	}
}

// TestRenderHTMLTooLarge checks that an explorer of more actors than a browser can lay out is
// refused, exit 1, with a message that names the input and the sizes and suggests -top, and
// that -top draws it.
func TestRenderHTMLTooLarge(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "big.json")
	var buf bytes.Buffer
	require.NoError(t, graph.WriteNodeLink(&buf, randgraph.New(3000, 1)))
	require.NoError(t, os.WriteFile(in, buf.Bytes(), 0o644))
	out := filepath.Join(dir, "g.html")
	code, _, stderr := runCLI(t, "render", "-format", "html", "-in", in, "-o", out)
	assert.Equal(t, 1, code, stderr)
	for _, want := range []string{"big.json", "3,000 actors", "1,000", "-top"} {
		assert.Contains(t, stderr, want)
	}
	assert.NoFileExists(t, out)

	code, _, stderr = runCLI(t, "render", "-format", "html", "-top", "300", "-in", in, "-o", out)
	require.Equal(t, 0, code, stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	var data struct {
		Elements struct{ Nodes []json.RawMessage }
	}
	require.NoError(t, json.Unmarshal(htmlDataBlock(t, b), &data))
	assert.Len(t, data.Elements.Nodes, 300)
}
