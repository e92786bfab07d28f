package render

import (
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Layout names a Graphviz layout engine.
type Layout string

// The layout engines that Config accepts.
const (
	Dot   Layout = "dot"   // hierarchical, in ranks; reads well for trees, less so for actor networks
	Neato Layout = "neato" // stress majorization; the default
	FDP   Layout = "fdp"   // force-directed, spring model
	SFDP  Layout = "sfdp"  // multiscale force-directed, for graphs of hundreds of actors
	Circo Layout = "circo" // circular
	Twopi Layout = "twopi" // radial, around a central actor
)

// DefaultLayout is the engine used when Config.Layout is empty. Neato lays out the 20 to 40
// actors of a typical news graph in a fraction of a second, keeps tightly tied actors close
// together and, with overlap removal, leaves room for every label; and unlike fdp and sfdp it
// gives the same drawing every time (see Determinism in the package documentation). It is
// not the default for large graphs too because SFDP, much faster there, is not deterministic.
const DefaultLayout = Neato

var layouts = []Layout{Dot, Neato, FDP, SFDP, Circo, Twopi}

// ParseLayout returns the layout named s ("dot", "neato", "fdp", "sfdp", "circo" or "twopi",
// in any case). The empty string gives DefaultLayout.
func ParseLayout(s string) (Layout, error) {
	if s == "" {
		return DefaultLayout, nil
	}
	for _, l := range layouts {
		if strings.EqualFold(s, string(l)) {
			return l, nil
		}
	}
	return "", fmt.Errorf("render: unknown layout %q (want one of dot, neato, fdp, sfdp, circo, twopi)", s)
}

// Config controls how a graph is drawn. Its zero value draws every actor and tie with the
// default layout, node area proportional to strength, and no title.
type Config struct {
	// Layout is the Graphviz engine that places the actors; empty means DefaultLayout, and
	// any other value than the constants above is an error. DOT output names it in the
	// graph's layout attribute, so that Graphviz's dot command needs no -K.
	Layout Layout

	// Size scores the actors; node area is proportional to an actor's score (so node width to
	// its square root), between a minimum and a maximum size. Nil means graph.Strength, the sum
	// of an actor's tie weights. Any measure of the graph package fits, such as graph.Degree.
	// Size is called once, on the whole graph, before Top and MinWeight are applied.
	Size func(*graph.Graph) []graph.Score

	// Title, if not empty, is drawn above the graph.
	Title string

	// MinWeight hides ties whose weight is below it. Actors stay, even if left without ties;
	// use Top to drop actors.
	MinWeight float64

	// Top, if positive, keeps only the Top actors with the highest Size scores (ties broken by
	// name, then ID) and the ties among them. Zero keeps every actor; a negative Top panics.
	// When Top or MinWeight leaves actors or ties out, the legend says how many of each are
	// shown: "Showing 30 of 412 actors (the highest scores) and 85 of 1,730 ties".
	Top int

	// Interactions draws the interaction layer over the co-mention ties: an arrow from source
	// to target for each pair that interacts, coloured by the sign of their polarities summed
	// (teal cooperation, red conflict, grey neutral), dashed if every interaction is only
	// planned or possible, dotted if every one is negated, its tooltip listing the kinds and
	// the evidence.
	Interactions bool

	// Roles adds a second label line with a person's shortest role ("Secretary of State").
	Roles bool

	// Groups, if not nil, colours actors by group instead of by type. It maps actor IDs to
	// group names: the communities of a partition (CommunityGroups), the countries and
	// organizations actors are affiliated to (AffiliationGroups), or any other grouping. The
	// six largest groups drawn get the palette's colours, largest first (ties by name);
	// smaller groups and actors in none are grey, keyed "other" in the legend.
	Groups map[string]string

	// Clusters draws a labelled box around the actors of each group of Groups. Graphviz draws
	// clusters with the dot and fdp layouts only; the others ignore them.
	Clusters bool
}

func (c Config) layout() (Layout, error) {
	if c.Layout == "" {
		return DefaultLayout, nil
	}
	for _, l := range layouts {
		if c.Layout == l {
			return l, nil
		}
	}
	return "", fmt.Errorf("render: unknown layout %q", string(c.Layout))
}
