package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// stdinName names standard input ("-" on the command line) in documents and messages.
const stdinName = "stdin"

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

// readDocuments reads the named inputs with the library's reader (extract.Reader): files,
// directories, JSON Lines and CSV files (their fields as r.Fields names them) and "-" for
// stdin (in r.StdinFormat). Every file or record that cannot be read is reported on stderr,
// naming it, and the reading goes on; then it is an error, unless skipBad, with which they
// are skipped, as long as one document is left. When stderr is a terminal it shows how many
// files have been read, and a named pipe that keeps it waiting is named.
//
// Memory is bounded by what is kept, not by the input: a plain article (a file or stdin)
// is read up to extract.MaxDocumentSize, and JSON Lines are read a line at a time, each
// line up to extract.MaxJSONLine. The documents are all kept: readEach keeps none.
func readDocuments(args []string, skipBad bool, r extract.Reader, stdin io.Reader, stderr io.Writer) ([]*extract.Document, error) {
	var docs []*extract.Document
	if err := readEach(args, skipBad, r, stdin, stderr, func(d *extract.Document, _ bool) { docs = append(docs, d) }); err != nil {
		return nil, err
	}
	return docs, nil
}

// readEach reads the named inputs as readDocuments does, and calls use with each document
// as it is read, and whether an input has failed so far while skipBad is off (the run will
// then stop, and use may save itself the work). It returns readDocuments' errors.
func readEach(args []string, skipBad bool, r extract.Reader, stdin io.Reader, stderr io.Writer, use func(d *extract.Document, failing bool)) error {
	stdins := 0
	for _, a := range args {
		if a == "-" {
			stdins++
		}
	}
	if stdins > 1 {
		return usagef("standard input (-) given more than once")
	}
	paths, skipped, err := r.Expand(args)
	var walkErrs extract.ErrorList // directories that cannot be walked: bad inputs like the rest
	if list, ok := err.(extract.ErrorList); ok {
		walkErrs = list
	}
	for _, f := range skipped {
		fmt.Fprintf(stderr, "actorgraph: warning: skipped %s: %s in a directory walk (name it to read it)\n", f.Path, f.Err)
	}
	if len(paths) == 0 && len(walkErrs) == 0 {
		return fmt.Errorf("no article files (*.txt, *.md, *.jsonl, *.csv) in %s", strings.Join(args, ", "))
	}
	prog := newProgress(stderr, len(paths))
	defer prog.clear()
	var bad extract.ErrorList
	report := func(err error) {
		prog.clear()
		if skipBad {
			fmt.Fprintf(stderr, "actorgraph: warning: skipped: %v\n", cleanError(err))
		} else {
			fmt.Fprintf(stderr, "actorgraph: %v\n", cleanError(err))
		}
		bad = append(bad, err)
	}
	for _, err := range walkErrs {
		report(err)
	}
	// Files that cannot be opened are found before any article is read, so that a run
	// that will stop stops before it extracts anything. Named pipes and devices are not
	// opened here: that could block.
	unreadable := map[string]bool{}
	for _, p := range paths {
		if fi, err := os.Stat(p); p == "-" || err == nil && !fi.Mode().IsRegular() {
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			report(fmt.Errorf("read %q: %w", p, err))
			unreadable[p] = true
			continue
		}
		f.Close()
	}
	r.Stdin = stdin
	r.Open = func(path string) (io.ReadCloser, error) { return openInput(path, stderr, prog.clear) }
	read := 0
	for i, p := range paths {
		if unreadable[p] {
			continue
		}
		prog.show(i)
		r.ReadPath(p, func(d *extract.Document, err error) error {
			if err != nil {
				report(err)
				return nil
			}
			for _, w := range d.Warnings {
				prog.clear()
				fmt.Fprintf(stderr, "actorgraph: warning: %s: %s\n", d.Path, w)
			}
			read++
			prog.articles = read
			prog.show(i)
			use(d, len(bad) > 0 && !skipBad)
			return nil
		})
	}
	if len(bad) > 0 && !skipBad {
		return fmt.Errorf("%d input(s) could not be read, each named above; -skip-bad skips them and reads the rest", len(bad))
	}
	if read == 0 {
		return fmt.Errorf("no readable input among %d file(s)", len(paths))
	}
	return nil
}

