// Package textnorm holds the text normalisations that extract and graph share: slugs for
// stable IDs and the folding that lets spelling variants of one name compare equal.
package textnorm

import (
	"fmt"
	"hash/fnv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// folders pools the transformers of Fold: a chain is stateful, so each call takes its own.
var folders = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// Fold removes diacritics (by Unicode canonical decomposition and dropping nonspacing
// marks), maps typographic apostrophes to ASCII and lowercases: "Erdoğan" -> "erdogan",
// "Zelenskyy’s" -> "zelenskyy's".
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	t := folders.Get().(transform.Transformer)
	defer folders.Put(t)
	t.Reset()
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = apostrophes.Replace(out)
	return strings.ToLower(out)
}

// apostrophes maps typographic apostrophes to ASCII. A Replacer is safe for concurrent use.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'")

// Slug turns a name into an ID: transliterated (see Transliterate), folded, with every run of
// other characters than ASCII letters and digits replaced by one hyphen, trimmed:
// "News.Az 2025-11-24" -> "news-az-2025-11-24", "Volodymyr Zelenskyy" -> "volodymyr-zelenskyy",
// "Дмитрий Песков" -> "dmitriy-peskov".
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range Fold(Transliterate(s)) {
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

// NameKey returns the key under which spelling variants of a personal name compare equal.
// It folds the name (see Fold), then, word by word, undoes the usual differences between
// transliterations of Slavic and other names into English:
//
//   - "x" is "ks", "kh" is "h" (Oleksandr/Olexandr, Mikhail/Mihail);
//   - a word-initial "ye", "ie" or "je" is "e", "iu" or "ju" is "yu", "ia" or "ja" is "ya"
//     (Yermak/Iermak, Yevgen/Evgen, Iulia/Yulia);
//   - "iy" or "yi" before a vowel is "i" (Dmitriyev/Dmitriev);
//   - a final "yy", "iy", "yi", "ii", "ij" or "i" is "y" (Zelenskyy/Zelensky/Zelenskiy/
//     Zelenskyi, Andriy/Andrii);
//   - doubled letters are single (Mohammed/Mohamed).
//
// Words are joined by single spaces; characters other than letters and digits separate
// words. The key is for comparing names, never for showing them.
//
// Names in Cyrillic or Greek are transliterated first, so that "Дмитрий Песков" and
// "Dmitry Peskov" share a key.
func NameKey(name string) string {
	folded := strings.TrimSuffix(Fold(Transliterate(name)), "'s") // "Yermak's" is Yermak
	var b strings.Builder
	b.Grow(len(folded))
	for w := range strings.FieldsFuncSeq(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		writeWordKey(&b, w)
	}
	return b.String()
}

var keyReplacer = strings.NewReplacer("x", "ks", "kh", "h")

// writeWordKey writes the key of one folded word (see NameKey) to b.
func writeWordKey(b *strings.Builder, w string) {
	if strings.Contains(w, "x") || strings.Contains(w, "kh") {
		w = keyReplacer.Replace(w)
	}
	for _, p := range [...][2]string{{"ye", "e"}, {"ie", "e"}, {"je", "e"}, {"iu", "yu"}, {"ju", "yu"}, {"ia", "ya"}, {"ja", "ya"}} {
		if strings.HasPrefix(w, p[0]) && len(w) > len(p[0])+1 {
			b.WriteString(p[1])
			w = w[len(p[0]):]
			break
		}
	}
	tailY := false
	for _, suffix := range [...]string{"yy", "iy", "yi", "ii", "ij", "i"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			w, tailY = w[:len(w)-len(suffix)], true
			break
		}
	}
	var last byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c == 'i' || c == 'y') && i+2 < len(w) && (w[i+1] == 'y' || w[i+1] == 'i') && isVowel(w[i+2]) {
			b.WriteByte('i') // "iye" -> "ie"
			last = 'i'
			i++
			continue
		}
		if c == last {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	if tailY && last != 'y' {
		b.WriteByte('y')
	}
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// ID returns Slug(name), or, for a name with no letters or digits that Slug keeps (a name in
// Arabic or Chinese script; Cyrillic and Greek are transliterated), "u-" and a hash of its
// folded form, so that every name gets a stable ID: "محمد" -> "u-" + 16 hex digits. It
// returns "" only for a name without letters or digits.
func ID(name string) string {
	if s := Slug(name); s != "" {
		return s
	}
	folded := Fold(strings.TrimSpace(name))
	if strings.IndexFunc(folded, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return ""
	}
	h := fnv.New64a()
	h.Write([]byte(folded))
	return fmt.Sprintf("u-%016x", h.Sum64())
}
