package syntax

import (
	"strings"
	"testing"
)

// word makes a token with its head numbered as in CoNLL-U: from 1, 0 for the root.
func word(form, upos, xpos string, head int, rel string) Token {
	return Token{Form: form, UPOS: upos, XPOS: xpos, Head: head - 1, Rel: rel}
}

// Two sentences of our own, gold and parsed. Every number in TestEvaluate is counted by hand
// from them; the comments on the parsed words say what each gets wrong.
var (
	evalGold = []Sentence{
		{ID: "s1", Text: "Ana saw the ship .", Tokens: []Token{
			word("Ana", "PROPN", "NNP", 2, "nsubj"),
			word("saw", "VERB", "VBD", 0, "root"),
			word("the", "DET", "DT", 4, "det"),
			word("ship", "NOUN", "NN", 2, "obj"),
			word(".", "PUNCT", ".", 2, "punct"),
		}},
		{ID: "s2", Text: "It was sunk .", Tokens: []Token{
			word("It", "PRON", "PRP", 3, "nsubj:pass"),
			word("was", "AUX", "VBD", 3, "aux:pass"),
			word("sunk", "VERB", "VBN", 0, "root"),
			word(".", "PUNCT", ".", 3, "punct"),
		}},
	}
	evalPred = []Sentence{
		{Tokens: []Token{
			word("Ana", "PROPN", "NNP", 2, "nsubj"),
			word("saw", "VERB", "VBD", 0, "root"),
			word("the", "DET", "DT", 4, "det"),
			word("ship", "VERB", "NN", 2, "obl"), // UPOS and relation wrong, head right
			word(".", "PUNCT", ",", 4, "obl"),    // XPOS, head and relation wrong
		}},
		{Tokens: []Token{
			word("It", "PRON", "PRP", 3, "nsubj"),  // right: subtypes are not compared
			word("was", "AUX", "VBD", 3, "aux"),    // right, as "It"
			word("sunk", "VERB", "VBD", 0, "root"), // XPOS wrong
			word(".", "PUNCT", ".", 3, "punct"),
		}},
	}
)

func TestEvaluate(t *testing.T) {
	e, err := Evaluate(evalGold, evalPred)
	if err != nil {
		t.Fatal(err)
	}
	// Hand counts over the 9 words: UPOS wrong on "ship"; XPOS wrong on "." (s1) and "sunk";
	// the head wrong on "." (s1); head or relation wrong on "ship" and "." (s1).
	counts := []struct {
		name      string
		got, want int
	}{
		{"Sentences", e.Sentences, 2},
		{"Tokens", e.Tokens, 9},
		{"UPOSCorrect", e.UPOSCorrect, 8},
		{"XPOSCorrect", e.XPOSCorrect, 7},
		{"HeadCorrect", e.HeadCorrect, 8},
		{"LabeledCorrect", e.LabeledCorrect, 7},
	}
	for _, c := range counts {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	percents := []struct {
		name      string
		got, want float64
	}{
		{"UPOS", e.UPOS(), 100 * 8.0 / 9},
		{"XPOS", e.XPOS(), 100 * 7.0 / 9},
		{"UAS", e.UAS(), 100 * 8.0 / 9},
		{"LAS", e.LAS(), 100 * 7.0 / 9},
	}
	for _, p := range percents {
		if !near(p.got, p.want) {
			t.Errorf("%s() = %v, want %v", p.name, p.got, p.want)
		}
	}
}

// evalRelations is the per-relation score of evalGold and evalPred, counted by hand, in the
// order Relations gives: gold count descending, ties by name. "nsubj" and "aux" hold their
// ":pass" subtypes.
var evalRelations = []struct {
	rel                     string
	gold, predicted, right  int
	precision, recall, fOne float64
}{
	{"nsubj", 2, 2, 2, 100, 100, 100},
	{"punct", 2, 1, 1, 100, 50, 200.0 / 3},
	{"root", 2, 2, 2, 100, 100, 100},
	{"aux", 1, 1, 1, 100, 100, 100},
	{"det", 1, 1, 1, 100, 100, 100},
	{"obj", 1, 0, 0, 0, 0, 0},
	{"obl", 0, 2, 0, 0, 0, 0},
}

func TestEvaluateRelations(t *testing.T) {
	e, err := Evaluate(evalGold, evalPred)
	if err != nil {
		t.Fatal(err)
	}
	got := e.Relations()
	if len(got) != len(evalRelations) {
		t.Fatalf("Relations() has %d relations %v, want %d", len(got), got, len(evalRelations))
	}
	for i, want := range evalRelations {
		t.Run(want.rel, func(t *testing.T) {
			r := got[i]
			if r.Rel != want.rel || r.Gold != want.gold || r.Predicted != want.predicted || r.Correct != want.right {
				t.Errorf("Relations()[%d] = %+v, want {Rel:%s Gold:%d Predicted:%d Correct:%d}",
					i, r, want.rel, want.gold, want.predicted, want.right)
			}
			if !near(r.Precision(), want.precision) || !near(r.Recall(), want.recall) || !near(r.F1(), want.fOne) {
				t.Errorf("%s: precision, recall, F1 = %v, %v, %v, want %v, %v, %v",
					r.Rel, r.Precision(), r.Recall(), r.F1(), want.precision, want.recall, want.fOne)
			}
		})
	}
}

func TestEvaluatePerfect(t *testing.T) {
	e, err := Evaluate(evalGold, evalGold)
	if err != nil {
		t.Fatal(err)
	}
	if e.UPOS() != 100 || e.XPOS() != 100 || e.UAS() != 100 || e.LAS() != 100 {
		t.Errorf("UPOS, XPOS, UAS, LAS = %v, %v, %v, %v on the gold itself, want 100 each", e.UPOS(), e.XPOS(), e.UAS(), e.LAS())
	}
}

func TestEvaluateEmpty(t *testing.T) {
	var zero Evaluation
	e, err := Evaluate(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []Evaluation{zero, e} {
		if e.UPOS() != 0 || e.XPOS() != 0 || e.UAS() != 0 || e.LAS() != 0 || len(e.Relations()) != 0 {
			t.Errorf("%+v: want all percentages 0 and no relations", e)
		}
	}
}

var evaluateMismatches = []struct {
	name       string
	gold, pred []Sentence
	want       string // in the error
}{
	{"sentences", evalGold, evalPred[:1], "2 gold sentences, 1 parsed"},
	{"words", evalGold, []Sentence{evalPred[0], {Tokens: evalPred[1].Tokens[:3]}}, `sentence 2 ("s2"): 4 gold words, 3 parsed`},
	{"words without ID", []Sentence{{Tokens: evalGold[0].Tokens}}, []Sentence{{}}, "sentence 1: 5 gold words, 0 parsed"},
}

func TestEvaluateMismatch(t *testing.T) {
	for _, c := range evaluateMismatches {
		t.Run(c.name, func(t *testing.T) {
			_, err := Evaluate(c.gold, c.pred)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Evaluate: error %v, want one containing %q", err, c.want)
			}
		})
	}
}

func near(a, b float64) bool {
	d := a - b
	return -1e-9 < d && d < 1e-9
}
