package syntax_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/syntax"
)

// sampleSentences returns the sentences of the bundled sample articles, tokenized.
func sampleSentences(tb testing.TB) (words [][]string, bytes int) {
	docs, err := corpus.Documents()
	if err != nil {
		tb.Fatal(err)
	}
	for _, d := range docs {
		for _, s := range d.Sentences {
			var w []string
			for _, t := range syntax.Tokenize(s.Text) {
				w = append(w, t.Form)
			}
			words = append(words, w)
			bytes += len(s.Text)
		}
	}
	return words, bytes
}

// BenchmarkParse tags and parses the sentences of the sample articles (already tokenized),
// on one goroutine; it reports words a second besides the bytes of text a second.
func BenchmarkParse(b *testing.B) {
	words, n := sampleSentences(b)
	tokens := 0
	for _, w := range words {
		tokens += len(w)
	}
	p := syntax.Parser{}
	p.Parse(words[0]) // load the model before timing
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			p.Parse(w)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkParseText is BenchmarkParse with tokenization.
func BenchmarkParseText(b *testing.B) {
	docs, err := corpus.Documents()
	if err != nil {
		b.Fatal(err)
	}
	var sents []string
	n := 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			sents = append(sents, s.Text)
			n += len(s.Text)
		}
	}
	p := syntax.Parser{}
	p.ParseText(sents[0])
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			p.ParseText(s)
		}
	}
}
