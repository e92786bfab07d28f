package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Interactions: who did what to whom, as political event coding (CAMEO) codes it. For every
// verb or event noun of the lexicon (data/verbs.tsv) in a sentence, the source is the actor
// that is its subject and the target the actor that is its object; an interaction is made only
// when the sentence names both, so that co-occurrence alone never makes one. The
// constructions:
//
//   - active: "A met / criticized / thanked B", "A met with B", "A dismissed B as ...";
//   - passive: "B was criticized by A";
//   - relative and appositive subjects: "A, who lambasted B, ...", "A, the envoy, met B";
//   - symmetric coordination: "A and B met", "the A and B delegations, led by C and D,
//     respectively, met" (A with B, C with D);
//   - event nouns: "talks between A and B", "A's meeting with B", "A held talks with B",
//     "A's visit to B";
//   - citation: "X reported, citing Y".
//
// The modality comes from the words before the verb in its clause: negated ("not", "no",
// "never"), possible ("could", "may", "possible"), planned ("will", "scheduled", "plans"),
// reported ("reportedly", "according to", or another speaker's "said that"), else asserted.
// A planned or possible meeting is CAMEO 036 (express intent to meet), not 040.

// rawInteraction is an interaction before documents are merged: actors by pointer, since
// their IDs may still be unified across documents.
type rawInteraction struct {
	source, target *docActor
	kind           string
	modality       Modality
	sentence       int
	tone           int8 // the sign the text gives a neutral kind ("productive talks"), or 0
}

// kindInfo is one row of data/kinds.tsv.
type kindInfo struct {
	cameo, plannedCAMEO string
	goldstein           float64
	polarity            int
	symmetric           bool // no direction: "A and B met"
	toOutlet            bool // done to a news outlet, it is telling it something: a report
}

// verbEntry is one form of data/verbs.tsv.
type verbEntry struct {
	rest []string // the words after the first, for multi-word forms ("call on")
	kind string
	noun bool // an event noun ("talks", "visit"), not a verb
	adj  bool // a predicate adjective ("grateful to B", "critical of B"): read from trees only
}

// Look-backs and look-aheads are bounded, so that each verb costs a bounded amount of work
// whatever the length of its sentence (a scraped page can be one "sentence" of megabytes):
// clauseReach tokens for what stands in the verb's own clause (adverbs, "respectively", an
// opening participial phrase), phraseReach tokens for its subject and the speaker of
// reported speech.
const (
	clauseReach = 12
	phraseReach = 40
)

// interactions finds the interactions of the document, sentence by sentence: from the parse
// trees of the sentences that name two actors (parseTrees), and with the token rules where
// no tree says.
func (a *analysis) interactions(trees []*tree) []rawInteraction {
	if len(a.k.verbs) == 0 || len(a.resolved) == 0 {
		return nil
	}
	var out []rawInteraction
	seen := map[[3]string]bool{}
	add := func(src, dst *docActor, kind string, lazy *lazyModality, sentence int) {
		if src == nil || dst == nil || src == dst || src.id == dst.id || src.typ == Location || dst.typ == Location {
			return
		}
		if dst.typ == Media && a.k.kinds[kind].toOutlet {
			kind = "report" // "X told Reuters": a report, not a dealing with the outlet
		}
		key := [3]string{src.id, dst.id, kind + "#" + strconv.Itoa(sentence)}
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, rawInteraction{src, dst, kind, lazy.get(), sentence, lazy.tone})
	}
	// Sentences that name two actors are parsed, and their trees say who did what to whom;
	// the token rules below read only those whose tree says nothing.
	claimed := map[int]bool{}      // predicates (by token) whose arguments the tree found
	verdicts := map[int]Modality{} // predicates (by token) whose modality the tree read
	for _, t := range trees {
		t.interactions(add, claimed, verdicts)
	}
	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.kind != wordToken || a.covered[i] || claimed[i] {
			continue
		}
		e, end, ok := a.verbAt(i)
		if !ok {
			continue
		}
		mod := lazyModality{a: a, v: i, end: end}
		if m, ok := verdicts[i]; ok {
			mod.m, mod.done = stronger(m, mod.get()), true
		}
		switch {
		case e.noun:
			a.nounEvent(i, end, e, &mod, add)
		default:
			a.verbEvent(i, end, e, &mod, add)
		}
		i = end - 1
	}
	return dropOther(out)
}

