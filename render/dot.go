package render

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// Node sizes in inches and edge pen widths in points.
const (
	minNodeWidth = 0.2  // a zero score still leaves a visible dot
	maxNodeWidth = 0.95 // the top actor; larger circles crowd a 40-actor graph
	minPenWidth  = 0.6
	maxPenWidth  = 6
	labelRunes   = 60  // longer names are cut, so that a junk name cannot swamp the drawing
	tooltipRunes = 200 // evidence sentences are cut to this length in edge tooltips
	roleRunes    = 32  // a role line longer than this is cut
	groupRunes   = 40  // a group name longer than this is cut

	// splineActors is the most actors for which neato, fdp and sfdp route ties around actors
	// rather than straight through them. It costs: a random graph of 50 actors and 100 ties
	// takes 0.3 s instead of 0.04 s (BenchmarkLayouts, layout=neato), one of 200 actors 30 s instead of 1 s.
	splineActors = 50

	// voronoiActors is the most actors for which neato and fdp remove overlaps with Voronoi
	// diagrams (overlap="false"), which keeps drawings tight; above it they scale the layout,
	// which is faster: neato draws a random graph of 200 actors in 0.3 s instead of 0.7 s,
	// one of 1,000 in 10 s instead of 44 s (BenchmarkLayouts). sfdp, meant for large
	// graphs, always scales: 1,000 actors take 1 s instead of 56 s.
	voronoiActors = 100
)

// typeStyles colours the actor types with the palette of Okabe and Ito, "Color Universal
// Design" (2008), which stays distinguishable under the common colour-vision deficiencies.
// Its yellow is left out: it is unreadable on white. A node is filled with a tint (60 % colour,
// 40 % white), on which dark text stays readable, and outlined in the full colour. The order
// is the legend's.
var typeStyles = []struct{ Type, Color, Tint string }{
	{"person", "#E69F00", "#F0C566"},       // orange
	{"country", "#0072B2", "#66AAD1"},      // blue
	{"organization", "#009E73", "#66C5AB"}, // bluish green
	{"media", "#CC79A7", "#E0AFCA"},        // reddish purple
	{"group", "#D55E00", "#E69E66"},        // vermillion
	{"location", "#56B4E9", "#9AD2F2"},     // sky blue
	{"unknown", "#999999", "#C2C2C2"},      // grey, for any other type
}

// typeIndex returns the index in typeStyles of the style for an actor type.
func typeIndex(t string) int {
	for i, s := range typeStyles[:len(typeStyles)-1] {
		if t == s.Type {
			return i
		}
	}
	return len(typeStyles) - 1
}

// drawing is what a Config keeps of a graph: the actors and ties to draw and their sizes.
type drawing struct {
	layout Layout
	actors []graph.Actor     // sorted by ID; actors[i] is DOT node "n<i>"
	widths []float64         // node widths in inches, aligned with actors
	scores []float64         // the Size scores of the actors, aligned with actors
	ranks  []int             // aligned with actors: 0 for the highest score, ties by name, then ID
	node   map[string]int    // actor ID -> index in actors
	ties   []graph.Tie       // sorted by A, then B
	names  map[string]string // actor ID -> name, for every actor of the graph
	arrows []arrow           // the interaction layer, if drawn; sorted by source, then target
	roles  bool              // a second label line with the role
	note   string            // what Top and MinWeight left out, for the legend; empty if nothing

	groups   []string // the groups of Config.Groups among the actors drawn, largest first; nil without
	group    []int    // aligned with actors: the index in groups of an actor's group, -1 if none
	clusters bool     // a box around each group
}

// arrow is every interaction from one actor to another, drawn as one arrow.
type arrow struct {
	source, target string
	count          int
	goldstein      float64
	polarity       int      // the polarities of its interactions, summed: its colour's sign
	kinds          []string // "meet ×2", in kind order
	modalities     map[extract.Modality]bool
	evidence       []extract.Evidence
}

// Interaction arrow colours: teal for cooperation, red for conflict, grey for neutral.
const (
	cooperationColor = "#1A9E8F"
	conflictColor    = "#C0392B"
	neutralColor     = "#7F7F7F"
)

