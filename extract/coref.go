package extract

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// Coreference that matters for the graph, precise before it is bold. After names are
// resolved, resolveReferences adds mentions for:
//
//   - a definite title with no name after it ("the president said") -> the last person
//     named before it, within a few sentences, whose role has that title;
//   - "He" or "She" opening a sentence -> the one person named in the sentence before, in
//     the same paragraph;
//   - a generic reference of a knowledge-base entry ("lawmakers" for a legislature) -> the
//     entry of the country in focus: the country named or represented last before it, in the
//     same or the previous sentence;
//   - "the administration" -> the country whose administration the document names
//     ("the Trump administration"), if it names exactly one.
//
// A reference that finds no antecedent is left alone.

// corefWindow is how many sentences back a definite title looks for its person, and
// corefLookback how many mentions at most, so that a reference costs a bounded amount.
const (
	corefWindow   = 4
	corefLookback = 200
)

// placed is a resolved mention, in document order.
type placed struct {
	start, sentence int
	actor           *docActor
}

func (a *analysis) resolveReferences(actors []*docActor) []*docActor {
	// resolve placed every mention in a.resolved in document order: no sort needed.
	order := make([]placed, len(a.resolved))
	for i, m := range a.resolved {
		order[i] = placed{int(a.toks[m.start].start), int(a.toks[m.start].sentence), m.actor}
	}
	byID := make(map[string]*docActor, len(actors))
	for _, d := range actors {
		byID[d.id] = d
	}
	a.affiliateOfficials(actors)
	administration := a.administrationCountry(actors)
	added := false
	add := func(d *docActor, start, end int) {
		if _, ok := byID[d.id]; !ok {
			byID[d.id] = d
			actors = append(actors, d)
		}
		span := Span{int(a.toks[start].start), int(a.toks[end-1].end)}
		d.mentions = append(d.mentions, Mention{
			Doc: a.doc.ID, Actor: d.id, Sentence: int(a.toks[start].sentence), Span: span,
			Text: a.text[span.Start:span.End], Reference: true,
		})
		a.resolved = append(a.resolved, resolvedMention{start, end, d})
		added = true
	}
	// Offices are looked up before any reference is added: a.resolved is in order until then.
	v := documentVoice(a.k, a.doc)
	date := documentDate(a.doc.Date)
	type officeRef struct {
		d          *docActor
		start, end int
	}
	var offices []officeRef
	for _, t := range a.titles {
		if d := a.definiteTitle(t, order); d != nil {
			offices = append(offices, officeRef{d, t.start - 1, t.end})
		} else if e, start, ok := a.officeHolder(t, v, date); ok {
			d := a.entryActor(byID, a.k.entries[e].ID)
			// "Friedrich Merz, the German Chancellor,": the text says who holds the office,
			// which outweighs the knowledge base's tenures on a date that may be wrong.
			if p := a.appositiveOf(start); p != nil && p.typ == Person && a.hasRole(p, strings.ToLower(a.word(t.end-1))) {
				d = p
			}
			offices = append(offices, officeRef{d, start, t.end})
		}
	}
	for _, o := range offices {
		add(o.d, o.start, o.end)
	}
	var quotes []quotation
	if v != noVoice {
		quotes = a.quotationMarks()
	}
	for i, t := range a.toks {
		if a.covered[i] || t.kind != wordToken {
			continue
		}
		w := a.word(i)
		person := firstPersonSingular.has(w)
		switch {
		case (person || firstPersonPlural.has(w)) && v != noVoice:
			e := v.group
			if person {
				e = v.person
			}
			if e >= 0 && !inQuote(quotes, int(t.start)) {
				add(a.entryActor(byID, a.k.entries[e].ID), i, i+1)
			}
		case t.first && (w == "He" || w == "She"):
			if d := a.previousSentencePerson(i, order); d != nil {
				add(d, i, i+1)
			}
		case (w == "administration") && i > 0 && strings.EqualFold(a.word(i-1), "the") && administration != "":
			add(a.entryActor(byID, administration), i-1, i+1)
		default:
			key := w
			if t.first && t.capitalized(a.text) {
				key = strings.ToLower(w) // "Lawmakers" opening a sentence
			}
			if entries := a.k.references[key]; len(entries) > 0 {
				if e, ok := a.referenceEntry(entries, i, order); ok {
					add(a.entryActor(byID, a.k.entries[e].ID), i, i+1)
				}
			}
		}
	}
	if !added {
		return actors
	}
	for _, d := range actors {
		slices.SortFunc(d.mentions, func(x, y Mention) int { return cmp.Compare(x.Start, y.Start) })
	}
	// References were appended out of order: the later stages find mentions by position.
	slices.SortFunc(a.resolved, func(x, y resolvedMention) int { return cmp.Compare(x.start, y.start) })
	slices.SortFunc(actors, func(x, y *docActor) int { return cmp.Compare(x.id, y.id) })
	return actors
}

