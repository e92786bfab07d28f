package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// stdinName names standard input ("-" on the command line) in documents and messages.
const stdinName = "stdin"

// expandInputs replaces every directory among args by the article files under it
// (*.txt, *.md, *.jsonl; hidden files and directories skipped), sorted by path. Other
// arguments are kept as they are, so that a missing file is reported when it is read.
// "-" may appear once.
//
// Directories are walked by extract.ArticleFiles: a symbolic link named like an article is
// kept when it leads to a file (or to nothing: reading it then says why it cannot be read);
// links to directories inside are not followed, and special files (named pipes, sockets,
// devices) are never opened; warn is called with each such entry and the reason, so that no
// article is dropped silently. A directory named by a symbolic link is walked.
func expandInputs(args []string, warn func(path, why string)) ([]string, error) {
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
		files, skipped, err := extract.ArticleFiles(a, ".txt", ".md", ".jsonl")
		if err != nil {
			return nil, err
		}
		for _, f := range skipped {
			warn(f.Path, f.Err.Error()+" in a directory walk (name it to read it)")
		}
		out = append(out, files...)
	}
	return out, nil
}

// specialKind names the kind of a file that is not a regular file.
func specialKind(typ fs.FileMode) string {
	switch {
	case typ&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case typ&fs.ModeSocket != 0:
		return "a socket"
	case typ&fs.ModeCharDevice != 0 && typ&fs.ModeDevice != 0:
		return "a character device"
	case typ&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// readDocuments reads the named inputs: files, directories (see expandInputs), JSON Lines
// files and "-" for stdin. A file or JSON Lines record that cannot be read is an error
// naming it; with skipBad it is reported on stderr and skipped instead, as long as one
// document is left. When stderr is a terminal it shows how many files have been read.
//
// Memory is bounded by what is kept, not by the input: a plain article (a file or stdin)
// is read up to extract.MaxDocumentSize, and JSON Lines are read a line at a time, each
// line up to maxJSONLine. A JSON Lines file as a whole has no limit, as a folder of
// files has none: its articles are kept, as many files would be.
func readDocuments(args []string, skipBad bool, stdin io.Reader, stderr io.Writer) ([]*extract.Document, error) {
	paths, err := expandInputs(args, func(path, why string) {
		fmt.Fprintf(stderr, "actorgraph: warning: skipped %s: %s\n", path, why)
	})
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
		err := readInput(p, stdin, stderr, prog.clear, func(d *extract.Document, err error) error {
			if err != nil {
				return bad(err)
			}
			for _, w := range d.Warnings {
				prog.clear()
				fmt.Fprintf(stderr, "actorgraph: warning: %s: %s\n", d.Path, w)
			}
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			if err := bad(err); err != nil {
				return nil, err
			}
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no readable input among %d file(s)", len(paths))
	}
	return docs, nil
}

// maxJSONLine is the longest line of a JSON Lines input, in bytes: twice
// extract.MaxDocumentSize, room for a text at the document limit with its escapes (a quote,
// a backslash or a line break takes two bytes; an encoder that escapes all but ASCII, as
// Python's json does by default, writes é as \u00e9, so a text in such a script fits up
// to a third of the line) and the other fields.
const maxJSONLine = 2 * extract.MaxDocumentSize

// stdinSniff is how much of standard input is looked at to tell JSON Lines from an article.
const stdinSniff = 4 << 10

// readInput reads the input at path, or stdin for "-", and calls add with each document
// it holds or each error of a record, in order: one for an article, one a line for JSON
// Lines. It stops at the first error add returns. It returns an error if the input cannot
// be opened or read. A path that is not a regular file, such as a named pipe, is read as
// well; if nothing comes from it for waitNotice, a line on stderr says so, after calling
// clear (to erase the progress line).
func readInput(path string, stdin io.Reader, stderr io.Writer, clear func(), add func(*extract.Document, error) error) error {
	if path == "-" {
		br := bufio.NewReaderSize(stdin, stdinSniff)
		head, err := br.Peek(stdinSniff)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return fmt.Errorf("read %q: %w", stdinName, err)
		}
		if bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n\uFEFF"), []byte("{")) {
			return readJSONLines(stdinName, br, add)
		}
		return add(extract.ReadFrom(stdinName, br))
	}
	f, err := openInput(path, stderr, clear)
	if err != nil {
		return err
	}
	defer f.Close()
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		return readJSONLines(path, f, add)
	}
	return add(extract.ReadFrom(path, f))
}

// readJSONLines reads JSON Lines from r, a line at a time, and calls add with the document
// of each non-blank line or the error that names it. A leading byte-order mark is dropped.
// A line longer than maxJSONLine is an error for that line, and the reading goes on after
// it.
func readJSONLines(name string, r io.Reader, add func(*extract.Document, error) error) error {
	lr := newLineReader(r, maxJSONLine)
	for {
		line, err := lr.next()
		switch {
		case err == io.EOF:
			return nil
		case errors.Is(err, errLineTooLong):
			err = fmt.Errorf("read %q: %w (limit %d bytes)", fmt.Sprintf("%s:%d", name, lr.n), err, maxJSONLine)
			if err := add(nil, err); err != nil {
				return err
			}
			continue
		case err != nil:
			return fmt.Errorf("read %q: line %d: %w", name, lr.n, err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := add(jsonLinesDocument(name, lr.n, line)); err != nil {
			return err
		}
	}
}

// errLineTooLong is the error for a line longer than a lineReader's limit.
var errLineTooLong = errors.New("line too long")

// lineReader reads lines of at most max bytes, holding one line at a time.
type lineReader struct {
	r      *bufio.Reader
	max    int
	n      int      // number of the line last returned, from 1
	chunks [][]byte // of a line longer than the bufio.Reader's buffer
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line, with its line break if it has one, valid until the next
// call; at the end of the input it returns io.EOF. A line longer than the limit is read to
// its end and dropped, and next returns errLineTooLong for it. A byte-order mark at the
// start of the first line is dropped.
func (l *lineReader) next() ([]byte, error) {
	clear(l.chunks)
	l.chunks = l.chunks[:0]
	size, long := 0, false
	for {
		chunk, err := l.r.ReadSlice('\n')
		if err == io.EOF && size == 0 && len(chunk) == 0 && !long {
			return nil, io.EOF
		}
		if !long && size+len(chunk) > l.max {
			long = true
			clear(l.chunks) // let them go before the rest of the line is read
			l.chunks = l.chunks[:0]
		}
		if !long {
			size += len(chunk)
		}
		switch {
		case err == bufio.ErrBufferFull:
			if !long {
				l.chunks = append(l.chunks, bytes.Clone(chunk))
			}
			continue
		case err != nil && err != io.EOF:
			l.n++
			return nil, err
		}
		l.n++
		if long {
			return nil, errLineTooLong
		}
		line := chunk // the common case: a line within the buffer, not copied
		if len(l.chunks) > 0 {
			line = bytes.Join(append(l.chunks, chunk), nil)
		}
		if l.n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		return line, nil
	}
}

// waitNotice is how long reading a named pipe or a device may give nothing before a line
// on stderr says what the command is waiting for.
var waitNotice = time.Second // a variable for tests

// openInput opens the file at path. A regular file is returned as an *os.File, so that
// readers can tell its size. Anything else that was named (a named pipe, such as bash's
// <(...) makes, or a device) is read as well, as cat and jq read it: it may block, in the
// open until a writer comes or in the first read, and when that lasts waitNotice a line
// "actorgraph: waiting for input on PATH (a FIFO)..." goes to stderr, after clear.
func openInput(path string, stderr io.Writer, clear func()) (io.ReadCloser, error) {
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().IsRegular() || fi.IsDir() {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read %q: %w", path, err)
		}
		return f, nil
	}
	stop := noticeAfter(waitNotice, func() {
		clear()
		fmt.Fprintf(stderr, "actorgraph: waiting for input on %s (%s)...\n", path, specialKind(fi.Mode().Type()))
	})
	f, err := os.Open(path)
	if err != nil {
		stop()
		return nil, fmt.Errorf("read %q: %w", path, err)
	}
	return &noticeReader{f: f, stop: stop}, nil
}

// noticeAfter calls notice after d unless the returned stop is called first. stop returns
// once notice has returned, if it was called, so that the two never write at once.
func noticeAfter(d time.Duration, notice func()) (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
			notice()
		case <-quit:
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(quit)
			<-done
		})
	}
}

