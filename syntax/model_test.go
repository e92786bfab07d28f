package syntax

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

// someSentences are sentences written for these tests.
var someSentences = []string{
	"The minister met her Canadian counterpart in Ottawa on Tuesday.",
	"Ukrainian children were abducted by Russian forces, officials said.",
	"Sanctions against the company were announced by the Treasury.",
	"Mr. Alvarez, the ambassador to NATO, told reporters that talks would resume.",
	"He didn't say whether the U.S. would send more troops.",
	"",
	"\xff\xfe invalid \x00 bytes",
}

func parseAll(m *Model, sents []string) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		out[i] = Parser{Model: m}.ParseText(s)
	}
	return out
}

// smallModel trains a model on the hand-written sentences of testdata: too few to parse well,
// but enough to exercise training and the model file quickly.
func smallModel(t *testing.T) *Model { return smallModelF(t) }

func smallModelF(t testing.TB) *Model {
	f, err := os.Open("testdata/handwritten.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, "handwritten.conllu")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(sents[10:], sents[:10], TrainOptions{TaggerPasses: 3, ParserPasses: 3, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := smallModel(t).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := smallModel(t).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings on the same sentences wrote different models (%d and %d bytes)", a.Len(), b.Len())
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := smallModel(t)
	var a, b bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(a.Bytes()), "a")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("a model written, read and written again differs: %d bytes, then %d", a.Len(), b.Len())
	}
	// The file holds weights rounded to 16 bits, so compare two models read from files.
	m3, err := ReadModel(bytes.NewReader(b.Bytes()), "b")
	if err != nil {
		t.Fatal(err)
	}
	got, want := parseAll(m3, someSentences), parseAll(m2, someSentences)
	if !slices.EqualFunc(got, want, sameParse) {
		t.Errorf("the model read back parses differently")
	}
}

func sameParse(a, b Sentence) bool { return slices.Equal(a.Tokens, b.Tokens) }

func TestReadModelDamaged(t *testing.T) {
	var buf bytes.Buffer
	if _, err := smallModel(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	full := buf.Bytes()
	cases := map[string][]byte{
		"empty":      nil,
		"not gzip":   []byte("hello"),
		"truncated":  full[:len(full)/2],
		"head only":  full[:30],
		"last byte":  full[:len(full)-1],
		"other data": gzipped(t, []byte("actorgraph syntax model 1\n\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01")),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			m, err := ReadModel(bytes.NewReader(data), "bad.model")
			if err == nil || m != nil {
				t.Fatalf("ReadModel = %v, %v; want an error", m, err)
			}
			if !bytes.Contains([]byte(err.Error()), []byte("bad.model")) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func gzipped(t *testing.T, raw []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(raw)
	zw.Close()
	return b.Bytes()
}

func TestParseConcurrent(t *testing.T) {
	want := parseAll(nil, someSentences)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := parseAll(nil, someSentences); !slices.EqualFunc(got, want, sameParse) {
					errs <- "a concurrent parse differs from a sequential one"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

// TestParseTrees checks that every parse is one tree: one root, heads in range, no cycles.
func TestParseTrees(t *testing.T) {
	for _, s := range parseAll(nil, someSentences) {
		if err := checkTree(s.Tokens); err != nil {
			t.Errorf("%q: %v", s.Text, err)
		}
	}
	if got := (Parser{}).Parse(nil); len(got) != 0 {
		t.Errorf("Parse(nil) = %v, want no tokens", got)
	}
}

func checkTree(toks []Token) error {
	roots := 0
	for i, t := range toks {
		if t.Head < 0 {
			roots++
			if t.Rel != "root" {
				return fmt.Errorf("word %d: root with relation %q", i, t.Rel)
			}
			continue
		}
		if t.Head >= len(toks) || t.Head == i {
			return fmt.Errorf("word %d: head %d", i, t.Head)
		}
		if t.Rel == "" || t.UPOS == "" || t.XPOS == "" {
			return fmt.Errorf("word %d: no relation or tags: %+v", i, t)
		}
		for j, steps := i, 0; j >= 0; j, steps = toks[j].Head, steps+1 {
			if steps > len(toks) {
				return fmt.Errorf("word %d: a cycle", i)
			}
		}
	}
	if len(toks) > 0 && roots != 1 {
		return fmt.Errorf("%d roots", roots)
	}
	return nil
}

// recordedAccuracy is what `actorgraph parse -eval` printed for the embedded model (see
// model/README.md): UPOS and LAS in percent.
var recordedAccuracy = []struct {
	file      string
	upos, las float64
}{
	{"en_ewt-ud-dev.conllu", 95.12, 82.47},
	{"en_ewt-ud-test.conllu", 95.56, 83.53},
	{"gum-news.conllu", 94.68, 77.34},
}

func TestRecordedAccuracy(t *testing.T) {
	for _, rec := range recordedAccuracy {
		t.Run(rec.file, func(t *testing.T) {
			f, err := os.Open("../../shared/ud/" + rec.file)
			if err != nil {
				t.Skipf("no treebank here (%v): the accuracy is checked where ../shared/ud is", err)
			}
			defer f.Close()
			gold, err := ReadCoNLLU(f, rec.file)
			if err != nil {
				t.Fatal(err)
			}
			e, err := Evaluate(gold, DefaultModel().parseWords(gold))
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprintf("upos=%.2f las=%.2f", e.UPOS(), e.LAS()); got != fmt.Sprintf("upos=%.2f las=%.2f", rec.upos, rec.las) {
				t.Errorf("got %s, recorded upos=%.2f las=%.2f", got, rec.upos, rec.las)
			}
		})
	}
}

func FuzzReadModel(f *testing.F) {
	var buf bytes.Buffer
	if _, err := smallModelF(f).WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		for _, s := range parseAll(m, someSentences) {
			if err := checkTree(s.Tokens); err != nil {
				t.Fatalf("%q: %v", s.Text, err)
			}
		}
	})
}

func FuzzParseText(f *testing.F) {
	for _, s := range someSentences {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := Parser{}.ParseText(text)
		if err := checkTree(s.Tokens); err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		for _, tok := range s.Tokens {
			if tok.Form != text[tok.Start:tok.End] {
				t.Fatalf("%q: token %q at %d:%d", text, tok.Form, tok.Start, tok.End)
			}
		}
	})
}

func TestZeroModelPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.HasPrefix(fmt.Sprint(r), "syntax: ") {
			t.Errorf("parsing with a zero Model: recover() = %v, want a syntax: panic", r)
		}
	}()
	Parser{Model: &Model{}}.Parse([]string{"Hello"})
}
