package graph

// Jaccard returns a copy of g whose tie weights are the Jaccard association of the two
// actors, count(a, b) / (mentions(a) + mentions(b) - count(a, b)): how often they appear
// together against how often either appears, so that actors named everywhere do not tie
// with everyone by sheer frequency. Mentions stand in for the windows an actor appears in
// (each mention is in one window), so the value is a lower bound of the windows' Jaccard
// index when an actor is named twice in one window. Ties whose actors have no mention
// recorded keep a weight of 1. Affiliations and interactions are copied unchanged.
func Jaccard(g *Graph) *Graph {
	out := New()
	out.evidenceLimit = g.evidenceLimit
	for _, a := range g.Actors() {
		out.AddActor(a)
	}
	for _, t := range g.Ties() {
		a, _ := g.Actor(t.A)
		b, _ := g.Actor(t.B)
		w := 1.0
		if union := a.Mentions + b.Mentions - t.Count; union > 0 && t.Count > 0 {
			w = float64(t.Count) / float64(union)
		}
		out.addTie(t.A, t.B, min(w, 1), t.Count, t.Evidence)
	}
	for _, a := range g.Affiliations() {
		out.AddAffiliation(a)
	}
	for _, i := range g.groups() {
		out.addGroup(i.Interaction, i.count, i.terms, i.evidence)
	}
	return out
}
