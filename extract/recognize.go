package extract

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/textnorm"
)

// docActor is an actor as one document knows it.
type docActor struct {
	id          string
	name        string
	key         string         // transliteration key of a person found from evidence
	spellings   map[string]int // of a person found from evidence: mentions by spelling, before unification
	typ         ActorType
	entry       int32 // knowledge-base entry, or -1 for an actor found from evidence
	affiliation string
	inferred    bool // the affiliation is the document's country, guessed (affiliateOfficials)
	roles       []string
	mentions    []Mention
	relations   []Relation
	count       int  // mentions placed, while resolving
	official    bool // has a title of office at home (not a diplomat's)
}

// mentionSpan is a recognised mention before its actor is final.
type mentionSpan struct {
	start, end int // token range [start, end)
	forms      []int32
	found      string // ID of an actor found from evidence, when forms is empty
}

// titleSpan is a title recognised in the text: tokens [start, end).
type titleSpan struct {
	start, end int
	kind       titleKind
}

// analysis is one document on its road (analyze, pipeline.go). Its fields are grouped by the
// stage that fills them; a stage reads only the fields of the stages before it, and once
// filled a group does not change, but for resolved, which references extend.
type analysis struct {
	k    *Knowledge
	doc  *Document
	text string

	// Words (newAnalysis).
	toks []token
	ids  []int32 // by token: its ID in the knowledge base's trie, or -1
	// sentToks holds, by sentence, the index of its first token; the last element is
	// len(toks). Every sentence has at least one token.
	sentToks []int

	// Mentions (recognize: scanKnown, scanNames, registerSurnames, scanSurnames).
	covered  []bool      // token is part of a mention or a title
	knownAt  []bool      // by token: a known name or a title starts there
	titles   []titleSpan // in order
	titleEnd map[int]int // token index just after a title -> index into titles
	mentions []mentionSpan
	ending   []int32              // by token: 1 + the index in mentions of the mention that ends there, or 0 (set once mentions are sorted)
	found    map[string]*docActor // actors found from evidence, by ID
	surnames map[string]string    // last name -> person actor ID; "" when ambiguous
	// surnameKeys is surnames by transliteration key (textnorm.NameKey).
	surnameKeys map[string]string
	// personKeys maps the transliteration keys of the full names of persons found from
	// evidence to their IDs, so that spelling variants in one document are one person.
	personKeys map[string]string
	headlines  map[int]bool           // by sentence: whether it is in headline case
	sameAs     map[string]string      // found person ID -> the person it is another name of
	acronyms   map[string]mentionSpan // an acronym defined in brackets -> the mention of the name it spells
	lastNames  map[string]bool        // the last words of the persons found so far, by scanNames
	datelines  map[int]bool           // the first tokens of the places of datelines (scanDatelines)
	parse      bool                   // whether extraction parses: candidates are kept and confirmed
	candidates []candidate            // runs that may be names, in order, for confirmNames
	// firstNames maps the given names that begin persons' names to the person they call
	// alone (registerSurnames).
	firstNames map[string]firstName
	// longestTail is the length in tokens of the longest registered last name.
	longestTail int

	// Actors (resolve), then references (resolveReferences, which leaves it in document
	// order again).
	resolved []resolvedMention // mentions with their actors, by start

	// Quotations, found on first use (quotationMarks, by references), and their speakers,
	// named on first use after references (quoteSpans, by the trees and the token rules).
	quotes     []quotation
	marksDone  bool
	quotesDone bool

	slugs    memo // textnorm.ID, for any stage
	nameKeys memo // textnorm.NameKey, for any stage
}

// slug returns textnorm.ID(name), computing it once per distinct name.
func (a *analysis) slug(name string) string { return a.slugs.get(name, textnorm.ID) }

// memo remembers the results of a function of a string.
type memo map[string]string

func (m memo) get(s string, f func(string) string) string {
	v, ok := m[s]
	if !ok {
		v = f(s)
		m[s] = v
	}
	return v
}

// buffers are the per-document scratch slices of recognize, reused across documents.
type buffers struct {
	toks     []token
	covered  []bool
	mentions []mentionSpan
	ending   []int32
	knownAt  []bool
	ids      []int32
}

var bufferPool = sync.Pool{New: func() any { return new(buffers) }}

// resolvedMention is a mention's token range and the actor it names.
type resolvedMention struct {
	start, end int
	actor      *docActor
}

// docResult is what one document yields before documents are merged.
type docResult struct {
	actors       []*docActor // sorted by ID
	interactions []rawInteraction
}

