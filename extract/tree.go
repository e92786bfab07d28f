package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/syntax"
)

// Interactions read from dependency trees. A sentence that names two or more actors is
// tagged and parsed (package syntax), and each predicate's arguments are read from its
// dependents, as political event coders read them from parse trees (PETRARCH2):
//
//   - a verb's source is its subject (nsubj), or the agent of a passive (obl:agent, "by A");
//     its targets are its objects (obj, iobj), its obliques with a linking preposition ("met
//     with B", "pressure on B", "sanctions against B") and the prepositional modifiers of its
//     object ("restored ties with B", "signed a protocol with B"); the subject of a passive
//     is a target ("B was criticized by A");
//   - a verb without a subject takes it from the verb it depends on: a controlled verb from
//     the controller ("urged A to pressure B": A pressures B; "agreed to meet B"), a
//     coordinated verb from the first ("met A and later criticized B"), a relative clause
//     from the noun it modifies ("A, who lambasted B");
//   - an event noun's source is its possessor ("A's attacks on B") or the subject of the
//     light verb that carries it ("A held talks with B"); its target the noun's prepositional
//     modifier; "talks between A and B" pairs A and B;
//   - a phrase stands for the actor it names: its head's mention, or, for a head that stands
//     in for an actor (data/stand_ins.txt: "delegation", "forces", "members"), the actor that
//     qualifies it ("Russian forces", "Ukraine's government", "members of Congress", "a
//     delegation led by X"); an appositive is not its head ("X, ambassador to NATO, told":
//     the speaker is X); conjuncts are arguments too ("A and B met C", "met A, B and C"); a
//     symmetric event with conjoined subjects and no object pairs them ("A and B met");
//   - pronouns: a subject pronoun takes up the subject of the clause that reports it
//     ("Russia said it would retaliate"), a relative pronoun the noun its clause modifies,
//     and "I" or "we" in a quotation its speaker (quotes.go);
//   - a speaker's reported clause about another actor is a statement to it, or an
//     accusation when the clause says the actor does something hostile ("Power said the
//     SAF are blocking aid").
//
// Verbs of the lexicon (data/verbs.tsv) give the kind; a verb outside it gives "other"
// unless data/not_events.txt lists it, or the kind of the event noun it carries ("sent aid
// to B"). The token rules of interact.go read only the predicates the tree did not settle.

// maxTreeWords bounds the words of a sentence that is parsed: a longer "sentence" is a list
// or page furniture, left to the token rules, whose look-backs are bounded.
const maxTreeWords = 150

// treeParser tags and parses sentences with the model embedded in package syntax.
var treeParser syntax.Parser

// A tree is one parsed sentence, its words tied to the document's actor mentions.
type tree struct {
	a     *analysis
	s     int            // sentence index
	words []syntax.Token // Start and End are byte offsets in the document
	kids  [][]int32      // dependents of each word, in order
	actor []*docActor    // by word: the actor of the mention that holds it, or nil
	tok   []int32        // by word: the document token that starts at or holds its start
	quote []int32        // by word: the quotation that holds it (1, 2, ...), or 0
	depth int            // phrases being read (actorsOf), bounded by maxPhraseDepth
}

// quoted reports whether words i and j are not in the same quotation: a speaker's words
// are no argument of the verb that reports them ("'A and B fished here,' C told ...").
func (t *tree) quoted(i, j int32) bool { return t.quote[i] != t.quote[j] }

// parseSentence parses sentence s, whose actors are named in spans (phraseSpans).
func (a *analysis) parseSentence(s int, spans []phraseSpan) *tree {
	words := a.sentenceWords(s)
	if words == nil {
		return nil
	}
	words = joinNames(a.text, words, spans)
	parseWords(words)
	t := &tree{a: a, s: s, words: words, kids: make([][]int32, len(words)), actor: make([]*docActor, len(words)), tok: make([]int32, len(words)), quote: make([]int32, len(words))}
	// Each word's quotation among the document's (1, 2, ...), or 0 outside one.
	quotes := a.quoteSpans()
	for i, w := range words {
		t.quote[i] = int32(quoteAt(quotes, w.Start) + 1)
	}
	for i, w := range words {
		if w.Head >= 0 {
			t.kids[w.Head] = append(t.kids[w.Head], int32(i))
		}
	}
	// Words and mentions are both in text order: one pass ties them.
	m := 0
	for i, w := range words {
		for m < len(spans) && spans[m].end <= w.Start {
			m++
		}
		if m < len(spans) && spans[m].start < w.End {
			t.actor[i] = spans[m].actor
			// A word that joins two names ("the Trump-Putin call") is neither.
			if m+1 < len(spans) && spans[m+1].start < w.End && spans[m+1].actor != spans[m].actor {
				t.actor[i] = nil
			}
		}
	}
	// The source of a report ("according to Reuters, ...") is no argument of the verbs
	// around it: its words, up to the next comma, name no actor in the tree.
	for i := 0; i+1 < len(words); i++ {
		if strings.EqualFold(words[i].Form, "according") && strings.EqualFold(words[i+1].Form, "to") {
			for j := i + 2; j < len(words) && words[j].Form != ","; j++ {
				t.actor[j] = nil
			}
		}
	}
	k := a.sentToks[s]
	for i, w := range words {
		for k+1 < a.sentToks[s+1] && int(a.toks[k+1].start) <= w.Start {
			k++
		}
		t.tok[i] = int32(k)
	}
	return t
}

// sentenceWords returns the words of sentence s to parse, their spans offsets in the
// document, or nil when it is too long to parse (maxTreeWords) or holds nothing to. A
// dateline ("WASHINGTON, Feb 2 (Reuters) -") is no part of the sentence's grammar: the words
// after it are parsed on their own.
func (a *analysis) sentenceWords(s int) []syntax.Token {
	sent := a.doc.Sentences[s]
	words := syntax.Tokenize(a.text[sent.Start:sent.End])
	if len(words) == 0 || len(words) > maxTreeWords {
		return nil
	}
	for i := range words {
		words[i].Start += sent.Start
		words[i].End += sent.Start
	}
	if words = words[datelineEnd(words):]; len(words) == 0 {
		return nil
	}
	return words
}

// parseWords tags and parses words, setting their tags, heads and relations.
func parseWords(words []syntax.Token) {
	parsed := treeParser.Parse(forms(words))
	for i := range words {
		words[i].UPOS, words[i].XPOS, words[i].Head, words[i].Rel = parsed[i].UPOS, parsed[i].XPOS, parsed[i].Head, parsed[i].Rel
	}
}

// datelineEnd returns the number of words of the dateline that opens a sentence (a place in
// capitals, then within a few words a dash: "KYIV, Nov 24 (Reuters) -"), or 0.
func datelineEnd(words []syntax.Token) int {
	if !allCaps(words[0].Form) {
		return 0
	}
	for i := 1; i < len(words) && i < 12; i++ {
		switch words[i].Form {
		case "-", "--", "—", "–":
			if words[i].Start > words[i-1].End { // a dash set off by a space, not a hyphen
				return i + 1
			}
		}
	}
	return 0
}

// allCaps reports whether w has at least three letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 3
}

// A phraseSpan is the bytes of a sentence that name one actor.
type phraseSpan struct {
	start, end int
	actor      *docActor
}

