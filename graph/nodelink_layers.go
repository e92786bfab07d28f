package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"

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

// interactionJSON is the interactions of one source, target, kind, code, polarity and
// modality in node-link JSON: count of them (1 when left out), their Goldstein weights
// summed, and their evidence: one object for one interaction, as files before counts had
// it, else a list.
type interactionJSON struct {
	Source    string          `json:"source"`
	Target    string          `json:"target"`
	Kind      string          `json:"kind"`
	CAMEO     string          `json:"cameo"`
	Goldstein float64         `json:"goldstein"`
	Polarity  int             `json:"polarity"`
	Modality  string          `json:"modality"`
	Count     int             `json:"count,omitempty"`
	Evidence  json.RawMessage `json:"evidence,omitempty"`
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
	for _, in := range g.groups() {
		j := interactionJSON{Source: in.Source, Target: in.Target, Kind: in.Kind, CAMEO: in.CAMEO,
			Goldstein: in.Goldstein, Polarity: in.Polarity, Modality: string(in.Modality)}
		evidence := in.evidence
		if in.count == 1 {
			if len(evidence) == 1 && evidence[0] != (extract.Evidence{}) {
				j.Evidence = mustMarshal(toEvidenceJSON(evidence)[0])
			}
		} else {
			j.Count = in.count
			if evidence = slices.DeleteFunc(slices.Clone(evidence), func(e extract.Evidence) bool { return e == (extract.Evidence{}) }); len(evidence) > 0 {
				j.Evidence = mustMarshal(toEvidenceJSON(evidence))
			}
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
			if !g.has(in.Source) || !g.has(in.Target) || in.Source == in.Target || math.IsNaN(in.Goldstein) || math.IsInf(in.Goldstein, 0) {
				return fmt.Errorf("graph.interactions[%d]: %q to %q: an end that is no node, or the same node", i, in.Source, in.Target)
			}
			if in.Count < 0 {
				return fmt.Errorf("graph.interactions[%d]: count %d", i, in.Count)
			}
			x := extract.Interaction{Source: in.Source, Target: in.Target, Kind: in.Kind, CAMEO: in.CAMEO,
				Goldstein: in.Goldstein, Polarity: in.Polarity, Modality: extract.Modality(in.Modality)}
			var evidence []evidenceJSON
			switch kind(in.Evidence) {
			case "object":
				var one evidenceJSON
				if err := json.Unmarshal(in.Evidence, &one); err != nil {
					return fmt.Errorf("graph.interactions[%d].evidence: %v", i, err)
				}
				evidence = []evidenceJSON{one}
			case "array":
				if err := json.Unmarshal(in.Evidence, &evidence); err != nil {
					return fmt.Errorf("graph.interactions[%d].evidence: %v", i, err)
				}
			}
			g.addInteractions(x, max(in.Count, 1), fromEvidenceJSON(evidence))
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

// mustMarshal encodes evidence, which cannot fail: it is strings and ints. Like the rest of
// the file, names such as "AT&T" stay readable.
func mustMarshal(v any) json.RawMessage {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic("graph: " + err.Error())
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
