package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/jsonindent"
	"github.com/actorgraph/actorgraph/syntax"
)

// The JSON shape of "actorgraph parse -format json": one object for all inputs, a document
// for each article in the order read, its sentences in order. Offsets are byte offsets into
// the document's text as read, as extract's spans are. A token's id is its number in the
// sentence from 1 and its head the id of the word it depends on, 0 for the sentence's root,
// as in CoNLL-U; upos, xpos and rel are "" where the parser gives none.
type (
	parseOutput struct {
		Documents []parsedDocumentJSON `json:"documents"`
	}
	parsedDocumentJSON struct {
		ID        string               `json:"id"`
		Path      string               `json:"path"`
		Sentences []parsedSentenceJSON `json:"sentences"`
	}
	parsedSentenceJSON struct {
		Text   string            `json:"text"`
		Start  int               `json:"start"`
		End    int               `json:"end"`
		Tokens []parsedTokenJSON `json:"tokens"`
	}
	parsedTokenJSON struct {
		ID    int    `json:"id"`
		Form  string `json:"form"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		UPOS  string `json:"upos"`
		XPOS  string `json:"xpos"`
		Head  int    `json:"head"`
		Rel   string `json:"rel"`
	}
)

func runParse(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("parse", "parse [-format conllu|json] [-skip-bad] [-o OUT] [FILE... | -eval GOLD.conllu]", []string{
		"actorgraph parse article.txt > article.conllu",
		"actorgraph parse -format json articles/ > parsed.json",
		"actorgraph parse -eval en_ewt-ud-test.conllu",
	}, stderr)
	format := fs.String("format", "conllu", "output format: conllu or json")
	gold := fs.String("eval", "", "tag and parse the words of this CoNLL-U file (\"-\" for standard input) and score the result against its annotation")
	skipBad := fs.Bool("skip-bad", false, "report unreadable files on stderr and go on with the others")
	out := fs.String("o", "-", "write the result to this file (\"-\" for standard output)")
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	if *format != "conllu" && *format != "json" {
		return usagef("unknown -format %q (want conllu or json)", *format)
	}
	if *gold != "" {
		if fs.NArg() > 0 {
			return usagef("give either -eval or files, not both")
		}
		for _, name := range []string{"format", "skip-bad"} {
			if flagSet(fs, name) {
				return usagef("-%s does not apply to -eval", name)
			}
		}
		var buf bytes.Buffer
		if err := evaluate(&buf, *gold, stdin, stderr); err != nil {
			return err
		}
		return writeOutput(*out, stdout, buf.Bytes())
	}
	var docs []*extract.Document
	var err error
	if fs.NArg() == 0 {
		docs, err = corpus.Documents()
	} else {
		docs, err = readDocuments(fs.Args(), *skipBad, extract.Reader{}, stdin, stderr)
	}
	if err != nil {
		return err
	}
	parsed := parseDocuments(docs)
	var buf bytes.Buffer
	if *format == "json" {
		err = writeParseJSON(&buf, docs, parsed)
	} else {
		err = writeParseCoNLLU(&buf, docs, parsed)
	}
	if err != nil {
		return err
	}
	return writeOutput(*out, stdout, buf.Bytes())
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// parseDocuments tags and parses every sentence of docs: the result holds, for each
// document, one syntax.Sentence for each of its sentences, with offsets into the sentence.
func parseDocuments(docs []*extract.Document) [][]syntax.Sentence {
	parsed := make([][]syntax.Sentence, len(docs))
	inParallel(len(docs), func(i int) {
		sents := make([]syntax.Sentence, len(docs[i].Sentences))
		for j, s := range docs[i].Sentences {
			sents[j] = syntax.Parser{}.ParseText(s.Text)
		}
		parsed[i] = sents
	})
	return parsed
}

// inParallel calls f(0) … f(n-1) on GOMAXPROCS goroutines and returns when all have
// returned. Each f writes only its own result, so the output does not depend on the order.
// A panic in f is raised again in the caller, with the stack where it happened, so that run
// reports it as it reports any other.
func inParallel(n int, f func(i int)) {
	var (
		next    atomic.Int64
		wg      sync.WaitGroup
		panicky sync.Once
		failure any
	)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			defer func() {
				if p := recover(); p != nil {
					panicky.Do(func() { failure = fmt.Sprintf("%v\n\n%s", p, debug.Stack()) })
				}
			}()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
	if failure != nil {
		panic(failure)
	}
}

// writeParseCoNLLU writes the parsed sentences of docs in CoNLL-U: "# newdoc id = ID" before
// a document's first sentence, and for each sentence "# sent_id = ID-N", N its number in
// the document from 1, and "# text =". A sentence without words, which CoNLL-U cannot hold,
// is left out, and a document without any.
func writeParseCoNLLU(w io.Writer, docs []*extract.Document, parsed [][]syntax.Sentence) error {
	for i, d := range docs {
		var sents []syntax.Sentence
		for j, s := range parsed[i] {
			if len(s.Tokens) == 0 {
				continue
			}
			s.ID = fmt.Sprintf("%s-%d", d.ID, j+1)
			sents = append(sents, s)
		}
		if len(sents) == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "# newdoc id = %s\n", conlluComment.Replace(d.ID)); err != nil {
			return err
		}
		if err := syntax.WriteCoNLLU(w, sents); err != nil {
			return err
		}
	}
	return nil
}

// conlluComment keeps a value on its comment line.
var conlluComment = strings.NewReplacer("\r", " ", "\n", " ")

// writeParseJSON writes the parsed sentences of docs as one parseOutput object.
func writeParseJSON(w io.Writer, docs []*extract.Document, parsed [][]syntax.Sentence) error {
	out := parseOutput{Documents: make([]parsedDocumentJSON, len(docs))}
	for i, d := range docs {
		dj := parsedDocumentJSON{ID: d.ID, Path: d.Path, Sentences: make([]parsedSentenceJSON, len(d.Sentences))}
		for j, s := range d.Sentences {
			sj := parsedSentenceJSON{Text: s.Text, Start: s.Start, End: s.End, Tokens: make([]parsedTokenJSON, len(parsed[i][j].Tokens))}
			for k, t := range parsed[i][j].Tokens {
				sj.Tokens[k] = parsedTokenJSON{
					ID: k + 1, Form: t.Form, Start: s.Start + t.Start, End: s.Start + t.End,
					UPOS: t.UPOS, XPOS: t.XPOS, Head: t.Head + 1, Rel: t.Rel,
				}
			}
			dj.Sentences[j] = sj
		}
		out.Documents[i] = dj
	}
	return jsonindent.Encode(w, out, "  ")
}

// evaluate reads the CoNLL-U file at path (standard input for "-"), tags and parses its
// words, and writes the per-relation table and the summary line that docs/CONTRACT.md fixes.
func evaluate(w io.Writer, path string, stdin io.Reader, stderr io.Writer) error {
	gold, err := readGold(path, stdin, stderr)
	if err != nil {
		return err
	}
	pred := make([]syntax.Sentence, len(gold))
	inParallel(len(gold), func(i int) {
		words := make([]string, len(gold[i].Tokens))
		for j, t := range gold[i].Tokens {
			words[j] = t.Form
		}
		pred[i] = syntax.Sentence{Text: gold[i].Text, ID: gold[i].ID, Tokens: syntax.Parser{}.Parse(words)}
	})
	e, err := syntax.Evaluate(gold, pred)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return writeEvaluation(w, e)
}

// readGold reads the sentences of the CoNLL-U file at path, or of stdin for "-". A file
// without any sentence is an error: it is not a treebank.
func readGold(path string, stdin io.Reader, stderr io.Writer) ([]syntax.Sentence, error) {
	name, r := stdinName, stdin
	if path != "-" {
		f, err := openInput(path, stderr, func() {})
		if err != nil {
			return nil, err
		}
		defer f.Close()
		name, r = path, f
	}
	gold, err := syntax.ReadCoNLLU(r, name)
	if err != nil {
		return nil, err
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("read %q: no CoNLL-U sentences", name)
	}
	return gold, nil
}

// writeEvaluation writes one row a relation, in the order of Relations (most frequent in the
// gold words first), with precision, recall and F1 in percent, then the line
//
//	upos=95.61 xpos=94.80 uas=87.10 las=84.02 tokens=25096 sentences=2077
//
// The relation column is aligned left, the numbers right, two spaces apart.
func writeEvaluation(w io.Writer, e syntax.Evaluation) error {
	rows := [][]string{{"relation", "gold", "pred", "precision", "recall", "f1"}}
	for _, r := range e.Relations() {
		rows = append(rows, []string{r.Rel, strconv.Itoa(r.Gold), strconv.Itoa(r.Predicted),
			percent(r.Precision()), percent(r.Recall()), percent(r.F1())})
	}
	width := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			width[i] = max(width[i], len(cell))
		}
	}
	bw := bufio.NewWriter(w)
	for _, row := range rows {
		fmt.Fprintf(bw, "%-*s", width[0], row[0])
		for i, cell := range row[1:] {
			fmt.Fprintf(bw, "  %*s", width[i+1], cell)
		}
		bw.WriteByte('\n')
	}
	fmt.Fprintf(bw, "upos=%s xpos=%s uas=%s las=%s tokens=%d sentences=%d\n",
		percent(e.UPOS()), percent(e.XPOS()), percent(e.UAS()), percent(e.LAS()), e.Tokens, e.Sentences)
	return bw.Flush()
}

// percent formats a percentage with two decimals.
func percent(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