// noticeReader reads f and stops a notice once the first read returns.
type noticeReader struct {
	f    *os.File
	stop func()
}

func (r *noticeReader) Read(p []byte) (int, error) {
	n, err := r.f.Read(p)
	r.stop()
	return n, err
}

func (r *noticeReader) Close() error {
	r.stop()
	return r.f.Close()
}

// article is one JSON Lines record of an article. The date may come under the names feeds
// and scrapers give it: date, published_at, published, pubDate.
type article struct {
	Text        *string `json:"text"`
	Title       string  `json:"title"`
	Source      string  `json:"source"`
	URL         string  `json:"url"`
	Date        string  `json:"date"`
	PublishedAt string  `json:"published_at"`
	Published   string  `json:"published"`
	PubDate     string  `json:"pubDate"`
}

// date returns the first of the record's date fields that is set.
func (a article) date() string {
	for _, d := range []string{a.Date, a.PublishedAt, a.Published, a.PubDate} {
		if d != "" {
			return d
		}
	}
	return ""
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
		{"title", a.Title}, {"source", a.Source}, {"url", a.URL}, {"date", a.date()},
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

// statusLine is one line of status on a terminal, redrawn in place. Its zero value, and one
// made for a stderr that is not a terminal, draws nothing, so that logs and scripts see only
// the output and the warnings.
type statusLine struct {
	w     io.Writer // the terminal, or nil
	width int       // of the line on screen, 0 when there is none
}

// newStatusLine returns a status line on stderr if stderr is a terminal, else a silent one.
func newStatusLine(stderr io.Writer) statusLine {
	if f, ok := stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			return statusLine{w: f}
		}
	}
	return statusLine{}
}