// phraseSpans returns the spans of the mentions, in order, a person's grown to take in the
// title before the name and the country or organization before the title: all of
// "Pannorian Prime Minister Attila Rosznyak" is the person, whose affiliation the rest is,
// and none of it is another argument of a verb.
func (a *analysis) phraseSpans(mentions []resolvedMention) []phraseSpan {
	out := make([]phraseSpan, 0, len(mentions))
	for _, m := range mentions {
		sp := phraseSpan{int(a.toks[m.start].start), int(a.toks[m.end-1].end), m.actor}
		// A possessor right before a name qualifies it: "Valdoria's National Anti-Drug
		// Agency" is the agency.
		if n := len(out); n > 0 && m.start >= 2 && isPossessive(a.word(m.start-1)) && a.tokenAt(out[n-1].end, m.start-1) {
			sp.start = out[n-1].start
			out = out[:n-1]
		}
		if m.actor.typ == Person {
			if ti, ok := a.titleEnd[m.start]; ok {
				first := a.titles[ti].start
				sp.start = int(a.toks[first].start)
				// The mention that ends where the title starts qualifies the title, as does
				// a possessive one ("Lanmar's Prime Minister").
				if first > 0 && isPossessive(a.word(first-1)) {
					first--
				}
				if n := len(out); n > 0 && out[n-1].actor.typ != Person && out[n-1].end <= sp.start &&
					a.tokenAt(out[n-1].end, first) {
					sp.start = out[n-1].start
					out = out[:n-1]
				}
			}
		}
		out = append(out, sp)
	}
	return out
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" }

// tokenAt reports whether the token before token i ends at byte end.
func (a *analysis) tokenAt(end, i int) bool { return i > 0 && int(a.toks[i-1].end) == end }

// joinNames makes one word of the words that a name holds with no space between them: the
// recognizer knows "News.Az" for one name, where the tokenizer splits it at its dot.
func joinNames(text string, words []syntax.Token, spans []phraseSpan) []syntax.Token {
	out := words[:0]
	m := 0
	for _, w := range words {
		for m < len(spans) && spans[m].end <= w.Start {
			m++
		}
		if n := len(out); n > 0 && out[n-1].End == w.Start && m < len(spans) &&
			spans[m].start <= out[n-1].Start && w.End <= spans[m].end {
			out[n-1].End = w.End
			out[n-1].Form = text[out[n-1].Start:w.End]
			continue
		}
		out = append(out, w)
	}
	return out
}

func forms(words []syntax.Token) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w.Form
	}
	return out
}

func (t *tree) rel(i int32) string   { return t.words[i].Rel }
func (t *tree) lower(i int32) string { return strings.ToLower(t.words[i].Form) }
func (t *tree) isVerb(i int32) bool  { return t.words[i].UPOS == "VERB" }
func (t *tree) isNominal(i int32) bool {
	switch t.words[i].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "X":
		return true
	}
	return false
}

// base returns a relation without its subtype: "nsubj" for "nsubj:pass".
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// child returns the first dependent of i with relation rel (exactly), or -1.
func (t *tree) child(i int32, rel string) int32 {
	for _, k := range t.kids[i] {
		if t.rel(k) == rel {
			return k
		}
	}
	return -1
}

// received returns, for a verb of receiving, who gave the thing received and the thing:
// "A received a call from B", "A received money from B", "A received from B a letter". A
// thing that stands for actors is a visit, not a gift: "A received a delegation from B".
func (t *tree) received(v int32) (givers []*docActor, thing int32, ok bool) {
	if !receivingVerbs.has(t.lower(v)) || !t.isVerb(v) || t.child(v, "nsubj:pass") >= 0 || t.child(v, "aux:pass") >= 0 {
		return nil, -1, false // "B was received by A"
	}
	thing = -1
	for _, k := range t.kids[v] {
		switch r := base(t.rel(k)); {
		case r == "obl" && t.preposition(k) == "from":
			givers = append(givers, t.actorsOf(k)...)
		case r == "obj" || r == "obl" && t.preposition(k) != "from":
			if len(t.actorsOf(k)) > 0 {
				return nil, -1, false
			}
			for _, m := range t.kids[k] {
				if t.rel(m) == "nmod" && t.preposition(m) == "from" {
					givers = append(givers, t.actorsOf(m)...)
					thing = k
				}
			}
			if r == "obj" && thing < 0 {
				thing = k
			}
		}
	}
	return givers, thing, len(givers) > 0
}

// childrenWith returns the children of word h whose relation is one of rels.
func (t *tree) childrenWith(h int32, rels ...string) []int32 {
	var out []int32
	for _, k := range t.kids[h] {
		if slices.Contains(rels, t.rel(k)) {
			out = append(out, k)
		}
	}
	return out
}

// marker returns the mark or case word of clause v, lower-cased, or "".
func (t *tree) marker(v int32) string {
	for _, k := range t.kids[v] {
		if r := t.rel(k); r == "mark" || r == "case" {
			return t.lower(k)
		}
	}
	return ""
}

// preposition returns the case marker of nominal i, lower-cased, or "".
func (t *tree) preposition(i int32) string {
	for _, k := range t.kids[i] {
		if t.rel(k) == "case" { // mostly ADP; "including" is a VERB
			return t.lower(k)
		}
	}
	return ""
}

// conjuncts returns i and the words coordinated with it.
func (t *tree) conjuncts(i int32) []int32 {
	out := []int32{i}
	for _, k := range t.kids[i] {
		if t.rel(k) == "conj" && t.isNominal(k) == t.isNominal(i) {
			out = append(out, k)
		}
	}
	return out
}

// argsOf returns the actors of argument k of predicate v: none when one is quoted and the
// other is not.
func (t *tree) argsOf(v, k int32) []*docActor {
	if t.quoted(v, k) {
		return nil
	}
	return t.actorsOf(k)
}

// maxPhraseDepth bounds how deep phrases are read into one another (a phrase's actors may
// be another phrase's: a pronoun's antecedent, an appositive's people), whatever a parse
// of odd text looks like.
const maxPhraseDepth = 8

// actorsOf returns the actors that the phrase headed by word i and its conjuncts name.
func (t *tree) actorsOf(i int32) []*docActor {
	if t.depth >= maxPhraseDepth {
		return nil
	}
	t.depth++
	defer func() { t.depth-- }()
	var out []*docActor
	for _, c := range t.conjuncts(i) {
		for _, d := range t.phraseActors(c) {
			if slices.Contains(out, d) {
				continue
			}
			// An outlet listed with other actors is a reporter in a misread list ("visit
			// to the U.S., Reuters and CBS News reported"), not a fellow argument.
			if len(out) > 0 && (d.typ == Media) != (out[0].typ == Media) {
				continue
			}
			out = append(out, d)
		}
	}
	return out
}

