package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
)

// Affiliation is a tie of the affiliation layer: an actor works for or belongs to another.
// The layer is kept apart from co-mention ties: it says who is whose, not who appears with
// whom, and no centrality measure reads it.
type Affiliation struct {
	Actor, Of string             // actor IDs: Actor works for or belongs to Of
	Kind      string             // "works_for" (stated by a title), "affiliated_with" or "inferred" (a guess)
	Role      string             // the title, for works_for: "chief of staff"
	Evidence  []extract.Evidence // the sentences that state it, in document order; a sample under an evidence limit

	sample sample // of Evidence, under a limit
}

type affiliationKey struct{ actor, of, kind, role string }

// The kinds of affiliation.
const (
	WorksFor       = string(extract.WorksFor)
	AffiliatedWith = "affiliated_with"
	// Inferred is an affiliation the text does not state: the country a document is about,
	// given to an official whose title names none (extract.Actor.AffiliationInferred).
	Inferred = "inferred"
)

// AddAffiliation records that actor works for, or belongs to, of; both must have been
// added. The same (actor, of, kind, role) given twice keeps one affiliation with the
// evidence of both. It panics on an unknown actor or a self-affiliation.
func (g *Graph) AddAffiliation(a Affiliation) {
	for _, id := range []string{a.Actor, a.Of} {
		if _, ok := g.index[id]; !ok {
			panic(fmt.Sprintf("graph: unknown actor %q", id))
		}
	}
	if a.Actor == a.Of {
		panic(fmt.Sprintf("graph: %q affiliated with itself", a.Actor))
	}
	key := affiliationKey{a.Actor, a.Of, a.Kind, a.Role}
	if i, ok := g.affiliationIndex[key]; ok {
		f := &g.affiliations[i]
		f.Evidence = g.addEvidence(f.Evidence, &f.sample, a.Evidence...)
		return
	}
	if g.affiliationIndex == nil {
		g.affiliationIndex = map[affiliationKey]int{}
	}
	g.affiliationIndex[key] = len(g.affiliations)
	a.sample = sample{}
	a.Evidence = g.addEvidence(nil, &a.sample, a.Evidence...)
	g.affiliations = append(g.affiliations, a)
}

// Affiliations returns the affiliation layer, sorted by Actor, Of, Kind, then Role.
func (g *Graph) Affiliations() []Affiliation {
	out := make([]Affiliation, len(g.affiliations))
	for i, a := range g.affiliations {
		a.Evidence = slices.Clone(a.Evidence)
		out[i] = a
	}
	slices.SortFunc(out, func(x, y Affiliation) int {
		return cmp.Or(cmp.Compare(x.Actor, y.Actor), cmp.Compare(x.Of, y.Of), cmp.Compare(x.Kind, y.Kind), cmp.Compare(x.Role, y.Role))
	})
	return out
}

// addAffiliations fills the affiliation layer from an extraction result: every works_for
// relation, and every actor's affiliation that no relation already states. Ends that are not
// in the graph are skipped.
func (g *Graph) addAffiliations(r *extract.Result) {
	stated := g.addRelations(r)
	for _, a := range r.Actors {
		g.affiliate(a.ID, a.Affiliation, a.AffiliationInferred, stated)
	}
}

// addRelations adds the relations of r to the affiliation layer and returns the pairs they
// state.
func (g *Graph) addRelations(r *extract.Result) map[[2]string]bool {
	stated := map[[2]string]bool{}
	for _, rel := range r.Relations {
		if !g.has(rel.Source) || !g.has(rel.Target) || rel.Source == rel.Target {
			continue
		}
		g.AddAffiliation(Affiliation{Actor: rel.Source, Of: rel.Target, Kind: string(rel.Kind), Role: strings.Clone(rel.Role),
			Evidence: []extract.Evidence{rel.Evidence}})
		stated[[2]string{rel.Source, rel.Target}] = true
	}
	return stated
}

// affiliate adds an actor's affiliation to the layer, unless a relation already states the
// pair or an end is not in the graph.
func (g *Graph) affiliate(id, of string, inferred bool, stated map[[2]string]bool) {
	if of == "" || stated[[2]string{id, of}] || !g.has(id) || !g.has(of) || id == of {
		return
	}
	kind := AffiliatedWith
	if inferred {
		kind = Inferred
	}
	g.AddAffiliation(Affiliation{Actor: id, Of: of, Kind: kind})
}

func (g *Graph) has(id string) bool {
	_, ok := g.index[id]
	return ok
}
