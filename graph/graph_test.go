package graph

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

func TestEmptyGraph(t *testing.T) {
	g := New()
	if got := g.Len(); got != 0 {
		t.Errorf("Len() = %d, want 0", got)
	}
	if got := g.Actors(); len(got) != 0 {
		t.Errorf("Actors() = %v, want none", got)
	}
	if got := g.Ties(); len(got) != 0 {
		t.Errorf("Ties() = %v, want none", got)
	}
	if _, ok := g.Actor("a"); ok {
		t.Error(`Actor("a") found an actor in the empty graph`)
	}
	if got := g.Neighbors("a"); got != nil {
		t.Errorf(`Neighbors("a") = %v, want nil`, got)
	}
	c := newCSR(g)
	if got := c.len(); got != 0 {
		t.Errorf("csr len = %d, want 0", got)
	}
}

func TestSingleActor(t *testing.T) {
	g := New()
	g.AddActor(Actor{ID: "a"})
	got, ok := g.Actor("a")
	want := Actor{ID: "a", Name: "a"} // the name defaults to the ID
	if !ok || !equalActors(got, want) {
		t.Errorf(`Actor("a") = %+v, %v; want %+v, true`, got, ok, want)
	}
	if got := g.Neighbors("a"); len(got) != 0 {
		t.Errorf(`Neighbors("a") = %v, want none`, got)
	}
}

func TestAddActorMerges(t *testing.T) {
	g := New()
	g.AddActor(Actor{ID: "putin", Name: "Vladimir Putin", Aliases: []string{"Putin"}, Roles: []string{"President"}, Mentions: 2})
	g.AddActor(Actor{ID: "putin", Name: "V. Putin", Type: "person", Affiliation: "russia", Aliases: []string{"Vladimir Putin", "Putin"}, Mentions: 3})
	got, _ := g.Actor("putin")
	want := Actor{
		ID:          "putin",
		Name:        "Vladimir Putin", // the first non-empty value stays
		Type:        "person",         // empty fields are filled in
		Affiliation: "russia",
		Roles:       []string{"President"},
		Aliases:     []string{"Putin", "Vladimir Putin"}, // united and sorted
		Mentions:    5,                                   // added
	}
	if !equalActors(got, want) {
		t.Errorf("merged actor = %+v, want %+v", got, want)
	}
	if got := g.Len(); got != 1 {
		t.Errorf("Len() = %d, want 1", got)
	}
}

func TestActorsAreCopies(t *testing.T) {
	g := New()
	g.AddActor(Actor{ID: "a", Aliases: []string{"A"}})
	a, _ := g.Actor("a")
	a.Aliases[0] = "changed"
	g.Actors()[0].Aliases[0] = "changed"
	if got, _ := g.Actor("a"); got.Aliases[0] != "A" {
		t.Errorf("aliases changed through a returned actor: %v", got.Aliases)
	}
}

func TestTieInEitherOrder(t *testing.T) {
	g := New()
	for _, id := range []string{"b", "a", "c"} {
		g.AddActor(Actor{ID: id})
	}
	g.AddTie("b", "a", 1.5, extract.Evidence{Doc: "d1"})
	g.AddTie("a", "b", 1, extract.Evidence{Doc: "d2"})
	for _, ends := range [][2]string{{"a", "b"}, {"b", "a"}} {
		got, ok := g.Tie(ends[0], ends[1])
		if !ok {
			t.Fatalf("Tie(%q, %q) not found", ends[0], ends[1])
		}
		if got.A != "a" || got.B != "b" || got.Weight != 2.5 || got.Count != 2 || len(got.Evidence) != 2 {
			t.Errorf("Tie(%q, %q) = %+v, want a-b with weight 2.5, count 2 and 2 evidence", ends[0], ends[1], got)
		}
	}
	if _, ok := g.Tie("a", "c"); ok {
		t.Error(`Tie("a", "c") found a tie that was never added`)
	}
	if _, ok := g.Tie("a", "zz"); ok {
		t.Error(`Tie("a", "zz") found a tie with an unknown actor`)
	}
	if got, want := g.Neighbors("a"), []string{"b"}; !slices.Equal(got, want) {
		t.Errorf(`Neighbors("a") = %v, want %v`, got, want)
	}
	w, ok := g.Gonum().Weight(mustNode(t, g, "a"), mustNode(t, g, "b"))
	if !ok || w != 2.5 {
		t.Errorf("Gonum weight a-b = %v, %v; want 2.5, true", w, ok)
	}
}

