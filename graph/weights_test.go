package graph

import "testing"

func TestJaccard(t *testing.T) {
	g := New()
	// Hand count: Anna named 10 times, Bo 2, Cy 3; Anna-Bo together in 2 windows, Bo-Cy in 1.
	g.AddActor(Actor{ID: "anna", Mentions: 10})
	g.AddActor(Actor{ID: "bo", Mentions: 2})
	g.AddActor(Actor{ID: "cy", Mentions: 3})
	g.AddTie("anna", "bo", 2)
	g.AddTie("anna", "bo", 1) // two windows
	g.AddTie("bo", "cy", 1)
	j := Jaccard(g)
	if tie, _ := j.Tie("anna", "bo"); tie.Weight != 2.0/10 {
		t.Errorf("Jaccard(anna, bo) = %v, want 2/(10+2-2) = 0.2", tie.Weight)
	}
	if tie, _ := j.Tie("bo", "cy"); tie.Weight != 1.0/4 {
		t.Errorf("Jaccard(bo, cy) = %v, want 1/(2+3-1) = 0.25", tie.Weight)
	}
	if tie, _ := g.Tie("anna", "bo"); tie.Weight != 3 {
		t.Error("Jaccard changed the input graph")
	}
}