// dropOther drops the interactions of kind "other" between two actors that the same sentence
// also gives a known kind.
func dropOther(in []rawInteraction) []rawInteraction {
	type key struct {
		a, b     *docActor
		sentence int
	}
	known := map[key]bool{}
	for _, r := range in {
		if r.kind != "other" {
			known[key{r.source, r.target, r.sentence}] = true
			known[key{r.target, r.source, r.sentence}] = true
		}
	}
	out := in[:0]
	for _, r := range in {
		if r.kind != "other" || !known[key{r.source, r.target, r.sentence}] {
			out = append(out, r)
		}
	}
	return out
}

// verbAt returns the lexicon entry of the verb or event noun at token i and where it ends.
func (a *analysis) verbAt(i int) (verbEntry, int, bool) {
	w := a.word(i)
	if a.toks[i].capitalized(a.text) && !a.toks[i].first {
		return verbEntry{}, 0, false
	}
	entries := a.k.verbs[strings.ToLower(w)]
	if len(entries) == 0 {
		return verbEntry{}, 0, false
	}
	// After a determiner a form is a noun: "no talks", "the visit", "quiet talks".
	// A form that opens a sentence or comes before "between" is a noun: "Talks between A and B".
	nounUse := a.nounPosition(i) || a.toks[i].first ||
		i+1 < len(a.toks) && a.word(i+1) == "between"
	best, bestEnd := verbEntry{}, 0
	for _, e := range entries {
		if nounUse && !e.noun || e.adj {
			continue
		}
		end := i + 1
		ok := true
		for _, r := range e.rest {
			if end >= len(a.toks) || a.toks[end].sentence != a.toks[i].sentence || !strings.EqualFold(a.word(end), r) {
				ok = false
				break
			}
			end++
		}
		if ok && end > bestEnd {
			best, bestEnd = e, end
		}
	}
	return best, bestEnd, bestEnd > 0
}

// verbEvent handles a verb: passive, active with an object, or symmetric with a coordinated
// subject.
func (a *analysis) verbEvent(v, end int, e verbEntry, mod *lazyModality, add func(src, dst *docActor, kind string, mod *lazyModality, sentence int)) {
	s := int(a.toks[v].sentence)
	prev := a.prevWord(v)
	if beForms.has(prev) {
		// Passive: "B was criticized by A".
		if src := a.actorAfter(end, "by"); src != nil {
			add(src, a.subject(v), e.kind, mod, s)
		}
		return
	}
	subj := a.subject(v)
	if subj == nil {
		return
	}
	if obj := a.objectMention(end, e.kind); obj != nil {
		add(subj, obj.actor, e.kind, mod, s)
		// "urged Orlesia and Kestria to ...": every coordinated target.
		for o := obj; o.end+1 < len(a.toks) && a.word(o.end) == "and"; {
			if o = a.mentionAt(o.end + 1); o == nil {
				break
			}
			o = a.head(o)
			add(subj, o.actor, e.kind, mod, s)
		}
		return
	}
	if a.k.kinds[e.kind].symmetric { // "signed a visa waiver agreement with B"
		if obj := a.actorAfter(end, "with"); obj != nil {
			add(subj, obj, e.kind, mod, s)
			return
		}
	}
	if a.k.kinds[e.kind].symmetric {
		for _, pair := range a.coordinated(v) {
			add(pair[0], pair[1], e.kind, mod, s)
		}
	}
}

