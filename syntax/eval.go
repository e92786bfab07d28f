package syntax

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Evaluation counts how a parse agrees with a gold treebank, word by word, as the CoNLL 2018
// shared task's evaluation script (conll18_ud_eval.py,
// https://universaldependencies.org/conll18/evaluation.html) counts it when the parse has the
// gold words:
//
//   - UPOS and XPOS are right when the tag is the gold one, as written (two empty tags agree,
//     as two "_" columns do in the script);
//   - UAS counts words whose head is the gold head (the root's "head" is -1 in both);
//   - LAS counts words whose head is right and whose relation is the gold one on its universal
//     part, the part before ":": "nsubj:pass" for a gold "nsubj" is right, as the script
//     drops language-specific subtypes before it compares;
//   - punctuation is counted like any other word.
//
// The percentages are of Tokens; all are 0 when there are no tokens.
type Evaluation struct {
	Sentences int // sentences compared
	Tokens    int // words compared

	UPOSCorrect int // words whose UPOS tag is right
	XPOSCorrect int // words whose XPOS tag is right
	HeadCorrect int // words whose head is right (UAS)
	// LabeledCorrect counts words whose head and relation (its universal part) are both
	// right (LAS).
	LabeledCorrect int

	relations map[string]RelationScore // by universal relation
}

// A RelationScore counts one universal relation ("nsubj" for "nsubj" and "nsubj:pass"): how
// many gold words have it, how many parsed words have it, and how many of those are right,
// with the right head and this relation.
type RelationScore struct {
	Rel       string
	Gold      int
	Predicted int
	Correct   int
}

// Precision is the percentage of the words parsed with the relation that are right, 0 when
// there are none.
func (r RelationScore) Precision() float64 { return percent(r.Correct, r.Predicted) }

// Recall is the percentage of the gold words with the relation that are parsed right, 0 when
// there are none.
func (r RelationScore) Recall() float64 { return percent(r.Correct, r.Gold) }

// F1 is the harmonic mean of precision and recall, in percent: 2·Correct / (Gold + Predicted),
// 0 when both are 0, as conll18_ud_eval.py computes it.
func (r RelationScore) F1() float64 { return percent(2*r.Correct, r.Gold+r.Predicted) }

// Evaluate compares pred, a parse of the words of gold, with gold. The sentences pair up in
// order; each pair must have as many words, and gold and pred as many sentences, or the error
// names the first sentence that differs. A word with an empty relation counts for no relation
// in Relations, but still in the totals.
//
// It takes O(n) time in the number of words.
func Evaluate(gold, pred []Sentence) (Evaluation, error) {
	if len(gold) != len(pred) {
		return Evaluation{}, fmt.Errorf("syntax: evaluate: %d gold sentences, %d parsed", len(gold), len(pred))
	}
	e := Evaluation{relations: map[string]RelationScore{}}
	for i, g := range gold {
		p := pred[i]
		if len(g.Tokens) != len(p.Tokens) {
			return Evaluation{}, fmt.Errorf("syntax: evaluate: sentence %s: %d gold words, %d parsed", sentenceName(i, g), len(g.Tokens), len(p.Tokens))
		}
		e.Sentences++
		for j, gt := range g.Tokens {
			pt := p.Tokens[j]
			e.Tokens++
			if gt.UPOS == pt.UPOS {
				e.UPOSCorrect++
			}
			if gt.XPOS == pt.XPOS {
				e.XPOSCorrect++
			}
			grel, prel := universal(gt.Rel), universal(pt.Rel)
			headRight := gt.Head == pt.Head
			if headRight {
				e.HeadCorrect++
			}
			if grel != "" {
				s := e.relations[grel]
				s.Gold++
				e.relations[grel] = s
			}
			if prel != "" {
				s := e.relations[prel]
				s.Predicted++
				e.relations[prel] = s
			}
			if headRight && grel == prel {
				e.LabeledCorrect++
				if grel != "" {
					s := e.relations[grel]
					s.Correct++
					e.relations[grel] = s
				}
			}
		}
	}
	return e, nil
}

// sentenceName names the i-th sentence (from 0) in errors: its number from 1 and its ID.
func sentenceName(i int, s Sentence) string {
	if s.ID == "" {
		return fmt.Sprint(i + 1)
	}
	return fmt.Sprintf("%d (%q)", i+1, s.ID)
}

// universal returns the universal part of a relation: "nsubj" for "nsubj:pass".
func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// UPOS is the percentage of words whose UPOS tag is right.
func (e Evaluation) UPOS() float64 { return percent(e.UPOSCorrect, e.Tokens) }

// XPOS is the percentage of words whose XPOS tag is right.
func (e Evaluation) XPOS() float64 { return percent(e.XPOSCorrect, e.Tokens) }

// UAS, the unlabeled attachment score, is the percentage of words whose head is right.
func (e Evaluation) UAS() float64 { return percent(e.HeadCorrect, e.Tokens) }

// LAS, the labeled attachment score, is the percentage of words whose head and relation (its
// universal part, as in CoNLL 2018) are right.
func (e Evaluation) LAS() float64 { return percent(e.LabeledCorrect, e.Tokens) }

// Relations returns the score of every universal relation that occurs in the gold words or
// the parse, the most frequent in the gold words first, ties by name.
func (e Evaluation) Relations() []RelationScore {
	out := make([]RelationScore, 0, len(e.relations))
	for _, rel := range slices.Sorted(maps.Keys(e.relations)) {
		s := e.relations[rel]
		s.Rel = rel
		out = append(out, s)
	}
	slices.SortStableFunc(out, func(a, b RelationScore) int { return cmp.Compare(b.Gold, a.Gold) })
	return out
}

// percent returns 100·n/d, or 0 when d is 0.
func percent(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}