func mustNode(t *testing.T, g *Graph, id string) int64 {
	t.Helper()
	n, ok := g.NodeOf(id)
	if !ok {
		t.Fatalf("NodeOf(%q) not found", id)
	}
	if got := g.ActorOf(n); got != id {
		t.Fatalf("ActorOf(NodeOf(%q)) = %q", id, got)
	}
	return n
}

func TestGonumViewIsReadOnly(t *testing.T) {
	g := New()
	g.AddActor(Actor{ID: "a"})
	if _, ok := g.Gonum().(*simple.WeightedUndirectedGraph); ok {
		t.Error("Gonum() can be type-asserted to the mutable graph")
	}
	if got := g.Gonum().Nodes().Len(); got != 1 {
		t.Errorf("Gonum().Nodes().Len() = %d, want 1", got)
	}
}

// addTiePanics are misuses of AddTie and the panic each gives. The graph has actors a and
// b, tied with weight existing if it is not 0.
var addTiePanics = []struct {
	name     string
	existing float64
	a, b     string
	weight   float64
	want     string
}{
	{"unknown first", 0, "zz", "a", 1, `graph: unknown actor "zz"`},
	{"unknown second", 0, "a", "zz", 1, `graph: unknown actor "zz"`},
	{"self-loop", 0, "a", "a", 1, `graph: self-loop on "a"`},
	{"zero weight", 0, "a", "b", 0, `graph: non-positive weight 0 between "a" and "b"`},
	{"negative weight", 1, "b", "a", -2, `graph: non-positive weight -2 between "b" and "a"`},
	{"NaN weight", 1, "a", "b", math.NaN(), `graph: non-positive weight NaN between "a" and "b"`},
	{"infinite weight", 1, "a", "b", math.Inf(1), `graph: weight +Inf between "a" and "b" out of range`},
	{"infinite distance", 0, "a", "b", 1e-320, `graph: weight 1e-320 between "a" and "b" out of range`},
	{"infinite distance, tie exists", 2, "b", "a", 1e-320, `graph: weight 1e-320 between "a" and "b" out of range`},
	{"infinite total", math.MaxFloat64 / 2, "b", "a", math.MaxFloat64, `graph: weight +Inf between "a" and "b" out of range`},
}

func TestAddTiePanics(t *testing.T) {
	for _, tt := range addTiePanics {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			g.AddActor(Actor{ID: "a"})
			g.AddActor(Actor{ID: "b"})
			if tt.existing != 0 {
				g.AddTie("a", "b", tt.existing)
			}
			before, _ := g.Tie("a", "b")
			defer func() {
				if got := recover(); got != tt.want {
					t.Errorf("panic = %v, want %q", got, tt.want)
				}
				if after, _ := g.Tie("a", "b"); after.Weight != before.Weight || after.Count != before.Count {
					t.Errorf("tie changed by a panicking AddTie: %+v, was %+v", after, before)
				}
			}()
			g.AddTie(tt.a, tt.b, tt.weight)
		})
	}
}

func TestAddActorEmptyIDPanics(t *testing.T) {
	defer func() {
		if got, want := recover(), "graph: actor with empty ID"; got != want {
			t.Errorf("panic = %v, want %q", got, want)
		}
	}()
	New().AddActor(Actor{Name: "nobody"})
}

