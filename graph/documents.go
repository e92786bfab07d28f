package graph

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
)

// Document is what a graph knows of a document that its evidence cites: enough to show
// where a sentence comes from, and when, without the document's text.
type Document struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"` // the outlet
	Date   string `json:"date,omitempty"`   // YYYY-MM-DD (or YYYY-MM, YYYY) when extract could read it
	URL    string `json:"url,omitempty"`
}

// AddDocument records d. A document already known by d's ID keeps its fields and takes
// those of d only where it has none.
func (g *Graph) AddDocument(d Document) {
	if d.ID == "" {
		return
	}
	if g.documents == nil {
		g.documents = map[string]Document{}
	}
	old, ok := g.documents[d.ID]
	if !ok {
		g.documents[d.ID] = d
		return
	}
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&old.Title, d.Title}, {&old.Source, d.Source}, {&old.Date, d.Date}, {&old.URL, d.URL},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	g.documents[d.ID] = old
}

// Documents returns the documents the graph knows, sorted by ID.
func (g *Graph) Documents() []Document {
	out := make([]Document, 0, len(g.documents))
	for _, d := range g.documents {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b Document) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Document returns the document with the given ID, if the graph knows it.
func (g *Graph) Document(id string) (Document, bool) {
	d, ok := g.documents[id]
	return d, ok
}

// documentOf returns the graph's record of an extracted document.
func documentOf(d *extract.Document) Document {
	// Copies: the fields may be slices of the document's text, which they would keep alive.
	return Document{ID: strings.Clone(d.ID), Title: strings.Clone(d.Title), Source: strings.Clone(d.Source),
		Date: strings.Clone(d.Date), URL: strings.Clone(d.URL)}
}