// phraseActors returns the actors that the phrase headed by word i names: the actor of its
// head's mention; a person named after a title that heads the phrase; for a head that
// stands in for actors, the actors that qualify it; for a subject pronoun, the subject it
// takes up.
func (t *tree) phraseActors(i int32) []*docActor {
	if d := t.actor[i]; d != nil {
		return []*docActor{d}
	}
	if !t.isNominal(i) {
		return nil
	}
	if t.words[i].UPOS == "PRON" {
		// "Kestria, which was criticized by Norvania": the noun the relative clause modifies.
		if v := int32(t.words[i].Head); relativePronouns.has(t.lower(i)) && v >= 0 && t.rel(v) == "acl:relcl" {
			if n := int32(t.words[v].Head); n >= 0 {
				// "A and B, which are fighting each other": the clause may follow the
				// last conjunct and be about all of them.
				if t.rel(n) == "conj" && t.isNominal(int32(t.words[n].Head)) {
					n = int32(t.words[n].Head)
				}
				return t.actorsOf(n)
			}
		}
		if d := t.antecedent(i); d != nil {
			return []*docActor{d}
		}
		// "I" and "we" in a quotation are its speaker.
		if w := t.words[i].Form; firstPersonSingular.has(w) || firstPersonPlural.has(w) {
			if d := quoteSpeaker(t.a.quoteSpans(), t.words[i].Start); d != nil {
				return []*docActor{d}
			}
		}
		return nil
	}
	// A title that heads a name: "Prime Minister Attila Rosznyak" is the person, not the
	// country of "Pannorian Prime Minister". Only a title: "the Trump-Putin call" is
	// neither.
	if pair := t.pairReference(i); pair != nil {
		return pair // "the two sides", "both leaders"
	}
	// A title word stands in like a noun of stand_ins.txt: "Dagolath's first deputy prime
	// minister" is Dagolath.
	standIn := t.a.k.standIns[t.lower(i)] || t.tok[i] >= 0 && t.a.inTitle(int(t.tok[i]))
	title := t.words[i].UPOS == "PROPN" || standIn
	for _, k := range t.kids[i] {
		if !title {
			break
		}
		switch t.rel(k) {
		case "flat", "appos", "compound", "nmod:desc":
			if d := t.actor[k]; d != nil && d.typ == Person && !t.quoted(k, i) {
				return []*docActor{d}
			}
		}
	}
	// "both leaders, President A and President B": the people the appositive names; "three
	// prisoners, including one American": the members it lists.
	var listed []*docActor
	for _, k := range t.kids[i] {
		switch {
		case t.rel(k) == "appos" && !t.quoted(k, i):
			for _, d := range t.actorsOf(k) {
				if d.typ == Person {
					listed = append(listed, d)
				}
			}
		case t.rel(k) == "nmod" && t.preposition(k) == "including":
			listed = append(listed, t.actorsOf(k)...)
		}
	}
	if len(listed) > 0 {
		return listed
	}
	if !standIn {
		return nil
	}
	for _, k := range t.kids[i] {
		switch t.rel(k) {
		case "amod", "compound", "nmod:poss":
			if d := t.actor[k]; d != nil && d.typ != Person { // "Russian forces", "Ukraine's government"
				return []*docActor{d}
			}
		case "nmod":
			// "members of Congress", "soldiers from Gondor", "the ambassadors of A, B and C"
			if p := t.preposition(k); p == "of" || p == "from" {
				if ds := t.actorsOf(k); len(ds) > 0 { // "members of the Norvanian government"
					return ds
				}
			}
		case "acl":
			if agent := t.agent(k); agent >= 0 && t.actor[agent] != nil { // "a delegation led by X"
				return t.actorsOf(agent)
			}
		}
	}
	return nil
}

// subjectPronouns take up the subject of the clause they are reported in: "Russia said it
// would retaliate" (it: Russia); he and she only a person, it only another actor.
var subjectPronouns = map[string]int{"it": 1, "they": 2, "he": 3, "she": 3}

// antecedent returns the actor that subject pronoun p stands for: the subject of the verb
// whose complement, adverbial or coordinated clause holds p's verb ("Ethiopia indicated it
// would act", "Russia said it had struck Kyiv"), or nil.
func (t *tree) antecedent(p int32) *docActor {
	kind, ok := subjectPronouns[t.lower(p)]
	if !ok || base(t.rel(p)) != "nsubj" {
		return nil
	}
	if d := t.clauseAntecedent(p, kind); d != nil {
		return d
	}
	// "Hegseth spoke in Brussels, where he said ...": he or she is the one person named
	// before it in the sentence, when there is exactly one.
	if kind == 3 {
		var person *docActor
		for i := int32(0); i < p; i++ {
			if d := t.actor[i]; d != nil && d.typ == Person {
				if person != nil && person != d {
					return nil
				}
				person = d
			}
		}
		return person
	}
	return nil
}

// clauseAntecedent returns the subject of the clause that reports pronoun p's clause, when
// it agrees with p's kind (subjectPronouns), or nil.
func (t *tree) clauseAntecedent(p int32, kind int) *docActor {
	v := int32(t.words[p].Head)
	for depth := 0; v >= 0 && depth < 3; depth++ {
		switch t.rel(v) {
		case "ccomp", "advcl", "conj", "xcomp":
		default:
			return nil
		}
		h := int32(t.words[v].Head)
		if h < 0 {
			return nil
		}
		if s := t.child(h, "nsubj"); s >= 0 {
			d := t.actor[s]
			if d == nil {
				ds := t.phraseActors(s)
				if len(ds) != 1 {
					return nil
				}
				d = ds[0]
			}
			if (kind == 3) != (d.typ == Person) && kind != 2 {
				return nil
			}
			return d
		}
		v = h
	}
	return nil
}

// agent returns the agent of passive verb v ("by A"), or -1.
func (t *tree) agent(v int32) int32 {
	for _, k := range t.kids[v] {
		if t.rel(k) == "obl:agent" || t.rel(k) == "obl" && t.preposition(k) == "by" {
			return k
		}
	}
	return -1
}

