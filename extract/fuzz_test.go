package extract

import (
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
