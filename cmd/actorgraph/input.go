package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// stdinName names standard input ("-" on the command line) in documents and messages.
const stdinName = "stdin"

// articleExts are the extensions of the files read from a directory.
var articleExts = map[string]bool{".txt": true, ".md": true, ".jsonl": true}

// expandInputs replaces every directory among args by the article files under it
// (*.txt, *.md, *.jsonl; hidden files and directories skipped), sorted by path. Other
// arguments are kept as they are, so that a missing file is reported when it is read.
// "-" may appear once.
func expandInputs(args []string) ([]string, error) {
	var out []string
	stdin := false
	for _, a := range args {
		if a == "-" {
			if stdin {
				return nil, usagef("standard input (-) given more than once")
			}
			stdin = true
			out = append(out, a)
			continue
		}
		if fi, err := os.Stat(a); err != nil || !fi.IsDir() {
			out = append(out, a)
			continue
		}
		var files []string
		err := filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			hidden := p != a && strings.HasPrefix(d.Name(), ".")
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case d.IsDir() || hidden:
				return nil
			case d.Type().IsRegular() && articleExts[strings.ToLower(filepath.Ext(p))]:
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read directory %q: %w", a, err)
		}
		slices.Sort(files)
		out = append(out, files...)
	}
	return out, nil
}

// readDocuments reads the named inputs: files, directories (see expandInputs), JSON Lines
// files and "-" for stdin. A file or JSON Lines record that cannot be read is an error
// naming it; with skipBad it is reported on stderr and skipped instead, as long as one
// document is left. When stderr is a terminal it shows how many files have been read.
func readDocuments(args []string, skipBad bool, stdin io.Reader, stderr io.Writer) ([]*extract.Document, error) {
	paths, err := expandInputs(args)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no article files (*.txt, *.md, *.jsonl) in %s", strings.Join(args, ", "))
	}
	prog := newProgress(stderr, len(paths))
	defer prog.clear()
	bad := func(err error) error {
		if !skipBad {
			return err
		}
		prog.clear()
		fmt.Fprintf(stderr, "actorgraph: warning: skipped: %v\n", err)
		return nil
	}
	var docs []*extract.Document
	for i, p := range paths {
		prog.show(i)
		name, b, err := readInput(p, stdin)
		if err != nil {
			if err := bad(err); err != nil {
				return nil, err
			}
			continue
		}
		if isJSONLines(p, b) {
			for line, rec := range jsonLines(b) {
				d, err := jsonLinesDocument(name, line, rec)
				if err != nil {
					if err := bad(err); err != nil {
						return nil, err
					}
					continue
				}
				docs = append(docs, d)
			}
			continue
		}
		d, err := extract.Read(name, b)
		if err != nil {
			if err := bad(err); err != nil {
				return nil, err
			}
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no readable input among %d file(s)", len(paths))
	}
	return docs, nil
}