// newAnalysis starts the analysis of doc: its tokens, the words of the sentences that Read
// split, and their IDs in the knowledge base's trie. Its slices come from buf; release
// gives them back.
func newAnalysis(k *Knowledge, doc *Document, buf *buffers) *analysis {
	a := &analysis{
		k: k, doc: doc, text: doc.Text,
		titleEnd:    map[int]int{},
		found:       map[string]*docActor{},
		surnames:    map[string]string{},
		surnameKeys: map[string]string{},
		personKeys:  map[string]string{},
		slugs:       memo{},
		nameKeys:    memo{},
		sameAs:      map[string]string{},
	}
	// News runs at about five bytes a token: growing the slice once saves copying it.
	a.toks = tokenize(slices.Grow(buf.toks[:0], len(doc.Text)/5), doc.Text, doc.Sentences)
	a.sentToks = sentenceTokens(a.toks, len(doc.Sentences))
	a.covered = slices.Grow(buf.covered[:0], len(a.toks))[:len(a.toks)]
	clear(a.covered)
	a.mentions = buf.mentions[:0]
	a.ids = a.k.phrases.tokenIDs(buf.ids[:0], a.text, a.toks)
	a.ending = slices.Grow(buf.ending[:0], len(a.toks))[:len(a.toks)]
	clear(a.ending)
	a.knownAt = slices.Grow(buf.knownAt[:0], len(a.toks))[:len(a.toks)]
	clear(a.knownAt)
	return a
}

// release gives a's slices back to buf, for the next document.
func (a *analysis) release(buf *buffers) {
	buf.toks, buf.covered, buf.mentions, buf.ending, buf.knownAt, buf.ids = a.toks, a.covered, a.mentions, a.ending, a.knownAt, a.ids
}

// recognize finds the mentions of actors: the names and titles of the knowledge base, then
// names in no list (scanNames), then people's last names alone. The mentions end in
// document order, each token marked with the mention that ends there.
func (a *analysis) recognize() {
	a.scanDatelines()
	a.scanKnown()
	a.scanNames()
	if a.parse {
		a.confirmNames()
	}
	a.registerSurnames()
	a.scanSurnames()
	slices.SortFunc(a.mentions, func(x, y mentionSpan) int { return x.start - y.start })
	clear(a.ending)
	for i, m := range a.mentions {
		a.ending[m.end-1] = int32(i + 1)
	}
	a.nicknames()
}

// nicknames makes a person found from evidence the known person whose name follows in
// quotation marks, as a nickname: in "General Mohamed Hamdan Daglo Moussa “Hemedti”" the
// full name and the nickname are one person, the knowledge base's.
func (a *analysis) nicknames() {
	for i := 0; i+1 < len(a.mentions); i++ {
		m, n := a.mentions[i], a.mentions[i+1]
		if m.found == "" || a.found[m.found].typ != Person || n.start != m.end+1 || n.end >= len(a.toks) ||
			!quoteMarks.has(a.word(m.end)) || !quoteMarks.has(a.word(n.end)) || a.toks[n.end].sentence != a.toks[m.start].sentence {
			continue
		}
		if id, ok := a.personOf(n); ok && n.found == "" {
			a.sameAs[m.found] = id
		}
	}
}

// scanDatelines finds the place of a wire dateline in capitals at a sentence start ("KYIV,
// Nov 24 (Reuters) -", "OSTRAVA-SUR-MER (Meridian Wire) -"): there, and only there, the
// knowledge base's places and capitals match in any case. The place is a venue: a capital
// there is the city, not its country's government.
func (a *analysis) scanDatelines() {
	for s := range a.doc.Sentences {
		i, end := a.sentToks[s], a.sentToks[s+1]
		j := i
		for ; j < end && j-i < maxDatelineTokens; j++ {
			t, w := a.toks[j], a.word(j)
			if t.kind == wordToken && utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && !a.covered[j] ||
				j > i && (w == "-" || w == ".") && !t.space {
				continue
			}
			break
		}
		if j == i || j >= end {
			continue
		}
		switch w := a.word(j); {
		case w == "," || w == "(":
		case (w == "-" || w == "—" || w == "–") && a.toks[j].space:
		default:
			continue
		}
		f, ok := a.k.places[strings.ToUpper(a.spanText(i, j))]
		if !ok || f < 0 {
			continue
		}
		a.addMention(mentionSpan{start: i, end: j, forms: []int32{f}})
		a.knownAt[i] = true
		if e := &a.k.entries[a.k.forms[f].entry]; a.slug(a.k.placeNames[f]) == e.ID {
			continue // "MONACO, Jan 5": a city-state, whose city is the state
		}
		if a.datelines == nil {
			a.datelines = map[int]bool{}
		}
		a.datelines[i] = true
	}
}

// maxDatelineTokens is the most tokens of a dateline's place: "NUKU'ALOFA", "SAN
// CRISTÓBAL DE LAS CASAS", "OSTRAVA-SUR-MER" (five, with the hyphens).
const maxDatelineTokens = 8

