package render_test

import (
	"bytes"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkGolden compares got with testdata/name.golden. With -update it rewrites the golden
// file; on a mismatch it writes got beside it as testdata/name.got, for diff.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	gotPath := filepath.Join("testdata", name+".got")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		os.Remove(gotPath)
		return
	}
	if err := os.WriteFile(gotPath, got, 0o644); err != nil {
		t.Fatal(err)
	}
	gotLines, wantLines := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(gotLines), len(wantLines)) {
		if gotLines[i] != wantLines[i] {
			t.Fatalf("%s differs from %s at line %d:\ngot:  %s\nwant: %s",
				gotPath, path, i+1, gotLines[i], wantLines[i])
		}
	}
	t.Fatalf("%s differs from %s in length: got %d lines, want %d", gotPath, path, len(gotLines), len(wantLines))
}

var dotGoldens = []struct {
	name   string
	config render.Config
	graph  func() *graph.Graph
}{
	{"mixed.dot", render.Config{}, mixedGraph},
	{"mixed-degree-circo.dot", render.Config{Layout: render.Circo, Size: graph.Degree, Title: "Freedonia"}, mixedGraph},
	{"hostile.dot", render.Config{Title: `<b>"Week" & \N</b>` + "\n<script>alert(1)</script>"}, hostileGraph},
	{"empty.dot", render.Config{}, graph.New},
	{"empty-title.dot", render.Config{Title: "Nothing yet"}, graph.New},
	{"news-top-minweight.dot", render.Config{Top: 6, MinWeight: 3, Title: "Top 6, ties of weight 3 or more"}, newsGraph},
	{"news-interactions-roles.dot", render.Config{Interactions: true, Roles: true, Title: "Interactions"}, interactionGraph},
	{"news-affiliation-clusters.dot", render.Config{Layout: render.FDP, Groups: render.AffiliationGroups(newsGraph()), Clusters: true}, newsGraph},
	{"hostile-groups.dot", render.Config{Groups: nameGroups(hostileGraph()), Clusters: true}, hostileGraph},
}

func TestDOTGolden(t *testing.T) {
	for _, tt := range dotGoldens {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.config.DOT(&b, tt.graph()); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.name, b.Bytes())
		})
	}
}

// TestDOTOrder builds the same graph in two orders and expects the same bytes.
func TestDOTOrder(t *testing.T) {
	forward, backward := graph.New(), graph.New()
	g := newsGraph()
	actors, ties := g.Actors(), g.Ties()
	for _, a := range actors {
		forward.AddActor(a)
	}
	for _, tie := range ties {
		forward.AddTie(tie.A, tie.B, tie.Weight, tie.Evidence...)
	}
	for _, a := range slices.Backward(actors) {
		backward.AddActor(a)
	}
	for _, tie := range slices.Backward(ties) {
		backward.AddTie(tie.B, tie.A, tie.Weight, tie.Evidence...)
	}
	var f, b bytes.Buffer
	if err := (render.Config{}).DOT(&f, forward); err != nil {
		t.Fatal(err)
	}
	if err := (render.Config{}).DOT(&b, backward); err != nil {
		t.Fatal(err)
	}
	if f.String() != b.String() {
		t.Errorf("DOT depends on insertion order:\n%s\n---\n%s", f.String(), b.String())
	}
}

// TestDOTTopMinWeight checks which actors and ties Top and MinWeight keep in newsGraph. Its
// strengths, by hand: Zelensky 20, Trump 18, Putin 14, Ukraine 10, Yermak 9, then Rubio and
// Russia 8, a tie that Rubio wins by name.
func TestDOTTopMinWeight(t *testing.T) {
	var b bytes.Buffer
	if err := (render.Config{Top: 6, MinWeight: 3}).DOT(&b, newsGraph()); err != nil {
		t.Fatal(err)
	}
	dot := b.String()
	for _, name := range []string{"Volodymyr Zelensky", "Donald Trump", "Vladimir Putin", "Ukraine", "Andriy Yermak", "Marco Rubio"} {
		if !strings.Contains(dot, `label="`+name+`"`) {
			t.Errorf("DOT lacks top actor %q", name)
		}
	}
	if strings.Contains(dot, `label="Russia"`) {
		t.Errorf("DOT has Russia, which ties Marco Rubio for sixth and comes after it by name")
	}
	// Ties among the six of weight >= 3, by hand: Zelensky–Trump 6, Zelensky–Ukraine 5,
	// Trump–Putin 5, Zelensky–Putin 4, Rubio–Yermak 4, Zelensky–Yermak 3.
	if got, want := strings.Count(dot, " -- "), 6; got != want {
		t.Errorf("got %d ties, want %d", got, want)
	}
}

