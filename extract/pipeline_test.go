package extract

import (
	"fmt"
	"math"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readAll(t testing.TB, texts ...string) []*Document {
	t.Helper()
	var docs []*Document
	for i, text := range texts {
		d, err := Read(fmt.Sprintf("doc%d.txt", i+1), []byte(text))
		require.NoError(t, err)
		docs = append(docs, d)
	}
	return docs
}

// coMentionLines renders co-mentions as "source target weight count" lines.
func coMentionLines(cs []CoMention) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %s %g %d", c.Source, c.Target, c.Weight, c.Count))
	}
	return out
}

const twoParagraphs = "Anna Kovac met Piet Ostrander in Brenn. Norland praised the talks.\n\n" +
	"Ostmark and Norland signed. Kovac left.\n"

func TestCoMentionsBySentence(t *testing.T) {
	r := Pipeline{Knowledge: testKnowledge(t)}.Extract(readAll(t, twoParagraphs)...)
	// Brenn is a venue (a location) and takes no part in co-mentions.
	assert.Equal(t, []string{
		"anna-kovac piet-ostrander 1 1",
		"norland ostmark 1 1",
	}, coMentionLines(r.CoMentions))
	c := r.CoMentions[0]
	require.Len(t, c.Evidence, 1)
	assert.Equal(t, "Anna Kovac met Piet Ostrander in Brenn.", c.Evidence[0].Text)
	assert.Equal(t, "doc1", c.Evidence[0].Doc)
}

func TestCoMentionWindows(t *testing.T) {
	p := Pipeline{Knowledge: testKnowledge(t), Windows: Windows{Paragraph: 0.5, Document: 0.25}}
	r := p.Extract(readAll(t, twoParagraphs)...)
	// Hand count: Kovac-Ostrander share a sentence (1); Kovac-Norland share paragraph 1 and
	// paragraph 2 without a sentence (0.5 + 0.5); Ostrander-Norland share paragraph 1 (0.5);
	// Ostrander-Ostmark share only the document (0.25); Kovac-Ostmark share paragraph 2 (0.5).
	assert.Equal(t, []string{
		"anna-kovac norland 1 2",
		"anna-kovac ostmark 0.5 1",
		"anna-kovac piet-ostrander 1 1",
		"norland ostmark 1 1",
		"norland piet-ostrander 0.5 1",
		"ostmark piet-ostrander 0.25 1",
	}, coMentionLines(r.CoMentions))
}

func TestExtractMergesDocuments(t *testing.T) {
	docs := readAll(t,
		"Ana Kovač spoke with Marta Lind.",
		"Anna Kovac met Marta Lind. Lind agreed.",
	)
	r := Pipeline{Knowledge: testKnowledge(t)}.Extract(docs...)
	kovac, ok := r.ActorByID("anna-kovac")
	require.True(t, ok)
	assert.Equal(t, []string{"Ana Kovač"}, kovac.Aliases)
	require.Len(t, kovac.Mentions, 2)
	assert.Equal(t, "doc1", kovac.Mentions[0].Doc)
	assert.Equal(t, "doc2", kovac.Mentions[1].Doc)
	lind, ok := r.ActorByID("marta-lind")
	require.True(t, ok)
	assert.Len(t, lind.Mentions, 3)
	assert.Equal(t, []string{"anna-kovac marta-lind 2 2"}, coMentionLines(r.CoMentions))
}

func TestExtractDuplicateIDs(t *testing.T) {
	a, err := Read("same.txt", []byte("Norland spoke."))
	require.NoError(t, err)
	b, err := Read("same.txt", []byte("Ostmark spoke."))
	require.NoError(t, err)
	r := Pipeline{Knowledge: testKnowledge(t)}.Extract(a, b)
	assert.Equal(t, "same", r.Documents[0].ID)
	assert.Equal(t, "same-2", r.Documents[1].ID)
	assert.Equal(t, "same", b.ID, "the input document is not changed")
	o, _ := r.ActorByID("ostmark")
	assert.Equal(t, "same-2", o.Mentions[0].Doc)
}

func TestExtractDeterministic(t *testing.T) {
	var texts []string
	for i := range 40 {
		texts = append(texts, strings.Repeat(fmt.Sprintf("Anna Kovac met Marta Lind%d. Norland and Ostmark talked. ", i%7), 5))
	}
	k := testKnowledge(t)
	want := Pipeline{Knowledge: k}.Extract(readAll(t, texts...)...)
	require.NotEmpty(t, want.CoMentions)
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		got := Pipeline{Knowledge: k}.Extract(readAll(t, texts...)...)
		runtime.GOMAXPROCS(old)
		assert.True(t, reflect.DeepEqual(want, got), "GOMAXPROCS=%d: results differ", procs)
	}
}

func TestExtractNoDocuments(t *testing.T) {
	r := Pipeline{Knowledge: testKnowledge(t)}.Extract()
	assert.Empty(t, r.Actors)
	assert.Empty(t, r.CoMentions)
}

func TestExtractPanicsOnBadWindow(t *testing.T) {
	for _, w := range []Windows{{Paragraph: -1}, {Document: math.Inf(1)}, {Paragraph: math.NaN()}} {
		assert.PanicsWithValue(t, fmt.Sprintf("extract: invalid co-mention window weight %v", firstNonZero(w)), func() {
			Pipeline{Knowledge: testKnowledge(t), Windows: w}.Extract()
		})
	}
}