// scanKnown finds knowledge-base names and titles in one left-to-right pass: at each token
// the longest name or title that starts there wins, names winning ties.
func (a *analysis) scanKnown() {
	for i := 0; i < len(a.toks); {
		if a.toks[i].kind == punctToken || a.covered[i] { // a dateline's place is placed already
			i++
			continue
		}
		nEnd, forms, tEnd, kinds := a.k.phrases.longest(a.toks, a.ids, i)
		switch {
		case nEnd > i && nEnd >= tEnd && a.otherBearer(i, nEnd, forms):
			i = nEnd // "Eric Trump" is not Donald Trump: left for scanNames
		case nEnd > i && nEnd >= tEnd:
			a.addMention(mentionSpan{start: i, end: nEnd, forms: forms})
			a.knownAt[i] = true
			i = nEnd
		case tEnd > i:
			a.knownAt[i] = true
			start := i
			if nEnd > i && a.leadsTitle(i, nEnd, forms) {
				// A title that starts with a country or an acronym ("French President",
				// "NATO Secretary General") mentions that actor, and is a title after it;
				// "Treasury Secretary" and "Labour Minister" name offices, not actors.
				a.addMention(mentionSpan{start: i, end: nEnd, forms: forms})
				start = nEnd
				a.knownAt[start] = true
			}
			a.titleEnd[tEnd] = len(a.titles)
			a.titles = append(a.titles, titleSpan{start: start, end: tEnd, kind: a.k.titleKinds[-kinds[0]-1]})
			for j := start; j < tEnd; j++ {
				a.covered[j] = true
			}
			i = tEnd
		default:
			i++
		}
	}
}

// otherBearer reports whether a one-word known name at tokens [i, end) is part of a longer
// name that is someone or something else:
//
//   - a person's lone surname after a given name the list does not pair with it ("Eric
//     Trump") or inside a hyphenated name ("Arredondo-Vance");
//   - a country, capital, organization or outlet after a capitalised word that is neither a
//     compass word nor a known name ("New Mexico", "Latin America", the tanker "Northern
//     Dawn"), or as the complement of a head ("Ministry of Labour");
//   - an alias that starts with "The" before another capitalised word ("The National
//     Assembly" is not the newspaper The National);
//   - a place before a head word of places ("the Colorado River" is not the state).
//
// Such a run is left for scanNames.
func (a *analysis) otherBearer(i, end int, forms []int32) bool {
	if a.word(i) == "The" && end < len(a.toks) && a.toks[end].capitalized(a.text) && a.toks[end].space &&
		a.toks[end].sentence == a.toks[i].sentence && !notNames.has(a.word(end)) {
		return true
	}
	if end != i+1 {
		return false
	}
	if n := i + 1; n < len(a.toks) && a.toks[n].sentence == a.toks[i].sentence && a.toks[n].space &&
		headWords[a.word(n)] == placeHead && allPlaces(a.k, forms) {
		return true // "the Colorado River", "Chicago River": another place, named after the first
	}
	if i+2 < len(a.toks) && a.word(i+1) == "-" && !a.toks[i+1].space && !a.toks[i+2].space && a.toks[i+2].capitalized(a.text) {
		return allPersons(a.k, forms) // "Vance-Hill"
	}
	if i == 0 || a.covered[i-1] || a.toks[i-1].sentence != a.toks[i].sentence {
		return false
	}
	prev := a.word(i - 1)
	if connectors.has(prev) && i >= 2 && !a.covered[i-2] && leadingHeads[a.word(i-2)] != noHead && !allPersons(a.k, forms) {
		return true // "Ministry of Labour" is not the Labour Party
	}
	if prev == "-" && !a.toks[i].space && i >= 2 && !a.toks[i-1].space && a.toks[i-2].capitalized(a.text) {
		return allPersons(a.k, forms) // "Arredondo-Vance"
	}
	if !a.toks[i].space || !a.toks[i-1].capitalized(a.text) || notNames.has(prev) {
		return false
	}
	if allPersons(a.k, forms) {
		return a.k.given[prev] || a.k.ambiguousGiven[prev]
	}
	country := false
	for _, f := range forms {
		fm := a.k.forms[f]
		if t := a.k.entries[fm.entry].Type; t == Person || fm.kind == demonymForm {
			return false
		}
		country = country || a.k.entries[fm.entry].Type == Country
	}
	// A sentence's first word is any word, unless it is a given name ("Valeska Paris said").
	return !(country && compass.has(prev)) && (!a.toks[i-1].first || a.k.given[prev] && !a.k.ambiguousGiven[prev])
}

// allPlaces reports whether every form names a place: a location, or a country by its
// capital ("Lisbon").
func allPlaces(k *Knowledge, forms []int32) bool {
	for _, f := range forms {
		if k.forms[f].kind != capitalForm && k.entries[k.forms[f].entry].Type != Location {
			return false
		}
	}
	return true
}

