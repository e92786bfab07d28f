package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headClass says what a word at the end (or, for some, the start) of a capitalised run makes
// of the run: "the Norvanian Water Ministry", "the Harbor Ledger", "Harbor Street".
type headClass uint8

const (
	noHead    headClass = iota
	orgHead             // an organization: Ministry, Party, Committee, ...
	mediaHead           // a news outlet: News, Times, Post, ...
	placeHead           // a place: Street, Province, River, ...
	thingHead           // an event, document or building: Summit, Accord, Palace, ...
)

// scanNames finds actors that are in no list, in the capitalised runs that known names and
// titles left uncovered. A run whose last word is a head word is an organization, outlet,
// place or thing by that word ("the Anna Lindqvist Foundation" is an organization); a run led
// by a head that takes a complement is one too ("Ministry of Water Resources", "Radio
// Meridian"). Any other run is a person if a title introduces it, a known given name leads
// it, it is initialled, or a verb of saying follows or precedes it ("Kovalenko told
// reporters", "said Amara Osei").
func (a *analysis) scanNames() {
	for i := 0; i < len(a.toks); {
		end := a.capitalRun(i)
		if end == i {
			i++
			continue
		}
		if end-i <= maxRunTokens {
			a.classifyRun(i, end)
		}
		i = end
	}
}

// maxRunTokens is the longest capitalised run that scanNames reads as names: "Port Keleni
// Institute for Security Studies and Strategic Research" has 10 tokens. A longer run is a
// headline, a scraped menu or a list of capitalised words, where any name found would be a
// guess; and classifying a run costs time quadratic in its length.
const maxRunTokens = 24

// maxParticles is the most particles in a row inside a name: "van der", "de la", "bin".
const maxParticles = 3

// classifyRun decides what the run of tokens [start, end) names, and records it. An "and"
// inside the run joins one name ("National Development and Reform Commission", "Ministry of
// Energy and Mineral Resources") when a head word ends the run or leads it and no new head
// or given name follows the "and"; otherwise it separates two ("Jonas Brandt and Marta
// Brandt").
func (a *analysis) classifyRun(start, end int) {
	for j := start; j < end; j++ {
		if w := a.word(j); (w == "and" || w == "&") && !a.andJoins(start, j, end) {
			a.classifyRun(start, j)
			a.classifyRun(j+1, end)
			return
		}
	}
	a.classifyOne(start, end)
}

// andJoins reports whether the "and" at token j joins the run [start, end) into one name.
func (a *analysis) andJoins(start, j, end int) bool {
	next := a.word(j + 1)
	if leadingHeads[next] != noHead || a.k.given[next] {
		return false
	}
	if c := headWords[a.word(end-1)]; c == orgHead || c == mediaHead {
		return true
	}
	for i := start; i < j; i++ {
		if leadingHeads[a.word(i)] != noHead {
			return true
		}
	}
	return false
}

