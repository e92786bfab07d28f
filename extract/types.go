package extract

import (
	"slices"
	"strings"
)

// ActorType classifies an actor. The set is fixed by the command-line contract.
type ActorType string

// The actor types.
const (
	Person       ActorType = "person"
	Country      ActorType = "country"
	Organization ActorType = "organization"
	Media        ActorType = "media"
	Group        ActorType = "group"
	Location     ActorType = "location"
)

// Valid reports whether t is one of the defined actor types.
func (t ActorType) Valid() bool {
	switch t {
	case Person, Country, Organization, Media, Group, Location:
		return true
	}
	return false
}

// Span is a half-open byte range [Start, End) into a Document's Text.
type Span struct {
	Start, End int
}

// Sentence is one sentence of a document.
type Sentence struct {
	Index     int // position in the document, from 0
	Paragraph int // index of the paragraph that holds it, from 0
	Span
	Text string // the bytes of the span
}

// Mention is one occurrence of an actor in a document.
type Mention struct {
	Doc      string // document ID
	Actor    string // actor ID
	Sentence int    // index of the sentence that holds it
	Span
	Text string // the bytes of the span, exactly as in the document
	// Reference is set on a pronoun or description resolved to the actor ("she", "the
	// president", "lawmakers"): a mention, but not a name of the actor.
	Reference bool
}

// Actor is a canonical actor: every name a text uses for it, resolved to one.
type Actor struct {
	ID          string    // stable, lowercase, hyphenated: "volodymyr-zelensky"
	Name        string    // canonical display name
	Type        ActorType //
	Aliases     []string  // names seen in the text and the Latin transliteration of those in Cyrillic or Greek, sorted; Name and references excluded
	Affiliation string    // ID of the actor this one belongs to, or ""
	// AffiliationInferred says the affiliation is a guess, not read in the text or the
	// knowledge base: the country a document is about, given to an official whose title
	// names none. Drawings show it lighter.
	AffiliationInferred bool
	Roles               []string  // titles seen in the text and roles the knowledge base gives, sorted
	Mentions            []Mention // in document order (by document, then offset)
	// NameKey is the transliteration key of a person in no list, found from the text: the
	// persons of all documents that share it are one, named by CanonicalName. Empty for
	// every other actor. A program that extracts documents one at a time (to keep memory
	// bounded, as graph.Builder does) unifies them by it.
	NameKey string
	// Spellings counts the mentions of each spelling of a person in no list (NameKey set)
	// before Extract gave them one name, so that results of several calls can be named
	// alike; nil for every other actor.
	Spellings map[string]int
}

// Evidence points at the text behind a fact: a sentence, or for co-mentions of a
// paragraph window the paragraph (Sentence is then its first sentence), or for co-mentions of
// a document window the whole document (Sentence is -1, Span and Text are empty).
type Evidence struct {
	Doc      string // document ID
	Sentence int    // sentence index within the document, or -1
	Span            // byte span of the sentence or paragraph
	Text     string // the sentence or paragraph
}

// CoMention is an undirected tie between two actors that appear in the same window of text.
// Source sorts before Target.
type CoMention struct {
	Source, Target string
	Weight         float64    // sum of window weights: 1 per shared sentence by default
	Count          int        // number of windows in which both appear
	Evidence       []Evidence // in document order, one per window
}

// Modality says how a text presents an interaction.
type Modality string

// The modalities.
const (
	Asserted Modality = "asserted"
	Planned  Modality = "planned"
	Possible Modality = "possible"
	Negated  Modality = "negated"
	Reported Modality = "reported"
)

// Interaction is a reported action of one actor towards another.
type Interaction struct {
	Source, Target string   // actor IDs
	Kind           string   // one of the kinds in docs/CONTRACT.md, e.g. "meet", "criticize"
	CAMEO          string   // CAMEO event code, at least the two-digit root
	Goldstein      float64  // Goldstein-scale weight, -10 to +10
	Polarity       int      // -1, 0 or 1
	Modality       Modality //
	Evidence
}

// RelationKind names a standing relation between two actors.
type RelationKind string

// The relation kinds.
const (
	// WorksFor: a person holds a role for another actor: "Putin adviser Kirill Dmitriev"
	// works for Putin, "Secretary of State Marco Rubio" for the United States.
	WorksFor RelationKind = "works_for"
)

// Relation is a standing tie that the text states, such as who works for whom. Relations
// are the affiliation layer of the graph, kept apart from co-mentions and interactions.
type Relation struct {
	Source, Target string       // actor IDs
	Kind           RelationKind //
	Role           string       // the title as written: "chief of staff", "Army Secretary"
	Evidence
}

// Result is everything extracted from a set of documents.
type Result struct {
	Documents    []*Document   // in input order
	Actors       []Actor       // sorted by ID
	CoMentions   []CoMention   // sorted by Source, then Target
	Relations    []Relation    // sorted by Source, Target, Kind, Role; the first evidence of each
	Interactions []Interaction // in document order
}

// ActorByID returns the actor with the given ID, by binary search over the sorted Actors.
func (r *Result) ActorByID(id string) (Actor, bool) {
	i, ok := slices.BinarySearchFunc(r.Actors, id, func(a Actor, id string) int {
		return strings.Compare(a.ID, id)
	})
	if !ok {
		return Actor{}, false
	}
	return r.Actors[i], true
}
