package render_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/newsgen"
	"github.com/actorgraph/actorgraph/render"
)

// browserPages are the pages that TestHTMLInBrowser opens, each with a fragment, and text
// that its DOM must hold once the script has run: the selected actor's name in the panel.
var browserPages = []struct {
	name     string
	graph    func() *graph.Graph
	fragment string
	want     []string
}{
	{"hostile names", htmlHostileGraph, "", nil},
	{"prototype names", htmlPrototypeGraph, "", nil},
	// An ID that is an Object.prototype property, percent-encoded as a browser would.
	{"prototype fragment", htmlPrototypeGraph, "%5F%5Fproto%5F%5F", []string{"<h2>Proto</h2>", ">Constructor</button>"}},
	{"fragment constructor", htmlPrototypeGraph, "constructor", []string{"<h2>Constructor</h2>"}},
	// Not percent-encoded UTF-8: decodeURIComponent throws on it.
	{"malformed fragment", htmlHostileGraph, "%E0%A4%A", nil},
}

// TestHTMLInBrowser opens explorers of hostile graphs in headless Chromium, if one is
// installed (Debian's chromium package), and checks from the page's DOM that its script ran
// to the end and drew every actor and tie, and that no hostile name became an element.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	var browser string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no headless Chromium installed")
	}
	for _, tt := range browserPages {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			page := filepath.Join(dir, "explorer.html")
			html := writeHTML(t, render.Config{Title: "In a browser", Interactions: true}, tt.graph())
			if err := os.WriteFile(page, html, 0o644); err != nil {
				t.Fatal(err)
			}
			url := "file://" + page
			if tt.fragment != "" {
				url += "#" + tt.fragment
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			out, err := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
				"--virtual-time-budget=5000", "--dump-dom", url).Output()
			if err != nil {
				t.Fatalf("%s: %v", browser, err)
			}
			dom := string(out)
			data := decodeHTML(t, html).Elements
			if len(data.Nodes) == 0 || len(data.Edges) == 0 {
				t.Fatal("the test graph has no actors or no ties")
			}
			if want := fmt.Sprintf(`data-drawn="%d actors, %d ties"`, len(data.Nodes), len(data.Edges)); !strings.Contains(dom, want) {
				t.Errorf("the page's script did not draw everything: no %s in\n%.2000s", want, dom)
			}
			if !strings.Contains(dom, "<canvas") {
				t.Error("Cytoscape.js drew no canvas")
			}
			for _, bad := range []string{"<b>x", "<img", "alert(1)</script>"} {
				if strings.Contains(dom, bad) {
					t.Errorf("the DOM holds %q: a name became markup", bad)
				}
			}
			for _, want := range tt.want {
				if !strings.Contains(dom, want) {
					t.Errorf("the DOM lacks %s", want)
				}
			}
		})
	}
}

// chromium returns the path of a headless Chromium, or skips the test if none is installed.
func chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no headless Chromium installed")
	return ""
}

// openPage opens the file page with fragment in headless Chromium and returns its DOM once
// the script has run.
func openPage(t *testing.T, browser, page, fragment string) string {
	t.Helper()
	url := "file://" + page
	if fragment != "" {
		url += "#" + fragment
	}
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--no-first-run", "--user-data-dir="+filepath.Join(t.TempDir(), "profile"),
		"--virtual-time-budget=10000", "--dump-dom", url).Output()
	if err != nil {
		t.Fatalf("%s: %v", browser, err)
	}
	return string(out)
}

