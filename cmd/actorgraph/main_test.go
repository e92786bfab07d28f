package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/internal/svgtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCLI runs the command line in-process and returns exit code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// corpusFiles writes the bundled articles to a temporary directory and returns their paths.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for _, name := range corpus.Names() {
		b, err := corpus.Bytes(name)
		require.NoError(t, err)
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		paths = append(paths, p)
	}
	return paths
}

func TestExtractJSON(t *testing.T) {
	paths := corpusFiles(t)
	code, stdout, stderr := runCLI(t, append([]string{"extract", "-format", "json"}, paths...)...)
	require.Equal(t, 0, code, stderr)
	var out extractOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	require.Len(t, out.Documents, 2)
	assert.Equal(t, "2025-11-24", out.Documents[0].Date)
	byID := map[string]actorJSON{}
	for _, a := range out.Actors {
		byID[a.ID] = a
	}
	// One actor for both spellings of the Ukrainian president's name.
	z, ok := byID["volodymyr-zelensky"]
	require.True(t, ok, "no volodymyr-zelensky actor")
	assert.Subset(t, z.Aliases, []string{"Zelenskyy", "Zelensky"})
	assert.Equal(t, "person", z.Type)
	// Mentions are exact byte spans of the files as read.
	texts := map[string][]byte{}
	for i, d := range out.Documents {
		b, err := os.ReadFile(paths[i])
		require.NoError(t, err)
		texts[d.ID] = b
	}
	references := map[string]bool{} // actor ID and text of the mentions marked as references
	for _, a := range out.Actors {
		for _, m := range a.Mentions {
			assert.Equal(t, m.Text, string(texts[m.Doc][m.Start:m.End]), "mention of %s", a.ID)
			if m.Reference {
				references[a.ID+" "+m.Text] = true
			} else {
				assert.NotEqual(t, "the president", m.Text, "a reference not marked as one")
			}
		}
	}
	// "the president" is Zelensky and "She" Stefanishyna, as references, not names.
	assert.True(t, references["volodymyr-zelensky the president"], "references %v", references)
	assert.True(t, references["olga-stefanishyna She"], "references %v", references)
	assert.NotEmpty(t, out.CoMentions)
	assert.NotNil(t, out.Interactions)
	assert.Contains(t, stdout, `"interactions": [`)
}

func TestExtractDeterministic(t *testing.T) {
	paths := corpusFiles(t)
	args := append([]string{"extract", "-format", "json"}, paths...)
	_, first, _ := runCLI(t, args...)
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		_, again, _ := runCLI(t, args...)
		runtime.GOMAXPROCS(old)
		assert.Equal(t, first, again, "GOMAXPROCS=%d", procs)
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	good := corpusFiles(t)[0]
	bad := map[string][]byte{
		"empty.txt":  nil,
		"binary.bin": {0x89, 'P', 'N', 'G', 0, 0, 0, 1},
		"latin1.txt": []byte("Caf\xe9 talks in Gen\xe8ve."),
	}
	for name, b := range bad {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		code, stdout, stderr := runCLI(t, "extract", "-format", "json", good, p)
		assert.Equal(t, 1, code, name)
		assert.Empty(t, stdout, name)
		assert.Contains(t, stderr, p, "the message names the file")

		code, stdout, stderr = runCLI(t, "extract", "-format", "json", "-skip-bad", good, p)
		assert.Equal(t, 0, code, name)
		assert.Contains(t, stderr, "warning: skipped")
		var out extractOutput
		require.NoError(t, json.Unmarshal([]byte(stdout), &out))
		assert.Len(t, out.Documents, 1, "the good file is kept")
	}
	code, _, stderr := runCLI(t, "extract", filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "missing.txt")
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nope"},
		{"extract"},
		{"extract", "-format", "xml", "a.txt"},
		{"rank", "-format", "yaml"},
		{"render"},
		{"render", "-o", "x.svg", "-layout", "spiral"},
	} {
		code, _, stderr := runCLI(t, args...)
		assert.Equal(t, 2, code, "%q: %s", args, stderr)
		assert.NotEmpty(t, stderr)
	}
	code, stdout, _ := runCLI(t, "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "actorgraph extract")
}