func TestMerge(t *testing.T) {
	g1 := New()
	g1.AddActor(Actor{ID: "a", Mentions: 1})
	g1.AddActor(Actor{ID: "b", Mentions: 1})
	g1.AddTie("a", "b", 1, extract.Evidence{Doc: "d1"})
	g2 := New()
	g2.AddActor(Actor{ID: "c", Mentions: 1})
	g2.AddActor(Actor{ID: "b", Type: "person", Mentions: 2})
	g2.AddActor(Actor{ID: "a", Mentions: 1})
	g2.AddTie("b", "a", 2, extract.Evidence{Doc: "d2"})
	g2.AddTie("b", "c", 0.5)

	m := Merge(g1, g2)
	if got := m.Len(); got != 3 {
		t.Errorf("Len() = %d, want 3", got)
	}
	b, _ := m.Actor("b")
	if b.Mentions != 3 || b.Type != "person" {
		t.Errorf("merged b = %+v, want 3 mentions and type person", b)
	}
	ab, _ := m.Tie("a", "b")
	if ab.Weight != 3 || ab.Count != 2 || len(ab.Evidence) != 2 || ab.Evidence[0].Doc != "d1" {
		t.Errorf("merged a-b = %+v, want weight 3, count 2, evidence d1 then d2", ab)
	}
	if got := len(m.Ties()); got != 2 {
		t.Errorf("merged ties = %d, want 2", got)
	}
	if tie, _ := g1.Tie("a", "b"); tie.Weight != 1 || len(tie.Evidence) != 1 {
		t.Errorf("Merge changed its input: %+v", tie)
	}
}

// insertionOrders builds the same graph (the hand fixture's ties) from actors and ties added
// in different orders.
func insertionOrders() (*Graph, *Graph) {
	ties := []struct {
		a, b string
		w    float64
	}{
		{"rubio", "yermak", 2.5}, {"rubio", "geneva", 1}, {"yermak", "geneva", 1},
		{"trump", "zelensky", 3}, {"trump", "putin", 2}, {"putin", "dmitriev", 1.5},
		{"dmitriev", "trump", 0.5}, {"ukraine", "russia", 4}, {"russia", "us", 1},
		{"us", "ukraine", 2}, {"zelensky", "ukraine", 1}, {"putin", "russia", 1},
		{"trump", "us", 1}, {"rubio", "trump", 1}, {"lonely", "other", 1.0 / 3},
	}
	build := func(reverse bool) *Graph {
		g := New()
		var ids []string
		for _, t := range ties {
			ids = append(ids, t.a, t.b)
		}
		if reverse {
			slices.Reverse(ids)
		}
		for _, id := range ids {
			g.AddActor(Actor{ID: id})
		}
		for i := range ties {
			t := ties[i]
			if reverse {
				t = ties[len(ties)-1-i]
				t.a, t.b = t.b, t.a
			}
			g.AddTie(t.a, t.b, t.w)
		}
		return g
	}
	return build(false), build(true)
}

func TestDeterminism(t *testing.T) {
	g1, g2 := insertionOrders()
	for _, m := range append(Measures(), "unweighted") {
		compute := m.Compute
		if m == "unweighted" {
			compute = BetweennessUnweighted
		}
		got, want := compute(g1), compute(g2)
		if len(got) != len(want) {
			t.Fatalf("%s: %d scores, then %d", m, len(got), len(want))
		}
		for i := range got {
			// Bits, not a tolerance: the measures must not depend on the order of insertion.
			if got[i].Actor.ID != want[i].Actor.ID || math.Float64bits(got[i].Value) != math.Float64bits(want[i].Value) {
				t.Errorf("%s[%d] = %s %v in one order, %s %v in the other", m, i,
					got[i].Actor.ID, got[i].Value, want[i].Actor.ID, want[i].Value)
			}
		}
	}
}

func TestCSRRowsAreSorted(t *testing.T) {
	g1, g2 := insertionOrders()
	c1, c2 := newCSR(g1), newCSR(g2)
	if !slices.Equal(c1.adj, c2.adj) || !slices.Equal(c1.start, c2.start) || !slices.Equal(c1.weight, c2.weight) {
		t.Fatal("snapshots of the same graph differ")
	}
	for r := range c1.len() {
		row := c1.adj[c1.start[r]:c1.start[r+1]]
		if !slices.IsSorted(row) {
			t.Errorf("row %d not sorted: %v", r, row)
		}
		if r > 0 && g1.actors[c1.actor[r-1]].ID >= g1.actors[c1.actor[r]].ID {
			t.Errorf("rank %d is not after rank %d by ID", r, r-1)
		}
	}
}

