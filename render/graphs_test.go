package render_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/randgraph"
)

// tie is one co-mention for the test graphs.
type tie struct {
	a, b     string
	weight   float64
	sentence string
}

// build returns the graph of actors (ID, name, type, affiliation) and ties.
func build(actors [][4]string, ties []tie) *graph.Graph {
	g := graph.New()
	for _, a := range actors {
		g.AddActor(graph.Actor{ID: a[0], Name: a[1], Type: a[2], Affiliation: a[3]})
	}
	for i, t := range ties {
		g.AddTie(t.a, t.b, t.weight, extract.Evidence{
			Doc:      "doc",
			Sentence: i,
			Span:     extract.Span{Start: 100 * i, End: 100*i + len(t.sentence)},
			Text:     t.sentence,
		})
	}
	return g
}

// newsGraph is a 15-actor graph shaped like one extracted from a week of news about
// peace talks: every type, one dominant actor, a few hubs and a tail of single ties.
func newsGraph() *graph.Graph {
	return build([][4]string{
		{"volodymyr-zelensky", "Volodymyr Zelensky", "person", "ukraine"},
		{"vladimir-putin", "Vladimir Putin", "person", "russia"},
		{"donald-trump", "Donald Trump", "person", "united-states"},
		{"marco-rubio", "Marco Rubio", "person", "united-states"},
		{"andriy-yermak", "Andriy Yermak", "person", "ukraine"},
		{"kirill-dmitriev", "Kirill Dmitriev", "person", "russia"},
		{"steve-witkoff", "Steve Witkoff", "person", "united-states"},
		{"ukraine", "Ukraine", "country", ""},
		{"russia", "Russia", "country", ""},
		{"united-states", "United States", "country", ""},
		{"european-union", "European Union", "organization", ""},
		{"nato", "NATO", "organization", ""},
		{"reuters", "Reuters", "media", ""},
		{"coalition-of-the-willing", "Coalition of the Willing", "group", ""},
		{"geneva", "Geneva", "location", ""},
	}, []tie{
		{"volodymyr-zelensky", "donald-trump", 6, "Zelensky said he was ready to work with Trump on the plan."},
		{"volodymyr-zelensky", "vladimir-putin", 4, "Zelensky said Putin was not interested in peace."},
		{"volodymyr-zelensky", "ukraine", 5, "Zelensky addressed Ukraine in a late-night video."},
		{"volodymyr-zelensky", "european-union", 2, "Zelensky thanked the European Union for its support."},
		{"volodymyr-zelensky", "andriy-yermak", 3, "Zelensky sent Yermak to lead the delegation."},
		{"donald-trump", "vladimir-putin", 5, "Trump said he would speak with Putin this week."},
		{"donald-trump", "steve-witkoff", 2, "Trump sent Witkoff to Moscow."},
		{"donald-trump", "united-states", 3, "Trump said the United States wants a deal by Thursday."},
		{"marco-rubio", "andriy-yermak", 4, "Rubio and Yermak met in Geneva on Sunday."},
		{"marco-rubio", "geneva", 2, "Rubio arrived in Geneva for the talks."},
		{"andriy-yermak", "geneva", 2, "Yermak led the Ukrainian delegation in Geneva."},
		{"marco-rubio", "donald-trump", 2, "Rubio briefed Trump after the meeting."},
		{"steve-witkoff", "kirill-dmitriev", 3, "Witkoff met Dmitriev in Miami in October."},
		{"kirill-dmitriev", "vladimir-putin", 2, "Putin adviser Kirill Dmitriev welcomed the plan."},
		{"vladimir-putin", "russia", 3, "Putin said Russia would consider the proposal."},
		{"russia", "ukraine", 4, "Russia launched drones at Ukraine overnight."},
		{"nato", "russia", 1, "NATO warned Russia against further escalation."},
		{"nato", "european-union", 1, "NATO and the European Union held a joint meeting."},
		{"reuters", "kirill-dmitriev", 1, "Dmitriev told Reuters the talks were constructive."},
		{"coalition-of-the-willing", "ukraine", 1, "The Coalition of the Willing pledged more aid to Ukraine."},
		{"coalition-of-the-willing", "european-union", 1, "The coalition met in Brussels with EU leaders."},
	})
}

// mixedGraph is a small graph with one actor of each type and one of an unknown type.
func mixedGraph() *graph.Graph {
	return build([][4]string{
		{"alice", "Alice Adams", "person", "freedonia"},
		{"freedonia", "Freedonia", "country", ""},
		{"un", "United Nations", "organization", ""},
		{"gazette", "The Gazette", "media", ""},
		{"rebels", "Rebels", "group", "freedonia"},
		{"capital", "Capital City", "location", ""},
		{"x", "Mystery", "", ""},
	}, []tie{
		{"alice", "freedonia", 3, "Alice Adams returned to Freedonia."},
		{"alice", "un", 1.5, "Adams spoke at the United Nations."},
		{"gazette", "alice", 1, "The Gazette interviewed Adams."},
		{"rebels", "freedonia", 2.25, "Rebels attacked a Freedonia border post."},
		{"rebels", "capital", 0.5, "Rebels were seen near Capital City."},
		{"un", "freedonia", 1, "The United Nations sent observers to Freedonia."},
		{"x", "capital", 0.25, "Someone was seen in Capital City."},
	})
}

// hostileNames are actor names that are syntax in DOT, Graphviz labels, HTML or SVG, or that
// are in scripts other than Latin.
var hostileNames = []string{
	`<script>alert(1)</script>`,
	`a"b\c`,
	`{}[];`,
	"line one\nline two",
	`\N`,
	`\G \E \T \H \L \l \r \n`,
	`end\`,
	`"]; n0 -- n1 [label="pwned`,
	`AT&T &amp; &lt;b&gt; &#60;`,
	`]]><![CDATA[`,
	"Володимир Зеленський",
	"محمد بن سلمان",
	"习近平",
}

// hostileGraph has one actor per hostile name, all tied to a hub, with hostile IDs, types,
// aliases and evidence too.
func hostileGraph() *graph.Graph {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "hub", Name: "Hub", Type: "organization"})
	for i, name := range hostileNames {
		id := fmt.Sprintf("%02d-%s", i, name)
		g.AddActor(graph.Actor{
			ID:          id,
			Name:        name,
			Type:        []string{"person", "country", `<b>"type"</b>`}[i%3],
			Affiliation: "hub",
			Aliases:     []string{name + " alias", `\N`},
		})
		g.AddTie("hub", id, float64(i+1), extract.Evidence{Doc: "doc", Sentence: i, Text: "Hub met " + name + "."})
	}
	return g
}

// randomGraph returns a graph of n actors with about 2n ties, seeded for repeatability.
func randomGraph(n int, seed uint64) *graph.Graph { return randgraph.New(n, seed) }
