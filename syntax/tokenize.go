package syntax

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits one sentence of text into words by the conventions of UD English (EWT),
// which keeps the English Web Treebank's, themselves the Penn Treebank's (Silveira et al.
// 2014). Where the treebank is not consistent, Tokenize does what it does most often.
//
//   - Clitics are words of their own: "don't" is "do" "n't", "can't" "ca" "n't", "won't"
//     "wo" "n't", "I'm" "I" "'m", and likewise "'s" "'re" "'ve" "'ll" "'d", with any
//     apostrophe (', ’ or `). A possessive is split the same way ("Russia" "'s"), a plural
//     possessive's apostrophe too ("leaders" "'"), but not a number's plural ("60's").
//   - Fused forms are split: "cannot" "can" "not", "gonna" "gon" "na", "wanna" "wan" "na",
//     "gotta" "got" "ta", and contractions written without their apostrophe, "dont" "do" "nt",
//     "im" "i" "m"; "its" and "your" when the next word shows they stand for "it's" and
//     "you're" ("its a": "it" "s" "a", but "its own").
//   - Punctuation is split off: quotes, brackets, commas, colons, semicolons, dashes. A run of
//     sentence-final marks ("...", "?!", "!!!") or of one repeated mark ("--", "***", ">>") is
//     one token.
//   - A hyphen is a word of its own ("Al" "-" "Zaman", "well" "-" "known") except after a
//     prefix such as "anti", "co", "e", "non", "pre", "re" ("non-violent", "e-mail"), and in
//     phone numbers, zip codes and dates ("713-853-3989", "11-20-2000").
//   - Abbreviations keep their period ("Mr.", "U.S.", "e.g.", "a.m.", "J."), except the last
//     word of the sentence, whose period is the sentence's: "in the U.S." ends "U.S" ".".
//   - Numbers are one token: "3.5", "1,000", "10:30", "11/21/2025"; currency signs, "%" and
//     units are not: "$" "5", "10" "%", "5" "pm", "$" "11.5" "M". Ordinals and decades stay
//     whole: "21st", "1970s".
//   - URLs, e-mail addresses, file names ("report.doc"), @handles, #hashtags and emoticons
//     (":)", ";-)", "^_^") are one token each.
//
// Tokens come in the order of the text, do not overlap, and cover every byte of text except
// whitespace (unicode.IsSpace); each has Form == text[Start:End]. Text in any script is split
// at whitespace and at punctuation only, so a run of letters without spaces (Chinese,
// Japanese) is one token. Invalid UTF-8 never panics: each invalid byte is a one-byte token.
//
// On UD English EWT 2.16, the words of 97.1% of the dev sentences and 97.2% of the test
// sentences come out exactly as annotated; most of the others are typos that the annotators
// read as what was meant ("my cats name" is "cat" "s" "name").
//
// Tokenize is a hand-written scanner: it looks a bounded distance around each character and
// reads each byte a bounded number of times, so it takes O(len(text)) time.
func Tokenize(text string) []Token {
	// English has a word for every five bytes or so: one allocation is enough for most
	// sentences.
	tz := tokenizer{text: text, toks: make([]Token, 0, min(len(text)/3+1, maxInitialTokens))}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		j := i + w
		for j < len(text) {
			r, w := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += w
		}
		tz.chunk(i, j)
		i = j
	}
	tz.finalPeriod()
	return tz.toks
}

// A tokenizer splits one text; its methods take byte offsets into text.
type tokenizer struct {
	text string
	toks []Token
}

// noRune is what tokenizer.at returns past the end: no rune at all.
const noRune = -1

// at returns the rune at i and its width, or noRune and 0 when i is not before end.
func (tz *tokenizer) at(i, end int) (rune, int) {
	if i >= end {
		return noRune, 0
	}
	if c := tz.text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(tz.text[i:end])
}

// before returns the rune that ends at i, or noRune at start.
func (tz *tokenizer) before(i, start int) rune {
	if i <= start {
		return noRune
	}
	r, _ := utf8.DecodeLastRuneInString(tz.text[start:i])
	return r
}

// emit appends the token text[start:end], after splitting the token before it if this one
// shows that it is a contraction written without its apostrophe.
func (tz *tokenizer) emit(start, end int) {
	next := tz.text[start:end]
	switch n := len(tz.toks); {
	case n >= 1 && standsForContraction(tz.toks[n-1].Form, next):
		tz.splitUnmarked(n - 1)
	case n >= 2 && next == "of" && (tz.toks[n-1].Form == "kind" || tz.toks[n-1].Form == "sort") &&
		unmarkedCut(tz.toks[n-2].Form) == 2:
		tz.splitUnmarked(n - 2) // "its kind of"
	}
	tz.toks = append(tz.toks, Token{Form: next, Start: start, End: end})
}

// unmarkedCut returns where w splits if it is "its" or "your" standing for "it's" or
// "you're", or 0.
func unmarkedCut(w string) int {
	switch w {
	case "its", "Its":
		return 2
	case "your", "Your":
		return 3
	}
	return 0
}

