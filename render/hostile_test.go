package render

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"io"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/randgraph"
)

// checkHTML checks what a page must be whatever its graph: two script elements, one of
// them the data block, which parses as JSON and holds only finite numbers, with node sizes
// and edge widths within the explorer's bounds, and wants nodes and edges in it.
func checkHTML(page []byte, nodes, edges int) error {
	lower := bytes.ToLower(page)
	for _, tag := range []string{"<script", "</script"} {
		if n := bytes.Count(lower, []byte(tag)); n != 2 {
			return fmt.Errorf("page has %d %s, want 2", n, tag)
		}
	}
	if bytes.Contains(lower, []byte("<!--")) {
		return errors.New("page has <!--")
	}
	const open = `<script type="application/json" id="actorgraph-data">`
	_, rest, ok := bytes.Cut(page, []byte(open))
	if !ok {
		return errors.New("no data block")
	}
	data, _, _ := bytes.Cut(rest, []byte("</script>"))
	if bytes.ContainsAny(data, "<>&") {
		return errors.New("data block holds <, > or & unescaped")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc struct {
		Elements struct {
			Nodes, Edges []map[string]any
		}
	}
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("data block: %v", err)
	}
	if got := len(doc.Elements.Nodes); got != nodes {
		return fmt.Errorf("data block has %d nodes, want %d", got, nodes)
	}
	if got := len(doc.Elements.Edges); got != edges {
		return fmt.Errorf("data block has %d edges, want %d", got, edges)
	}
	var all any
	dec = json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	dec.Decode(&all)
	if err := finiteNumbers("", all); err != nil {
		return err
	}
	for _, n := range doc.Elements.Nodes {
		if err := within(n, "size", htmlMinNode, htmlMaxNode); err != nil {
			return err
		}
	}
	for _, e := range doc.Elements.Edges {
		if err := within(e, "width", htmlMinEdge, htmlMaxEdge); err != nil {
			return err
		}
	}
	return nil
}

// finiteNumbers returns an error for the first number in v, decoded with UseNumber, that is
// not a finite float64.
func finiteNumbers(path string, v any) error {
	switch v := v.(type) {
	case json.Number:
		if f, err := strconv.ParseFloat(string(v), 64); err != nil || math.IsInf(f, 0) {
			return fmt.Errorf("data block: %s is %s, not a finite number", path, v)
		}
	case map[string]any:
		for k, x := range v {
			if err := finiteNumbers(path+"."+k, x); err != nil {
				return err
			}
		}
	case []any:
		for i, x := range v {
			if err := finiteNumbers(fmt.Sprintf("%s[%d]", path, i), x); err != nil {
				return err
			}
		}
	}
	return nil
}

// within checks that element's data[key] is a number from lo to hi.
func within(element map[string]any, key string, lo, hi float64) error {
	data, _ := element["data"].(map[string]any)
	n, _ := data[key].(json.Number)
	f, err := n.Float64()
	if err != nil || !(lo <= f && f <= hi) {
		return fmt.Errorf("element %v: %s is %q, want a number from %v to %v", data["id"], key, n, lo, hi)
	}
	return nil
}

// dotNumber matches the numeric attributes that DOT computes from scores and weights.
// The legend's table cells, <td width="10">, are not among them.
var dotNumber = regexp.MustCompile(`(?:\[|, )(width|penwidth)="([^"]*)"`)

// longNumber matches a number that DOT writes (a score, a weight or a Goldstein value, on a
// tooltip line of its own) with more digits than any it should write for people. Names and
// titles are left out: "00000000000000000000" is a name a graph may hold.
var longNumber = regexp.MustCompile(`(?:^|[^\\])\\n(?:score: |weight: |[^"\\]*, Goldstein )-?[0-9]{20}`)

