package graph

import "testing"

func TestCombined(t *testing.T) {
	g := interactionGraph() // a-b co-mentioned twice (weight 2); a->b meet x2, b->a criticize, c->a report
	g.AddAffiliation(Affiliation{Actor: "c", Of: "b", Kind: AffiliatedWith})
	c := Combined(g, DefaultMix)
	// Hand count: a-b = 1·2 (co-mentions) + 2·3 (three interactions) = 8; a-c = 2·1 (one
	// report) = 2; b-c = 1·1 (one affiliation) = 1.
	for _, want := range []struct {
		a, b string
		w    float64
	}{{"a", "b", 8}, {"a", "c", 2}, {"b", "c", 1}} {
		if tie, ok := c.Tie(want.a, want.b); !ok || tie.Weight != want.w {
			t.Errorf("combined %s-%s = %v, %v; want %v", want.a, want.b, tie.Weight, ok, want.w)
		}
	}
	if tie, _ := c.Tie("a", "b"); len(tie.Evidence) != 5 {
		t.Errorf("a-b carries %d pieces of evidence, want 2 co-mentions + 3 interactions", len(tie.Evidence))
	}
	only := Combined(g, Mix{CoMention: 1})
	if len(only.Ties()) != 1 {
		t.Errorf("co-mentions only: %d ties, want 1", len(only.Ties()))
	}
	defer func() {
		if recover() == nil {
			t.Error("a negative mix weight did not panic")
		}
	}()
	Combined(g, Mix{Interaction: -1})
}
