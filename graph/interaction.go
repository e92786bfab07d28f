package graph

import (
	"cmp"
	"math"
	"slices"

	"github.com/actorgraph/actorgraph/extract"
)

// InteractionEdge is an aggregated edge of the interaction layer: every interaction of one
// kind from Source to Target, with how many there are, their Goldstein weights summed, and
// all their evidence. The layer is directed and signed, and kept apart from the co-mention
// ties; no centrality measure of this package reads it.
type InteractionEdge struct {
	Source, Target string
	Kind           string
	CAMEO          string             // the code of the first interaction
	Count          int                // interactions aggregated
	Goldstein      float64            // their Goldstein weights, summed
	Polarity       int                // -1, 0 or 1, the sign of the kind
	Modalities     []extract.Modality // the modalities among them, sorted
	Evidence       []extract.Evidence // one per interaction, in the order added within each modality, modality after modality (a sample under an evidence limit: Graph.SetEvidenceLimit)
}

// interactionKey is what the interactions of a group share.
type interactionKey struct {
	source, target, kind, cameo string
	polarity                    int
	modality                    extract.Modality
}

// interactionGroup is the interactions of one key the graph holds: the first of them, with
// its Goldstein weight the sum of theirs, how many there are, and their evidence (all of it,
// or a sample under the graph's evidence limit). A corpus of any size holds one group per
// key, so the layer's memory is bounded by the actors and kinds, not by the articles.
type interactionGroup struct {
	extract.Interaction // Evidence unused; Goldstein the sum of terms
	count               int
	terms               []goldsteinTerm // sorted by weight
	evidence            []extract.Evidence
	sample              sample
}

// goldsteinTerm is n Goldstein weights of weight. A group keeps its Goldstein sum as terms,
// one per distinct weight (one per kind, with one knowledge), and sums them in the order of
// their weights: floating-point addition is not associative, and the sum is then the same
// whatever order, and whatever pieces, its interactions were added in.
type goldsteinTerm struct {
	weight float64
	n      int
}

// addGoldstein adds terms to grp's and sums them again, each product and sum clamped to
// ±math.MaxFloat64.
func (grp *interactionGroup) addGoldstein(terms ...goldsteinTerm) {
	for _, t := range terms {
		i, found := slices.BinarySearchFunc(grp.terms, t.weight, func(x goldsteinTerm, w float64) int { return cmp.Compare(x.weight, w) })
		if found {
			grp.terms[i].n += t.n
		} else {
			grp.terms = slices.Insert(grp.terms, i, t)
		}
	}
	clamp := func(x float64) float64 { return max(-math.MaxFloat64, min(x, math.MaxFloat64)) }
	sum := 0.0
	for _, t := range grp.terms {
		sum = clamp(sum + clamp(t.weight*float64(t.n)))
	}
	grp.Goldstein = sum
}

// compareGroups orders interaction groups by their keys.
func compareGroups(x, y *interactionGroup) int {
	return cmp.Or(cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target), cmp.Compare(x.Kind, y.Kind),
		cmp.Compare(x.CAMEO, y.CAMEO), cmp.Compare(x.Polarity, y.Polarity), cmp.Compare(x.Modality, y.Modality))
}

// groups returns the interaction groups sorted by key: what everything that reads the layer
// goes through, so that nothing it gives depends on the order the graph was built in.
func (g *Graph) groups() []*interactionGroup {
	return slices.SortedFunc(slices.Values(g.interactions), compareGroups)
}

// AddInteraction records one interaction between two actors of the graph. Interactions with
// an end that is not in the graph, with itself, or with a Goldstein weight that is not a
// finite number, are skipped: it reports whether it was added.
func (g *Graph) AddInteraction(i extract.Interaction) bool {
	if !g.has(i.Source) || !g.has(i.Target) || i.Source == i.Target || math.IsNaN(i.Goldstein) || math.IsInf(i.Goldstein, 0) {
		return false
	}
	g.addInteractions(i, 1, []extract.Evidence{i.Evidence})
	return true
}

// addInteractions adds count interactions like i, whose Goldstein weights sum to
// i.Goldstein, with their evidence.
func (g *Graph) addInteractions(i extract.Interaction, count int, evidence []extract.Evidence) {
	g.addGroup(i, count, []goldsteinTerm{{i.Goldstein, 1}}, evidence)
}

// addGroup adds count interactions like i, with the Goldstein terms and the evidence of a
// group: how a graph made from another copies its layer.
func (g *Graph) addGroup(i extract.Interaction, count int, terms []goldsteinTerm, evidence []extract.Evidence) {
	k := interactionKey{i.Source, i.Target, i.Kind, i.CAMEO, i.Polarity, i.Modality}
	n, ok := g.interactionIndex[k]
	if !ok {
		if g.interactionIndex == nil {
			g.interactionIndex = map[interactionKey]int{}
		}
		n = len(g.interactions)
		g.interactionIndex[k] = n
		first := i
		first.Goldstein, first.Evidence = 0, extract.Evidence{}
		g.interactions = append(g.interactions, &interactionGroup{Interaction: first})
	}
	grp := g.interactions[n]
	grp.count += count
	grp.addGoldstein(terms...)
	grp.evidence = g.addEvidence(grp.evidence, &grp.sample, evidence...)
}

