// Package pipeline is actorgraph's extraction as an Apache Beam pipeline, for corpora
// beyond one machine: it reads articles, extracts each with the actorgraph library where it
// is read, merges the graph's pieces by key (CombinePerKey) and writes the graph that
// actorgraph rank -in reads, the one the actorgraph command makes of the same articles.
//
// The road:
//
//	files (a directory's listing, or fileio.MatchFiles of a glob; ReadMatches)
//	  -> documents, read as the actorgraph command reads them (extract.Reader): text,
//	     JSON Lines and CSV files, each document placed in the corpus by its file's path
//	     and its position in the file
//	  -> documents with IDs of their own, the command's (GroupByKey on the ID: a later one
//	     of the same ID gets "-2", "-3", ...; see uniqueIDs)
//	  -> graph pieces of each document (ParDo: extract.Pipeline.ExtractEach, graph.PiecesOf),
//	     keyed: actors, ties, interaction groups, affiliations, names, documents
//	  -> one piece a key (CombinePerKey: graph.Piece.Merge, in any order)
//	  -> the records of the documents that the evidence kept cites (CoGroupByKey), or of
//	     all documents when all evidence is kept
//	  -> the graph, put together in one place (graph.Builder.AddPieces), and written as
//	     NetworkX node-link JSON and, if asked, neo4j-admin CSV files.
//
// Only the last step runs in one place: it holds the graph (actors, ties, interaction
// groups and affiliations with a capped sample of evidence, and the documents that evidence
// cites), not the corpus. Another, before extraction, names the documents whose IDs other
// documents share: it holds their IDs, not their texts.
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
	register.DoFn4x0[context.Context, fileio.ReadableFile, func(string, document), func(string)](&readFn{})
	register.Emitter2[string, document]()
	register.Function5x0(splitShared)
	register.Emitter1[document]()
	register.Emitter1[string]()
	register.DoFn4x0[document, func(*string) bool, func(document), func(document)](&splitSuffixed{})
	register.Function1x1(refOf)
	register.Function1x2(byOrder)
	register.Function3x0(nameInOrder)
	register.Emitter2[string, string]()
	register.Function4x0(applyName)
	register.DoFn2x0[document, func(string, graph.Piece)](&extractFn{})
	register.Emitter2[string, graph.Piece]()
	register.Function2x1(mergePieces)
	register.Function5x0(splitDocuments)
	register.Emitter1[graph.Piece]()
	register.Emitter2[string, bool]()
	register.Function4x0(citedDocuments)
	register.DoFn4x1[context.Context, []byte, func(*graph.Piece) bool, func(*string) bool, error](&writeFn{})
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
	s = s.Scope("actorgraph")
	var files beam.PCollection
	_, err := os.Stat(o.Input)
	switch {
	case err == nil:
		// A directory or a file the launcher can read: listed here, and each file given to
		// the workers by its metadata, never as a pattern, so that "x[1].txt" is read as it
		// is named.
		paths, skipped, err := extract.Reader{}.Expand([]string{o.Input})
		if err != nil {
			return fmt.Errorf("pipeline: %w", err)
		}
		for _, sk := range skipped {
			log.Warnf(context.Background(), "skipped %s: %v", sk.Path, sk.Err)
		}
		if len(paths) == 0 {
			return fmt.Errorf("pipeline: no article files (*.txt, *.md, *.jsonl, *.csv) in %q", o.Input)
		}
		metas := make([]fileio.FileMetadata, len(paths))
		for i, path := range paths {
			metas[i] = fileio.FileMetadata{Path: path}
			if fi, err := os.Stat(path); err == nil {
				metas[i].Size, metas[i].LastModified = fi.Size(), fi.ModTime()
			}
		}
		files = fileio.ReadMatches(s, beam.CreateList(s, metas))
	case isURL(o.Input) || strings.ContainsAny(o.Input, "*?["):
		files = fileio.ReadMatches(s, fileio.MatchFiles(s, o.Input, fileio.MatchEmptyDisallow()))
	default:
		return fmt.Errorf("pipeline: input %q: %w", o.Input, err)
	}
	read, unread := beam.ParDo2(s, &readFn{SkipBad: o.SkipBad}, files)
	docs := uniqueIDs(s, read)
	pieces := beam.ParDo(s, &extractFn{Evidence: o.Evidence, TokenRules: o.TokenRules}, docs)
	merged := beam.CombinePerKey(s, mergePieces, pieces)
	parts, records, citations := beam.ParDo3(s, splitDocuments, merged)
	var kept beam.PCollection
	if o.Evidence == 0 {
		// All evidence cites every document that has any, and a graph that keeps all keeps
		// the record of every document, as actorgraph export -evidence 0 does.
		kept = beam.DropKey(s, records)
	} else {
		kept = beam.ParDo(s, citedDocuments, beam.CoGroupByKey(s, records, citations))
	}
	all := beam.Flatten(s, parts, kept)
	// Once, with the pieces as a side input: a graph of no pieces is written too.
	beam.ParDo0(s, &writeFn{Output: o.Output, Neo4j: o.Neo4j, Evidence: o.Evidence}, beam.Impulse(s),
		beam.SideInput{Input: all}, beam.SideInput{Input: unread})
	return nil
}

