// Package pipeline is actorgraph's extraction as an Apache Beam pipeline, for corpora
// beyond one machine: it reads articles, extracts each with the actorgraph library where it
// is read, merges the graph's pieces by key (CombinePerKey) and writes the graph that
// actorgraph rank -in reads, the one the actorgraph command makes of the same articles.
//
// The road:
//
//	files (fileio.MatchAll, ReadMatches)
//	  -> documents, read as the actorgraph command reads them (extract.Reader): text,
//	     JSON Lines and CSV files, each document placed in the corpus by its file's path
//	     and its position in the file
//	  -> documents with IDs of their own (GroupByKey on the ID: a later one of the same ID
//	     gets "-2", "-3", ..., as the command's)
//	  -> graph pieces of each document (ParDo: extract.Pipeline.ExtractEach, graph.PiecesOf),
//	     keyed: actors, ties, interaction groups, affiliations, names, documents
//	  -> one piece a key (CombinePerKey: graph.Piece.Merge, in any order)
//	  -> the records of the documents that the evidence kept cites (CoGroupByKey)
//	  -> the graph, put together in one place (graph.Builder.AddPieces), and written as
//	     NetworkX node-link JSON and, if asked, neo4j-admin CSV files.
//
// Only the last step runs in one place: it holds the graph (actors, ties, interaction
// groups and affiliations with a capped sample of evidence, and the documents that evidence
// cites), not the corpus.
package pipeline

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs:// inputs and outputs
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Options say what the pipeline reads and writes.
type Options struct {
	// Input is a directory, whose article files (*.txt, *.md, *.jsonl, *.csv, as the
	// actorgraph command lists them) are read, a file, or a glob that the workers can read
	// ("gs://bucket/news/2026-11-*.jsonl").
	Input string
	// Output is the node-link JSON file to write; "" writes none.
	Output string
	// Neo4j is a directory to write the neo4j-admin import CSV files of every layer in, as
	// actorgraph export -format csv -layer all does; "" writes none.
	Neo4j string
	// Evidence is the sentences of evidence kept for each tie, interaction and
	// affiliation, a sample of the whole corpus (graph.Graph.SetEvidenceLimit); 0 keeps
	// all of them, which makes the graph grow with the corpus.
	Evidence int
	// TokenRules reads interactions by token rules alone, as actorgraph's -fast does
	// (extract.Pipeline.TokenRules).
	TokenRules bool
	// SkipBad logs an input or record that cannot be read and goes on, as actorgraph's
	// -skip-bad does; otherwise the first one fails the pipeline, naming it.
	SkipBad bool
}

func init() {
	beam.RegisterCoder(reflect.TypeOf((*document)(nil)).Elem(), encodeDocument, decodeDocument)
	beam.RegisterCoder(reflect.TypeOf((*graph.Piece)(nil)).Elem(), encodePiece, decodePiece)
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, document), error](&readFn{})
	register.Emitter2[string, document]()
	register.Function3x0(uniqueIDs)
	register.Function3x0(keepUnique)
	register.DoFn2x0[document, func(string, graph.Piece)](&extractFn{})
	register.Emitter2[string, graph.Piece]()
	register.Function2x1(mergePieces)
	register.Function5x0(splitDocuments)
	register.Emitter1[graph.Piece]()
	register.Emitter2[string, bool]()
	register.Function4x0(citedDocuments)
	register.DoFn3x1[context.Context, []byte, func(*graph.Piece) bool, error](&writeFn{})
}

