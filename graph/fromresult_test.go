package graph

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

func TestFromResult(t *testing.T) {
	ev := extract.Evidence{Doc: "d", Sentence: 2, Span: extract.Span{Start: 10, End: 40}, Text: "A met B in Geneva."}
	r := &extract.Result{
		Actors: []extract.Actor{
			{ID: "a", Name: "Anna", Type: extract.Person, Affiliation: "c", Roles: []string{"envoy"},
				Mentions: []extract.Mention{{Doc: "d"}, {Doc: "d"}}},
			{ID: "b", Name: "Bo", Type: extract.Person},
			{ID: "c", Name: "Cland", Type: extract.Country},
			{ID: "geneva", Name: "Geneva", Type: extract.Location},
		},
		CoMentions: []extract.CoMention{
			{Source: "a", Target: "b", Weight: 2, Count: 2, Evidence: []extract.Evidence{ev, ev}},
			{Source: "a", Target: "geneva", Weight: 1, Count: 1},
			{Source: "b", Target: "c", Weight: 0.5, Count: 1},
		},
	}
	g := FromResult(r)
	var ids []string
	for _, a := range g.Actors() {
		ids = append(ids, a.ID)
	}
	if want := []string{"a", "b", "c"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("actors = %v, want %v (locations left out)", ids, want)
	}
	a, _ := g.Actor("a")
	if a.Mentions != 2 || a.Affiliation != "c" || !reflect.DeepEqual(a.Roles, []string{"envoy"}) {
		t.Errorf("actor a = %+v, want 2 mentions, affiliation c, role envoy", a)
	}
	ab, ok := g.Tie("b", "a")
	if !ok || ab.Weight != 2 || ab.Count != 2 || len(ab.Evidence) != 2 || ab.Evidence[0] != ev {
		t.Errorf("tie a-b = %+v, %v; want weight 2, count 2, two pieces of evidence", ab, ok)
	}
	if got := len(g.Ties()); got != 2 {
		t.Errorf("%d ties, want 2 (the tie to a location is dropped)", got)
	}
}

func TestAffiliationLayer(t *testing.T) {
	ev := extract.Evidence{Doc: "d", Sentence: 0, Text: "Cland's envoy Anna met Bo."}
	r := &extract.Result{
		Actors: []extract.Actor{
			{ID: "anna", Name: "Anna", Type: extract.Person, Affiliation: "cland"},
			{ID: "bo", Name: "Bo", Type: extract.Person, Affiliation: "cland"},
			{ID: "cland", Name: "Cland", Type: extract.Country},
			{ID: "dee", Name: "Dee", Type: extract.Person, Affiliation: "nowhere"},
		},
		Relations: []extract.Relation{
			{Source: "anna", Target: "cland", Kind: extract.WorksFor, Role: "envoy", Evidence: ev},
			{Source: "anna", Target: "ghost", Kind: extract.WorksFor, Role: "adviser"},
		},
		CoMentions: []extract.CoMention{{Source: "anna", Target: "bo", Weight: 1, Count: 1}},
	}
	g := FromResult(r)
	got := g.Affiliations()
	want := []Affiliation{
		{Actor: "anna", Of: "cland", Kind: WorksFor, Role: "envoy", Evidence: []extract.Evidence{ev}},
		{Actor: "bo", Of: "cland", Kind: AffiliatedWith},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Affiliations() = %+v, want %+v", got, want)
	}
	if len(g.Ties()) != 1 {
		t.Errorf("%d ties, want 1: affiliations are not ties", len(g.Ties()))
	}
	m := Merge(g, g)
	if got := m.Affiliations(); len(got) != 2 || len(got[0].Evidence) != 2 {
		t.Errorf("Merge(g, g) affiliations = %+v, want 2 with doubled evidence", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("AddAffiliation of an unknown actor did not panic")
		}
	}()
	g.AddAffiliation(Affiliation{Actor: "anna", Of: "ghost", Kind: WorksFor})
}
