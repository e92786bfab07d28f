package graph

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/textnorm"
)

// DefaultEvidenceLimit is the evidence each tie, interaction and affiliation of a Builder's
// graph keeps unless told otherwise (SetEvidenceLimit): enough to read why two actors are
// tied, and to filter by dates and outlets, over a corpus of any size.
const DefaultEvidenceLimit = 10

// A Builder makes a graph from extraction results added one at a time: one for each
// document, or each batch of documents, of a corpus read as a stream, so that neither the
// corpus nor its mentions are ever held whole. Its memory is bounded by the graph: actors,
// ties, interaction groups and affiliations, each with at most DefaultEvidenceLimit
// sentences of evidence (SetEvidenceLimit changes it), and the record (ID, title, outlet,
// date, URL) of the documents that evidence cites.
//
//	b := graph.NewBuilder()
//	for batch := range batches {
//		pipeline.ExtractEach(batch, b.Add)
//	}
//	g := b.Graph()
//
// Added one document's result at a time, as ExtractEach gives them, the graph does not
// depend on how the corpus was cut into batches, and is the one that pieces of the same
// results, merged anywhere (PiecesOf, AddPieces), make.
//
// The graph is the one FromResult makes of all the documents extracted at once: the same
// actors, with the same names, affiliations and mentions, and the same tie weights and
// counts (sums of the same numbers, exact when they are whole, as the default windows'
// are; in another order, so fractional window weights may differ in the last bits), the same
// interactions and affiliations, under the evidence limit (an affiliation a relation states
// keeps the first sentence of each result that states it, where Extract keeps the first of
// all). Persons found in no list are
// named as Extract names them across its documents (extract.CanonicalName of their
// spellings' mentions), which a Builder can only do at the end: Graph does it. The first
// result added gives an actor its affiliation, as the first document does in Extract, and a
// stated affiliation replaces an inferred one.
type Builder struct {
	g     *Graph
	found map[string]map[string]int  // name key -> spelling -> mentions, of persons in no list
	ids   map[string]map[string]bool // name key -> the IDs results gave those persons
	docs  map[string]Document        // the documents added, less those no evidence cites
	prune int                        // prune docs when it holds this many
}

// NewBuilder returns a Builder of an empty graph with DefaultEvidenceLimit.
func NewBuilder() *Builder {
	g := New()
	g.SetEvidenceLimit(DefaultEvidenceLimit)
	return &Builder{g: g, found: map[string]map[string]int{}, ids: map[string]map[string]bool{},
		docs: map[string]Document{}, prune: minPrune}
}

// SetEvidenceLimit sets the evidence each tie, interaction and affiliation keeps (see
// Graph.SetEvidenceLimit); 0 keeps all, and memory then grows with the corpus.
func (b *Builder) SetEvidenceLimit(n int) { b.g.SetEvidenceLimit(n) }

// Add adds the documents, actors, co-mentions, relations and interactions of r, as
// FromResult reads them: an edge whose ends are not both actors of r is left out. r may be
// released once Add returns.
func (b *Builder) Add(r *extract.Result) {
	g := b.g
	for _, d := range r.Documents {
		if _, ok := b.docs[d.ID]; !ok {
			b.docs[d.ID] = documentOf(d)
		}
	}
	own := make(map[string]bool, len(r.Actors)) // r's actors: its edges join two of them
	for _, a := range r.Actors {
		if a.Type == extract.Location || a.ID == "" {
			continue
		}
		own[a.ID] = true
		if a.NameKey != "" && a.Type == extract.Person {
			if b.found[a.NameKey] == nil {
				b.found[a.NameKey] = map[string]int{}
				b.ids[a.NameKey] = map[string]bool{}
			}
			spellings := a.Spellings
			if len(spellings) == 0 {
				spellings = map[string]int{a.Name: len(a.Mentions)}
			}
			for name, n := range spellings {
				if _, ok := b.found[a.NameKey][name]; !ok {
					name = strings.Clone(name) // a slice of its document's text
				}
				b.found[a.NameKey][name] += n
			}
			b.ids[a.NameKey][strings.Clone(a.ID)] = true
		}
		g.AddActor(actorOf(a))
	}
	// The edges of r between two of its own actors, as PiecesOf takes them: an edge does
	// not depend on which results came before. Relations now; the actors' own
	// affiliations at the end, once each actor has the one the first document gave it.
	for _, c := range r.CoMentions {
		if usableWeight(c.Weight) && own[c.Source] && own[c.Target] && c.Source != c.Target {
			g.addTie(c.Source, c.Target, c.Weight, c.Count, c.Evidence)
		}
	}
	for _, rel := range r.Relations {
		if own[rel.Source] && own[rel.Target] && rel.Source != rel.Target {
			g.AddAffiliation(Affiliation{Actor: rel.Source, Of: rel.Target, Kind: string(rel.Kind), Role: strings.Clone(rel.Role),
				Evidence: []extract.Evidence{rel.Evidence}})
		}
	}
	for _, in := range r.Interactions {
		if own[in.Source] && own[in.Target] {
			g.AddInteraction(in)
		}
	}
	if len(b.docs) >= b.prune {
		b.pruneDocuments()
	}
}

