// Package chart draws the scores of the graph package as charts: a bar chart of the actors
// ranked highest by a measure (Bar) and a chart of how the actors' ranks change from date to
// date (Ranks), as SVG or PNG.
//
//	chart.Bar(w, graph.PageRank(g), chart.Options{Measure: graph.MeasurePageRank, Top: 15})
//	chart.Ranks(w, graph.Timeline(r, m), chart.Options{Names: names, Format: chart.PNG})
//
// Options says what to draw; its zero value draws the DefaultTop actors as an SVG of a size
// that fits them, without a title.
//
// The charts are drawn by gonum.org/v1/plot, in pure Go. Only this package imports plot, so
// programs that use the extract, graph or render packages alone do not build it.
//
// Bar draws a bar per actor, longest at the top, in the blue of the Okabe–Ito palette, with
// the actor's name on the left and its value, to three significant digits, at the bar's end.
// Ranks draws a line per actor, rank 1 at the top, in the colours of the Okabe–Ito palette,
// which stay distinguishable under colour-vision deficiencies; after eight actors the colours
// repeat with dashed and then dotted lines, and every actor also has its own combination of
// colour and marker. A line is broken where its actor has no point on a date, and an actor
// alone on a date shows as a marker. The legend stands to the right of the lines, so that it
// hides none of them.
//
// # Determinism
//
// The same scores or points and Options give the same SVG and the same PNG, byte for byte;
// the tests check this. Nothing that is drawn depends on the order of a map: dates are sorted,
// actors are ordered as Ranks documents, and Bar keeps the order of its scores. Text is set in
// Liberation Sans, which plot embeds, so a PNG does not depend on the fonts of the machine.
// An SVG names the font (font-family:Liberation Sans) but does not embed it, which keeps it
// small and stable; a viewer without it substitutes another sans-serif font.
//
// # Escaping
//
// Names come from the text of news articles and may hold anything. Each name, date, title and
// measure is first made displayable on one line: invalid UTF-8 and characters that XML
// forbids become U+FFFD, runs of white space, newlines included, become one space, and text
// longer than 60 characters is cut with an ellipsis, as in package render. plot's SVG
// renderer then escapes &, <, >, ' and " (html.EscapeString), so a name such as
// AT&T <Wireless> shows as that text and never as markup; the tests parse the SVG with
// encoding/xml. plot's text handler is the plain one: $, _ and \ show as typed, not as TeX.
// Liberation Sans covers Latin, Greek and Cyrillic; characters outside it, such as CJK, show
// in SVG if the viewer's font has them but as empty boxes in PNG.
//
// # Concurrency
//
// Bar and Ranks may be called from several goroutines: each builds its own plot and canvas.
package chart