func allPersons(k *Knowledge, forms []int32) bool {
	for _, f := range forms {
		if fm := k.forms[f]; fm.kind != nameForm || k.entries[fm.entry].Type != Person {
			return false
		}
	}
	return true
}

func (a *analysis) addMention(m mentionSpan) {
	a.mentions = append(a.mentions, m)
	a.ending[m.end-1] = int32(len(a.mentions))
	for j := m.start; j < m.end; j++ {
		a.covered[j] = true
	}
}

// hasTitleBefore reports whether a person title ends right before token i, directly or as
// an appositive: "Army Secretary Dan Driscoll", "his chief of staff, Andriy Yermak".
func (a *analysis) hasTitleBefore(i int) bool {
	_, ok := a.titleBefore(i)
	return ok
}

// titleBefore returns the title that introduces the name at token i: one that ends right
// before it, or one followed by an optional "to/of/for (the) X" phrase and a comma.
func (a *analysis) titleBefore(i int) (titleSpan, bool) {
	if t, ok := a.titleEnd[i]; ok {
		return a.titles[t], true
	}
	if i == 0 || a.word(i-1) != "," {
		return titleSpan{}, false
	}
	for j := i - 1; j >= 0 && j >= i-titleReach && a.toks[j].sentence == a.toks[i].sentence; j-- {
		if t, ok := a.titleEnd[j]; ok {
			between := a.toks[j : i-1]
			if len(between) == 0 || isComplementStart(a.text, between[0]) {
				return a.titles[t], true
			}
			return titleSpan{}, false
		}
	}
	return titleSpan{}, false
}

func isComplementStart(text string, t token) bool {
	switch t.text(text) {
	case "to", "of", "for", "in", "at":
		return true
	}
	return false
}

// registerSurnames records the last word of every multi-word person mention, exactly and
// by its transliteration key, so that a later "Driscoll" or "Zelenskyi" resolves to the
// person named in full before. A last word that two people share is ambiguous and resolves
// to nobody.
func (a *analysis) registerSurnames() {
	register := func(m map[string]string, k, id string) {
		if old, seen := m[k]; seen && old != id {
			m[k] = ""
			return
		}
		m[k] = id
	}
	seen := map[string]bool{} // person ID and name already registered
	for _, m := range a.mentions {
		id, ok := a.personOf(m)
		if !ok || m.end-m.start < 2 {
			continue
		}
		if k := id + "\x00" + a.spanText(m.start, m.end); seen[k] {
			continue
		} else {
			seen[k] = true
		}
		// A given name alone, after the full name, calls the person found from evidence
		// whose name it begins, if only one person's name in the document begins with it.
		if first := a.word(m.start); a.k.given[first] && !a.k.ambiguousGiven[first] {
			if a.firstNames == nil {
				a.firstNames = map[string]firstName{}
			}
			if f, seen := a.firstNames[first]; !seen {
				a.firstNames[first] = firstName{id: id, after: m.end, found: m.found != ""}
			} else if f.id != id {
				a.firstNames[first] = firstName{}
			} else if m.end < f.after {
				f.after = m.end
				a.firstNames[first] = f
			}
		}
		// Every tail of the name that starts a word is a way to call the person: "Santillán"
		// and "Ochoa Santillán", "Solberg-Aas", "de la Fuente Ibarra".
		for k := m.start + 1; k < m.end; k++ {
			if !a.toks[k].space || a.toks[k].kind != wordToken {
				continue
			}
			tail := a.spanText(k, m.end)
			register(a.surnames, tail, id)
			register(a.surnameKeys, a.nameKey(tail), id)
			a.longestTail = max(a.longestTail, m.end-k)
		}
	}
	// A known place that is the last name of a person named in the document is that person:
	// after "Governor Tim Houston", "Houston said" is the governor, not the city, and after
	// "Talia Lisbon", "Lisbon said" is the lawyer, not Portugal.
	for i, m := range a.mentions {
		if m.end-m.start != 1 || len(m.forms) == 0 || !allPlaces(a.k, m.forms) {
			continue
		}
		if m.start > 0 && locatives.has(strings.ToLower(a.word(m.start-1))) {
			continue // "spoke in Lindby" is the place
		}
		if id := a.surnames[a.word(m.start)]; id != "" {
			a.mentions[i] = a.mentionOf(m.start, m.end, id)
		}
	}
	// A person found under a last name alone ("Mr. Baskin", "Ochoa Santillán told
	// reporters") is the person of that last name, if the document names exactly one.
	for id, d := range a.found {
		if d.typ != Person {
			continue
		}
		if to := a.surnameOf(d.name); to != "" && to != id {
			a.sameAs[id] = to
		}
	}
}