// standsForContraction reports whether w is "its" or "your" standing for "it's" or "you're", as the word
// after it, next, shows: "its a" is "it" "s" "a", "its own" stays; "your not" is "you" "r"
// "not".
func standsForContraction(w, next string) bool {
	cut := unmarkedCut(w)
	if cut == 0 || len(next) > maxUnmarkedNextLen {
		return false
	}
	next = strings.ToLower(next)
	return afterUnmarked[next] || cut == 2 && next == "all"
}

// splitUnmarked splits the token at k, "its" or "your", into "it" "s" or "you" "r".
func (tz *tokenizer) splitUnmarked(k int) {
	t := tz.toks[k]
	cut := unmarkedCut(t.Form)
	tz.toks[k] = Token{Form: t.Form[:cut], Start: t.Start, End: t.Start + cut}
	tz.toks = slices.Insert(tz.toks, k+1, Token{Form: t.Form[cut:], Start: t.Start + cut, End: t.End})
}

// chunk splits text[cs:ce], a run of characters between spaces.
func (tz *tokenizer) chunk(cs, ce int) {
	a, b := tz.core(cs, ce)
	whole := a < b && tz.wholeCore(a, b)
	for p := cs; p < ce; {
		if whole && p == a {
			tz.emit(a, b)
			p = b
			continue
		}
		limit := ce
		if whole && p < a {
			limit = a
		}
		end, word := tz.next(p, cs, limit)
		if word {
			tz.emitWord(p, end)
		} else {
			tz.emit(p, end)
		}
		p = end
	}
}

// core returns the span of text[cs:ce] from its first word character, or the "@" before it,
// to its last: the chunk without the punctuation around it.
func (tz *tokenizer) core(cs, ce int) (a, b int) {
	a = cs
	for a < ce {
		r, w := tz.at(a, ce)
		if isWordRune(r) {
			break
		}
		a += w
	}
	if a > cs && a < ce && tz.text[a-1] == '@' {
		a-- // "@example.com"
	}
	b = ce
	for b > a {
		r, w := utf8.DecodeLastRuneInString(tz.text[a:b])
		if isWordRune(r) {
			break
		}
		b -= w
	}
	return a, b
}

// wholeCore reports whether text[a:b] is an e-mail address, a file or domain name or a
// newsgroup, one token whatever hyphens or underscores it has: "Danny_Jones@eott.com",
// "02-05-02.doc", "Get-A-Free-House.com", "misc.consumers.frugal-living".
func (tz *tokenizer) wholeCore(a, b int) bool {
	s := tz.text[a:b]
	at, dot := -1, -1
	// A newsgroup's name is words in lower case between single periods.
	dots, letters, longest, group := 0, 0, 0, true
	for i, r := range s {
		switch {
		case isWordRune(r):
			group = group && !unicode.IsUpper(r)
			letters++
			longest = max(longest, letters)
		case r == '@':
			if at >= 0 {
				return false
			}
			at = i
		case r == '.':
			group = group && letters > 0
			dot = i
			dots++
			letters = 0
		case strings.ContainsRune("-_#~%&+=", r):
		default:
			return false
		}
	}
	if at >= 2 {
		r, _ := utf8.DecodeRuneInString(s[at+1:])
		return isWordRune(r)
	}
	if at < 0 && dots >= 2 && longest >= 3 && group {
		return true // a newsgroup: "misc.consumers.frugal-living"
	}
	if dot <= 0 || !isWordRune(tz.before(a+dot, a)) {
		return false
	}
	return isFileExtension(s[dot+1:])
}

// isFileExtension reports whether ext is one of fileExtensions, in any case.
func isFileExtension(ext string) bool {
	return len(ext) <= maxFileExtensionLen && fileExtensions[strings.ToLower(ext)]
}

// next returns the end of the token that starts at p in the chunk text[cs:ce], and whether it
// is a word that may hold clitics.
func (tz *tokenizer) next(p, cs, ce int) (end int, word bool) {
	r, w := tz.at(p, ce)
	if n := tz.url(p, ce); n > p {
		return n, false
	}
	if n := tz.emoticon(p, cs, ce); n > p {
		return n, false
	}
	switch {
	case r == '\'' || r == '’' || r == '`':
		if n := tz.apostropheWord(p, cs, ce); n > p {
			return n, false
		}
	case r == '#' || r == '@':
		if n := tz.handle(p, cs, ce); n > p {
			return n, false
		}
	case r == '.':
		if r, _ := tz.at(p+w, ce); isASCIIDigit(r) {
			return tz.scanWord(p+w, ce), false // ".04"
		}
		if e := tz.scanWord(p+w, ce); e > p+w && isFileExtension(tz.text[p+w:e]) {
			return e, false // "report .doc"
		}
	case r == '+':
		if r, _ := tz.at(p+w, ce); isASCIIDigit(r) && p == cs {
			return tz.scanWord(p+w, ce), false // "+44"
		}
	case isWordRune(r):
		return tz.scanWord(p, ce), true
	}
	return tz.punct(p, ce), false
}

