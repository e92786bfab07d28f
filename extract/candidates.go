package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/syntax"
)

// A candidate is a run of two or three capitalised words that scanNames could not type from
// the words around it: no title, no known given name, no verb of saying, no head word
// ("Wasim Akram took three wickets", "the board appointed Mirela Dragomir"). Most such runs
// in news are people; some are names of other things ("Black Friday", "Morgan Stanley"). The
// parse decides: a run the tagger reads as proper nouns, standing as the subject or object
// of a verb, is a person, unless the sentence says it is an organization.
type candidate struct {
	start, end int
	acronym    bool // one word in capitals: an organization or nothing
}

// maxCandidateWords is the most words of a candidate; a longer run with no head word and no
// other evidence is too often a title of a work, a slogan or a headline.
const maxCandidateWords = 3

// noteCandidate keeps the run [start, end) for confirmNames when it could be a name: two or
// three words, none of them a word that no name holds.
func (a *analysis) noteCandidate(start, end int) {
	for j := start; j < end; j++ {
		if w := a.word(j); notNames.has(w) || headWords[w] != noHead || leadingHeads[w] != noHead {
			return
		}
	}
	if words := a.nameWords(start, end); words < 2 || words > maxCandidateWords {
		return
	}
	a.candidates = append(a.candidates, candidate{start: start, end: end})
}

// noteAcronym keeps the word at token i for confirmNames when it may be the acronym of an
// organization in no list ("the opposition ANO movement", "NEPCO said"): two to six capital
// letters, and no common acronym of something else ("GDP", "CEO").
func (a *analysis) noteAcronym(i int) {
	w := a.word(i)
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 6 || commonAcronyms.has(w) || romanNumeral(w) {
		return
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return
		}
	}
	a.candidates = append(a.candidates, candidate{start: i, end: i + 1, acronym: true})
}

// addAcronym records the acronym at token i as an organization in no list, named by the
// acronym alone wherever it stands: "Ghana NDC leader" is the NDC, of Ghana.
func (a *analysis) addAcronym(i int) {
	id := a.slug(a.word(i))
	if id == "" {
		return
	}
	if _, ok := a.found[id]; !ok {
		affiliation, before := a.affiliationBefore(i)
		if before.end != i {
			affiliation = ""
		}
		a.found[id] = &docActor{id: id, name: a.word(i), typ: Organization, entry: -1, affiliation: affiliation}
	}
	a.addMention(mentionSpan{start: i, end: i + 1, found: id})
}

// romanNumeral reports whether w is a Roman numeral ("II" in "Ewuare II").
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVXLC") == ""
}

// confirmNames parses each sentence that holds candidates and records as persons those the
// parse confirms (see candidate); it runs when extraction parses, before last names are
// registered, so that "Akram" alone later in the text is the same person.
func (a *analysis) confirmNames() {
	for i := 0; i < len(a.candidates); {
		s := a.toks[a.candidates[i].start].sentence
		j := i
		for j < len(a.candidates) && a.toks[a.candidates[j].start].sentence == s {
			j++
		}
		var words []syntax.Token
		parsed := false
		for _, c := range a.candidates[i:j] {
			if a.covered[c.start] || a.covered[c.end-1] || c.acronym && a.toks[c.start].first {
				continue // an acronym that opens a sentence may be a dateline: see below
			}
			if _, ok := a.personKeys[a.nameKey(a.spanText(c.start, c.end))]; ok {
				a.addPerson(c.start, c.end) // confirmed earlier in the document
				continue
			}
			if !parsed {
				words, parsed = a.parseForNames(int(s), a.candidates[i:j]), true
			}
			if words == nil {
				continue
			}
			switch a.candidateType(words, c) {
			case Person:
				a.addPerson(c.start, c.end)
			case Organization:
				if c.acronym {
					a.addAcronym(c.start)
				} else {
					a.addEntity(c.start, c.end, orgHead)
				}
			}
		}
		i = j
	}
	// An acronym the parse made an organization is that organization everywhere in the
	// document, at a sentence start too ("ODP leader Ilse Brandvold said").
	for _, c := range a.candidates {
		if d := a.found[a.slug(a.word(c.start))]; c.acronym && !a.covered[c.start] && d != nil && d.typ == Organization {
			a.addAcronym(c.start)
		}
	}
}

// parseForNames tags and parses sentence s with each candidate as one word, as the trees
// read names ("Kwok Wai-hing" is one proper noun, not a verb "hing"), or returns nil when
// the sentence is too long to parse.
func (a *analysis) parseForNames(s int, cands []candidate) []syntax.Token {
	words := a.sentenceWords(s)
	if words == nil {
		return nil
	}
	words = joinHyphens(words, a.candidateSpans(cands))
	parseWords(words)
	return words
}

