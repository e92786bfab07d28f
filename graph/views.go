package graph

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph/extract"
)

// FromDocuments builds the graph of an extraction result restricted to the documents keep
// accepts: a slice by date, by source or by any other property of the documents. Actors
// count only their mentions in those documents and are left out without any; a co-mention
// keeps the share of its weight that its evidence in those documents carries (exact for the
// default sentence windows, where every piece of evidence weighs 1); relations and
// interactions keep those stated there.
func FromDocuments(r *extract.Result, keep func(*extract.Document) bool) *Graph {
	kept := map[string]bool{}
	for _, d := range r.Documents {
		if keep(d) {
			kept[d.ID] = true
		}
	}
	sub := &extract.Result{}
	for _, d := range r.Documents {
		if kept[d.ID] {
			sub.Documents = append(sub.Documents, d)
		}
	}
	for _, a := range r.Actors {
		var ms []extract.Mention
		for _, m := range a.Mentions {
			if kept[m.Doc] {
				ms = append(ms, m)
			}
		}
		if len(ms) > 0 {
			a.Mentions = ms
			sub.Actors = append(sub.Actors, a)
		}
	}
	for _, c := range r.CoMentions {
		var ev []extract.Evidence
		for _, e := range c.Evidence {
			if kept[e.Doc] {
				ev = append(ev, e)
			}
		}
		if len(ev) == 0 || len(c.Evidence) == 0 {
			continue
		}
		share := c.Weight * float64(len(ev)) / float64(len(c.Evidence))
		sub.CoMentions = append(sub.CoMentions, extract.CoMention{Source: c.Source, Target: c.Target, Weight: share, Count: len(ev), Evidence: ev})
	}
	for _, rel := range r.Relations {
		if kept[rel.Doc] {
			sub.Relations = append(sub.Relations, rel)
		}
	}
	for _, i := range r.Interactions {
		if kept[i.Doc] {
			sub.Interactions = append(sub.Interactions, i)
		}
	}
	return FromResult(sub)
}

// Filter selects part of a graph: the actors of some types, the ties of some weight, the
// most central actors. Its zero value keeps everything.
type Filter struct {
	Types     []string // keep only actors of these types ("person", "country", ...); nil: all
	MinWeight float64  // drop ties lighter than this
	Top       int      // keep only the Top actors ranked highest by Measure; 0: all
	Measure   Measure  // the measure for Top; empty: PageRank
}

// Apply returns a new graph with the actors, ties, affiliations and interactions that f
// keeps. Top is applied last, on what the other conditions kept.
func (f Filter) Apply(g *Graph) *Graph {
	keep := map[string]bool{}
	for _, a := range g.Actors() {
		if len(f.Types) == 0 || slices.Contains(f.Types, a.Type) {
			keep[a.ID] = true
		}
	}
	out := g.subgraph(keep, f.MinWeight)
	if f.Top <= 0 || f.Top >= out.Len() {
		return out
	}
	m := f.Measure
	if m == "" {
		m = MeasurePageRank
	}
	top := map[string]bool{}
	for _, s := range m.Compute(out)[:f.Top] {
		top[s.Actor.ID] = true
	}
	return out.subgraph(top, f.MinWeight)
}

// subgraph returns the graph of the actors in keep, with their ties of at least minWeight,
// their affiliations and interactions, and the graph's documents.
func (g *Graph) subgraph(keep map[string]bool, minWeight float64) *Graph {
	s := New()
	s.evidenceLimit = g.evidenceLimit
	for _, d := range g.documents {
		s.AddDocument(d) // the evidence kept still cites them
	}
	for _, a := range g.Actors() {
		if keep[a.ID] {
			s.AddActor(a)
		}
	}
	for _, t := range g.Ties() {
		if keep[t.A] && keep[t.B] && t.Weight >= minWeight {
			s.addTie(t.A, t.B, t.Weight, t.Count, t.Evidence)
		}
	}
	for _, a := range g.Affiliations() {
		if keep[a.Actor] && keep[a.Of] {
			s.AddAffiliation(a)
		}
	}
	for _, i := range g.groups() {
		if keep[i.Source] && keep[i.Target] {
			s.addGroup(i.Interaction, i.count, i.terms, i.evidence)
		}
	}
	return s
}

// RankPoint is an actor's rank (1 is first) and value under a measure on one date.
type RankPoint struct {
	Date  string
	Actor string
	Rank  int
	Value float64
}

// Timeline ranks the actors of each date on its own: one graph per document date (see
// FromDocuments), each actor's rank and value under m. Points are sorted by date, then rank.
// Documents without a date are left out. It is TimelineBy(r, m, Day) for documents with full
// dates; TimelineBy reads dates of a month or a year alone as well.
func Timeline(r *extract.Result, m Measure) []RankPoint {
	return TimelineBy(r, m, "")
}

// A Period is the span of time TimelineBy puts documents together by.
type Period string

// The periods of TimelineBy.
const (
	Day   Period = "day"   // a document's date, YYYY-MM-DD
	Week  Period = "week"  // the Monday that begins its ISO week, YYYY-MM-DD
	Month Period = "month" // its month, YYYY-MM
)

// ParsePeriod returns the period named "day", "week" or "month".
func ParsePeriod(s string) (Period, error) {
	switch p := Period(s); p {
	case Day, Week, Month:
		return p, nil
	}
	return "", fmt.Errorf("graph: unknown period %q (want day, week or month)", s)
}

// bucket returns the period of per that date (YYYY-MM-DD, YYYY-MM or YYYY) falls in, or ""
// if the date says too little for it: a month alone has no day and no week.
func (per Period) bucket(date string) string {
	switch per {
	case "":
		return date
	case Month:
		if len(date) >= 7 {
			return date[:7]
		}
		return ""
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	if per == Week {
		t = t.AddDate(0, 0, -(int(t.Weekday())+6)%7) // back to Monday
	}
	return t.Format(time.DateOnly)
}

// TimelineBy ranks the actors of each period on its own: one graph per day, week or month
// of the document dates (see FromDocuments), each actor's rank and value under m. A point's
// Date names its period: the day, the Monday of the week, or the month (YYYY-MM). Points are
// sorted by date, then rank. Documents without a date, or whose date says too little for
// the period (a month alone, by day or week), are left out.
func TimelineBy(r *extract.Result, m Measure, per Period) []RankPoint {
	periods := map[string]bool{}
	for _, d := range r.Documents {
		if b := per.bucket(d.Date); b != "" {
			periods[b] = true
		}
	}
	var out []RankPoint
	for _, p := range slices.Sorted(maps.Keys(periods)) {
		g := FromDocuments(r, func(d *extract.Document) bool { return d.Date != "" && per.bucket(d.Date) == p })
		for i, s := range m.Compute(g) {
			out = append(out, RankPoint{Date: p, Actor: s.Actor.ID, Rank: i + 1, Value: s.Value})
		}
	}
	return out
}
