package extract

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// FuzzReadEntries reads arbitrary bytes as a knowledge file: ReadEntries never panics,
// its errors name the input, and the entries it accepts extend a knowledge base with With
// without panicking.
func FuzzReadEntries(f *testing.F) {
	for _, s := range []string{
		"",
		`{"id": "a", "name": "A", "type": "group"}`,
		"\uFEFF# comment\n\n" + `{"id": "halvorsen-shipping", "name": "Halvorsen Shipping", "type": "organization", "aliases": ["Halvorsen"], "affiliation": "norland"}`,
		`{"id": "anna-kovac", "aliases": ["Madam K"], "titles": ["Dr."], "references": ["lawmakers"]}`,
		`{"id": "norland", "demonyms": ["Norlander"], "capital": "Port Nor", "capital_aliases": ["Nor"], "metonyms": ["the Lodge"]}`,
		`{"id": "a", "name": "A", "type": "group", "affiliation": "b"}` + "\n" + `{"id": "b", "name": "B", "type": "group", "affiliation": "a"}`,
		`{"id": "x", "name": "X", "type": "person"} garbage`,
		`{"id": "x", "name": "X", "type": "person", "affiliation": "x"}`,
		`{"id": "--", "name": "—", "type": "person", "aliases": ["’s", "U.S.", "- -"]}`,
		`{"id": "a", "name": "A", "type": "person"}{"id": "b"}` + "\n[1]\nnull\n\"s\"",
	} {
		f.Add([]byte(s))
	}
	base, err := NewKnowledge([]Entry{
		{ID: "norland", Name: "Norland", Type: Country, Capital: "Port Nor"},
		{ID: "anna-kovac", Name: "Anna Kovac", Type: Person, Affiliation: "norland"},
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ReadEntries(bytes.NewReader(data), "fuzz.jsonl")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.jsonl") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		k, err := base.With(entries...)
		if err != nil {
			return // an unknown affiliation, a new entry without a name, a cycle with base
		}
		for _, e := range entries {
			if _, ok := k.Entry(e.ID); !ok {
				t.Fatalf("entry %q accepted but not in the knowledge base", e.ID)
			}
		}
		doc, err := Read("fuzz.txt", []byte("Anna Kovac met Norland officials in Port Nor."))
		if err != nil {
			t.Fatal(err)
		}
		Pipeline{Knowledge: k}.Extract(doc)
	})
}

// FuzzReadFrom reads arbitrary bytes a byte at a time with ReadFrom: it gives what Read
// gives for the same bytes, and an accepted document's text is valid UTF-8 whose spans
// hold their sentences.
func FuzzReadFrom(f *testing.F) {
	for _, s := range []string{
		"",
		"\uFEFFtitle: With BOM\nsource: Wire\n\nText.",
		"title: x\r\n\r\nPresident Donald Trump met Vladimir Putin.\r\n",
		"\xff\xfe\x00binary",
		" \n\t\f",
		"id: ---\n\nA.",
		"date 2025-11-24 + ↺ − 16 px\n\nReporting by A; editing by B.",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		want, wantErr := Read("fuzz.txt", data)
		got, err := ReadFrom("fuzz.txt", iotest.OneByteReader(bytes.NewReader(data)))
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("ReadFrom: %v, Read: %v", err, wantErr)
		}
		if err != nil {
			if !strings.Contains(err.Error(), `"fuzz.txt"`) {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("ReadFrom gave %+v, Read %+v", got, want)
		}
		if !utf8.ValidString(got.Text) || got.ID == "" {
			t.Fatalf("document %+v: invalid UTF-8 or no ID", got)
		}
		for _, s := range got.Sentences {
			if s.Start < 0 || s.End > len(got.Text) || s.Start > s.End || s.Text != got.Text[s.Start:s.End] {
				t.Fatalf("sentence %d: span %v does not hold its text", s.Index, s.Span)
			}
		}
	})
}

// FuzzReadCSV reads arbitrary bytes as CSV articles: ReadCSV never panics, its errors name
// the input, and its documents have IDs, valid UTF-8 and sentences that hold their text.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"",
		"text\n",
		"\uFEFFtitle,text,date\nT,\"Anna Kovac met Marta Lind.\",2025-11-21\n",
		"body,headline\n\"a \"\"quoted\"\" word\",x\n\"unclosed\n",
		"text\n\xff\xfe\n \n",
		"a,b\n1,2,3\n",
		"text,date\nx,someday\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := ReadCSV("feed.csv", bytes.NewReader(data), Fields{})
		if err != nil && !strings.Contains(err.Error(), "feed.csv") {
			t.Fatalf("error %q does not name the input", err)
		}
		for _, d := range docs {
			if d.ID == "" || !utf8.ValidString(d.Text) {
				t.Fatalf("document %q: no ID or invalid UTF-8", d.ID)
			}
			for _, s := range d.Sentences {
				if s.Text != d.Text[s.Start:s.End] {
					t.Fatalf("sentence %d: span %v does not hold its text", s.Index, s.Span)
				}
			}
		}
	})
}
