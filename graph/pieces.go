package graph

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
)

// A Piece is one part, under one key, of the graph a Builder makes: an actor, a co-mention
// tie, a group of interactions, an affiliation a relation states, the spellings of a person
// found in no list, or a document. Pieces are how a corpus too large for one machine becomes
// one graph: each document's pieces are made where the document is read (PiecesOf), the
// pieces of each key are merged (Merge) in any order and any grouping, as a MapReduce's
// reduce or an Apache Beam CombinePerKey does, and the merged pieces are put together in one
// place (Builder.AddPieces), where the graph takes little memory: it is bounded by the
// actors and their ties, not by the articles.
//
// The graph is the one a Builder makes by adding the documents' results one by one, in the
// order the pieces' orders give (extract.Pipeline.ExtractEach's results; the actorgraph
// command's), byte for byte in node-link JSON: sums of counts and whole weights are exact
// in any order, Goldstein weights are summed by distinct weight (see Interactions), the
// fields of an actor that its first document gives (name, type, affiliation) go by order,
// and evidence is a sample that does not depend on order (Graph.SetEvidenceLimit), or all
// of it in order when there is no limit. Fractional co-mention weights (Windows other than
// the default) are summed in another order, and may differ in the last bits. Documents must
// have IDs of their own across the corpus (extract.IDTaker gives them), as evidence and the
// record of documents are by ID.
//
// A Piece's encoding (MarshalBinary) is what a pipeline sends between machines.
type Piece struct {
	kind  pieceKind
	order string // the corpus position of the first document it comes from
	limit int    // the evidence it keeps; 0 for all

	actor           Actor
	typeOrder       string // of the document that gave actor.Type
	affiliatedOrder string // of the document that gave actor.Affiliation
	a, b            string // tie ends; interaction source and target; affiliation actor and of
	weight          float64
	count           int
	interaction     extract.Interaction // Source, Target, Kind, CAMEO, Polarity, Modality
	terms           []goldsteinTerm
	kindRole        [2]string // affiliation kind and role
	spellings       map[string]int
	ids             []string // sorted
	document        Document
	evidence        []extract.Evidence
	evidenceOrders  []string // with no limit, the order of each evidence's document
}

type pieceKind uint8

// The kinds of piece, in the order AddPieces adds them.
const (
	documentPiece pieceKind = iota + 1
	actorPiece
	namePiece
	tiePiece
	interactionPiece
	affiliationPiece
)