// TestSearchDoesNotAllocate checks that the inner loops of the path-based measures reuse
// their buffers once they have grown.
func TestSearchDoesNotAllocate(t *testing.T) {
	g := New()
	for i := range 50 {
		g.AddActor(Actor{ID: fmt.Sprint(i)})
	}
	for i := range 50 {
		g.AddTie(fmt.Sprint(i), fmt.Sprint((i+1)%50), 1+float64(i%3))
		g.AddTie(fmt.Sprint(i), fmt.Sprint((i+7)%50), 2)
	}
	c := newCSR(g)
	b := make([]float64, c.len())
	for _, paths := range []bool{true, false} {
		s := newSearch(c, paths)
		s.dijkstra(0) // grow the heap
		allocs := testing.AllocsPerRun(10, func() {
			for src := range int32(c.len()) {
				s.dijkstra(src)
				if paths {
					s.accumulate(src, b)
					s.bfs(src)
					s.accumulate(src, b)
				}
			}
		})
		if allocs != 0 {
			t.Errorf("paths=%v: %v allocations per run, want 0", paths, allocs)
		}
	}
}

func TestHeapOrder(t *testing.T) {
	h := minHeap{pos: make([]int32, 10)}
	for _, e := range []heapEntry{{3, 1}, {1, 5}, {2, 2}, {1, 4}, {0.5, 9}, {3, 0}, {4, 3}, {5, 7}} {
		h.push(e)
	}
	h.decrease(7, 1)   // moves up to tie with 4 and 5
	h.decrease(3, 0.5) // ties with 9, and sorts before it
	var got []heapEntry
	for len(h.entries) > 0 {
		got = append(got, h.pop())
	}
	want := []heapEntry{{0.5, 3}, {0.5, 9}, {1, 4}, {1, 5}, {1, 7}, {2, 2}, {3, 0}, {3, 1}}
	if !slices.Equal(got, want) {
		t.Errorf("popped %v, want %v", got, want)
	}
}

func equalActors(a, b Actor) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Type == b.Type && a.Affiliation == b.Affiliation &&
		slices.Equal(a.Roles, b.Roles) && slices.Equal(a.Aliases, b.Aliases) && a.Mentions == b.Mentions
}

func TestDocuments(t *testing.T) {
	g := New()
	g.AddDocument(Document{ID: "b", Title: "B", Date: "2025-11-24"})
	g.AddDocument(Document{ID: "a", Source: "Wire"})
	g.AddDocument(Document{ID: "b", Title: "other", Source: "Post"}) // fills only what b lacks
	g.AddDocument(Document{})                                        // no ID: nothing
	want := []Document{{ID: "a", Source: "Wire"}, {ID: "b", Title: "B", Source: "Post", Date: "2025-11-24"}}
	if got := g.Documents(); !slices.Equal(got, want) {
		t.Errorf("Documents() = %v, want %v", got, want)
	}
	h := New()
	h.AddDocument(Document{ID: "c", URL: "https://example.org/c"})
	m := Merge(g, h)
	if d, ok := m.Document("c"); !ok || d.URL != "https://example.org/c" {
		t.Errorf("Merge: document c = %v, %v", d, ok)
	}
	if n := len(m.Documents()); n != 3 {
		t.Errorf("Merge: %d documents, want 3", n)
	}
}

