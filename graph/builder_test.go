package graph_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/newsgen"
)

// builderDocs returns the bundled articles, generated ones, and articles that spell a person
// in no list two ways in different documents, which Extract names one way across them.
func builderDocs(t *testing.T) []*extract.Document {
	t.Helper()
	bundled, err := corpus.Documents()
	if err != nil {
		t.Fatal(err)
	}
	// One spelling in one document with five mentions and a country, the other in four
	// with two each and another country: Extract names the person by the second (eight
	// mentions to five) and gives it the first document's country. In batches of two the
	// first spelling has seven mentions to the second's six in the first batch, and the
	// Builder must still name the person by the second.
	texts := []string{
		"German envoy Olexandr Hrytsenky met Marco Rubio in Geneva. Hrytsenky said the talks went well. Hrytsenky left. Hrytsenky will return. Hrytsenky thanked Rubio.",
		"French envoy Oleksandr Hrytsenkiy spoke with Sergei Lavrov. Hrytsenkiy criticised Russia.",
		"French envoy Oleksandr Hrytsenkiy met Emmanuel Macron in Paris. Hrytsenkiy thanked France for its support.",
		"French envoy Oleksandr Hrytsenkiy called Keir Starmer. Hrytsenkiy praised Britain.",
		"French envoy Oleksandr Hrytsenkiy met Friedrich Merz. Hrytsenkiy spoke of sanctions.",
	}
	var docs []*extract.Document
	for i, text := range texts {
		d, err := extract.Read(fmt.Sprintf("spelling-%d", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	docs = append(docs, bundled...)
	for _, a := range newsgen.Generate(200, 7) {
		d, err := extract.Read(a.ID, []byte("title: "+a.Title+"\nsource: "+a.Source+"\ndate: "+a.Date+"\n\n"+a.Text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestBuilderEqualsFromResult builds a graph from documents extracted one at a time, and
// in batches, and checks it is the graph of all of them extracted at once: actors with
// their names, types, affiliations, roles and mentions, tie weights and counts, interactions
// and affiliations.
func TestBuilderEqualsFromResult(t *testing.T) {
	docs := builderDocs(t)
	p := extract.Pipeline{TokenRules: true}
	want := graph.FromResult(p.Extract(docs...))
	for _, batch := range []int{1, 2, 7} {
		t.Run(fmt.Sprintf("batch=%d", batch), func(t *testing.T) {
			b := graph.NewBuilder()
			b.SetEvidenceLimit(0)
			for i := 0; i < len(docs); i += batch {
				b.Add(p.Extract(docs[i:min(i+batch, len(docs))]...))
			}
			compareGraphs(t, b.Graph(), want)
		})
	}
	if a, ok := want.Actor("oleksandr-hrytsenkiy"); !ok || a.Mentions < 13 || a.Affiliation != "germany" {
		t.Errorf("the test's person in no list is %+v: the corpus does not test unification", a)
	}
}

func compareGraphs(t *testing.T, got, want *graph.Graph) {
	t.Helper()
	ga, wa := got.Actors(), want.Actors()
	if len(ga) != len(wa) {
		t.Errorf("%d actors, want %d", len(ga), len(wa))
	}
	for i := range min(len(ga), len(wa)) {
		g, w := ga[i], wa[i]
		if g.ID != w.ID || g.Name != w.Name || g.Type != w.Type || g.Affiliation != w.Affiliation ||
			g.AffiliationInferred != w.AffiliationInferred || g.Mentions != w.Mentions ||
			!slices.Equal(g.Roles, w.Roles) || !slices.Equal(g.Aliases, w.Aliases) {
			t.Errorf("actor %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
	gt, wt := got.Ties(), want.Ties()
	if len(gt) != len(wt) {
		t.Errorf("%d ties, want %d", len(gt), len(wt))
	}
	for i := range min(len(gt), len(wt)) {
		g, w := gt[i], wt[i]
		if g.A != w.A || g.B != w.B || g.Weight != w.Weight || g.Count != w.Count || len(g.Evidence) != len(w.Evidence) {
			t.Errorf("tie %s-%s weight %v count %d (%d sentences), want %s-%s %v %d (%d)",
				g.A, g.B, g.Weight, g.Count, len(g.Evidence), w.A, w.B, w.Weight, w.Count, len(w.Evidence))
		}
	}
	gi, wi := got.Interactions(), want.Interactions()
	if len(gi) != len(wi) {
		t.Errorf("%d interaction edges, want %d", len(gi), len(wi))
	}
	for i := range min(len(gi), len(wi)) {
		g, w := gi[i], wi[i]
		if g.Source != w.Source || g.Target != w.Target || g.Kind != w.Kind || g.Count != w.Count ||
			g.Goldstein != w.Goldstein || !slices.Equal(g.Modalities, w.Modalities) {
			t.Errorf("interaction %d: got %+v, want %+v", i, g, w)
		}
	}
	gf, wf := got.Affiliations(), want.Affiliations()
	if len(gf) != len(wf) {
		t.Errorf("%d affiliations, want %d", len(gf), len(wf))
	}
	for i := range min(len(gf), len(wf)) {
		if g, w := gf[i], wf[i]; g.Actor != w.Actor || g.Of != w.Of || g.Kind != w.Kind || g.Role != w.Role {
			t.Errorf("affiliation %d: got %+v, want %+v", i, g, w)
		}
	}
	if g, w := len(got.Documents()), len(want.Documents()); g != w {
		t.Errorf("%d documents, want %d", g, w)
	}
}
