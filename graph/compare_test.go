package graph

import (
	"bytes"
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	a, b := New(), New()
	for _, id := range []string{"x", "y", "z"} {
		a.AddActor(Actor{ID: id, Name: strings.ToUpper(id)})
	}
	for _, id := range []string{"x", "y", "w"} {
		b.AddActor(Actor{ID: id, Name: strings.ToUpper(id)})
	}
	a.AddTie("x", "y", 1)
	a.AddTie("y", "z", 2)
	b.AddTie("x", "y", 3)
	b.AddTie("x", "w", 1)
	c := Compare(a, b, MeasureDegree)
	if len(c.OnlyA) != 1 || c.OnlyA[0].ID != "z" || len(c.OnlyB) != 1 || c.OnlyB[0].ID != "w" {
		t.Errorf("only-in actors %v / %v, want z / w", c.OnlyA, c.OnlyB)
	}
	if len(c.TiesOnlyA) != 1 || c.TiesOnlyA[0].A != "y" || c.TiesOnlyA[0].B != "z" ||
		len(c.TiesOnlyB) != 1 || c.TiesOnlyB[0].A != "w" || c.TiesOnlyB[0].B != "x" {
		t.Errorf("only-in ties %v / %v", c.TiesOnlyA, c.TiesOnlyB)
	}
	if len(c.WeightChanges) != 1 || c.WeightChanges[0].WeightA != 1 || c.WeightChanges[0].WeightB != 3 {
		t.Errorf("weight changes %v, want x-y 1 -> 3", c.WeightChanges)
	}
	// Degree in a: y 1.0 (first), X and Z 0.5; in b: x 1.0 (first), W and Y 0.5.
	// x goes from rank 2 to 1, y from 1 to 3: y shifts most.
	if len(c.RankShifts) != 2 || c.RankShifts[0].Actor != "y" || c.RankShifts[0].RankA != 1 || c.RankShifts[0].RankB != 3 {
		t.Errorf("rank shifts %+v, want y first, from 1 to 3", c.RankShifts)
	}
	var out bytes.Buffer
	if err := c.WriteTable(&out, "A", "B"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"actors only in A (1):", "  Z", "ties only in B (1):", "rank under degree"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
}
