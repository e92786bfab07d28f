package extract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// officeWorld is the fictional world of the recognition corpus with office holders: a
// prime minister of Norvania who left office in March 2025 and one who took it then, a
// president of Kestria, Norvania's foreign ministry and a Kestrian outlet.
func officeWorld(t *testing.T) *extract.Knowledge {
	t.Helper()
	k, err := worldKnowledge(t).With(
		extract.Entry{ID: "elin-varga", Name: "Elin Varga", Type: extract.Person, Affiliation: "norvania",
			Roles: []string{"Prime Minister of Norvania (until March 2025)"}},
		extract.Entry{ID: "tomas-reiter", Name: "Tomas Reiter", Type: extract.Person, Affiliation: "norvania",
			Roles: []string{"Prime Minister of Norvania (from March 2025)"}},
		extract.Entry{ID: "anya-koss", Name: "Anya Koss", Type: extract.Person, Affiliation: "kestria",
			Roles: []string{"President of Kestria"}},
		extract.Entry{ID: "norvania-mfa", Name: "Ministry of Foreign Affairs of Norvania", Type: extract.Organization,
			Affiliation: "norvania"},
		extract.Entry{ID: "kestria-wire", Name: "Kestria Wire", Type: extract.Media, Affiliation: "kestria"},
		extract.Entry{ID: "lena-brandt", Name: "Lena Brandt", Type: extract.Person, Affiliation: "norvania",
			Roles: []string{"Secretary of Finance"}},
		extract.Entry{ID: "norvania-finance", Name: "Norvanian Department of Finance", Type: extract.Organization,
			Affiliation: "norvania"},
	)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestVoiceAndOffices checks who "I" and "we" are in a document that someone issues, and
// which person an office named without a name is on the document's date.
func TestVoiceAndOffices(t *testing.T) {
	k := officeWorld(t)
	mfa := "source: Ministry of Foreign Affairs of Norvania\n"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"we in a ministry's statement", mfa + "date: 2025-06-02\n\nWe will sanction Kestria.",
			[]string{"norvania > kestria sanction -1 planned"}},
		{"we in an outlet's copy is nobody", "source: Kestria Wire\ndate: 2025-06-02\n\nWe will sanction Orlesia.",
			nil},
		{"we in a quotation is its speaker", mfa + "\n\n\u201cWe will sanction Orlesia,\u201d President Anya Koss said.",
			[]string{"anya-koss > orlesia sanction -1 planned"}},
		{"I in a person's statement", "source: Anya Koss, President of Kestria\n\nI will visit Norvania in May.",
			[]string{"anya-koss > norvania visit 0 planned"}},
		{"the office in the issuer's country, after a change", mfa + "date: 2025-06-02\n\nThe Prime Minister criticized Kestria.",
			[]string{"tomas-reiter > kestria criticize -1 asserted"}},
		{"the office before the change", mfa + "date: 2025-01-10\n\nThe Prime Minister criticized Kestria.",
			[]string{"elin-varga > kestria criticize -1 asserted"}},
		{"the month of the change is unclear", mfa + "date: 2025-03\n\nThe Prime Minister criticized Kestria.",
			nil},
		{"the office of a named country", "Norvania criticized the President of Kestria on Monday.",
			[]string{"norvania > anya-koss criticize -1 asserted"}},
		{"the office of a demonym", "Norvania criticized the Kestrian president on Monday.",
			[]string{"norvania > anya-koss criticize -1 asserted"}},
		{"the office of a possessor", "Norvania criticized Kestria's president on Monday.",
			[]string{"norvania > anya-koss criticize -1 asserted"}},
		{"an office in news copy has no country", "source: Kestria Wire\n\nThe Prime Minister criticized Orlesia.",
			nil},
		{"the head of the issuing department", "source: Norvanian Department of Finance\n\nThe Secretary criticized Kestria.",
			[]string{"lena-brandt > kestria criticize -1 asserted"}},
		{"the head of no department named", mfa + "\n\nThe Secretary criticized Kestria.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkInteractions(t, k, c.name, c.text, c.want) })
	}
}

// TestAppositiveOffice checks that an office in an appositive is its person's, whatever the
// document's date says of the office's tenures: the text names the holder, and the date may
// be a crawl's rather than the story's.
func TestAppositiveOffice(t *testing.T) {
	k := officeWorld(t)
	text := "source: Kestria Wire\ndate: 2025-01-10\n\nKestria criticized Tomas Reiter, the Norvanian Prime Minister, on Monday."
	doc, err := extract.Read("a", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	r := extract.Pipeline{Knowledge: k}.Extract(doc)
	var got []string
	for _, a := range r.Actors {
		for _, m := range a.Mentions {
			got = append(got, a.ID+": "+m.Text)
		}
	}
	want := []string{"kestria: Kestria", "norvania: Norvanian", "tomas-reiter: Tomas Reiter", "tomas-reiter: the Norvanian Prime Minister"}
	if !slices.Equal(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

// TestInferredAffiliation checks that an official whose title names no country gets the
// country the document is about marked as inferred, and that a stated one is not.
func TestInferredAffiliation(t *testing.T) {
	text := "Acting Chief of Staff Gustavo Ferreyra met Norvanian Foreign Minister Ingrid Falkvik in Ostrava-sur-Mer. " +
		"Norvania and Kestria signed a deal. Norvania said the deal would hold."
	doc, err := extract.Read("a", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	r := extract.Pipeline{Knowledge: worldKnowledge(t)}.Extract(doc)
	got := map[string]string{}
	for _, a := range r.Actors {
		got[a.ID] = fmt.Sprintf("%s %v", a.Affiliation, a.AffiliationInferred)
	}
	if got["gustavo-ferreyra"] != "norvania true" || got["ingrid-falkvik"] != "norvania false" {
		t.Errorf("affiliations %v, want gustavo-ferreyra inferred to norvania and ingrid-falkvik stated", got)
	}
}