// classifyOne decides what a run with no separating "and" names, and records it.
func (a *analysis) classifyOne(start, end int) {
	// Leading words that only open a sentence or a clause are not part of a name.
	for start < end && (notNames.has(a.word(start)) || particles.has(a.word(start)) || a.word(start) == "-") {
		start++
	}
	if start == end {
		return
	}
	if class := a.runHead(start, end); class != noHead {
		if a.headline(start) {
			return // "Zelensky Addresses Press": in headline case, capitals name nothing
		}
		a.addEntity(start, end, class)
		return
	}
	for end > start && notNames.has(a.word(end-1)) {
		end-- // "Ahmed Mohamed Image:", a caption's furniture
	}
	if start == end {
		return
	}
	if end < len(a.toks) && lowerPlaceHeads.has(a.word(end)) && a.toks[end].sentence == a.toks[start].sentence {
		a.addEntity(start, end, placeHead) // "Alta Mesa province"
		return
	}
	if a.partyTag(start, end) {
		// "Jeanne Shaheen (D-NH)": her party and a U.S. state, not an actor; a member of the
		// U.S. Congress.
		if m, ok := a.endingAtToken(start - 2); ok && m.found != "" {
			if d := a.found[m.found]; d != nil && d.typ == Person && d.affiliation == "" {
				if _, ok := a.k.byID["united-states"]; ok {
					d.affiliation = "united-states"
				}
			}
		}
		return
	}
	if m, ok := a.acronymOf(start, end); ok {
		a.addMention(m) // "the Kestrian Water Authority (KWA)", and "KWA" after it
		return
	}
	if end-start <= 3 && !a.headline(start) && a.companyContext(start, end) {
		a.addEntity(start, end, orgHead) // "shares of Vexlor", "Vexlor said in a statement"
		return
	}
	if a.allCaps(start, end) {
		// A dateline ("SAN CRISTÓBAL DEL LAGO, Aug 18") or an acronym, never a person; an
		// acronym in no list may be an organization, which the parse decides.
		if a.parse && end-start == 1 {
			a.noteAcronym(start)
		}
		return
	}
	// A capitalised word that opens a sentence is a name only if it is a given name or
	// something else marks the run as a name.
	run := start
	for start < end && a.toks[start].first && !a.k.given[a.word(start)] && !a.hasTitleBefore(start) &&
		!a.saidNear(start, end) && !a.initial(start) && !(end-start >= 2 && (a.personContext(start, end) || a.appositiveTitle(end))) {
		start++
	}
	switch {
	case a.headline(run):
	case start < end && a.peerName(start, end):
	case start < end && a.isPersonName(start, end):
		a.addPerson(start, end)
	case a.parse:
		// For the parse to decide (candidates.go). A sentence's first word is kept when
		// only one other word follows ("Wasim Akram took"), not before two ("Striker Wasim
		// Akram took").
		if start > run && a.nameWords(start, end) < 2 {
			start = run
		}
		a.noteCandidate(start, end)
	}
}

// runHead returns the class a run takes from its head word, if it has one.
func (a *analysis) runHead(start, end int) headClass {
	words := 0
	for j := start; j < end; j++ {
		if a.toks[j].kind == wordToken && !connectors.has(a.word(j)) && !particles.has(a.word(j)) {
			words++
		}
	}
	last := a.word(end - 1)
	if c := headWords[last]; c != noHead && (words >= 2 || (c == thingHead || c == placeHead) && !a.toks[start].first) {
		return c // a lone head word that opens a sentence is a common noun: "Talks resumed."
	}
	if c := headWords[last]; (c == orgHead || c == mediaHead) && words == 1 {
		if affiliation, _ := a.affiliationBefore(start); affiliation != "" {
			return c // "Kestrian Parliament", "Valdoria Times", "U.S. Army"
		}
	}
	if c := leadingHeads[a.word(start)]; c != noHead && words >= 2 {
		return c
	}
	for j := start + 1; j+1 < end; j++ { // "Port Keleni Institute for Security Studies"
		if c := leadingHeads[a.word(j)]; c != noHead && connectors.has(a.word(j+1)) {
			return c
		}
	}
	return noHead
}

// addEntity records an organization, outlet or place found from its head word; things
// (events, documents, buildings) are covered, so that no person is found inside them, but
// become no actor.
func (a *analysis) addEntity(start, end int, class headClass) {
	var typ ActorType
	switch class {
	case orgHead:
		typ = Organization
	case mediaHead:
		typ = Media
	case placeHead:
		typ = Location
	default:
		for j := start; j < end; j++ {
			a.covered[j] = true
		}
		return
	}
	// "the Ostmark Defense Ministry": the name includes the country named before it, so that
	// two countries' ministries stay apart, while the mention keeps only its own words.
	nameStart := start
	affiliation, before := a.affiliationBefore(start)
	if affiliation != "" && before.end == start {
		nameStart = before.start
	}
	if end-start == 1 && sameOrgHeads.has(a.word(start)) && affiliation != "" && before.end == start &&
		a.k.entries[a.k.byID[affiliation]].Type == Organization {
		a.covered[start] = true // "the NATO Alliance" is NATO
		return
	}
	name := a.spanText(nameStart, end)
	id := a.slug(name)
	if id == "" {
		return
	}
	if _, ok := a.found[id]; !ok {
		a.found[id] = &docActor{id: id, name: name, typ: typ, entry: -1, affiliation: affiliation}
	}
	if nameStart < start && a.k.forms[before.forms[0]].kind == nameForm && !stateHeads.has(a.word(end-1)) {
		// "the Ghana Football Association", "the AU Commission": the country or organization
		// is a word of the name, not a mention of its own, unless the name is one of its
		// organs ("the Ostmark Defense Ministry") or the word a demonym ("Peruvian").
		i := a.ending[before.end-1] - 1
		a.ending[before.end-1] = 0
		a.mentions[i] = mentionSpan{start: nameStart, end: end, found: id}
		a.ending[end-1] = i + 1
		for j := start; j < end; j++ {
			a.covered[j] = true
		}
		return
	}
	a.addMention(mentionSpan{start: start, end: end, found: id})
}