// plan selects and sizes what c draws of g.
func (c Config) plan(g *graph.Graph) (*drawing, error) {
	if c.Top < 0 {
		panic(fmt.Sprintf("render: negative Top %d", c.Top))
	}
	layout, err := c.layout()
	if err != nil {
		return nil, err
	}
	size := c.Size
	if size == nil {
		size = graph.Strength
	}
	all := g.Actors()
	d := &drawing{layout: layout, node: make(map[string]int), names: make(map[string]string, len(all))}
	for _, a := range all {
		d.names[a.ID] = a.Name
	}

	score := make(map[string]float64, len(all))
	for _, s := range size(g) {
		score[s.Actor.ID] = sizeScore(s.Value)
	}
	// The ranking that Top keeps the first of, and by which the explorer labels and filters.
	ranked := slices.Clone(all)
	slices.SortStableFunc(ranked, func(x, y graph.Actor) int {
		return cmp.Or(
			cmp.Compare(score[y.ID], score[x.ID]),
			cmp.Compare(x.Name, y.Name),
			cmp.Compare(x.ID, y.ID),
		)
	})
	rank := make(map[string]int, len(ranked))
	for i, a := range ranked {
		rank[a.ID] = i
	}
	d.actors = all
	if c.Top > 0 && c.Top < len(all) {
		d.actors = ranked[:c.Top]
		slices.SortFunc(d.actors, func(x, y graph.Actor) int { return cmp.Compare(x.ID, y.ID) })
	}

	maxScore := 0.0
	for i, a := range d.actors {
		d.node[a.ID] = i
		maxScore = max(maxScore, score[a.ID])
	}
	d.widths = make([]float64, len(d.actors))
	d.scores = make([]float64, len(d.actors))
	d.ranks = make([]int, len(d.actors))
	for i, a := range d.actors {
		d.scores[i] = score[a.ID]
		d.ranks[i] = rank[a.ID]
		// Area is proportional to the score, so the width to its square root.
		d.widths[i] = max(minNodeWidth, maxNodeWidth*math.Sqrt(fraction(score[a.ID], maxScore)))
	}

	for _, t := range g.Ties() {
		_, okA := d.node[t.A]
		_, okB := d.node[t.B]
		if okA && okB && t.Weight >= c.MinWeight {
			d.ties = append(d.ties, t)
		}
	}
	if ties := len(g.Ties()); len(d.actors) < len(all) || len(d.ties) < ties {
		d.note = fmt.Sprintf("Showing %s of %s actors", count(len(d.actors)), count(len(all)))
		if len(d.actors) < len(all) {
			d.note += " (the highest scores)"
		}
		d.note += fmt.Sprintf(" and %s of %s ties", count(len(d.ties)), count(ties))
		if c.MinWeight > 0 && !math.IsInf(c.MinWeight, 0) {
			d.note += " (weight ≥ " + strconv.FormatFloat(c.MinWeight, 'g', 4, 64) + ")"
		}
	}
	d.roles = c.Roles
	d.planGroups(c.Groups)
	d.clusters = c.Clusters && d.groups != nil
	if c.Interactions {
		for _, e := range g.Interactions() {
			_, okS := d.node[e.Source]
			_, okT := d.node[e.Target]
			if !okS || !okT {
				continue
			}
			if n := len(d.arrows); n == 0 || d.arrows[n-1].source != e.Source || d.arrows[n-1].target != e.Target {
				d.arrows = append(d.arrows, arrow{source: e.Source, target: e.Target, modalities: map[extract.Modality]bool{}})
			}
			a := &d.arrows[len(d.arrows)-1]
			a.count += e.Count
			a.goldstein += e.Goldstein
			a.polarity += e.Polarity * e.Count
			a.kinds = append(a.kinds, fmt.Sprintf("%s ×%d", e.Kind, e.Count))
			for _, m := range e.Modalities {
				a.modalities[m] = true
			}
			a.evidence = append(a.evidence, e.Evidence...)
		}
	}
	return d, nil
}

// sizeScore is the score by which an actor is sized and ranked for Top: NaN and scores that
// are not positive count as zero, and +Inf, a sum that overflowed, stays the largest.
func sizeScore(x float64) float64 {
	if !(x > 0) {
		return 0
	}
	return x
}

// DOT writes g to w in the DOT language. The output depends only on c and g: actors are
// written in ID order as nodes n0, n1, ..., ties in (A, B) order, and every number with a
// fixed precision. Names and all other text from g are escaped (see the package
// documentation), so no input can change the structure of the DOT.
func (c Config) DOT(w io.Writer, g *graph.Graph) error {
	d, err := c.plan(g)
	if err != nil {
		return err
	}
	return d.writeDOT(w, c.Title, 0)
}

// The attributes common to every drawing. Edges are drawn first, under the nodes. A node's
// label counts in overlap removal (fixedsize="shape") but not in its size, which is its area.
const (
	graphAttrs = `charset="UTF-8", bgcolor="white", pad="0.3", outputorder="edgesfirst", fontname="` + fontName + `", fontsize="11"`
	nodeAttrs  = `shape="circle", fixedsize="shape", style="filled", penwidth="1.5", fontname="` + fontName + `", fontsize="10", fontcolor="#1a1a1a"`
	edgeAttrs  = `color="#9a9a9a"`
)

