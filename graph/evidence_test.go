package graph

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// evidenceGraph returns a graph of two actors with n co-mentions and n interactions, each with
// its own sentence, added in the order perm gives, under an evidence limit.
func evidenceGraph(n, limit int, perm []int) *Graph {
	g := New()
	g.SetEvidenceLimit(limit)
	g.AddActor(Actor{ID: "a", Name: "A"})
	g.AddActor(Actor{ID: "b", Name: "B"})
	for _, i := range perm {
		ev := extract.Evidence{Doc: fmt.Sprintf("d%04d", i), Sentence: i % 7, Span: extract.Span{Start: i, End: i + 10}, Text: fmt.Sprintf("A met B, %d.", i)}
		g.addTie("a", "b", 1, 1, []extract.Evidence{ev})
		g.AddInteraction(extract.Interaction{Source: "a", Target: "b", Kind: "meet", Polarity: 1, Goldstein: 1, Modality: extract.Asserted, Evidence: ev})
	}
	return g
}

// TestEvidenceLimit checks that a limit keeps that many sentences of a tie and of an
// interaction, counts everything, keeps the same sentences whatever the order they came in,
// and keeps a sample of the whole corpus rather than its start.
func TestEvidenceLimit(t *testing.T) {
	const n, limit = 2000, 20
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	shuffled := slices.Clone(order)
	rand.New(rand.NewPCG(1, 2)).Shuffle(n, func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	g1, g2 := evidenceGraph(n, limit, order), evidenceGraph(n, limit, shuffled)
	t1, _ := g1.Tie("a", "b")
	t2, _ := g2.Tie("a", "b")
	if t1.Count != n || t1.Weight != n || len(t1.Evidence) != limit {
		t.Fatalf("tie: count %d, weight %v, %d sentences; want %d, %d, %d", t1.Count, t1.Weight, len(t1.Evidence), n, n, limit)
	}
	if !slices.Equal(t1.Evidence, t2.Evidence) {
		t.Error("the evidence kept depends on the order the sentences came in")
	}
	if !slices.IsSortedFunc(t1.Evidence, compareEvidence) {
		t.Error("the evidence kept is not in document order")
	}
	late := 0
	for _, e := range t1.Evidence {
		if e.Doc >= fmt.Sprintf("d%04d", n/2) {
			late++
		}
	}
	if late < limit/4 || late > limit*3/4 {
		t.Errorf("%d of %d sentences kept from the second half of the corpus: not a sample of it", late, limit)
	}
	i1, i2 := g1.Interactions(), g2.Interactions()
	if len(i1) != 1 || i1[0].Count != n || i1[0].Goldstein != n || len(i1[0].Evidence) != limit || !slices.Equal(i1[0].Evidence, i2[0].Evidence) {
		t.Errorf("interactions %+v, want one of count %d with %d sentences, the same in any order", i1, n, limit)
	}
	// The same sentence twice is kept once.
	g1.addTie("a", "b", 1, 1, t1.Evidence[:1])
	if again, _ := g1.Tie("a", "b"); len(again.Evidence) != limit || again.Count != n+1 {
		t.Errorf("a sentence added again: %d kept, count %d", len(again.Evidence), again.Count)
	}
	// A limit set afterwards trims what is held to the same sample.
	g3 := evidenceGraph(n, 0, order)
	if all, _ := g3.Tie("a", "b"); len(all.Evidence) != n {
		t.Fatalf("no limit: %d sentences kept, want %d", len(all.Evidence), n)
	}
	g3.SetEvidenceLimit(limit)
	if t3, _ := g3.Tie("a", "b"); !slices.Equal(t3.Evidence, t2.Evidence) {
		t.Error("SetEvidenceLimit after the fact keeps other sentences")
	}
}

// TestInteractionGroupsNodeLink checks that the interactions of a key are one group in
// node-link JSON, with their count, summed Goldstein weight and evidence, and read back the
// same; and that a file of one interaction an entry, as before counts, is read as before.
func TestInteractionGroupsNodeLink(t *testing.T) {
	g := evidenceGraph(30, 5, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29})
	var buf bytes.Buffer
	if err := WriteNodeLink(&buf, g); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"count":30`)) && !bytes.Contains(buf.Bytes(), []byte(`"count": 30`)) {
		t.Errorf("no count of 30 in\n%s", buf.Bytes())
	}
	back, err := ReadNodeLink(&buf)
	if err != nil {
		t.Fatal(err)
	}
	want, got := g.Interactions(), back.Interactions()
	if len(got) != 1 || got[0].Count != want[0].Count || got[0].Goldstein != want[0].Goldstein || !slices.Equal(got[0].Evidence, want[0].Evidence) {
		t.Errorf("read back %+v, want %+v", got, want)
	}
	old := `{"directed": false, "multigraph": false, "graph": {"interactions": [
		{"source": "a", "target": "b", "kind": "meet", "cameo": "036", "goldstein": 4, "polarity": 1, "modality": "asserted",
		 "evidence": {"doc": "d1", "sentence": 0, "start": 0, "end": 9, "text": "A met B."}},
		{"source": "a", "target": "b", "kind": "meet", "cameo": "036", "goldstein": 4, "polarity": 1, "modality": "asserted"}]},
		"nodes": [{"id": "a"}, {"id": "b"}], "edges": []}`
	h, err := ReadNodeLink(bytes.NewReader([]byte(old)))
	if err != nil {
		t.Fatal(err)
	}
	if in := h.Interactions(); len(in) != 1 || in[0].Count != 2 || in[0].Goldstein != 8 || len(in[0].Evidence) != 1 || in[0].Evidence[0].Text != "A met B." {
		t.Errorf("an older file reads as %+v", in)
	}
}