// addPerson records a person found from evidence: a known person under another spelling
// (by transliteration key), the person of the same key found earlier in the document, or a
// new one.
func (a *analysis) addPerson(start, end int) {
	name := a.spanText(start, end)
	key := a.nameKey(name)
	if e, ok := a.k.personKeys[key]; ok && e >= 0 {
		a.addMention(mentionSpan{start: start, end: end, forms: a.k.nameForm[e]})
		return
	}
	id, ok := a.personKeys[key]
	if !ok {
		if id = a.slug(name); id == "" {
			return
		}
		a.personKeys[key] = id
		if _, ok := a.found[id]; !ok {
			a.found[id] = &docActor{id: id, name: name, key: key, typ: Person, entry: -1}
		}
	}
	a.addMention(mentionSpan{start: start, end: end, found: id})
	if a.lastNames == nil {
		a.lastNames = map[string]bool{}
	}
	a.lastNames[a.word(end-1)] = true
}

// capitalRun returns the end of the run of name-like tokens that starts at i, or i:
// capitalised words, initials ("F."), particles between capitalised words ("bin", "van
// der"), hyphens inside a word ("Jae-myung", "al-Bursh"), and, after a head that takes a
// complement, "of", "for", "on" and "the" before a capitalised word ("Ministry of Foreign
// Affairs").
func (a *analysis) capitalRun(i int) int { return a.capitalRunWithin(i, len(a.toks)) }

// capitalRunWithin is capitalRun that stops at token limit.
func (a *analysis) capitalRunWithin(i, limit int) int {
	if !a.nameWord(i) {
		return i
	}
	limit = min(limit, len(a.toks))
	leading := leadingHeads[a.word(i)] != noHead
	j := i + 1
	for ; j < limit && a.toks[j].sentence == a.toks[i].sentence && !a.covered[j]; j++ {
		t := a.toks[j]
		leading = leading || leadingHeads[a.word(j)] != noHead
		switch w := a.word(j); {
		case a.nameWord(j) && (t.space || a.word(j-1) == "-"):
		case w == "." && !t.space && utf8.RuneCountInString(a.word(j-1)) == 1:
		case w == "-" && !t.space && j+1 < len(a.toks) && !a.toks[j+1].space && (a.nameWord(j+1) || a.syllable(j+1)):
		case a.word(j-1) == "-" && !t.space && a.syllable(j):
			// "Wong Kwok-hing", "Yau Wai-ching": a given name of two syllables
		case particles.has(w) && a.particleJoins(j):
		case leading && connectors.has(w) && j+1 < len(a.toks) && a.nameWord(j+1):
		case (w == "and" || w == "&") && j+1 < len(a.toks) && a.nameWord(j+1):
			// Kept for now; classifyRun decides whether "and" joins one name or two.
		default:
			return j
		}
	}
	return j
}

// particleJoins reports whether the particle at token j joins a name to what follows: at
// most maxParticles particles in all, then a capitalised word of the same sentence, directly
// or by a hyphen ("van der Berg", "al-Bursh"). The bound keeps a run of particles from costing
// time quadratic in its length.
func (a *analysis) particleJoins(j int) bool {
	s := a.toks[j].sentence
	first := j
	for j++; j < len(a.toks) && a.toks[j].sentence == s && particles.has(a.word(j)); j++ {
		if j-first >= maxParticles {
			return false
		}
	}
	if j >= len(a.toks) || a.toks[j].sentence != s {
		return false
	}
	if j+1 < len(a.toks) && a.word(j) == "-" && !a.toks[j].space && !a.toks[j+1].space {
		j++
	}
	return j < len(a.toks) && a.nameWord(j)
}

