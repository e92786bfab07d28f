package syntax_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/syntax"
)

// handwrittenFile holds news sentences written and annotated for this project in UD English
// EWT's conventions; testdata/README.md describes it.
const handwrittenFile = "testdata/handwritten.conllu"

// minKeyRecall is the share of the gold arcs of each key relation that the parser must find
// in handwrittenFile. The embedded model finds nsubj 71 of 77, nsubj:pass 17 of 18, obj 60
// of 62, conj 19 of 22 and appos 10 of 12 (0.83): the floor is a little below the lowest, so
// that a model that loses an apposition or a few of the others fails.
const minKeyRecall = 0.80

// scoredRelations are the gold relations TestHandwrittenParses scores, in the order of its
// report: those that say who did what to whom.
var scoredRelations = []string{
	"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent",
	"conj", "appos", "acl:relcl", "xcomp", "nmod:poss",
}

// keyRelations are the scored relations whose share found must reach minKeyRecall.
var keyRelations = []string{"nsubj", "obj", "nsubj:pass", "conj", "appos"}

// universalPOS are the 17 UPOS tags of UD v2.
var universalPOS = []string{
	"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
}

// universalRelations are the 37 universal dependency relations of UD v2; a relation's subtype
// (after ":") is not checked.
var universalRelations = []string{
	"acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf",
	"compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl",
	"fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj",
	"obl", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp",
}

func readHandwritten(t *testing.T) []syntax.Sentence {
	t.Helper()
	f, err := os.Open(handwrittenFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := syntax.ReadCoNLLU(f, handwrittenFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) == 0 {
		t.Fatalf("%s: no sentences", handwrittenFile)
	}
	return sents
}

// TestHandwrittenGoldWellFormed checks that every sentence of handwrittenFile is a gold tree:
// ReadCoNLLU has checked that word IDs are consecutive and heads not past the end.
func TestHandwrittenGoldWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range readHandwritten(t) {
		if seen[s.ID] {
			t.Errorf("sentence %q: ID used twice", s.ID)
		}
		seen[s.ID] = true
		for _, p := range treeProblems(s) {
			t.Errorf("sentence %q: %s", s.ID, p)
		}
	}
}

// treeProblems returns what keeps s from being a well-formed gold sentence: an ID and a text
// that its words spell; known tags and relations; exactly one root; heads in range; no
// cycles; and projective arcs (EWT's basic trees are projective in such sentences).
func treeProblems(s syntax.Sentence) []string {
	var probs []string
	if s.ID == "" {
		probs = append(probs, "no sent_id")
	}
	var forms strings.Builder
	for _, tok := range s.Tokens {
		forms.WriteString(tok.Form)
	}
	if text := strings.ReplaceAll(s.Text, " ", ""); text != forms.String() {
		probs = append(probs, fmt.Sprintf("words spell %q, text without spaces is %q", forms.String(), text))
	}
	roots := 0
	for i, tok := range s.Tokens {
		w := fmt.Sprintf("word %d %q", i+1, tok.Form)
		if !slices.Contains(universalPOS, tok.UPOS) {
			probs = append(probs, fmt.Sprintf("%s: UPOS %q", w, tok.UPOS))
		}
		if tok.XPOS == "" {
			probs = append(probs, w+": no XPOS")
		}
		if u, _, _ := strings.Cut(tok.Rel, ":"); !slices.Contains(universalRelations, u) {
			probs = append(probs, fmt.Sprintf("%s: relation %q", w, tok.Rel))
		}
		if (tok.UPOS == "PUNCT") != (tok.Rel == "punct") {
			probs = append(probs, fmt.Sprintf("%s: UPOS %s with relation %s", w, tok.UPOS, tok.Rel))
		}
		switch {
		case tok.Head == -1:
			roots++
			if tok.Rel != "root" {
				probs = append(probs, fmt.Sprintf("%s: root with relation %q", w, tok.Rel))
			}
		case tok.Head < -1 || tok.Head >= len(s.Tokens) || tok.Head == i:
			probs = append(probs, fmt.Sprintf("%s: head %d", w, tok.Head+1))
		case tok.Rel == "root":
			probs = append(probs, fmt.Sprintf("%s: relation root under word %d", w, tok.Head+1))
		}
	}
	if roots != 1 {
		probs = append(probs, fmt.Sprintf("%d roots, want 1", roots))
	}
	if len(probs) > 0 {
		return probs // the checks below need heads in range
	}
	for i := range s.Tokens {
		if !dominates(s.Tokens, -1, i) {
			return append(probs, fmt.Sprintf("word %d %q is on a cycle or under one", i+1, s.Tokens[i].Form))
		}
	}
	for d, tok := range s.Tokens {
		if tok.Head < 0 {
			continue
		}
		for k := min(d, tok.Head) + 1; k < max(d, tok.Head); k++ {
			if !dominates(s.Tokens, tok.Head, k) {
				probs = append(probs, fmt.Sprintf("arc %d %q -> %d %q crosses word %d %q, which it does not dominate",
					d+1, tok.Form, tok.Head+1, s.Tokens[tok.Head].Form, k+1, s.Tokens[k].Form))
			}
		}
	}
	return probs
}

