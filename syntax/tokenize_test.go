package syntax

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var tokenizeDiffs = flag.Bool("tokenize.diffs", false,
	"TestTokenizeTreebank: log each sentence whose words differ from the treebank's")

// tokenizeCases are sentences written for these tests, each showing a convention of UD
// English EWT; want is the words, separated by spaces.
var tokenizeCases = []struct {
	name, text, want string
}{
	{"n't", "I don't know, she didn't say.", "I do n't know , she did n't say ."},
	{"ca n't wo n't", "We can't stay but they won't leave.", "We ca n't stay but they wo n't leave ."},
	{"cannot", "You cannot be serious", "You can not be serious"},
	{"clitics", "I'm sure she's right; they're late, we've seen it, you'll see, he'd know.",
		"I 'm sure she 's right ; they 're late , we 've seen it , you 'll see , he 'd know ."},
	{"typographic apostrophe", "It’s what they’d say; she isn’t here.",
		"It ’s what they ’d say ; she is n’t here ."},
	{"capitals", "DON'T STOP", "DO N'T STOP"},
	{"backtick apostrophe", "I don`t see the driver`s `car`", "I do n`t see the driver `s ` car `"},
	{"possessives", "Russia's army met the leaders' wives.", "Russia 's army met the leaders ' wives ."},
	{"possessive of a name with an apostrophe", "O'Brien's dog", "O'Brien 's dog"},
	{"plural of a number", "music of the 60's", "music of the 60's"},
	{"gonna wanna gotta", "I'm gonna go, wanna come? We gotta leave.",
		"I 'm gon na go , wan na come ? We got ta leave ."},
	{"no apostrophe", "i dont know why im tired", "i do nt know why i m tired"},
	{"its before an article", "its a shame about its size", "it s a shame about its size"},
	{"its kind of", "its kind of odd", "it s kind of odd"},
	{"your not", "your not alone in your house", "you r not alone in your house"},
	{"I'ma and alot", "I'ma need alot", "I 'm a need a lot"},
	{"dropped g", "we were talkin' about it", "we were talkin' about it"},
	{"leading apostrophe", "tell 'em about the summer of '69", "tell 'em about the summer of '69"},
	{"rock 'n' roll", "rock 'n' roll", "rock 'n' roll"},
	{"clitic after an abbreviation", "Apple Inc.'s shares", "Apple Inc. 's shares"},
	{"quotes and brackets", `He said "yes" (twice) [sic].`, `He said " yes " ( twice ) [ sic ] .`},
	{"curly quotes", "“Fine,” she said, ‘really’.", "“ Fine , ” she said , ‘ really ’ ."},
	{"colon semicolon", "Note: one; two.", "Note : one ; two ."},
	{"marks", "Really?! No way!!!", "Really ?! No way !!!"},
	{"ellipsis", "Wait... what?", "Wait ... what ?"},
	{"ellipsis and question", "So...?", "So ... ?"},
	{"double dash", "It was -- as usual -- late.", "It was -- as usual -- late ."},
	{"em dash", "It was—as usual—late.", "It was — as usual — late ."},
	{"hyphens", "The well-known Al-Qaeda leader", "The well - known Al - Qaeda leader"},
	{"prefixes", "a non-violent e-mail on pre-war co-workers", "a non-violent e-mail on pre-war co-workers"},
	{"hyphen after a capital E", "the E-J line", "the E - J line"},
	{"titles", "Mr. Smith met Dr. Jones and Mrs. Lee.", "Mr. Smith met Dr. Jones and Mrs. Lee ."},
	{"abbreviations", "In Jan. at 9 a.m. the U.S. team, e.g. ours, left.",
		"In Jan. at 9 a.m. the U.S. team , e.g. ours , left ."},
	{"initials", "J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it ."},
	{"final abbreviation", "She moved to the U.S.", "She moved to the U.S ."},
	{"final etc", "They sell pens, paper, etc.", "They sell pens , paper , etc ."},
	{"final p.m.", "It starts at 5 p.m.", "It starts at 5 p.m ."},
	{"final abbreviation in quotes", `"We left the U.S."`, `" We left the U.S . "`},
	{"abbreviation before ellipsis", "pens, paper, etc...", "pens , paper , etc ..."},
	{"no space after a sentence", "I ate there.They were nice", "I ate there . They were nice"},
	{"no space after an abbreviation", "Mr.Smith of S.Korea", "Mr. Smith of S. Korea"},
	{"money and percent", "It costs $5.50, or 3.5% of 1,000 euros.",
		"It costs $ 5.50 , or 3.5 % of 1,000 euros ."},
	{"times and dates", "Meet at 10:30 on 11/21/2025 or 2025-11-21.",
		"Meet at 10:30 on 11/21/2025 or 2025-11-21 ."},
	{"phone numbers", "Call 713-853-3989 or 1-800-555-0199.", "Call 713-853-3989 or 1-800-555-0199 ."},
	{"ranges", "Read pages 5-10 of the 1969-1970 report.", "Read pages 5 - 10 of the 1969 - 1970 report ."},
	{"units", "at 5pm for $10M", "at 5 pm for $ 10 M"},
	{"currency with a country", "US$4.2 billion", "US$ 4.2 billion"},
	{"words after numbers", "in 3days, 420MMBTU", "in 3 days , 420 MMBTU"},
	{"date with a month name", "due 01-Feb-02", "due 01-Feb-02"},
	{"ordinals and decades", "the 21st century after the 1970s", "the 21st century after the 1970s"},
	{"urls", "See http://example.com/a_b?c=d, or www.example.org.",
		"See http://example.com/a_b?c=d , or www.example.org ."},
	{"url in brackets", "(see https://en.wikipedia.org/wiki/Go_(game))",
		"( see https://en.wikipedia.org/wiki/Go_(game) )"},
	{"email", "Write to jane.doe@example.com.", "Write to jane.doe@example.com ."},
	{"shortened email", "From: <jane...@example.com>", "From : < jane...@example.com >"},
	{"domain", "@example.com and E-Mail: misc.consumers.frugal-living",
		"@example.com and E-Mail : misc.consumers.frugal-living"},
	{"file extension alone", "Notes 2024 .doc", "Notes 2024 .doc"},
	{"email in angle brackets", "Jane <jane-doe@example.co.uk>", "Jane < jane-doe@example.co.uk >"},
	{"handles and hashtags", "Thanks @jane_doe for the #GoLang tips", "Thanks @jane_doe for the #GoLang tips"},
	{"hash number", "Item #2 is here", "Item # 2 is here"},
	{"emoticons", "Great :) see you ;-) ^_^", "Great :) see you ;-) ^_^"},
	{"emoticon after a word", "thanks:)", "thanks :)"},
	{"file names", "Open budget-2024_v2.xlsx now", "Open budget-2024_v2.xlsx now"},
	{"with and without", "coffee w/o sugar, w/milk", "coffee w/o sugar , w/ milk"},
	{"and-or", "tea and/or coffee", "tea and / or coffee"},
	{"ampersand", "AT&T and P&G", "AT&T and P&G"},
	{"scripts", "Zürich und 東京 — naïve café Москва", "Zürich und 東京 — naïve café Москва"},
	{"whitespace", "a\u00a0b\u2003c\td\ne\r\nf\u3000g", "a b c d e f g"},
	{"emoji", "I ❤️ Go 👍🏽 🇫🇷", "I ❤️ Go 👍🏽 🇫🇷"},
	{"empty", "", ""},
	{"only spaces", " \t\n", ""},
}

