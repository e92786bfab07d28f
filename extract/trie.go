package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// trie maps token sequences to values. Lookup walks one token at a time, so scanning a
// document costs one map look-up per token per level, whatever the number of phrases.
type trie struct {
	root trieNode
}

type trieNode struct {
	next map[string]*trieNode
	vals []int32 // non-negative values of the phrases that end here
	neg  []int32 // negative values of the phrases that end here
}

// insert adds the phrase of token keys with value v. A phrase that starts with a lower-case
// letter is also added capitalised, so that "lawmakers" matches "Lawmakers" at a sentence
// start.
func (t *trie) insert(keys []string, v int32) {
	if len(keys) == 0 {
		return
	}
	t.insert1(keys, v)
	if r, size := utf8.DecodeRuneInString(keys[0]); unicode.IsLower(r) {
		up := append([]string{string(unicode.ToUpper(r)) + keys[0][size:]}, keys[1:]...)
		t.insert1(up, v)
	}
}

func (t *trie) insert1(keys []string, v int32) {
	n := &t.root
	for _, k := range keys {
		if n.next == nil {
			n.next = make(map[string]*trieNode)
		}
		c, ok := n.next[k]
		if !ok {
			c = &trieNode{}
			n.next[k] = c
		}
		n = c
	}
	vals := &n.vals
	if v < 0 {
		vals = &n.neg
	}
	if slices.Contains(*vals, v) {
		return
	}
	*vals = append(*vals, v)
}

// longest returns, for the phrases that start at toks[i] and stay within one sentence, the
// end (exclusive token index) and values of the longest one with a non-negative value and of
// the longest one with a negative value; an end of i means there is none. Values are
// shared: callers must not modify them.
func (t *trie) longest(doc string, toks []token, i int) (posEnd int, pos []int32, negEnd int, neg []int32) {
	posEnd, negEnd = i, i
	n := &t.root
	for j := i; j < len(toks) && toks[j].sentence == toks[i].sentence; j++ {
		c, ok := n.next[tokenKey(toks[j].text(doc))]
		if !ok {
			break
		}
		n = c
		if len(n.vals) > 0 {
			posEnd, pos = j+1, n.vals
		}
		if len(n.neg) > 0 {
			negEnd, neg = j+1, n.neg
		}
	}
	return posEnd, pos, negEnd, neg
}
