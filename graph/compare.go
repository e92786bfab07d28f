package graph

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"text/tabwriter"
)

// Comparison is what two graphs of the same story show differently, e.g. two outlets'
// reports: who and which ties only one has, how tie weights differ, how ranks shift.
type Comparison struct {
	OnlyA, OnlyB         []Actor     // actors in one graph only, sorted by ID
	TiesOnlyA, TiesOnlyB []Tie       // ties in one graph only, sorted by A, then B
	WeightChanges        []TieChange // ties in both whose weight differs, largest change first
	RankShifts           []RankShift // actors in both, largest rank shift first, ties by ID
	Measure              Measure     // the measure the ranks are under
}

// TieChange is a tie present in both graphs with different weights.
type TieChange struct {
	A, B             string
	WeightA, WeightB float64
}

// RankShift is an actor's rank (1 is first) and value under a measure in both graphs.
type RankShift struct {
	Actor          string
	RankA, RankB   int
	ValueA, ValueB float64
}

// Compare compares graph a with graph b, ranking actors under measure m in each. O(n log n +
// m) beyond the cost of the measure.
func Compare(a, b *Graph, m Measure) Comparison {
	c := Comparison{Measure: m}
	for _, x := range a.Actors() {
		if !b.has(x.ID) {
			c.OnlyA = append(c.OnlyA, x)
		}
	}
	for _, x := range b.Actors() {
		if !a.has(x.ID) {
			c.OnlyB = append(c.OnlyB, x)
		}
	}
	for _, t := range a.Ties() {
		if u, ok := b.Tie(t.A, t.B); !ok {
			c.TiesOnlyA = append(c.TiesOnlyA, t)
		} else if u.Weight != t.Weight {
			c.WeightChanges = append(c.WeightChanges, TieChange{t.A, t.B, t.Weight, u.Weight})
		}
	}
	for _, t := range b.Ties() {
		if _, ok := a.Tie(t.A, t.B); !ok {
			c.TiesOnlyB = append(c.TiesOnlyB, t)
		}
	}
	slices.SortStableFunc(c.WeightChanges, func(x, y TieChange) int {
		return cmp.Compare(math.Abs(y.WeightB-y.WeightA), math.Abs(x.WeightB-x.WeightA))
	})
	rankA, rankB := ranks(m.Compute(a)), ranks(m.Compute(b))
	for _, x := range a.Actors() {
		rb, ok := rankB[x.ID]
		if !ok {
			continue
		}
		ra := rankA[x.ID]
		c.RankShifts = append(c.RankShifts, RankShift{x.ID, ra.rank, rb.rank, ra.value, rb.value})
	}
	slices.SortStableFunc(c.RankShifts, func(x, y RankShift) int {
		return cmp.Compare(abs(y.RankB-y.RankA), abs(x.RankB-x.RankA))
	})
	return c
}

type placeValue struct {
	rank  int
	value float64
}

func ranks(scores []Score) map[string]placeValue {
	out := make(map[string]placeValue, len(scores))
	for i, s := range scores {
		out[s.Actor.ID] = placeValue{i + 1, s.Value}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// WriteTable prints the comparison as aligned text: the actors and ties only one graph has,
// then the rank shifts. nameA and nameB label the two graphs.
func (c Comparison) WriteTable(w io.Writer, nameA, nameB string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	list := func(title string, actors []Actor) {
		fmt.Fprintf(tw, "%s (%d):\n", title, len(actors))
		for _, x := range actors {
			fmt.Fprintf(tw, "  %s\t%s\n", x.Name, x.Type)
		}
	}
	list("actors only in "+nameA, c.OnlyA)
	list("actors only in "+nameB, c.OnlyB)
	ties := func(title string, ts []Tie) {
		fmt.Fprintf(tw, "ties only in %s (%d):\n", title, len(ts))
		for _, t := range ts {
			fmt.Fprintf(tw, "  %s -- %s\t%g\n", t.A, t.B, t.Weight)
		}
	}
	ties(nameA, c.TiesOnlyA)
	ties(nameB, c.TiesOnlyB)
	fmt.Fprintf(tw, "rank under %s\t%s\t%s\n", c.Measure, nameA, nameB)
	for _, r := range c.RankShifts {
		fmt.Fprintf(tw, "  %s\t%d\t%d\n", r.Actor, r.RankA, r.RankB)
	}
	return tw.Flush()
}