// candidateSpans returns the byte spans of cands.
func (a *analysis) candidateSpans(cands []candidate) []phraseSpan {
	spans := make([]phraseSpan, len(cands))
	for i, c := range cands {
		spans[i] = phraseSpan{start: int(a.toks[c.start].start), end: int(a.toks[c.end-1].end)}
	}
	return spans
}

// joinHyphens makes one word of the pieces of a hyphenated word inside spans, each piece
// capitalised: the tagger reads "Wai-Hing" as a proper noun, where "Wai", "-", "hing" ends
// in a verb.
func joinHyphens(words []syntax.Token, spans []phraseSpan) []syntax.Token {
	out := words[:0]
	m := 0
	for _, w := range words {
		for m < len(spans) && spans[m].end <= w.Start {
			m++
		}
		inside := m < len(spans) && spans[m].start <= w.Start && w.End <= spans[m].end
		if n := len(out); n > 0 && inside && out[n-1].End == w.Start && spans[m].start <= out[n-1].Start {
			out[n-1].End = w.End
			out[n-1].Form += capitalize(w.Form)
			continue
		}
		out = append(out, w)
	}
	return out
}

// capitalize returns w with its first letter in upper case.
func capitalize(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// candidateType returns the type the parsed sentence words gives candidate c: Person when
// its words are proper nouns and its head is the subject or object of a verb; Organization
// when it is so placed and an "its" in its clause refers to it; or "" when the parse does not
// make it a name.
func (a *analysis) candidateType(words []syntax.Token, c candidate) ActorType {
	start, end := int(a.toks[c.start].start), int(a.toks[c.end-1].end)
	first, last := -1, -1
	for i, w := range words {
		if w.Start >= start && w.End <= end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || words[first].Start != start || words[last].End != end {
		return "" // the parser's words do not fall on the run's edges
	}
	head := -1
	for i := first; i <= last; i++ {
		w := words[i]
		// A hyphenated given name ("Wai-Hing", joined by joinHyphens) may be read as anything.
		if w.UPOS != "PROPN" && !particles.has(w.Form) && !(i > first && strings.Contains(w.Form, "-")) {
			return ""
		}
		if w.Head < first || w.Head > last {
			if head >= 0 && (w.Head != words[head].Head || w.Rel != words[head].Rel) {
				return "" // two heads: the parse splits the run
			}
			if head < 0 {
				head = i // words of the run may hang apart from one word: "and Mirela/conj Dragomir/conj"
			}
		}
	}
	if c.acronym {
		if head >= 0 && words[head].UPOS == "PROPN" && (argumentOfVerb(words, head) || orgModifier(words, head)) {
			return Organization
		}
		return ""
	}
	if head >= 0 && first > 0 && (words[head].Rel == "flat" || words[head].Rel == "compound") && words[head].Head == first-1 &&
		words[first-1].UPOS == "PROPN" {
		head = first - 1 // "Striker Wasim Akram took": the parser hangs the name on the word before it
	}
	if head < 0 || !argumentOfVerb(words, head) {
		return ""
	}
	for i, w := range words {
		if (i < first || i > last) && w.Head >= first && w.Head <= last && w.Rel == "det" {
			return "" // "an Ohio Republican": a description, no name
		}
	}
	// "Tarvex Brewers raised its forecast": "its" on the object of the verb the run is the
	// subject of refers to the run.
	verb := words[head].Head
	for _, w := range words[last+1:] {
		if words[head].Rel == "nsubj" && strings.EqualFold(w.Form, "its") && w.Head >= 0 &&
			words[w.Head].Head == verb && words[w.Head].Rel == "obj" {
			return Organization // not "the bloc appointed X as its envoy", "X joined the club in its centenary year"
		}
	}
	return Person
}

// orgModifier reports whether word i stands where an organization does: the possessor of a
// noun ("NEPCO's plan") or the modifier of a noun for its members or units ("an AK
// official", "the sitting NPP lawmaker", "the ANO movement").
func orgModifier(words []syntax.Token, i int) bool {
	switch h := words[i].Head; {
	case h < 0:
		return false
	case words[i].Rel == "nmod:poss":
		return true
	case words[i].Rel == "compound" || words[i].Rel == "amod":
		return memberNouns.has(strings.ToLower(words[h].Form))
	}
	return false
}

// argumentOfVerb reports whether word i is the subject or object of a verb, directly, as the
// agent of a passive ("was appointed by X") or coordinated with one that is ("met Eze and
// Dragomir").
func argumentOfVerb(words []syntax.Token, i int) bool {
	for n := 0; words[i].Rel == "conj" && words[i].Head >= 0 && n < len(words); n++ {
		i = words[i].Head
	}
	h := words[i].Head
	if h < 0 || words[h].UPOS != "VERB" {
		return false
	}
	switch words[i].Rel {
	case "nsubj", "nsubj:pass", "obj", "iobj":
		return true
	case "obl", "obl:agent":
		for _, w := range words {
			if w.Head == i && w.Rel == "case" && strings.EqualFold(w.Form, "by") {
				return true
			}
		}
	}
	return false
}
