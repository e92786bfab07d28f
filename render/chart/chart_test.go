package chart

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/svgtext"
)

// summit is a small invented graph: a summit and the people around it.
func summit() *graph.Graph {
	g := graph.New()
	for _, a := range []graph.Actor{
		{ID: "ana-ruiz", Name: "Ana Ruiz", Type: "person"},
		{ID: "ben-okafor", Name: "Ben Okafor", Type: "person"},
		{ID: "chen-wei", Name: "Chen Wei", Type: "person"},
		{ID: "dara-smith", Name: "Dara Smith", Type: "person"},
		{ID: "eu", Name: "European Union", Type: "organization"},
		{ID: "un", Name: "United Nations", Type: "organization"},
		{ID: "at-t", Name: `AT&T <Wireless> "Mobile"`, Type: "organization"},
	} {
		g.AddActor(a)
	}
	for _, t := range []struct {
		a, b string
		w    float64
	}{
		{"ana-ruiz", "ben-okafor", 5},
		{"ana-ruiz", "eu", 4},
		{"ana-ruiz", "un", 2},
		{"ben-okafor", "chen-wei", 3},
		{"ben-okafor", "un", 1},
		{"chen-wei", "dara-smith", 1},
		{"eu", "un", 2},
		{"at-t", "dara-smith", 1},
	} {
		g.AddTie(t.a, t.b, t.w)
	}
	return g
}

// names are the display names of summit's actors, by ID.
var names = func() map[string]string {
	m := map[string]string{}
	for _, a := range summit().Actors() {
		m[a.ID] = a.Name
	}
	return m
}()

// weeks are invented ranks of summit's actors over four weeks: Ben Okafor is not mentioned in
// week 3 and the United Nations only in weeks 2 and 3.
var weeks = func() []graph.RankPoint {
	var out []graph.RankPoint
	for date, ids := range map[string][]string{
		"2025-11-03": {"ben-okafor", "ana-ruiz", "eu", "at-t", "chen-wei", "dara-smith"},
		"2025-11-10": {"ana-ruiz", "ben-okafor", "un", "chen-wei", "eu", "at-t", "dara-smith"},
		"2025-11-17": {"ana-ruiz", "eu", "at-t", "un", "dara-smith", "chen-wei"},
		"2025-11-24": {"eu", "ben-okafor", "ana-ruiz", "dara-smith", "chen-wei", "at-t"},
	} {
		for i, id := range ids {
			out = append(out, graph.RankPoint{Date: date, Actor: id, Rank: i + 1})
		}
	}
	// The order of a Timeline: by date, then rank.
	slices.SortFunc(out, func(a, b graph.RankPoint) int {
		return cmp.Or(strings.Compare(a.Date, b.Date), cmp.Compare(a.Rank, b.Rank))
	})
	return out
}()

// charts draws summit as each chart, with opts.
var charts = []struct {
	name string
	draw func(*bytes.Buffer, Options) error
	opts Options
	want []string // texts the SVG shows
}{
	{
		name: "bar",
		draw: func(b *bytes.Buffer, o Options) error { return Bar(b, graph.Strength(summit()), o) },
		opts: Options{Title: "Strength <&> \"summit\"", Measure: graph.MeasureStrength},
		want: []string{"Strength <&> \"summit\"", "strength", "Ana Ruiz", "Ben Okafor", `AT&T <Wireless> "Mobile"`, "11"},
	},
	{
		name: "ranks",
		draw: func(b *bytes.Buffer, o Options) error { return Ranks(b, weeks, o) },
		opts: Options{Title: "Weekly ranks", Measure: graph.MeasurePageRank, Names: names},
		want: []string{"Weekly ranks", "rank by pagerank", "2025-11-03", "2025-11-24", "Ana Ruiz", "European Union", `AT&T <Wireless> "Mobile"`, "1"},
	},
}

func TestSVG(t *testing.T) {
	for _, tt := range charts {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.draw(&b, tt.opts); err != nil {
				t.Fatal(err)
			}
			texts, err := svgtext.Texts(b.Bytes())
			if err != nil {
				t.Fatalf("SVG is not well-formed XML: %v", err)
			}
			for _, want := range tt.want {
				if !slices.Contains(texts, want) {
					t.Errorf("SVG lacks text %q; texts: %q", want, texts)
				}
			}
			if bytes.Contains(b.Bytes(), []byte("<Wireless>")) {
				t.Error("SVG has an actor name as markup")
			}
		})
	}
}

var pngSignature = []byte("\x89PNG\r\n\x1a\n")

