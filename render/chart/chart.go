package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"strings"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/actorgraph/actorgraph/graph"
)

// The image formats that Options.Format accepts.
const (
	SVG = "svg" // the default
	PNG = "png"
)

// DefaultTop is the number of actors drawn when Options.Top is zero.
const DefaultTop = 10

// DPI is the resolution of PNG output: twice the 72 points of an inch, so that text stays
// sharp on high-density screens.
const DPI = 144

// maxNameLen is the number of characters of a name that a chart shows, as in package render.
const maxNameLen = 60

// Options says what a chart shows and how. Its zero value draws the DefaultTop actors as an
// SVG of the default size, without a title.
type Options struct {
	// Title, if not empty, is drawn above the chart.
	Title string

	// Measure names the measure behind the values: the value axis of Bar, the rank axis of
	// Ranks. Empty: "score" and "rank".
	Measure graph.Measure

	// Top is how many actors are drawn: the first Top scores for Bar, the Top actors with the
	// best ranks for Ranks. Zero means DefaultTop; a negative Top panics.
	Top int

	// Format is SVG or PNG; empty means SVG, and any other value is an error.
	Format string

	// Width and Height are the size of the image; zero picks a size that fits the content.
	// PNGs have DPI pixels per inch (vg.Inch).
	Width, Height vg.Length

	// Names gives Ranks the display name of each actor ID of its points; an ID missing from
	// it is shown as itself. Bar uses the names in its scores.
	Names map[string]string
}

func (o Options) top() int {
	switch {
	case o.Top < 0:
		panic(fmt.Sprintf("chart: negative Top %d", o.Top))
	case o.Top == 0:
		return DefaultTop
	}
	return o.Top
}

func (o Options) format() (string, error) {
	switch o.Format {
	case "", SVG:
		return SVG, nil
	case PNG:
		return PNG, nil
	}
	return "", fmt.Errorf("chart: unknown format %q (want svg or png)", o.Format)
}

// write draws p on a canvas of the given size and format, with the legend l to its right
// if l is not nil, and writes the image to w.
func write(w io.Writer, format string, width, height vg.Length, p *plot.Plot, l *plot.Legend) error {
	var c vg.CanvasWriterTo
	switch format {
	case SVG:
		c = vgsvg.New(width, height)
	case PNG:
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(
			vgimg.UseWH(width, height),
			vgimg.UseDPI(DPI),
			vgimg.UseBackgroundColor(color.White),
		)}
	}
	dc := draw.New(c)
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	dc = draw.Crop(dc, margin, -margin, margin, -margin)
	if l == nil {
		p.Draw(dc)
	} else {
		// plot.Plot draws its legend over the data; beside the data it hides no line.
		legendWidth := legendWidth(l)
		p.Draw(draw.Crop(dc, 0, -legendWidth, 0, 0))
		l.Draw(draw.Crop(dc, dc.Max.X-dc.Min.X-legendWidth+legendGap, 0, 0, -titleSpace(p)))
	}
	if _, err := c.WriteTo(w); err != nil {
		return fmt.Errorf("chart: write %s: %w", strings.ToUpper(format), err)
	}
	return nil
}

// legendWidth is the width l takes beside a plot, gaps included.
func legendWidth(l *plot.Legend) vg.Length {
	r := l.Rectangle(draw.Canvas{})
	return r.Max.X - r.Min.X + 2*legendGap
}

// margin is the blank space around a chart.
const margin = vg.Length(6) // points

// legendGap is the space around a legend drawn beside a plot.
const legendGap = vg.Length(8) // points

// titleSpace is the height that p's title takes, so that a legend beside it starts level with
// the data.
func titleSpace(p *plot.Plot) vg.Length {
	if p.Title.Text == "" {
		return p.Title.Padding
	}
	return p.Title.TextStyle.Height(p.Title.Text) + p.Title.Padding
}

// newPlot returns a plot with the title, set in sans-serif as all text of a chart.
func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = clean(title)
	p.Title.TextStyle.Font = sans(14)
	p.Title.Padding = vg.Points(8)
	p.X.Label.TextStyle.Font = sans(12)
	p.Y.Label.TextStyle.Font = sans(12)
	p.X.Tick.Label.Font = sans(10)
	p.Y.Tick.Label.Font = sans(10)
	return p
}

// sans returns Liberation Sans, which plot embeds, in the given size in points. plot's
// default is Liberation Serif.
func sans(size vg.Length) font.Font {
	return font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
}

// clean makes s displayable on one line of a chart: invalid UTF-8 and characters that XML
// forbids become U+FFFD, runs of white space become one space, and text longer than
// maxNameLen characters is cut, ending in an ellipsis. vgsvg escapes the rest (&, <, >, ', ")
// for XML itself.
func clean(s string) string {
	var runes []rune
	space := false
	for _, r := range strings.ToValidUTF8(s, string(unicode.ReplacementChar)) {
		if unicode.IsSpace(r) {
			space = len(runes) > 0
			continue
		}
		if !xmlChar(r) {
			r = unicode.ReplacementChar
		}
		if space {
			runes = append(runes, ' ')
			space = false
		}
		runes = append(runes, r)
	}
	if len(runes) > maxNameLen {
		runes = append(runes[:maxNameLen-1], '…')
	}
	return string(runes)
}

// xmlChar reports whether r may appear in XML 1.0 text (its Char production).
func xmlChar(r rune) bool {
	return r >= 0x20 && r < 0xD800 || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= unicode.MaxRune
}

// checkFinite returns an error naming the first actor whose value is NaN or infinite.
func checkFinite(name string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("chart: actor %q has value %v, which cannot be drawn", name, v)
	}
	return nil
}

// Okabe–Ito palette, as in package render: it stays distinguishable under colour-vision
// deficiencies. Yellow comes last: it is faint on white.
var palette = []color.RGBA{
	{0xE6, 0x9F, 0x00, 0xFF}, // orange
	{0x56, 0xB4, 0xE9, 0xFF}, // sky blue
	{0x00, 0x9E, 0x73, 0xFF}, // bluish green
	{0xD5, 0x5E, 0x00, 0xFF}, // vermillion
	{0x00, 0x72, 0xB2, 0xFF}, // blue
	{0xCC, 0x79, 0xA7, 0xFF}, // reddish purple
	{0x00, 0x00, 0x00, 0xFF}, // black
	{0xF0, 0xE4, 0x42, 0xFF}, // yellow
}

// barColor is the fill of Bar's bars: the blue of the palette.
var barColor = palette[4]

// gridColor is the colour of grid lines.
var gridColor = color.Gray{Y: 0xDD}
