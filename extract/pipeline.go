package extract

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"sync"

	"github.com/actorgraph/actorgraph/internal/textnorm"
)

// Windows sets the weights of co-mentions. Two actors in the same sentence always add 1.
// Paragraph and Document, when positive, add that weight for each paragraph (document) in
// which both appear without sharing a sentence (paragraph).
//
// Decay, when positive, also ties actors named in nearby sentences of one paragraph, d
// sentences apart (1 <= d <= Decay), with weight exp(-d) for each such pair of sentences: the
// sentence-distance weighting of Spitz and Gertz (Terms over LOAD: leveraging named entities
// for cross-document extraction and summarization of events, SIGIR 2016; Entity-centric
// topic extraction and exploration, 2018).
//
// A window that names more than MaxWindowActors actors is a list (of signatories, of
// countries), not a scene in which actors deal with each other: it adds no co-mentions. This
// also bounds the pairs a window can make.
type Windows struct {
	Paragraph float64
	Document  float64
	Decay     int
}

// MaxWindowActors is the most actors a window may name and still make co-mentions.
const MaxWindowActors = 40

// Pipeline extracts actors and their ties from documents. Its zero value uses the built-in
// knowledge base and sentence co-mentions only.
type Pipeline struct {
	Knowledge *Knowledge // nil: DefaultKnowledge()
	Windows   Windows
	// TokenRules reads interactions with the token rules alone, without tagging and
	// parsing the sentences that name two actors (package syntax): some 20 to 60 times
	// faster on news, for fewer interactions and more of them wrong. Actors differ only in
	// the names that only the parse confirms, which token rules leave out, and what those
	// names give others: a person in no list, with no title, no known given name and no
	// verb of saying ("Okonkwo Eze scored twice"), and an acronym in no list ("an ODP
	// official"), which is the employer of the person it qualifies.
	TokenRules bool
	// Progress, if not nil, is called after each document is analysed with the number of
	// documents done and their total, one call at a time, done counting up by one; for a
	// progress line. It must not call Extract.
	Progress func(done, total int)
}

// Extract recognises the actors of docs, resolves their names across all documents, and
// collects co-mentions. Documents are analysed concurrently; the result does not depend on
// scheduling. Documents with the same ID get "-2", "-3", ... appended to later IDs.
// It panics if a window weight is negative, NaN or infinite.
//
// The road: Read has split each document into paragraphs and sentences; analyze takes each
// one through words, mentions, actors, references, parse trees and interactions; then the
// persons found in several documents get one name, and co-mentions are counted in the
// windows and merged with the actors, relations and interactions of all documents.
func (p Pipeline) Extract(docs ...*Document) *Result {
	p.Windows.check()
	k := p.Knowledge
	if k == nil {
		k = DefaultKnowledge()
	}
	docs = uniqueIDs(docs)
	return p.merge(k, docs, analyzeAll(k, docs, !p.TokenRules, p.Progress))
}

// ExtractEach extracts each of docs on its own, as Extract(doc) would, and calls yield with
// its result, in the order of docs; the documents are analysed concurrently, as Extract's
// are. Its results are the same however docs are cut into calls, which Extract's are not
// (persons found in no list are named across a call's documents, and a relation keeps the
// first sentence of a call that states it): what a graph.Builder, and a pipeline that
// extracts documents on many machines, add up. IDs are left as they are.
func (p Pipeline) ExtractEach(docs []*Document, yield func(*Result)) {
	p.Windows.check()
	k := p.Knowledge
	if k == nil {
		k = DefaultKnowledge()
	}
	// Each document's result is made in the worker that analysed it, so that only the
	// yields are sequential.
	results := make([]*Result, len(docs))
	each(len(docs), p.Progress, func(i int) {
		results[i] = p.merge(k, docs[i:i+1], []docResult{analyze(k, docs[i], !p.TokenRules)})
	})
	for i, r := range results {
		results[i] = nil
		yield(r)
	}
}

// merge makes the result of docs from their analyses.
func (p Pipeline) merge(k *Knowledge, docs []*Document, results []docResult) *Result {
	perDoc := make([][]*docActor, len(docs))
	perDocInteractions := make([][]rawInteraction, len(docs))
	for i, r := range results {
		perDoc[i], perDocInteractions[i] = r.actors, r.interactions
	}
	unifyFound(perDoc)
	perDocCo := make([][]CoMention, len(docs))
	each(len(docs), nil, func(i int) { perDocCo[i] = coMentions(docs[i], perDoc[i], p.Windows) })
	return &Result{
		Documents:    docs,
		Actors:       mergeActors(k, perDoc),
		CoMentions:   mergeCoMentions(perDocCo),
		Relations:    mergeRelations(perDoc),
		Interactions: interactionsOf(k, docs, perDocInteractions),
	}
}