// syllable reports whether token i is one lower-case syllable of a romanised Chinese or
// Korean given name after a hyphen ("hing" in "Kwok-hing", "myung" in "Jae-myung"): an
// optional initial, one to three vowels, an optional final, and no English word that ends a
// compound after a capitalised word ("Trump-era", "Houthi-run", "Kremlin-led").
func (a *analysis) syllable(i int) bool {
	if a.covered[i] || a.toks[i].kind != wordToken {
		return false
	}
	w := a.word(i)
	if hyphenSuffixes.has(w) {
		return false
	}
	rest := w
	for _, initial := range []string{"ch", "sh", "ts", "zh", "kw", "gw"} {
		if strings.HasPrefix(rest, initial) {
			rest = rest[len(initial):]
			break
		}
	}
	if len(rest) == len(w) && rest != "" && strings.ContainsRune("bcdfghjklmnpqrstwxyz", rune(rest[0])) {
		rest = rest[1:]
	}
	rest = strings.TrimPrefix(rest, "y")
	vowels := 0
	for vowels < len(rest) && strings.ContainsRune("aeiou", rune(rest[vowels])) {
		vowels++
	}
	if vowels == 0 || vowels > 3 {
		return false
	}
	switch rest[vowels:] {
	case "", "n", "ng", "m", "k", "t", "p", "h", "r", "l":
		return true
	}
	return false
}

func (a *analysis) nameWord(i int) bool {
	return !a.covered[i] && a.toks[i].capitalized(a.text)
}

// isPersonName decides whether tokens [start, end) name a person.
func (a *analysis) isPersonName(start, end int) bool {
	words := 0
	for j := start; j < end; j++ {
		w := a.word(j)
		if notNames.has(w) || headWords[w] != noHead || leadingHeads[w] != noHead {
			return false
		}
		if a.toks[j].kind == wordToken && !particles.has(w) {
			words++
		}
	}
	if words > 4 {
		return false
	}
	first := a.word(start)
	if words >= 2 && a.appositiveTitle(end) { // "Astrid Hovland-Berg, Norvania's ambassador"
		return true
	}
	switch {
	case a.hasTitleBefore(start):
		return true
	case words >= 2 && a.k.given[first]:
		return true
	case words >= 2 && utf8.RuneCountInString(first) == 1: // "J. D. Vance"
		return true
	case words >= 2 && words <= 3 && a.saidNear(start, end):
		return true
	case words >= 2 && words <= 3 && a.personContext(start, end):
		return true
	}
	return false
}

// nameWords counts the words of tokens [start, end) that are no particles.
func (a *analysis) nameWords(start, end int) int {
	n := 0
	for j := start; j < end; j++ {
		if a.toks[j].kind == wordToken && !particles.has(a.word(j)) {
			n++
		}
	}
	return n
}