// url returns the end of the URL at p, or p if there is none. A URL starts with a scheme or
// "www." and runs to the end of the chunk, less the punctuation after it: a closing bracket
// ends it only if it has no opening one in the URL.
func (tz *tokenizer) url(p, ce int) int {
	s := tz.text[p:ce]
	if len(s) < 4 || strings.IndexByte("hHfFwWmM", s[0]) < 0 {
		return p
	}
	found := false
	for _, prefix := range urlPrefixes {
		if len(s) > len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
			found = true
			break
		}
	}
	if !found {
		return p
	}
	if i := strings.IndexAny(s, "<>\"“”"); i >= 0 {
		s = s[:i]
	}
	open, closed := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			open++
		case ')':
			closed++
		}
	}
	for len(s) > 0 {
		r, w := utf8.DecodeLastRuneInString(s)
		if r == ')' && closed > open {
			closed--
		} else if r == ')' || !strings.ContainsRune(".,;:!?'\"]}’”", r) {
			break
		}
		s = s[:len(s)-w]
	}
	return p + len(s)
}

// emoticon returns the end of the emoticon at p, or p if there is none. One with a letter
// (":D", ":P") must stand apart from letters on either side.
func (tz *tokenizer) emoticon(p, cs, ce int) int {
	s := tz.text[p:ce]
	if len(s) < 2 || !strings.ContainsRune(":;=(^-xX>", rune(s[0])) {
		return p
	}
	for _, e := range emoticons {
		if !strings.HasPrefix(s, e) {
			continue
		}
		end := p + len(e)
		if r, _ := tz.at(end, ce); isWordRune(r) {
			continue
		}
		if strings.IndexFunc(e, unicode.IsLetter) >= 0 && isWordRune(tz.before(p, cs)) {
			continue
		}
		return end
	}
	return p
}

// apostropheWord returns the end of a word that begins with an apostrophe ("'em", "'07",
// "'90s", or a clitic that stands alone: "it 's", "Inc.'s"), or p if there is none.
func (tz *tokenizer) apostropheWord(p, cs, ce int) int {
	apostrophe, w := tz.at(p, ce)
	q := p + w
	e := q
	for {
		r, w := tz.at(e, ce)
		if !isLetter(r) {
			break
		}
		e += w
	}
	if e == q {
		if isWordRune(tz.before(p, cs)) {
			return p // "5'10"
		}
		for e < ce && isASCIIDigit(rune(tz.text[e])) {
			e++
		}
		if e-q != 2 {
			return p
		}
		if e < ce && tz.text[e] == 's' {
			e++
		}
	} else if r, w := tz.at(e, ce); e-q == 1 && (tz.text[q] == 'n' || tz.text[q] == 'N') && r == apostrophe {
		return e + w // "'n'" of "rock 'n' roll"
	} else {
		if e-q > maxApostropheWordLen {
			return p
		}
		lower := strings.ToLower(tz.text[q:e])
		if !(leadingApostropheWords[lower] && tz.text[p] != '`') && !(clitics[lower] && tz.cliticMayStart(p, cs)) {
			return p
		}
	}
	if r, _ := tz.at(e, ce); isWordRune(r) || r == '\'' || r == '’' {
		return p
	}
	return e
}

// cliticMayStart reports whether a clitic may start at p in a chunk that starts at cs: at
// the start of the chunk ("it 's") or after an abbreviation's period or a bracket
// ("Inc.'s").
func (tz *tokenizer) cliticMayStart(p, cs int) bool {
	switch tz.before(p, cs) {
	case noRune, '.', ')', ']':
		return true
	}
	return false
}

// handle returns the end of the @handle or #hashtag at p, or p if there is none. A handle
// may have periods and hyphens inside, a hashtag underscores.
func (tz *tokenizer) handle(p, cs, ce int) int {
	if isWordRune(tz.before(p, cs)) {
		return p
	}
	e := p + 1
	if r, _ := tz.at(e, ce); !isLetter(r) && (tz.text[p] == '#' || r != '_') {
		return p
	}
	if tz.text[p] == '@' {
		return tz.domainEnd(e, ce) // "@jack", "@example.com"
	}
	for {
		r, w := tz.at(e, ce)
		if !isWordRune(r) && r != '_' {
			return e
		}
		e += w
	}
}