func TestPNG(t *testing.T) {
	for _, tt := range charts {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			opts.Format = PNG
			var b bytes.Buffer
			if err := tt.draw(&b, opts); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b.Bytes(), pngSignature) {
				t.Errorf("PNG starts with %q, want the PNG signature %q", b.Bytes()[:min(8, b.Len())], pngSignature)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	for _, tt := range charts {
		for _, format := range []string{SVG, PNG} {
			t.Run(tt.name+"/"+format, func(t *testing.T) {
				opts := tt.opts
				opts.Format = format
				var first, second bytes.Buffer
				if err := tt.draw(&first, opts); err != nil {
					t.Fatal(err)
				}
				if err := tt.draw(&second, opts); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(first.Bytes(), second.Bytes()) {
					t.Errorf("two drawings differ: %d and %d bytes", first.Len(), second.Len())
				}
			})
		}
	}
}

// TestRanksOrder checks that the rank axis puts rank 1 at the top and that Top keeps the
// actors with the best ranks.
func TestRanksOrder(t *testing.T) {
	var b bytes.Buffer
	// Best ranks: Ana Ruiz 1 (twice), Ben Okafor 1, European Union 1, AT&T 3, ... (hand count).
	if err := Ranks(&b, weeks, Options{Top: 3, Names: names}); err != nil {
		t.Fatal(err)
	}
	texts, err := svgtext.Texts(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Ana Ruiz", "Ben Okafor", "European Union"} {
		if !slices.Contains(texts, want) {
			t.Errorf("legend lacks %q; texts: %q", want, texts)
		}
	}
	for _, unwanted := range []string{"United Nations", `AT&T <Wireless> "Mobile"`} {
		if slices.Contains(texts, unwanted) {
			t.Errorf("legend has %q, which is not among the top 3", unwanted)
		}
	}
	byID := map[string][]graph.RankPoint{}
	for _, p := range weeks {
		byID[p.Actor] = append(byID[p.Actor], p)
	}
	var got []string
	for _, a := range rankActors(byID, names) {
		got = append(got, a.name)
	}
	want := []string{"Ana Ruiz", "Ben Okafor", "European Union", "AT&T <Wireless> \"Mobile\"", "United Nations", "Chen Wei", "Dara Smith"}
	if !slices.Equal(got, want) {
		t.Errorf("rankActors order %q, want %q", got, want)
	}
}

var errorCases = []struct {
	name string
	draw func(*bytes.Buffer) error
	want string
}{
	{"bar/empty", func(b *bytes.Buffer) error { return Bar(b, nil, Options{}) }, "chart: no scores to draw"},
	{"ranks/empty", func(b *bytes.Buffer) error { return Ranks(b, nil, Options{}) }, "chart: no rank points to draw"},
	{"bar/format", func(b *bytes.Buffer) error {
		return Bar(b, graph.Degree(summit()), Options{Format: "gif"})
	}, `chart: unknown format "gif"`},
	{"ranks/rank0", func(b *bytes.Buffer) error {
		return Ranks(b, []graph.RankPoint{{Date: "d", Actor: "a", Rank: 0}}, Options{})
	}, `chart: actor "a" has rank 0`},
	{"bar/NaN", func(b *bytes.Buffer) error {
		return Bar(b, []graph.Score{{Actor: graph.Actor{ID: "a", Name: "A"}, Value: nan()}}, Options{})
	}, `chart: actor "A" has value NaN`},
}

func nan() float64 { var zero float64; return zero / zero }

func TestErrors(t *testing.T) {
	for _, tt := range errorCases {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := tt.draw(&b)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got error %v, want one starting %q", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", b.Len())
			}
		})
	}
}

func TestNegativeTopPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Bar with Top -1 did not panic")
		}
	}()
	_ = Bar(&bytes.Buffer{}, graph.Degree(summit()), Options{Top: -1})
}

var cleanTests = []struct{ in, want string }{
	{"Ana  Ruiz\n", "Ana Ruiz"},
	{"a\x00b\x1fc", "a\ufffdb\ufffdc"},
	{"bad \xff utf-8", "bad \ufffd utf-8"},
	{"<&>\"'", "<&>\"'"},
	{strings.Repeat("x", 70), strings.Repeat("x", 59) + "…"},
	{"Владимир 習近平", "Владимир 習近平"},
}

func TestClean(t *testing.T) {
	for _, tt := range cleanTests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestControlCharsStayXML checks that a name with characters XML forbids still gives
// well-formed SVG.
func TestControlCharsStayXML(t *testing.T) {
	var b bytes.Buffer
	scores := []graph.Score{{Actor: graph.Actor{ID: "x", Name: "bell\x07 \xfe\xff"}, Value: 1}}
	if err := Bar(&b, scores, Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := svgtext.Texts(b.Bytes()); err != nil {
		t.Errorf("SVG is not well-formed XML: %v", err)
	}
}