func TestRankNodeLink(t *testing.T) {
	in := filepath.Join(t.TempDir(), "g.json")
	// A path a - b - c with unit weights: NetworkX gives b betweenness 1 and degree 1,
	// the ends degree 0.5 and betweenness 0 (hand count, NetworkX conventions).
	require.NoError(t, os.WriteFile(in, []byte(`{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
		"links": [{"source": "a", "target": "b", "weight": 1}, {"source": "b", "target": "c"}]}`), 0o644))
	code, stdout, stderr := runCLI(t, "rank", "-format", "json", "-in", in)
	require.Equal(t, 0, code, stderr)
	var out rankOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.InDelta(t, 1.0, out.Measures["betweenness"]["b"], 1e-12)
	assert.InDelta(t, 0.0, out.Measures["betweenness"]["a"], 1e-12)
	assert.InDelta(t, 0.5, out.Measures["degree"]["c"], 1e-12)
	assert.InDelta(t, 2.0, out.Measures["strength"]["b"], 1e-12)
	for _, m := range []string{"degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "strength"} {
		assert.Len(t, out.Measures[m], 3, m)
	}

	code, stdout, _ = runCLI(t, "rank", "-format", "table", "-in", in)
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 4)
	assert.Contains(t, lines[0], "degree")
	assert.Contains(t, lines[1], " b ") // highest degree first
}

func TestRankBadGraph(t *testing.T) {
	in := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(in, []byte(`{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "zz"}]}`), 0o644))
	code, _, stderr := runCLI(t, "rank", "-in", in)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "bad.json")
}

func TestRenderCorpus(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"svg", "dot", "png", "html"} {
		out := filepath.Join(dir, "g."+format)
		code, _, stderr := runCLI(t, "render", "-format", format, "-o", out)
		require.Equal(t, 0, code, stderr)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		switch format {
		case "svg":
			assertXML(t, b)
			assert.Contains(t, string(b), "Zelensky")
		case "dot":
			assert.True(t, bytes.HasPrefix(b, []byte("graph")) || bytes.HasPrefix(b, []byte("strict graph")), "%.40s", b)
		case "png":
			assert.True(t, bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")))
		case "html":
			assert.True(t, bytes.HasPrefix(b, []byte("<!DOCTYPE html>")), "%.40s", b)
			assert.Contains(t, string(b), "Zelensky")
			assert.NotContains(t, string(b), "<script src=", "the page must need no network")
		}
	}
}

func TestRenderEscapesHostileNames(t *testing.T) {
	in := filepath.Join(t.TempDir(), "g.json")
	require.NoError(t, os.WriteFile(in, []byte(`{"nodes": [{"id": "x", "name": "<script>alert(1)</script>"}, {"id": "y", "label": "a\"b\\c"}],
		"links": [{"source": "x", "target": "y", "weight": 2}]}`), 0o644))
	out := filepath.Join(t.TempDir(), "g.svg")
	code, _, stderr := runCLI(t, "render", "-in", in, "-o", out)
	require.Equal(t, 0, code, stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.NotContains(t, string(b), "<script")
	texts := assertXML(t, b)
	assert.Contains(t, texts, "<script>alert(1)</script>")
	assert.Contains(t, texts, `a"b\c`)
}

// assertXML checks that b parses as XML and returns the character data of its text elements.
func assertXML(t *testing.T, b []byte) []string {
	t.Helper()
	texts, err := svgtext.Texts(b)
	require.NoError(t, err)
	return texts
}

func TestExtractWithKnowledge(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(article, []byte("Halvorsen Shipping chief Ingrid Moe met Zelensky's envoy, who praised Halvorsen."), 0o644))
	knowledge := filepath.Join(dir, "k.jsonl")
	require.NoError(t, os.WriteFile(knowledge, []byte(
		`{"id": "halvorsen-shipping", "name": "Halvorsen Shipping", "type": "organization", "aliases": ["Halvorsen"], "affiliation": "norway"}`+"\n"+
			`{"id": "ingrid-moe", "name": "Ingrid Moe", "type": "person", "affiliation": "halvorsen-shipping"}`+"\n"), 0o644))
	code, stdout, stderr := runCLI(t, "extract", "-knowledge", knowledge, article)
	require.Equal(t, 0, code, stderr)
	var out extractOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	byID := map[string]actorJSON{}
	for _, a := range out.Actors {
		byID[a.ID] = a
	}
	assert.Len(t, byID["halvorsen-shipping"].Mentions, 2)
	assert.Equal(t, "halvorsen-shipping", byID["ingrid-moe"].Affiliation)

	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte(`{"id": "x", "name": "X", "type": "person"}`+"\n"+`{"id": "Y"}`+"\n"), 0o644))
	code, _, stderr = runCLI(t, "extract", "-knowledge", bad, article)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "bad.jsonl:2")
}