// punct returns the end of the punctuation token at p: a run of sentence-final marks, a run
// of one repeated mark, or one character with the marks that combine with it (an emoji and
// its skin tone or variation selector, a flag's two letters).
func (tz *tokenizer) punct(p, ce int) int {
	r, w := tz.at(p, ce)
	end := p + w
	switch {
	case r == '.' || r == '…':
		// Dots, with one "?" or "!" after a single one (".?"); "...?" is two tokens.
		end = tz.run(p, ce, '.', '…')
		if end-p == 1 {
			end = tz.run(end, ce, '!', '?')
		}
	case r == '!' || r == '?':
		// Marks, with a single dot after them ("?!.") but not an ellipsis ("!!" "..").
		end = tz.run(p, ce, '!', '?')
		if dots := tz.run(end, ce, '.', '.'); dots == end+1 {
			end = dots
		}
	case isQuote(r):
		// A doubled quote mark is one token: "''", "‘’", "``".
		if r2, w2 := tz.at(end, ce); isQuote(r2) && r2 != '"' && r != '"' {
			end += w2
		}
	case r == '-' || r == '=':
		// Rules and arrows: "----==", "->", "==>".
		end = tz.run(p, ce, '-', '=')
		if end < ce && tz.text[end] == '>' {
			end++
		}
	case r == '<' && (strings.HasPrefix(tz.text[end:ce], "-") || strings.HasPrefix(tz.text[end:ce], "=")):
		r2, _ := tz.at(end, ce)
		end = tz.run(end, ce, r2, r2) // "<-", "<=="
	case strings.ContainsRune(repeatable, r):
		for {
			r2, w2 := tz.at(end, ce)
			if r2 != r {
				break
			}
			end += w2
		}
	case r == utf8.RuneError && w == 1:
		// An invalid byte is a token of its own.
	default:
		if isRegionalIndicator(r) {
			if r2, w2 := tz.at(end, ce); isRegionalIndicator(r2) {
				return end + w2
			}
		}
		for {
			r2, w2 := tz.at(end, ce)
			switch {
			case unicode.IsMark(r2) || isSkinTone(r2):
				end += w2
				continue
			case r2 == '\u200d': // zero-width joiner: an emoji sequence goes on
				if r3, w3 := tz.at(end+w2, ce); unicode.IsSymbol(r3) {
					end += w2 + w3
					continue
				}
			}
			return end
		}
	}
	return end
}

// run returns the end of the run of runes a or b at p.
func (tz *tokenizer) run(p, ce int, a, b rune) int {
	for {
		r, w := tz.at(p, ce)
		if r != a && r != b {
			return p
		}
		p += w
	}
}

// scanWord returns the end of the word that starts at p, a run of letters and digits joined
// by the characters that EWT keeps inside words. Each decision at a joining character looks
// a bounded distance around it, so a word takes time linear in its length.
func (tz *tokenizer) scanWord(p, ce int) int {
	text := tz.text
	seg := p
	q, numeric := tz.segmentEnd(p, ce, true)
	// dotted: the word so far is letters with periods between, none longer than three
	// ("U.S", "e.g", "a.k.a", "Ph.D"): an abbreviation if a period follows.
	dotted := shortLetters(text[p:q])
	for q < ce {
		c, cw := tz.at(q, ce)
		after := q + cw
		r, _ := tz.at(after, ce)
		first := seg == p
		join := false
		switch c {
		case '\'', '’':
			if isLetter(r) {
				join = true
			} else if !isWordRune(r) && first && droppedG(text[p:q]) {
				return after // "lovin'"
			}
		case '`':
			join = tz.backtickClitic(q, ce) // "don`t", "driver`s"
		case '.':
			switch {
			case strings.HasPrefix(text[q:ce], "...@") && isWordRune(tz.before(q, p)):
				if r, _ := tz.at(q+4, ce); isWordRune(r) {
					return tz.domainEnd(q+4, ce) // "julie...@bellsouth.net"
				}
			case numeric && isASCIIDigit(r):
				join = true
			case numeric:
			case isLetter(r) && first && isAbbreviation(text[p:q]):
				return after // "Mr.Smith"
			case tz.capitalized(after, ce) && (first && isUpperInitial(text[p:q]) || !first && dotted):
				return after // "S.Korea", "P.O.Box"
			case isWordRune(r):
				join = !(first && tz.sentenceBreak(p, q, after, ce))
			case tz.ellipsis(q, ce):
			case isAbbreviation(text[p:q]) || first && isInitial(text[p:q]) || !first && dotted:
				return after
			}
		case ',':
			join = numeric && tz.thousands(after, ce)
		case ':':
			join = numeric && isASCIIDigit(r) && q-seg <= 2
		case '-', '/':
			if numeric && isASCIIDigit(r) {
				if end, last := tz.numberChain(seg, ce); end > q {
					q, seg = end, last
					dotted = false
					continue
				}
			} else if numeric && first && c == '-' {
				if end := tz.monthDate(q, ce); q-p <= 2 && end > q {
					return end
				}
			} else if c == '-' {
				join = first && isHyphenPrefix(text[p:q], text[after:min(after+4, ce)])
			} else if end := tz.letterSlash(p, q, after, ce); end > q {
				return end
			}
		case '&':
			join = q-seg <= 3 && isLetter(r) && lettersOnly(text[seg:q]) && tz.shortWordAt(after, ce)
		case '_':
			join = isWordRune(r)
		case '*':
			join = isLetter(r) && isLetter(tz.before(q, seg))
		case '@':
			if isWordRune(r) && q-p >= 2 {
				return tz.domainEnd(after, ce)
			}
		case '!':
			if text[p:q] == "Yahoo" {
				return after
			}
		case '$':
			if first && q-p <= 3 && allUpperASCII(text[p:q]) {
				return after // "US$", "HK$"
			}
		}
		if !join {
			return q
		}
		seg = after
		var digits bool
		q, digits = tz.segmentEnd(after, ce, numeric)
		numeric = numeric && digits
		dotted = dotted && c == '.' && shortLetters(text[seg:q])
	}
	return q
}