// checkDOTNumbers checks that the node widths and pen widths of dot are numbers within
// their bounds, and that no tooltip spells out a number of hundreds of digits.
func checkDOTNumbers(dot []byte) error {
	for _, m := range dotNumber.FindAllSubmatch(dot, -1) {
		lo, hi := minNodeWidth, maxNodeWidth
		if string(m[1]) == "penwidth" {
			lo, hi = 0.6, maxPenWidth // 1.5 for the node outline, 1.2 to 4.2 for arrows
		}
		f, err := strconv.ParseFloat(string(m[2]), 64)
		if err != nil || !(lo <= f && f <= hi) {
			return fmt.Errorf("%s=%q, want a number from %v to %v", m[1], m[2], lo, hi)
		}
	}
	if m := longNumber.Find(dot); m != nil {
		return fmt.Errorf("DOT spells out a number: %s…", m)
	}
	return nil
}

// extremeWeights are node-link graphs whose weights are valid but extreme: a hub whose
// strength, the sum of its weights, rounds up past 1e303 * 10^6 (the HTML page's score
// precision) or overflows to +Inf, and weights near the smallest whose distance 1/weight is
// finite.
var extremeWeights = []struct {
	name    string
	weights []float64 // hub–a, hub–b, hub–c, a–b
	inf     bool      // the hub's strength overflows
}{
	{"1e303", []float64{1e303, 1e303, 1e303, 1e303}, false},
	{"1.7e308", []float64{1.7e308, 1.7e308, 1.7e308, 1.7e308}, true},
	{"max and min", []float64{math.MaxFloat64, 1e-308, math.MaxFloat64 / 2, 1}, true},
	{"tiny", []float64{6e-309, 6e-309, 1e-308, 1e-300}, false},
	{"1e-300 and 1e300", []float64{1e-300, 1e300, 1, 1e-300}, false},
}