// nounEvent handles an event noun: "talks between A and B", "A's meeting with B", "A held
// talks with B", "A's visit to B".
func (a *analysis) nounEvent(n, end int, e verbEntry, mod *lazyModality, add func(src, dst *docActor, kind string, mod *lazyModality, sentence int)) {
	s := int(a.toks[n].sentence)
	if end < len(a.toks) && a.word(end) == "between" {
		m1 := a.mentionAt(end + 1)
		if m1 == nil && end+2 < len(a.toks) && determiners.has(a.word(end+1)) {
			m1 = a.mentionAt(end + 2)
		}
		if m1 == nil {
			return
		}
		h1 := a.head(m1)
		if h1.end+1 < len(a.toks) && a.word(h1.end) == "and" {
			if m2 := a.mentionAt(h1.end + 1); m2 != nil {
				add(h1.actor, a.headOf(m2), e.kind, mod, s)
			}
		}
		return
	}
	if end < len(a.toks) && (a.word(end) == "with" || a.word(end) == "to" || a.word(end) == "against" || a.word(end) == "on") {
		obj := a.mentionAt(end + 1)
		if obj == nil && end+2 < len(a.toks) && determiners.has(a.word(end+1)) {
			obj = a.mentionAt(end + 2)
		}
		if obj == nil {
			return
		}
		subj := a.nounSubject(n)
		if subj == nil {
			return
		}
		obj = a.head(obj)
		add(subj, obj.actor, e.kind, mod, s)
		// "discussions with European and Ukrainian representatives": every coordinated target.
		for o := obj; o.end+1 < len(a.toks) && a.word(o.end) == "and"; {
			if o = a.mentionAt(o.end + 1); o == nil {
				break
			}
			o = a.head(o)
			add(subj, o.actor, e.kind, mod, s)
		}
	}
}

// nounSubject returns who holds the event of the noun at token n: a possessor ("A's meeting
// with B", "A's visit to B"), or the subject of a light verb ("A held talks with B", "A
// engaged in quiet talks with B").
func (a *analysis) nounSubject(n int) *docActor {
	j := n - 1
	for ; j >= 0 && j >= n-5 && a.toks[j].sentence == a.toks[n].sentence; j-- {
		w := a.word(j)
		if w == "'s" || w == "’s" {
			if o, ok := a.endingAtToken(j - 1); ok {
				if r := a.mentionAt(o.start); r != nil {
					return r.actor
				}
			}
			return nil
		}
		if !lightVerbs.has(strings.ToLower(w)) {
			break
		}
	}
	if j == n-1 && (j < 0 || !sayingVerbs.has(a.word(j))) {
		return nil // no light verb: "no talks with Russia are scheduled" names no holder
	}
	return a.subjectBefore(j + 1) // "A held talks with", "A said discussions with B were productive"
}

// prevWord returns the lower-case word before token i in its sentence, skipping at most
// clauseReach adverbs.
func (a *analysis) prevWord(i int) string {
	for j := i - 1; j >= 0 && j >= i-clauseReach && a.toks[j].sentence == a.toks[i].sentence; j-- {
		w := strings.ToLower(a.word(j))
		if beForms.has(w) {
			return w
		}
		if adverbs.has(w) && !beForms.has(w) {
			continue
		}
		return w
	}
	return ""
}

// mentionAt returns the resolved mention that starts at token i.
func (a *analysis) mentionAt(i int) *resolvedMention {
	j, ok := slices.BinarySearchFunc(a.resolved, i, func(m resolvedMention, i int) int { return cmp.Compare(m.start, i) })
	if !ok {
		return nil
	}
	return &a.resolved[j]
}

// subject returns the subject of the verb at token v: the actor named nearest before it in
// its clause, through appositives and relative clauses ("A, the envoy, met", "A, who
// lambasted"), or, for a verb in an opening participial phrase ("Scheduled to visit Kyiv,
// Driscoll ..."), the actor right after the phrase's comma.
func (a *analysis) subject(v int) *docActor {
	if d := a.subjectBefore(v); d != nil {
		return d
	}
	return a.participleSubject(v)
}