// peerName records the person at tokens [start, end) when a peer's title comes right before
// the name and a territorial designation after it: "Baroness Chapman of Darlington" is one
// person under that whole style, also called "Baroness Chapman" and "Lady Chapman" later,
// and a member of the House of Lords of the United Kingdom. It reports whether it did.
func (a *analysis) peerName(start, end int) bool {
	t, ok := a.titleEnd[start]
	if !ok || end-start != 1 || !peerages.has(a.word(start-1)) || a.titles[t].end != start {
		return false
	}
	of := end
	if of+1 >= len(a.toks) || a.word(of) != "of" || a.toks[of+1].sentence != a.toks[start].sentence {
		return false
	}
	// The place: capitalised words, joined by hyphens ("of Stoke-on-Trent"), never by "and"
	// ("Lord Smith of Finsbury and Anna Kovac").
	styleEnd := of + 1
	for j := of + 1; j < len(a.toks) && j < of+1+maxPlaceWords && a.toks[j].sentence == a.toks[start].sentence; j++ {
		hyphen := a.word(j) == "-" || a.word(j-1) == "-"
		if a.covered[j] || !(a.nameWord(j) || hyphen && !a.toks[j].space && a.toks[j].kind != numberToken) {
			break
		}
		styleEnd = j + 1
	}
	for styleEnd > of+1 && a.word(styleEnd-1) == "-" {
		styleEnd--
	}
	if styleEnd == of+1 {
		return false
	}
	name := a.word(start-1) + " " + a.spanText(start, styleEnd)
	id := a.slug(name)
	if id == "" {
		return false
	}
	if _, ok := a.found[id]; !ok {
		// Territorial designations are the style of peers of the United Kingdom.
		affiliation := ""
		if _, ok := a.k.byID["united-kingdom"]; ok {
			affiliation = "united-kingdom"
		}
		a.found[id] = &docActor{id: id, name: name, key: a.nameKey(name), typ: Person, entry: -1, affiliation: affiliation}
	}
	if k := a.nameKey(a.word(start)); a.personKeys[k] == "" {
		a.personKeys[k] = id // "Baroness Chapman" later in the text, unless another took the name
	}
	for j := of; j < styleEnd; j++ {
		a.covered[j] = true // the designation names no place of the text
	}
	a.addMention(mentionSpan{start: start, end: end, found: id})
	return true
}

// maxPlaceWords is the most words of the place in a peer's territorial designation: "of
// Kingston upon Thames" has three.
const maxPlaceWords = 4

// appositiveTitle reports whether a person's title follows token end as an appositive.
func (a *analysis) appositiveTitle(end int) bool {
	_, ok := a.titleAfter(end)
	return ok
}

// companyContext reports whether the name at tokens [start, end) stands where only an
// organization does: after "shares of" or "shares in", or before "said in a statement" when
// it is one word (a person is named in full first: "Vexlor said in a statement").
func (a *analysis) companyContext(start, end int) bool {
	s := a.toks[start].sentence
	same := func(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].sentence == s }
	if same(start-2) && (a.word(start-1) == "of" || a.word(start-1) == "in") && strings.EqualFold(a.word(start-2), "shares") {
		return true
	}
	if end-start != 1 || !same(end+3) || !sayingVerbs.has(a.word(end)) || a.lastNames[a.word(start)] {
		return false // "Kovac said in a statement" after "Anna Kovac" is her
	}
	n := strings.ToLower(a.word(end + 3))
	return a.word(end+1) == "in" && (a.word(end+2) == "a" || a.word(end+2) == "its") && (n == "statement" || n == "release" || n == "filing")
}

// personContext reports whether the name at tokens [start, end) stands where only a person
// does: coordinated with a person ("Kofi Annan and Boutros Boutros-Ghali"), or on the other
// side of a verb of meeting, talking or judging from one ("Kofi Annan met Boutros
// Boutros-Ghali", "Boutros Boutros-Ghali thanked Kofi Annan").
func (a *analysis) personContext(start, end int) bool {
	s := a.toks[start].sentence
	same := func(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].sentence == s }
	if same(start-2) && (a.word(start-1) == "and" || a.word(start-1) == ",") && a.personEndingAt(start-2) {
		return true
	}
	if same(end+1) && a.word(end) == "and" && a.personStartingAt(end+1) {
		return true
	}
	if same(start-2) && a.personalVerb(start-1) && a.personEndingAt(start-2) {
		return true
	}
	return same(end+1) && a.personalVerb(end) && a.personStartingAt(end+1)
}

// personalVerb reports whether token i is a verb of the lexicon whose kind is done between
// people as much as states: meeting, talking, calling, thanking, praising, criticizing.
func (a *analysis) personalVerb(i int) bool {
	for _, e := range a.k.verbs[strings.ToLower(a.word(i))] {
		if e.noun || e.adj || len(e.rest) > 0 {
			continue
		}
		switch e.kind {
		case "meet", "talk", "call", "thank", "praise", "criticize", "accuse", "consult", "advise":
			return true
		}
	}
	return false
}

// personEndingAt reports whether a person's mention ends at token i.
func (a *analysis) personEndingAt(i int) bool {
	m, ok := a.endingAtToken(i)
	return ok && a.isPersonMention(m)
}

