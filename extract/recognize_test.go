package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testKnowledge is a small knowledge base of invented actors, so that these tests exercise
// the recogniser rather than the built-in data.
func testKnowledge(t testing.TB) *Knowledge {
	t.Helper()
	k, err := NewKnowledge([]Entry{
		{ID: "norland", Name: "Norland", Type: Country, Aliases: []string{"N.L."},
			Demonyms: []string{"Norlandic", "Norlanders"}, Capital: "Vessby", Metonyms: []string{"Crown House"}},
		{ID: "ostmark", Name: "Ostmark", Type: Country, Demonyms: []string{"Ostmarkian"}, Capital: "Tallow"},
		{ID: "selvia", Name: "Selvia", Type: Country, Capital: "Brenn"},
		{ID: "anna-kovac", Name: "Anna Kovac", Type: Person, Aliases: []string{"Kovac", "Ana Kovač"}, Affiliation: "norland"},
		{ID: "piet-ostrander", Name: "Piet Ostrander", Type: Person, Affiliation: "ostmark"},
		{ID: "daily-lantern", Name: "Daily Lantern", Type: Media, Aliases: []string{"The Daily Lantern"}},
		{ID: "vessby-herald", Name: "Vessby Herald", Type: Media},
		{ID: "north-pact", Name: "North Pact", Type: Organization, Aliases: []string{"NP"}},
		{ID: "lindby", Name: "Lindby", Type: Location, Affiliation: "norland"},
		{ID: "storting", Name: "Norland Storting", Type: Organization, Affiliation: "norland", References: []string{"lawmakers", "parliament"}},
		{ID: "ostmark-diet", Name: "Ostmark Diet", Type: Organization, Affiliation: "ostmark", References: []string{"lawmakers"}},
	})
	require.NoError(t, err)
	require.NoError(t, k.readTitles([]byte("title\tkind\nPresident\thead\npresident\thead\nForeign Minister\tminister\nenvoy\tdiplomat\n"+
		"adviser\taide\nchief of staff\taide\nambassador\tdiplomat\nSen.\tlegislator\nMr.\thonorific\n"), "titles.tsv"))
	readNames(k.given, []byte("Marta\nJonas\nOlga\nTeodor\n"))
	return k
}

// mentionsOf runs recognition on text and returns "actor-id:mention text" lines in
// document order.
func mentionsOf(t *testing.T, k *Knowledge, text string) []string {
	t.Helper()
	doc, err := Read("t.txt", []byte(text))
	require.NoError(t, err)
	var ms []Mention
	for _, a := range analyze(k, doc, true).actors {
		ms = append(ms, a.mentions...)
	}
	slices.SortFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	var out []string
	for _, m := range ms {
		require.Equal(t, doc.Text[m.Start:m.End], m.Text, "span and text disagree")
		out = append(out, m.Actor+":"+m.Text)
	}
	return out
}