// Interactions returns the interaction layer aggregated per (source, target, kind), sorted
// by Source, Target, then Kind. A Goldstein sum that would overflow is clamped to
// ±math.MaxFloat64, so that every number in it is finite. With modalities given, only
// interactions of those modalities count: Interactions(extract.Asserted, extract.Reported)
// drops what is negated, possible or planned.
func (g *Graph) Interactions(modalities ...extract.Modality) []InteractionEdge {
	type key struct{ s, t, k string }
	acc := map[key]*InteractionEdge{}
	samples := map[key]*sample{}
	var keys []key
	for _, i := range g.groups() {
		if len(modalities) > 0 && !slices.Contains(modalities, i.Modality) {
			continue
		}
		k := key{i.Source, i.Target, i.Kind}
		e, ok := acc[k]
		if !ok {
			e = &InteractionEdge{Source: i.Source, Target: i.Target, Kind: i.Kind, CAMEO: i.CAMEO, Polarity: i.Polarity}
			acc[k] = e
			samples[k] = new(sample)
			keys = append(keys, k)
		}
		e.Count += i.count
		e.Goldstein = max(-math.MaxFloat64, min(e.Goldstein+i.Goldstein, math.MaxFloat64))
		if !slices.Contains(e.Modalities, i.Modality) {
			e.Modalities = append(e.Modalities, i.Modality)
		}
		e.Evidence = g.addEvidence(e.Evidence, samples[k], i.evidence...)
	}
	slices.SortFunc(keys, func(x, y key) int { return cmp.Or(cmp.Compare(x.s, y.s), cmp.Compare(x.t, y.t), cmp.Compare(x.k, y.k)) })
	out := make([]InteractionEdge, len(keys))
	for n, k := range keys {
		e := *acc[k]
		slices.Sort(e.Modalities)
		out[n] = e
	}
	return out
}

// Cooperation returns the cooperation layer as a graph of its own: the graph's actors, tied
// by their interactions of positive polarity (of the given modalities, or all), with weight
// the summed Goldstein weight, a strength. Its measures say who cooperates with whom.
func (g *Graph) Cooperation(modalities ...extract.Modality) *Graph { return g.layer(1, modalities) }

// Conflict returns the conflict layer as a graph of its own: the graph's actors, tied by
// their interactions of negative polarity, with weight the summed magnitude of their
// Goldstein weights. Weights stay positive, so path measures and community detection read it
// safely: a negative weight never reaches them.
func (g *Graph) Conflict(modalities ...extract.Modality) *Graph { return g.layer(-1, modalities) }

func (g *Graph) layer(sign int, modalities []extract.Modality) *Graph {
	l := New()
	l.evidenceLimit = g.evidenceLimit
	for _, a := range g.Actors() {
		l.AddActor(a)
	}
	for _, e := range g.Interactions(modalities...) {
		if e.Polarity != sign {
			continue
		}
		w := e.Goldstein * float64(sign)
		if !usableWeight(w) {
			w = float64(e.Count) // a kind weighted 0 (or next to it) still ties the two
		}
		l.addTie(e.Source, e.Target, w, e.Count, e.Evidence)
	}
	return l
}

// Explain returns the sentences that link actors a and b, in either direction: the evidence
// of their co-mentions, interactions and affiliations, each sentence once, in document order
// (documents in the order the graph first saw them, then by sentence).
func (g *Graph) Explain(a, b string) []extract.Evidence {
	var ev []extract.Evidence
	if t, ok := g.Tie(a, b); ok {
		ev = append(ev, t.Evidence...)
	}
	for _, i := range g.groups() {
		if i.Source == a && i.Target == b || i.Source == b && i.Target == a {
			ev = append(ev, i.evidence...)
		}
	}
	for _, f := range g.affiliations {
		if f.Actor == a && f.Of == b || f.Actor == b && f.Of == a {
			ev = append(ev, f.Evidence...)
		}
	}
	docs := map[string]int{}
	for _, e := range g.evidenceOrder() {
		if _, ok := docs[e]; !ok {
			docs[e] = len(docs)
		}
	}
	slices.SortStableFunc(ev, func(x, y extract.Evidence) int {
		return cmp.Or(cmp.Compare(docs[x.Doc], docs[y.Doc]), cmp.Compare(x.Sentence, y.Sentence), cmp.Compare(x.Start, y.Start))
	})
	return slices.CompactFunc(ev, func(x, y extract.Evidence) bool {
		return x.Doc == y.Doc && x.Sentence == y.Sentence && x.Span == y.Span
	})
}

// evidenceOrder lists the documents of all evidence in the order the graph holds it.
func (g *Graph) evidenceOrder() []string {
	var docs []string
	for _, t := range g.Ties() {
		for _, e := range t.Evidence {
			docs = append(docs, e.Doc)
		}
	}
	for _, i := range g.groups() {
		for _, e := range i.evidence {
			docs = append(docs, e.Doc)
		}
	}
	return docs
}
