package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Quotations and their speakers: "I" and "we" in a quotation are whoever says it. A
// quotation's speaker is the actor named beside a verb of saying in the sentence that
// closes it ("…,” Rubio said.", "…,” said Rubio."), else in the sentence that opens it
// before the quotation ("Rubio said: “…"), else, for a quotation that opens its paragraph,
// the last speaker named in the paragraph before ("That end, said Secretary Rubio, …" then
// a paragraph of quotation), as editorials and readouts run.

// A quotation is a span of a document's text between quotation marks, with its speaker, or
// nil when none is named.
type quotation struct {
	start, end int // bytes
	speaker    *docActor
}

// maxQuoteBytes bounds a quotation: an opening mark not closed within it (or within its
// paragraph) closes at the paragraph's end.
const maxQuoteBytes = 4000

// speakerReach is how many tokens a verb of saying may stand from the name it introduces.
const speakerReach = 6

// quotationSpans returns the quotations of the document, in order, without speakers. It
// reads the text once.
func (a *analysis) quotationSpans() []quotation {
	var out []quotation
	text := a.text
	for _, para := range a.doc.Paragraphs {
		open := -1
		for i := para.Start; i < para.End; {
			r, size := rune(text[i]), 1
			if text[i] >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			switch {
			case r == '“' || r == '"' && open < 0:
				if open < 0 {
					open = i
				}
			case (r == '”' || r == '"') && open >= 0:
				out = append(out, quotation{start: open, end: i + size})
				open = -1
			}
			if open >= 0 && i-open > maxQuoteBytes {
				out = append(out, quotation{start: open, end: i})
				open = -1
			}
			i += size
		}
		if open >= 0 {
			out = append(out, quotation{start: open, end: para.End})
		}
	}
	return out
}

// attributeQuotations sets the speakers of quotes.
func (a *analysis) attributeQuotations(quotes []quotation) {
	var last *docActor // the last speaker named, within the current paragraph and the one before
	lastPara := -2
	q := 0
	for s := range a.doc.Sentences {
		sent := a.doc.Sentences[s]
		if sent.Paragraph > lastPara+1 {
			last = nil
		}
		// The quotations that close in this sentence take its speaker; one that opens here
		// and closes later may take a speaker named before it.
		speaker := a.sentenceSpeaker(s, quotes)
		for ; q < len(quotes) && quotes[q].start < sent.End; q++ {
			qt := &quotes[q]
			before := a.speakerBefore(s, qt.start)
			switch {
			case qt.end <= sent.End && speaker != nil:
				qt.speaker = speaker
			case before != nil:
				qt.speaker = before
			case qt.end > sent.End:
				// A quotation that runs on: its speaker may close it, in a later sentence.
				qt.speaker = a.closingSpeaker(qt, quotes)
			}
			if qt.speaker == nil && a.opensParagraph(qt.start) {
				qt.speaker = last
			}
		}
		if speaker != nil {
			last, lastPara = speaker, sent.Paragraph
		}
	}
}

// closingSpeaker returns the speaker named in the sentence that closes qt.
func (a *analysis) closingSpeaker(qt *quotation, quotes []quotation) *docActor {
	s, _ := slices.BinarySearchFunc(a.doc.Sentences, qt.end, func(x Sentence, end int) int {
		return cmp.Compare(x.End, end)
	})
	if s >= len(a.doc.Sentences) {
		return nil
	}
	return a.sentenceSpeaker(s, quotes)
}

// opensParagraph reports whether byte i starts its paragraph, give or take spaces.
func (a *analysis) opensParagraph(i int) bool {
	ps := a.doc.Paragraphs
	j, _ := slices.BinarySearchFunc(ps, i, func(p Span, i int) int { return cmp.Compare(p.Start, i) })
	if j < len(ps) && ps[j].Start == i {
		return true
	}
	return j > 0 && i < ps[j-1].End && strings.TrimSpace(a.text[ps[j-1].Start:i]) == ""
}

// sentenceSpeaker returns the actor named beside a verb of saying, outside quotation marks,
// in sentence s ("Rubio said", "said Secretary Rubio", "he said" when "he" is resolved), or
// nil. Each verb of saying looks speakerReach tokens either way.
func (a *analysis) sentenceSpeaker(s int, quotes []quotation) *docActor {
	for i := a.sentToks[s]; i < a.sentToks[s+1]; i++ {
		if !sayingVerbs.has(strings.ToLower(a.word(i))) || inQuote(quotes, int(a.toks[i].start)) {
			continue
		}
		if d := a.speakerNear(i, a.sentToks[s], a.sentToks[s+1], quotes); d != nil {
			return d
		}
	}
	return nil
}

