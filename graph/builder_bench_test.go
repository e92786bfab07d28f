package graph_test

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/newsgen"
)

// BenchmarkBuilderMemory streams 2,000, 20,000 and 200,000 generated articles about the
// same actors (internal/newsgen) through extraction (token rules, 64 articles a batch, one
// result an article, as the actorgraph command does) into a graph.Builder that keeps 1
// sentence of evidence an edge (rank's default) or 10 (the Builder's and render's),
// generating each article as it is needed, so that nothing but the Builder holds the corpus.
// It reports the peak of the heap's live and unswept objects, sampled after every batch
// (peak-heap-MB), and the heap after a collection at the end (live-heap-MB): 10 times more
// articles about the same actors should cost at most 1.5 times the memory, once the edges'
// samples are full. Run one iteration of each:
//
//	go test ./graph -run X -bench BuilderMemory -benchtime 1x
func BenchmarkBuilderMemory(b *testing.B) {
	for _, limit := range []int{1, graph.DefaultEvidenceLimit} {
		for _, n := range []int{2000, 20000, 200000} {
			b.Run(fmt.Sprintf("evidence=%d/articles=%d", limit, n), func(b *testing.B) {
				builderMemory(b, n, limit)
			})
		}
	}
}

func builderMemory(b *testing.B, n, limit int) {
	p := extract.Pipeline{TokenRules: true}
	p.Extract() // the knowledge base, loaded once, outside the measure
	for b.Loop() {
		runtime.GC()
		base := heapObjects()
		peak := uint64(0)
		bld := graph.NewBuilder()
		bld.SetEvidenceLimit(limit)
		batch := make([]*extract.Document, 0, 64)
		bytes := 0
		for i := range n {
			a := newsgen.New(i, n, 1)
			d, err := extract.Read(a.ID, []byte("title: "+a.Title+"\nsource: "+a.Source+"\ndate: "+a.Date+"\n\n"+a.Text))
			if err != nil {
				b.Fatal(err)
			}
			bytes += len(a.Text)
			batch = append(batch, d)
			if len(batch) == cap(batch) || i == n-1 {
				p.ExtractEach(batch, bld.Add)
				clear(batch)
				batch = batch[:0]
				peak = max(peak, heapObjects())
			}
		}
		g := bld.Graph()
		runtime.GC()
		live := heapObjects()
		b.ReportMetric(float64(peak-min(base, peak))/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(live-min(base, live))/(1<<20), "live-heap-MB")
		b.ReportMetric(float64(g.NumTies()), "ties")
		b.ReportMetric(float64(len(g.Documents())), "documents")
		b.SetBytes(int64(bytes))
		runtime.KeepAlive(g)
	}
}

// heapObjects returns the bytes of the heap's objects, live or not yet swept.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
