package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Transliterate writes the Cyrillic and Greek letters of s in Latin letters and leaves every
// other character as it is: "Дмитрий Песков" -> "Dmitriy Peskov", "Κυριάκος Μητσοτάκης" ->
// "Kyriakos Mitsotakis". It returns s itself when s has no Cyrillic or Greek letter.
//
// Cyrillic follows the BGN/PCGN romanisation without diacritics (ж zh, х kh, ц ts, щ shch,
// й y, ю yu, я ya; hard and soft signs are dropped). A name with a letter only Ukrainian has
// (і, ї, є, ґ) or the Ukrainian adjectival ending -ський/-цький/-зький is romanised by the
// Ukrainian national system instead (и y, г h, ї yi, є ye), so that "Володимир Зеленський"
// gives "Volodymyr Zelenskyi" as Kyiv writes it. Greek follows ELOT 743 (ELOT's digraphs ου
// ou, αυ av, ευ ev, γγ ng, γξ nx, γχ nch; η i, υ y, χ ch, θ th, ψ ps), with accents
// dropped.
//
// The result is for IDs and for matching names across scripts (NameKey), and is one of an
// actor's aliases; no romanisation is the only one in use.
func Transliterate(s string) string {
	if !hasCyrillicOrGreek(s) {
		return s
	}
	ukrainian := isUkrainian(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.Is(unicode.Cyrillic, r) && !unicode.Is(unicode.Greek, r) {
			b.WriteString(s[i-size : i])
			continue
		}
		upper := unicode.IsUpper(r)
		lower := unicode.ToLower(r)
		next, _ := utf8.DecodeRuneInString(s[i:])
		latin, skip := latinOf(lower, greekBase(unicode.ToLower(next)), ukrainian, i-size == 0 || !unicode.IsLetter(lastRuneOf(s[:i-size])))
		if skip {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
		}
		if upper && latin != "" {
			// "Ж" -> "Zh", and all capitals stay capitals: "ЖУК" -> "ZHUK".
			r0, n := utf8.DecodeRuneInString(latin)
			latin = string(unicode.ToUpper(r0)) + latin[n:]
			if nr, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsUpper(nr) {
				latin = strings.ToUpper(latin)
			}
		}
		b.WriteString(latin)
	}
	return b.String()
}

// latinOf returns the Latin letters for the lower-case Cyrillic or Greek letter r, followed
// by next, and whether next is consumed by a digraph. wordStart says r opens a word.
func latinOf(r, next rune, ukrainian, wordStart bool) (string, bool) {
	if ukrainian {
		switch r {
		case 'и':
			return "y", false
		case 'г':
			return "h", false
		case 'є':
			if wordStart {
				return "ye", false
			}
			return "ie", false
		case 'ї':
			if wordStart {
				return "yi", false
			}
			return "i", false
		case 'й':
			if wordStart {
				return "y", false
			}
			return "i", false
		case 'ю':
			if wordStart {
				return "yu", false
			}
			return "iu", false
		case 'я':
			if wordStart {
				return "ya", false
			}
			return "ia", false
		}
	}
	switch base := greekBase(r); {
	case base == 'ο' && next == 'υ':
		return "ou", true
	case base == 'α' && next == 'υ':
		return "av", true
	case base == 'ε' && next == 'υ':
		return "ev", true
	case r == 'γ' && (next == 'γ' || next == 'ξ' || next == 'χ'):
		return "n", false // γγ ng, γξ nx, γχ nch
	}
	if l, ok := translit[r]; ok {
		return l, false
	}
	// Greek letters with accents: the base letter's.
	if d := norm.NFD.String(string(r)); d != string(r) {
		base, _ := utf8.DecodeRuneInString(d)
		if l, ok := translit[base]; ok {
			return l, false
		}
	}
	return string(r), false
}

var translit = map[rune]string{
	// Cyrillic (Russian, with the letters of Ukrainian, Belarusian, Serbian, Macedonian).
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'є': "ye", 'і': "i", 'ї': "yi", 'ґ': "g", 'ў': "u", 'ђ': "dj", 'ј': "j", 'љ': "lj",
	'њ': "nj", 'ћ': "c", 'џ': "dz", 'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz",
	// Greek.
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i",
	'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s",
	'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// greekBase returns a Greek letter without its accent or diaeresis ('ύ' -> 'υ'), and any
// other rune as it is. 'ϋ' keeps its diaeresis, which marks a vowel that is not part of a
// digraph.
func greekBase(r rune) rune {
	if !unicode.Is(unicode.Greek, r) || r == 'ϊ' || r == 'ϋ' || r == 'ΐ' || r == 'ΰ' {
		return r
	}
	if d := norm.NFD.String(string(r)); d != string(r) {
		base, _ := utf8.DecodeRuneInString(d)
		return base
	}
	return r
}

func hasCyrillicOrGreek(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r) {
			return true
		}
		i += size
	}
	return false
}

// isUkrainian reports whether a Cyrillic name is Ukrainian by its spelling: a letter only
// Ukrainian has, or a word ending in -ський, -цький or -зький.
func isUkrainian(s string) bool {
	if strings.ContainsAny(s, "іїєґІЇЄҐ") {
		return true
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.HasSuffix(w, "ський") || strings.HasSuffix(w, "цький") || strings.HasSuffix(w, "зький") {
			return true
		}
	}
	return false
}

func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
