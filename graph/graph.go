package graph

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/actorgraph/actorgraph/extract"
	gonum "gonum.org/v1/gonum/graph"
)

// Actor is a node of the actor graph.
type Actor struct {
	ID          string
	Name        string
	Type        string // "person", "country", ... (see extract.ActorType)
	Affiliation string // ID of the actor this one belongs to, or ""
	// AffiliationInferred says the affiliation is a guess (extract.Actor.AffiliationInferred).
	AffiliationInferred bool
	Roles               []string // sorted
	Aliases             []string // sorted
	Mentions            int      // how many times the texts mention it
}

// Tie is an undirected co-mention edge between two actors. A sorts before B.
type Tie struct {
	A, B     string
	Weight   float64            // strength: bigger is closer
	Count    int                // windows in which both appear
	Evidence []extract.Evidence // in document order; a sample under an evidence limit (Graph.SetEvidenceLimit)
}

// Graph is a weighted undirected actor graph. Its zero value is not usable; call New.
//
// Actors are kept in insertion order internally and always reported sorted by ID, so every
// result derived from a Graph is independent of the order in which it was built.
type Graph struct {
	actors []Actor
	index  map[string]int64 // actor ID -> gonum node ID (its position in actors)
	ties   tieStore
	// tieIndex finds a tie in ties by its actors' positions in actors, the position of the
	// actor whose ID sorts first in the high 32 bits (tieKey).
	tieIndex map[uint64]int32
	// The ties of actors[i] form a list through the ties' next fields that starts at
	// first[i] (-1 if it has none), the last added first; degree[i] is its length.
	first  []int32
	degree []int32

	affiliations     []Affiliation // the affiliation layer, apart from the ties
	affiliationIndex map[affiliationKey]int
	interactions     []*interactionGroup // the interaction layer, by key, in the order first added
	interactionIndex map[interactionKey]int
	documents        map[string]Document // the documents evidence cites, by ID
	evidenceLimit    int                 // the most evidence an edge keeps (SetEvidenceLimit); 0 for all

	// rows is the measures' compressed snapshot of the actors and ties (csr), made by the
	// first measure after a change (and by Ties) and shared by the measures after it,
	// concurrent ones too; AddActor and the adding of ties drop it.
	rows atomic.Pointer[csr]
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{
		index:    make(map[string]int64),
		tieIndex: make(map[uint64]int32),
	}
}

// AddActor adds a, or merges it into the actor with the same ID: aliases and roles are
// united, mentions added, and empty fields filled in; an affiliation comes with whether it
// is inferred, and a stated one replaces an inferred one, as in extract.Pipeline.Extract. It
// panics if a.ID is empty.
func (g *Graph) AddActor(a Actor) {
	if a.ID == "" {
		panic("graph: actor with empty ID")
	}
	if i, ok := g.index[a.ID]; ok {
		old := &g.actors[i]
		old.Name = cmp.Or(old.Name, a.Name)
		old.Type = cmp.Or(old.Type, a.Type)
		if old.Affiliation == "" || old.AffiliationInferred && a.Affiliation != "" && !a.AffiliationInferred {
			old.Affiliation, old.AffiliationInferred = a.Affiliation, a.AffiliationInferred && a.Affiliation != ""
		}
		old.Roles = union(old.Roles, a.Roles)
		old.Aliases = union(old.Aliases, a.Aliases)
		old.Mentions += a.Mentions
		return
	}
	a.Roles = union(nil, a.Roles)
	a.Aliases = union(nil, a.Aliases)
	a.Name = cmp.Or(a.Name, a.ID)
	id := int64(len(g.actors))
	g.actors = append(g.actors, a)
	g.first = append(g.first, -1)
	g.degree = append(g.degree, 0)
	g.rows.Store(nil)
	g.index[a.ID] = id
}

// tieKey is the key in tieIndex of the tie between the actors at positions ia and ib of
// actors, ia's ID sorting first.
func tieKey(ia, ib int64) uint64 { return uint64(ia)<<32 | uint64(ib) }

// AddTie adds weight to the tie between actors a and b, which must have been added, and
// records its evidence. Count grows by one per call. It panics on an unknown actor, a
// self-loop, a weight that is not positive, or a weight or total weight so large that it is
// infinite or so small that its distance 1/weight is.
func (g *Graph) AddTie(a, b string, weight float64, evidence ...extract.Evidence) {
	g.putTie(a, b, weight, 1, evidence, false)
}

// addTie adds weight to the tie between a and b. Weights that come from data go through it
// (FromResult, Merge, the interaction layers), so a total that overflows saturates at
// math.MaxFloat64 instead of panicking; AddTie panics on it, and ReadNodeLink checks totals
// before.
func (g *Graph) addTie(a, b string, weight float64, count int, evidence []extract.Evidence) {
	g.putTie(a, b, weight, count, evidence, true)
}