// PiecesOf returns the pieces of the graph that r makes, as Builder.Add adds it (an edge
// whose ends are not both actors of r left out): one piece a key, sorted by key. order places r in the corpus: a string that sorts as its documents
// come in the corpus (for a document's result, its file's path and its line, say), by which
// merged pieces take an actor's name, type and affiliation from its first document, and, if
// limit is 0, keep evidence in corpus order. limit is the evidence each piece keeps, as
// Graph.SetEvidenceLimit's; 0 keeps all. The pieces share no memory with r.
func PiecesOf(r *extract.Result, order string, limit int) []Piece {
	limit = max(limit, 0)
	out := map[string]*Piece{}
	seq := 0 // evidence added, so that evidence of one key stays in r's order
	add := func(p Piece) {
		p.order, p.limit = order, limit
		if limit > 0 {
			p.evidence = sampleEvidence(limit, nil, &sample{}, p.evidence...)
		} else {
			p.evidence = slices.Clone(p.evidence)
			for i := range p.evidence {
				p.evidence[i] = cloneEvidence(p.evidence[i])
			}
			p.evidenceOrders = make([]string, len(p.evidence))
			for i := range p.evidenceOrders {
				p.evidenceOrders[i] = fmt.Sprintf("%s\x00%09d", order, seq)
				seq++
			}
		}
		k := p.Key()
		if q, ok := out[k]; ok {
			q.Merge(p)
			return
		}
		out[k] = &p
	}
	for _, d := range r.Documents {
		if d.ID != "" {
			add(Piece{kind: documentPiece, document: documentOf(d)})
		}
	}
	in := map[string]bool{}
	for _, a := range r.Actors {
		if a.Type == extract.Location || a.ID == "" {
			continue
		}
		in[a.ID] = true
		ga := actorOf(a)
		ga.Name = cmp.Or(ga.Name, ga.ID)
		ga.Roles, ga.Aliases = union(nil, ga.Roles), union(nil, ga.Aliases)
		ga.AffiliationInferred = ga.AffiliationInferred && ga.Affiliation != ""
		add(Piece{kind: actorPiece, actor: ga, typeOrder: order, affiliatedOrder: order})
		if a.NameKey != "" && a.Type == extract.Person {
			spellings := map[string]int{}
			for name, n := range a.Spellings {
				spellings[strings.Clone(name)] += n
			}
			if len(a.Spellings) == 0 {
				spellings[strings.Clone(a.Name)] = len(a.Mentions)
			}
			add(Piece{kind: namePiece, a: strings.Clone(a.NameKey), spellings: spellings, ids: []string{ga.ID}})
		}
	}
	for _, c := range r.CoMentions {
		if usableWeight(c.Weight) && in[c.Source] && in[c.Target] && c.Source != c.Target {
			a, b := c.Source, c.Target
			if a > b {
				a, b = b, a
			}
			add(Piece{kind: tiePiece, a: strings.Clone(a), b: strings.Clone(b), weight: c.Weight, count: c.Count, evidence: c.Evidence})
		}
	}
	for _, rel := range r.Relations {
		if in[rel.Source] && in[rel.Target] && rel.Source != rel.Target {
			add(Piece{kind: affiliationPiece, a: strings.Clone(rel.Source), b: strings.Clone(rel.Target),
				kindRole: [2]string{string(rel.Kind), strings.Clone(rel.Role)}, evidence: []extract.Evidence{rel.Evidence}})
		}
	}
	for _, i := range r.Interactions {
		if in[i.Source] && in[i.Target] && i.Source != i.Target && !math.IsNaN(i.Goldstein) && !math.IsInf(i.Goldstein, 0) {
			x := extract.Interaction{Source: strings.Clone(i.Source), Target: strings.Clone(i.Target), Kind: strings.Clone(i.Kind),
				CAMEO: strings.Clone(i.CAMEO), Polarity: i.Polarity, Modality: i.Modality}
			add(Piece{kind: interactionPiece, interaction: x, count: 1, terms: []goldsteinTerm{{i.Goldstein, 1}},
				evidence: []extract.Evidence{i.Evidence}})
		}
	}
	pieces := make([]Piece, 0, len(out))
	for _, k := range slices.Sorted(maps.Keys(out)) {
		pieces = append(pieces, *out[k])
	}
	return pieces
}

// Key returns what p is a piece of: pieces of the same key merge into one.
func (p Piece) Key() string {
	const sep = "\x00"
	switch p.kind {
	case documentPiece:
		return "d" + sep + p.document.ID
	case actorPiece:
		return "a" + sep + p.actor.ID
	case namePiece:
		return "n" + sep + p.a
	case tiePiece:
		return "t" + sep + p.a + sep + p.b
	case interactionPiece:
		i := p.interaction
		return "i" + sep + i.Source + sep + i.Target + sep + i.Kind + sep + i.CAMEO + sep + strconv.Itoa(i.Polarity) + sep + string(i.Modality)
	case affiliationPiece:
		return "f" + sep + p.a + sep + p.b + sep + p.kindRole[0] + sep + p.kindRole[1]
	}
	return ""
}