// TestDOTCut checks that names are cut to 60 runes and evidence to 200, that sentences with
// no text are skipped, and that a tooltip quotes at most three sentences.
func TestDOTCut(t *testing.T) {
	long := strings.Repeat("word ", 100) // 500 runes
	g := graph.New()
	g.AddActor(graph.Actor{ID: "a", Name: strings.Repeat("é", 100)})
	g.AddActor(graph.Actor{ID: "b", Name: "B"})
	g.AddTie("a", "b", 1.5, extract.Evidence{Text: "  \n "}, extract.Evidence{Text: long}, extract.Evidence{Text: "later"},
		extract.Evidence{Text: "fourth"}, extract.Evidence{Text: "fifth"})
	var b bytes.Buffer
	if err := (render.Config{}).DOT(&b, g); err != nil {
		t.Fatal(err)
	}
	name := strings.Repeat("é", 59) + "…"
	for _, want := range []string{
		`n0 [label="` + name + `"`,
		`tooltip="` + name + ` – B\nweight: 1.5, count: 1\n“` + strings.Repeat("word ", 39) + `word…”\n“later”\n… and 2 more"`,
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("DOT lacks %s:\n%s", want, b.String())
		}
	}
}

func TestDOTNegativeTopPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Config{Top: -1}.DOT did not panic")
		}
	}()
	(render.Config{Top: -1}).DOT(new(bytes.Buffer), newsGraph())
}

func TestDOTUnknownLayout(t *testing.T) {
	err := (render.Config{Layout: "spring"}).DOT(new(bytes.Buffer), newsGraph())
	if err == nil || !strings.HasPrefix(err.Error(), "render: ") {
		t.Errorf("got error %v, want a render: error for an unknown layout", err)
	}
}

var parseLayoutTests = []struct {
	in      string
	want    render.Layout
	wantErr bool
}{
	{"", render.Neato, false},
	{"dot", render.Dot, false},
	{"NEATO", render.Neato, false},
	{"fdp", render.FDP, false},
	{"sfdp", render.SFDP, false},
	{"circo", render.Circo, false},
	{"twopi", render.Twopi, false},
	{"osage", "", true},
	{"neato ", "", true},
}

