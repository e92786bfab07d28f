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

// exportCases are the formats of export, each with a check that its output parses and
// holds the bundled corpus's actors.
var exportCases = []struct {
	format string
	check  func(t *testing.T, out string)
}{
	{"nodelink", func(t *testing.T, out string) {
		f, err := os.Open(out)
		require.NoError(t, err)
		defer f.Close()
		g, err := graph.ReadNodeLink(f)
		require.NoError(t, err)
		_, ok := g.Actor("volodymyr-zelensky")
		assert.True(t, ok, "no volodymyr-zelensky actor")
		assert.NotEmpty(t, g.Ties())
	}},
	{"graphml", func(t *testing.T, out string) {
		var doc struct {
			Graph struct {
				Nodes []struct {
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
		assert.Positive(t, layers["comention"], "co-mention edges")
		assert.Positive(t, layers["interaction"], "interaction edges")
		assert.Len(t, doc.Graph.Edges, layers["comention"]+layers["interaction"]+layers["affiliation"])
	}},
	{"gexf", func(t *testing.T, out string) {
		var doc struct {
			Version string `xml:"version,attr"`
			Nodes   []struct {
				Label string `xml:"label,attr"`
			} `xml:"graph>nodes>node"`
			Edges []struct {
				Weight string `xml:"weight,attr"`
			} `xml:"graph>edges>edge"`
		}
		require.NoError(t, xml.Unmarshal(readFile(t, out), &doc))
		assert.Equal(t, "1.2", doc.Version)
		assert.NotEmpty(t, doc.Nodes)
		assert.NotEmpty(t, doc.Edges)
	}},
	{"cyjs", func(t *testing.T, out string) {
		var doc struct {
			Elements struct {
				Nodes []struct{ Data map[string]any }
				Edges []struct{ Data map[string]any }
			}
		}
		require.NoError(t, json.Unmarshal(readFile(t, out), &doc))
		assert.NotEmpty(t, doc.Elements.Nodes)
		require.NotEmpty(t, doc.Elements.Edges)
		for _, key := range []string{"id", "source", "target", "layer", "weight"} {
			assert.Contains(t, doc.Elements.Edges[0].Data, key)
		}
	}},
	{"csv", func(t *testing.T, out string) {
		for name, header := range map[string]string{
			"actors.csv":    "id:ID",
			"relations.csv": ":START_ID",
		} {
			rows, err := csv.NewReader(bytes.NewReader(readFile(t, filepath.Join(out, name)))).ReadAll()
			require.NoError(t, err, name)
			require.Greater(t, len(rows), 1, name)
			assert.Equal(t, header, rows[0][0], name)
		}
	}},
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
		t.Run(tt.format, func(t *testing.T) {
			out := filepath.Join(dir, "g."+tt.format)
			if tt.format == "csv" {
				out = filepath.Join(dir, "neo4j", "import") // created if missing
			}
			code, stdout, stderr := runCLI(t, "export", "-format", tt.format, "-o", out)
			require.Equal(t, 0, code, stderr)
			assert.Empty(t, stdout)
			tt.check(t, out)
		})
	}
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