func firstNonZero(w Windows) float64 {
	if w.Paragraph != 0 {
		return w.Paragraph
	}
	return w.Document
}

func TestExtractUnifiesSpellingsAcrossDocuments(t *testing.T) {
	docs := readAll(t,
		"Jonas Syrskyi met Anna Kovac. Syrskyi said no.",
		"Jonas Syrsky met Olga Brandt.",
	)
	r := Pipeline{Knowledge: testKnowledge(t)}.Extract(docs...)
	var persons []string
	for _, a := range r.Actors {
		if a.Type == Person {
			persons = append(persons, fmt.Sprintf("%s %q %q %d", a.ID, a.Name, a.Aliases, len(a.Mentions)))
		}
	}
	// The spelling with more mentions names the actor; the other is an alias.
	assert.Equal(t, []string{
		`anna-kovac "Anna Kovac" [] 1`,
		`jonas-syrskyi "Jonas Syrskyi" ["Jonas Syrsky" "Syrskyi"] 3`,
		`olga-brandt "Olga Brandt" [] 1`,
	}, persons)
	assert.Equal(t, []string{
		"anna-kovac jonas-syrskyi 1 1",
		"jonas-syrskyi olga-brandt 1 1",
	}, coMentionLines(r.CoMentions))
}

func TestExtractDuplicateIDsNeverCollide(t *testing.T) {
	var docs []*Document
	for _, name := range []string{"a.txt", "a-2.txt", "a.txt"} {
		d, err := Read(name, []byte("Norland spoke."))
		require.NoError(t, err)
		docs = append(docs, d)
	}
	r := Pipeline{Knowledge: testKnowledge(t)}.Extract(docs...)
	var ids []string
	for _, d := range r.Documents {
		ids = append(ids, d.ID)
	}
	assert.Equal(t, []string{"a", "a-2", "a-3"}, ids)
}

func TestParagraphWindowCountsEachParagraph(t *testing.T) {
	// Kovac and Ostrander share a sentence in the first paragraph (1) and appear apart in the
	// second (0.5): hand count 1.5 over two windows.
	text := "Anna Kovac met Piet Ostrander.\n\nAnna Kovac left. Piet Ostrander stayed.\n"
	r := Pipeline{Knowledge: testKnowledge(t), Windows: Windows{Paragraph: 0.5}}.Extract(readAll(t, text)...)
	assert.Equal(t, []string{"anna-kovac piet-ostrander 1.5 2"}, coMentionLines(r.CoMentions))
}

func TestLongListsMakeNoCoMentions(t *testing.T) {
	const consonants = "bcdfghjklmnpqrstvwxz" // no vowels, no doubles: no two names share a key
	var names []string
	for i := 0; len(names) <= MaxWindowActors; i++ {
		if a, b := consonants[i/len(consonants)], consonants[i%len(consonants)]; a != b {
			names = append(names, fmt.Sprintf("Marta Lindo%c%c", a, b))
		}
	}
	text := "The signatories were " + strings.Join(names, ", ") + ". Anna Kovac met Piet Ostrander."
	r := Pipeline{Knowledge: testKnowledge(t)}.Extract(readAll(t, text)...)
	require.Len(t, r.Actors, MaxWindowActors+3)
	if lines := coMentionLines(r.CoMentions); len(lines) != 1 || lines[0] != "anna-kovac piet-ostrander 1 1" {
		t.Errorf("got %d co-mentions, want only anna-kovac piet-ostrander 1 1", len(lines))
	}
}

func TestDecayWindow(t *testing.T) {
	// Kovac and Ostrander one sentence apart (exp(-1)), Kovac and Norland two apart
	// (exp(-2)), Ostrander and Norland one apart; the last sentence is in another paragraph.
	text := "Anna Kovac spoke. Piet Ostrander listened. Norland waited.\n\nOstmark left."
	r := Pipeline{Knowledge: testKnowledge(t), Windows: Windows{Decay: 2}}.Extract(readAll(t, text)...)
	got := map[string]float64{}
	for _, c := range r.CoMentions {
		got[c.Source+" "+c.Target] = c.Weight
	}
	want := map[string]float64{
		"anna-kovac piet-ostrander": math.Exp(-1),
		"anna-kovac norland":        math.Exp(-2),
		"norland piet-ostrander":    math.Exp(-1),
	}
	assert.Equal(t, len(want), len(got), "%v", got)
	for k, w := range want {
		assert.InDelta(t, w, got[k], 1e-15, k)
	}
	assert.Panics(t, func() { Pipeline{Knowledge: testKnowledge(t), Windows: Windows{Decay: -1}}.Extract() })
}

func TestPipelineProgress(t *testing.T) {
	var docs []*Document
	for i := range 20 {
		d, err := Read(fmt.Sprintf("d%d", i), []byte("Anna Kovac met Marta Lind."))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	var calls []int
	Pipeline{TokenRules: true, Progress: func(done, total int) {
		if total != len(docs) {
			t.Errorf("total %d, want %d", total, len(docs))
		}
		calls = append(calls, done) // calls are serialised: no lock needed
	}}.Extract(docs...)
	for i, done := range calls {
		if done != i+1 {
			t.Fatalf("progress calls %v, want 1, 2, ..., %d", calls, len(docs))
		}
	}
	if len(calls) != len(docs) {
		t.Errorf("%d progress calls, want %d", len(calls), len(docs))
	}
}