// backtickClitic reports whether the backtick at q is an apostrophe: a clitic follows it
// and ends the word.
func (tz *tokenizer) backtickClitic(q, ce int) bool {
	e := q + 1
	for e < ce && e-q <= 3 && isASCIILetter(tz.text[e]) {
		e++
	}
	if r, _ := tz.at(e, ce); isWordRune(r) {
		return false
	}
	after := tz.text[q+1 : e]
	return isClitic(after) || (after == "t" || after == "T") && (tz.text[q-1] == 'n' || tz.text[q-1] == 'N')
}

// segmentEnd returns the end of the run of letters and digits at s and whether it is all
// ASCII digits. In a number, a unit after the digits is a word of its own: "5pm", "11.5M".
func (tz *tokenizer) segmentEnd(s, ce int, number bool) (end int, digits bool) {
	i, digits := s, true
	for i < ce {
		r, w := tz.at(i, ce)
		if !isWordRune(r) {
			break
		}
		if digits && !isASCIIDigit(r) {
			if number && i > s && tz.unit(i, ce) {
				return i, true
			}
			digits = false
		}
		i += w
	}
	return i, digits && i > s
}

// unit reports whether a unit of measure, money or time starts at i: a run of letters that
// is one of unitWords and ends the word, the "a" and "p" of "a.m." and "p.m.", or a word of
// three letters or more in one case ("3days", "300USD"; ordinals and decades have fewer:
// "21st", "1970s").
func (tz *tokenizer) unit(i, ce int) bool {
	e := i
	for e < ce && e-i <= maxUnitLen && isASCIILetter(tz.text[e]) {
		e++
	}
	u := tz.text[i:e]
	if len(u) >= 3 && (u == strings.ToLower(u) || u == strings.ToUpper(u)) {
		return true // "3days", "420MMBTU"
	}
	if (u == "a" || u == "p" || u == "A" || u == "P") && e+1 < ce && tz.text[e] == '.' &&
		(tz.text[e+1] == 'm' || tz.text[e+1] == 'M') {
		return true
	}
	if r, _ := tz.at(e, ce); isWordRune(r) {
		return false
	}
	return unitWords[u] || unitWords[strings.ToLower(u)] && u != "T"
}

// capitalized reports whether a capitalised word starts at i: an upper-case letter, then a
// lower-case one.
func (tz *tokenizer) capitalized(i, ce int) bool {
	r, n := tz.at(i, ce)
	r2, _ := tz.at(i+n, ce)
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}

// sentenceBreak reports whether the period at q, after the first segment of the word that
// starts at p, is a missing space between sentences ("Sushi.They") rather than part of a name
// ("Compaq.com", "U.S"): the word before it is in lower case, the one after it capitalised.
func (tz *tokenizer) sentenceBreak(p, q, after, ce int) bool {
	w := tz.text[p:q]
	return utf8.RuneCountInString(w) >= 2 && strings.IndexFunc(w, unicode.IsLower) >= 0 &&
		lettersOnly(w) && tz.capitalized(after, ce)
}

// ellipsis reports whether the period at q is the first of three or more.
func (tz *tokenizer) ellipsis(q, ce int) bool {
	return q+2 < ce && tz.text[q+1] == '.' && tz.text[q+2] == '.'
}

// thousands reports whether a group of three digits starts at i and ends the number: the
// "000" of "1,000".
func (tz *tokenizer) thousands(i, ce int) bool {
	e := i
	for e < ce && e-i <= 3 && isASCIIDigit(rune(tz.text[e])) {
		e++
	}
	return e-i == 3
}

// numberChain reads up to four groups of digits joined by "-" or "/" from s and, if they
// make a phone number, a zip code or a date, returns the end of the chain and the start of its
// last group; else end is s. Ranges and fractions are not joined: "5-10", "1969-1970",
// "1/2".
func (tz *tokenizer) numberChain(s, ce int) (end, last int) {
	var (
		lens   [4]int
		starts [4]int
		seps   [3]byte
		n      int
	)
	for i := s; n < len(lens); {
		j := i
		for j < ce && isASCIIDigit(rune(tz.text[j])) {
			j++
		}
		if j == i {
			break
		}
		starts[n], lens[n] = i, j-i
		n++
		if n == len(lens) || j+1 >= ce || tz.text[j] != '-' && tz.text[j] != '/' || !isASCIIDigit(rune(tz.text[j+1])) {
			break
		}
		seps[n-1] = tz.text[j]
		i = j + 1
	}
	join := false
	switch {
	case n < 2:
	case allBytes(seps[:n-1], '-'):
		if n == 2 {
			join = lens[1] == 4 && lens[0] != 4 && lens[0] <= 5 // "345-9945", "94720-1900"
		} else {
			join = slices.Max(lens[:n]) >= 2 // "713-853-3989", "11-20-2000", not "1-7-0-1"
		}
	case allBytes(seps[:n-1], '/'):
		switch n {
		case 2: // "9/11", "3/03": a month and a day or year
			month := atoiSmall(tz.text[starts[0] : starts[0]+lens[0]])
			join = lens[0] <= 2 && month >= 1 && month <= 12 && lens[1] == 2
		case 3:
			join = true // "11/21/2025"
		}
	default:
		join = n == 3 && seps[0] == '/' && seps[1] == '-' && lens[0] == 3 && lens[1] == 3 && lens[2] == 4 // "713/853-6197"
	}
	if !join {
		return s, s
	}
	return starts[n-1] + lens[n-1], starts[n-1]
}

