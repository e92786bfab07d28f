package graph_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/newsgen"
)

// TestPiecesEqualBuilder makes the pieces of each document's result, encodes and decodes
// them, merges those of each key in a random order and grouping, as a cluster would, and
// checks that the graph put together from them is the Builder's, byte for byte in
// node-link JSON, with and without an evidence limit, whatever the seed.
func TestPiecesEqualBuilder(t *testing.T) {
	docs := piecesDocs(t)
	var p extract.Pipeline // parsed, as actorgraph reads by default: its interactions are not in sentence order
	var results []*extract.Result
	p.ExtractEach(docs, func(r *extract.Result) { results = append(results, r) })
	for _, limit := range []int{0, 1, 10} {
		b := graph.NewBuilder()
		b.SetEvidenceLimit(limit)
		for _, r := range results {
			b.Add(r)
		}
		want := nodeLink(t, b.Graph())
		for seed := range uint64(3) {
			t.Run(fmt.Sprintf("limit=%d/seed=%d", limit, seed), func(t *testing.T) {
				var pieces []graph.Piece
				for i, r := range results {
					for _, piece := range graph.PiecesOf(r, fmt.Sprintf("%06d", i), limit) {
						data, err := piece.MarshalBinary()
						if err != nil {
							t.Fatal(err)
						}
						var back graph.Piece
						if err := back.UnmarshalBinary(data); err != nil {
							t.Fatal(err)
						}
						pieces = append(pieces, back)
					}
				}
				got := nodeLink(t, assemble(pieces, limit, rand.New(rand.NewPCG(seed, 1))))
				if !bytes.Equal(got, want) {
					t.Errorf("the graph of merged pieces differs from the Builder's:\n%s", firstDifference(got, want))
				}
			})
		}
	}
}