// A document is an article and its place in the corpus: the path of its file, then its
// position in the file, as a string that sorts in the order the actorgraph command reads
// articles (files sorted by path, records in file order).
type document struct {
	Order string
	Doc   *extract.Document
}

func orderOf(path string, n int) string { return fmt.Sprintf("%s\x00%012d", path, n) }

// readFn reads the documents of a file as actorgraph reads them (extract.Reader), keyed by
// ID, and passes on what it cannot read, unless told to skip it: the writer then fails,
// naming every input that failed, and writes nothing. (A DoFn that failed would stop its
// bundle, but a runner may still finish the others and write a graph without them.)
type readFn struct{ SkipBad bool }

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string, document), bad func(string)) {
	path := file.Metadata.Path
	r := extract.Reader{Open: func(string) (io.ReadCloser, error) { return file.Open(ctx) }}
	n := 0
	r.ReadPath(path, func(d *extract.Document, err error) error {
		if err != nil {
			if f.SkipBad {
				log.Warnf(ctx, "skipped: %v", err)
			} else {
				bad(err.Error())
			}
			return nil
		}
		emit(d.ID, document{Order: orderOf(path, n), Doc: d})
		n++
		return nil
	})
}

// uniqueIDs gives the documents IDs of their own, the ones actorgraph gives them
// (extract.IDTaker over the documents in corpus order), without ever sending all IDs to one
// place. A document keeps its ID unless an earlier one has it; a renamed one gets its ID and
// a suffix, "-2", "-3", ... So only the documents of an ID that several have, and those
// whose ID is one of those with suffixes ("a-2" beside two "a"), can be renamed or take a
// name another would have taken: their IDs and places (not their texts) go to one worker,
// which names them as the IDTaker does, in corpus order; all others keep theirs.
func uniqueIDs(s beam.Scope, docs beam.PCollection) beam.PCollection {
	s = s.Scope("uniqueIDs")
	single, shared, sharedIDs := beam.ParDo3(s, splitShared, beam.GroupByKey(s, docs))
	kept, suffixed := beam.ParDo2(s, &splitSuffixed{}, single, beam.SideInput{Input: sharedIDs})
	involved := beam.Flatten(s, shared, suffixed)
	names := beam.ParDo(s, nameInOrder, beam.GroupByKey(s, beam.AddFixedKey(s, beam.ParDo(s, refOf, involved))))
	renamed := beam.ParDo(s, applyName, beam.CoGroupByKey(s, beam.ParDo(s, byOrder, involved), names))
	return beam.Flatten(s, kept, renamed)
}

// splitShared passes on the one document of an ID, or the documents of an ID several have
// and that ID.
func splitShared(id string, docs func(*document) bool, single, shared func(document), sharedID func(string)) {
	var all []document
	var d document
	for docs(&d) {
		all = append(all, d)
	}
	if len(all) == 1 {
		single(all[0])
		return
	}
	for _, d := range all {
		shared(d)
	}
	sharedID(id)
}

// splitSuffixed passes on the documents whose ID is one that several documents have with
// suffixes ("a-2", "a-2-3" beside two "a") apart from the others, which keep their IDs.
type splitSuffixed struct{ shared map[string]bool }

func (f *splitSuffixed) ProcessElement(d document, sharedIDs func(*string) bool, kept, suffixed func(document)) {
	if f.shared == nil {
		f.shared = map[string]bool{}
		var id string
		for sharedIDs(&id) {
			f.shared[id] = true
		}
	}
	for id := d.Doc.ID; ; {
		i := strings.LastIndexByte(id, '-')
		if i < 0 || i == len(id)-1 || strings.Trim(id[i+1:], "0123456789") != "" {
			break
		}
		id = id[:i]
		if f.shared[id] {
			suffixed(d)
			return
		}
	}
	kept(d)
}

// An idRef is a document's ID and place, for naming it.
type idRef struct{ Order, ID string }

func refOf(d document) idRef { return idRef{Order: d.Order, ID: d.Doc.ID} }

func byOrder(d document) (string, document) { return d.Order, d }

// nameInOrder names the documents that may be renamed as actorgraph does: in corpus order,
// by an IDTaker.
func nameInOrder(_ int, refs func(*idRef) bool, emit func(string, string)) {
	var all []idRef
	var r idRef
	for refs(&r) {
		all = append(all, r)
	}
	slices.SortFunc(all, func(x, y idRef) int { return cmp.Compare(x.Order, y.Order) })
	ids := extract.NewIDTaker()
	for _, r := range all {
		emit(r.Order, ids.Take(r.ID))
	}
}

// applyName gives a document the ID nameInOrder gave it.
func applyName(_ string, docs func(*document) bool, names func(*string) bool, emit func(document)) {
	var name string
	if !names(&name) {
		return
	}
	var d document
	for docs(&d) {
		d.Doc.ID = name
		emit(d)
	}
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

func (f *writeFn) ProcessElement(ctx context.Context, _ []byte, pieces func(*graph.Piece) bool, unread func(*string) bool) error {
	var failures []string
	var failure string
	for unread(&failure) {
		failures = append(failures, failure)
	}
	if len(failures) > 0 {
		slices.Sort(failures)
		return fmt.Errorf("%d inputs could not be read (SkipBad, -skip-bad, goes on without them), so nothing was written:\n%s",
			len(failures), strings.Join(failures, "\n"))
	}
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
