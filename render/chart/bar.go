package chart

import (
	"errors"
	"io"
	"strconv"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/actorgraph/actorgraph/graph"
)

// Bar draws the first opts.Top scores as a horizontal bar chart and writes it to w: one bar
// per actor, labelled with its name on the left and its value at the bar's end, the first
// score at the top. scores should be ordered as the graph package orders them, highest first;
// Bar draws them in the order given. The value axis starts at zero (or at the lowest value, if
// that is negative) and is named after opts.Measure.
//
// The default size is 6 inches wide and 1.1 inches plus a quarter inch per bar high.
// Bar returns an error if scores is empty, if a value is NaN or infinite, or if opts.Format is
// unknown, and panics if opts.Top is negative.
func Bar(w io.Writer, scores []graph.Score, opts Options) error {
	format, err := opts.format()
	if err != nil {
		return err
	}
	n := min(opts.top(), len(scores))
	if n == 0 {
		return errors.New("chart: no scores to draw")
	}
	width, height := opts.Width, opts.Height
	if width == 0 {
		width = 6 * vg.Inch
	}
	if height == 0 {
		height = 1.1*vg.Inch + vg.Length(n)*vg.Inch/4
	}

	// The bar chart's positions count up from the bottom: the first score goes last.
	values := make(plotter.Values, n)
	names := make([]string, n)
	labels := plotter.XYLabels{XYs: make(plotter.XYs, n), Labels: make([]string, n)}
	lo, hi := 0.0, 0.0
	for i, s := range scores[:n] {
		name := clean(s.Actor.Name)
		if name == "" {
			name = clean(s.Actor.ID)
		}
		if err := checkFinite(name, s.Value); err != nil {
			return err
		}
		at := n - 1 - i
		values[at] = s.Value
		names[at] = name
		labels.XYs[at] = plotter.XY{X: max(s.Value, 0), Y: float64(at)}
		labels.Labels[at] = strconv.FormatFloat(s.Value, 'g', 3, 64)
		lo, hi = min(lo, s.Value), max(hi, s.Value)
	}

	p := newPlot(opts.Title)
	p.X.Label.Text = measureName(opts.Measure, "score")
	// Room for the value labels right of the longest bar.
	p.X.Min, p.X.Max = lo*1.15, hi*1.15
	if lo == hi {
		p.X.Max = 1
	}
	p.Y.Tick.Label.Font = sans(11)

	grid := plotter.NewGrid()
	grid.Horizontal.Color = nil
	grid.Vertical.Color = gridColor
	p.Add(grid)

	bars, err := plotter.NewBarChart(values, barWidth(height, n))
	if err != nil {
		return err // unreachable: values are finite
	}
	bars.Horizontal = true
	bars.Color = barColor
	bars.LineStyle.Width = 0
	p.Add(bars)

	valueLabels, err := plotter.NewLabels(labels)
	if err != nil {
		return err // unreachable: one label per point, all finite
	}
	for i := range valueLabels.TextStyle {
		valueLabels.TextStyle[i].Font = sans(9)
		valueLabels.TextStyle[i].YAlign = draw.YCenter
	}
	valueLabels.Offset = vg.Point{X: vg.Points(3)}
	p.Add(valueLabels)

	p.NominalY(names...)
	return write(w, format, width, height, p, nil)
}

// barWidth is the thickness of each of n bars on a chart of the given height: two thirds of
// the space each gets, after the title and the value axis.
func barWidth(height vg.Length, n int) vg.Length {
	return max(vg.Points(1), (height-1.1*vg.Inch)/vg.Length(n)*2/3)
}

// measureName is the axis label for m: its name, or fallback if m is empty.
func measureName(m graph.Measure, fallback string) string {
	if m == "" {
		return fallback
	}
	return clean(string(m))
}
