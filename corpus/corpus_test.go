package corpus_test

import (
	"fmt"
	"io/fs"
	"log"
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
)

func TestDocuments(t *testing.T) {
	docs, err := corpus.Documents()
	if err != nil {
		t.Fatal(err)
	}
	names := corpus.Names()
	if len(docs) != 2 || len(names) != 2 {
		t.Fatalf("got %d documents and %d names, want 2 of each", len(docs), len(names))
	}
	for i, d := range docs {
		b, err := corpus.Bytes(names[i])
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != string(b) {
			t.Errorf("%s: document text differs from the bundled bytes", names[i])
		}
		if d.Date != "2025-11-24" {
			t.Errorf("%s: date %q, want 2025-11-24 (from the page's date widget)", names[i], d.Date)
		}
		if len(d.Sentences) < 15 {
			t.Errorf("%s: %d sentences, want at least 15", names[i], len(d.Sentences))
		}
	}
	if docs[1].Source != "News.Az" {
		t.Errorf("source %q, want News.Az (from the closing outlet line)", docs[1].Source)
	}
	if _, err := corpus.Bytes("missing.txt"); err == nil {
		t.Error("Bytes of a missing article gave no error")
	}
	entries, err := fs.ReadDir(corpus.FS(), ".")
	if err != nil || len(entries) != 2 {
		t.Errorf("FS holds %d entries (%v), want 2", len(entries), err)
	}
}

func Example() {
	docs, err := corpus.Documents()
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range docs {
		fmt.Printf("%s %s %q\n", d.ID, d.Date, d.Source)
	}
	r := extract.Pipeline{}.Extract(docs...)
	z, _ := r.ActorByID("volodymyr-zelensky")
	fmt.Println(z.Name, z.Aliases)
	// Output:
	// kyivindependent-2025-11-24-zelensky-visit 2025-11-24 ""
	// newsaz-2025-11-24-zelenskyy-visit 2025-11-24 "News.Az"
	// Volodymyr Zelensky [Volodymyr Zelenskyy Zelensky Zelenskyy]
}
