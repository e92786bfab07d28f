package main

import (
	"bytes"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// exportWriters are the formats of export that write one file, by -format name.
var exportWriters = map[string]func(io.Writer, *graph.Graph) error{
	"nodelink": graph.WriteNodeLink,
	"graphml":  graph.WriteGraphML,
	"gexf":     graph.WriteGEXF,
	"cyjs":     graph.WriteCytoscapeJSON,
}

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("export", "export -format nodelink|graphml|gexf|cyjs|csv -o OUT [-in graph.json | FILE...]", []string{
		"actorgraph export -format graphml -o graph.graphml articles/",
		"actorgraph export -format nodelink -o - feed.jsonl > graph.json",
		"actorgraph export -format csv -o neo4j/",
	}, stderr)
	format := fs.String("format", "", "output format: nodelink (NetworkX node-link JSON), graphml, gexf (GEXF 1.2), cyjs (Cytoscape.js JSON) or csv (neo4j-admin import)")
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
	}
	g, err := input.load(fs, stdin, stderr)
	if err != nil {
		return err
	}
	if *format == "csv" {
		return graph.WriteNeo4jCSV(*out, g)
	}
	var buf bytes.Buffer
	if err := write(&buf, g); err != nil {
		return err
	}
	return writeOutput(*out, stdout, buf.Bytes())
}
