package extract

import (
	"unicode"
	"unicode/utf8"
)

// trie maps token sequences to values. Lookup walks one token at a time, so scanning a
// document costs one map look-up per token per level, whatever the number of phrases.
type trie struct {
	root trieNode
	size int // phrases inserted
}

type trieNode struct {
	next map[string]*trieNode
	vals []int32 // values of the phrases that end here
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
	for _, old := range n.vals {
		if old == v {
			return
		}
	}
	n.vals = append(n.vals, v)
	t.size++
}

// longest returns the end (exclusive token index) and values of the longest phrase that
// starts at toks[i] and stays within one sentence, or end == i when none does. Values are
// shared: callers must not modify them.
func (t *trie) longest(doc string, toks []token, i int) (end int, vals []int32) {
	end = i
	n := &t.root
	for j := i; j < len(toks) && toks[j].sentence == toks[i].sentence; j++ {
		c, ok := n.next[tokenKey(toks[j].text(doc))]
		if !ok {
			break
		}
		n = c
		if len(n.vals) > 0 {
			end, vals = j+1, n.vals
		}
	}
	return end, vals
}
