package main

import (
	"bytes"
	"io"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// exportWriters are the formats of export that write one file, by -format name.
var exportWriters = map[string]func(graph.Export, io.Writer, *graph.Graph) error{
	"nodelink": func(x graph.Export, w io.Writer, g *graph.Graph) error { return graph.WriteNodeLink(w, g) },
	"graphml":  graph.Export.GraphML,
	"gexf":     graph.Export.GEXF,
	"cyjs":     graph.Export.CytoscapeJSON,
}

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("export", "export -format nodelink|graphml|gexf|cyjs|csv [-layer comention|interaction|affiliation|all] -o OUT [-in graph.json | FILE...]", []string{
		"actorgraph export -format graphml -o graph.graphml articles/",
		"actorgraph export -format gexf -layer interaction -o who-acts-on-whom.gexf articles/",
		"actorgraph export -format nodelink -o - feed.jsonl > graph.json",
		"actorgraph export -format csv -layer all -o neo4j/",
	}, stderr)
	format := fs.String("format", "", "output format: nodelink (NetworkX node-link JSON), graphml, gexf (GEXF 1.2), cyjs (Cytoscape.js JSON) or csv (neo4j-admin import)")
	layer := fs.String("layer", graph.LayerCoMention, "edges to write: comention (undirected, the layer the measures use, so other tools rank as rank does), interaction or affiliation (directed graphs), or all (one undirected multigraph, layer and direction as edge attributes); nodelink writes the whole analysis, its co-mention ties as edges and the other layers, documents and evidence in its graph attributes, and reads back with -in")
	out := fs.String("o", "", "write to this file (\"-\" for standard output); for csv, to this directory, created if missing")
	input := graphFlags(fs)
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	write, ok := exportWriters[*format]
	switch {
	case *format == "":
		return usagef("-format is required (nodelink, graphml, gexf, cyjs or csv)")
	case !ok && *format != "csv":
		return usagef("unknown -format %q (want nodelink, graphml, gexf, cyjs or csv)", *format)
	case *out == "":
		return usagef("-o OUT is required")
	case *format == "csv" && *out == "-":
		return usagef("-format csv writes two files: -o must name a directory")
	case !slices.Contains(graph.Layers, *layer):
		return usagef("unknown -layer %q (want comention, interaction, affiliation or all)", *layer)
	case *format == "nodelink" && *layer != graph.LayerCoMention:
		return usagef("-format nodelink writes the comention layer only as edges (the other layers go in its graph attributes, and read back with -in); use graphml, gexf or cyjs for -layer %s", *layer)
	}
	x := graph.Export{Layer: *layer}
	if !flagSet(fs, "evidence") {
		// An export is the analysis to keep or to take elsewhere: all its evidence, with
		// every edge's first and last date (GEXF's spells) and documents, unless -evidence
		// bounds it.
		*input.evidence = 0
	}
	g, err := input.load(fs, stdin, stderr)
	if err != nil {
		return err
	}
	if *format == "csv" {
		return x.Neo4jCSV(*out, g)
	}
	var buf bytes.Buffer
	if err := write(x, &buf, g); err != nil {
		return err
	}
	return writeOutput(*out, stdout, buf.Bytes())
}
