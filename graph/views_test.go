package graph

import (
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// datedResult is two documents on two dates: Anna and Bo co-mentioned once in each, Cland
// only on the second date.
func datedResult() *extract.Result {
	ev := func(doc string) extract.Evidence { return extract.Evidence{Doc: doc, Text: doc} }
	return &extract.Result{
		Documents: []*extract.Document{{ID: "d1", Date: "2025-01-01"}, {ID: "d2", Date: "2025-01-02"}, {ID: "d3"}},
		Actors: []extract.Actor{
			{ID: "anna", Name: "Anna", Type: extract.Person, Mentions: []extract.Mention{{Doc: "d1"}, {Doc: "d2"}, {Doc: "d2"}}},
			{ID: "bo", Name: "Bo", Type: extract.Person, Mentions: []extract.Mention{{Doc: "d1"}, {Doc: "d2"}}},
			{ID: "cland", Name: "Cland", Type: extract.Country, Mentions: []extract.Mention{{Doc: "d2"}}},
		},
		CoMentions: []extract.CoMention{
			{Source: "anna", Target: "bo", Weight: 2, Count: 2, Evidence: []extract.Evidence{ev("d1"), ev("d2")}},
			{Source: "anna", Target: "cland", Weight: 1, Count: 1, Evidence: []extract.Evidence{ev("d2")}},
		},
		Interactions: []extract.Interaction{{Source: "anna", Target: "cland", Kind: "visit", Polarity: 1, Evidence: ev("d2")}},
	}
}

func TestFromDocuments(t *testing.T) {
	g := FromDocuments(datedResult(), func(d *extract.Document) bool { return d.ID == "d1" })
	if g.Len() != 2 {
		t.Fatalf("%d actors on d1, want 2 (Cland is not there)", g.Len())
	}
	if tie, _ := g.Tie("anna", "bo"); tie.Weight != 1 || tie.Count != 1 {
		t.Errorf("anna-bo on d1 = %+v, want weight 1, count 1", tie)
	}
	if a, _ := g.Actor("anna"); a.Mentions != 1 {
		t.Errorf("Anna has %d mentions on d1, want 1", a.Mentions)
	}
	if len(g.Interactions()) != 0 {
		t.Error("an interaction of d2 is in d1's graph")
	}
}

func TestFilter(t *testing.T) {
	g := FromResult(datedResult())
	people := Filter{Types: []string{"person"}}.Apply(g)
	if people.Len() != 2 || len(people.Interactions()) != 0 {
		t.Errorf("persons only: %d actors, %d interactions; want 2 and 0", people.Len(), len(people.Interactions()))
	}
	heavy := Filter{MinWeight: 1.5}.Apply(g)
	if len(heavy.Ties()) != 1 || heavy.Len() != 3 {
		t.Errorf("ties of weight 1.5 or more: %d ties, %d actors; want 1 and 3", len(heavy.Ties()), heavy.Len())
	}
	top := Filter{Top: 1, Measure: MeasureDegree}.Apply(g)
	if a := top.Actors(); len(a) != 1 || a[0].ID != "anna" {
		t.Errorf("top 1 by degree = %v, want anna", a)
	}
}

func TestTimeline(t *testing.T) {
	points := Timeline(datedResult(), MeasureDegree)
	// d1: Anna and Bo tied (degree 1 each, ranked by name); d2: Anna (2/2 = 1) first, then Bo
	// and Cland (0.5). d3 has no date and no points.
	want := []RankPoint{
		{"2025-01-01", "anna", 1, 1}, {"2025-01-01", "bo", 2, 1},
		{"2025-01-02", "anna", 1, 1}, {"2025-01-02", "bo", 2, 0.5}, {"2025-01-02", "cland", 3, 0.5},
	}
	if len(points) != len(want) {
		t.Fatalf("%d points, want %d: %v", len(points), len(want), points)
	}
	for i := range want {
		if points[i] != want[i] {
			t.Errorf("point %d = %+v, want %+v", i, points[i], want[i])
		}
	}
}

func TestTimelineBy(t *testing.T) {
	r := datedResult()
	// 2025-01-01 is a Wednesday: both documents fall in the week of Monday 2024-12-30, and
	// in January 2025; their graph is the whole graph, where Anna ties Bo and Cland.
	for _, per := range []Period{Week, Month} {
		points := TimelineBy(r, MeasureDegree, per)
		want := map[Period]string{Week: "2024-12-30", Month: "2025-01"}[per]
		if len(points) != 3 {
			t.Fatalf("%s: %d points, want 3: %v", per, len(points), points)
		}
		for _, p := range points {
			if p.Date != want {
				t.Errorf("%s: point %+v, want the period %s", per, p, want)
			}
		}
		if points[0].Actor != "anna" || points[0].Value != 1 {
			t.Errorf("%s: first point %+v, want anna with degree 1", per, points[0])
		}
	}
	// By day, as Timeline.
	if got, want := TimelineBy(r, MeasureDegree, Day), Timeline(r, MeasureDegree); len(got) != len(want) {
		t.Errorf("by day: %d points, Timeline %d", len(got), len(want))
	}
	// A month alone counts by month, never by day.
	r.Documents[0].Date = "2025-01"
	if got := TimelineBy(r, MeasureDegree, Day); len(got) != 3 || got[0].Date != "2025-01-02" {
		t.Errorf("by day with a month alone: %v", got)
	}
	if got := TimelineBy(r, MeasureDegree, Month); len(got) != 3 || got[0].Date != "2025-01" {
		t.Errorf("by month with a month alone: %v", got)
	}
	if _, err := ParsePeriod("fortnight"); err == nil {
		t.Error("ParsePeriod(fortnight): no error")
	}
}

func TestFromDocumentsKeepsDocuments(t *testing.T) {
	g := FromDocuments(datedResult(), func(d *extract.Document) bool { return d.ID == "d2" })
	if docs := g.Documents(); len(docs) != 1 || docs[0].ID != "d2" || docs[0].Date != "2025-01-02" {
		t.Errorf("documents %v, want d2 alone", docs)
	}
}
