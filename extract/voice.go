package extract

// Who speaks in the first person. In a statement or readout, "I" and "we" outside
// quotation marks are whoever issues it: the header's source when it names a government,
// an organization or a person ("source: Ministry of Foreign Affairs of Orlesia"), not when
// it names an outlet first ("source: Example Wire"). "We" and "our" are the country the
// source's actors belong to, or the organization that belongs to none; "I" and "my" the
// one person the source names. In a quotation, "I" and "we" are its speaker (quotes.go).
//
// A definite office with no name ("the Prime Minister") in such a document is the office of
// that country (offices.go).

// A voice is the issuer of a document: entries of the knowledge base, -1 for none.
type voice struct {
	person, group int32
	org           int32 // the first organization the source names: "U.S. State Department"
}

// noVoice is the voice of a document that no one issues in the first person: news copy.
var noVoice = voice{-1, -1, -1}

// documentVoice returns the voice of doc, read from its source with the knowledge base.
func documentVoice(k *Knowledge, doc *Document) voice {
	s := doc.Source
	if s == "" || len(s) > 1000 {
		return noVoice
	}
	toks := tokenizeSpan(nil, s, 0, len(s), 0)
	ids := k.phrases.tokenIDs(nil, s, toks)
	v := noVoice
	groups := 0
	named := false // an issuer (not an outlet) was named before
	for i := 0; i < len(toks); {
		end, forms, _, _ := k.phrases.longest(toks, ids, i)
		if end <= i {
			i++
			continue
		}
		i = end
		e, ok := formsEntry(k, forms)
		if !ok {
			continue
		}
		entry := &k.entries[e]
		switch entry.Type {
		case Media:
			if !named {
				return noVoice // an outlet's copy, whoever it quotes
			}
			continue
		case Location:
			continue
		}
		named = true
		if entry.Type == Organization && v.org < 0 {
			v.org = e
		}
		if entry.Type == Person {
			if v.person >= 0 && v.person != e {
				v.person = -2 // two people: neither is "I"
			} else if v.person != -2 {
				v.person = e
			}
		}
		g := k.countryOf(e)
		switch {
		case g < 0:
			continue
		case groups == 0:
			v.group = g
		case v.group != g:
			v.group = -2
		}
		groups++
	}
	v.person = max(v.person, -1)
	v.group = max(v.group, -1)
	return v
}

// formsEntry returns the entry that all of forms name, by name, alias or metonym (not a
// demonym or a capital: "Ukrainian" or "Kyiv" in a source names no issuer).
func formsEntry(k *Knowledge, forms []int32) (int32, bool) {
	e := int32(-1)
	for _, f := range forms {
		fm := k.forms[f]
		if fm.kind != nameForm && fm.kind != metonymForm {
			continue
		}
		if e >= 0 && fm.entry != e {
			return -1, false
		}
		e = fm.entry
	}
	return e, e >= 0
}

// countryOf returns the country that entry e belongs to, through its affiliations, or the
// organization at the top of them when no country is; -1 for a person with no affiliation.
func (k *Knowledge) countryOf(e int32) int32 {
	for range maxAffiliationDepth + 1 {
		entry := &k.entries[e]
		if entry.Type == Country {
			return e
		}
		if entry.Affiliation == "" {
			if entry.Type == Person {
				return -1
			}
			return e
		}
		e = k.byID[entry.Affiliation]
	}
	return -1
}