// sameAsRoot returns the person that found person id is another name of, following the
// links of sameAs ("Moussa" is "Mohamed Hamdan Daglo Moussa", who is Hemedti), or id.
func (a *analysis) sameAsRoot(id string) string {
	for n := 0; n < maxSameAs; n++ {
		to, ok := a.sameAs[id]
		if !ok || to == id {
			break
		}
		id = to
	}
	return id
}

// maxSameAs bounds the links sameAsRoot follows, so that a cycle cannot hold it.
const maxSameAs = 8

// surnameOf returns the person whose registered last name is name, exactly or by
// transliteration key, or "" if there is none or more than one.
func (a *analysis) surnameOf(name string) string {
	if id, ok := a.surnames[name]; ok {
		return id
	}
	if len(a.surnameKeys) == 0 {
		return ""
	}
	return a.surnameKeys[a.nameKey(name)]
}

// personOf returns the ID of the person a mention names, if it names exactly one.
func (a *analysis) personOf(m mentionSpan) (string, bool) {
	if m.found != "" {
		return m.found, a.found[m.found].typ == Person
	}
	if len(m.forms) != 1 {
		return "", false
	}
	f := a.k.forms[m.forms[0]]
	e := &a.k.entries[f.entry]
	return e.ID, e.Type == Person && f.kind == nameForm
}

// scanSurnames turns capitalised words, alone or in a run ("Ochoa Santillán"), that are a
// registered last name of a person in this document, or a spelling variant of one, into
// mentions of that person: the longest such run first. A run is tried only up to the length
// of the longest registered last name, so each token costs a bounded number of look-ups.
func (a *analysis) scanSurnames() {
	if a.longestTail == 0 && len(a.firstNames) == 0 {
		return
	}
	for i := 0; i < len(a.toks); {
		if a.covered[i] || !a.toks[i].capitalized(a.text) || notNames.has(a.word(i)) {
			i++
			continue
		}
		end := a.capitalRunWithin(i, i+a.longestTail)
		matched := false
		for j := end; j > i; j-- {
			if id := a.surnameOf(a.spanText(i, j)); id != "" {
				a.addMention(a.mentionOf(i, j, id))
				i, matched = j, true
				break
			}
		}
		if !matched && end == i+1 {
			// "Gloria" after "Gloria Thomas", a person in no list.
			if f := a.firstNames[a.word(i)]; f.found && f.after <= i {
				a.addMention(a.mentionOf(i, i+1, f.id))
				matched = true
			}
		}
		if !matched {
			i++
		}
	}
}

// A firstName is the person a given name alone calls: the person found from evidence whose
// name it begins, from the token after that name on; the zero value calls nobody.
type firstName struct {
	id    string
	after int  // the token after the first full name
	found bool // the person is found from evidence, not known
}

// mentionOf returns a mention of tokens [start, end) that names the actor id: one found
// in this document, or an entry of the knowledge base.
func (a *analysis) mentionOf(start, end int, id string) mentionSpan {
	if _, ok := a.found[id]; ok {
		return mentionSpan{start: start, end: end, found: id}
	}
	return mentionSpan{start: start, end: end, forms: a.k.nameForm[a.k.byID[id]]}
}

func (a *analysis) word(i int) string { return a.toks[i].text(a.text) }

// sentenceTokens returns, by sentence, the index of its first token, and len(toks) last.
func sentenceTokens(toks []token, sentences int) []int {
	first := make([]int, sentences+1)
	s := 0
	for i, t := range toks {
		for s <= int(t.sentence) {
			first[s] = i
			s++
		}
	}
	for ; s <= sentences; s++ {
		first[s] = len(toks)
	}
	return first
}

// sentenceStart and sentenceEnd return the first token of the sentence of token i and the
// token just after it.
func (a *analysis) sentenceStart(i int) int { return a.sentToks[a.toks[i].sentence] }
func (a *analysis) sentenceEnd(i int) int   { return a.sentToks[a.toks[i].sentence+1] }

// spanText returns the text of tokens [start, end).
func (a *analysis) spanText(start, end int) string {
	return a.text[a.toks[start].start:a.toks[end-1].end]
}