// cleanError drops the package prefix that the library's reader puts before an input's
// error: the command's own prefix says where it comes from.
func cleanError(err error) string { return strings.TrimPrefix(err.Error(), "extract: ") }

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
	total    int
	articles int       // articles read so far
	last     time.Time // when the line was last drawn, or the reading began
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
	p.draw(fmt.Sprintf("reading %d/%d files, %d articles", done, p.total, p.articles))
}

// extractWithProgress runs p on docs with "extracting N/TOTAL articles" on a status line
// of stderr, if it is a terminal and the run lasts longer than progressInterval.
func extractWithProgress(p extract.Pipeline, docs []*extract.Document, stderr io.Writer) *extract.Result {
	line := newStatusLine(stderr)
	if line.w == nil {
		return p.Extract(docs...)
	}
	last := time.Now()
	p.Progress = func(done, total int) {
		if now := time.Now(); now.Sub(last) >= progressInterval {
			last = now
			line.draw(fmt.Sprintf("extracting %d/%d articles", done, total))
		}
	}
	defer line.clear()
	return p.Extract(docs...)
}

// whileWaiting draws what on a status line of stderr, with the time elapsed, every 100 ms
// until the returned stop is called; nothing if stderr is no terminal or stop comes within
// progressInterval. For work that reports no progress of its own, such as a layout.
func whileWaiting(stderr io.Writer, what string) (stop func()) {
	line := newStatusLine(stderr)
	if line.w == nil {
		return func() {}
	}
	start := time.Now()
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(progressInterval)
		defer tick.Stop()
		for {
			select {
			case <-done:
				line.clear()
				return
			case <-tick.C:
				line.draw(fmt.Sprintf("%s (%s elapsed)", what, time.Since(start).Round(time.Second)))
			}
		}
	}()
	return func() { close(done); <-finished }
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
func loadGraph(in string, paths []string, skipBad bool, r extract.Reader, filter docFilter, p extract.Pipeline, evidence int, stdin io.Reader, stderr io.Writer) (*graph.Graph, error) {
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
	choose, err := filter.chooser()
	if err != nil {
		return nil, err
	}
	// The articles go through extraction a batch at a time, and into a graph.Builder one
	// at a time, so that neither they nor their mentions are held whole: memory is bounded
	// by the graph. One result an article makes the graph independent of the batches: the
	// one actorgraph-beam (the beam module) makes on many machines.
	//
	// One goroutine extracts the batches and adds their results, in order, while this one
	// reads the next batch: at most two batches are held at once.
	b := graph.NewBuilder()
	b.SetEvidenceLimit(evidence)
	batches := make(chan []*extract.Document)
	extracted := make(chan any) // what the extracting goroutine panicked with, or nil
	go func() {
		defer func() {
			p := recover()
			for range batches { // let the reader finish, to panic in its goroutine
			}
			extracted <- p
		}()
		for batch := range batches {
			p.ExtractEach(batch, b.Add)
		}
	}()
	finish := sync.OnceFunc(func() {
		close(batches)
		if p := <-extracted; p != nil {
			panic(p) // where run recovers it
		}
	})
	defer finish()
	var batch []*extract.Document
	flush := func() {
		if len(batch) == 0 {
			return
		}
		batches <- batch
		batch = make([]*extract.Document, 0, extractBatch)
	}
	ids := extract.NewIDTaker()
	use := func(d *extract.Document, failing bool) {
		if !choose.keep(d) || failing {
			return
		}
		d.ID = ids.Take(d.ID)
		batch = append(batch, d)
		if len(batch) == extractBatch {
			flush()
		}
	}
	if len(paths) == 0 {
		docs, err := corpus.Documents()
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			use(d, false)
		}
	} else if err := readEach(paths, skipBad, r, stdin, stderr, use); err != nil {
		return nil, err
	}
	flush()
	finish()
	if err := choose.done(stderr); err != nil {
		return nil, err
	}
	return b.Graph(), nil
}

