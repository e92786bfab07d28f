package render_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/render"
)

// BenchmarkLayouts times SVGBytes per layout on random graphs; scripts/bench-native.sh
// times native Graphviz on the same graphs.
func BenchmarkLayouts(b *testing.B) {
	ctx := context.Background()
	for _, l := range []render.Layout{render.Dot, render.Neato, render.SFDP} {
		for _, n := range []int{50, 200, 1000} {
			g := randomGraph(n, 1)
			c := render.Config{Layout: l}
			b.Run(fmt.Sprintf("layout=%s/actors=%d", l, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := c.SVGBytes(ctx, g); errors.Is(err, render.ErrTooLarge) {
						b.Skipf("over the ErrTooLarge size guard: %v", err)
					} else if err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(len(g.Ties())), "edges")
			})
		}
	}
}