func TestTokenize(t *testing.T) {
	for _, c := range tokenizeCases {
		t.Run(c.name, func(t *testing.T) {
			got := tokenForms(Tokenize(c.text))
			want := strings.Fields(c.want)
			if !slices.Equal(got, want) {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", c.text, got, want)
			}
		})
	}
}

// tokenizeOddInputs are texts a tokenizer may choke on.
var tokenizeOddInputs = []string{
	"\xff", "a\x80b", "\xed\xa0\x80", "\xc3", "é\xc3", "\x00", "a\x00b\x00", "\ufffd",
	"'", "’", "''", "'s", "n't", "a'", "'a", "@", "#", "@@a", "##", "+", "+1", ".", ".a", ".1",
	"-", "a-", "-a", "1-", "1-2-", "1/", "/1", "1,", ",1", "1:", "a.", "a..", "a...", "U.S",
	"http://", "www.", "www.(", "http://a.b/c).", "mailto:", "a@", "@a", "a@b@c", "...@",
	"a...@", "x...@b", ":", ":)", ":D:", "^_", "->", "<-", "<", "e-", "E-", "non-", "w/", "/w",
	"Mr.", "Mr.A", "3pm", "3p.", "3p.m", "1,00", "1,0000", "its", "its a", "your", "a\u0301",
	"\u0301", "\u200d", "❤\u200d", "🇫", "a\u200bb", "東京.", "1.2.3.4.5.6", "'90", "'90s",
	"Yahoo!", "a&b&c", "a*b*c", "f/b/o", "x" + strings.Repeat("-x", 10),
}

// longLines are characters repeated to make lines of a megabyte, and longPatterns patterns
// repeated to make lines of a quarter of one that make the scanner look ahead at each step:
// a scanner that backtracks would take hours on them.
var (
	longLines = []string{
		"a", ".", "-", "'", "’", "1", "@", "#", ":", "$", "/", "\xff", "\x00", " ", "東", "\u0301",
	}
	longPatterns = []string{
		"a.", "a-", "1-", "1/", "1,", "1:", ".a", "'s", "a'", "A.", "ab.Cd", "1-22-", "1/2/",
		"www.", "http://(", ":)", "a@", "@a.", "non-", "its ", "its kind ", "...@a", "x3", "3x",
		"w/", "a.b.", "1-Jan-", "e-Mail",
	}
)

