package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchSentences are news-style sentences written for the benchmark: known leaders and
// countries, people in no list, titles, organizations and plain prose, in the proportions of
// ordinary political reporting.
var benchSentences = []string{
	"President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday.",
	"Ukraine's Foreign Minister Andrii Sybiha said Kyiv would not cede any territory.",
	"The talks, which lasted four hours, ended without a joint statement.",
	"Secretary of State Marco Rubio told reporters that progress had been made.",
	"Local councillor Margaret Ellison said the new bridge would open in spring.",
	"The European Commission proposed a fresh package of sanctions against Moscow.",
	"Chinese Foreign Minister Wang Yi called for restraint on all sides.",
	"Army Secretary Dan Driscoll is scheduled to visit Kyiv later this month.",
	"Analysts at the Brookings Institution said the deal was unlikely to hold.",
	"Prime Minister Keir Starmer spoke with Chancellor Friedrich Merz by phone.",
	"The Kremlin said it had received the proposal and was studying it.",
	"According to Reuters, the document runs to 28 points and covers security guarantees.",
	"Turkish President Recep Tayyip Erdogan offered to host the next round in Istanbul.",
	"Opposition leader Tomasz Wierzbicki accused the government of hiding the costs.",
	"NATO Secretary General Mark Rutte urged allies to raise defense spending.",
	"Prices rose by 3.5 percent in October, the statistics office said.",
	"Israeli Prime Minister Benjamin Netanyahu and Egyptian President Abdel Fattah el-Sisi discussed Gaza.",
	"She said the ministry would publish the figures next week.",
	"Sen. Lindsey Graham introduced a bill to tighten sanctions on Russian oil.",
	"The U.N. Security Council will meet on Thursday at the request of France.",
	"Witnesses said the convoy passed through the village before dawn.",
	"Indian Prime Minister Narendra Modi will travel to Washington in February.",
	"A spokesperson for the White House declined to comment on the report.",
	"Brazil's President Luiz Inácio Lula da Silva called the tariffs unjustified.",
	"The committee, chaired by Rep. Elaine Morrow, will hold hearings in January.",
	"Japanese officials said Tokyo was monitoring the situation closely.",
	"Hamas and Israel exchanged accusations over the stalled ceasefire.",
	"Farmers blocked roads outside Brussels to protest the trade agreement.",
	"Zelenskyy's chief of staff, Andriy Yermak, led the Ukrainian delegation.",
	"The governor of the central bank, Elvira Nabiullina, kept rates unchanged.",
}

// benchCorpus returns about size bytes of articles of 20 sentences each.
func benchCorpus(size int) [][]byte {
	var docs [][]byte
	total := 0
	for i := 0; total < size; i++ {
		var b strings.Builder
		for j := range 20 {
			if j%5 == 0 && j > 0 {
				b.WriteString("\n\n")
			} else if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchSentences[(i*7+j*3)%len(benchSentences)])
		}
		docs = append(docs, []byte(b.String()))
		total += b.Len()
	}
	return docs
}

// BenchmarkExtract measures reading and extracting a 4 MB corpus with the built-in
// knowledge base; MB/s is what it reports. Run with GOMAXPROCS=1 (-cpu 1) for the single-core
// speed.
func BenchmarkExtract(b *testing.B) {
	corpus := benchCorpus(4 << 20)
	size := 0
	for _, d := range corpus {
		size += len(d)
	}
	k := DefaultKnowledge()
	p := Pipeline{Knowledge: k}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		if r := p.Extract(readCorpus(b, corpus)...); len(r.Actors) == 0 {
			b.Fatal("no actors")
		}
	}
}

// BenchmarkRecognize measures recognition alone on one document, without reading or
// merging.
func BenchmarkRecognize(b *testing.B) {
	data := benchCorpus(64 << 10)
	doc, err := Read("d", []byte(strings.Join(func() []string {
		var s []string
		for _, d := range data {
			s = append(s, string(d))
		}
		return s
	}(), "\n\n")))
	if err != nil {
		b.Fatal(err)
	}
	k := DefaultKnowledge()
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for b.Loop() {
		analyze(k, doc, true)
	}
}

// BenchmarkExtractArticles measures reading and extracting real news text: the two bundled
// sample articles (testdata/gold's sources), repeated to about 4 MB as separate documents;
// the sentences that name two actors are parsed for their interactions.
func BenchmarkExtractArticles(b *testing.B) {
	benchmarkArticles(b, Pipeline{Knowledge: DefaultKnowledge()})
}

// BenchmarkExtractArticlesTokenRules is BenchmarkExtractArticles with Pipeline.TokenRules:
// interactions from the token rules alone, no parsing.
func BenchmarkExtractArticlesTokenRules(b *testing.B) {
	benchmarkArticles(b, Pipeline{Knowledge: DefaultKnowledge(), TokenRules: true})
}

func benchmarkArticles(b *testing.B, p Pipeline) {
	corpus, size := articleCorpus(b)
	p.Extract(readCorpus(b, corpus[:1])...) // load the parser's model before timing
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		p.Extract(readCorpus(b, corpus)...)
	}
}

// articleCorpus returns the two bundled sample articles repeated to about 4 MB, and its size.
func articleCorpus(b *testing.B) (corpus [][]byte, size int) {
	var texts [][]byte
	for _, name := range []string{"kyivindependent-2025-11-24-zelensky-visit.txt", "newsaz-2025-11-24-zelenskyy-visit.txt"} {
		t, err := os.ReadFile(filepath.Join("..", "corpus", "articles", name))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
	}
	for i := 0; size < 4<<20; i++ {
		corpus = append(corpus, texts[i%len(texts)])
		size += len(texts[i%len(texts)])
	}
	return corpus, size
}

// readCorpus reads each text of corpus as a document.
func readCorpus(b *testing.B, corpus [][]byte) []*Document {
	docs := make([]*Document, len(corpus))
	for i, data := range corpus {
		d, err := Read(fmt.Sprintf("a%d", i), data)
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = d
	}
	return docs
}