func extremeGraph(t *testing.T, weights []float64) *graph.Graph {
	t.Helper()
	doc := fmt.Sprintf(`{"nodes": [{"id": "hub"}, {"id": "a"}, {"id": "b"}, {"id": "c"}], "links": [
		{"source": "hub", "target": "a", "weight": %v}, {"source": "hub", "target": "b", "weight": %v},
		{"source": "hub", "target": "c", "weight": %v}, {"source": "a", "target": "b", "weight": %v}]}`,
		weights[0], weights[1], weights[2], weights[3])
	g, err := graph.ReadNodeLink(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// sizes are the measures that the extreme graphs are drawn by: graph.Strength overflows.
var sizes = []struct {
	name string
	size func(*graph.Graph) []graph.Score
}{
	{"strength", nil},
	{"pagerank", graph.PageRank},
	{"betweenness", graph.Betweenness},
	{"closeness", graph.Closeness},
}

// TestHTMLExtremeWeights checks that weights near math.MaxFloat64 or near its reciprocal
// make a page whose data holds finite numbers only (JSON has no others: encoding/json
// refuses +Inf), with the overflowed hub drawn largest.
func TestHTMLExtremeWeights(t *testing.T) {
	for _, tt := range extremeWeights {
		for _, s := range sizes {
			t.Run(tt.name+"/"+s.name, func(t *testing.T) {
				g := extremeGraph(t, tt.weights)
				var buf bytes.Buffer
				if err := (Config{Size: s.size}).HTML(&buf, g); err != nil {
					t.Fatal(err)
				}
				if err := checkHTML(buf.Bytes(), 4, 4); err != nil {
					t.Fatal(err)
				}
				if tt.inf && s.size == nil {
					page, _ := Config{}.htmlPage(g)
					hub := page.Elements.Nodes[slicesIndexID(page.Elements.Nodes, "hub")].Data
					if got := string(hub["size"]); got != "70" {
						t.Errorf("hub, whose strength overflows: size %s, want 70", got)
					}
					if got := string(hub["score"]); got != `"Infinity"` {
						t.Errorf("hub, whose strength overflows: score %s, want \"Infinity\"", got)
					}
				}
			})
		}
	}
}

func slicesIndexID(nodes []htmlElement, id string) int {
	for i, n := range nodes {
		if string(n.Data["actor"]) == strconv.Quote(id) || string(n.Data["id"]) == strconv.Quote(id) {
			return i
		}
	}
	return -1
}

// TestDOTExtremeWeights checks the DOT of the same graphs: widths within bounds, the
// overflowed hub the widest, and tooltips that do not spell out 309 digits.
func TestDOTExtremeWeights(t *testing.T) {
	for _, tt := range extremeWeights {
		for _, s := range sizes {
			t.Run(tt.name+"/"+s.name, func(t *testing.T) {
				g := extremeGraph(t, tt.weights)
				var buf bytes.Buffer
				if err := (Config{Size: s.size}).DOT(&buf, g); err != nil {
					t.Fatal(err)
				}
				if err := checkDOTNumbers(buf.Bytes()); err != nil {
					t.Fatalf("%v\n%s", err, buf.Bytes())
				}
				// Actors are n0 (a), n1 (b), n2 (c), n3 (hub), in ID order.
				if want := `n3 [label="hub", width="0.95"`; tt.inf && s.size == nil && !bytes.Contains(buf.Bytes(), []byte(want)) {
					t.Errorf("hub, whose strength overflows, is not the widest: no %s in\n%s", want, buf.Bytes())
				}
			})
		}
	}
}

// TestHTMLElementIDs checks that the Cytoscape.js element IDs cannot be names of
// Object.prototype's properties, which Cytoscape.js's cose layout finds in the plain objects
// it keys by element ID (it throws "p.source is not a function", and the page stays blank),
// and that each node keeps its actor's ID as data "actor".
func TestHTMLElementIDs(t *testing.T) {
	g := graph.New()
	ids := []string{"constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "n0", "n1"}
	for _, id := range ids {
		g.AddActor(graph.Actor{ID: id, Name: id, Affiliation: ids[0]})
	}
	for i := range ids[1:] {
		g.AddTie(ids[i], ids[i+1], 1)
	}
	page, err := Config{}.htmlPage(g)
	if err != nil {
		t.Fatal(err)
	}
	element := regexp.MustCompile(`^"n[0-9]+"$`)
	actorOf := map[string]string{}
	for i, n := range page.Elements.Nodes {
		id, actor := string(n.Data["id"]), unquoteString(n.Data["actor"])
		if !element.MatchString(id) {
			t.Errorf("node %d has element ID %s, want n0, n1, ...", i, id)
		}
		actorOf[unquoteString(n.Data["id"])] = actor
	}
	for _, a := range g.Actors() {
		if !slices.Contains(slices.Collect(maps.Values(actorOf)), a.ID) {
			t.Errorf("no node has actor %q", a.ID)
		}
	}
	for i, e := range page.Elements.Edges {
		s, t2 := unquoteString(e.Data["source"]), unquoteString(e.Data["target"])
		if _, ok := actorOf[s]; !ok {
			t.Errorf("edge %d: source %q is no node's element ID", i, s)
		}
		if _, ok := actorOf[t2]; !ok {
			t.Errorf("edge %d: target %q is no node's element ID", i, t2)
		}
		if _, ok := g.Tie(actorOf[s], actorOf[t2]); !ok {
			t.Errorf("edge %d: %q–%q is no tie of the graph", i, actorOf[s], actorOf[t2])
		}
	}
}

// TestHTMLScriptMaps checks the explorer's own script for the two ways in which text from
// the graph blanked the page: a plain object used as a map (an actor ID, type, kind or
// modality "__proto__" or "constructor" finds Object.prototype's property), and
// decodeURIComponent outside try (a fragment such as #%E0%A4%A throws). TestHTMLInBrowser
// runs the script on such graphs where Chromium is installed.
func TestHTMLScriptMaps(t *testing.T) {
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`=\s*\{\s*\}`),         // var seen = {};
		regexp.MustCompile(`:\s*\{\s*\}`),         // { layer: {} }
		regexp.MustCompile(`\]\s*\|\|\s*\(\w+\[`), // m[k] || (m[k] = ...)
		regexp.MustCompile(`Object\.keys\(`),      // keys of an object used as a map
	} {
		if m := bad.FindString(htmlScript); m != "" {
			t.Errorf("script uses a plain object as a map: %q", m)
		}
	}
	for _, line := range strings.Split(htmlScript, "\n") {
		code, _, _ := strings.Cut(line, "//")
		if strings.Contains(code, "decodeURIComponent") && !strings.Contains(code, "try {") {
			t.Errorf("decodeURIComponent outside try: %s", strings.TrimSpace(line))
		}
	}
}

// TestDeadlineDuringLayout checks that SVG returns when its context ends while Graphviz lays
// out, though the layout itself cannot be stopped, and that the abandoned
// layout leaves the next call an engine that draws as before. PNG takes the same path
// (Config.lay); it is left out because go-graphviz's PNG renderer takes minutes over the
// drawing of 300 actors, which the next call would wait for.
func TestDeadlineDuringLayout(t *testing.T) {
	small := randgraph.New(12, 3)
	// neato lays out 300 random actors in about 2 s (BenchmarkLayouts), 40 times the deadline.
	large := randgraph.New(300, 1)
	before, err := Config{}.SVGBytes(context.Background(), small)
	if err != nil {
		t.Fatal(err)
	}
	// The context ends once the layout holds the engine, not after a fixed time: planning the
	// drawing (its centrality) takes longer than any fixed deadline under the race detector.
	// It ends 100 ms after the lock is taken: a context that has already ended when the lock
	// is taken stops the call before Graphviz starts, and on a loaded machine the lock can be
	// seen before that check (the layout itself takes seconds).
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	returned := make(chan struct{})
	go func() {
		for len(engine.lock) == 0 {
			select {
			case <-returned:
				return
			case <-time.After(time.Millisecond):
			}
		}
		select {
		case <-returned:
			return
		case <-time.After(100 * time.Millisecond):
		}
		cancel()
	}()
	err = Config{}.SVG(ctx, io.Discard, large)
	close(returned)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("SVG of %d actors, its context cancelled during the layout: got error %v, want context.Canceled", large.Len(), err)
	}
	// The layout goes on and holds the lock: the call did not wait for it to end.
	if len(engine.lock) != 1 {
		t.Error("the call returned after its layout ended")
	}
	after, err := Config{}.SVGBytes(context.Background(), small)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(after, before) {
		t.Error("after an abandoned layout, the same graph draws differently")
	}
}

