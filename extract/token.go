package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokenKind uint8

const (
	wordToken   tokenKind = iota // letters, possibly with digits, inner dots and apostrophes
	numberToken                  // starts with a digit
	punctToken                   // any other single rune, and the possessive "'s"
)

// token is a word, number or punctuation mark of a document. Hyphens are tokens of their
// own, so "Russia-Ukraine" yields "Russia", "-", "Ukraine"; the possessive "'s" is split off
// ("Zelenskyy’s" -> "Zelenskyy", "’s"); dotted abbreviations keep their final period ("U.S.").
type token struct {
	start, end int32 // byte span in the document
	sentence   int32 // index of the sentence that holds it
	kind       tokenKind
	first      bool // first word of its sentence
	space      bool // preceded by white space (or the sentence start)
}

func (t token) text(doc string) string { return doc[t.start:t.end] }

// capitalized reports whether a word token begins with an upper-case letter.
func (t token) capitalized(doc string) bool {
	if t.kind != wordToken {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc[t.start:])
	return unicode.IsUpper(r)
}

// tokenize appends the tokens of every sentence to dst.
func tokenize(dst []token, text string, sentences []Sentence) []token {
	for _, s := range sentences {
		dst = tokenizeSpan(dst, text, s.Start, s.End, s.Index)
	}
	return dst
}

func tokenizeSpan(dst []token, text string, start, end, sentence int) []token {
	first := true
	space := true
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		t := token{start: int32(i), end: int32(i + size), sentence: int32(sentence), space: space, kind: punctToken}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			wordEnd := scanWord(text, i, end)
			t.end = int32(wordEnd)
			t.kind = wordToken
			if unicode.IsDigit(r) {
				t.kind = numberToken
			}
			if j := possessive(text, i, wordEnd); j > 0 {
				t.end = int32(j)
				t.first = first && t.kind == wordToken
				first = first && t.kind != wordToken
				dst = append(dst, t)
				t = token{start: int32(j), end: int32(wordEnd), kind: punctToken, sentence: int32(sentence)}
			}
			if t.kind == wordToken {
				t.first = first
				first = false
			}
		}
		dst = append(dst, t)
		space = false
		i = int(t.end)
	}
	return dst
}

// scanWord returns the end of the word that starts at text[i]. Inner periods and
// apostrophes followed by a letter or digit stay in the word ("News.Az", "O'Brien", "3.5");
// a dotted abbreviation ("U.S.", "D.C.") keeps its final period.
func scanWord(text string, i, end int) int {
	j := i
	dotted := true // single letters separated by periods so far
	letters := 0
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			letters++
			if letters > 1 {
				dotted = false
			}
			j += size
			continue
		case r == '.' || r == '\'' || r == '’' || r == ',' && unicode.IsDigit(lastRune(text[i:j])):
			if next, _ := utf8.DecodeRuneInString(text[j+size : end]); j+size < end && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				if r == '.' {
					letters = 0
				} else {
					dotted = false
				}
				j += size
				continue
			}
			if r == '.' && dotted && strings.Contains(text[i:j], ".") {
				return j + size // "U.S."
			}
		}
		break
	}
	return j
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// possessive returns where a trailing "'s" or "’s" of the word text[start:end] begins, or 0.
func possessive(text string, start, end int) int {
	if c := text[end-1]; c != 's' && c != 'S' {
		return 0
	}
	w := text[start:end]
	for _, suffix := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix) {
			return end - len(suffix)
		}
	}
	return 0
}

// tokenKey is the form under which a token is looked up: typographic apostrophes become ASCII.
func tokenKey(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if !ascii && strings.ContainsAny(s, "’‘ʼ") {
		return apostrophes.Replace(s)
	}
	return s
}

// apostrophes maps typographic apostrophes to ASCII. A Replacer is safe for concurrent use.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'")

// phraseTokens splits a knowledge-base phrase into token keys, the way documents are split.
func phraseTokens(phrase string) []string {
	toks := tokenizeSpan(nil, phrase, 0, len(phrase), 0)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = tokenKey(t.text(phrase))
	}
	return keys
}