// participleSubject returns the actor right after the comma that closes an opening
// participial phrase holding token v, or nil.
func (a *analysis) participleSubject(v int) *docActor {
	s := a.toks[v].sentence
	first := a.sentenceStart(v)
	if v-first > clauseReach {
		return nil // too far into the sentence for an opening phrase
	}
	for j := v - 1; j >= first; j-- {
		if a.covered[j] || a.word(j) == "," {
			return nil // something stands before the verb in its sentence: not an opening phrase
		}
	}
	for j := v + 1; j+1 < len(a.toks) && j <= v+phraseReach && a.toks[j].sentence == s; j++ {
		if a.word(j) == "," {
			if m := a.mentionAt(j + 1); m != nil {
				return m.actor
			}
			return nil
		}
	}
	return nil
}

// subjectBefore returns the actor named nearest before token v in its clause, stepping over
// an appositive or relative clause set off by commas: in "Ximena Arriaga del Valle,
// Valdoria's foreign minister, on Tuesday met" and "Livia Sarrazin-Belotti, who accompanied
// Moreau-Vidal, signed" the subject is the name before the first comma.
func (a *analysis) subjectBefore(v int) *docActor {
	if d := a.appositiveSubject(v); d != nil {
		return d
	}
	return a.nearestBefore(v)
}

// appositiveSubject returns the actor named right before a comma-delimited insertion that
// ends before token v with a comma, if the insertion itself names an actor.
func (a *analysis) appositiveSubject(v int) *docActor {
	s := a.toks[v].sentence
	close := -1
	for j := v - 1; j >= 0 && j >= v-4 && a.toks[j].sentence == s; j-- {
		if a.word(j) == "," {
			close = j
			break
		}
		if a.covered[j] {
			return nil
		}
	}
	if close < 0 {
		return nil
	}
	for j := close - 1; j >= 0 && j >= close-12 && a.toks[j].sentence == s; j-- {
		if a.word(j) != "," {
			continue
		}
		if o, ok := a.endingAtToken(j - 1); ok {
			if m := a.mentionAt(o.start); m != nil && m.actor.typ != Country {
				return m.actor
			}
		}
		return nil
	}
	return nil
}

// nearestBefore returns the actor named nearest before token v in its clause, within
// phraseReach tokens.
func (a *analysis) nearestBefore(v int) *docActor {
	j, _ := slices.BinarySearchFunc(a.resolved, v, func(m resolvedMention, i int) int { return cmp.Compare(m.start, i) })
	for j--; j >= 0; j-- {
		m := a.resolved[j]
		if a.toks[m.start].sentence != a.toks[v].sentence || m.end < v-phraseReach {
			return nil
		}
		if m.end > v {
			continue
		}
		for k := m.end; k < v; k++ {
			if w := a.word(k); clauseBreaks.has(w) || pronounSubjects.has(w) {
				return nil // "the concessions it demanded": the subject is "it"
			}
		}
		// "A's envoy met": the possessor is not the subject.
		if m.end < v && (a.word(m.end) == "'s" || a.word(m.end) == "’s") && !a.eventNounAt(m.end+1) {
			return nil
		}
		return m.actor
	}
	return nil
}

func (a *analysis) eventNounAt(i int) bool {
	if i >= len(a.toks) {
		return false
	}
	for _, e := range a.k.verbs[strings.ToLower(a.word(i))] {
		if e.noun {
			return true
		}
	}
	return false
}

// objectMention returns the mention of the actor that a verb ending before token end acts
// on: the first noun phrase after it, through determiners, linking prepositions and titles,
// if it names an actor; of a qualified actor, the head ("Egyptian Foreign Minister X").
func (a *analysis) objectMention(end int, kind string) *resolvedMention {
	s := -1
	if end > 0 {
		s = int(a.toks[end-1].sentence)
	}
	for j, steps := end, 0; j < len(a.toks) && int(a.toks[j].sentence) == s && steps < 5; j, steps = j+1, steps+1 {
		if m := a.mentionAt(j); m != nil {
			return a.head(m)
		}
		w := strings.ToLower(a.word(j))
		switch {
		case a.inTitle(j): // "praised President X"
		case determiners.has(w) || objectLinks.has(w) || groupNouns.has(w):
		case kind == "pressure" && (w == "get" || w == "make"): // "pushed to get Ukraine's agreement"
		default:
			return nil
		}
	}
	return nil
}