// interactions adds the interactions the tree states.
// It marks in claimed the document tokens of the predicates whose arguments it found: the
// token rules leave those alone.
//
// It sets in verdicts the modality the tree reads for a predicate from its governor or its
// tense ("agreed to", "a push to get", "leaves on Thursday"), for the token rules to keep.
func (t *tree) interactions(add func(src, dst *docActor, kind string, mod *lazyModality, sentence int), claimed map[int]bool, verdicts map[int]Modality) {
	for _, w := range t.words {
		if strings.EqualFold(w.Form, "respectively") {
			return // "A and B, led by C and D, respectively, met": pairs the tree does not hold
		}
	}
	t.comments(add)
	for i := 0; i < len(t.words); i++ {
		v := int32(i)
		kind, n, ok := t.predicate(v)
		if !ok {
			continue
		}
		i += n            // the words of a form of several ("peace talks") are one predicate
		claim := func() { // all the words of the form
			for w := v; w <= v+int32(n); w++ {
				claimed[int(t.tok[w])] = true
			}
		}
		tone := cmp.Or(t.tone(v), t.tone(v+int32(n))) // "productive peace talks": the head of a form of several is its last word
		if kind == "other" {
			// A verb outside the lexicon that carries an event noun takes its kind, and its
			// tone: "sent supplies to B", "held productive talks with B".
			if o := t.child(v, "obj"); o >= 0 {
				if k, ok := t.nounKind(o); ok {
					kind = k
					tone = cmp.Or(tone, t.tone(o))
				}
			}
		}
		mod := &lazyModality{a: t.a, v: int(t.tok[v]), end: int(t.tok[v]) + 1, tone: tone}
		verdict, ok := t.governorModality(v)
		switch {
		case ok:
		case cancellingVerbs.has(t.lower(v)): // "A and B postponed their meeting"
			verdict, ok = Negated, true
		case t.scheduled(v): // "A leaves for B on Thursday"
			verdict, ok = Planned, true
		}
		if t.doubleNegated(v) { // "not a day has passed where A hasn't called for B's ..."
			if !ok {
				verdict, ok = Asserted, true
			}
			mod.m, mod.done = verdict, true
			verdicts[int(t.tok[v])] = verdict
		} else if ok {
			mod.m, mod.done = stronger(verdict, mod.get()), true
			// The token rules may still find the predicate's arguments; the tree's reading
			// of its modality stands.
			verdicts[int(t.tok[v])] = verdict
		}
		emit := func(src, dst []*docActor) {
			// The tree claims a predicate when it found both sides, one side of a passive,
			// whose direction the token rules are apt to get backwards, or the target of an
			// event noun, whose holder they are apt to guess.
			if len(src) > 0 && len(dst) > 0 || len(src)+len(dst) > 0 && t.passive(v) || len(dst) > 0 && !t.isVerb(v) {
				claim()
			}
			// A quotation's speaker tells of another's act: "“B has threatened us,” A said."
			// The speaker's own acts stay the speaker's account.
			var relayed *lazyModality
			speaker := quoteSpeaker(t.a.quoteSpans(), t.words[v].Start)
			for _, s := range src {
				m := mod
				if speaker != nil && s != speaker {
					if relayed == nil {
						relayed = &lazyModality{m: stronger(Reported, mod.get()), done: true, tone: mod.tone}
					}
					m = relayed
				}
				for _, d := range dst {
					add(s, d, kind, m, t.s)
				}
			}
		}
		if givers, thing, ok := t.received(v); ok { // "A received a call from B": B called A
			kind = "other"
			if k, ok := t.nounKind(thing); ok {
				kind = k
			}
			emit(givers, t.subjectOf(v, 0))
			continue
		}
		if t.isVerb(v) || t.words[v].UPOS == "ADJ" { // "A is grateful to B"
			src, dst, subject := t.verbArguments(v, kind)
			if subject && len(src) == 0 {
				// The subject is no actor ("the concessions would reward A while offering
				// B ..."): no rule may guess one.
				claim()
			}
			emit(src, dst)
			if (len(dst) == 0 && t.a.k.kinds[kind].symmetric || t.reciprocal(v)) && len(src) > 1 { // "A and B met", "A and B fought each other"
				claim() // the tree has read the clause: "A and B discussed C's attacks" is no talk with C
				for x := range src {
					for y := x + 1; y < len(src); y++ {
						add(src[x], src[y], kind, mod, t.s)
						if !t.a.k.kinds[kind].symmetric { // "A and B accused each other": both ways
							add(src[y], src[x], kind, mod, t.s)
						}
					}
				}
			}
			continue
		}
		head := v
		if n > 0 {
			head = v + int32(n) // "peace talks between A and B": the last word heads the form
		}
		if kind == "aid" && t.announced(head) {
			kind = "support" // "announced $315 million in aid for B": a package announced, not yet aid given
		}
		src, dst, decided := t.nounArguments(head, kind)
		if decided {
			claim()
		}
		if len(dst) == 0 && len(src) > 1 && t.a.k.kinds[kind].symmetric { // "A and B made progress in talks"
			src, dst = src[:1], src[1:]
		}
		emit(src, dst)
	}
}

// predicate returns the kind of the verb or event noun at word v, if it is one.
//
// It also returns how many words after v the form takes.
func (t *tree) predicate(v int32) (string, int, bool) {
	w := t.words[v]
	verb, adj := w.UPOS == "VERB", w.UPOS == "ADJ"
	if !verb && !adj && w.UPOS != "NOUN" {
		return "", 0, false
	}
	best, bestLen, words := "", -1, 0
	for _, e := range t.a.k.verbs[t.lower(v)] {
		if verb && e.noun || adj != e.adj {
			continue // a noun's form read as a verb; a verb's form read as a noun is its event ("the meeting")
		}
		// The words after the first: a particle ("call on") or the next words.
		ok := true
		for j, r := range e.rest {
			k := v + 1 + int32(j)
			if int(k) >= len(t.words) || !strings.EqualFold(t.words[k].Form, r) {
				ok = false
				break
			}
		}
		n := len(e.rest)
		// A preposition the form ends in may stand apart from the verb: "left yesterday for
		// B" is "left for B". The words between are not the form's.
		if !ok && verb && n == 1 && t.oblique(v, e.rest[0]) {
			ok, n = true, 0
		}
		if ok && len(e.rest) > bestLen {
			best, bestLen, words = e.kind, len(e.rest), n
		}
	}
	// A verb outside the lexicon is an event only in a clause of its own, not in one that
	// modifies a noun or an adverbial phrase ("discussions about bringing B to C").
	if bestLen < 0 && verb && !t.a.k.notEvents[t.lower(v)] && t.rel(v) != "acl" && t.rel(v) != "advcl" {
		return "other", 0, true // a verb outside the lexicon: an interaction of no known kind
	}
	return best, words, bestLen >= 0
}

// objectIs reports whether verb v has an object that is a word of class c.
func (t *tree) objectIs(v int32, c wordClass) bool {
	o := t.child(v, "obj")
	return o >= 0 && c.has(t.lower(o))
}

// oblique reports whether verb v has an oblique argument that preposition p introduces and
// that names an actor: "left yesterday for B", not "called B on Monday".
func (t *tree) oblique(v int32, p string) bool {
	for _, k := range t.kids[v] {
		if base(t.rel(k)) == "obl" && t.preposition(k) == p && len(t.actorsOf(k)) > 0 {
			return true
		}
	}
	return false
}

// passive reports whether verb v is passive.
func (t *tree) passive(v int32) bool {
	for _, k := range t.kids[v] {
		if r := t.rel(k); r == "nsubj:pass" || r == "aux:pass" {
			return true
		}
	}
	return t.isVerb(v) && t.words[v].XPOS == "VBN" && (t.rel(v) == "acl" || t.agent(v) >= 0)
}

// governorModality returns the modality that the verb governing verb v's clause gives it:
// planned for the complement of a planning verb, negated for that of a refusal.
func (t *tree) governorModality(v int32) (Modality, bool) {
	// An event noun takes the modality of the verb that carries it: "vowed to wage war";
	// one that is put off did not take place: "postponed their meeting".
	if h := int32(t.words[v].Head); !t.isVerb(v) && h >= 0 && t.isVerb(h) && t.rel(v) == "obj" {
		switch {
		case cancellingVerbs.has(t.lower(h)):
			return Negated, true
		case carryingVerbs.has(t.lower(h)):
			v = h // not "threatened to cut off support for B": the support is no threat's aim
		case obtainingVerbs.has(t.lower(h)) && t.marker(h) == "to":
			return Planned, true // "a push to get B's agreement": sought, not given
		}
	}
	// What is asked for is not done: "called for sanctions against B", "urged talks with B".
	if h := int32(t.words[v].Head); !t.isVerb(v) && h >= 0 && t.isVerb(h) &&
		(t.rel(v) == "obj" || t.rel(v) == "obl" && t.preposition(v) == "for") {
		if k, _, ok := t.predicate(h); ok && (k == "appeal" || k == "ask" || k == "demand" || k == "propose") {
			return Possible, true
		}
	}
	// The aim of a noun is not done: "Trump's push to get Ukraine's agreement", "efforts to
	// reach a deal with B"; but "the first country to recognize B" did.
	if h := int32(t.words[v].Head); t.rel(v) == "acl" && t.marker(v) == "to" && h >= 0 && t.isNominal(h) && !t.firstOfKind(h) {
		return Planned, true
	}
	// "vowed to wage war on B" is read as an infinitive of purpose as often as a complement.
	if t.rel(v) != "xcomp" && !(t.rel(v) == "advcl" && t.marker(v) == "to") {
		return "", false
	}
	h := t.lower(int32(t.words[v].Head))
	switch {
	case refusingVerbs.has(h):
		return Negated, true
	case planningVerbs.has(h):
		return Planned, true
	}
	return "", false
}

