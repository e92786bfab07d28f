package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

func runRender(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("render", "render [-layout dot|neato|fdp|sfdp|circo|twopi] [-format svg|png|dot|html] -o OUT [-in graph.json | FILE...]", []string{
		"actorgraph render -o graph.svg",
		"actorgraph render -layout dot -format png -top 30 -o graph.png articles/",
		"actorgraph render -format html -groups affiliation -o graph.html feed.jsonl",
	}, stderr)
	layout := fs.String("layout", "", "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi (default neato)")
	format := fs.String("format", "svg", "output format: svg, png, dot or html (a self-contained interactive page)")
	out := fs.String("o", "", "write the diagram to this file (\"-\" for standard output)")
	size := fs.String("size", "pagerank", "centrality that sets node area: degree, strength, betweenness, closeness, harmonic, eigenvector or pagerank")
	top := fs.Int("top", 0, "draw only the N most central actors (0: all)")
	minWeight := fs.Float64("min-weight", 0, "draw only the ties of at least this weight (actors stay)")
	title := fs.String("title", "", "title drawn above the graph")
	interactions := fs.Bool("interactions", false, "draw the interaction layer: arrows coloured by sign, dashed if planned or possible, dotted if negated")
	roles := fs.Bool("roles", false, "add a person's shortest role as a second label line")
	groups := fs.String("groups", "", "colour actors by group instead of type: affiliation (their country or organization), community (Louvain communities, seed 1) or leiden (Leiden communities, seed 1: each one connected)")
	clusters := fs.Bool("clusters", false, "draw a box around each group of -groups (layouts dot and fdp)")
	input := graphFlags(fs)
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	if *out == "" {
		return usagef("-o OUT is required")
	}
	l, err := render.ParseLayout(*layout)
	if err != nil {
		return usageError{err.Error()}
	}
	m, err := graph.ParseMeasure(*size)
	if err != nil {
		return usageError{err.Error()}
	}
	if *top < 0 {
		return usagef("-top must not be negative")
	}
	if !(*minWeight >= 0) || math.IsInf(*minWeight, 0) {
		return usagef("-min-weight must be a finite number, 0 or more")
	}
	if *groups != "" && *groups != "affiliation" && *groups != "community" && *groups != "leiden" {
		return usagef("unknown -groups %q (want affiliation, community or leiden)", *groups)
	}
	if *clusters && *groups == "" {
		return usagef("-clusters needs -groups")
	}
	if *format == "html" && !flagSet(fs, "evidence") {
		// The explorer filters ties by the dates and outlets of their documents, which a
		// sample of evidence would only guess at; and the page holds all the evidence
		// anyway, which a browser can hold only for a corpus of bounded size.
		*input.evidence = 0
	}
	g, err := input.load(fs, stdin, stderr)
	if err != nil {
		return err
	}
	cfg := render.Config{Layout: l, Size: m.Compute, Top: *top, MinWeight: *minWeight, Title: *title, Interactions: *interactions, Roles: *roles, Clusters: *clusters}
	switch *groups {
	case "affiliation":
		cfg.Groups = render.AffiliationGroups(g)
	case "community":
		cfg.Groups = render.CommunityGroups(graph.Louvain(g, 1, rand.NewPCG(1, 1)))
	case "leiden":
		cfg.Groups = render.CommunityGroups(graph.Leiden(g, 1, rand.NewPCG(1, 1)))
	}
	var buf bytes.Buffer
	engine := cfg.Layout
	if engine == "" {
		engine = render.DefaultLayout
	}
	switch *format {
	case "svg":
		stop := whileWaiting(stderr, fmt.Sprintf("render: laying out %d actors with %s", g.Len(), engine))
		err = cfg.SVG(ctx, &buf, g)
		stop()
	case "png":
		stop := whileWaiting(stderr, fmt.Sprintf("render: laying out %d actors with %s", g.Len(), engine))
		err = cfg.PNG(ctx, &buf, g)
		stop()
	case "dot":
		err = cfg.DOT(&buf, g)
	case "html":
		err = cfg.HTML(&buf, g)
	default:
		return usagef("unknown -format %q (want svg, png, dot or html)", *format)
	}
	if errors.Is(err, render.ErrTooLarge) {
		return fmt.Errorf("%s: %w; with this command: -top N draws only the N most central actors, -min-weight W only the ties of weight W or more, -layout another engine", input.name(fs), err)
	}
	if err != nil {
		return err
	}
	return writeOutput(*out, stdout, buf.Bytes())
}
