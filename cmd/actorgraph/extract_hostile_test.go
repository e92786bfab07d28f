package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNonLatinNames: an article naming someone in Cyrillic or in another script runs through
// every command. Before, the Cyrillic name made an actor with an empty ID and rank, render and
// export panicked ("graph: actor with empty ID").
func TestNonLatinNames(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "peskov.txt")
	require.NoError(t, os.WriteFile(article, []byte(
		"Reuters spoke to Дмитрий Песков, the Kremlin spokesman. Later it spoke to Олена Марчук, the mayor's "+
			"spokeswoman, and to Νίκος Παππάς, the Greek minister, who said Envoy Նիկոլ Փաշինյան had left.\n"), 0o644))

	code, stdout, stderr := runCLI(t, "extract", "-format", "json", article)
	require.Equal(t, 0, code, stderr)
	var out extractOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	ids := map[string]bool{}
	for _, a := range out.Actors {
		assert.NotEmpty(t, a.ID, "actor %q", a.Name)
		ids[a.ID] = true
	}
	for _, id := range []string{"dmitry-peskov", "olena-marchuk", "nikos-pappas"} {
		assert.True(t, ids[id], "no actor %q among %v", id, ids)
	}

	code, stdout, stderr = runCLI(t, "rank", "-format", "table", article)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "Dmitry Peskov")

	for _, args := range [][]string{
		{"render", "-format", "dot", "-o", filepath.Join(dir, "g.dot"), article},
		{"export", "-format", "graphml", "-o", filepath.Join(dir, "g.graphml"), article},
	} {
		code, _, stderr := runCLI(t, args...)
		assert.Equal(t, 0, code, "%s: %s", strings.Join(args, " "), stderr)
	}
}

// panicReader panics when read: a stand-in for a bug anywhere under run.
type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic("boom") }

// TestPanicIsExitError: a panic under run is reported and exits 1 (failed run), not Go's 2,
// which is the usage code.
func TestPanicIsExitError(t *testing.T) {
	var stdout, stderr strings.Builder
	code := run(context.Background(), []string{"extract", "-"}, panicReader{}, &stdout, &stderr)
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr.String(), "internal error: boom")
}

// badKnowledge are knowledge files that -knowledge refuses, with what the message must say:
// before, text after an entry and an actor affiliated with itself were accepted.
var badKnowledge = []struct{ name, file, want string }{
	{"text after the object", `{"id": "x", "name": "X", "type": "person"} garbage` + "\n", "k.jsonl:1: text after the object"},
	{"affiliated with itself", `{"id": "x", "name": "X", "type": "group", "affiliation": "x"}` + "\n", "k.jsonl:1"},
	{"a cycle", `{"id": "a", "name": "A", "type": "group", "affiliation": "b"}` + "\n" +
		`{"id": "b", "name": "B", "type": "group", "affiliation": "a"}` + "\n", "k.jsonl:2"},
	{"a name too long", `{"id": "x", "name": "` + strings.Repeat("Very ", 40) + `X", "type": "person"}` + "\n", "k.jsonl:1"},
}

func TestExtractBadKnowledge(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(article, []byte("Anna Kovac met Marta Lind in Geneva.\n"), 0o644))
	for _, tt := range badKnowledge {
		t.Run(tt.name, func(t *testing.T) {
			k := filepath.Join(t.TempDir(), "k.jsonl")
			require.NoError(t, os.WriteFile(k, []byte(tt.file), 0o644))
			code, stdout, stderr := runCLI(t, "extract", "-knowledge", k, article)
			assert.Equal(t, exitError, code)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, tt.want)
		})
	}
}