func TestHugeWeights(t *testing.T) {
	in := filepath.Join(t.TempDir(), "huge.json")
	// Three ties of weight 1e308: finite each, but their sums overflow.
	require.NoError(t, os.WriteFile(in, []byte(`{"nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
		"links": [{"source": "a", "target": "b", "weight": 1e308}, {"source": "b", "target": "c", "weight": 1e308},
		{"source": "a", "target": "c", "weight": 1e308}]}`), 0o644))
	code, _, stderr := runCLI(t, "rank", "-in", in)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "huge.json")
	out := filepath.Join(t.TempDir(), "g.dot")
	code, _, stderr = runCLI(t, "render", "-format", "dot", "-in", in, "-o", out)
	require.Equal(t, 0, code, stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.NotContains(t, string(b), "Inf")
	assert.NotContains(t, string(b), "NaN")
}

func TestRankFlags(t *testing.T) {
	code, stdout, stderr := runCLI(t, "rank", "-format", "csv", "-measures", "pagerank,degree", "-top", "3")
	require.Equal(t, 0, code, stderr)
	rows := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, rows, 4, "a header and the top 3")
	assert.Equal(t, "rank,id,name,pagerank,degree", rows[0])
	assert.True(t, strings.HasPrefix(rows[1], "1,"))

	code, stdout, _ = runCLI(t, "rank", "-format", "json", "-measures", "betweenness", "-top", "2")
	require.Equal(t, 0, code)
	var out rankOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.Len(t, out.Measures, 1)
	assert.Len(t, out.Measures["betweenness"], 2)

	code, _, stderr = runCLI(t, "rank", "-measures", "fame")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "fame")
}

func TestRenderGroups(t *testing.T) {
	out := filepath.Join(t.TempDir(), "g.dot")
	code, _, stderr := runCLI(t, "render", "-format", "dot", "-groups", "affiliation", "-clusters", "-layout", "fdp", "-o", out)
	require.Equal(t, 0, code, stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), `subgraph cluster_0 {`)
	assert.Regexp(t, `label="(Ukraine|United States|Russia)", style="rounded"`, string(b))

	code, _, stderr = runCLI(t, "render", "-format", "dot", "-groups", "community", "-o", out)
	require.Equal(t, 0, code, stderr)
	b, err = os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), `>community 1<`)

	code, _, stderr = runCLI(t, "render", "-format", "dot", "-groups", "leiden", "-clusters", "-o", out)
	require.Equal(t, 0, code, stderr)
	b, err = os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), `>community 1<`)
	assert.Contains(t, string(b), `subgraph cluster_0 {`)

	code, _, _ = runCLI(t, "render", "-groups", "colour", "-o", out)
	assert.Equal(t, 2, code)
	code, _, _ = runCLI(t, "render", "-clusters", "-o", out)
	assert.Equal(t, 2, code)
}

func TestOutputFlag(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"extract", "-o", filepath.Join(dir, "extract.json"), corpusFiles(t)[0]},
		{"rank", "-format", "csv", "-o", filepath.Join(dir, "rank.csv")},
	} {
		code, stdout, stderr := runCLI(t, args...)
		require.Equal(t, 0, code, stderr)
		assert.Empty(t, stdout, "%v wrote to standard output", args)
	}
	b, err := os.ReadFile(filepath.Join(dir, "rank.csv"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), "rank,id,name,"), "%.40s", b)
	b, err = os.ReadFile(filepath.Join(dir, "extract.json"))
	require.NoError(t, err)
	var out extractOutput
	require.NoError(t, json.Unmarshal(b, &out))
	assert.NotEmpty(t, out.Actors)
	// -o makes missing folders.
	code, _, stderr := runCLI(t, "rank", "-o", filepath.Join(dir, "new", "folder", "r.json"))
	assert.Equal(t, 0, code, stderr)
	assert.FileExists(t, filepath.Join(dir, "new", "folder", "r.json"))
	// A file where a folder should be is an error that names the path.
	code, _, stderr = runCLI(t, "rank", "-o", filepath.Join(dir, "rank.csv", "r.json"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "rank.csv")
}

