package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exportCases are the formats of export, each with a check that its output parses, holds
// the bundled corpus's actors and the edges of the layer asked for, and is directed when the
// layer is.
var exportCases = []struct {
	format string
	layers []string // the layers to export; the first is the default
	check  func(t *testing.T, out, layer string)
}{
	{"nodelink", []string{"comention"}, func(t *testing.T, out, layer string) {
		f, err := os.Open(out)
		require.NoError(t, err)
		defer f.Close()
		g, err := graph.ReadNodeLink(f)
		require.NoError(t, err)
		_, ok := g.Actor("volodymyr-zelensky")
		assert.True(t, ok, "no volodymyr-zelensky actor")
		assert.NotEmpty(t, g.Ties())
	}},
	{"graphml", []string{"comention", "interaction", "affiliation", "all"}, func(t *testing.T, out, layer string) {
		var doc struct {
			Graph struct {
				EdgeDefault string `xml:"edgedefault,attr"`
				Nodes       []struct {
					ID string `xml:"id,attr"`
				} `xml:"node"`
				Edges []struct {
					Data []struct {
						Key   string `xml:"key,attr"`
						Value string `xml:",chardata"`
					} `xml:"data"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		require.NoError(t, xml.Unmarshal(readFile(t, out), &doc))
		assert.NotEmpty(t, doc.Graph.Nodes)
		layers := map[string]int{}
		for _, e := range doc.Graph.Edges {
			for _, d := range e.Data {
				if d.Key == "layer" {
					layers[d.Value]++
				}
			}
		}
		assert.Len(t, doc.Graph.Edges, layers["comention"]+layers["interaction"]+layers["affiliation"])
		checkLayers(t, layer, layers, doc.Graph.EdgeDefault == "directed")
	}},
	{"gexf", []string{"comention", "interaction", "all"}, func(t *testing.T, out, layer string) {
		var doc struct {
			Version string `xml:"version,attr"`
			Graph   struct {
				Mode        string `xml:"mode,attr"`
				TimeFormat  string `xml:"timeformat,attr"`
				DefaultType string `xml:"defaultedgetype,attr"`
				Nodes       []struct {
					Label string `xml:"label,attr"`
				} `xml:"nodes>node"`
				Edges []struct {
					Weight string `xml:"weight,attr"`
					Start  string `xml:"start,attr"`
					Values []struct {
						For   string `xml:"for,attr"`
						Value string `xml:"value,attr"`
					} `xml:"attvalues>attvalue"`
				} `xml:"edges>edge"`
			} `xml:"graph"`
		}
		require.NoError(t, xml.Unmarshal(readFile(t, out), &doc))
		assert.Equal(t, "1.2", doc.Version)
		assert.NotEmpty(t, doc.Graph.Nodes)
		require.NotEmpty(t, doc.Graph.Edges)
		// The corpus's articles are dated: Gephi's timeline has the dates.
		assert.Equal(t, "dynamic", doc.Graph.Mode)
		assert.Equal(t, "date", doc.Graph.TimeFormat)
		assert.Equal(t, "2025-11-24", doc.Graph.Edges[0].Start)
		layers := map[string]int{}
		for _, e := range doc.Graph.Edges {
			for _, v := range e.Values {
				if v.For == "layer" {
					layers[v.Value]++
				}
			}
		}
		checkLayers(t, layer, layers, doc.Graph.DefaultType == "directed")
	}},
	{"cyjs", []string{"comention", "interaction", "all"}, func(t *testing.T, out, layer string) {
		var doc struct {
			Directed bool
			Elements struct {
				Nodes []struct{ Data map[string]any }
				Edges []struct{ Data map[string]any }
			}
		}
		require.NoError(t, json.Unmarshal(readFile(t, out), &doc))
		assert.NotEmpty(t, doc.Elements.Nodes)
		require.NotEmpty(t, doc.Elements.Edges)
		layers := map[string]int{}
		for _, e := range doc.Elements.Edges {
			for _, key := range []string{"id", "source", "target", "layer", "weight"} {
				assert.Contains(t, e.Data, key)
			}
			layers[e.Data["layer"].(string)]++
		}
		checkLayers(t, layer, layers, doc.Directed)
	}},
	{"csv", []string{"comention", "all"}, func(t *testing.T, out, layer string) {
		for name, header := range map[string]string{
			"actors.csv":    "id:ID",
			"relations.csv": ":START_ID",
		} {
			rows, err := csv.NewReader(bytes.NewReader(readFile(t, filepath.Join(out, name)))).ReadAll()
			require.NoError(t, err, name)
			require.Greater(t, len(rows), 1, name)
			assert.Equal(t, header, rows[0][0], name)
			if name == "relations.csv" {
				types := map[string]bool{}
				for _, r := range rows[1:] {
					types[r[2]] = true
				}
				assert.Equal(t, layer == "all", types["INTERACTION"], "interaction relationships with -layer %s", layer)
			}
		}
	}},
}

// checkLayers checks the edges an export of layer holds, counted by layer, and whether the
// graph it writes is directed.
func checkLayers(t *testing.T, layer string, counts map[string]int, directed bool) {
	t.Helper()
	switch layer {
	case "all":
		assert.Positive(t, counts["comention"], "co-mention edges")
		assert.Positive(t, counts["interaction"], "interaction edges")
		assert.Positive(t, counts["affiliation"], "affiliation edges")
		assert.False(t, directed, "all layers are one undirected multigraph")
	default:
		assert.Positive(t, counts[layer], "%s edges", layer)
		assert.Len(t, counts, 1, "edges of other layers than %s: %v", layer, counts)
		assert.Equal(t, layer != "comention", directed, "directed")
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

func TestExportCorpus(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range exportCases {
		for i, layer := range tt.layers {
			t.Run(tt.format+"/"+layer, func(t *testing.T) {
				out := filepath.Join(dir, layer+"."+tt.format)
				if tt.format == "csv" {
					out = filepath.Join(dir, layer, "neo4j", "import") // created if missing
				}
				args := []string{"export", "-format", tt.format, "-o", out}
				if i > 0 {
					args = append(args, "-layer", layer) // the first is the default
				}
				code, stdout, stderr := runCLI(t, args...)
				require.Equal(t, 0, code, stderr)
				assert.Empty(t, stdout)
				tt.check(t, out, layer)
			})
		}
	}
	// Node-link writes the co-mention layer only, and says so.
	code, _, stderr := runCLI(t, "export", "-format", "nodelink", "-layer", "interaction", "-o", filepath.Join(dir, "x.json"))
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "comention layer only")
	code, _, stderr = runCLI(t, "export", "-format", "graphml", "-layer", "mentions", "-o", filepath.Join(dir, "x.graphml"))
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown -layer "mentions"`)
}

func TestExportHostileNames(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "g.json")
	const name = "<script>\"a,b\"\n</script> Владимир"
	nodes, err := json.Marshal(name)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(in, []byte(`{"nodes": [{"id": "x", "name": `+string(nodes)+`, "type": "person"}, {"id": "y"}],
		"links": [{"source": "x", "target": "y", "weight": 2}]}`), 0o644))
	out := filepath.Join(dir, "g.graphml")
	code, _, stderr := runCLI(t, "export", "-format", "graphml", "-in", in, "-o", out)
	require.Equal(t, 0, code, stderr)
	assert.NotContains(t, string(readFile(t, out)), "<script")
	var doc struct {
		Nodes []struct {
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
	}
	require.NoError(t, xml.Unmarshal(readFile(t, out), &doc))
	var names []string
	for _, n := range doc.Nodes {
		for _, d := range n.Data {
			if d.Key == "name" {
				names = append(names, d.Value)
			}
		}
	}
	assert.Contains(t, names, name)

	code, stdout, stderr := runCLI(t, "export", "-format", "cyjs", "-in", in, "-o", "-")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, `"elements"`)
	assert.NotContains(t, stdout, "<script")
}

func TestExportUsageErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "g.graphml")
	for _, args := range [][]string{
		{"export"},
		{"export", "-o", out},
		{"export", "-format", "xlsx", "-o", out},
		{"export", "-format", "graphml"},
		{"export", "-format", "csv", "-o", "-"},
		{"export", "-format", "graphml", "-o", out, "-in", "g.json", "a.txt"},
		{"export", "-nope"},
	} {
		code, _, stderr := runCLI(t, args...)
		assert.Equal(t, 2, code, "%q: %s", args, stderr)
		assert.NotEmpty(t, stderr)
	}
	_, err := os.Stat(out)
	assert.True(t, os.IsNotExist(err), "a usage error wrote %s", out)
}

func TestExportUnwritable(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	for _, format := range []string{"nodelink", "graphml", "gexf", "cyjs", "csv"} {
		// A path under a regular file cannot be written, whoever runs the test.
		out := filepath.Join(file, "out")
		code, _, stderr := runCLI(t, "export", "-format", format, "-o", out)
		assert.Equal(t, 1, code, "%s: %s", format, stderr)
		assert.Contains(t, stderr, out, format)
		assert.Equal(t, 1, strings.Count(stderr, "\n"), "%s: want one line, got %q", format, stderr)
	}
}

func TestExportBadInput(t *testing.T) {
	in := filepath.Join(t.TempDir(), "missing.json")
	code, _, stderr := runCLI(t, "export", "-format", "graphml", "-in", in, "-o", filepath.Join(t.TempDir(), "g.graphml"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "missing.json")
}