// extractBatch is how many articles are extracted at a time: enough to keep the cores busy
// (extract.Pipeline analyses eight at once), few enough that a batch's mentions are little.
const extractBatch = 64

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
	evidence      *int
	filter        docFilter
	fields        fieldFlag
}

// graphFlags defines -in, -knowledge, -skip-bad, -fast, -since, -until and -source on fs.
func graphFlags(fs *flag.FlagSet) graphInput {
	return graphInput{
		in:        fs.String("in", "", "read the graph from this NetworkX node-link JSON file instead of articles"),
		knowledge: fs.String("knowledge", "", "JSON Lines file of actors that extends the built-in knowledge"),
		skipBad:   fs.Bool("skip-bad", false, "report unreadable files on stderr and go on with the others"),
		fast:      fs.Bool("fast", false, fastUsage),
		evidence:  fs.Int("evidence", graph.DefaultEvidenceLimit, "keep at most this many evidence sentences a tie, interaction and affiliation, a sample of the whole corpus (0: all; memory then grows with the corpus; unless given, export and render -format html keep all, and rank, which writes none, 1)"),
		filter:    filterFlags(fs),
		fields:    fieldFlags(fs),
	}
}

// fieldFlag holds the flags of the reader: -field, the fields of JSON Lines and CSV records
// that hold an article's parts where they are not the usual names, and -stdin-format.
type fieldFlag struct{ fields, stdin *string }

// fieldFlags defines -field and -stdin-format on fs.
func fieldFlags(fs *flag.FlagSet) fieldFlag {
	return fieldFlag{
		fs.String("field", "", "JSON Lines and CSV fields of an article's parts, where not the usual names: text=NAME,title=NAME,date=NAME,source=NAME,url=NAME (usual: text/content/body/article, title/headline, date/published_at/published/pubDate, source/outlet/domain, url/link)"),
		fs.String("stdin-format", "", "what standard input (-) holds: text (one article), jsonl or csv (default: JSON Lines if it starts with {, else one article)"),
	}
}

// parse returns the reader the flags describe.
func (f fieldFlag) parse() (extract.Reader, error) {
	var r extract.Reader
	switch *f.stdin {
	case "", "text", "jsonl", "csv":
		r.StdinFormat = *f.stdin
	default:
		return r, usagef("unknown -stdin-format %q (want text, jsonl or csv)", *f.stdin)
	}
	if *f.fields == "" {
		return r, nil
	}
	if err := r.Fields.ParseFields(*f.fields); err != nil {
		return r, usageError{strings.TrimPrefix(err.Error(), "extract: ")}
	}
	return r, nil
}

// fastUsage describes -fast.
const fastUsage = "read interactions with token rules only, without parsing: 20-60x faster, fewer and less certain interactions, and no people that only the parse finds"

// load returns the graph of the files (fs.Args()), of -in, or of the bundled corpus.
func (gi graphInput) load(fs *flag.FlagSet, stdin io.Reader, stderr io.Writer) (*graph.Graph, error) {
	p, err := pipeline(*gi.knowledge, *gi.fast, stderr)
	if err != nil {
		return nil, err
	}
	r, err := gi.fields.parse()
	if err != nil {
		return nil, err
	}
	if *gi.evidence < 0 {
		return nil, usagef("-evidence must not be negative")
	}
	return loadGraph(*gi.in, fs.Args(), *gi.skipBad, r, gi.filter, p, *gi.evidence, stdin, stderr)
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