// putTie is addTie, and AddTie if saturate is false: a total that overflows panics then.
func (g *Graph) putTie(a, b string, weight float64, count int, evidence []extract.Evidence, saturate bool) {
	ia, ok := g.index[a]
	if !ok {
		panic(fmt.Sprintf("graph: unknown actor %q", a))
	}
	ib, ok := g.index[b]
	if !ok {
		panic(fmt.Sprintf("graph: unknown actor %q", b))
	}
	if ia == ib {
		panic(fmt.Sprintf("graph: self-loop on %q", a))
	}
	if !(weight > 0) {
		panic(fmt.Sprintf("graph: non-positive weight %v between %q and %q", weight, a, b))
	}
	if a > b {
		a, b = b, a
		ia, ib = ib, ia
	}
	if !usableWeight(weight) {
		panic(fmt.Sprintf("graph: weight %v between %q and %q out of range", weight, a, b))
	}
	key := tieKey(ia, ib)
	k, ok := g.tieIndex[key]
	if !ok {
		if g.ties.len() == math.MaxInt32 {
			panic("graph: too many ties")
		}
		k = g.ties.add(tie{a: int32(ia), b: int32(ib), next: [2]int32{g.first[ia], g.first[ib]}})
		g.tieIndex[key] = k
		g.first[ia], g.first[ib] = k, k
		g.degree[ia]++
		g.degree[ib]++
	}
	t := g.ties.at(k)
	total := weight + t.weight
	if !usableWeight(total) {
		if !saturate {
			panic(fmt.Sprintf("graph: weight %v between %q and %q out of range", total, a, b))
		}
		total = math.MaxFloat64 // the sum of two usable weights can only overflow
	}
	t.weight = total
	g.rows.Store(nil)
	t.count += count
	t.evidence = g.addEvidence(t.evidence, &t.sample, evidence...)
}

// FromResult builds the co-mention graph of an extraction result: one actor per extracted
// actor, one tie per co-mention with its weight, count and evidence. Locations (venues such
// as "a summit in Stockholm") are left out: they say where, not who, and take no part in
// co-mentions. Co-mentions of actors that are not in r.Actors, and co-mentions whose weight
// is not positive and finite (or so small that its distance 1/weight is not), are skipped;
// a tie whose summed weight would overflow weighs math.MaxFloat64. Actors with an empty ID
// are skipped too: FromResult does not panic on any result. The result's
// relations and actor affiliations become the affiliation layer (see Affiliations), its
// interactions the interaction layer (see Interactions), and its documents the graph's
// record of where evidence comes from (see Documents).
func FromResult(r *extract.Result) *Graph {
	g := New()
	for _, d := range r.Documents {
		g.AddDocument(documentOf(d))
	}
	for _, a := range r.Actors {
		if a.Type == extract.Location || a.ID == "" {
			continue
		}
		g.AddActor(actorOf(a))
	}
	g.addCoMentions(r)
	g.addAffiliations(r)
	for _, in := range r.Interactions {
		g.AddInteraction(in)
	}
	return g
}

// actorOf returns the graph's actor of an extracted one. Its strings are copies: names,
// roles and aliases are slices of their documents' texts, which they would otherwise keep
// alive.
func actorOf(a extract.Actor) Actor {
	return Actor{
		ID:                  strings.Clone(a.ID),
		Name:                strings.Clone(a.Name),
		Type:                string(a.Type),
		Affiliation:         strings.Clone(a.Affiliation),
		AffiliationInferred: a.AffiliationInferred,
		Roles:               cloneStrings(a.Roles),
		Aliases:             cloneStrings(a.Aliases),
		Mentions:            len(a.Mentions),
	}
}

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = strings.Clone(x)
	}
	return out
}

// addCoMentions adds the co-mentions of r as ties, skipping those of actors not in g, those
// whose weight is not usable, and self-loops.
func (g *Graph) addCoMentions(r *extract.Result) {
	for _, c := range r.CoMentions {
		_, okS := g.index[c.Source]
		_, okT := g.index[c.Target]
		if usableWeight(c.Weight) && okS && okT && c.Source != c.Target {
			g.addTie(c.Source, c.Target, c.Weight, c.Count, c.Evidence)
		}
	}
}

// Merge returns a new graph holding the actors, ties, affiliations, interactions and
// documents of all gs: actors with the same ID are merged (see AddActor), as are documents
// (see AddDocument); tie weights, counts and evidence are added up; a summed weight that
// would overflow is math.MaxFloat64.
func Merge(gs ...*Graph) *Graph {
	m := New()
	for _, g := range gs { // the tightest evidence limit of the graphs merged, if any has one
		if g.evidenceLimit > 0 && (m.evidenceLimit == 0 || g.evidenceLimit < m.evidenceLimit) {
			m.evidenceLimit = g.evidenceLimit
		}
	}
	for _, g := range gs {
		for _, a := range g.Actors() {
			m.AddActor(a)
		}
	}
	for _, g := range gs {
		for _, d := range g.Documents() {
			m.AddDocument(d)
		}
		for _, t := range g.Ties() {
			m.addTie(t.A, t.B, t.Weight, t.Count, t.Evidence)
		}
		for _, a := range g.Affiliations() {
			m.AddAffiliation(a)
		}
		for _, in := range g.groups() {
			m.addGroup(in.Interaction, in.count, in.terms, in.evidence)
		}
	}
	return m
}