// personStartingAt reports whether a person's name starts at token i: a known person's
// name, which scanKnown has placed already, or a given name and another capitalised word.
func (a *analysis) personStartingAt(i int) bool {
	if !a.covered[i] {
		return a.k.given[a.word(i)] && !a.k.ambiguousGiven[a.word(i)] && i+1 < len(a.toks) &&
			a.toks[i+1].sentence == a.toks[i].sentence && a.nameWord(i+1)
	}
	for j := i; j < len(a.toks) && j < i+maxRunTokens && a.covered[j]; j++ {
		if m, ok := a.endingAtToken(j); ok {
			return m.start == i && a.isPersonMention(m)
		}
	}
	return false
}

// isPersonMention reports whether mention m names a person.
func (a *analysis) isPersonMention(m mentionSpan) bool {
	if m.found != "" {
		d := a.found[m.found]
		return d != nil && d.typ == Person
	}
	return len(m.forms) > 0 && a.k.entries[a.k.forms[m.forms[0]].entry].Type == Person
}

// saidNear reports whether a verb of saying follows the run [start, end) ("X said", "X told
// reporters") or precedes it (", said X", "according to X").
func (a *analysis) saidNear(start, end int) bool {
	if start > 0 && prepositions.has(a.word(start-1)) {
		return false // "the mayor of San Cristóbal del Lago said": the place says nothing
	}
	if end < len(a.toks) && a.toks[end].sentence == a.toks[start].sentence && sayingVerbs.has(a.word(end)) {
		return true
	}
	if start >= 1 && sayingVerbs.has(a.word(start-1)) && a.toks[start-1].sentence == a.toks[start].sentence {
		return true
	}
	return start >= 2 && a.word(start-2) == "according" && a.word(start-1) == "to"
}

// headline reports whether the sentence of token i is in headline case: at least four words
// that no list knows and none of them lower-case. Names found in such a sentence would be
// guesses. Each sentence is judged once.
func (a *analysis) headline(i int) bool {
	s := int(a.toks[i].sentence)
	if a.headlines == nil {
		a.headlines = make(map[int]bool)
	}
	h, ok := a.headlines[s]
	if ok {
		return h
	}
	from, to := a.sentenceStart(i), a.sentenceEnd(i)
	words, lower := 0, 0
	for j := from; j < to; j++ {
		if a.covered[j] || a.toks[j].kind != wordToken || connectors.has(a.word(j)) || smallWords.has(a.word(j)) {
			continue
		}
		words++
		if !a.toks[j].capitalized(a.text) {
			lower++
		}
	}
	h = lower == 0 && (words >= 4 || words >= 1 && a.titleLine(s))
	a.headlines[s] = h
	return h
}

// titleLine reports whether sentence s is a paragraph of its own that ends in no sentence
// punctuation: a headline or a crosshead ("Zelensky Addresses Press").
func (a *analysis) titleLine(s int) bool {
	sent := a.doc.Sentences[s]
	p := a.doc.Paragraphs[sent.Paragraph]
	if sent.Start != p.Start || sent.End != p.End {
		return false
	}
	text := strings.TrimRight(a.text[sent.Start:sent.End], " \t\r\n")
	r, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".!?:;\"”’)", r)
}

// affiliationBefore returns the country or organization named right before token i ("the
// Norvanian Water Ministry", "Norvania's Ministry of Water"), and its mention.
func (a *analysis) affiliationBefore(i int) (string, mentionSpan) {
	p := i - 1
	if p >= 0 && (a.word(p) == "'s" || a.word(p) == "’s") {
		p--
	}
	o, ok := a.endingAtToken(p)
	if !ok || len(o.forms) == 0 {
		return "", mentionSpan{}
	}
	if e := a.k.entries[a.k.forms[o.forms[0]].entry]; e.Type == Country || e.Type == Organization {
		return e.ID, o
	}
	return "", mentionSpan{}
}

