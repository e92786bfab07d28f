package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// adversarialShapes make one document of about n bytes each, in the shapes that made
// extraction super-linear before its look-backs and look-aheads were bounded: a scraped
// navigation menu (one run of capitalised words, no sentence end), the same word over and
// over, news in capitals, one huge token, runs of quotes and closing marks, "respectively"
// in every sentence, one endless sentence of names and verbs, a list of names, definite
// titles, name particles ("van") without end, definite titles and pronouns that refer
// back to many people, "we" and an office in a statement in every sentence, and pair
// references ("both leaders") over and over, and people in no list with no title, whom the
// parse confirms, and long names before an acronym that nearly spells them.
var adversarialShapes = []struct {
	name string
	make func(n int) string
}{
	{"news", func(n int) string { return repeatTo(n, strings.Join(benchSentences, " ")+"\n\n") }},
	{"menu", func(n int) string {
		return repeatTo(n, "Home World Politics Business Tech Science Health Sports Opinion Video Europe Ukraine Russia Live Markets Climate Anna Maria Donald Trump Vladimir Putin ")
	}},
	{"aaaa", func(n int) string { return repeatTo(n, "Aaaa ") }},
	{"allcaps", func(n int) string {
		return repeatTo(n, strings.ToUpper(strings.Join(benchSentences, " "))+" ")
	}},
	{"hugetoken", func(n int) string { return "A" + strings.Repeat("a", n-1) }},
	{"dottedtoken", func(n int) string { return repeatTo(n, "A.") }},
	{"quotes", func(n int) string {
		return repeatTo(n, `"“”'‘’«»"" said. “Yes.” ‘No.’ (“Maybe.”) `)
	}},
	{"respectively", func(n int) string {
		return repeatTo(n, "The Orlesian and Kestrian delegations, led by Anna Kovac and Marta Lind, respectively, met in Geneva. ")
	}},
	{"endless", func(n int) string {
		return repeatTo(n, "Putin met Trump and Anna Kovac criticized Marta Lind and Zelensky, who lambasted Macron, told reporters that Rubio had talks with Witkoff, ")
	}},
	{"names", func(n int) string {
		return repeatTo(n, "Anna Kovac, the mayor, met Sen. Marta Lind and President Jonas Pell; Gen. Olga Stefanishyna said ")
	}},
	{"titles", func(n int) string { return repeatTo(n, "the president said the minister told the secretary ") }},
	{"particles", func(n int) string { return "Berg " + repeatTo(n-len("Berg said."), "van ") + "Berg said." }},
	{"statement", func(n int) string {
		header := "source: Ministry of Foreign Affairs of Ukraine\ndate: 2025-06-02\n\n"
		return header + repeatTo(n, "We met Russia and our partners. The Prime Minister said we would talk to them. ")
	}},
	{"pairs", func(n int) string {
		return repeatTo(n, "Anna Kovac met Marta Lind. Both leaders, both sides and the two leaders talked with the two men and both leaders. ")
	}},
	{"unknown", func(n int) string {
		return repeatTo(n, "Okonkwo Eze met Brandt Oyelaran and Mirela Dragomir. Wasim Akram took three wickets. ")
	}},
	{"acronyms", func(n int) string {
		return repeatTo(n, "The Ministry of "+strings.Repeat("Aaaa ", 21)+"(MAAAAAAB) met today. ")
	}},
	{"references", func(n int) string {
		return repeatTo(n, "President Anna Kovac, Gen. Marta Lind, Sen. Jonas Pell and Minister Olga Stefanishyna met. "+
			"The president said the general told the senator and the minister that the president and the general agreed. She left. ")
	}},
}

// repeatTo repeats unit to about n bytes.
func repeatTo(n int, unit string) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// BenchmarkAdversarial reads and extracts one document of each adversarial shape at 1 MB and
// 4 MB: linear extraction takes about 4 times as long for the larger one. MB/s is what it
// reports.
func BenchmarkAdversarial(b *testing.B) {
	k := DefaultKnowledge()
	for _, shape := range adversarialShapes {
		for _, size := range []int{1 << 20, 4 << 20} {
			text := []byte(shape.make(size))
			b.Run(fmt.Sprintf("%s/%dMB", shape.name, size>>20), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					doc, err := Read(shape.name, text)
					if err != nil {
						b.Fatal(err)
					}
					Pipeline{Knowledge: k}.Extract(doc)
				}
			})
		}
	}
}

// adversarialWant is what each shape must give, beyond the invariants checkResult checks:
// the actors (nil: any), and whether every sentence yields one interaction.
var adversarialWant = map[string]struct {
	actors      []string
	perSentence bool
}{
	"menu":         {actors: []string{"donald-trump", "europe", "russia", "ukraine", "vladimir-putin"}}, // known names only: the run is no name
	"aaaa":         {actors: []string{}},
	"hugetoken":    {actors: []string{}},
	"dottedtoken":  {actors: []string{}},
	"quotes":       {actors: []string{}},
	"titles":       {actors: []string{}},
	"particles":    {actors: []string{}},
	"unknown":      {actors: []string{"brandt-oyelaran", "mirela-dragomir", "okonkwo-eze", "wasim-akram"}, perSentence: false},
	"respectively": {actors: []string{"anna-kovac", "geneva", "marta-lind"}, perSentence: true},
}

// TestAdversarialShapes extracts a megabyte of each adversarial shape (256 KB with -short).
// Before look-backs were bounded, "aaaa" and "menu" did not finish in minutes and
// "respectively" grew with the square of the document; the benchmark measures the speed,
// this test what comes out.
func TestAdversarialShapes(t *testing.T) {
	size := 1 << 20
	if testing.Short() {
		size = 256 << 10
	}
	k := DefaultKnowledge()
	for _, shape := range adversarialShapes {
		t.Run(shape.name, func(t *testing.T) {
			doc, err := Read(shape.name, []byte(shape.make(size)))
			if err != nil {
				t.Fatal(err)
			}
			r := Pipeline{Knowledge: k}.Extract(doc)
			checkResult(t, doc, r)
			want, ok := adversarialWant[shape.name]
			if !ok {
				return
			}
			if got := actorIDs(r); want.actors != nil && !slices.Equal(got, want.actors) {
				t.Errorf("actors %q, want %q", got, want.actors)
			}
			if want.perSentence && len(r.Interactions) != len(doc.Sentences) {
				t.Errorf("%d interactions in %d sentences, want one a sentence", len(r.Interactions), len(doc.Sentences))
			}
		})
	}
}