// Build adds the pipeline to s. It reads a directory's listing, and checks the options, as
// it builds: a directory must be one the launcher can read.
func Build(s beam.Scope, o Options) error {
	if o.Input == "" {
		return errors.New("pipeline: no input")
	}
	if o.Output == "" && o.Neo4j == "" {
		return errors.New("pipeline: no output")
	}
	if o.Evidence < 0 {
		return fmt.Errorf("pipeline: evidence %d: want 0 (all) or more", o.Evidence)
	}
	globs := []string{o.Input}
	fi, err := os.Stat(o.Input)
	if err != nil && !isURL(o.Input) && !strings.ContainsAny(o.Input, "*?[") {
		return fmt.Errorf("pipeline: input %q: %w", o.Input, err)
	}
	if err == nil && fi.IsDir() {
		files, skipped, err := extract.Reader{}.Expand([]string{o.Input})
		if err != nil {
			return fmt.Errorf("pipeline: %w", err)
		}
		for _, sk := range skipped {
			log.Warnf(context.Background(), "skipped %s: %v", sk.Path, sk.Err)
		}
		if len(files) == 0 {
			return fmt.Errorf("pipeline: no article files (*.txt, *.md, *.jsonl, *.csv) in %q", o.Input)
		}
		globs = files
	}
	s = s.Scope("actorgraph")
	files := fileio.ReadMatches(s, fileio.MatchAll(s, beam.CreateList(s, globs), fileio.MatchEmptyDisallow()))
	docs := beam.ParDo(s, &readFn{SkipBad: o.SkipBad}, files)
	docs = beam.ParDo(s, keepUnique, beam.GroupByKey(s, beam.ParDo(s, uniqueIDs, beam.GroupByKey(s, docs))))
	pieces := beam.ParDo(s, &extractFn{Evidence: o.Evidence, TokenRules: o.TokenRules}, docs)
	merged := beam.CombinePerKey(s, mergePieces, pieces)
	parts, records, citations := beam.ParDo3(s, splitDocuments, merged)
	cited := beam.ParDo(s, citedDocuments, beam.CoGroupByKey(s, records, citations))
	all := beam.Flatten(s, parts, cited)
	// Once, with the pieces as a side input: a graph of no pieces is written too.
	beam.ParDo0(s, &writeFn{Output: o.Output, Neo4j: o.Neo4j, Evidence: o.Evidence}, beam.Impulse(s), beam.SideInput{Input: all})
	return nil
}

// A document is an article and its place in the corpus: the path of its file, then its
// position in the file, as a string that sorts in the order the actorgraph command reads
// articles (files sorted by path, records in file order).
type document struct {
	Order   string
	Doc     *extract.Document
	Renamed bool `json:",omitempty"` // its ID is not its own but one uniqueIDs gave it
}

func orderOf(path string, n int) string { return fmt.Sprintf("%s\x00%012d", path, n) }

// readFn reads the documents of a file as actorgraph reads them (extract.Reader), keyed by
// ID.
type readFn struct{ SkipBad bool }

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string, document)) error {
	path := file.Metadata.Path
	r := extract.Reader{Open: func(string) (io.ReadCloser, error) { return file.Open(ctx) }}
	n := 0
	return r.ReadPath(path, func(d *extract.Document, err error) error {
		if err != nil {
			if f.SkipBad {
				log.Warnf(ctx, "skipped: %v", err)
				return nil
			}
			return err
		}
		emit(d.ID, document{Order: orderOf(path, n), Doc: d})
		n++
		return nil
	})
}

// uniqueIDs gives the documents of one ID IDs of their own, in corpus order: the first
// keeps it, the next get "-2", "-3", ... as in the actorgraph command.
func uniqueIDs(id string, docs func(*document) bool, emit func(string, document)) {
	var all []document
	var d document
	for docs(&d) {
		all = append(all, d)
	}
	slices.SortFunc(all, func(x, y document) int { return cmp.Compare(x.Order, y.Order) })
	for i, d := range all {
		if i > 0 {
			d.Doc.ID, d.Renamed = id+"-"+strconv.Itoa(i+1), true
		}
		emit(d.Doc.ID, d)
	}
}

// keepUnique passes on the one document of an ID; if a renamed document took the ID of
// another ("a-2" beside a second "a"), the document that had it keeps it, and the others get
// a suffix of their own: never are two documents one.
func keepUnique(id string, docs func(*document) bool, emit func(document)) {
	var all []document
	var d document
	for docs(&d) {
		all = append(all, d)
	}
	slices.SortFunc(all, func(x, y document) int {
		return cmp.Or(compareBool(x.Renamed, y.Renamed), cmp.Compare(x.Order, y.Order))
	})
	for i, d := range all {
		if i > 0 {
			d.Doc.ID = fmt.Sprintf("%s-%d", id, i+1)
		}
		emit(d)
	}
}

func compareBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// extractFn extracts a document and emits its graph's pieces, keyed.
type extractFn struct {
	Evidence   int
	TokenRules bool
}