// scheduled reports whether verb v is in the simple present with a time to come: "leaves for
// B on Thursday", "meets B next week" are planned, as news writes of what is scheduled.
func (t *tree) scheduled(v int32) bool {
	if x := t.words[v].XPOS; x != "VBZ" && x != "VBP" || !t.isVerb(v) {
		return false
	}
	for _, k := range t.kids[v] {
		switch t.rel(k) {
		case "aux", "aux:pass", "cop":
			return false // "has left", "is leaving" say something else
		}
	}
	for _, k := range t.kids[v] {
		if r := t.rel(k); r != "obl" && r != "obl:tmod" && r != "obl:unmarked" && r != "nmod:tmod" {
			continue
		}
		if futureTimes.has(t.lower(k)) {
			return true
		}
		for _, m := range t.kids[k] {
			if w := t.lower(m); t.rel(m) == "amod" && (w == "next" || w == "coming") {
				return true // "next week"
			}
		}
	}
	return false
}

// doubleNegated reports whether the negation of predicate v (or of the verb that carries
// it) is undone by a negated clause that v's clause modifies: "Not a day has passed where A
// hasn't called for talks", "There is no week when A does not attack B".
func (t *tree) doubleNegated(v int32) bool {
	if h := int32(t.words[v].Head); !t.isVerb(v) && h >= 0 && t.isVerb(h) {
		v = h
	}
	if !t.negated(v) {
		return false
	}
	switch t.rel(v) {
	case "advcl", "acl:relcl", "acl":
	default:
		return false
	}
	h := int32(t.words[v].Head)
	if h < 0 {
		return false
	}
	if t.negated(h) {
		return true
	}
	for _, k := range t.kids[h] { // "no week", "not a day"
		if base(t.rel(k)) == "nsubj" || t.rel(k) == "obj" {
			for _, m := range t.kids[k] {
				if w := t.lower(m); w == "no" || w == "not" {
					return true
				}
			}
		}
	}
	return false
}

// announced reports whether event noun n is what a verb announces or pledges, directly or
// as the amount it is in: "announced new aid for B", "announced $315 million in aid".
func (t *tree) announced(n int32) bool {
	for k := 0; k < 2 && n >= 0; k++ {
		h := int32(t.words[n].Head)
		if h < 0 {
			return false
		}
		if t.isVerb(h) {
			return announcingVerbs.has(t.lower(h))
		}
		n = h
	}
	return false
}

// firstOfKind reports whether noun n is "the first", "the only" or "the last" of its kind.
func (t *tree) firstOfKind(n int32) bool {
	for _, k := range t.kids[n] {
		if w := t.lower(k); w == "first" || w == "only" || w == "last" {
			return true
		}
	}
	return false
}

// stronger returns the modality that takes precedence: negated, possible, planned,
// reported, asserted.
func stronger(a, b Modality) Modality {
	rank := func(m Modality) int {
		return slices.Index([]Modality{Asserted, Reported, Planned, Possible, Negated}, m)
	}
	if rank(a) > rank(b) {
		return a
	}
	return b
}

// reciprocal reports whether verb v acts on "each other" or "one another".
func (t *tree) reciprocal(v int32) bool {
	for _, k := range t.kids[v] {
		if r := base(t.rel(k)); r != "obj" && r != "obl" {
			continue
		}
		// Either word may head the pair ("each other", "one another"); "one tank" is none.
		pair := func(a, b int32) bool {
			x, y := t.lower(a), t.lower(b)
			return (x == "other" || x == "another") && (y == "each" || y == "one")
		}
		for _, d := range t.kids[k] {
			if pair(k, d) || pair(d, k) {
				return true
			}
		}
	}
	return false
}

// comments adds a statement from a speaker to the actor a reported clause is about: "Hegseth
// said a return to Ukraine's prewar borders is unrealistic", "Power said the SAF and the RSF
// are blocking aid deliveries": the speaker comments on them, as event coders code it (CAMEO
// 01). Only when the clause states no interaction of its own between two actors, which the
// predicates code instead ("Zelensky said Russia attacked Ukraine" is Russia's attack).
func (t *tree) comments(add func(src, dst *docActor, kind string, mod *lazyModality, sentence int)) {
	for i := range t.words {
		v := int32(i)
		if !t.isVerb(v) {
			continue
		}
		// The clauses that say something of an actor: the complement of a verb of saying or
		// of opinion, or of the noun of opinion that a verb expresses ("expressed hopes
		// that B could be drawn into the talks", "voiced concern that B ...").
		var clauses []int32
		switch w := t.lower(v); {
		case sayingVerbs.has(w) || opinionVerbs.has(w):
			clauses = t.childrenWith(v, "ccomp")
		case expressingVerbs.has(w):
			if o := t.child(v, "obj"); o >= 0 && opinionNouns.has(t.lower(o)) {
				clauses = append(t.childrenWith(v, "ccomp"), t.childrenWith(o, "acl", "ccomp")...)
			}
		}
		if len(clauses) == 0 || t.unsaid(v) {
			continue
		}
		speakers := t.subjectOf(v, 0)
		if len(speakers) == 0 {
			continue
		}
		for _, c := range clauses {
			var about []*docActor
			// The clause's subject; when the parser read it as the object of the verb of
			// saying ("said [a return to Ukraine's borders] [is unrealistic]"), that.
			var subjects []int32
			for _, k := range t.kids[c] {
				if base(t.rel(k)) == "nsubj" {
					subjects = append(subjects, k)
				}
			}
			if o := t.child(v, "obj"); len(subjects) == 0 && o >= 0 {
				subjects = []int32{o}
			}
			for _, k := range subjects {
				// It must stand outside quotation marks, as the clause's verb need not
				// ("is “unrealistic”").
				if t.quoted(v, k) {
					continue
				}
				about = append(about, t.actorsOf(k)...)
				// "a return to Ukraine's prewar borders": a possessor in the subject, not a
				// partner of it ("talks with Ostmark").
				for _, p := range t.kids[k] {
					switch t.rel(p) {
					case "nmod:poss":
						about = append(about, t.actorsOf(p)...)
					case "nmod":
						if q := t.child(p, "nmod:poss"); q >= 0 {
							about = append(about, t.actorsOf(q)...)
						}
					}
				}
			}
			if len(about) == 0 || t.statesInteraction(c) {
				continue
			}
			// What the clause says the actor does sets the comment's sign: "Power said the
			// SAF are blocking aid deliveries" accuses them.
			kind := "statement"
			switch k, _, ok := t.predicate(c); {
			case ok && t.a.k.kinds[k].polarity < 0 && !t.negated(c):
				kind = "accuse"
			case dismissiveWords.has(t.lower(c)) && !t.negated(c):
				kind = "dismiss" // "said a return to B's borders is unrealistic"
			}
			mod := &lazyModality{a: t.a, v: int(t.tok[v]), end: int(t.tok[v]) + 1}
			mod.m, mod.done = Asserted, true // the speaker's own speech act
			for _, s := range speakers {
				for _, d := range about {
					if !sameSide(s, d) {
						add(s, d, kind, mod, t.s)
					}
				}
			}
		}
	}
}

