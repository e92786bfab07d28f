package chart

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/actorgraph/actorgraph/graph"
)

// Ranks draws how the ranks of the actors of points change over time and writes the chart to
// w: the dates along the x axis, one tick per date in the order of their strings (the order of
// time for ISO 8601 dates such as those of graph.Timeline), and the ranks up the y axis with
// rank 1 at the top. Each of the opts.Top actors with the best ranks is a line of its own
// colour, dash and marker, broken where the actor has no point, and named in a legend to the
// right, best first. The best actors are those with the best (lowest) rank on any date; ties go
// to the actor with more dates at that rank, then by display name, then by ID. Display names
// come from opts.Names.
//
// The default size is 7 inches, plus the width of the legend, by 4 inches. Ranks returns an
// error if points is empty, if a rank is below 1, or if opts.Format is unknown, and panics if
// opts.Top is negative.
func Ranks(w io.Writer, points []graph.RankPoint, opts Options) error {
	format, err := opts.format()
	if err != nil {
		return err
	}
	top := opts.top()
	if len(points) == 0 {
		return errors.New("chart: no rank points to draw")
	}

	dateSet := map[string]bool{}
	byActor := map[string][]graph.RankPoint{}
	for _, pt := range points {
		if pt.Rank < 1 {
			return fmt.Errorf("chart: actor %q has rank %d on %q, want 1 or more", pt.Actor, pt.Rank, pt.Date)
		}
		dateSet[pt.Date] = true
		byActor[pt.Actor] = append(byActor[pt.Actor], pt)
	}
	dates := slices.Sorted(maps.Keys(dateSet))
	dateIndex := make(map[string]int, len(dates))
	for i, d := range dates {
		dateIndex[d] = i
	}

	actors := rankActors(byActor, opts.Names)
	actors = actors[:min(top, len(actors))]

	p := newPlot(opts.Title)
	p.X.Label.Text = "date"
	p.Y.Label.Text = "rank"
	if opts.Measure != "" {
		p.Y.Label.Text = "rank by " + measureName(opts.Measure, "")
	}

	ticks := make([]plot.Tick, len(dates))
	for i, d := range dates {
		ticks[i] = plot.Tick{Value: float64(i), Label: clean(d)}
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.X.Min, p.X.Max = -0.25, float64(len(dates)-1)+0.25
	if labelsCrowded(p, ticks, opts.Width) {
		p.X.Tick.Label.Rotation = math.Pi / 4
		p.X.Tick.Label.XAlign = draw.XRight
		p.X.Tick.Label.YAlign = draw.YCenter
	}

	worst := 1
	for _, a := range actors {
		for _, pt := range byActor[a.id] {
			worst = max(worst, pt.Rank)
		}
	}
	p.Y.Scale = plot.InvertedScale{Normalizer: plot.LinearScale{}}
	p.Y.Min, p.Y.Max = 0.5, float64(worst)+0.5
	p.Y.Tick.Marker = rankTicks{}

	grid := plotter.NewGrid()
	grid.Vertical.Color = gridColor
	grid.Horizontal.Color = gridColor
	p.Add(grid)

	legend := plot.NewLegend()
	legend.Top, legend.Left = true, true
	legend.TextStyle.Font = sans(11)
	legend.Padding = vg.Points(4)
	legend.ThumbnailWidth = vg.Points(28)
	for i, a := range actors {
		line := draw.LineStyle{
			Color:  palette[i%len(palette)],
			Width:  vg.Points(2),
			Dashes: dashes[i/len(palette)%len(dashes)],
		}
		glyph := draw.GlyphStyle{
			Color:  line.Color,
			Radius: vg.Points(3.5),
			Shape:  shapes[(i+i/len(palette))%len(shapes)],
		}
		pts := byActor[a.id]
		slices.SortFunc(pts, func(x, y graph.RankPoint) int { return cmp.Compare(dateIndex[x.Date], dateIndex[y.Date]) })
		var run plotter.XYs
		all := make(plotter.XYs, 0, len(pts))
		flush := func() {
			if len(run) > 1 {
				l := &plotter.Line{XYs: run, LineStyle: line}
				p.Add(l)
			}
			run = nil
		}
		for j, pt := range pts {
			at := dateIndex[pt.Date]
			if j > 0 && at != dateIndex[pts[j-1].Date]+1 {
				flush()
			}
			xy := plotter.XY{X: float64(at), Y: float64(pt.Rank)}
			run = append(run, xy)
			all = append(all, xy)
		}
		flush()
		marks := &plotter.Scatter{XYs: all, GlyphStyle: glyph}
		p.Add(marks)
		legend.Add(a.name, &plotter.Line{LineStyle: line}, marks)
	}

	width, height := opts.Width, opts.Height
	if width == 0 {
		width = 7*vg.Inch + legendWidth(&legend)
	}
	if height == 0 {
		height = 4 * vg.Inch
	}
	return write(w, format, width, height, p, &legend)
}

// rankedActor is an actor of Ranks with its best rank and the number of dates it holds it.
type rankedActor struct {
	id, name string
	best     int
	atBest   int
}

// rankActors returns the actors of byActor, best first (see Ranks).
func rankActors(byActor map[string][]graph.RankPoint, names map[string]string) []rankedActor {
	var out []rankedActor
	for _, id := range slices.Sorted(maps.Keys(byActor)) {
		a := rankedActor{id: id, name: clean(cmp.Or(names[id], id)), best: math.MaxInt}
		for _, pt := range byActor[id] {
			switch {
			case pt.Rank < a.best:
				a.best, a.atBest = pt.Rank, 1
			case pt.Rank == a.best:
				a.atBest++
			}
		}
		out = append(out, a)
	}
	slices.SortStableFunc(out, func(x, y rankedActor) int {
		return cmp.Or(
			cmp.Compare(x.best, y.best),
			cmp.Compare(y.atBest, x.atBest),
			cmp.Compare(x.name, y.name),
			cmp.Compare(x.id, y.id),
		)
	})
	return out
}

// labelsCrowded reports whether the date labels would overlap if written level on a chart of
// the given width (zero: the default).
func labelsCrowded(p *plot.Plot, ticks []plot.Tick, width vg.Length) bool {
	if width == 0 {
		width = 7 * vg.Inch
	}
	var need vg.Length
	for _, t := range ticks {
		need += p.X.Tick.Label.Width(t.Label) + vg.Points(6)
	}
	return need > width-vg.Inch
}

// rankTicks marks whole ranks on the rank axis: every rank up to 10, then every 2nd, 5th,
// 10th, 20th, ... rank, so that there are at most about ten labels, and always rank 1.
type rankTicks struct{}

// Ticks implements plot.Ticker.
func (rankTicks) Ticks(lo, hi float64) []plot.Tick {
	first, last := max(1, int(math.Ceil(lo))), int(math.Floor(hi))
	step := rankStep(last - first)
	var ticks []plot.Tick
	for r := first; r <= last; r++ {
		if r == 1 || r%step == 0 {
			ticks = append(ticks, plot.Tick{Value: float64(r), Label: strconv.Itoa(r)})
		} else if step <= 5 {
			ticks = append(ticks, plot.Tick{Value: float64(r)})
		}
	}
	return ticks
}

// rankStep is the first of 1, 2, 5, 10, 20, 50, ... that cuts span into fewer than ten parts.
func rankStep(span int) int {
	for scale := 1; ; scale *= 10 {
		for _, m := range []int{1, 2, 5} {
			if span/(m*scale) < 10 {
				return m * scale
			}
		}
	}
}

// dashes are the dash patterns of Ranks's lines: solid for the first len(palette) actors, then
// dashed, then dotted, so that no two of the first 24 look the same.
var dashes = [][]vg.Length{
	nil,
	{vg.Points(6), vg.Points(3)},
	{vg.Points(2), vg.Points(2)},
}

// shapes are the markers of Ranks's points.
var shapes = []draw.GlyphDrawer{
	draw.CircleGlyph{},
	draw.BoxGlyph{},
	draw.PyramidGlyph{},
	draw.RingGlyph{},
	draw.SquareGlyph{},
	draw.TriangleGlyph{},
	draw.CrossGlyph{},
	draw.PlusGlyph{},
}
