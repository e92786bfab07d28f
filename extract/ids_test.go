package extract

import (
	"slices"
	"testing"
)

func TestIDTaker(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"a", "b", "a", "a"}, []string{"a", "b", "a-2", "a-3"}},
		{[]string{"a", "a", "a-2"}, []string{"a", "a-2", "a-2-2"}},
		{[]string{"a-2", "a", "a"}, []string{"a-2", "a", "a-3"}},
	} {
		ids := NewIDTaker()
		var got []string
		for _, id := range c.in {
			got = append(got, ids.Take(id))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Take over %q gave %q, want %q", c.in, got, c.want)
		}
	}
}