// dominates reports whether word h (-1 for the root) is word d or above it; a walk up from d
// that takes more steps than there are words is on a cycle and reports false.
func dominates(toks []syntax.Token, h, d int) bool {
	for range len(toks) + 1 {
		if d == h {
			return true
		}
		if d < 0 {
			return false
		}
		d = toks[d].Head
	}
	return false
}

// TestHandwrittenParses parses the gold words of each sentence in handwrittenFile and reports,
// for each scored relation, how many gold arcs the parser finds with the same head and
// relation. It fails, listing the missed arcs, when a key relation's share is under
// minKeyRecall.
//
// A multiword proper name counts as one word: which of its words heads it ("Apex" or
// "Energy" in "Apex Energy"; EWT has both) makes no difference to who did what to whom, so an
// arc is found when the parser draws it between the same names, from any of their words.
func TestHandwrittenParses(t *testing.T) {
	sents := readHandwritten(t)
	var p syntax.Parser
	parsed := make([][]syntax.Token, len(sents))
	for i, s := range sents {
		words := make([]string, len(s.Tokens))
		for j, tok := range s.Tokens {
			words[j] = tok.Form
		}
		parsed[i] = p.Parse(words)
	}

	found, total := map[string]int{}, map[string]int{}
	var missed []string
	for i, s := range sents {
		got := parsed[i]
		if len(got) != len(s.Tokens) {
			t.Fatalf("sentence %q: %d tokens parsed from %d words", s.ID, len(got), len(s.Tokens))
		}
		unit := nameUnits(s.Tokens)
		unitOf := func(i int) int {
			if i < 0 {
				return -1
			}
			return unit[i]
		}
		for d, gold := range s.Tokens {
			if !slices.Contains(scoredRelations, gold.Rel) {
				continue
			}
			total[gold.Rel]++
			pred := got[d]
			if slices.ContainsFunc(unitWords(unit, d), func(w int) bool {
				return unitOf(got[w].Head) == unitOf(gold.Head) && relationKey(got[w].Rel) == relationKey(gold.Rel)
			}) {
				found[gold.Rel]++
				continue
			}
			missed = append(missed, fmt.Sprintf("%s %s/%d: gold %s %s, got %s %s",
				s.ID, gold.Form, d+1, headWord(s.Tokens, gold.Head), gold.Rel,
				headWord(s.Tokens, pred.Head), pred.Rel))
		}
	}
	for _, rel := range scoredRelations {
		t.Logf("%-10s %3d of %3d gold arcs found", rel, found[rel], total[rel])
	}
	var low []string
	for _, rel := range keyRelations {
		if share := float64(found[rel]) / float64(total[rel]); total[rel] == 0 || share < minKeyRecall {
			low = append(low, fmt.Sprintf("%s (%d of %d)", rel, found[rel], total[rel]))
		}
	}
	if len(low) > 0 {
		t.Errorf("under %.2f of the gold arcs found for %s; missed arcs (sentence word/position: gold head relation, got head relation):\n%s",
			minKeyRecall, strings.Join(low, ", "), strings.Join(missed, "\n"))
	}
}

// nameUnits numbers the words of a gold sentence so that the words of one multiword proper
// name (PROPN words joined by flat or compound) share a number, and every other word has its
// own.
func nameUnits(toks []syntax.Token) []int {
	unit := make([]int, len(toks))
	for i := range unit {
		unit[i] = i
	}
	find := func(i int) int {
		for unit[i] != i {
			i = unit[i]
		}
		return i
	}
	for i, t := range toks {
		if t.Head >= 0 && t.UPOS == "PROPN" && toks[t.Head].UPOS == "PROPN" && (t.Rel == "flat" || t.Rel == "compound") {
			unit[find(i)] = find(t.Head)
		}
	}
	for i := range unit {
		unit[i] = find(i)
	}
	return unit
}

// unitWords returns the words that share word d's unit.
func unitWords(unit []int, d int) []int {
	var w []int
	for i, u := range unit {
		if u == unit[d] {
			w = append(w, i)
		}
	}
	return w
}

// relationKey is the part of a relation that scoring compares: the universal relation, with
// the subtype kept for nsubj:pass only, so that obl for a gold obl:agent is found but nsubj
// for a gold nsubj:pass is missed.
func relationKey(rel string) string {
	if rel == "nsubj:pass" {
		return rel
	}
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// headWord names the word at index h of toks for a message: "told/10", or ROOT for -1.
func headWord(toks []syntax.Token, h int) string {
	if h < 0 || h >= len(toks) {
		if h == -1 {
			return "ROOT"
		}
		return fmt.Sprintf("?/%d", h+1)
	}
	return fmt.Sprintf("%s/%d", toks[h].Form, h+1)
}