// resolve turns mention spans into the document's actors.
func (a *analysis) resolve() []*docActor {
	actors := map[string]*docActor{}
	// Entries named by a form that is not a capital: a capital of such a country is its
	// government, not merely a venue.
	named := map[int32]bool{}
	for _, m := range a.mentions {
		for _, f := range m.forms {
			if a.k.forms[f].kind != capitalForm {
				named[a.k.forms[f].entry] = true
			}
		}
	}
	// Mentions are placed first and built after, so that each actor's slice is allocated once.
	type placedMention struct {
		actor    *docActor
		span     Span
		sentence int
	}
	placed := make([]placedMention, 0, len(a.mentions))
	for _, m := range a.mentions {
		span := Span{int(a.toks[m.start].start), int(a.toks[m.end-1].end)}
		var d *docActor
		if m.found != "" {
			id := m.found
			id = a.sameAsRoot(id)
			if _, isFound := a.found[id]; !isFound {
				m = a.mentionOf(m.start, m.end, id) // a known person under a last name
			}
		}
		if m.found != "" {
			id := m.found
			id = a.sameAsRoot(id)
			d = actors[id]
			if d == nil {
				d = a.found[id]
				actors[id] = d
			}
		} else {
			f, ok := a.chooseForm(m, named)
			if !ok || f.kind == capitalForm && a.inLongerName(m) {
				continue // "the Budapest Memorandum" is not Hungary
			}
			if a.ambiguousSurname(m, f) {
				continue // "Trump" in a story about Donald and Melania Trump: unresolved
			}
			entry := f.entry
			e := &a.k.entries[entry]
			switch {
			case f.kind == capitalForm && (a.isVenue(m, named[entry]) || a.datelines[m.start]):
				name := a.spanText(m.start, m.end)
				if a.datelines[m.start] {
					name = a.k.placeNames[m.forms[0]] // "Tokyo" for "TOKYO"
				}
				id := a.slug(name)
				if id == "" {
					continue
				}
				if d = actors[id]; d == nil {
					d = &docActor{id: id, name: name, typ: Location, entry: -1, affiliation: e.ID}
					actors[id] = d
				}
			case e.Type == Person && e.Affiliation != "" && m.end < len(a.toks) && governmentHeads.has(a.word(m.end)) &&
				a.toks[m.end].sentence == a.toks[m.start].sentence:
				// "the Trump administration" is the government Trump leads.
				if c := a.k.byID[e.Affiliation]; a.k.entries[c].Type == Country {
					span.End = int(a.toks[m.end].end)
					entry, e = c, &a.k.entries[c]
				}
			}
			if d == nil {
				if d = actors[e.ID]; d == nil {
					d = &docActor{id: e.ID, name: e.Name, typ: e.Type, entry: entry, affiliation: e.Affiliation}
					actors[e.ID] = d
				}
			}
		}
		a.roleOf(d, m, actors)
		placed = append(placed, placedMention{d, span, int(a.toks[m.start].sentence)})
		a.resolved = append(a.resolved, resolvedMention{m.start, m.end, d})
		d.count++
	}
	for _, p := range placed {
		d := p.actor
		if d.mentions == nil {
			d.mentions = make([]Mention, 0, d.count)
		}
		d.mentions = append(d.mentions, Mention{
			Doc: a.doc.ID, Actor: d.id, Sentence: p.sentence, Span: p.span, Text: a.text[p.span.Start:p.span.End],
		})
	}
	out := make([]*docActor, 0, len(actors))
	for _, id := range slices.Sorted(maps.Keys(actors)) {
		out = append(out, actors[id])
	}
	return out
}

// ambiguousSurname reports whether a one-word mention of a known person is a last name
// that another person named in the document shares.
func (a *analysis) ambiguousSurname(m mentionSpan, f form) bool {
	if m.end-m.start != 1 || f.kind != nameForm || a.k.entries[f.entry].Type != Person {
		return false
	}
	id, ok := a.surnames[a.word(m.start)]
	return ok && a.sameAsRoot(id) != a.k.entries[f.entry].ID
}

// chooseForm picks the form a mention stands for: of several entries sharing a surface
// form, the one the document names otherwise; failing that, the first.
func (a *analysis) chooseForm(m mentionSpan, named map[int32]bool) (form, bool) {
	if len(m.forms) == 0 {
		return form{}, false
	}
	for _, fi := range m.forms {
		if f := a.k.forms[fi]; named[f.entry] {
			return f, true
		}
	}
	return a.k.forms[m.forms[0]], true
}

// inLongerName reports whether a mention is the first word of a longer proper name that
// no list knows: a capitalised word follows it that is neither a title nor a known name.
func (a *analysis) inLongerName(m mentionSpan) bool {
	next := m.end
	if next >= len(a.toks) || !a.toks[next].capitalized(a.text) || !a.toks[next].space ||
		a.toks[next].sentence != a.toks[m.start].sentence || notNames.has(a.word(next)) {
		return false // "Kyiv Sunday" is still Kyiv
	}
	// A title or a known name after it starts something else: "Moscow Mayor", "Kyiv Reuters".
	return !a.knownAt[next]
}

// isVenue reports whether a capital names only a place: it follows a locative preposition
// and its country is not otherwise named in the document.
func (a *analysis) isVenue(m mentionSpan, countryNamed bool) bool {
	prev := m.start - 1
	if prev >= 0 && a.word(prev) == "the" {
		prev--
	}
	return !countryNamed && prev >= 0 && locatives.has(strings.ToLower(a.word(prev)))
}