func TestTokenizeInvariants(t *testing.T) {
	for _, c := range tokenizeCases {
		checkTokenized(t, c.text, Tokenize(c.text))
	}
	for _, text := range tokenizeOddInputs {
		checkTokenized(t, text, Tokenize(text))
	}
	if testing.Short() {
		t.Skip("long lines take seconds")
	}
	for _, c := range longLines {
		text := strings.Repeat(c, (1<<20)/len(c))
		checkTokenized(t, text, Tokenize(text))
	}
	for _, p := range longPatterns {
		text := strings.Repeat(p, (1<<18)/len(p))
		checkTokenized(t, text, Tokenize(text))
	}
}

// checkTokenized fails t unless toks are text's words as Tokenize promises: substrings, in
// order, not empty, not overlapping, and with only whitespace between them.
func checkTokenized(t testing.TB, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("text %s: token %d spans %d-%d after %d", quoteShort(text), i, tok.Start, tok.End, prev)
		}
		if tok.Form != text[tok.Start:tok.End] {
			t.Fatalf("text %s: token %d is %q, want %q", quoteShort(text), i, tok.Form, text[tok.Start:tok.End])
		}
		if strings.IndexFunc(tok.Form, unicode.IsSpace) >= 0 {
			t.Fatalf("text %s: token %d %q has a space", quoteShort(text), i, tok.Form)
		}
		if gap := text[prev:tok.Start]; !onlyWhitespace(gap) {
			t.Fatalf("text %s: %q before token %d was dropped", quoteShort(text), gap, i)
		}
		prev = tok.End
	}
	if gap := text[prev:]; !onlyWhitespace(gap) {
		t.Fatalf("text %s: %q at the end was dropped", quoteShort(text), gap)
	}
}

// onlyWhitespace reports whether s is valid UTF-8 and whitespace only.
func onlyWhitespace(s string) bool {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && w == 1 || !unicode.IsSpace(r) {
			return false
		}
		s = s[w:]
	}
	return true
}

// quoteShort quotes s, shortened if it is long.
func quoteShort(s string) string {
	if len(s) > 60 {
		return fmt.Sprintf("%q... (%d bytes)", s[:60], len(s))
	}
	return fmt.Sprintf("%q", s)
}

func tokenForms(toks []Token) []string {
	f := make([]string, len(toks))
	for i, t := range toks {
		f[i] = t.Form
	}
	return f
}

// TestTokenizeTreebank measures how many sentences of EWT's dev and test sets Tokenize splits
// exactly into the treebank's words. What still differs (-tokenize.diffs lists it) is mostly
// the treebank's reading of typos, which no rule can recover: possessives without their
// apostrophe ("my cats name" is "cat" "s" "name"), "its" for "it's" before an adjective
// ("its fab"), words run together ("goand", "bikeshop"), plurals written with an apostrophe
// ("CD's" is one word, a possessive two); then what the treebank does both ways ("A/C" and
// "l/c", "vice-president"), and codes ("EB4054" is "EB" "4054").
func TestTokenizeTreebank(t *testing.T) {
	for _, c := range []struct {
		file string
		// min is a little below the share measured when the tokenizer was written (dev
		// 97.1%, test 97.2%): a change that loses more than a few sentences fails.
		min float64
	}{
		{"en_ewt-ud-dev.conllu", 96.8},
		{"en_ewt-ud-test.conllu", 96.8},
	} {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join("..", "..", "shared", "ud", c.file)
			f, err := os.Open(path)
			if errors.Is(err, fs.ErrNotExist) {
				t.Skipf("no treebank at %s: UD English EWT is not part of the repository", path)
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sents, err := ReadCoNLLU(f, path)
			if err != nil {
				t.Fatal(err)
			}
			exact := 0
			for _, s := range sents {
				got := tokenForms(Tokenize(s.Text))
				want := tokenForms(s.Tokens)
				if slices.Equal(got, want) {
					exact++
				} else if *tokenizeDiffs {
					t.Logf("%s\n got %q\nwant %q", s.ID, got, want)
				}
			}
			share := 100 * float64(exact) / float64(len(sents))
			t.Logf("%d of %d sentences (%.1f%%) tokenized as in the treebank", exact, len(sents), share)
			if share < c.min {
				t.Errorf("%.1f%% of sentences tokenized as in the treebank, want at least %.1f%%", share, c.min)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, c := range tokenizeCases {
		f.Add(c.text)
	}
	for _, text := range tokenizeOddInputs {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenized(t, text, Tokenize(text))
	})
}

// BenchmarkTokenize tokenizes the test sentences one at a time, as a parser does.
func BenchmarkTokenize(b *testing.B) {
	n := 0
	for _, c := range tokenizeCases {
		n += len(c.text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, c := range tokenizeCases {
			Tokenize(c.text)
		}
	}
}