// monthDate returns the end of the rest of a date such as "01-Feb-02" whose first hyphen is
// at q, or q: a month's first three letters, a hyphen, and two or four digits.
func (tz *tokenizer) monthDate(q, ce int) int {
	i := q + 1
	if i+4 > ce || !monthPrefixes[strings.ToLower(tz.text[i:i+3])] || tz.text[i+3] != '-' {
		return q
	}
	e := i + 4
	for e < ce && e-i <= 8 && isASCIIDigit(rune(tz.text[e])) {
		e++
	}
	if n := e - (i + 4); n != 2 && n != 4 {
		return q
	}
	if r, _ := tz.at(e, ce); isWordRune(r) {
		return q
	}
	return e
}

// letterSlash returns the end of a word whose slash at q is part of it, or q: two single
// letters ("l/c", "A/C") and "w/o" and "w/out" are one word; "w/" before another word is one
// ("w/" "investors").
func (tz *tokenizer) letterSlash(p, q, after, ce int) int {
	w := tz.text[p:q]
	if r, n := utf8.DecodeRuneInString(w); n != len(w) || !isLetter(r) {
		return q
	}
	e := after
	for {
		r, n := tz.at(e, ce)
		if !isLetter(r) {
			if isWordRune(r) {
				return q
			}
			break
		}
		e += n
	}
	switch next := tz.text[after:e]; {
	case w != "w" && w != "W":
		if utf8.RuneCountInString(next) == 1 {
			return e
		}
	case next == "o" || next == "out":
		return e
	case next != "":
		return after
	}
	return q
}

// shortWordAt reports whether one to three letters start at i and end the word: the "T" of
// "AT&T".
func (tz *tokenizer) shortWordAt(i, ce int) bool {
	e := i
	for e < ce && e-i <= 3 && isASCIILetter(tz.text[e]) {
		e++
	}
	r, _ := tz.at(e, ce)
	return e > i && e-i <= 3 && !isWordRune(r)
}

// domainEnd returns the end of the domain of an e-mail address that starts at i.
func (tz *tokenizer) domainEnd(i, ce int) int {
	end := i
	for end < ce {
		r, w := tz.at(end, ce)
		if isWordRune(r) {
			end += w
			continue
		}
		if r2, _ := tz.at(end+w, ce); (r == '.' || r == '-' || r == '_') && isWordRune(r2) {
			end += w
			continue
		}
		break
	}
	return end
}

// emitWord emits the word text[p:end], split into its clitics.
func (tz *tokenizer) emitWord(p, end int) {
	w := tz.text[p:end]
	if cuts := fusedCuts(w); cuts != nil {
		start := p
		for _, c := range cuts {
			tz.emit(start, p+c)
			start = p + c
		}
		tz.emit(start, end)
		return
	}
	var cuts [2]int
	n := 0
	for n < len(cuts) {
		cut, more := cliticCut(w)
		if cut <= 0 {
			break
		}
		cuts[n] = p + cut
		n++
		if !more {
			break
		}
		w = w[:cut]
	}
	start := p
	for i := n - 1; i >= 0; i-- {
		tz.emit(start, cuts[i])
		start = cuts[i]
	}
	tz.emit(start, end)
}

// fusedCuts returns where the fused form w splits ("gonna" at 3), or nil if it is not one. A
// fused form is matched in lower case, capitalised ("Gonna") or, if it is long enough not to
// be an acronym, in capitals ("DONT", but not "IM").
func fusedCuts(w string) []int {
	var buf [16]byte
	if len(w) < 2 || len(w) > maxFusedLen || len(w) > len(buf) {
		return nil
	}
	upper := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			upper++
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if upper > 1 && (upper < len(w) || len(w) < 4) || upper == 1 && w[0] > 'Z' {
		return nil
	}
	return fused[string(buf[:len(w)])]
}

// cliticCut returns where the last clitic of w starts, or 0 if it has none, and whether the
// part before it may have a clitic too ("shouldn't've").
func cliticCut(w string) (cut int, more bool) {
	for _, suffix := range []string{"n't", "n’t", "n`t"} {
		if len(w) > len(suffix) && strings.EqualFold(w[len(w)-len(suffix):], suffix) {
			cut = len(w) - len(suffix)
			if isLetter(lastRuneOf(w[:cut])) {
				return cut, false
			}
		}
	}
	// The clitic is at most two letters after an apostrophe (1 or 3 bytes, or a backtick).
	for a := len(w) - 2; a >= max(1, len(w)-5); a-- {
		switch {
		case w[a] == '\'' || w[a] == '`':
			if isClitic(w[a+1:]) && isLetter(lastRuneOf(w[:a])) {
				return a, true
			}
		case strings.HasPrefix(w[a:], "’"):
			if isClitic(w[a+len("’"):]) && isLetter(lastRuneOf(w[:a])) {
				return a, true
			}
		}
	}
	return 0, false
}