// speakerNear returns the actor named within speakerReach tokens of the verb of saying at
// token i, between tokens first and end, outside quotes: the nearest person, else the
// nearest other actor ("said U.S. Secretary of State Marco Rubio" is Rubio, not the U.S.).
func (a *analysis) speakerNear(i, first, end int, quotes []quotation) *docActor {
	var other *docActor
	for d := 1; d <= speakerReach; d++ {
		for _, m := range [2]*resolvedMention{a.resolvedEndingAt(i - d), a.mentionAtOrNil(i+d, end)} {
			if m == nil || m.start < first || !speakerType(m.actor) || inQuote(quotes, int(a.toks[m.start].start)) {
				continue
			}
			if m.actor.typ == Person {
				return m.actor
			}
			if other == nil {
				other = m.actor
			}
		}
	}
	return other
}

// mentionAtOrNil is mentionAt(i) for i before end, else nil.
func (a *analysis) mentionAtOrNil(i, end int) *resolvedMention {
	if i >= end {
		return nil
	}
	return a.mentionAt(i)
}

// speakerType says whether d may be the speaker of a quotation: not a place, not an outlet.
func speakerType(d *docActor) bool { return d.typ != Location && d.typ != Media }

// resolvedEndingAt returns the resolved mention whose last token is i, or nil.
func (a *analysis) resolvedEndingAt(i int) *resolvedMention {
	if i < 0 {
		return nil
	}
	j, _ := slices.BinarySearchFunc(a.resolved, i+1, func(m resolvedMention, t int) int { return cmp.Compare(m.start, t) })
	// Mentions do not overlap: the one ending at i is the last that starts at or before i.
	if j > 0 && a.resolved[j-1].end == i+1 {
		return &a.resolved[j-1]
	}
	return nil
}

// speakerBefore returns the speaker introduced right before byte q in sentence s ("Rubio
// said: “…", "said Rubio: “…"), or nil: a verb of saying within speakerReach tokens before
// the quotation, and the actor beside it.
func (a *analysis) speakerBefore(s, q int) *docActor {
	first, last := a.sentToks[s], a.sentToks[s+1]
	k, _ := slices.BinarySearchFunc(a.toks[first:last], q, func(t token, q int) int { return cmp.Compare(int(t.start), q) })
	k += first // the first token at or after the quotation mark
	for i := k - 1; i >= first && i >= k-speakerReach; i-- {
		if !sayingVerbs.has(strings.ToLower(a.word(i))) {
			continue
		}
		return a.speakerNear(i, first, k, nil)
	}
	return nil
}

// quotationMarks returns the document's quotations without their speakers, found on first
// use: references ask which words are quoted before speakers can be named.
func (a *analysis) quotationMarks() []quotation {
	if !a.marksDone {
		a.quotes, a.marksDone = a.quotationSpans(), true
	}
	return a.quotes
}

// quoteSpans returns the document's quotations with their speakers, named on first use
// (after references, whose mentions may be speakers). Naming them reads each sentence's
// tokens a bounded number of times.
func (a *analysis) quoteSpans() []quotation {
	q := a.quotationMarks()
	if !a.quotesDone {
		a.attributeQuotations(q)
		a.quotesDone = true
	}
	return q
}

// quoteAt returns the index in quotes of the quotation that holds byte i, or -1.
func quoteAt(quotes []quotation, i int) int {
	j, _ := slices.BinarySearchFunc(quotes, i, func(q quotation, i int) int { return cmp.Compare(q.start, i) })
	if j > 0 && quotes[j-1].start < i && i < quotes[j-1].end {
		return j - 1
	}
	return -1
}

// inQuote reports whether byte i is inside one of quotes.
func inQuote(quotes []quotation, i int) bool { return quoteAt(quotes, i) >= 0 }

// quoteSpeaker returns the speaker of the quotation holding byte i, or nil.
func quoteSpeaker(quotes []quotation, i int) *docActor {
	if q := quoteAt(quotes, i); q >= 0 {
		return quotes[q].speaker
	}
	return nil
}
