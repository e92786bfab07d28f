package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Made-up articles; none of their sentences come from the sample corpus.
const (
	scholzArticle = "title: Berlin talks\nsource: Test Wire\ndate: 2024-03-04\n\n" +
		"Chancellor Olaf Scholz met President Lula in Berlin on Monday.\n\n" +
		"Chancellor Olaf Scholz praised President Lula for the trade offer.\n"
	lulaArticle = "President Lula criticized Chancellor Olaf Scholz over the tariff plan.\n"
)

// runStdin runs the command line in-process with stdin and returns exit code, stdout and stderr.
func runStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// writeFiles writes name -> content under dir, making directories as needed.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

// decodeExtract decodes the output of extract.
func decodeExtract(t *testing.T, stdout string) extractOutput {
	t.Helper()
	var out extractOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), stdout)
	return out
}

// docPaths returns the paths of the documents in out, in order.
func docPaths(out extractOutput) []string {
	var ps []string
	for _, d := range out.Documents {
		ps = append(ps, d.Path)
	}
	return ps
}

func TestExtractDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b/scholz.txt":          scholzArticle,
		"a/deeper/lula.md":      lulaArticle,
		"a/notes.pdf":           "not an article",
		".hidden/secret.txt":    "Chancellor Olaf Scholz met nobody.\n",
		"a/.draft.txt":          "President Lula drafted nothing.\n",
		"c/feed.jsonl":          `{"text": "President Lula thanked Chancellor Olaf Scholz.", "title": "Thanks"}` + "\n",
		"c/unreadable.txt.orig": "\x00\x01",
	})
	code, stdout, stderr := runCLI(t, "extract", dir)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stderr, "no progress line when stderr is not a terminal")
	out := decodeExtract(t, stdout)
	assert.Equal(t, []string{
		filepath.Join(dir, "a", "deeper", "lula.md"),
		filepath.Join(dir, "b", "scholz.txt"),
		filepath.Join(dir, "c", "feed.jsonl") + ":1",
	}, docPaths(out), "sorted by path, hidden and other files skipped")
	ids := map[string]bool{}
	for _, a := range out.Actors {
		ids[a.ID] = true
	}
	assert.True(t, ids["olaf-scholz"], "actors: %v", ids)

	code, _, stderr = runCLI(t, "rank", "-format", "json", dir)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stderr)

	empty := t.TempDir()
	writeFiles(t, empty, map[string]string{".only-hidden.txt": lulaArticle})
	code, _, stderr = runCLI(t, "extract", empty)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, empty)
}

func TestExtractJSONLines(t *testing.T) {
	feed := filepath.Join(t.TempDir(), "feed.jsonl")
	writeFiles(t, filepath.Dir(feed), map[string]string{"feed.jsonl": strings.Join([]string{
		`{"text": "Chancellor Olaf Scholz met President Lula in Brasilia.", "title": "Visit", "source": "Test Wire", "url": "https://example.com/1", "date": "2024-05-06"}`,
		`{"text": "President Lula criticized Chancellor Olaf Scholz.", "title": "Row\nover tariffs"}`,
		`{"title": "no text here"`,
		"",
	}, "\n")})

	code, stdout, stderr := runCLI(t, "extract", feed)
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, feed+":3")

	code, stdout, stderr = runCLI(t, "extract", "-skip-bad", feed)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "warning: skipped")
	assert.Contains(t, stderr, feed+":3")
	out := decodeExtract(t, stdout)
	require.Len(t, out.Documents, 2)
	first, second := out.Documents[0], out.Documents[1]
	assert.Equal(t, documentJSON{ID: "feed-1", Path: feed + ":1", Title: "Visit", Source: "Test Wire",
		URL: "https://example.com/1", Date: "2024-05-06", Sentences: 1}, first)
	assert.Equal(t, "feed-2", second.ID)
	assert.Equal(t, "Row over tariffs", second.Title, "a header value is one line")

	missingText := filepath.Join(t.TempDir(), "m.jsonl")
	writeFiles(t, filepath.Dir(missingText), map[string]string{"m.jsonl": `{"title": "T", "text": ""}` + "\n"})
	code, _, stderr = runCLI(t, "extract", missingText)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, missingText+":1")
	assert.Contains(t, stderr, `"text"`)
}

func TestExtractStdin(t *testing.T) {
	code, stdout, stderr := runStdin(t, scholzArticle, "extract", "-")
	require.Equal(t, 0, code, stderr)
	out := decodeExtract(t, stdout)
	require.Len(t, out.Documents, 1)
	assert.Equal(t, "Berlin talks", out.Documents[0].Title)
	assert.Equal(t, stdinName, out.Documents[0].Path)

	lines := `{"text": "President Lula met Chancellor Olaf Scholz."}` + "\n" + `{"text": "Chancellor Olaf Scholz called President Lula."}` + "\n"
	code, stdout, stderr = runStdin(t, lines, "extract", "-")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{stdinName + ":1", stdinName + ":2"}, docPaths(decodeExtract(t, stdout)))

	code, _, stderr = runStdin(t, "", "extract", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, stdinName)

	code, _, _ = runStdin(t, lulaArticle, "extract", "-", "-")
	assert.Equal(t, 2, code, "stdin given twice")

	code, _, stderr = runStdin(t, lulaArticle, "export", "-format", "nodelink", "-o", "-", "-")
	require.Equal(t, 0, code, stderr)
}

var helpCommands = []string{"extract", "rank", "render", "export"}

func TestSubcommandHelp(t *testing.T) {
	for _, cmd := range helpCommands {
		t.Run(cmd, func(t *testing.T) {
			for _, h := range []string{"-h", "--help"} {
				code, stdout, stderr := runCLI(t, cmd, h)
				assert.Equal(t, 0, code, stderr)
				assert.Contains(t, stdout, "Usage: actorgraph "+cmd)
				assert.Contains(t, stdout, "Examples:")
				assert.GreaterOrEqual(t, strings.Count(stdout, "\n  actorgraph "+cmd)+strings.Count(stdout, "| actorgraph "+cmd), 2, stdout)
				assert.Contains(t, stdout, "directory")
				assert.Empty(t, stderr)
			}
		})
	}
	code, _, stderr := runCLI(t, "rank", "-bogus")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "Usage: actorgraph rank", "a bad flag shows the usage on stderr")
	code, stdout, _ := runCLI(t, "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "Exit codes")
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	silent := newProgress(&buf, 3)
	silent.last = time.Time{}
	silent.show(1)
	silent.clear()
	assert.Empty(t, buf.String(), "a bytes.Buffer is not a terminal")

	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	require.NoError(t, err)
	defer f.Close()
	assert.Nil(t, newProgress(f, 3).w, "a regular file is not a terminal")

	p := &progress{w: &buf, total: 1000}
	p.show(123)
	assert.Equal(t, "\rreading 123/1000 files", buf.String())
	p.show(124)
	assert.Equal(t, "\rreading 123/1000 files", buf.String(), "no redraw within progressInterval")
	p.clear()
	assert.Equal(t, "\rreading 123/1000 files\r"+strings.Repeat(" ", 22)+"\r", buf.String())
}