// draw replaces the line on screen with line.
func (s *statusLine) draw(line string) {
	if s.w == nil {
		return
	}
	fmt.Fprintf(s.w, "\r%s%s", line, strings.Repeat(" ", max(s.width-len(line), 0)))
	s.width = len(line)
}

// clear erases the line, if one is drawn.
func (s *statusLine) clear() {
	if s.w == nil || s.width == 0 {
		return
	}
	fmt.Fprintf(s.w, "\r%s\r", strings.Repeat(" ", s.width))
	s.width = 0
}

// progress draws "reading N/TOTAL files" on a status line.
type progress struct {
	statusLine
	total int
	last  time.Time // when the line was last drawn, or the reading began
}

// newProgress returns a progress line on stderr if stderr is a terminal, else a silent one.
func newProgress(stderr io.Writer, total int) *progress {
	return &progress{statusLine: newStatusLine(stderr), total: total, last: time.Now()}
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
	p.draw(fmt.Sprintf("reading %d/%d files", done, p.total))
}

// pipeline returns the extraction pipeline, with the built-in knowledge extended by the
// JSON Lines file at knowledgePath if it is not empty. The file is opened as articles are
// (openInput): a named pipe is read, with a notice on stderr while it gives nothing.
// With fast, interactions are read with the token rules alone (extract.Pipeline.TokenRules).
func pipeline(knowledgePath string, fast bool, stderr io.Writer) (extract.Pipeline, error) {
	if knowledgePath == "" {
		return extract.Pipeline{TokenRules: fast}, nil
	}
	f, err := openInput(knowledgePath, stderr, func() {})
	if err != nil {
		return extract.Pipeline{}, err
	}
	defer f.Close()
	entries, err := extract.ReadEntries(f, knowledgePath)
	if err != nil {
		return extract.Pipeline{}, err
	}
	k, err := extract.DefaultKnowledge().With(entries...)
	if err != nil {
		return extract.Pipeline{}, fmt.Errorf("%s: %w", knowledgePath, err)
	}
	return extract.Pipeline{Knowledge: k, TokenRules: fast}, nil
}

