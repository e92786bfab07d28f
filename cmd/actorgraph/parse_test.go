package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The parser's model may be a placeholder, so these tests check the shapes of the output,
// never how good the parse is.

// assertCoNLLU checks that out is well-formed CoNLL-U as parse writes it and returns the
// sent_id of each sentence and the newdoc id of each document, in order: every sentence has
// a sent_id and a text, every word line ten columns, word IDs count from 1, and every head is
// 0 or the ID of a word of the sentence.
func assertCoNLLU(t *testing.T, out string) (sentIDs, docIDs []string) {
	t.Helper()
	require.True(t, strings.HasSuffix(out, "\n\n"), "a sentence ends with a blank line")
	for n, block := range strings.Split(strings.TrimSuffix(out, "\n\n"), "\n\n") {
		var words [][]string
		hasText := false
		for _, line := range strings.Split(block, "\n") {
			if id, ok := strings.CutPrefix(line, "# newdoc id = "); ok {
				docIDs = append(docIDs, id)
				continue
			}
			if id, ok := strings.CutPrefix(line, "# sent_id = "); ok {
				sentIDs = append(sentIDs, id)
				continue
			}
			if strings.HasPrefix(line, "# text = ") {
				hasText = true
				continue
			}
			require.False(t, strings.HasPrefix(line, "#"), "sentence %d: unexpected comment %q", n+1, line)
			cols := strings.Split(line, "\t")
			require.Len(t, cols, 10, "sentence %d: %q", n+1, line)
			for i, c := range cols {
				assert.NotEmpty(t, c, "sentence %d: column %d of %q is empty, not _", n+1, i+1, line)
			}
			assert.Equal(t, strconv.Itoa(len(words)+1), cols[0], "sentence %d: word IDs are consecutive", n+1)
			words = append(words, cols)
		}
		require.Len(t, sentIDs, n+1, "sentence %d has one sent_id", n+1)
		assert.True(t, hasText, "sentence %d has a text", n+1)
		require.NotEmpty(t, words, "sentence %d has words", n+1)
		for _, w := range words {
			head, err := strconv.Atoi(w[6])
			require.NoError(t, err, "head of %q", w)
			assert.True(t, 0 <= head && head <= len(words), "sentence %d: head %d out of 0..%d", n+1, head, len(words))
		}
	}
	return sentIDs, docIDs
}

func TestParseCoNLLU(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"scholz.txt": scholzArticle, "lula.txt": lulaArticle})
	code, stdout, stderr := runCLI(t, "parse", filepath.Join(dir, "scholz.txt"), filepath.Join(dir, "lula.txt"))
	require.Equal(t, 0, code, stderr)
	sentIDs, docIDs := assertCoNLLU(t, stdout)
	require.Len(t, docIDs, 2)
	// The Scholz article has a title and two sentences, the Lula one one sentence (they are
	// ours: see input_test.go).
	assert.Equal(t, []string{docIDs[0] + "-1", docIDs[0] + "-2", docIDs[0] + "-3", docIDs[1] + "-1"}, sentIDs)
	assert.True(t, strings.HasPrefix(stdout, "# newdoc id = "+docIDs[0]+"\n# sent_id = "), "%.80s", stdout)
	assert.Contains(t, stdout, "# text = President Lula criticized Chancellor Olaf Scholz over the tariff plan.\n")

	sents, err := syntax.ReadCoNLLU(strings.NewReader(stdout), "stdout")
	require.NoError(t, err, "the output reads back")
	assert.Len(t, sents, 4)

	for _, procs := range []int{1, 8} {
		old := runtime.GOMAXPROCS(procs)
		_, again, _ := runCLI(t, "parse", filepath.Join(dir, "scholz.txt"), filepath.Join(dir, "lula.txt"))
		runtime.GOMAXPROCS(old)
		assert.Equal(t, stdout, again, "the same input gives the same bytes, GOMAXPROCS=%d", procs)
	}
}

func TestParseCorpus(t *testing.T) {
	code, stdout, stderr := runCLI(t, "parse")
	require.Equal(t, 0, code, stderr)
	sentIDs, docIDs := assertCoNLLU(t, stdout)
	assert.Len(t, docIDs, len(corpus.Names()), "without FILE the bundled articles are parsed")
	assert.Greater(t, len(sentIDs), len(docIDs))
}