var recognizeTests = []struct {
	name string
	text string
	want []string
}{
	{"known names, longest match", "The Daily Lantern reported that Anna Kovac met Piet Ostrander.",
		[]string{"daily-lantern:The Daily Lantern", "anna-kovac:Anna Kovac", "piet-ostrander:Piet Ostrander"}},
	{"case matters", "Prices kovac and norland are not names. Kovac is.",
		[]string{"anna-kovac:Kovac"}},
	{"demonym and abbreviation", "Norlandic officials and N.L. diplomats met.",
		[]string{"norland:Norlandic", "norland:N.L."}},
	{"possessive", "Norland’s envoy spoke of Kovac's plan.",
		[]string{"norland:Norland", "anna-kovac:Kovac"}},
	{"metonym with article", "The Crown House said nothing.",
		[]string{"norland:Crown House"}},
	{"capital used for its government", "Tallow has not confirmed the plan.",
		[]string{"ostmark:Tallow"}},
	{"capital as a mere venue", "The summit took place in Brenn.",
		[]string{"brenn:Brenn"}},
	{"capital as venue of a country named elsewhere", "Selvia hosted talks in Brenn.",
		[]string{"selvia:Selvia", "selvia:Brenn"}},
	{"capital inside a longer proper name", "Vessby Herald cited the Tallow Memorandum.",
		[]string{"vessby-herald:Vessby Herald"}},
	{"unknown person with given name", "Marta Lindqvist said Norland would wait.",
		[]string{"marta-lindqvist:Marta Lindqvist", "norland:Norland"}},
	{"unknown person after title", "Foreign Minister Edvin Hallstrom met envoy Rask.",
		[]string{"edvin-hallstrom:Edvin Hallstrom", "rask:Rask"}},
	{"surname resolves to the full name", "Olga Berezina arrived. Later, Berezina spoke.",
		[]string{"olga-berezina:Olga Berezina", "olga-berezina:Berezina"}},
	{"shared surname stays unresolved", "Jonas Brandt and Marta Brandt came. Brandt spoke.",
		[]string{"jonas-brandt:Jonas Brandt", "marta-brandt:Marta Brandt"}},
	{"appositive title", "Kovac's chief of staff, Teodor Vance-Hill, said so.",
		[]string{"anna-kovac:Kovac", "teodor-vance-hill:Teodor Vance-Hill"}},
	{"sentence-initial capital is not a name", "Speaking from Brenn, Kovac said talks went well.",
		[]string{"brenn:Brenn", "anna-kovac:Kovac"}},
	{"months and holidays are not names", "On Thanksgiving Day in November Marta said nothing.",
		[]string{}},
	{"organizations and places in no list, by their head word", "The Ostmark Defense Ministry and Jonas Street were named.",
		[]string{"ostmark:Ostmark", "ostmark-defense-ministry:Defense Ministry", "jonas-street:Jonas Street"}},
	{"an organization named after a person is not the person", "The Marta Lindqvist Foundation said the Ministry of Water Resources and Radio Brisk agreed.",
		[]string{"marta-lindqvist-foundation:Marta Lindqvist Foundation", "ministry-of-water-resources:Ministry of Water Resources", "radio-brisk:Radio Brisk"}},
	{"events and documents are no actors", "Jonas Brandt cited the Lakeside Accord at the Meridian Summit.",
		[]string{"jonas-brandt:Jonas Brandt"}},
	{"verbs of saying mark people", "Kofi Mensah-Dlamini told reporters the plan was dead, said Ruud van der Berg.",
		[]string{"kofi-mensah-dlamini:Kofi Mensah-Dlamini", "ruud-van-der-berg:Ruud van der Berg"}},
	{"headline case finds no people", "Norland Talks Collapse As Grell Walks Out Over Tariffs",
		[]string{"norland:Norland"}},
	{"name particle joined by a hyphen", "The head of the ministry, Marta al-Bursh, spoke.",
		[]string{"marta-al-bursh:Marta al-Bursh"}},
	{"a shared surname stays apart from the known person", "Marta Kovac and Anna Kovac met. Kovac spoke.",
		[]string{"marta-kovac:Marta Kovac", "anna-kovac:Anna Kovac"}},
	{"a known surname with another given name is someone else", "Jonas Kovac arrived.",
		[]string{"jonas-kovac:Jonas Kovac"}},
	{"transliteration variants are one person", "Jonas Syrskyi met Olga Iermak. Jonas Syrsky and Yermak left.",
		[]string{"jonas-syrskyi:Jonas Syrskyi", "olga-iermak:Olga Iermak", "jonas-syrskyi:Jonas Syrsky", "olga-iermak:Yermak"}},
	{"a known person under another spelling", "Ana Kovač and envoy Anna Kovač came.",
		[]string{"anna-kovac:Ana Kovač", "anna-kovac:Anna Kovač"}},
	{"the president is the last president named", "President Anna Kovac met Piet Ostrander. Later the president said no.",
		[]string{"anna-kovac:Anna Kovac", "piet-ostrander:Piet Ostrander", "anna-kovac:the president"}},
	{"a definite title with no such person stays alone", "Piet Ostrander left. The president said no.",
		[]string{"piet-ostrander:Piet Ostrander"}},
	{"a title before a name is no reference", "Ostrander met the President Anna Kovac.",
		[]string{"anna-kovac:Anna Kovac"}},
	{"she after one named person", "Marta Lind spoke. She said no.",
		[]string{"marta-lind:Marta Lind", "marta-lind:She"}},
	{"she after two named people stays alone", "Marta Lind met Anna Kovac. She said no.",
		[]string{"marta-lind:Marta Lind", "anna-kovac:Anna Kovac"}},
	{"lawmakers of the country in focus", "Ostmark protested. Lawmakers in Tallow were angry, and Kovac told lawmakers to wait.",
		[]string{"ostmark:Ostmark", "ostmark-diet:Lawmakers", "ostmark:Tallow", "anna-kovac:Kovac", "storting:lawmakers"}},
	{"lawmakers with no country in focus stay alone", "Lawmakers were angry.",
		[]string{}},
	{"the administration of the one administration named", "The Kovac administration said no. Critics say the administration erred.",
		[]string{"norland:Kovac administration", "norland:the administration"}},
	{"a capital before a weekday is still the country", "Officials meet in Tallow Sunday. Ostmark agreed.",
		[]string{"ostmark:Tallow", "ostmark:Ostmark"}},
	{"a name in Cyrillic gets a transliterated ID", "Envoy Олена Марчук met Anna Kovac.",
		[]string{"olena-marchuk:Олена Марчук", "anna-kovac:Anna Kovac"}},
	{"a name in another script gets a hashed ID", "Envoy Նիկոլ Փաշինյան met Anna Kovac.",
		[]string{"u-36b81d3d2f429b77:Նիկոլ Փաշինյան" /* textnorm.ID: FNV-64a of the folded name */, "anna-kovac:Anna Kovac"}},
	{"a place that is a person's last name is the person", "Envoy Tove Lindby spoke in Lindby. Lindby said no.",
		[]string{"tove-lindby:Tove Lindby", "lindby:Lindby", "tove-lindby:Lindby"}},
	{"leader's administration is the country", "The Kovac administration said no.",
		[]string{"norland:Kovac administration"}},
}