// entryActor returns the document's actor for a knowledge-base entry, made if needed.
func (a *analysis) entryActor(byID map[string]*docActor, id string) *docActor {
	if d, ok := byID[id]; ok {
		return d
	}
	i := a.k.byID[id]
	e := &a.k.entries[i]
	return &docActor{id: e.ID, name: e.Name, typ: e.Type, entry: i, affiliation: e.Affiliation}
}

// definiteTitle resolves "the president" (a title after "the", with no name after it) to
// the last person named before it, within corefWindow sentences, whose role has the title's
// head word; nil if there is none.
func (a *analysis) definiteTitle(t titleSpan, order []placed) *docActor {
	if t.start == 0 || !strings.EqualFold(a.word(t.start-1), "the") || t.kind == "honorific" {
		return nil
	}
	if t.end < len(a.toks) && a.toks[t.end].sentence == a.toks[t.start].sentence {
		if next := a.word(t.end); a.toks[t.end].capitalized(a.text) || next == "of" || next == "'s" || next == "’s" {
			return nil // "the president of ...", "the president's", "the President Donald Trump"
		}
	}
	head := strings.ToLower(a.word(t.end - 1))
	sentence := int(a.toks[t.start].sentence)
	start := int(a.toks[t.start].start)
	end := before(order, start)
	for i := end - 1; i >= 0 && i >= end-corefLookback; i-- {
		p := order[i]
		if sentence-p.sentence > corefWindow {
			break
		}
		if p.actor.typ == Person && a.hasRole(p.actor, head) {
			return p.actor
		}
	}
	return nil
}

// appositiveOf returns the actor of the mention that ends right before a comma at token
// start-1, of which a phrase at start is an appositive ("Friedrich Merz, the German
// Chancellor"); nil if there is none.
func (a *analysis) appositiveOf(start int) *docActor {
	if start < 2 || a.word(start-1) != "," {
		return nil
	}
	i, _ := slices.BinarySearchFunc(a.resolved, start-1, func(m resolvedMention, t int) int { return cmp.Compare(m.start, t) })
	if i == 0 || a.resolved[i-1].end != start-1 {
		return nil
	}
	return a.resolved[i-1].actor
}

// officeHolder resolves an office named without a name to the entry of the one person
// who held it on the document's date (offices.go), and returns where the reference starts:
//
//   - "the President of the United States": the office of the country or organization
//     named after "of";
//   - "the Ukrainian president", "Ukraine's president": the office of the country named
//     before it;
//   - "the Prime Minister" in a document that a country's government issues (its voice):
//     that country's office.
//
// A title followed by a name, a possessive or an honorific is no office reference.
func (a *analysis) officeHolder(t titleSpan, v voice, date string) (entry int32, start int, ok bool) {
	if t.kind == "honorific" {
		return -1, 0, false
	}
	sentence := a.toks[t.start].sentence
	next := ""
	if t.end < len(a.toks) && a.toks[t.end].sentence == sentence {
		next = a.word(t.end)
		if a.toks[t.end].capitalized(a.text) || next == "'s" || next == "’s" {
			return -1, 0, false // "the President Donald Trump", "the president's"
		}
	}
	office := strings.ToLower(a.spanText(t.start, t.end))
	the := t.start > 0 && strings.EqualFold(a.word(t.start-1), "the")
	holder := func(of *docActor, start int) (int32, int, bool) {
		if of == nil || of.entry < 0 || of.typ != Country && of.typ != Organization {
			return -1, 0, false
		}
		e, ok := a.k.holder(office, of.id, date)
		return e, start, ok
	}
	switch {
	case next == "of":
		if !the {
			return -1, 0, false
		}
		j := t.end + 1
		if j < len(a.toks) && strings.EqualFold(a.word(j), "the") {
			j++
		}
		if m := a.mentionAt(j); m != nil && a.toks[j].sentence == sentence {
			return holder(m.actor, t.start-1)
		}
	case t.start >= 2 && (a.word(t.start-1) == "'s" || a.word(t.start-1) == "’s"):
		if m := a.resolvedEndingAt(t.start - 2); m != nil && a.toks[m.start].sentence == sentence {
			return holder(m.actor, m.start) // "Ukraine's president"
		}
	case t.start >= 2 && strings.EqualFold(a.word(t.start-2), "the"):
		if m := a.resolvedEndingAt(t.start - 1); m != nil && m.start == t.start-1 {
			return holder(m.actor, t.start-2) // "the Ukrainian president"
		}
	case the && v.group >= 0:
		if e, ok := a.k.holder(office, a.k.entries[v.group].ID, date); ok {
			return e, t.start - 1, true
		}
		if v.org >= 0 { // "the Secretary" in a readout of the State Department
			e, ok := a.k.organizationHead(office, v.org, date)
			return e, t.start - 1, ok
		}
	}
	return -1, 0, false
}