// readInput returns the name and bytes of the file at path, or of stdin for "-".
func readInput(path string, stdin io.Reader) (string, []byte, error) {
	name, r := path, stdin
	if path == "-" {
		name = stdinName
	} else {
		f, err := os.Open(path)
		if err != nil {
			return name, nil, fmt.Errorf("read %q: %w", path, err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return name, nil, fmt.Errorf("read %q: %w", name, err)
	}
	return name, b, nil
}

// isJSONLines reports whether the input at path holds JSON Lines: a *.jsonl file, or
// stdin whose first non-blank byte is '{'.
func isJSONLines(path string, b []byte) bool {
	if path == "-" {
		return bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n\uFEFF"), []byte("{"))
	}
	return strings.EqualFold(filepath.Ext(path), ".jsonl")
}

// jsonLines yields the non-blank lines of b with their 1-based line numbers.
func jsonLines(b []byte) iter.Seq2[int, []byte] {
	return func(yield func(int, []byte) bool) {
		n := 0
		for line := range bytes.Lines(b) {
			n++
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			if !yield(n, line) {
				return
			}
		}
	}
}

// article is one JSON Lines record of an article.
type article struct {
	Text   *string `json:"text"`
	Title  string  `json:"title"`
	Source string  `json:"source"`
	URL    string  `json:"url"`
	Date   string  `json:"date"`
}

// jsonLinesDocument reads line n of the JSON Lines input name as the document "name:n".
// It writes the record as a header block and the text and reads that with extract.Read, so
// that a record and a plain-text file go through the same code; spans index into that text.
// The ID is the input's base name and the line number, "news-3" for line 3 of news.jsonl.
func jsonLinesDocument(name string, n int, rec []byte) (*extract.Document, error) {
	docName := fmt.Sprintf("%s:%d", name, n)
	var a article
	if err := json.Unmarshal(rec, &a); err != nil {
		return nil, fmt.Errorf("read %q: invalid JSON: %w", docName, err)
	}
	if a.Text == nil || strings.TrimSpace(*a.Text) == "" {
		return nil, fmt.Errorf("read %q: no \"text\"", docName)
	}
	base := filepath.Base(name)
	var h strings.Builder
	fmt.Fprintf(&h, "id: %s-%d\n", strings.TrimSuffix(base, filepath.Ext(base)), n)
	for _, f := range [...]struct{ key, value string }{
		{"title", a.Title}, {"source", a.Source}, {"url", a.URL}, {"date", a.Date},
	} {
		// A header value is one line.
		if v := strings.Join(strings.Fields(f.value), " "); v != "" {
			fmt.Fprintf(&h, "%s: %s\n", f.key, v)
		}
	}
	h.WriteString("\n")
	h.WriteString(*a.Text)
	return extract.Read(docName, []byte(h.String()))
}

// progressInterval is the shortest time between two redraws of the progress line.
const progressInterval = 100 * time.Millisecond

// progress draws "reading N/TOTAL files" on one terminal line. Its zero w draws nothing.
type progress struct {
	w     io.Writer // the terminal, or nil
	total int
	last  time.Time // when the line was last drawn, or the reading began
	width int       // of the line on screen, 0 when there is none
}

// newProgress returns a progress line on stderr if stderr is a terminal, else a silent one.
func newProgress(stderr io.Writer, total int) *progress {
	p := &progress{total: total, last: time.Now()}
	if f, ok := stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.w = f
		}
	}
	return p
}

// show redraws the line with done files read, unless it was drawn less than
// progressInterval ago. The first draw waits that long too, so a quick run shows nothing.
func (p *progress) show(done int) {
	if p.w == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < progressInterval {
		return
	}
	p.last = now
	line := fmt.Sprintf("reading %d/%d files", done, p.total)
	pad := max(p.width-len(line), 0)
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", pad))
	p.width = len(line)
}

// clear erases the line, if one is drawn.
func (p *progress) clear() {
	if p.w == nil || p.width == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
	p.width = 0
}

// pipeline returns the extraction pipeline, with the built-in knowledge extended by the
// JSON Lines file at knowledgePath if it is not empty.
func pipeline(knowledgePath string) (extract.Pipeline, error) {
	if knowledgePath == "" {
		return extract.Pipeline{}, nil
	}
	entries, err := extract.LoadEntries(knowledgePath)
	if err != nil {
		return extract.Pipeline{}, err
	}
	k, err := extract.DefaultKnowledge().With(entries...)
	if err != nil {
		return extract.Pipeline{}, fmt.Errorf("%s: %w", knowledgePath, err)
	}
	return extract.Pipeline{Knowledge: k}, nil
}

// loadGraph returns the co-mention graph of the files, of a node-link file given with -in,
// or of the bundled corpus when neither is given.
func loadGraph(in string, paths []string, skipBad bool, p extract.Pipeline, stdin io.Reader, stderr io.Writer) (*graph.Graph, error) {
	if in != "" {
		if len(paths) > 0 {
			return nil, usagef("give either -in or files, not both")
		}
		f, err := os.Open(in)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		g, err := graph.ReadNodeLink(f)
		if err != nil {
			return nil, fmt.Errorf("read %q: %w", in, err)
		}
		return g, nil
	}
	var docs []*extract.Document
	var err error
	if len(paths) == 0 {
		docs, err = corpus.Documents()
	} else {
		docs, err = readDocuments(paths, skipBad, stdin, stderr)
	}
	if err != nil {
		return nil, err
	}
	return graph.FromResult(p.Extract(docs...)), nil
}

// graphInput holds the flags that say where a command's graph comes from.
type graphInput struct {
	in, knowledge *string
	skipBad       *bool
}

// graphFlags defines -in, -knowledge and -skip-bad on fs.
func graphFlags(fs *flag.FlagSet) graphInput {
	return graphInput{
		in:        fs.String("in", "", "read the graph from this NetworkX node-link JSON file instead of articles"),
		knowledge: fs.String("knowledge", "", "JSON Lines file of actors that extends the built-in knowledge"),
		skipBad:   fs.Bool("skip-bad", false, "report unreadable files on stderr and go on with the others"),
	}
}

// load returns the graph of the files (fs.Args()), of -in, or of the bundled corpus.
func (gi graphInput) load(fs *flag.FlagSet, stdin io.Reader, stderr io.Writer) (*graph.Graph, error) {
	p, err := pipeline(*gi.knowledge)
	if err != nil {
		return nil, err
	}
	return loadGraph(*gi.in, fs.Args(), *gi.skipBad, p, stdin, stderr)
}

// name names what the graph was read from, for messages.
func (gi graphInput) name(fs *flag.FlagSet) string {
	switch {
	case *gi.in != "":
		return *gi.in
	case fs.NArg() > 0:
		return strings.Join(fs.Args(), ", ")
	}
	return "the bundled corpus"
}