// writeDOT writes the DOT of d, at dpi pixels per inch if dpi is positive.
func (d *drawing) writeDOT(w io.Writer, title string, dpi int) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "graph actors {\n\tgraph [layout=\"%s\", %s", d.layout, graphAttrs)
	switch d.layout {
	case Neato, FDP, SFDP:
		// Overlap removal: "false" is Voronoi-based here (the WebAssembly Graphviz lacks GTS,
		// so prism, sfdp's default, does nothing), tight but slow; "scale" spreads the layout
		// until nothing overlaps, and is fast. sep keeps a margin around labels, start fixes
		// the random seed.
		overlap := "false"
		if d.layout == SFDP || len(d.actors) > voronoiActors {
			overlap = "scale"
		}
		fmt.Fprintf(b, `, overlap="%s", sep="+8", start="1"`, overlap)
		if len(d.actors) <= splineActors {
			b.WriteString(`, splines="true"`) // ties go around actors, not through them
		}
	case Circo, Twopi:
		b.WriteString(`, overlap="false"`)
	}
	if dpi > 0 {
		// A raster costs its pixels: a drawing larger than pngMaxPixels on a side is scaled
		// down to fit ("size" only ever shrinks), so a large graph cannot make a PNG of
		// hundreds of megapixels that takes minutes to paint.
		side := float64(pngMaxPixels) / float64(dpi)
		fmt.Fprintf(b, `, dpi="%d", size="%s,%s"`, dpi, strconv.FormatFloat(side, 'f', 2, 64), strconv.FormatFloat(side, 'f', 2, 64))
	}
	if label := d.legend(clean(title)); label != "" {
		fmt.Fprintf(b, `, labelloc="t", labeljust="l", label=<%s>`, label)
	}
	fmt.Fprintf(b, "];\n\tnode [%s];\n\tedge [%s];\n", nodeAttrs, edgeAttrs)

	node := func(indent string, i int) {
		a := d.actors[i]
		color, tint := d.style(i)
		fmt.Fprintf(b, "%sn%d [label=%s, width=\"%s\", color=\"%s\", fillcolor=\"%s\", class=\"actor %s\", tooltip=%s];\n",
			indent, i, d.nodeLabel(a), fixed(d.widths[i], 2), color, tint, typeStyles[typeIndex(a.Type)].Type, quoteTooltip(d.actorTooltip(i)...))
	}
	if d.clusters {
		for k, name := range d.groups {
			fmt.Fprintf(b, "\tsubgraph cluster_%d {\n\t\tgraph [label=%s, style=\"rounded\", color=\"#BBBBBB\", fontsize=\"10\", fontcolor=\"#555555\"];\n",
				k, quoteLabel(truncate(name, groupRunes)))
			for i := range d.actors {
				if d.group[i] == k {
					node("\t\t", i)
				}
			}
			b.WriteString("\t}\n")
		}
		for i := range d.actors {
			if d.group[i] < 0 {
				node("\t", i)
			}
		}
	} else {
		for i := range d.actors {
			node("\t", i)
		}
	}

	maxWeight := 0.0
	for _, t := range d.ties {
		maxWeight = max(maxWeight, t.Weight)
	}
	for _, t := range d.ties {
		pen := minPenWidth + (maxPenWidth-minPenWidth)*fraction(t.Weight, maxWeight)
		fmt.Fprintf(b, "\tn%d -- n%d [penwidth=\"%s\", tooltip=%s];\n",
			d.node[t.A], d.node[t.B], fixed(pen, 2), quoteTooltip(d.tieTooltip(t)...))
	}
	for _, a := range d.arrows {
		fmt.Fprintf(b, "\tn%d -- n%d [dir=\"forward\", arrowsize=\"0.8\", color=\"%s\", style=\"%s\", penwidth=\"%s\", class=\"interaction\", tooltip=%s];\n",
			d.node[a.source], d.node[a.target], signColor(a.polarity), lineStyle(a.modalities), fixed(1.2+0.6*math.Min(float64(a.count-1), 5), 2), quoteTooltip(d.arrowTooltip(a)...))
	}
	b.WriteString("}\n")
	if err := b.Flush(); err != nil {
		return fmt.Errorf("render: write DOT: %w", err)
	}
	return nil
}