// Documents returns the IDs of the documents p's evidence cites, and of the document p is:
// a pipeline that keeps, of its documents' pieces, those of the documents that other pieces
// cite sends no more of them to AddPieces than the graph keeps.
func (p Piece) Documents() []string {
	var ids []string
	if p.kind == documentPiece {
		ids = append(ids, p.document.ID)
	}
	for _, e := range p.evidence {
		ids = append(ids, e.Doc)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// IsDocument reports whether p is a document's record, not a part of the graph that cites
// documents.
func (p Piece) IsDocument() bool { return p.kind == documentPiece }

// Merge merges q, a piece of the same key, into p: counts, weights, mentions and spellings
// are added, roles, aliases and evidence united (evidence under the pieces' limit), and the
// fields that the first document gives an actor taken from the piece whose document comes
// first. Merging is commutative and associative, so that pieces give the same piece in any
// order and grouping. It changes p alone: no copy of p, nor q, shares what it changes. It
// panics if the keys or the evidence limits differ.
func (p *Piece) Merge(q Piece) {
	if p.kind != q.kind || p.Key() != q.Key() || p.limit != q.limit {
		panic(fmt.Sprintf("graph: merge of pieces %q (limit %d) and %q (limit %d)", p.Key(), p.limit, q.Key(), q.limit))
	}
	first := q.order < p.order || q.order == p.order && q.firstBy(*p)
	switch p.kind {
	case documentPiece:
		if first {
			p.document = q.document
		}
	case actorPiece:
		a, b := &p.actor, q.actor
		if first {
			a.Name = b.Name
		}
		if b.Type != "" && (a.Type == "" || q.typeOrder < p.typeOrder || q.typeOrder == p.typeOrder && b.Type < a.Type) {
			a.Type, p.typeOrder = b.Type, q.typeOrder
		}
		rank := func(inferred bool, order string) string { return strconv.FormatBool(inferred) + "\x00" + order }
		if b.Affiliation != "" && (a.Affiliation == "" || cmp.Or(
			cmp.Compare(rank(b.AffiliationInferred, q.affiliatedOrder), rank(a.AffiliationInferred, p.affiliatedOrder)),
			cmp.Compare(b.Affiliation, a.Affiliation)) < 0) {
			a.Affiliation, a.AffiliationInferred, p.affiliatedOrder = b.Affiliation, b.AffiliationInferred, q.affiliatedOrder
		}
		a.Roles, a.Aliases = union(a.Roles, b.Roles), union(a.Aliases, b.Aliases)
		a.Mentions += b.Mentions
	case namePiece:
		p.spellings = maps.Clone(p.spellings) // a copy of p shares the map
		for name, n := range q.spellings {
			p.spellings[name] += n
		}
		p.ids = union(p.ids, q.ids)
	case tiePiece:
		p.weight = p.weight + q.weight
		if !usableWeight(p.weight) {
			p.weight = math.MaxFloat64 // the sum of two usable weights can only overflow
		}
		p.count += q.count
	case interactionPiece:
		p.count += q.count
		grp := interactionGroup{terms: slices.Clone(p.terms)}
		grp.addGoldstein(q.terms...)
		p.terms = grp.terms
	}
	p.mergeEvidence(q)
	p.order = min(p.order, q.order)
}

// firstBy breaks the tie of two pieces of the same order (a result that gave a key twice)
// by their fields, so that Merge stays commutative.
func (p Piece) firstBy(q Piece) bool {
	switch p.kind {
	case documentPiece:
		return fmt.Sprint(p.document) < fmt.Sprint(q.document)
	case actorPiece:
		return p.actor.Name < q.actor.Name
	}
	return false
}

// mergeEvidence unites q's evidence with p's: a sample of both under a limit, and all of it
// in corpus order (a stable merge by the documents' orders) without.
func (p *Piece) mergeEvidence(q Piece) {
	if p.limit > 0 {
		p.evidence = sampleEvidence(p.limit, slices.Clone(p.evidence), &sample{}, q.evidence...)
		return
	}
	if len(q.evidence) == 0 {
		return
	}
	ev := make([]extract.Evidence, 0, len(p.evidence)+len(q.evidence))
	orders := make([]string, 0, cap(ev))
	i, j := 0, 0
	for i < len(p.evidence) || j < len(q.evidence) {
		if j == len(q.evidence) || i < len(p.evidence) && (p.evidenceOrders[i] < q.evidenceOrders[j] ||
			p.evidenceOrders[i] == q.evidenceOrders[j] && compareEvidence(p.evidence[i], q.evidence[j]) <= 0) {
			ev, orders = append(ev, p.evidence[i]), append(orders, p.evidenceOrders[i])
			i++
		} else {
			ev, orders = append(ev, q.evidence[j]), append(orders, q.evidenceOrders[j])
			j++
		}
	}
	p.evidence, p.evidenceOrders = ev, orders
}

// AddPieces adds pieces, merged by key (a key given twice is merged first), to the graph:
// documents, actors in the order of their first documents, the spellings of persons found in
// no list, then ties, interactions and affiliations, those with an end that is no actor
// left out. The Builder's evidence limit must be the pieces' (it panics if not), and Graph
// then names the persons found in no list and adds the actors' affiliations, as it does
// after Add.
func (b *Builder) AddPieces(pieces []Piece) {
	merged := map[string]*Piece{}
	for _, p := range pieces {
		if p.limit != b.g.evidenceLimit {
			panic(fmt.Sprintf("graph: piece %q keeps %d evidence, the builder %d", p.Key(), p.limit, b.g.evidenceLimit))
		}
		k := p.Key()
		if q, ok := merged[k]; ok {
			q.Merge(p)
		} else {
			merged[k] = &p
		}
	}
	type keyed struct {
		key string
		*Piece
	}
	list := make([]keyed, 0, len(merged))
	for k, p := range merged {
		list = append(list, keyed{k, p})
	}
	slices.SortFunc(list, func(x, y keyed) int {
		if x.kind == actorPiece && y.kind == actorPiece {
			return cmp.Or(cmp.Compare(x.order, y.order), cmp.Compare(x.actor.ID, y.actor.ID))
		}
		return cmp.Or(cmp.Compare(x.kind, y.kind), cmp.Compare(x.key, y.key))
	})
	g := b.g
	for _, p := range list {
		switch p.kind {
		case documentPiece:
			if _, ok := b.docs[p.document.ID]; !ok {
				b.docs[p.document.ID] = p.document
			}
		case actorPiece:
			g.AddActor(p.actor)
		case namePiece:
			if b.found[p.a] == nil {
				b.found[p.a], b.ids[p.a] = map[string]int{}, map[string]bool{}
			}
			for name, n := range p.spellings {
				b.found[p.a][name] += n
			}
			for _, id := range p.ids {
				b.ids[p.a][id] = true
			}
		case tiePiece:
			if g.has(p.a) && g.has(p.b) {
				g.addTie(p.a, p.b, p.weight, p.count, p.evidence)
			}
		case interactionPiece:
			if g.has(p.interaction.Source) && g.has(p.interaction.Target) {
				g.addGroup(p.interaction, p.count, p.terms, p.evidence)
			}
		case affiliationPiece:
			if g.has(p.a) && g.has(p.b) {
				g.AddAffiliation(Affiliation{Actor: p.a, Of: p.b, Kind: p.kindRole[0], Role: p.kindRole[1], Evidence: p.evidence})
			}
		}
	}
	if len(b.docs) >= b.prune {
		b.pruneDocuments()
	}
}

// pieceJSON is a Piece's encoding.
type pieceJSON struct {
	Kind            pieceKind          `json:"k"`
	Order           string             `json:"o"`
	Limit           int                `json:"l,omitempty"`
	Actor           *Actor             `json:"actor,omitempty"`
	TypeOrder       string             `json:"to,omitempty"`
	AffiliatedOrder string             `json:"ao,omitempty"`
	A               string             `json:"a,omitempty"`
	B               string             `json:"b,omitempty"`
	Weight          float64            `json:"w,omitempty"`
	Count           int                `json:"n,omitempty"`
	Interaction     *interactionJSON   `json:"i,omitempty"`
	Terms           [][2]float64       `json:"g,omitempty"` // weight, count
	KindRole        [2]string          `json:"kr,omitzero"`
	Spellings       map[string]int     `json:"s,omitempty"`
	IDs             []string           `json:"ids,omitempty"`
	Document        *Document          `json:"d,omitempty"`
	Evidence        []extract.Evidence `json:"e,omitempty"`
	EvidenceOrders  []string           `json:"eo,omitempty"`
}

// MarshalBinary encodes p, for UnmarshalBinary on another machine.
func (p Piece) MarshalBinary() ([]byte, error) {
	j := pieceJSON{Kind: p.kind, Order: p.order, Limit: p.limit, TypeOrder: p.typeOrder, AffiliatedOrder: p.affiliatedOrder,
		A: p.a, B: p.b, Weight: p.weight, Count: p.count, KindRole: p.kindRole, Spellings: p.spellings, IDs: p.ids,
		Evidence: p.evidence, EvidenceOrders: p.evidenceOrders}
	switch p.kind {
	case actorPiece:
		j.Actor = &p.actor
	case documentPiece:
		j.Document = &p.document
	case interactionPiece:
		i := p.interaction
		j.Interaction = &interactionJSON{Source: i.Source, Target: i.Target, Kind: i.Kind, CAMEO: i.CAMEO, Polarity: i.Polarity, Modality: string(i.Modality)}
	}
	for _, t := range p.terms {
		j.Terms = append(j.Terms, [2]float64{t.weight, float64(t.n)})
	}
	return json.Marshal(j)
}

// UnmarshalBinary decodes what MarshalBinary encoded.
func (p *Piece) UnmarshalBinary(data []byte) error {
	var j pieceJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("graph: piece: %v", err)
	}
	if j.Kind < documentPiece || j.Kind > affiliationPiece || j.Limit < 0 || j.Limit == 0 && len(j.EvidenceOrders) != len(j.Evidence) {
		return fmt.Errorf("graph: piece of kind %d, limit %d, %d evidence, %d orders: not one MarshalBinary makes", j.Kind, j.Limit, len(j.Evidence), len(j.EvidenceOrders))
	}
	*p = Piece{kind: j.Kind, order: j.Order, limit: j.Limit, typeOrder: j.TypeOrder, affiliatedOrder: j.AffiliatedOrder,
		a: j.A, b: j.B, weight: j.Weight, count: j.Count, kindRole: j.KindRole, spellings: j.Spellings, ids: j.IDs,
		evidence: j.Evidence, evidenceOrders: j.EvidenceOrders}
	if j.Actor != nil {
		p.actor = *j.Actor
	}
	if j.Document != nil {
		p.document = *j.Document
	}
	if i := j.Interaction; i != nil {
		p.interaction = extract.Interaction{Source: i.Source, Target: i.Target, Kind: i.Kind, CAMEO: i.CAMEO, Polarity: i.Polarity, Modality: extract.Modality(i.Modality)}
	}
	for _, t := range j.Terms {
		if math.IsNaN(t[0]) || math.IsInf(t[0], 0) || !(t[1] >= 0 && t[1] <= 1<<53) || t[1] != math.Trunc(t[1]) {
			return fmt.Errorf("graph: piece %q: Goldstein term %v", p.Key(), t)
		}
		p.terms = append(p.terms, goldsteinTerm{t[0], int(t[1])})
	}
	if p.kind == namePiece && p.spellings == nil {
		p.spellings = map[string]int{}
	}
	if err := p.check(); err != nil {
		return fmt.Errorf("graph: piece %q: %v", p.Key(), err)
	}
	return nil
}

// check reports what makes p one that PiecesOf and Merge never make, and that AddPieces or
// Graph would fail on.
func (p *Piece) check() error {
	if p.count < 0 {
		return fmt.Errorf("count %d", p.count)
	}
	switch p.kind {
	case documentPiece:
		if p.document.ID == "" {
			return errors.New("a document with no ID")
		}
	case actorPiece:
		if p.actor.ID == "" || p.actor.Mentions < 0 {
			return fmt.Errorf("an actor of ID %q and %d mentions", p.actor.ID, p.actor.Mentions)
		}
	case namePiece:
		if p.a == "" || len(p.ids) == 0 || slices.Contains(p.ids, "") || !slices.IsSorted(p.ids) {
			return errors.New("a name with no key, or IDs empty or unsorted")
		}
		for _, n := range p.spellings {
			if n < 0 {
				return fmt.Errorf("a spelling of %d mentions", n)
			}
		}
	case tiePiece:
		if p.a == "" || p.a >= p.b || !usableWeight(p.weight) {
			return fmt.Errorf("a tie of %q and %q of weight %v", p.a, p.b, p.weight)
		}
	case interactionPiece:
		if i := p.interaction; i.Source == "" || i.Target == "" || i.Source == i.Target {
			return fmt.Errorf("an interaction of %q with %q", i.Source, i.Target)
		}
	case affiliationPiece:
		if p.a == "" || p.b == "" || p.a == p.b {
			return fmt.Errorf("an affiliation of %q with %q", p.a, p.b)
		}
	}
	if p.limit > 0 {
		if len(p.evidence) > p.limit {
			return fmt.Errorf("%d sentences of evidence over a limit of %d", len(p.evidence), p.limit)
		}
		for i := 1; i < len(p.evidence); i++ {
			if compareEvidence(p.evidence[i-1], p.evidence[i]) >= 0 {
				return errors.New("evidence out of order")
			}
		}
		return nil
	}
	for i := 1; i < len(p.evidenceOrders); i++ {
		if p.evidenceOrders[i-1] > p.evidenceOrders[i] {
			return errors.New("evidence out of order")
		}
	}
	return nil
}