// partyTag reports whether tokens [start, end) are a party and state in brackets after a
// name: "(D-NH)", "(R-S.D.)".
func (a *analysis) partyTag(start, end int) bool {
	if start == 0 || a.word(start-1) != "(" || end >= len(a.toks) || a.word(end) != ")" {
		return false
	}
	var b strings.Builder
	for j := start; j < end; j++ {
		b.WriteString(a.word(j))
	}
	tag := strings.ReplaceAll(b.String(), ".", "")
	party, state, ok := strings.Cut(tag, "-")
	return ok && len(party) == 1 && len(state) == 2 && strings.ToUpper(tag) == tag
}

// acronymOf returns the mention that an acronym at tokens [start, end) makes: in brackets
// right after a name whose capitalised words it spells ("the Kestrian Water Authority
// (KWA)"), that name's actor, which the acronym then names wherever it stands after.
func (a *analysis) acronymOf(start, end int) (mentionSpan, bool) {
	if end-start != 1 {
		return mentionSpan{}, false
	}
	w := a.word(start)
	if m, ok := a.acronyms[w]; ok {
		m.start, m.end = start, end
		return m, true
	}
	if start < 2 || a.word(start-1) != "(" || utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w {
		return mentionSpan{}, false
	}
	m, ok := a.endingAtToken(start - 2)
	if !ok || !spells(w, a.spanText(m.start, m.end)) && !(m.found != "" && spells(w, a.found[m.found].name)) {
		return mentionSpan{}, false // "(ISRO)" spells the Indian Space Research Organisation
	}
	if a.acronyms == nil {
		a.acronyms = map[string]mentionSpan{}
	}
	a.acronyms[w] = m
	m.start, m.end = start, end
	return m, true
}

// spells reports whether acronym abbreviates name: its letters, in order, are the initials
// of the name's capitalised words, a word giving more letters than its initial ("NEPCO":
// National Electric Power COmpany), and the complement after "of", "for" or "on" may be left
// out ("EC": Electoral Commission of Ghana).
func spells(acronym, name string) bool {
	type word struct {
		letters    []rune // upper case
		complement bool   // at or after the first "of", "for", "on"
	}
	var words []word
	complement := false
	for w := range strings.FieldsSeq(name) {
		if connectors.has(w) {
			complement = true
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			words = append(words, word{[]rune(strings.ToUpper(w)), complement})
		}
	}
	letters := []rune(acronym)
	if len(words) < 2 || len(words) > maxAcronymWords || len(letters) < 2 || len(letters) > maxAcronym {
		return false
	}
	// match reports whether letters[i:] spell words[w:]; failed reads are remembered, so that
	// each (i, w) is read once.
	failed := make([]bool, (len(letters)+1)*(len(words)+1))
	var match func(i, w int) bool
	match = func(i, w int) bool {
		switch {
		case i == len(letters):
			return w == len(words) || words[w].complement
		case w == len(words) || failed[i*(len(words)+1)+w] || words[w].letters[0] != letters[i]:
			return false
		}
		// The word gives its initial and then any of its later letters, in order.
		j := i + 1
		if match(j, w+1) {
			return true
		}
		for _, r := range words[w].letters[1:] {
			if j < len(letters) && r == letters[j] {
				j++
				if match(j, w+1) {
					return true
				}
			}
		}
		failed[i*(len(words)+1)+w] = true
		return false
	}
	return match(0, 0)
}

// maxAcronymWords is the most capitalised words of a name spells reads.
const maxAcronymWords = 12

// maxAcronym is the most letters of an acronym spells reads, which bounds its work.
const maxAcronym = 8

// allCaps reports whether every word of tokens [start, end) is in capitals and longer than
// one letter.
func (a *analysis) allCaps(start, end int) bool {
	words := 0
	for j := start; j < end; j++ {
		if a.toks[j].kind != wordToken || particles.has(a.word(j)) {
			continue
		}
		w := a.word(j)
		if utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w {
			return false
		}
		words++
	}
	return words > 0
}

// initial reports whether token i is an initial: one capital letter and a period ("E.").
func (a *analysis) initial(i int) bool {
	return utf8.RuneCountInString(a.word(i)) == 1 && a.toks[i].capitalized(a.text) &&
		i+1 < len(a.toks) && a.word(i+1) == "." && !a.toks[i+1].space
}