// check panics if a window weight is negative, NaN or infinite, or the decay negative.
func (w Windows) check() {
	for _, x := range []float64{w.Paragraph, w.Document} {
		if !(x >= 0) || math.IsInf(x, 0) {
			panic(fmt.Sprintf("extract: invalid co-mention window weight %v", x))
		}
	}
	if w.Decay < 0 {
		panic(fmt.Sprintf("extract: negative decay window %d", w.Decay))
	}
}

// analyzeAll runs analyze on each document, at most eight at a time; results are in the
// order of docs.
func analyzeAll(k *Knowledge, docs []*Document, parse bool, progress func(done, total int)) []docResult {
	out := make([]docResult, len(docs))
	each(len(docs), progress, func(i int) { out[i] = analyze(k, docs[i], parse) })
	return out
}

// each calls f(i) for every i in [0, n), at most eight at a time, and progress, if not nil,
// after each call, one at a time. A single call runs in the caller's goroutine.
func each(n int, progress func(done, total int), f func(i int)) {
	if n == 1 {
		f(0)
		if progress != nil {
			progress(1, 1)
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex // serialises progress
	done := 0
	sem := make(chan struct{}, 8)
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			f(i)
			if progress != nil {
				mu.Lock()
				done++
				progress(done, n)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}

// analyze takes one document down the road; each stage reads what the stages before it left
// in the analysis and adds its own part. Read has split the text into paragraphs and
// sentences.
func analyze(k *Knowledge, doc *Document, parse bool) docResult {
	buf := bufferPool.Get().(*buffers)
	defer bufferPool.Put(buf)
	a := newAnalysis(k, doc, buf) // the words of the sentences (token.go)
	defer a.release(buf)
	a.parse = parse
	a.recognize()                        // mentions: known names and titles, names in no list (recognize.go, unknown.go)
	actors := a.resolve()                // each mention to its actor (recognize.go)
	actors = a.resolveReferences(actors) // "the president", offices, "he", "we" (coref.go, offices.go, voice.go)
	var trees []*tree
	if parse {
		trees = a.parseTrees() // tag and parse the sentences that name two actors (tree.go, package syntax)
	}
	return docResult{actors: actors, interactions: a.interactions(trees)} // from the trees, then token rules (tree.go, interact.go)
}

// uniqueIDs returns docs with duplicate IDs renamed, without changing the input documents.
// Each ID's next suffix is remembered, so that n documents with one ID cost O(n).
func uniqueIDs(docs []*Document) []*Document {
	taken := map[string]bool{}
	for _, d := range docs {
		taken[d.ID] = true
	}
	used := map[string]bool{}
	next := map[string]int{} // ID -> the next suffix to try
	out := make([]*Document, len(docs))
	for i, d := range docs {
		if used[d.ID] {
			n := max(next[d.ID], 2)
			id := d.ID + "-" + strconv.Itoa(n)
			for taken[id] {
				n++
				id = d.ID + "-" + strconv.Itoa(n)
			}
			next[d.ID] = n + 1
			c := *d
			c.ID = id
			d = &c
			taken[id] = true
		}
		used[d.ID] = true
		out[i] = d
	}
	return out
}

// unifyFound gives the persons found from evidence that share a transliteration key one ID
// and one name across all documents: the spelling with the most mentions, then the longer,
// then the first in byte order. Each document's actors stay sorted by ID.
func unifyFound(perDoc [][]*docActor) {
	counts := map[string]map[string]int{} // key -> name -> mentions
	for _, actors := range perDoc {
		for _, d := range actors {
			if d.entry < 0 && d.typ == Person && d.key != "" {
				if counts[d.key] == nil {
					counts[d.key] = map[string]int{}
				}
				counts[d.key][d.name] += len(d.mentions)
				d.spellings = map[string]int{d.name: len(d.mentions)}
			}
		}
	}
	canonical := make(map[string]string, len(counts))
	for key, names := range counts {
		canonical[key] = CanonicalName(names)
	}
	for di, actors := range perDoc {
		renamed := map[string]string{}
		for _, d := range actors {
			name, ok := canonical[d.key]
			if !ok || d.entry >= 0 || d.typ != Person {
				continue
			}
			d.name = name
			if id := textnorm.ID(name); id != "" && id != d.id {
				renamed[d.id] = id
				d.id = id
				for i := range d.mentions {
					d.mentions[i].Actor = id
				}
			}
		}
		if len(renamed) == 0 {
			continue
		}
		for _, d := range actors {
			for i, r := range d.relations {
				if id, ok := renamed[r.Target]; ok {
					d.relations[i].Target = id
				}
			}
		}
		slices.SortFunc(actors, func(x, y *docActor) int { return cmp.Compare(x.id, y.id) })
		perDoc[di] = mergeSameID(actors)
	}
}

// CanonicalName returns the name that the spellings of one person found in no list go by,
// given how many times each was mentioned: the one with the most mentions, then the longer,
// then the first in byte order. Extract names such persons so across its documents;
// graph.Builder, which sees one document at a time, by the same rule.
func CanonicalName(mentions map[string]int) string {
	best := ""
	for _, name := range slices.Sorted(maps.Keys(mentions)) {
		if best == "" || mentions[name] > mentions[best] || mentions[name] == mentions[best] && len(name) > len(best) {
			best = name
		}
	}
	return best
}

// mergeSameID merges adjacent actors of one document that unification gave the same ID.
func mergeSameID(actors []*docActor) []*docActor {
	out := actors[:0]
	for _, d := range actors {
		if n := len(out); n > 0 && out[n-1].id == d.id {
			prev := out[n-1]
			prev.mentions = append(prev.mentions, d.mentions...)
			slices.SortFunc(prev.mentions, func(x, y Mention) int { return cmp.Compare(x.Start, y.Start) })
			prev.relations = append(prev.relations, d.relations...)
			prev.roles = append(prev.roles, d.roles...)
			for name, n := range d.spellings {
				if prev.spellings == nil {
					prev.spellings = map[string]int{}
				}
				prev.spellings[name] += n
			}
			continue
		}
		out = append(out, d)
	}
	return out
}

// mergeActors unites the per-document actors by ID.
func mergeActors(k *Knowledge, perDoc [][]*docActor) []Actor {
	mentions := map[string]int{}
	for _, actors := range perDoc {
		for _, d := range actors {
			mentions[d.id] += len(d.mentions)
		}
	}
	byID := make(map[string]*Actor, len(mentions))
	for _, actors := range perDoc {
		for _, d := range actors {
			a, ok := byID[d.id]
			if !ok {
				a = &Actor{ID: d.id, Name: d.name, Type: d.typ, Mentions: make([]Mention, 0, mentions[d.id])}
				if d.entry < 0 && d.typ == Person {
					a.NameKey = d.key
				}
				byID[d.id] = a
			}
			for name, n := range d.spellings {
				if a.Spellings == nil {
					a.Spellings = map[string]int{}
				}
				a.Spellings[name] += n
			}
			if a.Affiliation == "" || a.AffiliationInferred && d.affiliation != "" && !d.inferred {
				a.Affiliation, a.AffiliationInferred = d.affiliation, d.inferred && d.affiliation != ""
			}
			if len(a.Roles) == 0 && d.entry >= 0 {
				a.Roles = append(a.Roles, k.entries[d.entry].Roles...) // the knowledge base's roles, once
			}
			a.Roles = append(a.Roles, d.roles...)
			a.Mentions = append(a.Mentions, d.mentions...)
		}
	}
	out := make([]Actor, 0, len(byID))
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		a := byID[id]
		a.Roles = sortedUnique(a.Roles)
		aliases := map[string]bool{}
		for _, m := range a.Mentions {
			if m.Reference {
				continue
			}
			if m.Text != a.Name {
				aliases[m.Text] = true
			}
			// A name in Cyrillic or Greek is also known by its Latin letters.
			if t := textnorm.Transliterate(m.Text); t != m.Text && t != a.Name {
				aliases[t] = true
			}
		}
		if len(aliases) > 0 {
			a.Aliases = slices.Sorted(maps.Keys(aliases))
		}
		out = append(out, *a)
	}
	return out
}

func sortedUnique(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

type pairKey struct{ a, b string }

// coMentions returns the co-mentions of one document: pairs of actors in the same sentence
// (weight 1 each), and, when enabled, in the same paragraph or document. Locations are
// venues, not actors that deal with others, and take no part.
func coMentions(doc *Document, actors []*docActor, w Windows) []CoMention {
	// (sentence, actor) pairs, sorted, each once; actors are sorted by ID, so within a
	// sentence the actor indices are in ID order.
	type occurrence struct{ sentence, actor int }
	var occ []occurrence
	var all []int
	for ai, d := range actors {
		if d.typ == Location {
			continue
		}
		all = append(all, ai)
		for _, m := range d.mentions {
			occ = append(occ, occurrence{m.Sentence, ai})
		}
	}
	slices.SortFunc(occ, func(x, y occurrence) int { return cmp.Or(x.sentence-y.sentence, x.actor-y.actor) })
	occ = slices.Compact(occ)

	acc := map[[2]int]*CoMention{}
	add := func(i, j int, weight float64, ev Evidence) {
		c, ok := acc[[2]int{i, j}]
		if !ok {
			c = &CoMention{Source: actors[i].id, Target: actors[j].id}
			acc[[2]int{i, j}] = c
		}
		c.Weight += weight
		c.Count++
		c.Evidence = append(c.Evidence, ev)
	}
	// groups calls f with each run of occurrences that share a key.
	groups := func(occ []occurrence, key func(occurrence) int, f func(k int, ids []int)) {
		var ids []int
		for i := 0; i < len(occ); {
			k := key(occ[i])
			ids = ids[:0]
			for ; i < len(occ) && key(occ[i]) == k; i++ {
				if len(ids) == 0 || ids[len(ids)-1] != occ[i].actor {
					ids = append(ids, occ[i].actor)
				}
			}
			f(k, ids)
		}
	}
	sharedSentence := map[[3]int]bool{} // (paragraph, actor, actor) pairs that share a sentence there
	groups(occ, func(o occurrence) int { return o.sentence }, func(s int, ids []int) {
		if len(ids) > MaxWindowActors {
			return
		}
		sent := doc.Sentences[s]
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				if actors[ids[i]].id == actors[ids[j]].id {
					continue // two spellings unified into one actor
				}
				add(ids[i], ids[j], 1, Evidence{Doc: doc.ID, Sentence: s, Span: sent.Span, Text: sent.Text})
				if w.Paragraph > 0 || w.Document > 0 {
					sharedSentence[[3]int{sent.Paragraph, ids[i], ids[j]}] = true
				}
			}
		}
	})
	sharedParagraph := map[[2]int]bool{}
	if w.Paragraph > 0 || w.Document > 0 {
		byParagraph := make([]occurrence, len(occ))
		for i, o := range occ {
			byParagraph[i] = occurrence{doc.Sentences[o.sentence].Paragraph, o.actor}
		}
		slices.SortFunc(byParagraph, func(x, y occurrence) int { return cmp.Or(x.sentence-y.sentence, x.actor-y.actor) })
		groups(byParagraph, func(o occurrence) int { return o.sentence }, func(p int, ids []int) {
			if len(ids) > MaxWindowActors {
				return
			}
			para := doc.Paragraphs[p]
			first := firstSentenceOf(doc, p)
			for i := range ids {
				for j := i + 1; j < len(ids); j++ {
					k := [2]int{ids[i], ids[j]}
					if actors[ids[i]].id == actors[ids[j]].id {
						continue
					}
					sharedParagraph[k] = true
					if w.Paragraph > 0 && !sharedSentence[[3]int{p, ids[i], ids[j]}] {
						add(ids[i], ids[j], w.Paragraph, Evidence{Doc: doc.ID, Sentence: first, Span: para, Text: doc.Text[para.Start:para.End]})
					}
				}
			}
		})
	}
	if w.Decay > 0 {
		// Actors by sentence, for the decay window.
		bySentence := map[int][]int{}
		groups(occ, func(o occurrence) int { return o.sentence }, func(s int, ids []int) {
			if len(ids) <= MaxWindowActors {
				bySentence[s] = slices.Clone(ids)
			}
		})
		for _, s1 := range slices.Sorted(maps.Keys(bySentence)) {
			for d := 1; d <= w.Decay; d++ {
				s2 := s1 + d
				ids2, ok := bySentence[s2]
				if !ok || doc.Sentences[s2].Paragraph != doc.Sentences[s1].Paragraph {
					continue
				}
				weight := math.Exp(-float64(d))
				sent := doc.Sentences[s1]
				for _, x := range bySentence[s1] {
					for _, y := range ids2 {
						if x == y || actors[x].id == actors[y].id {
							continue
						}
						i, j := min(x, y), max(x, y)
						add(i, j, weight, Evidence{Doc: doc.ID, Sentence: s1, Span: Span{sent.Start, doc.Sentences[s2].End},
							Text: doc.Text[sent.Start:doc.Sentences[s2].End]})
					}
				}
			}
		}
	}
	if w.Document > 0 && len(all) <= MaxWindowActors {
		for i := range all {
			for j := i + 1; j < len(all); j++ {
				if !sharedParagraph[[2]int{all[i], all[j]}] && actors[all[i]].id != actors[all[j]].id {
					add(all[i], all[j], w.Document, Evidence{Doc: doc.ID, Sentence: -1})
				}
			}
		}
	}
	out := make([]CoMention, 0, len(acc))
	for _, k := range slices.SortedFunc(maps.Keys(acc), func(x, y [2]int) int { return cmp.Or(x[0]-y[0], x[1]-y[1]) }) {
		c := *acc[k]
		slices.SortStableFunc(c.Evidence, func(x, y Evidence) int { return cmp.Compare(x.Sentence, y.Sentence) })
		out = append(out, c)
	}
	return out
}

func firstSentenceOf(doc *Document, paragraph int) int {
	i, _ := slices.BinarySearchFunc(doc.Sentences, paragraph, func(s Sentence, p int) int { return s.Paragraph - p })
	return i
}

// mergeCoMentions adds up the co-mentions of each document by pair, in input order so that
// evidence stays in document order, and sorts them by Source, then Target.
func mergeCoMentions(perDoc [][]CoMention) []CoMention {
	evidence := map[pairKey]int{}
	for _, cs := range perDoc {
		for _, c := range cs {
			evidence[pairKey{c.Source, c.Target}] += len(c.Evidence)
		}
	}
	acc := make(map[pairKey]*CoMention, len(evidence))
	keys := make([]pairKey, 0, len(evidence))
	for _, cs := range perDoc {
		for _, c := range cs {
			k := pairKey{c.Source, c.Target}
			m, ok := acc[k]
			if !ok {
				m = &CoMention{Source: c.Source, Target: c.Target}
				if evidence[k] > len(c.Evidence) {
					m.Evidence = make([]Evidence, 0, evidence[k])
				}
				acc[k] = m
				keys = append(keys, k)
			}
			m.Weight += c.Weight
			m.Count += c.Count
			if m.Evidence == nil {
				m.Evidence = c.Evidence // the pair is in this document only: no copy
			} else {
				m.Evidence = append(m.Evidence, c.Evidence...)
			}
		}
	}
	slices.SortFunc(keys, comparePairs)
	out := make([]CoMention, len(keys))
	for i, k := range keys {
		out[i] = *acc[k]
	}
	return out
}

func comparePairs(x, y pairKey) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) }

