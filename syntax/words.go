package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// atoms are what the features know of one word, each hashed once a sentence.
type atoms struct {
	norm  uint64 // lower-cased word; numbers by their shape ("!year", "!digits")
	form  uint64 // the word as written
	suf   [4]uint64
	pre   [3]uint64
	shape uint64
	flags uint64
	amb   uint64 // the tags the word had in training (its ambiguity class), or 0
	fixed int32  // the word's tag from the tag dictionary, or -1
}

// Word flags.
const (
	flagHyphen = 1 << iota
	flagDigit
	flagUpper    // first letter upper case
	flagAllUpper // every letter upper case, at least two
	flagURL      // looks like a URL or an e-mail address
	flagInitial  // sentence-initial
	flagHeadline // in a sentence whose words are mostly capitalised
)

var (
	padBefore = atomsOf("<s>", 0, nil)
	padAfter  = atomsOf("</s>", 0, nil)
)

// sentenceAtoms returns the atoms of each word, with two pads either side: atoms of word i are
// at i+2. The tagger's dictionary and ambiguity classes are looked up here, once a word.
func (tg *tagger) sentenceAtoms(dst []atoms, words []string) []atoms {
	dst = append(dst[:0], padBefore, padBefore)
	capital, lower := 0, 0
	for i, w := range words {
		a := atomsOf(w, i, tg.lex)
		if t, ok := tg.dict[w]; ok {
			a.fixed = int32(t)
		}
		if i > 0 && a.flags&flagUpper != 0 {
			capital++
		} else if w != "" && unicode.IsLower(rune(w[0])) {
			lower++
		}
		dst = append(dst, a)
	}
	if capital >= 2 && capital > lower {
		for i := range words {
			dst[i+2].flags |= flagHeadline
		}
	}
	return append(dst, padAfter, padAfter)
}

// maxAtomBytes bounds the work per word: a longer word is read by its first bytes only.
const maxAtomBytes = 64

// atomsOf returns the atoms of word w at position pos, its ambiguity class from lex (which
// may be nil), and no dictionary tag.
func atomsOf(w string, pos int, lex map[string]uint64) atoms {
	a := atoms{fixed: -1}
	whole := w
	if len(w) > maxAtomBytes {
		cut := maxAtomBytes
		for cut > 0 && !utf8.RuneStart(w[cut]) {
			cut--
		}
		w = w[:cut]
	}
	lower := strings.ToLower(w)
	if lex != nil {
		if len(w) < len(whole) {
			a.amb = lex[strings.ToLower(whole)]
		} else {
			a.amb = lex[lower]
		}
	}
	a.form = strHash(w)
	a.norm = strHash(normalise(lower))
	for k := range a.suf {
		if n := k + 1; len(lower) > n {
			a.suf[k] = strHash(lower[len(lower)-n:]) + uint64(k)
		}
	}
	for k := range a.pre {
		if n := k + 1; len(lower) > n {
			a.pre[k] = strHash(lower[:n]) + uint64(k)
		}
	}
	var shape [16]byte
	ns, last, run := 0, byte(0), 0
	upper, letters := 0, 0
	for i, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
			if i == 0 {
				a.flags |= flagUpper
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			a.flags |= flagDigit
		case r == '-':
			c = '-'
			a.flags |= flagHyphen
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '?'
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		last = c
		if run <= 3 && ns < len(shape) {
			shape[ns] = c
			ns++
		}
	}
	a.shape = strHash(string(shape[:ns]))
	if upper >= 2 && upper == letters {
		a.flags |= flagAllUpper
	}
	if strings.Contains(lower, "://") || strings.HasPrefix(lower, "www.") || strings.Contains(lower, "@") && len(lower) > 1 {
		a.flags |= flagURL
	}
	if pos == 0 {
		a.flags |= flagInitial
	}
	return a
}

// normalise maps numbers to their kind, as Honnibal's tagger does, so that one unseen number
// reads like another.
func normalise(lower string) string {
	if lower == "" {
		return lower
	}
	digits := 0
	for i := 0; i < len(lower); i++ {
		if lower[i] >= '0' && lower[i] <= '9' {
			digits++
		}
	}
	switch {
	case digits == 4 && len(lower) == 4:
		return "!year"
	case lower[0] >= '0' && lower[0] <= '9':
		return "!digits"
	}
	return lower
}