func TestParseLayout(t *testing.T) {
	for _, tt := range parseLayoutTests {
		got, err := render.ParseLayout(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseLayout(%q) = %q, %v; want %q, error %t", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// interactionGraph is newsGraph with roles and an interaction layer: cooperation, conflict,
// planned and negated interactions, and one between actors with no co-mention tie.
func interactionGraph() *graph.Graph {
	g := graph.New()
	base := newsGraph()
	for _, a := range base.Actors() {
		switch a.ID {
		case "marco-rubio":
			a.Roles = []string{"Secretary of State", "National Security Adviser (acting)"}
		case "kirill-dmitriev":
			a.Roles = []string{"adviser", "Chief Executive of the Russian Direct Investment Fund and special envoy"}
		}
		g.AddActor(a)
	}
	for _, t := range base.Ties() {
		g.AddTie(t.A, t.B, t.Weight, t.Evidence...)
	}
	ev := func(s string) extract.Evidence { return extract.Evidence{Doc: "d", Text: s} }
	for _, i := range []extract.Interaction{
		{Source: "marco-rubio", Target: "andriy-yermak", Kind: "meet", Goldstein: 1, Polarity: 1, Modality: extract.Asserted, Evidence: ev("Rubio and Yermak met in Geneva on Sunday.")},
		{Source: "marco-rubio", Target: "andriy-yermak", Kind: "meet", Goldstein: 1, Polarity: 1, Modality: extract.Asserted, Evidence: ev("Rubio met Yermak again on Monday.")},
		{Source: "russia", Target: "ukraine", Kind: "attack", Goldstein: -10, Polarity: -1, Modality: extract.Asserted, Evidence: ev("Russia launched drones at Ukraine overnight.")},
		{Source: "volodymyr-zelensky", Target: "donald-trump", Kind: "meet", Goldstein: 4, Polarity: 1, Modality: extract.Planned, Evidence: ev("Zelensky will meet Trump next week.")},
		{Source: "donald-trump", Target: "vladimir-putin", Kind: "meet", Goldstein: 1, Polarity: 1, Modality: extract.Negated, Evidence: ev("Trump did not meet Putin.")},
		{Source: "reuters", Target: "nato", Kind: "report", Goldstein: 0, Polarity: 0, Modality: extract.Asserted, Evidence: ev("Reuters reported, citing NATO.")},
	} {
		g.AddInteraction(i)
	}
	return g
}

// TestPruneNote checks that the legend says what Top and MinWeight left out, and nothing when
// every actor and tie is drawn.
func TestPruneNote(t *testing.T) {
	g := randomGraph(1200, 2)
	for _, tc := range []struct {
		c    render.Config
		want string
	}{
		{render.Config{}, ""},
		{render.Config{Top: 10}, "Showing 10 of 1,200 actors (the highest scores) and "},
		{render.Config{MinWeight: 4.5}, "Showing 1,200 of 1,200 actors and "},
		{render.Config{MinWeight: 4.5}, " ties (weight ≥ 4.5)"},
	} {
		var b strings.Builder
		if err := tc.c.DOT(&b, g); err != nil {
			t.Fatal(err)
		}
		got := b.String()
		if tc.want == "" {
			if strings.Contains(got, "Showing") {
				t.Errorf("%+v: a note though nothing was left out", tc.c)
			}
			continue
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%+v: no %q in the legend", tc.c, tc.want)
		}
	}
}

func TestAffiliationGroups(t *testing.T) {
	got := render.AffiliationGroups(newsGraph())
	want := map[string]string{
		"volodymyr-zelensky": "Ukraine", "andriy-yermak": "Ukraine", "ukraine": "Ukraine",
		"vladimir-putin": "Russia", "kirill-dmitriev": "Russia", "russia": "Russia",
		"donald-trump": "United States", "marco-rubio": "United States", "steve-witkoff": "United States",
		"united-states": "United States",
	}
	if !maps.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestAffiliationGroupsOutsideGraph(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "news-az", Name: "News.Az", Type: "media", Affiliation: "azerbaijan"})
	g.AddActor(graph.Actor{ID: "ana", Name: "Ana", Type: "person", Affiliation: "united-arab-emirates"})
	got := render.AffiliationGroups(g)
	want := map[string]string{"news-az": "Azerbaijan", "ana": "United Arab Emirates"}
	if !maps.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestCommunityGroups(t *testing.T) {
	got := render.CommunityGroups(graph.Partition{Communities: [][]string{{"a", "b"}, {"c"}}})
	want := map[string]string{"a": "community 1", "b": "community 1", "c": "community 2"}
	if !maps.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestGroupColours checks that the six largest groups get the palette's colours, largest
// first, and that smaller groups and actors in no group are grey and keyed "other".
func TestGroupColours(t *testing.T) {
	g := graph.New()
	groups := map[string]string{}
	for k := range 8 { // group k has 8-k actors
		for i := range 8 - k {
			id := fmt.Sprintf("g%d-%d", k, i)
			g.AddActor(graph.Actor{ID: id, Name: id, Type: "person"})
			groups[id] = fmt.Sprintf("group %c", 'H'-k) // the largest group sorts last by name
		}
	}
	g.AddActor(graph.Actor{ID: "loner", Name: "loner", Type: "person"})
	g.AddActor(graph.Actor{ID: "blank", Name: "blank", Type: "person"})
	groups["blank"] = " \n "
	var b strings.Builder
	if err := (render.Config{Groups: groups}).DOT(&b, g); err != nil {
		t.Fatal(err)
	}
	dot := b.String()
	for _, tc := range []struct{ id, color string }{
		{"g0-0", "#E69F00"}, {"g1-0", "#0072B2"}, {"g5-0", "#56B4E9"}, {"g6-0", "#999999"}, {"loner", "#999999"}, {"blank", "#999999"},
	} {
		if !regexp.MustCompile(`label="` + tc.id + `", width="[0-9.]+", color="` + tc.color + `"`).MatchString(dot) {
			t.Errorf("%s is not coloured %s", tc.id, tc.color)
		}
	}
	legend := dot[:strings.Index(dot, "node [")]
	for _, want := range []string{">group H<", ">group C<", ">other<"} {
		if !strings.Contains(legend, want) {
			t.Errorf("legend lacks %s", want)
		}
	}
	if strings.Contains(legend, ">group B<") || strings.Contains(legend, ">person<") || strings.Contains(legend, `<td align="left"></td>`) {
		t.Error("legend keys a group beyond the palette, or types")
	}
	if strings.Contains(dot, "cluster") {
		t.Error("clusters drawn though Clusters is false")
	}
}

// nameGroups puts each actor of g in a group named after it, to feed hostile names to groups.
func nameGroups(g *graph.Graph) map[string]string {
	groups := make(map[string]string)
	for _, a := range g.Actors() {
		groups[a.ID] = "</td></tr></table>> " + a.Name
	}
	return groups
}

func TestBlankGroup(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "a", Name: "Ana", Type: "person"})
	var b strings.Builder
	if err := (render.Config{Groups: map[string]string{"a": " \n "}, Clusters: true}).DOT(&b, g); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "subgraph") || strings.Contains(b.String(), `<td align="left"></td>`) {
		t.Errorf("a blank group name made a cluster or a legend key:\n%s", b.String())
	}
}

// TestInteractionColourByPolarity checks that an arrow's colour is the sign of its
// polarities, not of its Goldstein weights: a neutral talk (Goldstein 1) is grey.
func TestInteractionColourByPolarity(t *testing.T) {
	for _, tc := range []struct {
		polarity int
		want     string
	}{{0, "#7F7F7F"}, {1, "#1A9E8F"}, {-1, "#C0392B"}} {
		g := newsGraph()
		g.AddInteraction(extract.Interaction{Source: "marco-rubio", Target: "andriy-yermak", Kind: "talk", Goldstein: 1,
			Polarity: tc.polarity, Modality: extract.Asserted, Evidence: extract.Evidence{Doc: "d", Text: "Rubio spoke with Yermak."}})
		var b strings.Builder
		if err := (render.Config{Interactions: true}).DOT(&b, g); err != nil {
			t.Fatal(err)
		}
		var arrow string
		for line := range strings.Lines(b.String()) {
			if strings.Contains(line, `class="interaction"`) {
				arrow = line
			}
		}
		if !strings.Contains(arrow, `color="`+tc.want+`"`) {
			t.Errorf("polarity %d: arrow %q, want colour %s", tc.polarity, arrow, tc.want)
		}
	}
}

// TestInferredAffiliationDrawing checks that a guessed affiliation says so in the tooltip,
// draws no group box, and is drawn lighter in the explorer.
func TestInferredAffiliationDrawing(t *testing.T) {
	g := graph.New()
	g.AddActor(graph.Actor{ID: "ukraine", Name: "Ukraine", Type: "country"})
	g.AddActor(graph.Actor{ID: "ferreyra", Name: "Gustavo Ferreyra", Type: "person", Affiliation: "ukraine", AffiliationInferred: true})
	g.AddActor(graph.Actor{ID: "yermak", Name: "Andriy Yermak", Type: "person", Affiliation: "ukraine"})
	g.AddTie("ferreyra", "ukraine", 1)
	g.AddTie("yermak", "ukraine", 1)
	g.AddAffiliation(graph.Affiliation{Actor: "ferreyra", Of: "ukraine", Kind: graph.Inferred})
	g.AddAffiliation(graph.Affiliation{Actor: "yermak", Of: "ukraine", Kind: graph.AffiliatedWith})
	var b strings.Builder
	if err := (render.Config{}).DOT(&b, g); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "affiliation: Ukraine (inferred)") || strings.Count(b.String(), "(inferred)") != 1 {
		t.Errorf("the tooltips do not mark the one guessed affiliation:\n%s", b.String())
	}
	if groups := render.AffiliationGroups(g); groups["ferreyra"] != "" || groups["yermak"] != "Ukraine" {
		t.Errorf("groups %v: a guessed affiliation makes no group", groups)
	}
	b.Reset()
	if err := (render.Config{}).HTML(&b, g); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "#B4BDCF") {
		t.Errorf("the explorer does not draw the guessed affiliation lighter")
	}
}