// piecesDocs returns builderDocs and documents that give one person in no list, spelt one
// way, other affiliations: the first document's must win, a stated one over an inferred one.
func piecesDocs(t *testing.T) []*extract.Document {
	texts := []string{
		"Kyiv said the official Jan Kowalczyk met Sergei Lavrov. Kowalczyk spoke for an hour.",
		"Polish envoy Jan Kowalczyk met Marco Rubio in Warsaw. Kowalczyk said little.",
		"German envoy Jan Kowalczyk met Emmanuel Macron in Berlin. Kowalczyk praised France.",
		"Czech envoy Jan Kowalczyk called Keir Starmer.",
	}
	var docs []*extract.Document
	for i, text := range texts {
		d, err := extract.Read(fmt.Sprintf("affiliation-%d", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	// Generated articles as JSON Lines, whose titles are sentences of their texts: an
	// interaction in a title and again in the text is evidence of one group twice.
	var lines bytes.Buffer
	if err := newsgen.WriteJSONL(&lines, 100, 11); err != nil {
		t.Fatal(err)
	}
	err := extract.ReadJSONLines("gen.jsonl", &lines, extract.Fields{}, func(d *extract.Document, err error) error {
		docs = append(docs, d)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return append(docs, builderDocs(t)...)
}

// assemble merges the pieces of each key as a combiner would: shuffled, cut into runs at
// random, each run merged, then the runs' merges merged in a random order; and adds the
// merged pieces to a Builder in a random order.
func assemble(pieces []graph.Piece, limit int, rnd *rand.Rand) *graph.Graph {
	rnd.Shuffle(len(pieces), func(i, j int) { pieces[i], pieces[j] = pieces[j], pieces[i] })
	byKey := map[string][]graph.Piece{}
	var keys []string
	for _, p := range pieces {
		k := p.Key()
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], p)
	}
	var merged []graph.Piece
	for _, k := range keys {
		var runs []graph.Piece
		ps := byKey[k]
		for len(ps) > 0 {
			n := 1 + rnd.IntN(len(ps))
			run := ps[0]
			for _, q := range ps[1:n] {
				run.Merge(q)
			}
			runs = append(runs, run)
			ps = ps[n:]
		}
		rnd.Shuffle(len(runs), func(i, j int) { runs[i], runs[j] = runs[j], runs[i] })
		for _, q := range runs[1:] {
			runs[0].Merge(q)
		}
		merged = append(merged, runs[0])
	}
	rnd.Shuffle(len(merged), func(i, j int) { merged[i], merged[j] = merged[j], merged[i] })
	b := graph.NewBuilder()
	b.SetEvidenceLimit(limit)
	b.AddPieces(merged)
	return b.Graph()
}

func nodeLink(t *testing.T, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := graph.WriteNodeLink(&buf, g); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// firstDifference shows where two outputs first differ.
func firstDifference(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-200, 0)
	return fmt.Sprintf("at byte %d:\ngot  …%s…\nwant …%s…", i, got[from:min(i+200, len(got))], want[from:min(i+200, len(want))])
}

// TestPieceMergeKeepsCopies checks that merging into a copy of a piece leaves the piece it
// was copied from as it was.
func TestPieceMergeKeepsCopies(t *testing.T) {
	for _, limit := range []int{0, 2} {
		t.Run(fmt.Sprintf("limit=%d", limit), func(t *testing.T) { mergeKeepsCopies(t, limit) })
	}
}

func mergeKeepsCopies(t *testing.T, limit int) {
	docs := piecesDocs(t)[:60]
	var p extract.Pipeline
	var pieces []graph.Piece
	i := 0
	p.ExtractEach(docs, func(r *extract.Result) {
		pieces = append(pieces, graph.PiecesOf(r, fmt.Sprintf("%06d", i), limit)...)
		i++
	})
	encode := func(p graph.Piece) string {
		data, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	byKey := map[string][]graph.Piece{}
	for _, p := range pieces {
		byKey[p.Key()] = append(byKey[p.Key()], p)
	}
	merges := map[byte]int{} // by the kind of piece, the first byte of its key
	for k, ps := range byKey {
		if len(ps) < 2 {
			continue
		}
		before := make([]string, len(ps))
		for i, p := range ps {
			before[i] = encode(p)
		}
		acc := ps[0]
		for _, q := range ps[1:] {
			acc.Merge(q)
			merges[k[0]]++
		}
		for i, p := range ps {
			if encode(p) != before[i] {
				t.Fatalf("merging into a copy of %q changed the piece: %s became %s", p.Key(), before[i], encode(p))
			}
		}
	}
	for _, kind := range "atinf" { // actors, ties, interactions, names, affiliations
		if merges[byte(kind)] == 0 {
			t.Errorf("no two pieces of kind %q merged: %v", kind, merges)
		}
	}
}

// TestPieceMergeActorFields gives one actor, in each of six documents, a name, a type and
// an affiliation (stated, inferred or none) at random, and checks that the pieces, merged in
// a random order, give it the fields the Builder gives it: the first document's name, the
// first type, the first stated affiliation or else the first inferred one.
func TestPieceMergeActorFields(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for trial := range 200 {
		var results []*extract.Result
		for i := range 6 {
			doc := &extract.Document{ID: fmt.Sprintf("d%d", i)}
			x := extract.Actor{ID: "x", Name: []string{"X", "Ex", "Eks"}[rnd.IntN(3)],
				Type:  []extract.ActorType{"", extract.Person, extract.Organization}[rnd.IntN(3)],
				Roles: []string{fmt.Sprintf("role %d", rnd.IntN(3))}, Mentions: make([]extract.Mention, 1+rnd.IntN(3))}
			switch rnd.IntN(4) {
			case 1:
				x.Affiliation = []string{"p", "q"}[rnd.IntN(2)]
			case 2:
				x.Affiliation, x.AffiliationInferred = []string{"p", "q"}[rnd.IntN(2)], true
			case 3:
				x.AffiliationInferred = true // and no affiliation
			}
			actors := []extract.Actor{
				{ID: "p", Name: "P", Type: extract.Country, Mentions: make([]extract.Mention, 1)},
				{ID: "q", Name: "Q", Type: extract.Country, Mentions: make([]extract.Mention, 1)},
				x,
			}
			ev := extract.Evidence{Doc: doc.ID, Sentence: 0, Span: extract.Span{End: 5}, Text: "x met p"}
			results = append(results, &extract.Result{Documents: []*extract.Document{doc}, Actors: actors,
				CoMentions: []extract.CoMention{{Source: "p", Target: "x", Weight: 1, Count: 1, Evidence: []extract.Evidence{ev}}}})
		}
		b := graph.NewBuilder()
		var pieces []graph.Piece
		for i, r := range results {
			b.Add(r)
			pieces = append(pieces, graph.PiecesOf(r, fmt.Sprintf("%d", i), graph.DefaultEvidenceLimit)...)
		}
		want := nodeLink(t, b.Graph())
		got := nodeLink(t, assemble(pieces, graph.DefaultEvidenceLimit, rnd))
		if !bytes.Equal(got, want) {
			t.Fatalf("trial %d: the merged pieces' graph differs from the Builder's:\n%s", trial, firstDifference(got, want))
		}
	}
}

func TestPieceMergePanicsOnOtherKey(t *testing.T) {
	r := extract.Pipeline{TokenRules: true}.Extract(builderDocs(t)[:1]...)
	pieces := graph.PiecesOf(r, "0", 0)
	if len(pieces) < 2 {
		t.Fatalf("%d pieces", len(pieces))
	}
	defer func() {
		if recover() == nil {
			t.Error("no panic merging pieces of two keys")
		}
	}()
	pieces[0].Merge(pieces[1])
}

func TestPieceUnmarshalRejects(t *testing.T) {
	for _, data := range []string{``, `{`, `{"k":0}`, `{"k":9}`, `{"k":4,"l":-1}`, `{"k":4,"e":[{"Doc":"d"}]}`,
		`{"k":1,"o":"0","d":{"id":""}}`,
		`{"k":2,"o":"0","l":10}`,
		`{"k":2,"o":"0","actor":{"ID":"x","Mentions":-1}}`,
		`{"k":3,"o":"0","a":"key"}`,
		`{"k":4,"o":"0","a":"x","b":"x","w":1}`,
		`{"k":4,"o":"0","a":"x","b":"y","w":-1}`,
		`{"k":4,"o":"0","a":"x","b":"y","w":1,"n":-1}`,
		`{"k":4,"o":"0","l":2,"a":"x","b":"y","w":1,"e":[{"Doc":"b"},{"Doc":"a"}]}`,
		`{"k":4,"o":"0","l":1,"a":"x","b":"y","w":1,"e":[{"Doc":"a"},{"Doc":"b"}]}`,
		`{"k":5,"o":"0","i":{"source":"x","target":"x"}}`,
		`{"k":5,"o":"0","i":{"source":"x","target":"y"},"g":[[1,1e300]]}`,
		`{"k":5,"o":"0","i":{"source":"x","target":"y"},"g":[[1,-1]]}`,
		`{"k":6,"o":"0","a":"x","b":"x"}`,
	} {
		var p graph.Piece
		if err := p.UnmarshalBinary([]byte(data)); err == nil {
			t.Errorf("UnmarshalBinary(%q) = nil error", data)
		}
	}
}