// finalPeriod splits the period off the sentence's last word, before any closing quotes
// or brackets: it ends the sentence, as in EWT ("in the U.S." is "U.S" ".").
func (tz *tokenizer) finalPeriod() {
	k := len(tz.toks) - 1
	for k >= 0 && isCloser(tz.toks[k].Form) {
		k--
	}
	if k < 0 {
		return
	}
	t := tz.toks[k]
	if len(t.Form) < 2 || t.Form[len(t.Form)-1] != '.' || !isWordRune(lastRuneOf(t.Form[:len(t.Form)-1])) {
		return
	}
	tz.toks = append(tz.toks, Token{})
	copy(tz.toks[k+2:], tz.toks[k+1:])
	tz.toks[k] = Token{Form: tz.text[t.Start : t.End-1], Start: t.Start, End: t.End - 1}
	tz.toks[k+1] = Token{Form: tz.text[t.End-1 : t.End], Start: t.End - 1, End: t.End}
}

// isClitic reports whether s, in any case, is a clitic after its apostrophe: "s", "ll".
func isClitic(s string) bool {
	return len(s) <= 2 && clitics[strings.ToLower(s)]
}

// isWordRune reports whether r is part of words: a letter, a digit or other number, a
// combining mark, or a zero-width joiner or non-joiner (which Indic and Arabic words use).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || r == '\u200c' || r == '\u200d'
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// isCloser reports whether the token t may follow the sentence's final period.
func isCloser(t string) bool {
	switch t {
	case ")", "]", "}", "\"", "'", "''", "”", "’", "»":
		return true
	}
	return false
}

// isQuote reports whether r is a quote mark that may come doubled.
func isQuote(r rune) bool {
	switch r {
	case '\'', '`', '"', '‘', '’', '“', '”':
		return true
	}
	return false
}

func isRegionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

func isSkinTone(r rune) bool { return r >= 0x1f3fb && r <= 0x1f3ff }

func lettersOnly(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !isLetter(r) }) < 0
}

func allUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func allBytes(s []byte, c byte) bool {
	for _, b := range s {
		if b != c {
			return false
		}
	}
	return true
}

// atoiSmall returns the value of a string of at most a few ASCII digits.
func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func lastRuneOf(s string) rune {
	if s == "" {
		return noRune
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isInitial reports whether w is a single letter.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && isLetter(r)
}

// isUpperInitial reports whether w is a single upper-case letter.
func isUpperInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// shortLetters reports whether w is one to three letters.
func shortLetters(w string) bool {
	return w != "" && len(w) <= 3*utf8.UTFMax && utf8.RuneCountInString(w) <= 3 && lettersOnly(w)
}

// droppedG reports whether w is a lower-case word ending in "in", whose apostrophe after
// stands for a dropped g ("lovin'") rather than a plural possessive ("leaders'").
func droppedG(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "in") && w == strings.ToLower(w) && lettersOnly(w)
}

// isAbbreviation reports whether w is one of abbreviations, as written there or in
// capitals ("LTD").
func isAbbreviation(w string) bool {
	if len(w) > maxAbbreviationLen {
		return false
	}
	if abbreviations[w] {
		return true
	}
	if len(w) < 2 || w != strings.ToUpper(w) {
		return false
	}
	return abbreviations[w[:1]+strings.ToLower(w[1:])] || abbreviations[strings.ToLower(w)]
}

// isHyphenPrefix reports whether w is a prefix that EWT keeps joined to the word after its
// hyphen, which starts with next: "non-violent", "mid-2003", "e-mail", "E-Mail" (but "E-J"
// is split).
func isHyphenPrefix(w, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if !isWordRune(r) || len(w) > maxPrefixLen {
		return false
	}
	lower := strings.ToLower(w)
	if lower == "e" {
		return unicode.IsLower(r) || strings.EqualFold(next, "mail")
	}
	return hyphenPrefixes[lower]
}

