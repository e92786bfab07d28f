// Package textnorm holds the text normalisations that extract and graph share: slugs for
// stable IDs and the folding that lets spelling variants of one name compare equal.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold removes diacritics (by Unicode canonical decomposition and dropping nonspacing
// marks), maps typographic apostrophes to ASCII and lowercases: "Erdoğan" -> "erdogan",
// "Zelenskyy’s" -> "zelenskyy's".
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'").Replace(out)
	return strings.ToLower(out)
}

// Slug turns a name into an ID: folded, with every run of other characters than ASCII
// letters and digits replaced by one hyphen, trimmed: "News.Az 2025-11-24" ->
// "news-az-2025-11-24", "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy".
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range Fold(s) {
		if r == '\'' {
			continue // "O'Brien" -> "obrien"
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
