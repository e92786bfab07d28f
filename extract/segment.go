package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences splits each paragraph into sentences. A sentence ends at '.', '!', '?' or
// '…' (with any closing quotes or brackets after it) that is followed by white space and a
// capital letter, digit or opening quote, unless the period closes an abbreviation or an
// initial. Sentences never cross paragraphs.
func splitSentences(text string, paras []Span) []Sentence {
	out := make([]Sentence, 0, len(text)/100+len(paras)) // news sentences average 120-150 bytes
	for pi, p := range paras {
		start := p.Start
		for i := p.Start; i < p.End; {
			if c := text[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
				i++ // the common case: an ASCII byte that ends nothing
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:p.End])
			i += size
			if r != '.' && r != '!' && r != '?' && r != '…' {
				continue
			}
			end := i
			for end < p.End {
				c, n := utf8.DecodeRuneInString(text[end:p.End])
				if !isClosing(c) && c != '.' && c != '!' && c != '?' {
					break
				}
				end += n
			}
			next, ok := nextWord(text, end, p.End)
			if !ok {
				i = end
				continue
			}
			if r == '.' && !breaksAfterPeriod(text, start, i-1, next) {
				i = end
				continue
			}
			if s, ok := trimSpan(text, start, end); ok {
				out = append(out, sentence(text, len(out), pi, s))
			}
			start = end
			i = end
		}
		if s, ok := trimSpan(text, start, p.End); ok {
			out = append(out, sentence(text, len(out), pi, s))
		}
	}
	return out
}

func sentence(text string, index, para int, s Span) Sentence {
	return Sentence{Index: index, Paragraph: para, Span: s, Text: text[s.Start:s.End]}
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[':
		return true
	}
	return false
}

// nextWord returns the word that follows white space at text[i:], if a sentence could
// begin there: it starts (after an opening quote) with an upper-case letter or a digit.
func nextWord(text string, i, end int) (string, bool) {
	if i >= end || !unicode.IsSpace(firstRune(text[i:end])) {
		return "", false
	}
	var r rune
	var size int
	for i < end {
		r, size = utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	for i < end {
		r, size = utf8.DecodeRuneInString(text[i:end])
		if !isOpening(r) {
			break
		}
		i += size
	}
	if i >= end || !(unicode.IsUpper(r) || unicode.IsDigit(r)) {
		return "", false
	}
	j := i
	for j < end {
		c, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			break
		}
		j += n
	}
	return text[i:j], true
}

// breaksAfterPeriod decides whether the period at text[dot] ends a sentence, given the word
// that follows it.
func breaksAfterPeriod(text string, sentStart, dot int, next string) bool {
	w := dot
	for w > sentStart {
		r, size := utf8.DecodeLastRuneInString(text[sentStart:w])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
			break
		}
		w -= size
	}
	word := text[w:dot]
	switch {
	case word == "":
		return true
	case noBreakAfter.has(word):
		return false
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)):
		return false // an initial: "Robert F. Kennedy"
	case strings.Contains(word, "."), word == "Jr", word == "Sr", word == "Inc", word == "Co", word == "Ltd", word == "Corp":
		// "U.S.", "D.C.", "Jr.": usually inside a sentence, but may end one.
		return sentenceStarters.has(next)
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