// TestExplorerAtScale opens the explorer of 3,000 generated articles (internal/newsgen, read
// as JSON Lines and extracted as the CLI does) in headless Chromium and checks from its DOM
// that the filters change what is drawn, by exactly what they should: how many actors and
// ties a minimum weight, a date range with an outlet, and a top N leave is counted here from
// the page's data and compared with what the page says it draws. It also checks that a tie's
// evidence shows its source, date and title, and that labels go to the top actors only.
func TestExplorerAtScale(t *testing.T) {
	browser := chromium(t)
	if raceEnabled {
		t.Skip("the race detector checks nothing in the browser, and slows the extraction of 3,000 articles")
	}
	var jsonl bytes.Buffer
	if err := newsgen.WriteJSONL(&jsonl, 3000, 1); err != nil {
		t.Fatal(err)
	}
	var docs []*extract.Document
	err := extract.ReadJSONLines("news.jsonl", &jsonl, extract.Fields{}, func(d *extract.Document, err error) error {
		if err == nil {
			docs = append(docs, d)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	g := graph.FromResult(extract.Pipeline{TokenRules: true}.Extract(docs...))
	html := writeHTML(t, render.Config{Title: "3,000 articles", Interactions: true}, g)
	page := filepath.Join(t.TempDir(), "explorer.html")
	if err := os.WriteFile(page, html, 0o644); err != nil {
		t.Fatal(err)
	}
	p := decodeHTML(t, html)
	if len(p.Documents) != 3000 || len(p.Elements.Nodes) < 30 || len(p.Elements.Edges) < 1000 {
		t.Fatalf("%d documents, %d actors, %d edges: the corpus is not what this test expects",
			len(p.Documents), len(p.Elements.Nodes), len(p.Elements.Edges))
	}

	// expect counts what the page should draw: the edges of the layers chosen (chosen)
	// between actors ranked under top that pass the other filters (pass), and the actors
	// ranked under top that have such an edge, or no chosen edge at all (an actor whose
	// ties are all in layers not shown stays, as in DOT).
	rank := map[string]int{}
	for _, n := range p.Elements.Nodes {
		rank[n.Data.ID] = n.Data.Rank
	}
	expect := func(top int, chosen, pass func(e htmlTestData) bool) string {
		lit, some := map[string]bool{}, map[string]bool{}
		ties := 0
		for _, e := range p.Elements.Edges {
			d := e.Data
			if rank[d.Source] >= top || rank[d.Target] >= top || !chosen(d) {
				continue
			}
			some[d.Source], some[d.Target] = true, true
			if pass(d) {
				lit[d.Source], lit[d.Target] = true, true
				ties++
			}
		}
		actors := 0
		for id, r := range rank {
			if r < top && (lit[id] || !some[id]) {
				actors++
			}
		}
		return fmt.Sprintf(`data-drawn="%d actors, %d ties"`, actors, ties)
	}
	n := len(p.Elements.Nodes)
	any := func(htmlTestData) bool { return true }
	comention := func(d htmlTestData) bool { return d.Layer == graph.LayerCoMention }
	var weights []float64
	for _, e := range p.Elements.Edges {
		if e.Data.Layer == graph.LayerCoMention {
			weights = append(weights, e.Data.Weight)
		}
	}
	slices.Sort(weights)
	median := weights[len(weights)/2]
	// from returns whether an edge has a document dated from first to last, by outlet if
	// one is named.
	from := func(first, last, outlet string) func(d htmlTestData) bool {
		return func(d htmlTestData) bool {
			for _, i := range d.Docs {
				doc := p.Documents[i]
				if doc.Date >= first && doc.Date <= last && (outlet == "" || doc.Source == outlet) {
					return true
				}
			}
			return false
		}
	}
	june := expect(n, any, from("2025-06-01", "2025-06-30", ""))
	cases := []struct {
		name, fragment, want string
	}{
		{"everything", "", expect(n, any, any)},
		{"minimum weight", fmt.Sprintf("minweight=%g&layers=comention", median), expect(n, comention, func(d htmlTestData) bool {
			return d.Weight >= median
		})},
		// Every layer, by the documents its edges come from.
		{"dates and an outlet", "from=2025-07-01&to=2025-07-31&outlet=Reuters", expect(n, any, from("2025-07-01", "2025-07-31", "Reuters"))},
		{"a month", "from=2025-06-01&to=2025-06-30", june},
		{"a month as a month", "from=2025-06&to=2025-06", june},
		{"top 10", "top=10", expect(10, any, any)},
		{"top 1", "top=1", `data-drawn="1 actors, 0 ties"`},
	}
	drawn := map[string]bool{}
	for _, c := range cases {
		dom := openPage(t, browser, page, c.fragment)
		if !strings.Contains(dom, c.want) {
			m := regexp.MustCompile(`data-drawn="[^"]*"`).FindString(dom)
			t.Errorf("%s (#%s): the page says %s, want %s", c.name, c.fragment, m, c.want)
		}
		drawn[c.want] = true
		labelled := regexp.MustCompile(`data-labelled="(\d+)"`).FindStringSubmatch(dom)
		if labelled == nil {
			t.Errorf("%s: no data-labelled in the page", c.name)
		} else if k, _ := strconv.Atoi(labelled[1]); k < 1 || k > 25 {
			t.Errorf("%s: %d actors labelled, want the top ones, 1 to 25", c.name, k)
		}
	}
	if len(drawn) != len(cases)-1 { // the two ways of naming June draw the same
		t.Errorf("the filters do not all change what is drawn: %d different counts for %d views", len(drawn), len(cases))
	}

	// The heaviest co-mention tie, selected, with July and Reuters chosen: its panel lists
	// the sentences of Reuters's July articles, each with its source, date and title.
	var heaviest htmlTestData
	for _, e := range p.Elements.Edges {
		if e.Data.Layer == graph.LayerCoMention && e.Data.Weight > heaviest.Weight {
			heaviest = e.Data
		}
	}
	var want []string
	for _, ev := range heaviest.Evidence {
		doc := p.Documents[ev[0]]
		if doc.Date >= "2025-07-01" && doc.Date <= "2025-07-31" && doc.Source == "Reuters" {
			want = append(want, doc.Source+" · "+doc.Date+" · "+doc.Title)
		}
	}
	if len(want) == 0 {
		t.Fatal("the heaviest tie has no evidence from Reuters in July")
	}
	dom := openPage(t, browser, page, "tie="+heaviest.ID+"&from=2025-07-01&to=2025-07-31&outlet=Reuters")
	if !strings.Contains(dom, fmt.Sprintf("(%d of %d)", len(want), len(heaviest.Evidence))) {
		t.Errorf("the panel does not count %d of the tie's %d sentences as chosen", len(want), len(heaviest.Evidence))
	}
	for _, w := range want {
		if !strings.Contains(dom, `<div class="source">`+w+`</div>`) {
			t.Errorf("the panel lacks the evidence line %q", w)
		}
	}
	if strings.Contains(dom, "Associated Press · 2025-") {
		t.Error("the panel shows evidence from an outlet not chosen")
	}
}

// TestHTMLClustersInBrowser opens a page whose groups are drawn as boxes and checks that the
// boxes are not counted as actors and that every actor and tie is drawn.
func TestHTMLClustersInBrowser(t *testing.T) {
	browser := chromium(t)
	g := interactionGraph()
	html := writeHTML(t, render.Config{Groups: render.AffiliationGroups(g), Clusters: true, Roles: true, Interactions: true}, g)
	page := filepath.Join(t.TempDir(), "explorer.html")
	if err := os.WriteFile(page, html, 0o644); err != nil {
		t.Fatal(err)
	}
	p := decodeHTML(t, html)
	actors, boxes := 0, 0
	for _, n := range p.Elements.Nodes {
		if n.Data.Cluster {
			boxes++
		} else {
			actors++
		}
	}
	if boxes == 0 {
		t.Fatal("no boxes in the page")
	}
	dom := openPage(t, browser, page, "")
	if want := fmt.Sprintf(`data-drawn="%d actors, %d ties"`, actors, len(p.Elements.Edges)); !strings.Contains(dom, want) {
		t.Errorf("the page does not say %s", want)
	}
}