// roleOf records the title before a person mention as a role, and the affiliation that the
// words before the title give: a country or demonym ("Russian President"), a possessive
// ("Ukraine's ambassador"), or a person whose affiliation it takes ("Putin adviser").
func (a *analysis) roleOf(d *docActor, m mentionSpan, actors map[string]*docActor) {
	if d.typ != Person {
		return
	}
	t, ok := a.titleBefore(m.start)
	after := false
	if !ok {
		t, ok = a.titleAfter(m.end)
		after = true
	}
	if !ok || t.kind == "honorific" {
		return
	}
	if t.kind != "diplomat" {
		d.official = true
	}
	start := t.start
	// Capitalised words that qualify the title belong to the role: "Middle East envoy".
	for start > 0 && start > t.start-qualifierReach && a.toks[start-1].sentence == a.toks[start].sentence &&
		!a.covered[start-1] && a.toks[start-1].capitalized(a.text) && !notNames.has(a.word(start-1)) {
		start--
	}
	role := a.spanText(start, t.end)
	switch {
	case after:
		role = a.spanText(start, a.appositiveEnd(t.end)) // "X, Norvania's ambassador to the U.S.,"
	case t.end < m.start && a.word(m.start-1) == "," && t.end < m.start-1:
		role = a.spanText(start, m.start-1) // "ambassador to the U.S."
	}
	if len(d.roles) < maxRoles && !slices.Contains(d.roles, role) {
		d.roles = append(d.roles, role)
	}
	employer, country := a.employerBefore(start, actors)
	if employer == d.id { // "Jonas Pell, adviser to ...": the name before the title is his own
		employer, country = "", ""
	}
	if employer == "" {
		employer, country = a.employerAfter(t.end)
	}
	if employer == "" && !after {
		employer, country = a.employerAfter(m.end) // "President Esteban Quiroga-Lanz of Valdoria"
	}
	if d.affiliation == "" {
		d.affiliation = country
	}
	if employer == "" {
		employer = d.affiliation // "Secretary of State Marco Rubio" works for his country
	}
	// A relation is kept once, with its first evidence, as mergeRelations would keep it:
	// one a mention would grow with the mentions.
	if employer != "" && employer != d.id && len(d.relations) < maxRoles &&
		!slices.ContainsFunc(d.relations, func(r Relation) bool { return r.Target == employer && r.Role == role }) {
		s := a.doc.Sentences[a.toks[m.start].sentence]
		d.relations = append(d.relations, Relation{
			Source: d.id, Target: employer, Kind: WorksFor, Role: role,
			Evidence: Evidence{Doc: a.doc.ID, Sentence: s.Index, Span: s.Span, Text: s.Text},
		})
	}
}

// employerBefore returns whom a title works for, from what is named right before it: a
// person ("Putin adviser", "Zelenskyy's chief of staff") or a country or organization
// ("Ukraine's ambassador"); and the country that gives the title holder: the person's
// affiliation, or the country or organization itself.
//
// Between the two may stand more titles, commas and the qualifiers of a title ("Orlesia's
// top commander, Gen. X", "Orlesian opposition leader X"), never a verb: at most
// employerReach tokens, in the same sentence.
func (a *analysis) employerBefore(start int, actors map[string]*docActor) (employer, country string) {
	p := start - 1
	for steps := 0; p >= 0 && steps < employerReach && a.toks[p].sentence == a.toks[start].sentence; steps++ {
		w := a.word(p)
		if _, ok := a.endingAtToken(p); ok {
			break
		}
		if w == "," || qualifiers.has(strings.ToLower(w)) || a.inTitle(p) {
			p--
			continue
		}
		break
	}
	if p >= 0 && (a.word(p) == "'s" || a.word(p) == "’s") {
		p--
	}
	o, ok := a.endingAtToken(p)
	if !ok {
		return "", ""
	}
	if id, ok := a.personOf(o); ok {
		if i, ok := a.k.byID[id]; ok {
			return id, a.k.entries[i].Affiliation
		}
		if other, ok := actors[id]; ok {
			return id, other.affiliation
		}
		return id, ""
	}
	if len(o.forms) > 0 {
		e := &a.k.entries[a.k.forms[o.forms[0]].entry]
		if e.Type == Country || e.Type == Organization {
			return e.ID, e.ID
		}
	}
	if d := a.found[o.found]; d != nil && d.typ == Organization {
		return d.id, d.id // "ODP leader Ilse Brandvold", an organization in no list
	}
	return "", ""
}

// employerReach is how many tokens employerBefore looks back over titles and qualifiers.
const employerReach = 8

// qualifierReach is how many capitalised words before a title roleOf takes into the role
// ("Middle East envoy"), and maxRoles how many distinct roles, and relations, one actor keeps
// from one document: both bound the work a mention costs.
const (
	qualifierReach = 4
	maxRoles       = 32
)

