package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary bytes through Read and Extract with the built-in knowledge
// base: nothing may panic, and every span must point at the text it claims.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		"title: x\n\nPresident Donald Trump met Vladimir Putin in Helsinki.",
		" date 2025-11-24 + ↺ − 16 px\n\nU.S. and Ukrainian officials met. The Kremlin said no.\n\nNews.Az",
		"Zelenskyy’s chief of staff, Andriy Yermak, said so. Yermak's plan.",
		"Marta al-Bursh - - al- -al Sen. . Mr.\n\n\n's ’s U.S.'s",
		"\xff\xfe\x00binary",
		"KYIV, Nov. 23 (Reuters) — \"Quote.\" “Curly.” — Em.",
		"Talks between Norway and Sweden. Putin met Trump. Ukraine was attacked by Russia. He said that X met Y.",
		"Anna Kovac, who lambasted Ostmark, met with and , and and led by A and B, respectively, met.",
	} {
		f.Add([]byte(s))
	}
	k := DefaultKnowledge()
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read("fuzz.txt", data)
		if err != nil {
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatal("Read accepted invalid UTF-8")
		}
		for _, s := range doc.Sentences {
			if s.Text != doc.Text[s.Start:s.End] {
				t.Fatalf("sentence %d: span %v does not hold its text", s.Index, s.Span)
			}
		}
		r := Pipeline{Knowledge: k, Windows: Windows{Paragraph: 0.5, Document: 0.1}}.Extract(doc)
		for _, a := range r.Actors {
			if a.ID == "" || !a.Type.Valid() {
				t.Fatalf("actor %+v has no ID or an invalid type", a)
			}
			for _, m := range a.Mentions {
				if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End || doc.Text[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v does not hold its text", m)
				}
			}
		}
		for _, i := range r.Interactions {
			if _, ok := r.ActorByID(i.Source); !ok || i.Source == i.Target {
				t.Fatalf("interaction %+v: unknown or self source", i)
			}
			if _, ok := r.ActorByID(i.Target); !ok {
				t.Fatalf("interaction %+v: unknown target", i)
			}
			if i.Text != doc.Text[i.Start:i.End] || i.Polarity < -1 || i.Polarity > 1 || i.CAMEO == "" {
				t.Fatalf("interaction %+v: bad evidence or codes", i)
			}
		}
		for _, c := range r.CoMentions {
			if c.Source >= c.Target || !(c.Weight > 0) || c.Count < 1 {
				t.Fatalf("bad co-mention %+v", c)
			}
		}
	})
}

// fuzzWords are the pieces FuzzExtractWords builds text from: known and unknown names in
// Latin, Cyrillic, Greek, Arabic and Chinese script, titles, verbs of the interaction lexicon,
// function words, and the punctuation that ends sentences, opens quotes and joins names.
var fuzzWords = []string{
	"Trump", "Donald", "Putin", "Vladimir", "Zelenskyy", "Zelensky", "Rubio", "Witkoff", "Dmitriev",
	"Kirill", "Ukraine", "Russia", "Russian", "Ukrainian", "Kremlin", "White", "House", "NATO",
	"Reuters", "News.Az", "U.S.", "EU", "Moscow", "Kyiv", "Geneva", "Anna", "Kovac", "Marta",
	"Lind", "Jonas", "Pell", "Ochoa", "Santillán", "al-Bursh", "van", "der", "Berg", "J.", "R.",
	"Дмитрий", "Песков", "Володимир", "Зеленський", "Сергей", "Лавров", "Κυριάκος", "Μητσοτάκης",
	"محمد", "بن", "سلمان", "王毅", "习近平", "Նիկոլ", "Փաշինյան",
	"President", "Secretary", "of", "State", "Minister", "Foreign", "Sen.", "Gen.", "Mr.",
	"spokesman", "envoy", "adviser", "ambassador", "chief", "staff", "the", "a", "and", "&",
	"met", "with", "talks", "between", "criticized", "by", "was", "told", "said", "says",
	"according", "to", "respectively", "led", "delegations", "urged", "visit", "will", "not",
	"could", "He", "She", "he", "lawmakers", "administration", "Ministry", "Party", "Times",
	"Street", "Summit", "Accord", "who", "that", "reportedly", "phone", "call", "sanctions",
	"against", "accused", "attacked", "'s", "’s",
	".", ",", ";", ":", "!", "?", "…", "-", "—", "(", ")", "\"", "“", "”", "'", "«", "»",
	"\n", "\n\n", " ", "\t", "2025-11-24", "3.5", "Nov.", "KYIV", "(AP)",
}

// FuzzExtractWords shuffles real words and names, in several scripts, into text: each input
// byte picks the next piece. Nothing may panic; every actor has an ID; every span, in
// mentions and interactions, holds its text; and interactions join actors of the result.
func FuzzExtractWords(f *testing.F) {
	f.Add([]byte{0, 2, 56, 85, 76, 2, 3, 117})
	f.Add([]byte{40, 41, 118, 104, 44, 45, 118, 67, 66, 117})
	f.Add([]byte{88, 25, 26, 78, 27, 28, 118, 91, 92, 118, 84, 75, 2, 117})
	k := DefaultKnowledge()
	f.Fuzz(func(t *testing.T, picks []byte) {
		var b strings.Builder
		for i, p := range picks {
			w := fuzzWords[int(p)%len(fuzzWords)]
			if i > 0 && len(w) > 1 && w != "'s" && w != "’s" {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		doc, err := Read("words.txt", []byte(b.String()))
		if err != nil {
			return
		}
		r := Pipeline{Knowledge: k, Windows: Windows{Paragraph: 0.5, Document: 0.1, Decay: 2}}.Extract(doc)
		checkResult(t, doc, r)
	})
}

// checkResult checks the invariants of an extraction result over one document.
func checkResult(t *testing.T, doc *Document, r *Result) {
	t.Helper()
	seen := map[string]bool{}
	for _, a := range r.Actors {
		if a.ID == "" || !a.Type.Valid() || seen[a.ID] {
			t.Fatalf("actor %q (%q): empty or repeated ID, or invalid type %q", a.ID, a.Name, a.Type)
		}
		seen[a.ID] = true
		for _, m := range a.Mentions {
			if m.Actor != a.ID || m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End || doc.Text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v of %q does not hold its text", m, a.ID)
			}
		}
	}
	for _, i := range r.Interactions {
		if !seen[i.Source] || !seen[i.Target] || i.Source == i.Target {
			t.Fatalf("interaction %+v: unknown or self source or target", i)
		}
		if i.Text != doc.Text[i.Start:i.End] || i.Polarity < -1 || i.Polarity > 1 || i.CAMEO == "" {
			t.Fatalf("interaction %+v: bad evidence or codes", i)
		}
	}
	for _, c := range r.CoMentions {
		if !seen[c.Source] || !seen[c.Target] || c.Source >= c.Target || !(c.Weight > 0) || c.Count < 1 {
			t.Fatalf("bad co-mention %+v", c)
		}
	}
}
