package graph

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/actorgraph/actorgraph/extract"
)

// evidenceJSON is one piece of evidence in node-link JSON: the sentence and where it is.
type evidenceJSON struct {
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

func toEvidenceJSON(evidence []extract.Evidence) []evidenceJSON {
	if len(evidence) == 0 {
		return nil
	}
	out := make([]evidenceJSON, len(evidence))
	for i, e := range evidence {
		out[i] = evidenceJSON{Doc: e.Doc, Sentence: e.Sentence, Start: e.Start, End: e.End, Text: e.Text}
	}
	return out
}

func fromEvidenceJSON(evidence []evidenceJSON) []extract.Evidence {
	if len(evidence) == 0 {
		return nil
	}
	out := make([]extract.Evidence, len(evidence))
	for i, e := range evidence {
		out[i] = extract.Evidence{Doc: e.Doc, Sentence: e.Sentence, Span: extract.Span{Start: e.Start, End: e.End}, Text: e.Text}
	}
	return out
}

// interactionJSON is one interaction of the interaction layer in node-link JSON.
type interactionJSON struct {
	Source    string        `json:"source"`
	Target    string        `json:"target"`
	Kind      string        `json:"kind"`
	CAMEO     string        `json:"cameo"`
	Goldstein float64       `json:"goldstein"`
	Polarity  int           `json:"polarity"`
	Modality  string        `json:"modality"`
	Evidence  *evidenceJSON `json:"evidence,omitempty"`
}

// affiliationJSON is one affiliation of the affiliation layer in node-link JSON.
type affiliationJSON struct {
	Actor    string         `json:"actor"`
	Of       string         `json:"of"`
	Kind     string         `json:"kind"`
	Role     string         `json:"role,omitempty"`
	Evidence []evidenceJSON `json:"evidence,omitempty"`
}

// layersJSON is what WriteNodeLink writes under "graph", beside NetworkX's nodes and edges:
// the documents evidence cites and the two directed layers, each left out when empty.
type layersJSON struct {
	Documents    []Document        `json:"documents,omitempty"`
	Interactions []interactionJSON `json:"interactions,omitempty"`
	Affiliations []affiliationJSON `json:"affiliations,omitempty"`
}

func (g *Graph) layersJSON() layersJSON {
	out := layersJSON{Documents: g.Documents()}
	for _, in := range g.interactions {
		j := interactionJSON{Source: in.Source, Target: in.Target, Kind: in.Kind, CAMEO: in.CAMEO,
			Goldstein: in.Goldstein, Polarity: in.Polarity, Modality: string(in.Modality)}
		if in.Evidence != (extract.Evidence{}) {
			ev := toEvidenceJSON([]extract.Evidence{in.Evidence})[0]
			j.Evidence = &ev
		}
		out.Interactions = append(out.Interactions, j)
	}
	for _, a := range g.Affiliations() {
		out.Affiliations = append(out.Affiliations, affiliationJSON{Actor: a.Actor, Of: a.Of, Kind: a.Kind, Role: a.Role, Evidence: toEvidenceJSON(a.Evidence)})
	}
	return out
}

// readLayers adds to g the documents, interactions and affiliations that raw, the "graph"
// object of a node-link file, holds, if any: what WriteNodeLink wrote. Anything else there
// is left alone, as NetworkX's graph attributes are free.
func readLayers(g *Graph, raw json.RawMessage) error {
	if kind(raw) != "object" {
		return nil
	}
	var attrs map[string]json.RawMessage
	if err := json.Unmarshal(raw, &attrs); err != nil {
		return nil
	}
	if r, ok := attrs["documents"]; ok && kind(r) != "null" {
		var docs []Document
		if err := json.Unmarshal(r, &docs); err != nil {
			return fmt.Errorf("graph.documents: %v", err)
		}
		for _, d := range docs {
			g.AddDocument(d)
		}
	}
	if r, ok := attrs["interactions"]; ok && kind(r) != "null" {
		var ins []interactionJSON
		if err := json.Unmarshal(r, &ins); err != nil {
			return fmt.Errorf("graph.interactions: %v", err)
		}
		for i, in := range ins {
			if !g.has(in.Source) || !g.has(in.Target) || in.Source == in.Target || math.IsNaN(in.Goldstein) {
				return fmt.Errorf("graph.interactions[%d]: %q to %q: an end that is no node, or the same node", i, in.Source, in.Target)
			}
			x := extract.Interaction{Source: in.Source, Target: in.Target, Kind: in.Kind, CAMEO: in.CAMEO,
				Goldstein: in.Goldstein, Polarity: in.Polarity, Modality: extract.Modality(in.Modality)}
			if in.Evidence != nil {
				x.Evidence = fromEvidenceJSON([]evidenceJSON{*in.Evidence})[0]
			}
			g.AddInteraction(x)
		}
	}
	if r, ok := attrs["affiliations"]; ok && kind(r) != "null" {
		var affs []affiliationJSON
		if err := json.Unmarshal(r, &affs); err != nil {
			return fmt.Errorf("graph.affiliations: %v", err)
		}
		for i, a := range affs {
			if !g.has(a.Actor) || !g.has(a.Of) || a.Actor == a.Of {
				return fmt.Errorf("graph.affiliations[%d]: %q of %q: an end that is no node, or the same node", i, a.Actor, a.Of)
			}
			g.AddAffiliation(Affiliation{Actor: a.Actor, Of: a.Of, Kind: a.Kind, Role: a.Role, Evidence: fromEvidenceJSON(a.Evidence)})
		}
	}
	return nil
}