// Len returns the number of actors.
func (g *Graph) Len() int { return len(g.actors) }

// NumTies returns the number of ties.
func (g *Graph) NumTies() int { return g.ties.len() }

// Actors returns every actor, sorted by ID.
func (g *Graph) Actors() []Actor {
	out := make([]Actor, len(g.actors))
	for i, a := range g.actors {
		out[i] = cloneActor(a)
	}
	slices.SortFunc(out, func(a, b Actor) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Actor returns the actor with the given ID.
func (g *Graph) Actor(id string) (Actor, bool) {
	i, ok := g.index[id]
	if !ok {
		return Actor{}, false
	}
	return cloneActor(g.actors[i]), true
}

// Ties returns every tie, sorted by A, then B.
func (g *Graph) Ties() []Tie {
	// Ranks are in ID order, so the order of the ranks of A and B is the order of A and B.
	rank := g.ranks()
	type ranked struct {
		key uint64
		t   *tie
	}
	order := make([]ranked, 0, g.ties.len())
	for t := range g.ties.all() {
		order = append(order, ranked{uint64(rank[t.a])<<32 | uint64(rank[t.b]), t})
	}
	slices.SortFunc(order, func(x, y ranked) int { return cmp.Compare(x.key, y.key) })
	out := make([]Tie, len(order))
	for i, r := range order {
		out[i] = g.public(r.t)
	}
	return out
}

// Tie returns the tie between a and b, in either order.
func (g *Graph) Tie(a, b string) (Tie, bool) {
	t := g.findTie(a, b)
	if t == nil {
		return Tie{}, false
	}
	return g.public(t), true
}

// findTie returns the tie between a and b, in either order, or nil.
func (g *Graph) findTie(a, b string) *tie {
	ia, oka := g.index[a]
	ib, okb := g.index[b]
	if !oka || !okb {
		return nil
	}
	if a > b { // keys are ordered by actor ID, as in putTie
		ia, ib = ib, ia
	}
	k, ok := g.tieIndex[tieKey(ia, ib)]
	if !ok {
		return nil
	}
	return g.ties.at(k)
}

// Neighbors returns the IDs of the actors tied to id, sorted.
func (g *Graph) Neighbors(id string) []string {
	i, ok := g.index[id]
	if !ok || g.degree[i] == 0 {
		return nil
	}
	out := make([]string, 0, g.degree[i])
	for k := g.first[i]; k >= 0; {
		t := g.ties.at(k)
		j, next := t.other(int32(i))
		out = append(out, g.actors[j].ID)
		k = next
	}
	slices.Sort(out)
	return out
}

// Gonum returns a read-only view of the graph for gonum's algorithms. Node IDs are internal;
// map them back with ActorOf. Edge weights are strengths (bigger is closer): path algorithms
// that read weight as a cost need a distance view instead.
// The view is live: it sees actors and ties added after the call. Nodes come in the order
// actors were added, and a node's neighbours (From) in the order their ties were.
func (g *Graph) Gonum() gonum.WeightedUndirected { return gonumView{g} }

// ActorOf returns the actor ID of a node of the Gonum view.
// It panics if node is not a node of the view.
func (g *Graph) ActorOf(node int64) string {
	if node < 0 || node >= int64(len(g.actors)) {
		panic(fmt.Sprintf("graph: no node %d", node))
	}
	return g.actors[node].ID
}

// NodeOf returns the node ID in the Gonum view of an actor.
func (g *Graph) NodeOf(id string) (int64, bool) {
	n, ok := g.index[id]
	return n, ok
}

// usableWeight reports whether w can be a tie's weight: positive and finite, with a finite
// distance 1/w.
func usableWeight(w float64) bool {
	return w > 0 && !math.IsInf(w, 1) && !math.IsInf(1/w, 1)
}

func union(a, b []string) []string {
	set := make(map[string]bool, len(a)+len(b))
	for _, s := range a {
		set[s] = true
	}
	for _, s := range b {
		set[s] = true
	}
	if len(set) == 0 {
		return nil
	}
	return slices.Sorted(maps.Keys(set))
}

func cloneActor(a Actor) Actor {
	a.Roles = slices.Clone(a.Roles)
	a.Aliases = slices.Clone(a.Aliases)
	return a
}