// negated reports whether verb v has a negation ("not", "never") among its dependents.
func (t *tree) negated(v int32) bool {
	for _, k := range t.kids[v] {
		if w := t.lower(k); negations.has(w) || w == "n’t" {
			return true
		}
	}
	return false
}

// unsaid reports whether the verb of saying or opinion v says nothing: it is negated ("did
// not say that B"), asked about ("declined to say whether the U.S. believes B ..."), or
// the complement of a refusal.
func (t *tree) unsaid(v int32) bool {
	for u, n := v, 0; u >= 0 && n < 4; u, n = int32(t.words[u].Head), n+1 {
		if t.negated(u) {
			return true
		}
		if m := t.marker(u); m == "whether" || m == "if" {
			return true
		}
		if m, ok := t.governorModality(u); ok && m == Negated {
			return true
		}
		if r := t.rel(u); r != "ccomp" && r != "xcomp" {
			break
		}
	}
	return false
}

// sameSide reports whether a and b belong together (one is the other's affiliation, or they
// share one): a minister speaking of her own ministry or country comments on no other actor.
func sameSide(a, b *docActor) bool {
	return a.affiliation != "" && (a.affiliation == b.id || a.affiliation == b.affiliation) ||
		b.affiliation != "" && b.affiliation == a.id
}

// statesInteraction reports whether clause c holds a predicate of the lexicon whose subject
// and an object or oblique both name actors.
func (t *tree) statesInteraction(c int32) bool {
	if kind, _, ok := t.predicate(c); ok && kind != "other" && t.isVerb(c) {
		src, dst, _ := t.verbArguments(c, kind)
		return len(src) > 0 && len(dst) > 0
	}
	return false
}

// tone returns the sign that a word of data/tones.tsv gives predicate v: a modifier of it
// ("productive talks", "met warmly"), or the adjective it is the subject of ("the talks
// were constructive", "discussions had been the most productive"); 0 when none does.
func (t *tree) tone(v int32) int8 {
	sign := func(i int32) int8 {
		w := t.lower(i)
		if s, ok := t.a.k.tones[w]; ok {
			return s
		}
		if strings.HasSuffix(w, "ly") { // "warmly", "cordially"
			return t.a.k.tones[strings.TrimSuffix(strings.TrimSuffix(w, "ly"), "l")]
		}
		return 0
	}
	for _, k := range t.kids[v] {
		if r := t.rel(k); r == "amod" || r == "advmod" || r == "compound" { // "tense" is read as a noun too
			if s := sign(k); s != 0 {
				return s
			}
		}
	}
	h := int32(t.words[v].Head)
	switch {
	case h >= 0 && base(t.rel(v)) == "nsubj":
		return sign(h)
	case h >= 0 && t.preposition(v) == "in" && (base(t.rel(v)) == "obl" || t.rel(v) == "nmod"):
		// "progress is being made in the talks", "a breakthrough in the talks"
		if s := sign(h); s != 0 && t.rel(v) == "nmod" {
			return s
		}
		for _, k := range t.kids[h] {
			if r := base(t.rel(k)); r == "nsubj" || r == "obj" { // "A and B made progress in talks"
				if s := sign(k); s != 0 {
					return s
				}
			}
		}
	case h >= 0 && t.rel(v) == "obj":
		// "hailed the consultations as productive"; "said discussions had been productive",
		// where the parser takes the talks for the object of the verb of saying.
		for _, k := range t.kids[h] {
			if r := t.rel(k); (r == "xcomp" || r == "ccomp" || r == "obl" && t.preposition(k) == "as") && t.child(k, "nsubj") < 0 {
				if s := sign(k); s != 0 {
					return s
				}
			}
		}
	}
	return 0
}

// nounKind returns the kind of the lexicon's event noun at word n.
func (t *tree) nounKind(n int32) (string, bool) {
	for _, e := range t.a.k.verbs[t.lower(n)] {
		if e.noun && len(e.rest) == 0 {
			return e.kind, true
		}
	}
	return "", false
}

// verbArguments returns the sources and targets of verb v; generic says it is outside the
// lexicon.
//
// subject says whether the tree knows the verb's subject, actor or not.
func (t *tree) verbArguments(v int32, kind string) (src, dst []*docActor, subject bool) {
	generic := kind == "other"
	passive := t.passive(v)
	for _, k := range t.kids[v] {
		switch r := t.rel(k); {
		case passive && r == "nsubj:pass":
			dst = append(dst, t.argsOf(v, k)...)
		case passive && (r == "obl:agent" || r == "obl" && t.preposition(k) == "by"):
			src = append(src, t.argsOf(v, k)...)
		case r == "obl" && t.preposition(k) == "from" && (kind == "release" || kind == "expel"):
			// "A was freed from B", "A was expelled from B": who held or sent A away, when
			// no agent says otherwise; never one released or expelled.
			if passive && t.agent(v) < 0 {
				src = append(src, t.argsOf(v, k)...)
			}
		case !passive && r == "nsubj" && !timeWords.has(t.lower(k)): // "A, the president, on Tuesday thanked B" misread
			src = append(src, t.argsOf(v, k)...)
			subject = true
		case !passive && (r == "obj" || r == "iobj"):
			if ds := t.argsOf(v, k); len(ds) > 0 {
				dst = append(dst, ds...)
			} else if !t.quoted(v, k) {
				dst = append(dst, t.modifierTargets(k, kind)...) // "restored ties with B"
				if !generic {
					dst = append(dst, t.byTargets(k)...) // "condemned an attack by B"
				}
				dst = append(dst, t.pathTargets(k)...) // "tapped the links leading into B"
			}
		case base(r) == "obl" && complexPrepositions.has(t.lower(k)) && !t.quoted(v, k):
			// "acted with respect to B", "in relation to B": the words are one preposition.
			for _, m := range t.kids[k] {
				if t.rel(m) == "nmod" && t.preposition(m) == "to" {
					dst = append(dst, t.actorsOf(m)...)
				}
			}
		case base(r) == "obl" && r != "obl:agent" && r != "obl:tmod" && len(t.pathTargets(k)) > 0 && !t.quoted(v, k):
			dst = append(dst, t.pathTargets(k)...) // "cordoned off the roads leading into B"
		case base(r) == "obl" && r != "obl:agent" && r != "obl:tmod" &&
			(t.links(kind, t.preposition(k)) || t.preposition(k) == "of" && t.words[v].UPOS == "ADJ" || // "critical of B"
				t.preposition(k) == "in" && t.objectIs(v, placeTargets)): // "sought asylum in B"
			if ds := t.argsOf(v, k); len(ds) > 0 {
				dst = append(dst, ds...)
			} else if !t.quoted(v, k) {
				dst = append(dst, t.modifierTargets(k, kind)...) // "acted on a resolution against B"
			}
		case base(r) == "obl" && t.actor[k] != nil && t.links(kind, "with") && !t.quoted(v, k):
			// "celebrated Eid at C with B": a place does not go with anyone; the parser hung
			// the verb's "with" on it.
			for _, m := range t.kids[k] {
				if t.rel(m) == "nmod" && t.preposition(m) == "with" {
					dst = append(dst, t.actorsOf(m)...)
				}
			}
		}
	}
	if len(src) == 0 && !passive && !subject { // a subject that names no actor is still the subject
		src, subject = t.inherited(v, 0)
	}
	return src, dst, subject
}

