package graph

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"strconv"
	"testing"
)

// karate reads Zachary's karate club from the NetworkX fixture (testdata/karate.json).
func karate(t *testing.T) *Graph {
	t.Helper()
	b, err := os.ReadFile("testdata/karate.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Graph json.RawMessage }
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	g, err := ReadNodeLink(bytes.NewReader(f.Graph))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestBrokersKarate(t *testing.T) {
	// NetworkX 3.6: sorted(articulation_points(karate_club_graph())) == [0];
	// sorted(bridges(...)) == [(0, 11)].
	art, bridges := Brokers(karate(t))
	if !reflect.DeepEqual(art, []string{"0"}) || !reflect.DeepEqual(bridges, [][2]string{{"0", "11"}}) {
		t.Errorf("Brokers(karate) = %v, %v; want [0], [[0 11]]", art, bridges)
	}
}

func TestCoreNumbersKarate(t *testing.T) {
	// NetworkX 3.6: core_number(karate_club_graph()).
	want := map[int]float64{0: 4, 1: 4, 2: 4, 3: 4, 4: 3, 5: 3, 6: 3, 7: 4, 8: 4, 9: 2, 10: 3, 11: 1, 12: 2, 13: 4,
		14: 2, 15: 2, 16: 2, 17: 2, 18: 2, 19: 3, 20: 2, 21: 2, 22: 2, 23: 3, 24: 3, 25: 3, 26: 2, 27: 3, 28: 3, 29: 3,
		30: 4, 31: 3, 32: 4, 33: 4}
	for _, s := range CoreNumbers(karate(t)) {
		n, _ := strconv.Atoi(s.Actor.ID)
		if s.Value != want[n] {
			t.Errorf("core number of %d = %v, want %v", n, s.Value, want[n])
		}
	}
}

func TestComponentsAndBrokers(t *testing.T) {
	g := twoCliques(false)
	g.AddActor(Actor{ID: "lone"})
	if got := Components(g); len(got) != 2 || len(got[0]) != 8 || !reflect.DeepEqual(got[1], []string{"lone"}) {
		t.Errorf("Components = %v, want the 8 clique actors, then lone", got)
	}
	// Hand count: a1 and b1 each hold the only tie between the cliques.
	art, bridges := Brokers(g)
	if !reflect.DeepEqual(art, []string{"a1", "b1"}) || !reflect.DeepEqual(bridges, [][2]string{{"a1", "b1"}}) {
		t.Errorf("Brokers = %v, %v; want [a1 b1], [[a1 b1]]", art, bridges)
	}
}

func TestEgo(t *testing.T) {
	g := twoCliques(false)
	e := Ego(g, "a2", 1)
	if e.Len() != 4 || len(e.Ties()) != 6 {
		t.Errorf("radius 1 around a2: %d actors, %d ties; want the clique: 4 and 6", e.Len(), len(e.Ties()))
	}
	if e := Ego(g, "a2", 2); e.Len() != 5 {
		t.Errorf("radius 2 around a2: %d actors, want 5 (the clique and b1)", e.Len())
	}
	if Ego(g, "nobody", 1) != nil {
		t.Error("Ego of an unknown actor is not nil")
	}
}

func TestStrongestPath(t *testing.T) {
	g := New()
	for _, id := range []string{"a", "b", "c", "d"} {
		g.AddActor(Actor{ID: id})
	}
	// a-d directly with weight 1 (length 1), or a-b-c-d with weight 4 each (length 0.75).
	g.AddTie("a", "d", 1)
	g.AddTie("a", "b", 4)
	g.AddTie("b", "c", 4)
	g.AddTie("c", "d", 4)
	p, ok := StrongestPath(g, "a", "d")
	if !ok || !reflect.DeepEqual(p.Actors, []string{"a", "b", "c", "d"}) || p.Length != 0.75 || len(p.Ties) != 3 {
		t.Errorf("StrongestPath(a, d) = %+v, %v; want a b c d, length 0.75", p, ok)
	}
	g.AddActor(Actor{ID: "e"})
	if _, ok := StrongestPath(g, "a", "e"); ok {
		t.Error("a path to an unconnected actor")
	}
}
