package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract"

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
		URL: "https://example.com/1", Date: "2024-05-06", Sentences: 2}, first) // the title and the text
	assert.Equal(t, "feed-2", second.ID)
	assert.Equal(t, "Row over tariffs", second.Title, "a header value is one line")

	missingText := filepath.Join(t.TempDir(), "m.jsonl")
	writeFiles(t, filepath.Dir(missingText), map[string]string{"m.jsonl": `{"title": "T", "text": ""}` + "\n"})
	code, _, stderr = runCLI(t, "extract", missingText)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, missingText+":1")
	assert.Contains(t, stderr, "no text (looked for text, content, body, article)")
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

	// CSV on stdin only when -stdin-format says so: a pipe has no name to tell it by.
	csv := "headline,body\nTalks,President Lula met Chancellor Olaf Scholz.\nCall,Chancellor Olaf Scholz called President Lula.\n"
	code, stdout, stderr = runStdin(t, csv, "extract", "-stdin-format", "csv", "-field", "text=body", "-")
	require.Equal(t, 0, code, stderr)
	out = decodeExtract(t, stdout)
	require.Len(t, out.Documents, 2)
	assert.Equal(t, "Talks", out.Documents[0].Title)
	code, stdout, stderr = runStdin(t, csv, "extract", "-")
	require.Equal(t, 0, code, stderr)
	assert.Len(t, decodeExtract(t, stdout).Documents, 1, "CSV without -stdin-format is one article")
	code, _, stderr = runStdin(t, csv, "extract", "-stdin-format", "xml", "-")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "xml")
}

var helpCommands = []string{"extract", "rank", "render", "export", "parse"}

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

	p := &progress{statusLine: statusLine{w: &buf}, total: 1000, articles: 4567}
	p.show(123)
	const line = "\rreading 123/1000 files, 4567 articles"
	assert.Equal(t, line, buf.String())
	p.show(124)
	assert.Equal(t, line, buf.String(), "no redraw within progressInterval")
	p.clear()
	assert.Equal(t, line+"\r"+strings.Repeat(" ", len(line)-1)+"\r", buf.String())
}

func TestExtractByteOrderMark(t *testing.T) {
	const feed = "\uFEFF" + `{"text": "President Lula met Chancellor Olaf Scholz."}` + "\r\n" +
		`{"text": "Chancellor Olaf Scholz called President Lula."}` + "\n"
	p := filepath.Join(t.TempDir(), "feed.jsonl")
	writeFiles(t, filepath.Dir(p), map[string]string{"feed.jsonl": feed})
	code, stdout, stderr := runCLI(t, "extract", p)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{p + ":1", p + ":2"}, docPaths(decodeExtract(t, stdout)), "the first record is kept")

	code, stdout, stderr = runStdin(t, feed, "extract", "-")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{stdinName + ":1", stdinName + ":2"}, docPaths(decodeExtract(t, stdout)))

	code, stdout, stderr = runStdin(t, "\uFEFF"+scholzArticle, "extract", "-")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "Berlin talks", decodeExtract(t, stdout).Documents[0].Title)
}

// endless is standard input that never ends, as /dev/zero or `yes`.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.read += int64(len(p))
	return len(p), nil
}

// allocated returns how many bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// sparse makes a file of size zero bytes (a hole, on most file systems) followed by tail.
func sparse(t *testing.T, path string, size int64, tail string) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	defer f.Close()
	require.NoError(t, f.Truncate(size))
	_, err = f.WriteAt([]byte(tail), size)
	require.NoError(t, err)
}

func TestExtractTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	sparse(t, big, 1<<30, "")
	good := filepath.Join(dir, "good.txt")
	writeFiles(t, dir, map[string]string{"good.txt": lulaArticle})
	var code int
	var stdout, stderr string
	alloc := allocated(func() { code, stdout, stderr = runCLI(t, "extract", big, good) })
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, `"`+big+`": document too large`)
	assert.Contains(t, stderr, "limit 67108864")
	assert.Less(t, alloc, uint64(64<<20), "a file over the limit is refused unread")

	code, stdout, stderr = runCLI(t, "extract", "-skip-bad", big, good)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "warning: skipped")
	assert.Equal(t, []string{good}, docPaths(decodeExtract(t, stdout)))

	in := &endless{}
	var out, errOut bytes.Buffer
	code = run(context.Background(), []string{"extract", "-"}, in, &out, &errOut)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut.String(), `read "stdin": document too large: more than the limit of 67108864 bytes`)
	assert.LessOrEqual(t, in.read, int64(extract.MaxDocumentSize+1<<20), "reading stops at the limit")
}

func TestExtractJSONLinesLongLine(t *testing.T) {
	// One line, mostly a hole of NUL bytes, twice the line limit, then a good one.
	p := filepath.Join(t.TempDir(), "feed.jsonl")
	sparse(t, p, 2*extract.MaxJSONLine, "\n"+`{"text": "President Lula met Chancellor Olaf Scholz."}`+"\n")
	var code int
	var stdout, stderr string
	alloc := allocated(func() { code, stdout, stderr = runCLI(t, "extract", "-skip-bad", p) })
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, `read "`+p+`:1": line too long (limit 134217728 bytes)`)
	assert.Equal(t, []string{p + ":2"}, docPaths(decodeExtract(t, stdout)), "the reading goes on after a long line")
	assert.Less(t, alloc, uint64(2*extract.MaxJSONLine), "one line at a time, and not the long one")
}