// inTitle reports whether token i is part of a recognised title.
func (a *analysis) inTitle(i int) bool {
	j, found := slices.BinarySearchFunc(a.titles, i, func(t titleSpan, i int) int { return t.start - i })
	if found {
		return true
	}
	return j > 0 && a.titles[j-1].end > i
}

// leadsTitle reports whether the name at tokens [i, end) that opens a title is an actor of
// its own: a country (or its demonym) or an organization written as an acronym.
func (a *analysis) leadsTitle(i, end int, forms []int32) bool {
	for _, f := range forms {
		if a.k.entries[a.k.forms[f].entry].Type == Country {
			return true
		}
	}
	w := a.spanText(i, end)
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// appositiveReach is how many tokens after a name's comma titleAfter looks for a title.
const appositiveReach = 6

// titleAfter returns the title of an appositive that follows a name: ", Norvania's
// ambassador to the U.S.,", ", a senior adviser,", ", the ministry's spokesperson,". Between
// the comma and the title may stand an article, a possessive name and qualifiers.
func (a *analysis) titleAfter(end int) (titleSpan, bool) {
	if end >= len(a.toks) || a.word(end) != "," {
		return titleSpan{}, false
	}
	s := a.toks[end].sentence
	for p := end + 1; p < len(a.toks) && p <= end+appositiveReach && a.toks[p].sentence == s; p++ {
		if t, ok := a.titleAt(p); ok {
			return t, true
		}
		w := a.word(p)
		switch {
		case w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" || w == "their":
		case w == "'s" || w == "’s" || qualifiers.has(strings.ToLower(w)):
		case a.covered[p]:
		default:
			return titleSpan{}, false
		}
	}
	return titleSpan{}, false
}

// titleAt returns the title that starts at token i.
func (a *analysis) titleAt(i int) (titleSpan, bool) {
	j, ok := slices.BinarySearchFunc(a.titles, i, func(t titleSpan, i int) int { return t.start - i })
	if !ok {
		return titleSpan{}, false
	}
	return a.titles[j], true
}

// appositiveEnd returns where the complement of a title in an appositive ends: at the next
// comma, the end of the sentence, or appositiveReach tokens on ("ambassador to the U.S.").
func (a *analysis) appositiveEnd(i int) int {
	s := a.toks[i-1].sentence
	end := i
	for end < len(a.toks) && end < i+appositiveReach && a.toks[end].sentence == s && a.word(end) != "," &&
		(a.toks[end].kind != punctToken || a.word(end) == "." || a.word(end) == "-") && !sayingVerbs.has(a.word(end)) {
		end++
	}
	for end > i && a.word(end-1) == "." {
		end--
	}
	return end
}

// endingAtToken returns the mention whose last token is i.
func (a *analysis) endingAtToken(i int) (mentionSpan, bool) {
	if i < 0 || i >= len(a.ending) || a.ending[i] == 0 {
		return mentionSpan{}, false
	}
	return a.mentions[a.ending[i]-1], true
}

// nameKey returns textnorm.NameKey(name), computing it once per distinct name.
func (a *analysis) nameKey(name string) string { return a.nameKeys.get(name, textnorm.NameKey) }

// employerAfter returns whom a title works for from its complement: "head of the Gaza
// health ministry", "adviser to Anna Kovac". It takes the first person, country or
// organization named within appositiveReach tokens after "of", "to", "for", "in" or "at",
// and returns it with the country it gives.
func (a *analysis) employerAfter(end int) (employer, country string) {
	if end >= len(a.toks) || !isComplementStart(a.text, a.toks[end]) {
		return "", ""
	}
	s := a.toks[end].sentence
	for p := end + 1; p < len(a.toks) && p <= end+appositiveReach && a.toks[p].sentence == s; p++ {
		o, ok := a.endingAtToken(p)
		if !ok {
			if a.word(p) == "," || sayingVerbs.has(a.word(p)) {
				break
			}
			continue
		}
		if id, ok := a.personOf(o); ok { // "adviser to Anna Kovac"
			if i, known := a.k.byID[id]; known {
				return id, a.k.entries[i].Affiliation
			}
			return id, a.found[id].affiliation
		}
		if len(o.forms) == 0 {
			break
		}
		e := &a.k.entries[a.k.forms[o.forms[0]].entry]
		switch {
		case e.Type == Country:
			return e.ID, e.ID
		case e.Type == Organization || e.Type == Group:
			return e.ID, cmp.Or(e.Affiliation, e.ID)
		}
		break
	}
	return "", ""
}

// titleReach is how many tokens a title's complement may span before an appositive name:
// "a spokesperson for the American Federation of Government Employees, Tamara Ellis".
const titleReach = 10