// legend returns the HTML-like graph label: the title, if any, above a key to the colours of
// the actor types drawn.
func (d *drawing) legend(title string) string {
	keys := d.keys()
	n := len(keys)
	if title == "" && n == 0 && len(d.arrows) == 0 && d.note == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<table border="0" cellborder="0" cellspacing="3" cellpadding="1">`)
	if title != "" {
		fmt.Fprintf(&b, `<tr><td align="left" colspan="%d"><font point-size="15">%s</font></td></tr>`, max(1, 3*n-1), escapeHTML(title))
	}
	if n > 0 {
		// The spacer cells keep the key apart when a viewer substitutes a wider font.
		b.WriteString(`<tr>`)
		sep := ""
		for _, k := range keys {
			fmt.Fprintf(&b, `%s<td width="10" height="10" fixedsize="true" border="1" color="%s" bgcolor="%s"></td><td align="left">%s</td>`,
				sep, k.Color, k.Tint, escapeHTML(k.Text))
			sep = `<td width="12"></td>`
		}
		b.WriteString(`</tr>`)
	}
	if len(d.arrows) > 0 {
		// A key to the interaction arrows, in the same cells.
		b.WriteString(`<tr>`)
		for i, k := range arrowKeys {
			if i > 0 {
				b.WriteString(`<td width="12"></td>`)
			}
			fmt.Fprintf(&b, `<td align="left" colspan="2"><font color="%s">%s</font></td>`, k.Color, k.Text)
		}
		b.WriteString(`</tr>`)
	}
	if d.note != "" {
		fmt.Fprintf(&b, `<tr><td align="left" colspan="%d"><font point-size="9" color="#555555">%s</font></td></tr>`, max(1, 3*n-1), d.note)
	}
	b.WriteString(`</table>`)
	return b.String()
}

// legendKey is one entry of a legend: a colour, the tint that fills it, and what it stands for.
type legendKey struct {
	Color string `json:"color"`
	Tint  string `json:"tint,omitempty"`
	Text  string `json:"text"`
}

// arrowKeys is the key to the interaction edges, in DOT's legend and the explorer's.
var arrowKeys = []legendKey{
	{Color: cooperationColor, Text: "→ cooperation"}, {Color: conflictColor, Text: "→ conflict"}, {Color: neutralColor, Text: "→ neutral"},
	{Color: neutralColor, Text: "- - planned or possible"}, {Color: neutralColor, Text: "··· negated"},
}

// keys returns the key to the actors' colours: the types present among the actors drawn, in
// typeStyles' order, or with groups the groups that have a colour, largest first, and "other"
// if any actor drawn is grey. Texts are plain, not escaped.
func (d *drawing) keys() []legendKey {
	var keys []legendKey
	if d.groups == nil {
		present := make([]bool, len(typeStyles))
		for _, a := range d.actors {
			present[typeIndex(a.Type)] = true
		}
		for i, s := range typeStyles {
			if present[i] {
				keys = append(keys, legendKey{s.Color, s.Tint, s.Type})
			}
		}
		return keys
	}
	others := false
	for _, g := range d.group {
		others = others || g < 0 || g >= groupPalette
	}
	for k, name := range d.groups[:min(len(d.groups), groupPalette)] {
		keys = append(keys, legendKey{typeStyles[k].Color, typeStyles[k].Tint, truncate(name, groupRunes)})
	}
	if others {
		s := typeStyles[len(typeStyles)-1]
		keys = append(keys, legendKey{s.Color, s.Tint, "other"})
	}
	return keys
}

// count writes n with thousands separators: 1,234.
func count(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// nodeLabel is the DOT label of an actor: its name and, with roles on, a person's shortest
// role on a second line.
func (d *drawing) nodeLabel(a graph.Actor) string {
	name := quoteLabel(label(a))
	role := d.role(a)
	if role == "" {
		return name
	}
	return strings.TrimSuffix(name, `"`) + `\n` + strings.TrimPrefix(quoteLabel(role), `"`)
}

// role returns the second label line of an actor when roles are drawn: a person's shortest
// role, cut to roleRunes; "" if roles are not drawn or the actor has none.
func (d *drawing) role(a graph.Actor) string {
	if !d.roles || a.Type != "person" || len(a.Roles) == 0 {
		return ""
	}
	role := slices.MinFunc(a.Roles, func(x, y string) int { return cmp.Or(cmp.Compare(len(x), len(y)), cmp.Compare(x, y)) })
	return truncate(clean(role), roleRunes)
}

// signColor is the colour of an interaction edge whose interactions' polarities sum to
// polarity: teal for cooperation, red for conflict, grey for neutral. It goes by polarity, not
// by Goldstein weight, so a neutral talk is grey though its Goldstein weight is 1.
func signColor(polarity int) string {
	switch {
	case polarity > 0:
		return cooperationColor
	case polarity < 0:
		return conflictColor
	}
	return neutralColor
}

// lineStyle is the line of an interaction edge whose interactions have the modalities in
// set: dotted if every one is negated, dashed if every one is only planned or possible,
// solid otherwise.
func lineStyle(set map[extract.Modality]bool) string {
	switch {
	case onlyModalities(set, extract.Negated):
		return "dotted"
	case onlyModalities(set, extract.Planned, extract.Possible):
		return "dashed"
	}
	return "solid"
}

// onlyModalities reports whether every modality in set is one of want.
func onlyModalities(set map[extract.Modality]bool, want ...extract.Modality) bool {
	if len(set) == 0 {
		return false
	}
	for m := range set {
		if !slices.Contains(want, m) {
			return false
		}
	}
	return true
}

func (d *drawing) arrowTooltip(a arrow) []string {
	lines := []string{
		label(d.actors[d.node[a.source]]) + " → " + label(d.actors[d.node[a.target]]),
		clean(strings.Join(a.kinds, ", ")) + ", Goldstein " + number(a.goldstein),
	}
	return append(lines, evidenceLines(a.evidence, a.count)...)
}

// tooltipEvidence is the most evidence sentences an edge tooltip quotes.
const tooltipEvidence = 3

// evidenceLines quotes the first sentences of evs, each cut to tooltipRunes, and says how
// many more there are of total, the sentences behind the edge (evs may be a sample of them:
// graph.Graph.SetEvidenceLimit).
func evidenceLines(evs []extract.Evidence, total int) []string {
	var lines []string
	for i, e := range evs {
		if i == tooltipEvidence {
			break
		}
		if s := clean(e.Text); s != "" {
			lines = append(lines, "“"+truncate(s, tooltipRunes)+"”")
		}
	}
	if shown := min(len(evs), tooltipEvidence); max(total, len(evs)) > shown {
		lines = append(lines, fmt.Sprintf("… and %d more", max(total, len(evs))-shown))
	}
	return lines
}

// label is the text drawn for an actor: its name, or its ID if the name has nothing to show,
// cut to labelRunes.
func label(a graph.Actor) string {
	return truncate(cmp.Or(clean(a.Name), clean(a.ID), "?"), labelRunes)
}

func (d *drawing) actorTooltip(i int) []string {
	a := d.actors[i]
	lines := []string{label(a), "type: " + cmp.Or(clean(a.Type), "unknown")}
	if d.groups != nil && d.group[i] >= 0 {
		lines = append(lines, "group: "+truncate(d.groups[d.group[i]], groupRunes))
	}
	if a.Affiliation != "" {
		inferred := ""
		if a.AffiliationInferred {
			inferred = " (inferred)"
		}
		lines = append(lines, "affiliation: "+cmp.Or(clean(d.names[a.Affiliation]), slugName(a.Affiliation))+inferred)
	}
	if len(a.Roles) > 0 {
		lines = append(lines, "roles: "+truncate(clean(strings.Join(a.Roles, "; ")), tooltipRunes))
	}
	if len(a.Aliases) > 0 {
		lines = append(lines, "aliases: "+truncate(clean(strings.Join(a.Aliases, "; ")), tooltipRunes))
	}
	if a.Mentions > 0 {
		lines = append(lines, "mentions: "+strconv.Itoa(a.Mentions))
	}
	lines = append(lines, "score: "+number(d.scores[i]))
	return lines
}

func (d *drawing) tieTooltip(t graph.Tie) []string {
	a := d.actors[d.node[t.A]]
	b := d.actors[d.node[t.B]]
	lines := []string{
		label(a) + " – " + label(b),
		"weight: " + number(t.Weight) + ", count: " + strconv.Itoa(t.Count),
	}
	return append(lines, evidenceLines(t.Evidence, t.Count)...)
}

// fixed formats x with prec decimals.
func fixed(x float64, prec int) string {
	return strconv.FormatFloat(x, 'f', prec, 64)
}

// number formats x for people: at most three decimals, without trailing zeros; from 10^15,
// where that would take up to 309 digits, and below 0.001, which would show as 0, with four
// significant digits and an exponent (1.7e+308, 1e-308); and ∞ for a sum that overflowed.
func number(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "∞"
	case math.IsInf(x, -1):
		return "-∞"
	case math.Abs(x) >= 1e15 || x != 0 && math.Abs(x) < 1e-3:
		return strconv.FormatFloat(x, 'g', 4, 64)
	}
	s := strconv.FormatFloat(x, 'f', 3, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