func TestParseJSON(t *testing.T) {
	paths := corpusFiles(t)
	out := filepath.Join(t.TempDir(), "parsed.json")
	code, stdout, stderr := runCLI(t, append([]string{"parse", "-format", "json", "-o", out}, paths...)...)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout, "-o takes the output")
	var parsed parseOutput
	require.NoError(t, json.Unmarshal(readFile(t, out), &parsed))
	require.Len(t, parsed.Documents, len(paths))
	for i, d := range parsed.Documents {
		text := string(readFile(t, paths[i]))
		assert.Equal(t, paths[i], d.Path)
		require.NotEmpty(t, d.Sentences, d.ID)
		for _, s := range d.Sentences {
			require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(text), "%s: sentence at %d..%d", d.ID, s.Start, s.End)
			assert.Equal(t, s.Text, text[s.Start:s.End], "%s: sentence offsets index into the document", d.ID)
			require.NotEmpty(t, s.Tokens, "%s: %q", d.ID, s.Text)
			for k, tok := range s.Tokens {
				assert.Equal(t, k+1, tok.ID)
				assert.NotEmpty(t, tok.Form)
				assert.True(t, s.Start <= tok.Start && tok.Start <= tok.End && tok.End <= s.End,
					"%s: token %q at %d..%d outside its sentence %d..%d", d.ID, tok.Form, tok.Start, tok.End, s.Start, s.End)
				assert.True(t, 0 <= tok.Head && tok.Head <= len(s.Tokens), "%s: head %d of %q", d.ID, tok.Head, tok.Form)
			}
		}
	}
	// The fields docs/CONTRACT.md and parse.go document, by name.
	for _, key := range []string{`"documents"`, `"sentences"`, `"tokens"`, `"form"`, `"upos"`, `"xpos"`, `"head"`, `"rel"`, `"start"`, `"end"`} {
		assert.Contains(t, string(readFile(t, out)), key)
	}
}

// goldCoNLLU is a small treebank of our own, annotated by hand in the style of UD English
// EWT, with a multiword token (skipped: a sentence is its words) and subtyped relations.
// It has 2 sentences and 10 words; its relations, counted by hand, are in goldRelations.
const goldCoNLLU = `# newdoc id = test
# sent_id = test-1
# text = Mira fed the cat.
1	Mira	Mira	PROPN	NNP	Number=Sing	2	nsubj	2:nsubj	_
2	fed	feed	VERB	VBD	Mood=Ind	0	root	0:root	_
3	the	the	DET	DT	Definite=Def	4	det	4:det	_
4	cat	cat	NOUN	NN	Number=Sing	2	obj	2:obj	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	2:punct	_

# sent_id = test-2
# text = It wasn't fed.
1	It	it	PRON	PRP	Case=Nom	4	nsubj:pass	4:nsubj:pass	_
2-3	wasn't	_	_	_	_	_	_	_	_
2	was	be	AUX	VBD	Mood=Ind	4	aux:pass	4:aux:pass	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	fed	feed	VERB	VBN	Tense=Past	0	root	0:root	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	4:punct	_

`

// goldRelations is the gold count of each universal relation of goldCoNLLU, by hand.
var goldRelations = map[string]int{"nsubj": 2, "punct": 2, "root": 2, "advmod": 1, "aux": 1, "det": 1, "obj": 1}

var (
	evalSummary = regexp.MustCompile(`^upos=\d+\.\d\d xpos=\d+\.\d\d uas=\d+\.\d\d las=\d+\.\d\d tokens=10 sentences=2$`)
	twoDecimals = regexp.MustCompile(`^\d+\.\d\d$`)
)

// assertEvaluation checks the table and the summary line of parse -eval on goldCoNLLU.
func assertEvaluation(t *testing.T, out string) {
	t.Helper()
	require.True(t, strings.HasSuffix(out, "\n"))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.GreaterOrEqual(t, len(lines), 2+len(goldRelations), out)
	assert.Equal(t, []string{"relation", "gold", "pred", "precision", "recall", "f1"}, strings.Fields(lines[0]))
	assert.Regexp(t, evalSummary, lines[len(lines)-1])
	gold := map[string]int{}
	last := -1
	for _, row := range lines[1 : len(lines)-1] {
		f := strings.Fields(row)
		require.Len(t, f, 6, row)
		n, err := strconv.Atoi(f[1])
		require.NoError(t, err, row)
		if last >= 0 {
			assert.LessOrEqual(t, n, last, "rows by gold count, descending: %q", row)
		}
		last = n
		if n > 0 {
			gold[f[0]] = n
		}
		_, err = strconv.Atoi(f[2])
		assert.NoError(t, err, row)
		for _, p := range f[3:] {
			assert.Regexp(t, twoDecimals, p, row)
		}
	}
	assert.Equal(t, goldRelations, gold)
}

