package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/newsgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEvidenceFlag: the graph commands keep a sample of -evidence sentences an edge (10 by
// default), but export and the explorer keep all unless -evidence is given: an export is the
// analysis to keep, and the explorer filters ties by the dates and outlets of their
// documents.
func TestEvidenceFlag(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "news.jsonl")
	var buf bytes.Buffer
	require.NoError(t, newsgen.WriteJSONL(&buf, 300, 1))
	require.NoError(t, os.WriteFile(feed, buf.Bytes(), 0o644))

	// most returns the most evidence sentences an edge of the node-link file has.
	most := func(args ...string) int {
		out := filepath.Join(dir, "g.json")
		code, _, stderr := runCLI(t, append([]string{"export", "-fast", "-format", "nodelink", "-o", out}, append(args, feed)...)...)
		require.Equal(t, 0, code, stderr)
		var data struct {
			Edges []struct {
				Count    int
				Evidence []json.RawMessage
			}
		}
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &data))
		n := 0
		for _, e := range data.Edges {
			n = max(n, len(e.Evidence))
		}
		return n
	}
	assert.Equal(t, 3, most("-evidence", "3"))
	assert.Equal(t, 10, most("-evidence", "10"))
	all := most()
	assert.Greater(t, all, 10, "export keeps all unless -evidence is given")
	assert.Equal(t, all, most("-evidence", "0"))

	// The explorer: every sentence of the heaviest tie.
	page := filepath.Join(dir, "e.html")
	code, _, stderr := runCLI(t, "render", "-fast", "-format", "html", "-o", page, feed)
	require.Equal(t, 0, code, stderr)
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	const open = `<script type="application/json" id="actorgraph-data">`
	i := bytes.Index(html, []byte(open))
	require.GreaterOrEqual(t, i, 0)
	j := bytes.Index(html[i:], []byte("</script>"))
	var data struct {
		Elements struct {
			Edges []struct {
				Data struct {
					Layer    string
					Count    int
					Evidence [][3]int
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal(html[i+len(open):i+j], &data))
	heaviest := 0
	for _, e := range data.Elements.Edges {
		if e.Data.Layer == "comention" && e.Data.Count > 10 {
			heaviest++
			assert.Len(t, e.Data.Evidence, e.Data.Count, "a tie's evidence in the explorer")
		}
	}
	assert.Positive(t, heaviest, "no tie of more than 10 sentences: the test tests nothing")
}

// TestStreamUniqueIDs: articles of two files of the same name, in batches of extraction of
// their own, are still documents of their own, as they are when extracted at once.
func TestStreamUniqueIDs(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	require.NoError(t, newsgen.WriteJSONL(&buf, 100, 1))
	for _, sub := range []string{"a", "b"} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, sub), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, sub, "news.jsonl"), buf.Bytes(), 0o644))
	}
	out := filepath.Join(dir, "g.json")
	code, _, stderr := runCLI(t, "export", "-fast", "-format", "nodelink", "-o", out, filepath.Join(dir, "a"), filepath.Join(dir, "b"))
	require.Equal(t, 0, code, stderr)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	var data struct {
		Graph struct {
			Documents []struct{ ID string }
		}
	}
	require.NoError(t, json.Unmarshal(b, &data))
	ids := map[string]bool{}
	for _, d := range data.Graph.Documents {
		ids[d.ID] = true
	}
	assert.Len(t, ids, 200, "200 articles, 200 documents")
	assert.True(t, ids["news-1"] && ids["news-1-2"], "the second file's first article renamed as Extract renames it")
}