// minPrune is the fewest documents a Builder holds before it drops those no evidence cites.
const minPrune = 4096

// pruneDocuments drops the documents that no evidence kept cites: under an evidence limit,
// the documents a graph holds are bounded by its edges, not by its corpus. It runs when the
// documents held have doubled since it last ran, so its cost, a pass over the evidence, is
// spread thin over the documents added.
func (b *Builder) pruneDocuments() {
	if b.g.evidenceLimit > 0 {
		cited := b.g.citedDocuments()
		for id := range b.docs {
			if !cited[id] {
				delete(b.docs, id)
			}
		}
	}
	b.prune = max(2*len(b.docs), minPrune)
}

// Graph returns the graph of everything added, its persons in no list named across all of
// it. The Builder must not be used afterwards.
func (b *Builder) Graph() *Graph {
	rename := map[string]string{} // old ID -> new ID
	names := map[string]string{}  // new ID -> name
	for _, key := range slices.Sorted(maps.Keys(b.found)) {
		name := extract.CanonicalName(b.found[key])
		id := textnorm.ID(name)
		if id == "" {
			continue
		}
		names[id] = name
		for old := range b.ids[key] {
			if old != id {
				rename[old] = id
			}
		}
	}
	g := b.g
	b.pruneDocuments()
	for _, id := range slices.Sorted(maps.Keys(b.docs)) {
		g.AddDocument(b.docs[id])
	}
	if len(rename) > 0 {
		g = g.relabel(rename, names)
	}
	for id, name := range names {
		if i, ok := g.index[id]; ok {
			a := &g.actors[i]
			a.Name = name
			a.Aliases = slices.DeleteFunc(a.Aliases, func(s string) bool { return s == name })
		}
	}
	stated := map[[2]string]bool{}
	for _, f := range g.affiliations {
		stated[[2]string{f.Actor, f.Of}] = true
	}
	for _, a := range g.Actors() {
		g.affiliate(a.ID, a.Affiliation, a.AffiliationInferred, stated)
	}
	return g
}

// relabel returns a copy of g in which the actors of rename's keys are merged into the
// actors whose IDs rename gives (made if need be), with names as names gives them: what
// Extract does to the spellings of a person found in no list. A name an actor loses becomes
// one of its aliases.
func (g *Graph) relabel(rename, names map[string]string) *Graph {
	to := func(id string) string { return cmp.Or(rename[id], id) }
	out := New()
	out.evidenceLimit = g.evidenceLimit
	for _, d := range g.Documents() {
		out.AddDocument(d)
	}
	// Actors in the order the graph first met them, so that the merged fields (the first
	// non-empty of AddActor) come from the first document, as in Extract.
	for _, a := range g.actors {
		a.Roles, a.Aliases = slices.Clone(a.Roles), slices.Clone(a.Aliases)
		id := to(a.ID)
		name := cmp.Or(names[id], a.Name)
		if a.Name != name {
			a.Aliases = append(a.Aliases, a.Name)
		}
		a.ID, a.Name = id, name
		a.Affiliation = to(a.Affiliation)
		if a.Affiliation == a.ID {
			a.Affiliation, a.AffiliationInferred = "", false
		}
		out.AddActor(a)
	}
	for _, t := range g.Ties() {
		if a, b := to(t.A), to(t.B); a != b {
			out.addTie(a, b, t.Weight, t.Count, t.Evidence)
		}
	}
	for _, f := range g.Affiliations() {
		f.Actor, f.Of = to(f.Actor), to(f.Of)
		if f.Actor != f.Of {
			out.AddAffiliation(f)
		}
	}
	for _, in := range g.groups() {
		i := in.Interaction
		i.Source, i.Target = to(i.Source), to(i.Target)
		if i.Source != i.Target {
			out.addGroup(i, in.count, in.terms, in.evidence)
		}
	}
	return out
}