// modifierTargets returns the actors named by the prepositional modifiers of noun n: "ties
// with B", "a protocol with B", "an offensive against B".
//
// "From" does not link ("access from Chad"); for a verb outside the lexicon only "with",
// "against" and "between" do: "reviewed its advisory for B" is no dealing with B.
//
// An appeal for something in B is made to B: "appealed for peace in B", "called for calm in B";
// asylum in B is asked of B.
func (t *tree) modifierTargets(n int32, kind string) []*docActor {
	generic := kind == "other"
	appeal := kind == "appeal" && t.preposition(n) == "for"
	var out []*docActor
	for _, k := range t.kids[n] {
		if t.rel(k) != "nmod" {
			continue
		}
		var links bool
		switch p := t.preposition(k); {
		case p == "in":
			links = appeal || placeTargets.has(t.lower(n))
		case appeal: // "called for sanctions against B" is no appeal to B: B is the sanctions' target
		case generic:
			links = p == "with" || p == "against" || p == "between"
		default:
			links = targetLinks.has(p) && p != "from"
		}
		if links {
			out = append(out, t.actorsOf(k)...)
		}
	}
	return out
}

// pathTargets returns the actors that a way named by noun n leads to: "the roads leading
// into B", "supply lines running to B", "the crossings into B". Only a noun that names no
// actor itself, and only participles of a path (data/words.txt path_participles).
func (t *tree) pathTargets(n int32) []*docActor {
	if t.actor[n] != nil {
		return nil
	}
	var out []*docActor
	for _, k := range t.kids[n] {
		if t.rel(k) != "acl" || !pathParticiples.has(t.lower(k)) {
			continue
		}
		for _, o := range t.kids[k] {
			if p := t.preposition(o); base(t.rel(o)) == "obl" && (p == "into" || p == "to" || p == "toward" || p == "towards") {
				out = append(out, t.actorsOf(o)...)
			}
		}
	}
	return out
}

// byTargets returns the actors named by the "by" modifiers of noun n: whom a verb of the
// lexicon that acts on an event acts on ("condemned an attack by B", "welcomed a statement
// by B").
func (t *tree) byTargets(n int32) []*docActor {
	var out []*docActor
	for _, k := range t.kids[n] {
		if t.rel(k) == "nmod" && t.preposition(k) == "by" {
			out = append(out, t.actorsOf(k)...)
		}
	}
	return out
}

// links says whether preposition p links a verb of kind to an oblique target: the
// targetLinks; "in" for a visit ("arrived in B"); for a verb outside the lexicon only the
// genericLinks: "to", "at", "into" and "toward" are mostly a place or a direction
// ("celebrated Eid at B", "bringing A to B", "turned toward B").
func (t *tree) links(kind, p string) bool {
	switch {
	case kind == "visit" && p == "in":
		return true
	case kind == "other":
		return genericLinks.has(p)
	}
	return targetLinks.has(p)
}

// inherited returns the subject that verb v, which has none of its own, takes from the
// word it depends on; depth bounds the chain.
//
// It also says whether there is a subject to inherit, actor or not.
func (t *tree) inherited(v int32, depth int) ([]*docActor, bool) {
	h := int32(t.words[v].Head)
	if h < 0 || depth > 4 {
		return nil, false
	}
	switch t.rel(v) {
	case "xcomp":
		// The controller: the object of the governing verb if it has one ("urged A to
		// pressure B"), else its subject ("agreed to meet B").
		for _, k := range t.kids[h] {
			if r := t.rel(k); r == "obj" || r == "iobj" {
				return t.actorsOf(k), true
			}
		}
		return t.subjectWord(h, depth+1)
	case "conj":
		// A verb coordinated with a noun is a misread coordination of clauses ("killed
		// Colonel X, the commander, and then seized the town"): the clause is the nearest
		// verb above.
		for k := 0; k < 4 && h >= 0 && t.isNominal(h); k++ {
			h = int32(t.words[h].Head)
		}
		if h >= 0 && (t.isVerb(h) || t.words[h].UPOS == "AUX" || t.words[h].UPOS == "ADJ") {
			return t.subjectWord(h, depth+1)
		}
	case "acl":
		// A clause that modifies a noun in the active ("the minister left for talks",
		// "officials bringing A to B") has that noun for its subject; a passive participle
		// ("a delegation led by X") does not.
		if x := t.words[v].XPOS; x == "VBD" || x == "VBG" {
			return t.actorsOf(h), true
		}
	case "acl:relcl":
		// "A, who lambasted B": the relative clause's subject is the noun it modifies, when
		// its own subject is a relative pronoun or absent.
		return t.actorsOf(h), true
	case "advcl":
		// "criticized the U.S. for granting Russia concessions": the object of the verb
		// is the doer of what it is blamed or thanked for.
		if t.isVerb(h) && t.marker(v) == "for" {
			if o := t.child(h, "obj"); o >= 0 {
				return t.actorsOf(o), true
			}
		}
		// "Scheduled to visit Kyiv, Driscoll ...": an opening participle without a subject.
		if t.words[v].XPOS == "VBN" || t.words[v].XPOS == "VBG" {
			return t.subjectWord(h, depth+1)
		}
		// "traveled to Kyiv to meet B", "vowed on Thursday to wage war on B": an infinitive
		// of purpose is its governor's subject's, when the governor has no object that
		// could be it instead ("sent troops to fight B").
		if t.words[v].XPOS == "VB" && t.marker(v) == "to" && t.isVerb(h) && t.child(h, "obj") < 0 && t.child(h, "iobj") < 0 {
			return t.subjectWord(h, depth+1)
		}
	}
	return nil, false
}

// subjectOf returns the actors of the subject of word h, or what it inherits.
func (t *tree) subjectOf(h int32, depth int) []*docActor {
	d, _ := t.subjectWord(h, depth)
	return d
}

// subjectWord returns the actors of the subject of word h, or what it inherits, and whether
// it has a subject at all, actor or not.
func (t *tree) subjectWord(h int32, depth int) ([]*docActor, bool) {
	for _, k := range t.kids[h] {
		// The subject of a passive controls what follows it too: "A is scheduled to visit
		// B", "A was urged to meet B".
		if r := t.rel(k); r == "nsubj" || r == "nsubj:pass" {
			return t.actorsOf(k), true
		}
	}
	return t.inherited(h, depth)
}