func TestRankTableByPageRankAndKatz(t *testing.T) {
	code, stdout, stderr := runCLI(t, "rank", "-format", "table")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Greater(t, len(lines), 3)
	// PageRank is the first column and sorts the rows, as the examples rank.
	assert.Equal(t, []string{"rank", "actor", "pagerank"}, strings.Fields(lines[0])[:3])
	value := func(line string) float64 {
		f := strings.Fields(line)
		v, err := strconv.ParseFloat(f[len(f)-7], 64) // pagerank, before six other measures
		require.NoError(t, err, line)
		return v
	}
	for i := 2; i < len(lines); i++ {
		assert.GreaterOrEqual(t, value(lines[i-1]), value(lines[i]), "rows %d and %d", i-1, i)
	}

	code, stdout, stderr = runCLI(t, "rank", "-format", "csv", "-measures", "katz", "-katz-alpha", "0.01", "-top", "2")
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, "rank,id,name,katz\n"), stdout)
	code, _, stderr = runCLI(t, "rank", "-measures", "katz", "-katz-alpha", "0.5")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "give a smaller -katz-alpha")
	code, _, stderr = runCLI(t, "rank", "-measures", "katz", "-katz-alpha", "-1")
	assert.Equal(t, 2, code, stderr)
}

func TestRenderMinWeight(t *testing.T) {
	dir := t.TempDir()
	edges := func(args ...string) int {
		t.Helper()
		out := filepath.Join(dir, "g.dot")
		code, _, stderr := runCLI(t, append([]string{"render", "-format", "dot", "-o", out}, args...)...)
		require.Equal(t, 0, code, stderr)
		return strings.Count(string(readFile(t, out)), " -- ")
	}
	all, strong := edges(), edges("-min-weight", "2")
	assert.Positive(t, strong)
	assert.Less(t, strong, all, "-min-weight 2 leaves out the ties of weight 1")
	code, _, _ := runCLI(t, "render", "-format", "dot", "-min-weight", "-1", "-o", filepath.Join(dir, "x.dot"))
	assert.Equal(t, 2, code)
}

// TestSaveAndReload saves the analysis of the bundled articles as node-link and draws it
// again from the file: the drawing, interactions included, is the same.
func TestSaveAndReload(t *testing.T) {
	dir := t.TempDir()
	saved := filepath.Join(dir, "analysis.json")
	// With the evidence render keeps by default (export keeps all unless told), so that the
	// tooltips quote the same sentences.
	code, _, stderr := runCLI(t, "export", "-format", "nodelink", "-evidence", "10", "-o", saved)
	require.Equal(t, 0, code, stderr)
	fromArticles, fromFile := filepath.Join(dir, "a.dot"), filepath.Join(dir, "b.dot")
	code, _, stderr = runCLI(t, "render", "-format", "dot", "-interactions", "-roles", "-o", fromArticles)
	require.Equal(t, 0, code, stderr)
	code, _, stderr = runCLI(t, "render", "-format", "dot", "-interactions", "-roles", "-in", saved, "-o", fromFile)
	require.Equal(t, 0, code, stderr)
	a, b := readFile(t, fromArticles), readFile(t, fromFile)
	assert.Contains(t, string(a), `dir="forward"`, "the drawing has interaction arrows")
	assert.Equal(t, string(a), string(b), "the drawing of the reloaded analysis differs")
}

// TestRankPivots: -pivots estimates betweenness from that many sources, scaled by n/k as
// NetworkX's k= is; as many pivots as actors is the exact measure.
func TestRankPivots(t *testing.T) {
	in := filepath.Join(t.TempDir(), "g.json")
	// A path a - b - c: b has betweenness 1.
	require.NoError(t, os.WriteFile(in, []byte(`{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
		"links": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}]}`), 0o644))
	betweenness := func(args ...string) map[string]float64 {
		code, stdout, stderr := runCLI(t, append([]string{"rank", "-measures", "betweenness", "-in", in}, args...)...)
		require.Equal(t, 0, code, stderr)
		var out rankOutput
		require.NoError(t, json.Unmarshal([]byte(stdout), &out))
		return out.Measures["betweenness"]
	}
	assert.Equal(t, betweenness(), betweenness("-pivots", "3"))
	// Two pivots of three, as NetworkX 3.5+ scales them: if a and c, b is on the path from
	// each to the other, dependencies 1 + 1, over k(n-2) = 2: 1; if b is one, from the other
	// end its dependency is 1, over (k-1)(n-2) = 1: 1. The ends are on no path: 0.
	two := betweenness("-pivots", "2")
	assert.Equal(t, 1.0, two["b"])
	assert.Equal(t, 0.0, two["a"])
	for _, bad := range []string{"-1", "1"} {
		code, _, _ := runCLI(t, "rank", "-pivots", bad, "-in", in)
		assert.Equal(t, 2, code, bad)
	}
}
