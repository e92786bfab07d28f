package extract

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// interactionTests: one sentence per construction, with invented people (given names the
// built-in lexicon knows, titles) and the invented countries of testKnowledge, and the
// interactions a careful annotator codes: "source kind target modality".
var interactionTests = []struct {
	name string
	text string
	want []string
}{
	{"active", "Envoy Marta Lindqvist met Foreign Minister Jonas Brandt on Monday.",
		[]string{"marta-lindqvist meet jonas-brandt asserted"}},
	{"active conflict", "Norland sharply criticized Ostmark over the tariffs.",
		[]string{"norland criticize ostmark asserted"}},
	{"passive", "Ostmark was criticized by Norland on Friday.",
		[]string{"norland criticize ostmark asserted"}},
	{"symmetric coordination", "Norland and Ostmark signed a trade agreement.",
		[]string{"norland sign ostmark asserted"}},
	{"nominal between", "Talks between Norland and Ostmark resumed.",
		[]string{"norland talk ostmark asserted"}},
	{"nominal with a light verb", "Anna Kovac held talks with Piet Ostrander in Brenn.",
		[]string{"anna-kovac talk piet-ostrander asserted"}},
	{"possessive event", "Anna Kovac's visit to Ostmark was postponed.",
		[]string{"anna-kovac visit ostmark asserted"}},
	{"appositive subject", "Anna Kovac, the Norlandic president, on Tuesday thanked Piet Ostrander.",
		[]string{"anna-kovac thank piet-ostrander asserted"}},
	{"relative clause", "Anna Kovac, who lambasted Ostmark last week, met Piet Ostrander.",
		[]string{"anna-kovac criticize ostmark asserted", "anna-kovac meet piet-ostrander asserted"}},
	{"dismiss as", "Anna Kovac dismissed Piet Ostrander as a propagandist.",
		[]string{"anna-kovac dismiss piet-ostrander asserted"}},
	{"pronoun subject", "Anna Kovac arrived in Tallow. She met Piet Ostrander.",
		[]string{"anna-kovac meet piet-ostrander asserted"}},
	{"negated", "Anna Kovac did not meet Piet Ostrander.",
		[]string{"anna-kovac meet piet-ostrander negated"}},
	{"negated event noun", "No talks with Ostmark are scheduled, Anna Kovac said.",
		[]string{}},
	{"possible", "Anna Kovac could meet Piet Ostrander next week.",
		[]string{"anna-kovac meet piet-ostrander possible"}},
	{"planned", "Anna Kovac is scheduled to visit Ostmark in May.",
		[]string{"anna-kovac visit ostmark planned"}},
	{"reported", "Anna Kovac reportedly met Piet Ostrander.",
		[]string{"anna-kovac meet piet-ostrander reported"}},
	{"reported speech", "Norland said that Ostmark had attacked Selvia.",
		[]string{"ostmark attack selvia reported"}},
	{"citation", "The Daily Lantern reported, citing Vessby Herald, that talks stalled.",
		[]string{"daily-lantern report vessby-herald asserted"}},
	{"co-occurrence is no interaction", "Anna Kovac and Piet Ostrander were both absent from the summit.",
		[]string{}},
	{"action on a thing is no interaction", "Anna Kovac criticized the plan.",
		[]string{}},
}

func TestInteractions(t *testing.T) {
	k := testKnowledge(t)
	require.NoError(t, k.readLexicon())
	readNames(k.given, []byte("Anna\nPiet\n"))
	for _, tt := range interactionTests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("t.txt", []byte(tt.text))
			require.NoError(t, err)
			r := Pipeline{Knowledge: k}.Extract(doc)
			got := []string{}
			for _, i := range r.Interactions {
				got = append(got, fmt.Sprintf("%s %s %s %s", i.Source, i.Kind, i.Target, i.Modality))
				assert.Equal(t, doc.Sentences[i.Sentence].Text, i.Text, "evidence is the sentence")
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestInteractionCodes(t *testing.T) {
	k := testKnowledge(t)
	require.NoError(t, k.readLexicon())
	doc, err := Read("t.txt", []byte("Norland met Ostmark. Norland will meet Selvia. Ostmark attacked Selvia."))
	require.NoError(t, err)
	r := Pipeline{Knowledge: k}.Extract(doc)
	require.Len(t, r.Interactions, 3)
	// CAMEO codebook: 040 consult; 036 express intent to meet; 190 use conventional military
	// force, Goldstein -10.
	assert.Equal(t, "040", r.Interactions[0].CAMEO)
	assert.Equal(t, "036", r.Interactions[1].CAMEO)
	assert.Equal(t, Planned, r.Interactions[1].Modality)
	assert.Equal(t, "190", r.Interactions[2].CAMEO)
	assert.Equal(t, -10.0, r.Interactions[2].Goldstein)
	assert.Equal(t, -1, r.Interactions[2].Polarity)
}