// htmlSizes are graphs at and over the explorer's limits, and configs that bring them under.
var htmlSizes = []struct {
	name    string
	actors  int
	ties    int // each actor tied to the next six, with weights 1 to 6
	config  Config
	tooMany string // what the error names; empty for no error
}{
	{"1,000 actors", 1000, 0, Config{}, ""},
	{"1,001 actors", 1001, 0, Config{}, "1,001 actors"},
	{"1,001 actors, top 1,000", 1001, 0, Config{Top: 1000}, ""},
	{"1,001 actors, top 1,001", 1001, 0, Config{Top: 1001}, "1,001 actors"},
	{"5,001 ties", 1000, 5001, Config{}, "5,001 ties"},
	{"5,001 ties, min weight 2", 1000, 5001, Config{MinWeight: 2}, ""},
}

// TestHTMLTooLarge checks the explorer's size guard: an error that wraps ErrTooLarge and
// names what is too many.
func TestHTMLTooLarge(t *testing.T) {
	for _, tt := range htmlSizes {
		t.Run(tt.name, func(t *testing.T) {
			g := graph.New()
			for i := range tt.actors {
				g.AddActor(graph.Actor{ID: fmt.Sprintf("a%04d", i)})
			}
			// Each actor tied to the next six, until there are enough ties: 5,001 ties
			// reach actor 839.
			for k := range tt.ties {
				i, j := k/6, k/6+1+k%6
				g.AddTie(fmt.Sprintf("a%04d", i), fmt.Sprintf("a%04d", j), float64(1+k%6))
			}
			err := tt.config.HTML(io.Discard, g)
			if tt.tooMany == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("got error %v, want ErrTooLarge", err)
			}
			for _, want := range []string{tt.tooMany, "1,000 actors and 5,000 ties", "Top"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not say %q", err, want)
				}
			}
		})
	}
}