func TestRankInTooLarge(t *testing.T) {
	p := filepath.Join(t.TempDir(), "graph.json")
	sparse(t, p, 1<<30, "")
	code, stdout, stderr := runCLI(t, "rank", "-in", p)
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, `read "`+p+`": node-link file too large: over the limit of 268435456 bytes (256 MiB)`)

	const graph = `{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 1}]}`
	for _, tt := range []struct {
		limit int64
		err   error
	}{{int64(len(graph)), nil}, {int64(len(graph)) - 1, errNodeLinkTooLarge}} {
		b, err := io.ReadAll(&limitedReader{r: iotest.HalfReader(strings.NewReader(graph)), left: tt.limit, err: errNodeLinkTooLarge})
		assert.Equal(t, tt.err, err, "limit %d", tt.limit)
		assert.Equal(t, graph[:tt.limit], string(b))
	}
}

func TestExtractDirectoryLinks(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": lulaArticle})
	writeFiles(t, outside, map[string]string{"kept.txt": scholzArticle, "sub/deep.txt": lulaArticle})
	if err := os.Symlink(filepath.Join(outside, "kept.txt"), filepath.Join(dir, "linked.txt")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	require.NoError(t, os.Symlink(filepath.Join(outside, "sub"), filepath.Join(dir, "sub.md")))
	require.NoError(t, os.Symlink(dir, filepath.Join(dir, "loop")))
	if ln, err := net.Listen("unix", filepath.Join(dir, "socket.txt")); err == nil {
		defer ln.Close()
	}

	code, stdout, stderr := runCLI(t, "extract", dir)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "linked.txt")}, docPaths(decodeExtract(t, stdout)),
		"a link to an article is read")
	assert.Contains(t, stderr, "actorgraph: warning: skipped "+filepath.Join(dir, "sub.md")+": a symbolic link to a directory, not followed")
	assert.NotContains(t, stderr, "loop", "a link not named like an article is not looked at")
	if _, err := os.Lstat(filepath.Join(dir, "socket.txt")); err == nil {
		assert.Contains(t, stderr, "actorgraph: warning: skipped "+filepath.Join(dir, "socket.txt")+": a socket, not opened")
	}

	broken := filepath.Join(dir, "broken.txt")
	require.NoError(t, os.Symlink(filepath.Join(outside, "gone.txt"), broken))
	code, _, stderr = runCLI(t, "extract", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, broken, "a broken link is a file that cannot be read")
	code, _, stderr = runCLI(t, "extract", "-skip-bad", dir)
	assert.Equal(t, 0, code)
	assert.Contains(t, stderr, "warning: skipped: read \""+broken)
}

// FuzzJSONLines reads arbitrary bytes as a JSON Lines file: nothing panics, every document
// has an ID and valid UTF-8 text and is named after its line, and every error names the
// input and the line.
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		"",
		`{"text": "Chancellor Olaf Scholz met President Lula in Brasilia.", "title": "Visit", "source": "Test Wire", "url": "https://example.com/1", "date": "2024-05-06"}`,
		"\uFEFF" + `{"text": "A met B."}` + "\r\n\n" + `{"title": "no text"}` + "\n",
		`{"text": "x", "title": "Row\nover\u2028tariffs", "date": "5 May 2024"}`,
		`{"text": "\u0000\u0001"}` + "\n" + `{"text": "  "}` + "\n" + `{"text": 5}` + "\n[]\nnull\n",
		`{"text": "title: fake header\n\nBody."}`,
		`{"text": "a"} {"text": "b"}`,
		"{\"text\": \"\xff\xfe\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "feed.jsonl"
		err := extract.ReadJSONLines(name, bytes.NewReader(data), extract.Fields{}, func(d *extract.Document, err error) error {
			if err != nil {
				if !regexp.MustCompile(`"feed\.jsonl:\d+"`).MatchString(err.Error()) {
					t.Fatalf("error %q does not name the input and line", err)
				}
				return nil
			}
			if d.ID == "" || !utf8.ValidString(d.Text) || !regexp.MustCompile(`^feed\.jsonl:\d+$`).MatchString(d.Path) {
				t.Fatalf("document %q (%q): no ID, invalid UTF-8 or not named after its line", d.ID, d.Path)
			}
			for _, s := range d.Sentences {
				if s.Text != d.Text[s.Start:s.End] {
					t.Fatalf("sentence %d: span %v does not hold its text", s.Index, s.Span)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("reading from memory failed: %v", err)
		}
	})
}

