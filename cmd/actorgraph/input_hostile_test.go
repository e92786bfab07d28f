//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mkfifo makes a named pipe in a temporary directory.
func mkfifo(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, syscall.Mkfifo(p, 0o600))
	return p
}

// runTimeout runs the command line as runCLI does, failing the test if it does not return
// within a minute instead of hanging it.
func runTimeout(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
		done <- result{code, stdout.String(), stderr.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(time.Minute):
		t.Fatalf("actorgraph %s: no answer in a minute", strings.Join(args, " "))
		return 0, "", ""
	}
}

// writeLater writes text to the named pipe at path after delay, as <(sleep 1; cat a.txt).
func writeLater(t *testing.T, path, text string, delay time.Duration) {
	t.Helper()
	go func() {
		time.Sleep(delay)
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			t.Error(err)
			return
		}
		defer f.Close()
		if _, err := f.WriteString(text); err != nil {
			t.Error(err)
		}
	}()
}

func TestExtractFIFOArgument(t *testing.T) {
	dir := t.TempDir()
	fifo := mkfifo(t, dir, "article")
	writeLater(t, fifo, scholzArticle, 2*waitNotice)
	code, stdout, stderr := runTimeout(t, "extract", fifo)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "actorgraph: waiting for input on "+fifo+" (a FIFO)...\n")
	assert.Equal(t, []string{fifo}, docPaths(decodeExtract(t, stdout)), "a named pipe given by name is read")

	// Input that comes at once makes no notice. How soon "at once" is depends on the load of
	// the machine, so here the notice waits a minute.
	defer func(d time.Duration) { waitNotice = d }(waitNotice)
	waitNotice = time.Minute
	feed := mkfifo(t, dir, "feed.jsonl")
	writeLater(t, feed, "\uFEFF"+`{"text": "President Lula met Chancellor Olaf Scholz."}`+"\n", 0)
	code, stdout, stderr = runTimeout(t, "extract", feed)
	waitNotice = time.Second
	require.Equal(t, 0, code, stderr)
	assert.NotContains(t, stderr, "waiting", "no notice when the input comes at once")
	assert.Equal(t, []string{feed + ":1"}, docPaths(decodeExtract(t, stdout)))

	graph := mkfifo(t, dir, "graph.json")
	writeLater(t, graph, `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 1}]}`, 2*time.Second)
	code, _, stderr = runTimeout(t, "rank", "-format", "json", "-in", graph)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "waiting for input on "+graph)
	knowledge := mkfifo(t, dir, "actors.jsonl")
	article := filepath.Join(dir, "article.txt")
	require.NoError(t, os.WriteFile(article, []byte("Minister Quorra Vantablack met Chancellor Olaf Scholz.\n"), 0o644))
	writeLater(t, knowledge, `{"id": "quorra-vantablack", "name": "Quorra Vantablack", "type": "person"}`+"\n", 2*time.Second)
	code, stdout, stderr = runTimeout(t, "extract", "-knowledge", knowledge, article)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "waiting for input on "+knowledge)
	assert.Contains(t, stdout, `"quorra-vantablack"`)
}

func TestExtractFIFOInDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"b.txt": lulaArticle})
	fifo := mkfifo(t, dir, "a.txt") // nobody writes: opening it would hang
	mkfifo(t, dir, "pipe")          // not named like an article: not looked at
	code, stdout, stderr := runTimeout(t, "extract", dir)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "actorgraph: warning: skipped "+fifo+": a named pipe, not opened in a directory walk (name it to read it)\n", stderr)
	assert.Equal(t, []string{filepath.Join(dir, "b.txt")}, docPaths(decodeExtract(t, stdout)))
}

// TestExtractLinkedDirectoryArgument: a directory named through a symbolic link is walked,
// and its files named under the link. Before, the walk stopped at the link and the
// directory's articles were dropped without a word.
func TestExtractLinkedDirectoryArgument(t *testing.T) {
	real, dir := t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(real, "a.txt"), []byte("Anna Kovac met Marta Lind in Geneva.\n"), 0o644))
	link := filepath.Join(dir, "articles")
	require.NoError(t, os.Symlink(real, link))
	code, stdout, stderr := runCLI(t, "extract", "-format", "json", link)
	require.Equal(t, 0, code, stderr)
	var out extractOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	require.Len(t, out.Documents, 1)
	assert.Equal(t, filepath.Join(link, "a.txt"), out.Documents[0].Path)
}