// TestHTMLTooLargeAtOnce checks that a graph of far too many actors is refused before any
// measure runs on it.
func TestHTMLTooLargeAtOnce(t *testing.T) {
	g := graph.New()
	for i := range 5000 {
		g.AddActor(graph.Actor{ID: fmt.Sprintf("a%04d", i)})
	}
	c := Config{Size: func(*graph.Graph) []graph.Score {
		t.Error("HTML computed a measure of a graph too large to draw")
		return nil
	}}
	if err := c.HTML(io.Discard, g); !errors.Is(err, ErrTooLarge) {
		t.Errorf("got error %v, want ErrTooLarge", err)
	}
}

// TestHTMLNoBetweenness checks that the page leaves betweenness out for a graph too large
// to compute it in seconds, of which Top draws a few actors: 12,000 actors have PathWork
// 1.44e8, over htmlBetweennessWork.
func TestHTMLNoBetweenness(t *testing.T) {
	g := graph.New()
	for i := range 12000 {
		g.AddActor(graph.Actor{ID: fmt.Sprintf("a%05d", i)})
	}
	g.AddTie("a00000", "a00001", 1)
	page, err := Config{Top: 10}.htmlPage(g)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range page.Elements.Nodes {
		if b, ok := n.Data["betweenness"]; ok {
			t.Fatalf("node %s has betweenness %s", n.Data["actor"], b)
		}
	}
	page, err = Config{Top: 10}.htmlPage(randgraph.New(20, 1))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := page.Elements.Nodes[0].Data["betweenness"]; !ok {
		t.Error("a small graph's page has no betweenness")
	}
}

// TestPNGSizeBounded: above 100 actors, overlap removal by scaling spreads the drawing, and a
// PNG of 150 random actors was 16,000 pixels square and took 53 s to paint. The drawing is
// scaled down to fit pngMaxPixels on a side.
func TestPNGSizeBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out and paints 150 actors")
	}
	var b bytes.Buffer
	if err := (Config{}).PNG(context.Background(), &b, randgraph.New(150, 1)); err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(&b)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Width > pngMaxPixels || cfg.Height > pngMaxPixels {
		t.Errorf("PNG is %d×%d pixels, want at most %d on a side", cfg.Width, cfg.Height, pngMaxPixels)
	}
}

// TestDotDensityGuard checks that dot refuses a dense graph at once, with a message that
// says what to do, where the other layouts and a sparser graph are drawn.
func TestDotDensityGuard(t *testing.T) {
	dense := graph.New()
	for i := range 40 {
		dense.AddActor(graph.Actor{ID: fmt.Sprintf("a%02d", i)})
	}
	for i := range 40 {
		for j := i + 1; j < 40; j++ {
			dense.AddTie(fmt.Sprintf("a%02d", i), fmt.Sprintf("a%02d", j), float64(1+(i+j)%3))
		}
	}
	// 780 ties among 40 actors: 780²/40 = 15,210, over 10,000.
	start := time.Now()
	_, err := Config{Layout: Dot}.SVGBytes(context.Background(), dense)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("dot on 40 actors and 780 ties: got %v, want ErrTooLarge", err)
	}
	for _, want := range []string{"too dense for dot", "MinWeight", "neato"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Logf("the refusal took %v", d) // it should take milliseconds; a log, not a timed test
	}
	// The ties of weight 3 alone (260 of them: 260²/40 = 1,690) are drawn.
	if _, err := (Config{Layout: Dot, MinWeight: 3}).SVGBytes(context.Background(), dense); err != nil {
		t.Errorf("dot with MinWeight 3: %v", err)
	}
}