// before returns the number of placed mentions that start before byte offset start.
func before(order []placed, start int) int {
	i, _ := slices.BinarySearchFunc(order, start, func(p placed, start int) int { return cmp.Compare(p.start, start) })
	return i
}

// hasRole reports whether a person's roles (from the text, and from the knowledge base)
// have head as a word, other than as a deputy's or a former holder's. It allocates nothing:
// a reference may ask it of up to corefLookback people.
func (a *analysis) hasRole(d *docActor, head string) bool {
	if slices.ContainsFunc(d.roles, func(r string) bool { return roleHasHead(r, head) }) {
		return true
	}
	if d.entry < 0 {
		return false
	}
	e := &a.k.entries[d.entry]
	return slices.ContainsFunc(e.Roles, func(r string) bool { return roleHasHead(r, head) }) ||
		slices.ContainsFunc(e.Titles, func(r string) bool { return roleHasHead(r, head) })
}

// roleHasHead reports whether head is a word of role, ignoring case, unless the role is a
// deputy's or a former holder's ("Vice President", "former minister", "ex-president").
func roleHasHead(role, head string) bool {
	first := true
	for w := range strings.FieldsSeq(role) {
		if first {
			first = false
			if strings.EqualFold(w, "vice") || strings.EqualFold(w, "deputy") || strings.EqualFold(w, "former") ||
				len(w) >= 3 && strings.EqualFold(w[:3], "ex-") {
				return false
			}
		}
		if strings.EqualFold(w, head) {
			return true
		}
	}
	return false
}

// previousSentencePerson returns the one person named in the sentence before token i, in
// the same paragraph, or nil if there is none or more than one.
func (a *analysis) previousSentencePerson(i int, order []placed) *docActor {
	s := int(a.toks[i].sentence)
	if s == 0 || a.doc.Sentences[s-1].Paragraph != a.doc.Sentences[s].Paragraph {
		return nil
	}
	var found *docActor
	first, _ := slices.BinarySearchFunc(order, s-1, func(p placed, s int) int { return cmp.Compare(p.sentence, s) })
	for _, p := range order[first:min(len(order), first+corefLookback)] {
		if p.sentence != s-1 {
			break
		}
		if p.actor.typ != Person {
			continue
		}
		if found != nil && found != p.actor {
			return nil
		}
		found = p.actor
	}
	return found
}

// referenceEntry picks, of the entries a generic reference may stand for, the one whose
// country is in focus at token i: the country named last before it, directly or as a
// person's or organization's affiliation, in the same or the previous sentence.
func (a *analysis) referenceEntry(entries []int32, i int, order []placed) (int32, bool) {
	start := int(a.toks[i].start)
	sentence := int(a.toks[i].sentence)
	end := before(order, start)
	for j := end - 1; j >= 0 && j >= end-corefLookback; j-- {
		p := order[j]
		if sentence-p.sentence > 1 {
			break
		}
		country := p.actor.affiliation
		if p.actor.typ == Country {
			country = p.actor.id
		}
		if country == "" {
			continue
		}
		for _, e := range entries {
			if a.k.entries[e].Affiliation == country {
				return e, true
			}
		}
		return 0, false // the country in focus has no such entry
	}
	return 0, false
}

// administrationCountry returns the country of the one administration the document names
// ("the Trump administration"), or "".
func (a *analysis) administrationCountry(actors []*docActor) string {
	country := ""
	for _, d := range actors {
		if d.typ != Country {
			continue
		}
		for _, m := range d.mentions {
			if strings.HasSuffix(m.Text, " administration") {
				if country != "" && country != d.id {
					return ""
				}
				country = d.id
			}
		}
	}
	return country
}

// affiliateOfficials gives officials found from evidence whose title names no country
// ("Acting Chief of Staff Gustavo Ferreyra") the country the document is about: the one whose
// mentions, with those of its people and institutions, outnumber any other's. Diplomats are
// left alone: they serve abroad. The affiliation is marked inferred: it is a guess.
func (a *analysis) affiliateOfficials(actors []*docActor) {
	// Every mention counts for its country: a country's own, and those of the people and
	// institutions that belong to it ("Sen. X", "Capitol Hill" count for the United States).
	counts := map[string]int{}
	for _, d := range actors {
		switch {
		case d.typ == Country:
			counts[d.id] += len(d.mentions)
		case d.affiliation != "":
			if i, ok := a.k.byID[d.affiliation]; ok && a.k.entries[i].Type == Country {
				counts[d.affiliation] += len(d.mentions)
			}
		}
	}
	best, count, tie := "", 0, false
	for _, id := range slices.Sorted(maps.Keys(counts)) {
		switch n := counts[id]; {
		case n > count:
			best, count, tie = id, n, false
		case n == count:
			tie = true
		}
	}
	if best == "" || tie {
		return
	}
	for _, d := range actors {
		if d.typ == Person && d.entry < 0 && d.affiliation == "" && d.official {
			d.affiliation, d.inferred = best, true
		}
	}
}
