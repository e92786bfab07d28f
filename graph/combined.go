package graph

// Mix weighs the layers of a graph against each other in its combined view.
type Mix struct {
	CoMention   float64 // per unit of co-mention weight
	Interaction float64 // per interaction, either direction, of any kind and sign
	Affiliation float64 // per affiliation, either direction
}

// DefaultMix counts an interaction as two co-mentions, since it states a tie where a
// co-mention only suggests one, and an affiliation as one.
var DefaultMix = Mix{CoMention: 1, Interaction: 2, Affiliation: 1}

// Combined returns the combined view of g: its actors, tied wherever any layer ties them,
// with weight m.CoMention·(co-mention weight) + m.Interaction·(number of interactions between
// the two) + m.Affiliation·(number of affiliations between them). The weights are strengths,
// all positive (conflict counts as a tie as much as cooperation: use Cooperation and Conflict
// to keep them apart), so every measure reads the view. The evidence of each tie is that of
// all its layers. It panics if a weight of m is negative.
func Combined(g *Graph, m Mix) *Graph {
	if m.CoMention < 0 || m.Interaction < 0 || m.Affiliation < 0 {
		panic("graph: negative weight in Mix")
	}
	c := New()
	c.evidenceLimit = g.evidenceLimit
	for _, a := range g.Actors() {
		c.AddActor(a)
	}
	for _, t := range g.Ties() {
		if w := m.CoMention * t.Weight; w > 0 {
			c.addTie(t.A, t.B, w, t.Count, t.Evidence)
		}
	}
	if m.Interaction > 0 {
		for _, i := range g.groups() {
			// One addition of the weight per interaction, as one tie per interaction would.
			c.addTie(i.Source, i.Target, m.Interaction, 1, i.evidence)
			for range i.count - 1 {
				c.addTie(i.Source, i.Target, m.Interaction, 1, nil)
			}
		}
	}
	if m.Affiliation > 0 {
		for _, a := range g.Affiliations() {
			c.addTie(a.Actor, a.Of, m.Affiliation, 1, a.Evidence)
		}
	}
	return c
}
