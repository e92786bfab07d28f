package render_test

import (
	"context"
	"math"
	"regexp"
	"strconv"
	"testing"

	"github.com/actorgraph/actorgraph/render"
)

var ellipse = regexp.MustCompile(`<ellipse[^>]* cx="([-\d.]+)" cy="([-\d.]+)" rx="([-\d.]+)"`)

// TestNoOverlaps checks that the force-directed layouts remove overlaps in the WebAssembly
// Graphviz, which is built without GTS and so without the prism overlap removal that sfdp
// uses by default: no two of 200 actors' circles overlap.
func TestNoOverlaps(t *testing.T) {
	g := randomGraph(200, 1)
	for _, l := range []render.Layout{render.Neato, render.SFDP} {
		b, err := render.Config{Layout: l}.SVGBytes(context.Background(), g)
		if err != nil {
			t.Fatal(err)
		}
		var circles [][3]float64
		for _, m := range ellipse.FindAllSubmatch(b, -1) {
			var c [3]float64
			for i := range c {
				c[i], _ = strconv.ParseFloat(string(m[i+1]), 64)
			}
			circles = append(circles, c)
		}
		if len(circles) != 200 {
			t.Fatalf("%s: %d circles, want 200", l, len(circles))
		}
		for i, p := range circles {
			for _, q := range circles[i+1:] {
				if d := math.Hypot(p[0]-q[0], p[1]-q[1]); d < p[2]+q[2]-0.5 {
					t.Errorf("%s: circles at (%g, %g) and (%g, %g) overlap", l, p[0], p[1], q[0], q[1])
				}
			}
		}
	}
}