// nounArguments returns the sources and targets of event noun n.
//
// decided says the tree has settled that the noun makes no interaction of its own.
func (t *tree) nounArguments(n int32, kind string) (src, dst []*docActor, decided bool) {
	var qualifier []*docActor
	for _, k := range t.kids[n] {
		switch t.rel(k) {
		case "nmod:poss":
			src = append(src, t.argsOf(n, k)...)
		case "compound", "amod": // "U.S. support for Ukraine", "Russian attacks on Kyiv"
			if d := t.actor[k]; d != nil {
				qualifier = append(qualifier, d)
			}
		case "nmod":
			p := t.preposition(k)
			if p == "between" || p == "among" { // "talks between A and B"
				both := t.argsOf(n, k)
				if len(both) >= 2 {
					return both[:1], both[1:], false
				}
				continue
			}
			// "the invasion of B", "criticism of B": the patient of an event noun that is no
			// meeting of equals.
			if targetLinks.has(p) && p != "from" || p == "of" && !t.a.k.kinds[kind].symmetric ||
				p == "in" && placeTargets.has(t.lower(n)) { // "asylum in B"
				dst = append(dst, t.argsOf(n, k)...)
			}
		}
	}
	if len(src) == 0 {
		// "The UK remains the largest donor to Sudan": the subject of a nominal predicate.
		if k := t.child(n, "nsubj"); k >= 0 {
			src = t.argsOf(n, k)
		}
	}
	if len(src) == 0 && len(dst) > 0 {
		src = qualifier
	}
	if len(src) == 0 {
		// "A held talks with B", "A engaged in talks with B": the subject of the verb that
		// carries the noun.
		h := int32(t.words[n].Head)
		if h >= 0 && t.isVerb(h) && !(t.rel(n) == "obl" && t.preposition(n) == "for") {
			if k, _, ok := t.predicate(h); ok && k != "other" {
				// "A and B hailed their talks": a meeting of equals held by the verb's
				// subjects, which the verb acts on.
				// A symmetric verb pairs them itself: "A and B signed an agreement".
				if subjects := t.subjectOf(h, 0); len(dst) == 0 && len(subjects) > 1 && t.rel(n) == "obj" && t.a.k.kinds[kind].symmetric && !t.a.k.kinds[k].symmetric {
					return subjects, nil, false
				}
				// "signed an agreement with B", "freed A in exchange for B": the verb's event,
				// not the noun's too; but "traveled to C for talks with B" is both.
				return nil, nil, true
			}
		}
		// "A and B made progress in talks": the noun the talks are carried in is the
		// verb's object.
		if g := int32(-1); h >= 0 && t.rel(n) == "nmod" && t.preposition(n) == "in" && t.rel(h) == "obj" {
			if g = int32(t.words[h].Head); g >= 0 && t.isVerb(g) && carryingVerbs.has(t.lower(g)) {
				n, h = h, g
			}
		}
		if h >= 0 && (t.rel(n) == "obj" || t.rel(n) == "obl" && carriers.has(t.preposition(n))) && t.isVerb(h) {
			src = t.subjectOf(h, 0)
			if len(dst) == 0 {
				for _, k := range t.kids[h] {
					if base(t.rel(k)) == "obl" && targetLinks.has(t.preposition(k)) {
						dst = append(dst, t.argsOf(n, k)...)
					}
				}
			}
		}
	}
	return src, dst, false
}

// pairReference returns the two actors that "the two sides", "both leaders" or "the two
// countries" at word i stand for: the two actors, and only two, of the kind the noun names
// (people for "leaders", "men", "presidents"; others for "sides", "countries") that the
// sentence before names. A pair a reader cannot find is nil.
func (t *tree) pairReference(i int32) []*docActor {
	if !pairNouns.has(t.lower(i)) {
		return nil
	}
	counted := false
	for _, k := range t.kids[i] {
		if w := t.lower(k); w == "both" || w == "two" {
			counted = true
		}
	}
	if !counted {
		return nil
	}
	return t.a.pairBefore(t.s, personNouns.has(t.lower(i)))
}

// pairBefore returns the two actors of the kind asked (people, or others) that sentence s-1
// names, when it names exactly two and they are of one type; nil otherwise.
func (a *analysis) pairBefore(s int, people bool) []*docActor {
	if s == 0 { // news runs one sentence a paragraph: the sentence before may end the paragraph before
		return nil
	}
	var pair []*docActor
	first, _ := slices.BinarySearchFunc(a.resolved, a.sentToks[s-1], func(m resolvedMention, t int) int { return cmp.Compare(m.start, t) })
	for _, m := range a.resolved[first:min(len(a.resolved), first+corefLookback)] {
		if m.start >= a.sentToks[s] {
			break
		}
		d := m.actor
		if d.typ == Location || d.typ == Media || (d.typ == Person) != people || slices.Contains(pair, d) {
			continue
		}
		if pair = append(pair, d); len(pair) > 2 {
			return nil
		}
	}
	if len(pair) != 2 || pair[0].typ != pair[1].typ { // a country and an alliance are no two sides
		return nil
	}
	return pair
}

// hasPairReference reports whether sentence s says "the two sides", "both leaders" or the
// like after a sentence that names a pair of them: it is parsed like one that names two
// actors.
func (a *analysis) hasPairReference(s int) bool {
	for i := a.sentToks[s]; i+1 < a.sentToks[s+1]; i++ {
		if w := strings.ToLower(a.word(i)); (w == "two" || w == "both") && pairNouns.has(strings.ToLower(a.word(i+1))) {
			return a.pairBefore(s, personNouns.has(strings.ToLower(a.word(i+1)))) != nil
		}
	}
	return false
}

// quotedSelf reports whether sentence s has an "I" or "we" in a quotation whose speaker is
// an actor other than d.
func (a *analysis) quotedSelf(s int, d *docActor) bool {
	for i := a.sentToks[s]; i < a.sentToks[s+1]; i++ {
		if w := a.word(i); w == "I" || w == "we" || w == "We" {
			if sp := quoteSpeaker(a.quoteSpans(), int(a.toks[i].start)); sp != nil && sp.id != d.id {
				return true
			}
		}
	}
	return false
}

// parseTrees tags and parses the sentences that name two actors (treeSentences), in order.
func (a *analysis) parseTrees() []*tree {
	var out []*tree
	for _, ts := range a.treeSentences() {
		if t := a.parseSentence(ts.s, ts.spans); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// A treeSentence is a sentence to parse, with the spans of the actors it names.
type treeSentence struct {
	s     int
	spans []phraseSpan
}

// treeSentences returns, in order, the sentences that name two or more actors other than
// locations, each with its phrase spans (a.resolved sorted by start).
func (a *analysis) treeSentences() []treeSentence {
	var out []treeSentence
	i := 0
	for s := range a.doc.Sentences {
		j := i
		for j < len(a.resolved) && int(a.toks[a.resolved[j].start].sentence) == s {
			j++
		}
		// Two actors, counted as the tree will see them: "Russian President Vladimir Putin"
		// is one phrase and one actor, and a sentence that names only it is not parsed.
		spans := a.phraseSpans(a.resolved[i:j])
		var first *docActor
		many := false
		for _, sp := range spans {
			if d := sp.actor; d.typ != Location {
				if first == nil {
					first = d
				} else if d.id != first.id {
					many = true
				}
			}
		}
		switch {
		case many:
		case first != nil && a.quotedSelf(s, first):
			many = true // one actor and a quotation's "I" or "we" whose speaker is another
		case a.hasPairReference(s):
			many = true // "The two leaders spoke by phone"
		}
		if many {
			out = append(out, treeSentence{s, spans})
		}
		i = j
	}
	return out
}