// actorAfter returns the actor named right after the word link that follows token end
// within a few tokens: the agent of a passive ("by A").
func (a *analysis) actorAfter(end int, link string) *docActor {
	for j := end; j < len(a.toks) && j < end+7 && a.toks[j].sentence == a.toks[end-1].sentence; j++ {
		if w := a.word(j); w == "," || sayingVerbs.has(w) {
			return nil
		}
		if a.word(j) == link {
			if m := a.mentionAt(j + 1); m != nil {
				return a.headOf(m)
			}
			if j+2 < len(a.toks) && determiners.has(a.word(j+1)) {
				if m := a.mentionAt(j + 2); m != nil {
					return a.headOf(m)
				}
			}
			return nil
		}
	}
	return nil
}

// coordinated returns the pairs of actors joined by "and" before token v in its clause: "A
// and B met"; "the A and B delegations, led by C and D, respectively, met" gives A-B and C-D.
func (a *analysis) coordinated(v int) [][2]*docActor {
	var pairs [][2]*docActor
	if p, ok := a.respectively(v); ok {
		pairs = append(pairs, p)
	}
	j, _ := slices.BinarySearchFunc(a.resolved, v, func(m resolvedMention, i int) int { return cmp.Compare(m.start, i) })
	for j--; j >= 1; j-- {
		right, left := a.resolved[j], a.resolved[j-1]
		if a.toks[left.start].sentence != a.toks[v].sentence || left.start < v-phraseReach {
			break
		}
		if left.end+1 == right.start && (a.word(left.end) == "and" || a.word(left.end) == "&") {
			pairs = append(pairs, [2]*docActor{left.actor, a.headOf(&right)})
			j--
		}
	}
	return pairs
}

// modality reads how the text presents the verb or event at tokens [v, end): the words
// before it in its clause, and "under consideration" after it.
func (a *analysis) modality(v, end int) Modality {
	s := a.toks[v].sentence
	var neg, poss, plan, rep bool
	for j := v - 1; j >= 0 && j >= v-8 && a.toks[j].sentence == s; j-- {
		w := strings.ToLower(a.word(j))
		if clauseBreaks.has(w) {
			break
		}
		switch {
		case negations.has(w) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"): // "hasn't", "didn’t"
			neg = true
		case possibles.has(w):
			poss = true
		case plans.has(w):
			plan = true
		case hearsay.has(w):
			rep = true
		}
	}
	for j := end; j < len(a.toks) && j < end+4 && a.toks[j].sentence == s; j++ {
		if w := strings.ToLower(a.word(j)); w == "consideration" || w == "possible" {
			poss = true
		}
	}
	if !rep {
		rep = a.saidBefore(v) || a.saidAfter(end)
	}
	switch {
	case neg:
		return Negated
	case poss:
		return Possible
	case plan:
		return Planned
	case rep:
		return Reported
	}
	return Asserted
}

// saidBefore reports whether the verb at token v is reported speech: a verb of saying stands
// before it in the sentence ("X said that A met B").
func (a *analysis) saidBefore(v int) bool {
	for j := v - 1; j >= 0 && j >= v-phraseReach && a.toks[j].sentence == a.toks[v].sentence; j-- {
		if w := a.word(j); w == "said" || w == "says" || w == "reported" || w == "told" {
			return j+1 < v && (a.word(j+1) == "that" || a.mentionAt(j+1) != nil)
		}
	}
	return false
}

// respectively returns the two people of "led by A and B, respectively," before the verb at
// token v: "respectively" within clauseReach tokens before it, and the people named within
// phraseReach tokens before that.
func (a *analysis) respectively(v int) ([2]*docActor, bool) {
	s := a.toks[v].sentence
	resp := -1
	for j := v - 1; j >= 0 && j >= v-clauseReach && a.toks[j].sentence == s; j-- {
		if a.word(j) == "respectively" {
			resp = j
			break
		}
	}
	if resp < 0 {
		return [2]*docActor{}, false
	}
	first, _ := slices.BinarySearchFunc(a.resolved, max(resp-phraseReach, a.sentenceStart(resp)), func(m resolvedMention, i int) int { return cmp.Compare(m.start, i) })
	var people []*docActor
	for _, m := range a.resolved[first:] {
		if m.start >= resp {
			break
		}
		if m.actor.typ == Person && (m.start >= 2 && a.word(m.start-1) != "'s") {
			if len(people) == 0 || people[len(people)-1] != m.actor {
				people = append(people, m.actor)
			}
		}
	}
	if len(people) != 2 {
		return [2]*docActor{}, false
	}
	return [2]*docActor{people[0], people[1]}, true
}

