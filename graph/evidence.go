package graph

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
)

// SetEvidenceLimit caps the evidence each tie, interaction and affiliation keeps at n
// sentences, from now on and of what it holds; n of 0 or less keeps all, as a new graph does.
// Counts and weights still count everything: the cap drops sentences, not facts.
//
// The sentences kept are a sample of all those seen, uniform over the documents they come
// from: the n that rank first by a hash of their document's ID, then of their sentence and
// position. So they span the whole corpus (every month of a year of news, not its first
// week) and are the same whatever order the documents came in: a corpus read in any order,
// or in pieces on many machines and merged, keeps the same. As every edge ranks documents
// alike, the edges' samples share their documents, and the graph keeps the record of fewer:
// 12,694 of 20,000 generated articles under a limit of 10, where a hash of each sentence
// alone kept 17,518. With a limit, the evidence kept is in order of document ID, sentence
// and position.
//
// A limit bounds the memory a graph holds by its ties, not by its corpus: text is the bulk
// of a graph built from many articles. Raising a limit keeps what the lower one kept: the
// sample is then no longer the same as one taken under the higher limit from the start.
// Graphs made from g (Merge, Combined, Filter, the layers) keep its limit.
func (g *Graph) SetEvidenceLimit(n int) {
	g.evidenceLimit = max(n, 0)
	if g.evidenceLimit == 0 {
		return
	}
	for t := range g.ties.all() {
		t.sample = sample{}
		t.evidence = g.limitEvidence(nil, &t.sample, t.evidence...)
	}
	for i := range g.affiliations {
		a := &g.affiliations[i]
		a.sample = sample{}
		a.Evidence = g.limitEvidence(nil, &a.sample, a.Evidence...)
	}
	for _, in := range g.interactions {
		in.sample = sample{}
		in.evidence = g.limitEvidence(nil, &in.sample, in.evidence...)
	}
}

// EvidenceLimit returns the cap SetEvidenceLimit set; 0 if none.
func (g *Graph) EvidenceLimit() int { return g.evidenceLimit }

// sample is what a capped list of evidence remembers of itself between additions: which
// sentence ranks last, to be replaced by one that ranks before it. Most additions to a full
// list rank after it, and cost one hash.
type sample struct {
	worst int    // index in the list of the sentence that ranks last
	hash  uint64 // its evidenceHash
	ok    bool   // worst and hash are up to date
}

// addEvidence adds evs to kept, whose sample state is s, as g's limit says.
func (g *Graph) addEvidence(kept []extract.Evidence, s *sample, evs ...extract.Evidence) []extract.Evidence {
	if g.evidenceLimit == 0 {
		return append(kept, evs...)
	}
	return g.limitEvidence(kept, s, evs...)
}

// limitEvidence adds evs to kept, which holds at most g's limit of sentences sorted by
// compareEvidence, and keeps those that rank first: the lowest evidenceHash, ties by
// compareEvidence. The same sentence twice is kept once.
func (g *Graph) limitEvidence(kept []extract.Evidence, s *sample, evs ...extract.Evidence) []extract.Evidence {
	return sampleEvidence(g.evidenceLimit, kept, s, evs...)
}

// sampleEvidence is limitEvidence under a limit of its own.
func sampleEvidence(limit int, kept []extract.Evidence, s *sample, evs ...extract.Evidence) []extract.Evidence {
	for _, ev := range evs {
		i, found := slices.BinarySearchFunc(kept, ev, compareEvidence)
		if found {
			continue
		}
		if len(kept) < limit {
			kept = slices.Insert(kept, i, cloneEvidence(ev))
			s.ok = false
			continue
		}
		if !s.ok {
			s.worst, s.hash = 0, evidenceHash(kept[0])
			for j := 1; j < len(kept); j++ {
				if h := evidenceHash(kept[j]); h > s.hash || h == s.hash && compareEvidence(kept[j], kept[s.worst]) > 0 {
					s.worst, s.hash = j, h
				}
			}
			s.ok = true
		}
		// Full: ev replaces the sentence that ranks last, if ev ranks before it.
		if h := evidenceHash(ev); h > s.hash || h == s.hash && compareEvidence(ev, kept[s.worst]) > 0 {
			continue
		}
		kept = slices.Delete(kept, s.worst, s.worst+1)
		i, _ = slices.BinarySearchFunc(kept, ev, compareEvidence)
		kept = slices.Insert(kept, i, cloneEvidence(ev))
		s.ok = false
	}
	return kept
}

// cloneEvidence copies the strings of a sentence kept in a sample: its text is a slice of
// its document's, which it would otherwise keep alive, a document for every sentence kept.
func cloneEvidence(ev extract.Evidence) extract.Evidence {
	ev.Doc, ev.Text = strings.Clone(ev.Doc), strings.Clone(ev.Text)
	return ev
}

// compareEvidence orders evidence by document ID, sentence, position, then text: two
// sentences that differ in text alone (two documents given one ID) are two, so that a
// sample keeps the same of them whatever order they came in.
func compareEvidence(x, y extract.Evidence) int {
	return cmp.Or(cmp.Compare(x.Doc, y.Doc), cmp.Compare(x.Sentence, y.Sentence), cmp.Compare(x.Start, y.Start), cmp.Compare(x.End, y.End),
		cmp.Compare(x.Text, y.Text))
}

// evidenceHash ranks a sentence in the samples of evidence: its high 44 bits are the 64-bit
// FNV-1a hash of its document's ID, its low 20 bits that of its document, number and
// position (each mixed). Every edge's sample is then uniform over the documents that support it, as
// before, but all edges prefer the same documents: a corpus's samples cite few documents
// (a fifth as many on generated news), and a graph keeps the record of no others. It is
// written out rather than taken from hash/fnv, whose interface would cost two allocations a
// sentence on this hot path.
func evidenceHash(ev extract.Evidence) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	const low = 1<<20 - 1
	h := uint64(offset)
	for i := 0; i < len(ev.Doc); i++ {
		h = (h ^ uint64(ev.Doc[i])) * prime
	}
	doc := mix(h)
	var b [64]byte
	n := strconv.AppendInt(b[:0], int64(ev.Sentence), 10)
	n = append(n, ':')
	n = strconv.AppendInt(n, int64(ev.Start), 10)
	n = append(n, ':')
	n = strconv.AppendInt(n, int64(ev.End), 10)
	for _, c := range n {
		h = (h ^ uint64(c)) * prime
	}
	return doc&^low | mix(h)&low
}

// mix is MurmurHash3's 64-bit finaliser: FNV-1a leaves the high bits of the hashes of short,
// similar IDs ("d0001", "d0002") alike, and the samples rank documents by them.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// citedDocuments returns the IDs of the documents that the evidence g holds cites.
func (g *Graph) citedDocuments() map[string]bool {
	cited := map[string]bool{}
	for t := range g.ties.all() {
		for _, e := range t.evidence {
			cited[e.Doc] = true
		}
	}
	for _, in := range g.interactions {
		for _, e := range in.evidence {
			cited[e.Doc] = true
		}
	}
	for _, a := range g.affiliations {
		for _, e := range a.Evidence {
			cited[e.Doc] = true
		}
	}
	return cited
}