func (f *extractFn) ProcessElement(d document, emit func(string, graph.Piece)) {
	p := extract.Pipeline{TokenRules: f.TokenRules}
	p.ExtractEach([]*extract.Document{d.Doc}, func(r *extract.Result) {
		for _, piece := range graph.PiecesOf(r, d.Order, f.Evidence) {
			emit(piece.Key(), piece)
		}
	})
}

// mergePieces merges two pieces of one key.
func mergePieces(a, b graph.Piece) graph.Piece {
	a.Merge(b)
	return a
}

// splitDocuments passes on the pieces of the graph, the records of documents keyed by ID,
// and the IDs of the documents each piece cites.
func splitDocuments(_ string, p graph.Piece, parts func(graph.Piece), records func(string, graph.Piece), cites func(string, bool)) {
	if p.IsDocument() {
		records(p.Documents()[0], p)
		return
	}
	parts(p)
	for _, id := range p.Documents() {
		cites(id, true)
	}
}

// citedDocuments passes on the record of a document that some evidence cites.
func citedDocuments(_ string, records func(*graph.Piece) bool, cites func(*bool) bool, emit func(graph.Piece)) {
	var c bool
	if !cites(&c) {
		return
	}
	var p graph.Piece
	for records(&p) {
		emit(p)
	}
}

// writeFn puts the graph together from its pieces, all in one place, and writes it.
type writeFn struct {
	Output, Neo4j string
	Evidence      int
}

func (f *writeFn) ProcessElement(ctx context.Context, _ []byte, pieces func(*graph.Piece) bool) error {
	var all []graph.Piece
	var p graph.Piece
	for pieces(&p) {
		all = append(all, p)
	}
	b := graph.NewBuilder()
	b.SetEvidenceLimit(f.Evidence)
	b.AddPieces(all)
	g := b.Graph()
	if f.Output != "" {
		var buf bytes.Buffer
		if err := graph.WriteNodeLink(&buf, g); err != nil {
			return err
		}
		if err := writeFile(ctx, f.Output, buf.Bytes()); err != nil {
			return err
		}
	}
	if f.Neo4j != "" {
		tmp, err := os.MkdirTemp("", "actorgraph-neo4j")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if err := graph.WriteNeo4jCSV(tmp, g); err != nil {
			return err
		}
		names, err := os.ReadDir(tmp)
		if err != nil {
			return err
		}
		for _, e := range names {
			data, err := os.ReadFile(filepath.Join(tmp, e.Name()))
			if err != nil {
				return err
			}
			out := f.Neo4j + "/" + e.Name()
			if err := writeFile(ctx, out, data); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeFile writes data to path on any file system Beam knows (a local path, gs://...),
// making a local path's directory if need be.
func writeFile(ctx context.Context, path string, data []byte) error {
	if !isURL(path) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("write %q: %w", path, err)
		}
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	if _, err := w.Write(data); err != nil {
		w.Close()
		return fmt.Errorf("write %q: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	return nil
}

func isURL(path string) bool {
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == ':':
			return i > 0 && len(path) > i+2 && path[i+1:i+3] == "//"
		case !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
			return false
		}
	}
	return false
}

// A document's encoding is JSON with its sentences' texts left out, as they are slices of
// its text.
func encodeDocument(d document) ([]byte, error) {
	doc := *d.Doc
	doc.Sentences = slices.Clone(doc.Sentences)
	for i := range doc.Sentences {
		doc.Sentences[i].Text = ""
	}
	d.Doc = &doc
	return json.Marshal(d)
}

func decodeDocument(data []byte) (document, error) {
	var w document
	if err := json.Unmarshal(data, &w); err != nil {
		return document{}, fmt.Errorf("pipeline: document: %v", err)
	}
	if w.Doc == nil {
		return document{}, errors.New("pipeline: document: none")
	}
	for i, s := range w.Doc.Sentences {
		if s.Start < 0 || s.End < s.Start || s.End > len(w.Doc.Text) {
			return document{}, fmt.Errorf("pipeline: document %q: sentence %d out of its text", w.Doc.ID, i)
		}
		w.Doc.Sentences[i].Text = w.Doc.Text[s.Start:s.End]
	}
	return w, nil
}

func encodePiece(p graph.Piece) ([]byte, error) { return p.MarshalBinary() }

func decodePiece(data []byte) (graph.Piece, error) {
	var p graph.Piece
	err := p.UnmarshalBinary(data)
	return p, err
}