// mergeRelations collects the relations of all documents, each (source, target, kind, role)
// once with its first evidence, sorted.
func mergeRelations(perDoc [][]*docActor) []Relation {
	type key struct {
		source, target string
		kind           RelationKind
		role           string
	}
	seen := map[key]bool{}
	var out []Relation
	for _, actors := range perDoc {
		for _, d := range actors {
			for _, r := range d.relations {
				r.Source = d.id // the ID may have been unified across documents
				k := key{r.Source, r.Target, r.Kind, r.Role}
				if !seen[k] {
					seen[k] = true
					out = append(out, r)
				}
			}
		}
	}
	slices.SortStableFunc(out, func(x, y Relation) int {
		return cmp.Or(cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target),
			cmp.Compare(x.Kind, y.Kind), cmp.Compare(x.Role, y.Role))
	})
	return out
}

// interactionsOf turns the raw interactions of each document into Interactions, in document
// order, with the actors' final IDs and the kind's CAMEO code, Goldstein weight and polarity.
func interactionsOf(k *Knowledge, docs []*Document, perDoc [][]rawInteraction) []Interaction {
	var out []Interaction
	for i, raws := range perDoc {
		for _, r := range raws {
			info := k.kinds[r.kind]
			cameo := info.cameo
			if r.modality == Planned || r.modality == Possible {
				cameo = info.plannedCAMEO
			}
			s := docs[i].Sentences[r.sentence]
			polarity := info.polarity
			if polarity == 0 && r.tone != 0 {
				polarity = int(r.tone) // "productive talks"
			}
			out = append(out, Interaction{
				Source: r.source.id, Target: r.target.id, Kind: r.kind, CAMEO: cameo,
				Goldstein: info.goldstein, Polarity: polarity, Modality: r.modality,
				Evidence: Evidence{Doc: docs[i].ID, Sentence: s.Index, Span: s.Span, Text: s.Text},
			})
		}
	}
	return out
}
