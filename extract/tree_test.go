package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// TestTreeConstructions checks, one construction a case, the interactions read from
// dependency trees: every interaction of the sentence as "source > target kind polarity
// modality", nothing more and nothing less. The sentences are written for this test and name
// the fictional states of testdata/recognition/world.jsonl and people found by their titles.
func TestTreeConstructions(t *testing.T) {
	k := worldKnowledge(t)
	cases := []struct {
		name, text string
		want       []string
	}{
		// Arguments of a verb.
		{"active", "Norvania criticized Kestria on Monday.",
			[]string{"norvania > kestria criticize -1 asserted"}},
		{"active with titles", "Norvanian Foreign Minister Ingrid Falkvik criticized Kestrian Prime Minister Jean-Luc Moreau-Vidal on Monday.",
			[]string{"ingrid-falkvik > jean-luc-moreau-vidal criticize -1 asserted"}},
		{"passive with agent", "Kestria was criticized by Norvania on Monday.",
			[]string{"norvania > kestria criticize -1 asserted"}},
		{"passive without agent names no source", "Kestria was criticized on Monday for its budget.",
			nil},
		{"preposition", "Norvania met with Kestria in the capital on Tuesday.",
			[]string{"norvania > kestria meet 0 asserted"}},
		{"sanctions against", "Norvania imposed sanctions against Tavaria on Friday.",
			[]string{"norvania > tavaria sanction -1 asserted"}},
		{"pressure on", "Norvania increased pressure on Tavaria this week.",
			[]string{"norvania > tavaria pressure -1 asserted"}},
		{"modifier of the object", "Orlesia restored diplomatic ties with Pannoria after a decade.",
			[]string{"orlesia > pannoria other 0 asserted"}},

		// Structure that multiplies or moves arguments.
		{"conjoined subjects and object", "Norvania and Kestria criticized Tavaria on Monday.",
			[]string{"kestria > tavaria criticize -1 asserted", "norvania > tavaria criticize -1 asserted"}},
		{"conjoined objects", "Norvania criticized Kestria, Tavaria and Orlesia on Monday.",
			[]string{"norvania > kestria criticize -1 asserted", "norvania > orlesia criticize -1 asserted", "norvania > tavaria criticize -1 asserted"}},
		{"symmetric with conjoined subjects", "Norvania and Kestria met in the capital on Tuesday.",
			[]string{"norvania > kestria meet 0 asserted"}},
		{"coordinated verbs share the subject", "Norvania met Kestria and later criticized Tavaria.",
			[]string{"norvania > kestria meet 0 asserted", "norvania > tavaria criticize -1 asserted"}},
		{"object controls the complement", "Norvania urged Kestria to pressure Tavaria.",
			[]string{"kestria > tavaria pressure -1 asserted", "norvania > kestria appeal 1 asserted"}},
		{"subject controls the complement", "Norvania agreed to meet Kestria next month.",
			[]string{"norvania > kestria meet 0 planned"}},
		{"relative clause", "Norvania, which criticized Kestria last year, met Tavaria on Monday.",
			[]string{"norvania > kestria criticize -1 asserted", "norvania > tavaria meet 0 asserted"}},
		{"appositive is not the subject", "Ingrid Falkvik, Norvania's ambassador to Kestria, met Tavaria's president on Monday.",
			[]string{"ingrid-falkvik > tavaria meet 0 asserted"}},

		// Phrases that stand for an actor.
		{"demonym and stand-in", "Norvanian forces attacked Kestria overnight.",
			[]string{"norvania > kestria attack -1 asserted"}},
		{"possessor and stand-in", "Norvania's government criticized Kestria on Monday.",
			[]string{"norvania > kestria criticize -1 asserted"}},
		{"members of", "Members of the Norvanian government criticized Kestria.",
			[]string{"norvania > kestria criticize -1 asserted"}},
		{"delegation led by", "A delegation led by Norvanian Foreign Minister Ingrid Falkvik met Kestria on Monday.",
			[]string{"ingrid-falkvik > kestria meet 0 asserted"}},
		{"not a stand-in", "Norvanian children were abducted by Kestria.",
			nil},

		// Event nouns.
		{"possessor of an event noun", "Norvania's attacks on Kestria continued overnight.",
			[]string{"norvania > kestria attack -1 asserted"}},
		{"light verb", "Norvania held talks with Kestria on Monday.",
			[]string{"norvania > kestria talk 0 asserted"}},
		{"a noun's active participle", "Norvanian officials criticizing Kestria spoke to reporters.",
			[]string{"norvania > kestria criticize -1 asserted"}},
		{"talks between", "Talks between Norvania and Kestria resumed on Monday.",
			[]string{"norvania > kestria talk 0 asserted"}},
		{"verb carries an event noun", "Norvania sent humanitarian aid to Umbala on Saturday.",
			[]string{"norvania > umbala aid 1 asserted"}},
		{"qualified event noun", "Norvanian support for Umbala grew last year.",
			[]string{"norvania > umbala support 1 asserted"}},

		// Modality from the words around the verb.
		{"negated", "Norvania did not criticize Kestria.",
			[]string{"norvania > kestria criticize -1 negated"}},
		{"planned", "Norvania will meet Kestria next week.",
			[]string{"norvania > kestria meet 0 planned"}},
		{"possible", "Norvania could sanction Kestria next year.",
			[]string{"norvania > kestria sanction -1 possible"}},
		{"reported", "Officials said that Norvania had criticized Kestria.",
			[]string{"norvania > kestria criticize -1 reported"}},

		// Who speaks, and what is no argument.
		{"pronoun takes up the subject", "Norvania said it would sanction Kestria.",
			[]string{"norvania > kestria sanction -1 possible"}},
		{"quoted words are no argument", `"Norvania and Kestria have fished here for centuries," Tavarian Foreign Minister Yerlan Mukashev said.`,
			nil},
		{"according to", "According to Norvania, Kestria attacked Tavaria on Monday.",
			[]string{"kestria > tavaria attack -1 reported"}},
		{"dateline", "SARNAK, May 12 (Meridian Wire) - Norvania criticized Kestria on Monday.",
			[]string{"norvania > kestria criticize -1 asserted"}},
		{"possessive name", "Kestria's Foreign Minister Livia Sarrazin-Belotti met Norvania on Monday.",
			[]string{"livia-sarrazin-belotti > norvania meet 0 asserted"}},

		{"refused to", "Norvania refused to meet Kestria on Monday.",
			[]string{"norvania > kestria meet 0 negated"}},
		{"passive relative clause", "Kestria, which was criticized by Norvania last year, met Tavaria on Monday.",
			[]string{"kestria > tavaria meet 0 asserted", "norvania > kestria criticize -1 asserted"}},
		{"visit to", "Norvania's president paid a visit to Kestria on Monday.",
			[]string{"norvania > kestria visit 0 asserted"}},
		{"call between", "The call between Norvania and Kestria lasted an hour.",
			[]string{"norvania > kestria call 0 asserted"}},
		{"met several", "Norvania met Kestria, Tavaria and Orlesia in the capital.",
			[]string{"norvania > kestria meet 0 asserted", "norvania > orlesia meet 0 asserted", "norvania > tavaria meet 0 asserted"}},
		{"signed with", "Norvania signed a trade agreement with Kestria on Friday.",
			[]string{"norvania > kestria sign 1 asserted"}},
		{"accused of", "Norvania accused Kestria of violating the truce.",
			[]string{"norvania > kestria accuse -1 asserted"}},
		{"thanked for", "Norvania thanked Kestria for its support.",
			[]string{"norvania > kestria thank 1 asserted"}},
		{"warned", "Norvania warned Tavaria against any escalation.",
			[]string{"norvania > tavaria warn -1 asserted"}},
		{"expelled", "Norvania expelled two Kestrian diplomats on Monday.",
			[]string{"norvania > kestria expel -1 asserted"}},
		{"arrested", "Tavarian police arrested Norvanian citizens in the capital.",
			[]string{"tavaria > norvania arrest -1 asserted"}},
		{"invited", "Norvania invited Kestria to the summit.",
			[]string{"norvania > kestria invite 1 asserted"}},
		{"hosted", "Norvania hosted Kestria's prime minister on Monday.",
			[]string{"norvania > kestria host 1 asserted"}},
		{"released", "Tavaria released two Norvanian soldiers on Friday.",
			[]string{"tavaria > norvania release 1 asserted"}},
		{"conjoined passive subjects", "Norvania and Kestria were criticized by Tavaria.",
			[]string{"tavaria > kestria criticize -1 asserted", "tavaria > norvania criticize -1 asserted"}},

		{"told an outlet", "Norvanian Foreign Minister Ingrid Falkvik told Meridian Wire that the border would stay open.",
			[]string{"ingrid-falkvik > meridian-wire report 0 asserted"}},
		{"a form of two words", "Peace talks between Norvania and Kestria resumed on Monday.",
			[]string{"norvania > kestria negotiate 0 asserted"}},

		{"comment on an actor", "Norvanian Foreign Minister Ingrid Falkvik said Kestria was ready for a ceasefire.",
			[]string{"ingrid-falkvik > kestria statement 0 asserted"}},
		{"comment that accuses", "Norvanian Foreign Minister Ingrid Falkvik said Kestria was blocking aid deliveries.",
			[]string{"ingrid-falkvik > kestria accuse -1 asserted"}},
		{"she is the one person before", "Norvanian Foreign Minister Ingrid Falkvik arrived in the capital, where she criticized Kestria.",
			[]string{"ingrid-falkvik > kestria criticize -1 asserted"}},
		{"comment on one's own country", "Norvanian Foreign Minister Ingrid Falkvik said Norvania was ready for talks.",
			nil},
		{"a reported act is not a comment", "Norvanian Foreign Minister Ingrid Falkvik said Kestria had attacked Tavaria.",
			[]string{"kestria > tavaria attack -1 reported"}},

		{"marked as good", "Norvania held productive talks with Kestria on Monday.",
			[]string{"norvania > kestria talk 1 asserted"}},
		{"marked as bad", "Norvania held tense talks with Kestria on Monday.",
			[]string{"norvania > kestria talk -1 asserted"}},
		{"marked by its predicate", "The talks between Norvania and Kestria were constructive.",
			[]string{"norvania > kestria talk 1 asserted"}},

		// "I" and "we" in a quotation.
		{"speaker after the quotation", "\u201cWe will sanction Kestria,\u201d Norvanian Foreign Minister Ingrid Falkvik said.",
			[]string{"ingrid-falkvik > kestria sanction -1 planned"}},
		{"speaker before the quotation", "Norvanian Foreign Minister Ingrid Falkvik said: \u201cWe will sanction Kestria.\u201d",
			[]string{"ingrid-falkvik > kestria sanction -1 planned"}},
		{"speaker in the paragraph before", "Norvanian Foreign Minister Ingrid Falkvik said the border would stay closed.\n\n\u201cWe will sanction Kestria next month.\u201d",
			[]string{"ingrid-falkvik > kestria sanction -1 planned"}},
		{"us in a quotation", "\u201cKestria has threatened us,\u201d Norvanian Foreign Minister Ingrid Falkvik said.",
			[]string{"kestria > ingrid-falkvik threaten -1 reported"}},
		{"no speaker", "\u201cWe will sanction Kestria,\u201d the statement read.",
			nil},

		// Predicate adjectives, opinions, purposes and arrivals.
		{"predicate adjective with to", "Norvania is grateful to Kestria for its help.",
			[]string{"norvania > kestria thank 1 asserted"}},
		{"predicate adjective with of", "Norvania was sharply critical of Kestria on Monday.",
			[]string{"norvania > kestria criticize -1 asserted"}},
		{"negated predicate adjective", "Norvania is not critical of Kestria.",
			[]string{"norvania > kestria criticize -1 negated"}},
		{"an adjective outside a predicate", "Norvania said it is critical that Kestria pays.",
			nil},
		{"an opinion on an actor", "Norvania believes Kestria can cope with the drought.",
			[]string{"norvania > kestria statement 0 asserted"}},
		{"a concession on an actor", "Norvania allowed that Kestria is not an easy neighbour.",
			[]string{"norvania > kestria statement 0 asserted"}},
		{"an infinitive of purpose", "Norvania vowed on Thursday to wage war on Kestria.",
			[]string{"norvania > kestria fight -1 planned"}},
		{"an event noun's planning governor", "Norvania intends to hold talks with Kestria.",
			[]string{"norvania > kestria talk 0 planned"}},
		{"a postponed meeting did not take place", "Norvania and Kestria postponed their meeting.",
			[]string{"norvania > kestria meet 0 negated"}},
		{"a cancelled visit did not take place", "Norvania cancelled its visit to Kestria.",
			[]string{"norvania > kestria visit 0 negated"}},
		{"leaving for a place", "Norvanian Foreign Minister Ingrid Falkvik left for Kestria on Monday.",
			[]string{"ingrid-falkvik > kestria visit 0 asserted"}},
		{"a preposition apart from its verb", "Norvanian Foreign Minister Ingrid Falkvik left yesterday for Kestria.",
			[]string{"ingrid-falkvik > kestria visit 0 asserted"}},
		{"the present of a time to come", "Norvanian Foreign Minister Ingrid Falkvik leaves for Kestria on Thursday.",
			[]string{"ingrid-falkvik > kestria visit 0 planned"}},
		{"the present with next", "Norvania meets Kestria next week.",
			[]string{"norvania > kestria meet 0 planned"}},
		{"talking of an actor is no talk with it", "Norvania and Kestria discussed Orlesia's attacks on civilians.",
			[]string{"norvania > kestria talk 0 asserted"}},
		{"an expressed hope on an actor", "Norvania expressed hopes on Thursday that Kestria could join the talks.",
			[]string{"norvania > kestria statement 0 asserted"}},
		{"an appeal for peace in a country", "Norvania appealed for peace in Kestria.",
			[]string{"norvania > kestria appeal 1 asserted"}},
		{"the envoys of several", "The ambassadors of Norvania and Orlesia presented their credentials to the president of Kestria.",
			[]string{"norvania > kestria meet 0 asserted", "orlesia > kestria meet 0 asserted"}},
		{"a call received", "Norvania received a call from Kestria on Monday.",
			[]string{"kestria > norvania call 0 asserted"}},
		{"a delegation received is hosted", "Norvania received a delegation from Kestria on Monday.",
			[]string{"norvania > kestria host 1 asserted"}},
		{"asylum sought in a country", "Norvanian Foreign Minister Ingrid Falkvik sought asylum in Kestria.",
			[]string{"ingrid-falkvik > kestria ask 1 asserted"}},
		{"talks said to be good", "Norvanian Foreign Minister Ingrid Falkvik said talks with Kestria had been productive.",
			[]string{"ingrid-falkvik > kestria talk 1 asserted"}},
		{"talks described as good", "Norvania described its consultations with Kestria as productive.",
			[]string{"norvania > kestria consult 1 asserted"}},
		{"a dismissal", "Norvania said a return to Kestria's old borders is unrealistic.",
			[]string{"norvania > kestria dismiss -1 asserted"}},
		{"the aim of a noun is not done", "The proposal to hold talks between Norvania and Kestria was welcomed on Monday.",
			[]string{"norvania > kestria talk 0 planned"}},
		{"an agreement sought is not given", "The trip will focus on the push to get Kestria's agreement on Orlesia's proposal.",
			[]string{"kestria > orlesia agree 1 planned"}},
		{"a refusal to say is no comment", "Norvania declined to say whether it believes Kestria is losing the war.",
			nil},
		{"a way that leads to an actor", "Soldiers from Norvania blocked the roads leading into Kestria on Monday.",
			[]string{"norvania > kestria coerce -1 asserted"}},
		{"a way that leads nowhere named", "Soldiers from Norvania blocked the roads leading into the hills.",
			nil},
		{"a with hung on a place", "Norvania celebrated the holiday at Valmora with Orlesia.",
			[]string{"norvania > orlesia other 0 asserted"}},
		{"freed from whoever held them", "Norvanian diplomats were freed from Kestria on Monday.",
			[]string{"kestria > norvania release 1 asserted"}},
		{"freed from a place by an agent", "Norvanian diplomats were freed from Kestria by Orlesia.",
			[]string{"orlesia > norvania release 1 asserted"}},
		{"a preposition of several words", "Norvania acted oddly with respect to Kestria.",
			[]string{"norvania > kestria other 0 asserted"}},
		{"about to", "Norvania is about to restore full diplomatic ties with Kestria.",
			[]string{"norvania > kestria other 0 planned"}},
		{"progress in talks", "Norvania and Kestria made progress in talks on Monday.",
			[]string{"norvania > kestria talk 1 asserted"}},
		{"stalled talks", "Peace talks between Norvania and Kestria stalled on Monday.",
			[]string{"norvania > kestria negotiate -1 asserted"}},
		{"the two leaders", "Norvanian Foreign Minister Ingrid Falkvik called Kestrian Prime Minister Jean-Luc Moreau-Vidal on Monday. The two leaders discussed trade.",
			[]string{"ingrid-falkvik > jean-luc-moreau-vidal call 0 asserted", "ingrid-falkvik > jean-luc-moreau-vidal talk 0 asserted"}},
		{"both sides of no one pair", "Norvanian Foreign Minister Ingrid Falkvik met NATO officials in Kestria. Both sides discussed trade.",
			[]string{"ingrid-falkvik > nato meet 0 asserted"}},
		{"the two sides in the next paragraph", "The Norvanian and Kestrian delegations met in Valmora on Monday.\n\nThe two sides hailed the consultations as productive.",
			[]string{"norvania > kestria consult 1 asserted", "norvania > kestria meet 0 asserted"}},
		{"a contracted negation", "Norvania hasn't attacked Kestria.",
			[]string{"norvania > kestria attack -1 negated"}},
		{"a double negative", "Not a day has passed where Norvania hasn't attacked Kestria.",
			[]string{"norvania > kestria attack -1 asserted"}},
		{"what is called for is not done", "Norvania called for sanctions against Kestria.",
			[]string{"norvania > kestria sanction -1 possible"}},
		{"a double negative of what is called for", "Not a day has passed where Norvania hasn't called for sanctions against Kestria.",
			[]string{"norvania > kestria sanction -1 possible"}},
		{"the appositive's organization is no speaker", "Helena Ostrova, Czech ambassador to NATO, told Der Spiegel that talks would resume.",
			[]string{"helena-ostrova > der-spiegel report 0 asserted"}}, // she speaks, not NATO
		{"arrival", "Norvanian Foreign Minister Ingrid Falkvik arrived in Kestria on Monday.",
			[]string{"ingrid-falkvik > kestria visit 0 asserted"}},

		// Verbs outside the lexicon.
		{"verb outside the lexicon", "Norvania departed from Kestria after the summit.",
			[]string{"norvania > kestria other 0 asserted"}},
		{"each other", "Norvania and Kestria accused each other of violating the truce.",
			[]string{"kestria > norvania accuse -1 asserted", "norvania > kestria accuse -1 asserted"}},
		{"one of a thing is not one another", "Norvania and Kestria bought one tank each.",
			nil},
		{"a direction is no target", "Norvania turned its boats toward Kestria.",
			nil},
		{"membership is no interaction", "The alliance includes Norvania and Kestria.",
			nil},
		{"one actor", "Norvania criticized the budget on Monday.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkInteractions(t, k, c.name, c.text, c.want) })
	}
}

// checkInteractions extracts text with k and checks that its interactions, as "source >
// target kind polarity modality" lines, sorted and without repeats, are want.
func checkInteractions(t *testing.T, k *extract.Knowledge, name, text string, want []string) {
	t.Helper()
	doc, err := extract.Read(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	r := extract.Pipeline{Knowledge: k}.Extract(doc)
	var got []string
	for _, it := range r.Interactions {
		got = append(got, fmt.Sprintf("%s > %s %s %d %s", it.Source, it.Target, it.Kind, it.Polarity, it.Modality))
	}
	slices.Sort(got)
	got = slices.Compact(got)
	if !slices.Equal(got, want) {
		t.Errorf("%s\n got %s\nwant %s", text, strings.Join(got, "; "), strings.Join(want, "; "))
	}
}

// TestTokenRules checks that Pipeline.TokenRules changes interactions and the people only
// the parse finds, nothing else: the same other actors and co-mentions, and no interaction
// that only a tree finds.
func TestTokenRules(t *testing.T) {
	k := worldKnowledge(t)
	text := "Norvania departed from Kestria after the summit. Tavaria was criticized by Orlesia.\n\nOkonkwo Eze scored twice."
	doc, err := extract.Read("a", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	parsed := extract.Pipeline{Knowledge: k}.Extract(doc)
	rules := extract.Pipeline{Knowledge: k, TokenRules: true}.Extract(doc)
	const parseOnly = "okonkwo-eze"
	var actors []extract.Actor
	for _, a := range parsed.Actors {
		if a.ID != parseOnly {
			actors = append(actors, a)
		}
	}
	var ties []extract.CoMention
	for _, c := range parsed.CoMentions {
		if c.Source != parseOnly && c.Target != parseOnly {
			ties = append(ties, c)
		}
	}
	if len(actors) != len(parsed.Actors)-1 {
		t.Errorf("parsed actors %v, want %s among them", parsed.Actors, parseOnly)
	}
	if fmt.Sprint(actors) != fmt.Sprint(rules.Actors) || fmt.Sprint(ties) != fmt.Sprint(rules.CoMentions) {
		t.Errorf("actors or co-mentions other than %s differ with TokenRules", parseOnly)
	}
	kinds := func(r *extract.Result) (out []string) {
		for _, it := range r.Interactions {
			out = append(out, it.Source+">"+it.Target+" "+it.Kind)
		}
		return out
	}
	if got, want := kinds(parsed), []string{"norvania>kestria other", "orlesia>tavaria criticize"}; !slices.Equal(got, want) {
		t.Errorf("parsed: %v, want %v", got, want)
	}
	if got, want := kinds(rules), []string{"orlesia>tavaria criticize"}; !slices.Equal(got, want) {
		t.Errorf("token rules: %v, want %v", got, want)
	}
}