// TestGonumViewAgreesWithSimple builds a random graph and gonum's simple graph of the same
// ties side by side, and checks that the view answers every question of gonum's
// WeightedUndirected interface as the simple graph does, before and after more ties come.
func TestGonumViewAgreesWithSimple(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	g := New()
	want := simple.NewWeightedUndirectedGraph(0, 0)
	const n = 60
	for i := range n {
		g.AddActor(Actor{ID: fmt.Sprintf("actor %02d", (i*37)%n)}) // added out of ID order
		want.AddNode(simple.Node(i))
	}
	view := g.Gonum() // taken before the ties: it must see them
	addTies := func(count int) {
		for range count {
			x, y := rng.IntN(n), rng.IntN(n)
			if x == y {
				continue
			}
			w := float64(1 + rng.IntN(4))
			g.AddTie(g.ActorOf(int64(x)), g.ActorOf(int64(y)), w)
			old, _ := want.Weight(int64(x), int64(y))
			want.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(x), T: simple.Node(y), W: old + w})
		}
	}
	check := func() {
		t.Helper()
		if got, w := view.Nodes().Len(), want.Nodes().Len(); got != w {
			t.Fatalf("Nodes().Len() = %d, want %d", got, w)
		}
		var nodes []int64
		for it := view.Nodes(); it.Next(); {
			nodes = append(nodes, it.Node().ID())
		}
		if len(nodes) != n || !slices.IsSorted(nodes) || nodes[0] != 0 {
			t.Fatalf("Nodes() = %v, want 0..%d", nodes, n-1)
		}
		for x := range int64(n) {
			it := view.From(x)
			if got, w := it.Len(), want.From(x).Len(); got != w {
				t.Fatalf("From(%d).Len() = %d, want %d", x, got, w)
			}
			var got, wantFrom []int64
			for it.Next() {
				got = append(got, it.Node().ID())
			}
			if it.Len() != 0 || it.Next() {
				t.Fatalf("From(%d) not exhausted after its nodes", x)
			}
			it.Reset()
			if again := gonumIDs(it); !slices.Equal(again, got) {
				t.Fatalf("From(%d) after Reset = %v, want %v", x, again, got)
			}
			for it := want.From(x); it.Next(); {
				wantFrom = append(wantFrom, it.Node().ID())
			}
			slices.Sort(got)
			slices.Sort(wantFrom)
			if !slices.Equal(got, wantFrom) {
				t.Fatalf("From(%d) = %v, want %v", x, got, wantFrom)
			}
			for y := range int64(n) {
				gw, gok := view.Weight(x, y)
				ww, wok := want.Weight(x, y)
				if gw != ww || gok != wok {
					t.Fatalf("Weight(%d, %d) = %v, %v; want %v, %v", x, y, gw, gok, ww, wok)
				}
				if got, w := view.HasEdgeBetween(x, y), want.HasEdgeBetween(x, y); got != w {
					t.Fatalf("HasEdgeBetween(%d, %d) = %v, want %v", x, y, got, w)
				}
				e := view.WeightedEdgeBetween(x, y)
				if (e == nil) != (want.WeightedEdgeBetween(x, y) == nil) {
					t.Fatalf("WeightedEdgeBetween(%d, %d) = %v", x, y, e)
				}
				if e != nil && (e.From().ID() != x || e.To().ID() != y || e.Weight() != ww) {
					t.Fatalf("WeightedEdgeBetween(%d, %d) = %v, want weight %v", x, y, e, ww)
				}
			}
		}
		for x := range int64(n) { // Neighbors lists what From does, by ID
			var ids []string
			for _, y := range gonumIDs(view.From(x)) {
				ids = append(ids, g.ActorOf(y))
			}
			slices.Sort(ids)
			if got := g.Neighbors(g.ActorOf(x)); !slices.Equal(got, ids) {
				t.Fatalf("Neighbors(%q) = %v, want %v", g.ActorOf(x), got, ids)
			}
		}
		for _, bad := range []int64{-1, n, 1 << 40} {
			if view.Node(bad) != nil || view.From(bad).Len() != 0 || view.HasEdgeBetween(0, bad) {
				t.Errorf("node %d, not in the graph, is seen", bad)
			}
			for _, y := range []int64{0, bad} {
				gw, gok := view.Weight(bad, y)
				ww, wok := want.Weight(bad, y)
				if gw != ww || gok != wok {
					t.Errorf("Weight(%d, %d) = %v, %v; want %v, %v", bad, y, gw, gok, ww, wok)
				}
			}
		}
	}
	addTies(150)
	check()
	addTies(150)
	check()
}

func gonumIDs(it gonum.Nodes) []int64 {
	var ids []int64
	for it.Next() {
		ids = append(ids, it.Node().ID())
	}
	return ids
}
