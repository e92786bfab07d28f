package extract

import (
	"slices"
	"testing"
)

// scriptTests are names in other scripts than Latin, with the built-in knowledge: every
// actor gets a non-empty ID, a Cyrillic spelling of a known person is that person, and a
// Cyrillic or Greek name is also known by its Latin letters.
var scriptTests = []struct {
	name, text string
	id         string // the actor the non-Latin name must resolve to
	alias      string // an alias it must have
}{
	{"known person in Cyrillic", "Reuters spoke to Дмитрий Песков, the Kremlin spokesman.", "dmitry-peskov", "Дмитрий Песков"},
	{"person in no list in Cyrillic", "Reuters spoke to Олена Марчук, the mayor's spokeswoman.", "olena-marchuk", "Olena Marchuk"},
	{"person in no list in Greek", "Reuters spoke to Νίκος Παππάς, the Greek minister.", "nikos-pappas", "Nikos Pappas"},
	{"person in Cyrillic named twice", "Олена Марчук said so. Reuters spoke to Олена Марчук, the spokeswoman, on Monday.", "olena-marchuk", "Olena Marchuk"},
}

func TestNamesInOtherScripts(t *testing.T) {
	for _, tt := range scriptTests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("t.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			r := Pipeline{}.Extract(doc)
			for _, a := range r.Actors {
				if a.ID == "" {
					t.Errorf("actor %q has an empty ID", a.Name)
				}
			}
			a, ok := r.ActorByID(tt.id)
			if !ok {
				t.Fatalf("no actor %q among %v", tt.id, actorIDs(r))
			}
			if !slices.Contains(a.Aliases, tt.alias) && a.Name != tt.alias {
				t.Errorf("actor %q: name %q, aliases %q; want %q among them", tt.id, a.Name, a.Aliases, tt.alias)
			}
		})
	}
}

// TestCyrillicMeetsLatin: the same person in Cyrillic in one document and in Latin letters
// in another is one actor.
func TestCyrillicMeetsLatin(t *testing.T) {
	d1, err := Read("a.txt", []byte("Reuters spoke to Олена Марчук, the mayor's spokeswoman."))
	if err != nil {
		t.Fatal(err)
	}
	d2, err := Read("b.txt", []byte("Olena Marchuk told reporters the mayor would resign."))
	if err != nil {
		t.Fatal(err)
	}
	r := Pipeline{}.Extract(d1, d2)
	a, ok := r.ActorByID("olena-marchuk")
	if !ok {
		t.Fatalf("no actor olena-marchuk among %v", actorIDs(r))
	}
	docs := map[string]bool{}
	for _, m := range a.Mentions {
		docs[m.Doc] = true
	}
	if len(docs) != 2 {
		t.Errorf("olena-marchuk mentioned in %v, want both documents", docs)
	}
}

func actorIDs(r *Result) []string {
	var ids []string
	for _, a := range r.Actors {
		ids = append(ids, a.ID)
	}
	return ids
}
