package extract

import (
	"testing"

	"github.com/actorgraph/actorgraph/syntax"
)

// parsedSentences returns, for each document, the sentences that hold mentions of two or more
// actors: the only ones whose syntax can tell who did what to whom, and so the only ones
// worth parsing.
func parsedSentences(r *Result) map[string][]int {
	actors := make(map[string]map[int]map[string]bool) // doc -> sentence -> actors
	for _, a := range r.Actors {
		for _, m := range a.Mentions {
			if actors[m.Doc] == nil {
				actors[m.Doc] = make(map[int]map[string]bool)
			}
			if actors[m.Doc][m.Sentence] == nil {
				actors[m.Doc][m.Sentence] = make(map[string]bool)
			}
			actors[m.Doc][m.Sentence][a.ID] = true
		}
	}
	out := make(map[string][]int)
	for _, d := range r.Documents {
		for i := range d.Sentences {
			if len(actors[d.ID][i]) >= 2 {
				out[d.ID] = append(out[d.ID], i)
			}
		}
	}
	return out
}

// BenchmarkExtractArticlesParsed is BenchmarkExtractArticles plus tokenizing and parsing the
// sentences with two or more actors, as interaction extraction on syntax needs; it reports the
// share of sentences parsed. Compare its MB/s with BenchmarkExtractArticles'.
func BenchmarkExtractArticlesParsed(b *testing.B) {
	corpus, size := articleCorpus(b)
	p := Pipeline{Knowledge: DefaultKnowledge()}
	parser := syntax.Parser{}
	parser.Parse([]string{"Load", "the", "model", "."})
	b.SetBytes(int64(size))
	b.ResetTimer()
	var sentences, parsed int
	for b.Loop() {
		r := p.Extract(readCorpus(b, corpus)...)
		sentences, parsed = 0, 0
		which := parsedSentences(r)
		for _, d := range r.Documents {
			sentences += len(d.Sentences)
			for _, i := range which[d.ID] {
				parser.ParseText(d.Sentences[i].Text)
				parsed++
			}
		}
	}
	b.ReportMetric(100*float64(parsed)/float64(max(sentences, 1)), "%parsed")
}