// maxNodeLinkSize is the largest node-link file -in reads, in bytes. The file is read and
// parsed in memory, which takes a few times its size; 256 MiB holds a graph of a few
// million ties, far more than can be drawn or ranked interactively.
const maxNodeLinkSize = 256 << 20

// errNodeLinkTooLarge is the error for a node-link file over maxNodeLinkSize.
var errNodeLinkTooLarge = fmt.Errorf("node-link file too large: over the limit of %d bytes (%d MiB)", maxNodeLinkSize, maxNodeLinkSize>>20)

// loadGraph returns the co-mention graph of the files, of a node-link file given with -in,
// or of the bundled corpus when neither is given.
func loadGraph(in string, paths []string, skipBad bool, filter docFilter, p extract.Pipeline, stdin io.Reader, stderr io.Writer) (*graph.Graph, error) {
	if in != "" {
		if len(paths) > 0 {
			return nil, usagef("give either -in or files, not both")
		}
		if filter.active() {
			return nil, usagef("-since, -until and -source choose articles: a graph read with -in has none to choose from")
		}
		f, err := openInput(in, stderr, func() {})
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if fi, err := os.Stat(in); err == nil && fi.Mode().IsRegular() && fi.Size() > maxNodeLinkSize {
			return nil, fmt.Errorf("read %q: %w", in, errNodeLinkTooLarge)
		}
		g, err := graph.ReadNodeLink(&limitedReader{r: f, left: maxNodeLinkSize, err: errNodeLinkTooLarge})
		if errors.Is(err, errNodeLinkTooLarge) {
			return nil, fmt.Errorf("read %q: %w", in, errNodeLinkTooLarge)
		}
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
	if docs, err = filter.apply(docs, stderr); err != nil {
		return nil, err
	}
	return graph.FromResult(p.Extract(docs...)), nil
}

// limitedReader reads from r until left bytes are read, then fails with err if r has more.
type limitedReader struct {
	r    io.Reader
	left int64
	err  error
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, l.err
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1] // one byte more tells whether r has more
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n - 1, l.err
	}
	return n, err
}

// graphInput holds the flags that say where a command's graph comes from.
type graphInput struct {
	in, knowledge *string
	skipBad, fast *bool
	filter        docFilter
}

// graphFlags defines -in, -knowledge, -skip-bad, -fast, -since, -until and -source on fs.
func graphFlags(fs *flag.FlagSet) graphInput {
	return graphInput{
		in:        fs.String("in", "", "read the graph from this NetworkX node-link JSON file instead of articles"),
		knowledge: fs.String("knowledge", "", "JSON Lines file of actors that extends the built-in knowledge"),
		skipBad:   fs.Bool("skip-bad", false, "report unreadable files on stderr and go on with the others"),
		fast:      fs.Bool("fast", false, fastUsage),
		filter:    filterFlags(fs),
	}
}

// fastUsage describes -fast.
const fastUsage = "read interactions with token rules only, without parsing: 20-60x faster, fewer and less certain interactions, and no people that only the parse finds"

// load returns the graph of the files (fs.Args()), of -in, or of the bundled corpus.
func (gi graphInput) load(fs *flag.FlagSet, stdin io.Reader, stderr io.Writer) (*graph.Graph, error) {
	p, err := pipeline(*gi.knowledge, *gi.fast, stderr)
	if err != nil {
		return nil, err
	}
	return loadGraph(*gi.in, fs.Args(), *gi.skipBad, gi.filter, p, stdin, stderr)
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