var (
	urlPrefixes = []string{"http://", "https://", "ftp://", "file://", "www.", "mailto:"}

	// emoticons, longest first where one is the start of another.
	emoticons = []string{
		">:(", ">:)", ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ";-)", ":'(", ":')",
		":)", ":(", ":D", ":P", ":p", ":O", ":/", ":]", ":|", ";)", ";D", ";P", ";p",
		"=)", "=(", "=D", "(:", "^_^", "^^", "-_-", "xD", "XD",
	}

	// repeatable are the marks of which a run is one token: "--", "***", ">>", "$$$".
	repeatable = "-*_=+~<>#^|/\\$—–•"

	// clitics are the endings split off after an apostrophe.
	clitics = wordSet("s", "m", "d", "re", "ve", "ll")

	// leadingApostropheWords are the words, less their apostrophe, that begin with one.
	leadingApostropheWords = wordSet("em", "n", "cause", "til", "tis", "twas", "bout")

	// fused maps the fused forms that EWT splits, in lower case, to where it splits them.
	fused = cutsOf(
		"can not", "gon na", "wan na", "got ta", "out ta", "gim me", "lem me", "du n no",
		"do nt", "did nt", "does nt", "ca nt", "wo nt", "could nt", "would nt", "should nt",
		"is nt", "are nt", "ai nt", "was nt", "were nt", "have nt", "has nt", "had nt",
		"i m", "i ve", "you re", "they re", "that s", "what s", "he s", "let s", "there s",
		"where s", "here s", "i 'm a", "i ’m a",
		"a lot", "at least", "a while", "last night", "in fact", "after all", "thank you",
	)

	// afterUnmarked are words that follow "it's" and "you're" but not "its" and "your":
	// articles and possessives, negation, adverbs, prepositions (see standsForContraction).
	afterUnmarked = wordSet(
		"a", "an", "the", "that", "my", "your", "our", "his", "their",
		"not", "no", "nothing", "anyone",
		"so", "very", "really", "simply", "definitely", "probably", "prolly", "actually",
		"pretty", "quite", "just", "also", "only", "still", "now", "always", "never", "too",
		"super", "like", "about", "in", "on", "at", "for", "from", "between", "because",
		"been", "being", "getting", "going", "gonna", "gon", "called", "ok", "okay", "welcome",
	)

	// hyphenPrefixes are the prefixes that keep their hyphen (see isHyphenPrefix), from the
	// words of EWT's training set.
	hyphenPrefixes = wordSet(
		"anti", "co", "counter", "cross", "ex", "intra", "micro", "mid", "mis", "multi", "neo",
		"non", "over", "post", "pre", "pro", "psycho", "re", "semi", "socio", "sub", "un",
	)

	// abbreviations keep their period wherever they are, as written here or in capitals
	// ("LTD."): "No." but not "no.". Initials and dotted letters ("U.S.") need no entry.
	abbreviations = wordSet(
		// titles
		"Mr", "Mrs", "Ms", "Dr", "Drs", "Prof", "Rev", "Hon", "Sr", "Jr", "St", "Messrs", "Gen",
		"Lt", "Col", "Capt", "Sgt", "Maj", "Cmdr", "Adm", "Gov", "Sen", "Rep", "Reps", "Pres",
		"Supt",
		// months and days
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		// companies and places
		"Inc", "Co", "Corp", "Ltd", "Pvt", "Bros", "Assn", "Dept", "Univ", "co", "inc", "corp",
		"ltd", "dept", "Ave", "Blvd", "Rd", "Ft", "Mt", "Hwy", "Ste", "Apt", "Sts", "st",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
		"La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
		"Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ont", "Que", "Sask", "Alta",
		"Nfld",
		// references and measures
		"No", "Nos", "Vol", "vol", "Vols", "pp", "Fig", "fig", "Sec", "sec", "Para", "Ch", "ch",
		"PS", "Ph", "Tel", "tel", "Ext", "ext", "Mob", "Attn", "Conf", "Spec", "Esp", "esp",
		"approx", "est", "min", "mins", "hr", "hrs", "yr", "yrs", "mo", "mos", "wk", "wks",
		"lb", "lbs", "oz", "sq", "ft", "info", "rec", "pop", "Arrv", "arrv", "Ass't",
		// Latin
		"etc", "ect", "vs", "Vs", "eg", "ie", "cf", "al", "et", "viz",
	)

	// fileExtensions and top-level domains make a word a file or domain name.
	fileExtensions = wordSet(
		"com", "org", "net", "gov", "edu", "mil", "biz", "info",
		"doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "txt", "rtf", "csv", "xml", "htm",
		"html", "jpg", "jpeg", "gif", "png", "tif", "bmp", "zip", "mp3", "mp4", "wav", "avi",
		"mov", "exe", "url", "dat", "vcf", "ics", "msg",
	)

	// monthPrefixes are the months' first three letters, as in "01-Feb-02".
	monthPrefixes = wordSet("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

	// unitWords split off a number: "5pm", "$10M", "35mm", "10k".
	unitWords = wordSet(
		"am", "pm", "k", "m", "mm", "b", "bn", "t", "kg", "cm", "km", "mi", "ft", "hh", "hz",
		"min", "mins", "hr", "hrs", "sec", "secs", "x", "watt", "f", "c", "p", "mph", "gb",
		"mb", "kb", "tb", "ml", "lb", "lbs", "oz", "sq", "yr", "yrs", "wk", "wks",
	)
)

// The longest entries of the tables above: longer words are not looked up.
var (
	maxUnitLen           = longestKey(unitWords)
	maxPrefixLen         = longestKey(hyphenPrefixes)
	maxFusedLen          = longestKey(fused)
	maxAbbreviationLen   = longestKey(abbreviations)
	maxUnmarkedNextLen   = longestKey(afterUnmarked)
	maxFileExtensionLen  = longestKey(fileExtensions)
	maxApostropheWordLen = longestKey(leadingApostropheWords)
)

// maxInitialTokens bounds the tokens Tokenize makes room for before it reads the text.
const maxInitialTokens = 1 << 12

// cutsOf maps each of forms, written with spaces where it splits, to the offsets of its
// splits: "gon na" is "gonna": [3].
func cutsOf(forms ...string) map[string][]int {
	m := make(map[string][]int, len(forms))
	for _, f := range forms {
		var cuts []int
		for i := strings.IndexByte(f, ' '); i >= 0; i = strings.IndexByte(f, ' ') {
			cuts = append(cuts, i)
			f = f[:i] + f[i+1:]
		}
		m[f] = cuts
	}
	return m
}

func longestKey[V any](m map[string]V) int {
	n := 0
	for k := range m {
		n = max(n, len(k))
	}
	return n
}

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