func TestParseEval(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.conllu")
	require.NoError(t, os.WriteFile(gold, []byte(goldCoNLLU), 0o644))
	code, stdout, stderr := runCLI(t, "parse", "-eval", gold)
	require.Equal(t, 0, code, stderr)
	assertEvaluation(t, stdout)

	out := filepath.Join(dir, "eval.txt")
	code, _, stderr = runCLI(t, "parse", "-eval", gold, "-o", out)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, stdout, string(readFile(t, out)), "-o holds what stdout would")

	code, fromStdin, stderr := runStdin(t, goldCoNLLU, "parse", "-eval", "-")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, stdout, fromStdin)
}

func TestParseEvalBadGold(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"article.conllu":  lulaArticle,
		"empty.conllu":    "",
		"comments.conllu": "# sent_id = 1\n# text = Nothing here.\n\n",
		"graph.json":      `{"nodes": [], "links": []}`,
		"badhead.conllu":  "1\tHi\thi\tINTJ\tUH\t_\t7\troot\t_\t_\n\n",
		"badid.conllu":    "2\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n",
	})
	for _, name := range []string{"missing.conllu", "article.conllu", "empty.conllu", "comments.conllu", "graph.json", "badhead.conllu", "badid.conllu"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			code, stdout, stderr := runCLI(t, "parse", "-eval", p)
			assert.Equal(t, 1, code, stderr)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, p, "the message names the file")
		})
	}
}

func TestParseBadInput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"empty.txt": "", "latin1.txt": "Caf\xe9 talks in Gen\xe8ve."})
	for _, name := range []string{"missing.txt", "empty.txt", "latin1.txt"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			code, stdout, stderr := runCLI(t, "parse", p)
			assert.Equal(t, 1, code, stderr)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, p, "the message names the file")
		})
	}
	good := filepath.Join(dir, "lula.txt")
	writeFiles(t, dir, map[string]string{"lula.txt": lulaArticle})
	code, stdout, stderr := runCLI(t, "parse", "-skip-bad", good, filepath.Join(dir, "empty.txt"))
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "warning: skipped")
	_, docIDs := assertCoNLLU(t, stdout)
	assert.Len(t, docIDs, 1, "the good file is kept")
}

var parseUsageErrors = [][]string{
	{"parse", "-format", "xml"},
	{"parse", "-eval", "gold.conllu", "article.txt"},
	{"parse", "-eval", "gold.conllu", "-format", "json"},
	{"parse", "-eval", "gold.conllu", "-skip-bad"},
	{"parse", "-bogus"},
}

func TestParseUsageErrors(t *testing.T) {
	for _, args := range parseUsageErrors {
		code, stdout, stderr := runCLI(t, args...)
		assert.Equal(t, 2, code, "%q: %s", args, stderr)
		assert.Empty(t, stdout)
		assert.NotEmpty(t, stderr)
	}
	code, stdout, stderr := runCLI(t, "parse", "-h")
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "Usage: actorgraph parse")
	assert.Contains(t, stdout, "-eval")
	code, stdout, _ = runCLI(t, "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, stdout, "actorgraph parse")
}

// TestWriteEvaluation checks the table's layout on counts made by hand: one relation, "obj",
// 2 gold words and 1 parsed, right: precision 100, recall 50, F1 2·1/3 = 66.67.
func TestWriteEvaluation(t *testing.T) {
	gold := []syntax.Sentence{{Tokens: []syntax.Token{
		{Form: "a", UPOS: "NOUN", Head: -1, Rel: "root"},
		{Form: "b", UPOS: "NOUN", Head: 0, Rel: "obj"},
		{Form: "c", UPOS: "NOUN", Head: 0, Rel: "obj"},
	}}}
	pred := []syntax.Sentence{{Tokens: []syntax.Token{
		{Form: "a", UPOS: "NOUN", Head: -1, Rel: "root"},
		{Form: "b", UPOS: "VERB", Head: 0, Rel: "obj"},
		{Form: "c", UPOS: "NOUN", Head: 0, Rel: "nmod"},
	}}}
	e, err := syntax.Evaluate(gold, pred)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, writeEvaluation(&buf, e))
	want := "relation  gold  pred  precision  recall      f1\n" +
		"obj          2     1     100.00   50.00   66.67\n" +
		"root         1     1     100.00  100.00  100.00\n" +
		"nmod         0     1       0.00    0.00    0.00\n" +
		"upos=66.67 xpos=100.00 uas=100.00 las=66.67 tokens=3 sentences=1\n"
	assert.Equal(t, want, buf.String())
}
