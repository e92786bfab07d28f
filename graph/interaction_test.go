package graph

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

func interactionGraph() *Graph {
	g := New()
	for _, id := range []string{"a", "b", "c"} {
		g.AddActor(Actor{ID: id, Name: id, Type: "person"})
	}
	s := func(doc string, n int) extract.Evidence {
		return extract.Evidence{Doc: doc, Sentence: n, Span: extract.Span{Start: n * 10, End: n*10 + 9}, Text: doc + " sentence"}
	}
	g.AddTie("a", "b", 1, s("d2", 0))
	g.AddTie("a", "b", 1, s("d1", 3))
	for _, i := range []extract.Interaction{
		{Source: "a", Target: "b", Kind: "meet", CAMEO: "040", Goldstein: 1, Polarity: 1, Modality: extract.Asserted, Evidence: s("d2", 0)},
		{Source: "a", Target: "b", Kind: "meet", CAMEO: "036", Goldstein: 1, Polarity: 1, Modality: extract.Planned, Evidence: s("d1", 1)},
		{Source: "b", Target: "a", Kind: "criticize", CAMEO: "111", Goldstein: -2, Polarity: -1, Modality: extract.Asserted, Evidence: s("d1", 3)},
		{Source: "c", Target: "a", Kind: "report", CAMEO: "010", Goldstein: 0, Polarity: 0, Modality: extract.Asserted, Evidence: s("d1", 4)},
	} {
		g.AddInteraction(i)
	}
	return g
}

func TestInteractionsAggregate(t *testing.T) {
	g := interactionGraph()
	if g.AddInteraction(extract.Interaction{Source: "a", Target: "ghost", Kind: "meet"}) {
		t.Error("an interaction with an unknown actor was added")
	}
	all := g.Interactions()
	if len(all) != 3 {
		t.Fatalf("%d aggregated edges, want 3: %+v", len(all), all)
	}
	meet := all[0]
	if meet.Source != "a" || meet.Kind != "meet" || meet.Count != 2 || meet.Goldstein != 2 || len(meet.Evidence) != 2 ||
		!reflect.DeepEqual(meet.Modalities, []extract.Modality{extract.Asserted, extract.Planned}) {
		t.Errorf("a->b meet = %+v, want 2 interactions, Goldstein 2, asserted and planned", meet)
	}
	asserted := g.Interactions(extract.Asserted)
	if asserted[0].Count != 1 {
		t.Errorf("with only asserted interactions, a->b meet counts %d, want 1", asserted[0].Count)
	}
}

func TestCooperationAndConflictLayers(t *testing.T) {
	g := interactionGraph()
	coop, conf := g.Cooperation(), g.Conflict()
	if tie, ok := coop.Tie("a", "b"); !ok || tie.Weight != 2 || tie.Count != 2 {
		t.Errorf("cooperation a-b = %+v, %v; want weight 2 from two meetings", tie, ok)
	}
	if tie, ok := conf.Tie("a", "b"); !ok || tie.Weight != 2 {
		t.Errorf("conflict a-b = %+v, %v; want weight |-2| = 2", tie, ok)
	}
	if _, ok := coop.Tie("a", "c"); ok {
		t.Error("a neutral report made a cooperation tie")
	}
	for _, l := range []*Graph{coop, conf} {
		for _, tie := range l.Ties() {
			if !(tie.Weight > 0) {
				t.Errorf("layer tie %+v has a weight that is not positive", tie)
			}
		}
		_ = Betweenness(l) // path measures run on the layers
	}
	if got := len(g.Cooperation(extract.Asserted).Ties()); got != 1 {
		t.Errorf("%d cooperation ties with asserted only, want 1", got)
	}
}

func TestExplain(t *testing.T) {
	g := interactionGraph()
	got := g.Explain("b", "a")
	var where []string
	for _, e := range got {
		where = append(where, e.Doc+":"+string(rune('0'+e.Sentence)))
	}
	// Documents in the order the graph first saw them (d2 before d1), then by sentence, each
	// sentence once although the tie and the interactions share some.
	want := []string{"d2:0", "d1:1", "d1:3"}
	if !reflect.DeepEqual(where, want) {
		t.Errorf("Explain(b, a) = %v, want %v", where, want)
	}
}