func TestRecognize(t *testing.T) {
	k := testKnowledge(t)
	for _, tt := range recognizeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentionsOf(t, k, tt.text)
			if got == nil {
				got = []string{}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRolesAndAffiliation(t *testing.T) {
	k := testKnowledge(t)
	text := "Norlandic President Anna Kovac met Ostmark’s ambassador to Norland, Teodor Grell, and " +
		"Kovac adviser Jonas Pell. North Pact envoy Marta Sund listened."
	doc, err := Read("t.txt", []byte(text))
	require.NoError(t, err)
	got := map[string]string{}
	for _, a := range analyze(k, doc, true).actors {
		if a.typ == Person {
			got[a.id] = fmt.Sprintf("%s|%s", a.affiliation, strings.Join(a.roles, ";"))
		}
	}
	assert.Equal(t, map[string]string{
		"anna-kovac":   "norland|President",
		"teodor-grell": "ostmark|ambassador to Norland",
		"jonas-pell":   "norland|adviser",
		"marta-sund":   "north-pact|envoy",
	}, got)

	r := Pipeline{Knowledge: k}.Extract(doc)
	relations := relationLines(r)
	for _, rel := range r.Relations {
		assert.Equal(t, doc.Sentences[rel.Sentence].Text, rel.Text, "evidence is the sentence")
	}
	// Who works for whom: a person named before the title is the employer ("Kovac adviser"),
	// else the country or organization that gives the affiliation.
	assert.Equal(t, []string{
		"anna-kovac works_for norland (President)",
		"jonas-pell works_for anna-kovac (adviser)",
		"marta-sund works_for north-pact (envoy)",
		"teodor-grell works_for ostmark (ambassador to Norland)",
	}, relations)
}

func relationLines(r *Result) []string {
	var out []string
	for _, rel := range r.Relations {
		out = append(out, fmt.Sprintf("%s %s %s (%s)", rel.Source, rel.Kind, rel.Target, rel.Role))
	}
	return out
}

func TestEmployerInTheComplement(t *testing.T) {
	k := testKnowledge(t)
	doc, err := Read("t.txt", []byte("The envoy of the North Pact, Marta Sund, and Jonas Pell, adviser to Anna Kovac, met."))
	require.NoError(t, err)
	r := Pipeline{Knowledge: k}.Extract(doc)
	// Hand-annotated: Sund works for the North Pact (appositive before her name, employer in the
	// complement); Pell for Kovac (appositive after his name, employer in the complement).
	assert.Equal(t, []string{
		"jonas-pell works_for anna-kovac (adviser to Anna Kovac)",
		"marta-sund works_for north-pact (envoy of the North Pact)",
	}, relationLines(r))
}

func TestSpells(t *testing.T) {
	for _, c := range []struct {
		acronym, name string
		want          bool
	}{
		{"KWA", "Kestrian Water Authority", true},
		{"NEPCO", "National Electric Power Company", true},        // more than an initial
		{"EC", "Electoral Commission of Ghana", true},             // the complement left out
		{"ECG", "Electoral Commission of Ghana", true},            // or not
		{"ISRO", "Indian Space Research Organisation", true},      // the demonym is a word of the name
		{"BAS", "British Antarctic Survey", true},                 //
		{"SAB", "British Antarctic Survey", false},                // out of order
		{"BS", "British Antarctic Survey", false},                 // a word of the name left out
		{"BASX", "British Antarctic Survey", false},               // a letter no word gives
		{"K", "Kestrian", false},                                  // too short
		{"ABCDEFGHI", "A B C D E F G H I", false},                 // too long to read
		{"TSJE", "Superior Tribunal of Electoral Justice", false}, // another language's order
		{"OAS", "Organization of American States", true},
		{"OS", "Organization of American States", false}, // a word of the complement left out, not all of it
	} {
		if got := spells(c.acronym, c.name); got != c.want {
			t.Errorf("spells(%q, %q) = %v, want %v", c.acronym, c.name, got, c.want)
		}
	}
}

func TestDatelines(t *testing.T) {
	k := DefaultKnowledge()
	for _, c := range []struct {
		text string
		want []string // actor ID and type of each actor, in order
	}{
		// A capital in a dateline is the city, a venue: Japan's government says nothing here.
		{"TOKYO, Jan 24 (Reuters) - The Bank of Japan raised rates.", []string{"bank-of-japan organization", "reuters media", "tokyo location"}},
		{"NEW DELHI (AP) — Rain fell.", []string{"associated-press media", "new-delhi location"}},
		// Capitals elsewhere are no dateline: a headline in capitals names nobody.
		{"TOKYO WARNS OF RATE RISE\n\nRain fell.", []string{}},
		// In a sentence, the capital stands for its government.
		{"Rain fell. Tokyo said it would respond.", []string{"japan country"}},
	} {
		doc, err := Read("d", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, a := range (Pipeline{Knowledge: k}).Extract(doc).Actors {
			got = append(got, a.ID+" "+string(a.Type))
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestRecognitionEdges checks inputs that once went wrong in the rules for datelines, peers,
// nicknames, acronyms and names the parse confirms.
func TestRecognitionEdges(t *testing.T) {
	k := DefaultKnowledge()
	for _, c := range []struct {
		text string
		want []string // each actor: ID, type, affiliation and mention count
	}{
		// A dateline already in capitals is one mention, not two.
		{"HK, Jan 5 (Reuters) - Prices rose.", []string{"hong-kong location china 1", "reuters media united-kingdom 1"}},
		// A city-state's dateline is the state.
		{"MONACO, Jan 5 (Reuters) - Monaco signed a treaty with France.", []string{"france country  1", "monaco country  2", "reuters media united-kingdom 1"}},
		// "its" on a noun that is not the verb's object refers to someone else.
		{"Wasim Akram joined the club in its centenary year.", []string{"wasim-akram person  1"}},
		// A peer's designation ends before "and".
		{"Lord Smith of Finsbury and Mirela Dragomir met on Monday.", []string{"lord-smith-of-finsbury person united-kingdom 1", "mirela-dragomir person  1"}},
		// A full name, its known nickname and its last name alone are one person.
		{"General Mohamed Hamdan Daglo Moussa “Hemedti” said the war would go on. Later, Mr. Moussa told reporters he was ready. Moussa said more.",
			[]string{"mohamed-hamdan-dagalo person rapid-support-forces 4"}},
		// An acronym is one organization, whatever stands before it.
		{"The NDC said prices rose on Monday. Ghana NDC leader Kofi Mensah agreed.", []string{"ghana country  1", "kofi-mensah person ndc 1", "ndc organization  2"}},
		// A word that opens the sentence before a name of two words is no part of it.
		{"Striker Wasim Akram took three wickets.", []string{"wasim-akram person  1"}},
	} {
		doc, err := Read("e", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		got := []string{}
		for _, a := range (Pipeline{Knowledge: k}).Extract(doc).Actors {
			names := 0
			for _, m := range a.Mentions {
				if !m.Reference {
					names++
				}
			}
			got = append(got, fmt.Sprintf("%s %s %s %d", a.ID, a.Type, a.Affiliation, names))
		}
		assert.Equal(t, c.want, got, c.text)
	}
}
