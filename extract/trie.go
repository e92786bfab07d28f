package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// trie maps token sequences to values. Tokens are interned to small integers, and each edge
// is one entry of a map keyed by (node, token): scanning a document costs one string look-up
// per token (to intern it) and one integer look-up per token per level, whatever the number
// of phrases. The edge map holds no pointers, so a large knowledge base costs the garbage
// collector little.
type trie struct {
	vocab map[string]int32 // token key -> token ID
	edges map[uint64]int32 // node<<32 | token ID -> child node; node 0 is the root
	vals  [][]int32        // by node: non-negative values of the phrases that end there
	neg   [][]int32        // by node: negative values of the phrases that end there
}

func newTrie() trie {
	return trie{vocab: map[string]int32{}, edges: map[uint64]int32{}, vals: [][]int32{nil}, neg: [][]int32{nil}}
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
	node := int32(0)
	for _, k := range keys {
		id, ok := t.vocab[k]
		if !ok {
			id = int32(len(t.vocab))
			t.vocab[k] = id
		}
		edge := uint64(node)<<32 | uint64(uint32(id))
		child, ok := t.edges[edge]
		if !ok {
			child = int32(len(t.vals))
			t.edges[edge] = child
			t.vals = append(t.vals, nil)
			t.neg = append(t.neg, nil)
		}
		node = child
	}
	vals := &t.vals[node]
	if v < 0 {
		vals = &t.neg[node]
	}
	if !slices.Contains(*vals, v) {
		*vals = append(*vals, v)
	}
}

// tokenIDs appends to dst the token ID of each token, or -1 for a token no phrase has.
func (t *trie) tokenIDs(dst []int32, doc string, toks []token) []int32 {
	for _, tok := range toks {
		id, ok := t.vocab[tokenKey(tok.text(doc))]
		if !ok {
			id = -1
		}
		dst = append(dst, id)
	}
	return dst
}

// longest returns, for the phrases that start at toks[i] and stay within one sentence, the
// end (exclusive token index) and values of the longest one with a non-negative value and of
// the longest one with a negative value; an end of i means there is none. ids are the
// tokens' IDs (see tokenIDs). Values are shared: callers must not modify them.
func (t *trie) longest(toks []token, ids []int32, i int) (posEnd int, pos []int32, negEnd int, neg []int32) {
	posEnd, negEnd = i, i
	node := int32(0)
	for j := i; j < len(toks) && toks[j].sentence == toks[i].sentence && ids[j] >= 0; j++ {
		child, ok := t.edges[uint64(node)<<32|uint64(uint32(ids[j]))]
		if !ok {
			break
		}
		node = child
		if len(t.vals[node]) > 0 {
			posEnd, pos = j+1, t.vals[node]
		}
		if len(t.neg[node]) > 0 {
			negEnd, neg = j+1, t.neg[node]
		}
	}
	return posEnd, pos, negEnd, neg
}