func TestInputDates(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad-date.txt")
	require.NoError(t, os.WriteFile(bad, []byte("title: T\ndate: sometime last week\n\nAnna Kovac met Marta Lind.\n"), 0o644))
	feed := filepath.Join(dir, "feed.jsonl")
	require.NoError(t, os.WriteFile(feed, []byte(`{"text": "Anna Kovac met Marta Lind.", "published_at": "2025-11-21T10:00:00+02:00"}
{"text": "Anna Kovac met Marta Lind.", "pubDate": "Fri, 21 Nov 2025 14:03:00 GMT"}
{"text": "Anna Kovac met Marta Lind.", "date": "Nov. 21, 2025"}
`), 0o644))
	code, stdout, stderr := runCLI(t, "extract", "-format", "json", bad, feed)
	require.Equal(t, 0, code, stderr)
	// An unreadable date is a warning naming the file, and no date.
	assert.Contains(t, stderr, "bad-date.txt: date \"sometime last week\" cannot be read")
	var out extractOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	require.Len(t, out.Documents, 4)
	assert.Empty(t, out.Documents[0].Date)
	for _, d := range out.Documents[1:] {
		assert.Equal(t, "2025-11-21", d.Date, d.ID)
	}
}

func TestInputFilters(t *testing.T) {
	dir := t.TempDir()
	for name, head := range map[string]string{
		"a.txt": "source: Meridian Wire\ndate: 2025-11-01",
		"b.txt": "source: Harbor Ledger\ndate: 21 November 2025",
		"c.txt": "source: meridian wire\ndate: 2025-12",
		"d.txt": "source: Meridian Wire",
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(head+"\n\nAnna Kovac met Marta Lind in Geneva.\n"), 0o644))
	}
	ids := func(args ...string) []string {
		t.Helper()
		code, stdout, stderr := runCLI(t, append([]string{"extract", "-format", "json"}, append(args, dir)...)...)
		require.Equal(t, 0, code, stderr)
		var out extractOutput
		require.NoError(t, json.Unmarshal([]byte(stdout), &out))
		var got []string
		for _, d := range out.Documents {
			got = append(got, d.ID)
		}
		return got
	}
	assert.Len(t, ids(), 4)
	assert.Equal(t, []string{"b", "c"}, ids("-since", "Nov. 15, 2025"))
	assert.Equal(t, []string{"a", "b"}, ids("-until", "2025-11-30"))
	assert.Equal(t, []string{"a", "c", "d"}, ids("-source", "MERIDIAN WIRE"))
	assert.Equal(t, []string{"a"}, ids("-source", "Meridian Wire", "-until", "2025-11-30"))
	// A month alone is the whole month: in a range that overlaps it, and -until a month
	// takes its last day.
	assert.Equal(t, []string{"c"}, ids("-since", "2025-12-01"))
	assert.Equal(t, []string{"c"}, ids("-since", "2025-12-15"))
	assert.Equal(t, []string{"a", "b"}, ids("-until", "2025-11"))
	assert.Equal(t, []string{"a", "b", "c"}, ids("-since", "2025", "-until", "2025"))

	code, _, stderr := runCLI(t, "extract", "-format", "json", "-since", "someday", dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `-since "someday" is no date`)
	code, _, stderr = runCLI(t, "extract", "-format", "json", "-since", "2030-01-01", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "no article of the 4 read is dated on or after 2030-01-01")
	assert.Contains(t, stderr, "1 of 4 articles have no date")
	code, _, stderr = runCLI(t, "rank", "-in", filepath.Join(dir, "g.json"), "-source", "x")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-in has none to choose from")
}

func TestInputCSVAndFields(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"feed.csv":  "headline,body,pubDate,outlet\nTalks,Anna Kovac met Marta Lind in Geneva.,\"Nov. 21, 2025\",Meridian Wire\nEmpty,,2025-11-22,Harbor Ledger\n",
		"other.csv": "story,when\nJonas Pell criticized Anna Kovac.,2025-11-23\n",
		"note.txt":  "Marta Lind thanked Jonas Pell.\n",
	})
	// Every bad record is reported, naming its file and row; then the run stops.
	code, _, stderr := runCLI(t, "extract", "-format", "json", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "feed.csv:3")
	assert.Contains(t, stderr, "other.csv:2")
	assert.Contains(t, stderr, "2 input(s) could not be read")
	// With -skip-bad they are skipped, and the rest is read; a .csv is never read as prose.
	code, stdout, stderr := runCLI(t, "extract", "-format", "json", "-skip-bad", dir)
	require.Equal(t, 0, code, stderr)
	out := decodeExtract(t, stdout)
	var ids []string
	for _, d := range out.Documents {
		ids = append(ids, d.ID+" "+d.Date+" "+d.Source)
	}
	assert.Equal(t, []string{"feed-2 2025-11-21 Meridian Wire", "note  "}, ids)
	// -field names the columns that are not the usual ones.
	code, stdout, stderr = runCLI(t, "extract", "-format", "json", "-field", "text=story,date=when", filepath.Join(dir, "other.csv"))
	require.Equal(t, 0, code, stderr)
	out = decodeExtract(t, stdout)
	require.Len(t, out.Documents, 1)
	assert.Equal(t, "2025-11-23", out.Documents[0].Date)
	code, _, stderr = runCLI(t, "rank", "-field", "body", dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "want PART=NAME")
}