// nounPosition reports whether the word at token i stands where a noun stands: after a
// determiner or a noun marker ("no talks", "by phone"), after a determiner and one modifier
// ("a deadly exchange"), or after a gerund ("spending talks").
func (a *analysis) nounPosition(i int) bool {
	if i == 0 || a.toks[i-1].sentence != a.toks[i].sentence {
		return false
	}
	prev := strings.ToLower(a.word(i - 1))
	switch {
	case determiners.has(prev) || nounMarkers.has(prev):
		return true
	case strings.HasSuffix(prev, "ing") && !adverbs.has(prev) && a.toks[i-1].kind == wordToken:
		return true
	case i >= 2 && a.toks[i-2].sentence == a.toks[i].sentence && determiners.has(strings.ToLower(a.word(i-2))) &&
		a.toks[i-1].kind == wordToken && !a.toks[i-1].capitalized(a.text) && !adverbs.has(prev):
		return true
	}
	return false
}

// headOf returns the actor a mention qualifies when a title and a person follow it: in
// "Egyptian Foreign Minister Badr Abdelatty" and "Hamas negotiator Khalil al-Hayya" the
// target is the person, not the country or group.
func (a *analysis) headOf(m *resolvedMention) *docActor { return a.head(m).actor }

// head returns the mention that m qualifies (see headOf), or m.
func (a *analysis) head(m *resolvedMention) *resolvedMention {
	j := m.end
	if j < len(a.toks) && (a.word(j) == "'s" || a.word(j) == "’s") {
		j++
	}
	next := j // where a name that m qualifies directly would start
	lower := 0
	for ; j < len(a.toks) && j < m.end+7 && a.toks[j].sentence == a.toks[m.start].sentence; j++ {
		if p := a.mentionAt(j); p != nil {
			switch {
			case p.actor.typ == Person && (a.inTitle(j-1) || lower > 0):
				return p // "Tavarian President Bolat Sarsenbayev", "Renewal Movement board member X"
			case j == next && p.actor.typ != Country && p.actor.typ != Location:
				return p // "the Pannorian Border Guard", "Valdoria's National Anti-Drug Agency"
			}
			return m
		}
		if a.inTitle(j) {
			continue
		}
		// Role words in lower case between an organization and a person: "board member".
		w := a.word(j)
		if a.toks[j].kind == wordToken && !a.toks[j].capitalized(a.text) && lower < 3 && !sayingVerbs.has(w) && !determiners.has(w) && !objectLinks.has(w) {
			lower++
			continue
		}
		break
	}
	return m
}

// saidAfter reports whether the sentence closes by attributing what it says to others: ",
// two diplomats said.", ", officials said."
func (a *analysis) saidAfter(end int) bool {
	last := a.sentenceEnd(end - 1)
	for j := last - 1; j >= end && j >= last-6; j-- {
		if w := a.word(j); w == "said" || w == "say" || w == "says" || w == "reported" {
			for k := j - 1; k >= end && k >= j-5; k-- {
				if a.word(k) == "," {
					return a.mentionAt(k+1) == nil // "..., Rubio said." is the speaker's own account
				}
			}
		}
	}
	return false
}

// lazyModality computes the modality of the verb at token v once, when an interaction needs
// it: most verbs make none, and reading the modality looks over the whole sentence.
type lazyModality struct {
	a      *analysis
	v, end int
	done   bool
	m      Modality
	tone   int8 // the sign the text gives the predicate, if any (tree.tone)
}

func (l *lazyModality) get() Modality {
	if !l.done {
		l.m, l.done = l.a.modality(l.v, l.end), true
	}
	return l.m
}
