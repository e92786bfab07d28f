package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// readDocuments reads the named files. A file that cannot be read is an error naming it;
// with skipBad it is reported on stderr and skipped instead, as long as one file is left.
func readDocuments(paths []string, skipBad bool, stderr io.Writer) ([]*extract.Document, error) {
	var docs []*extract.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		var d *extract.Document
		if err == nil {
			d, err = extract.Read(p, b)
		} else {
			err = fmt.Errorf("read %q: %w", p, err)
		}
		if err != nil {
			if !skipBad {
				return nil, err
			}
			fmt.Fprintf(stderr, "actorgraph: warning: skipped: %v\n", err)
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(paths) > 0 {
		return nil, fmt.Errorf("no readable input among %d file(s)", len(paths))
	}
	return docs, nil
}

// pipeline returns the extraction pipeline, with the built-in knowledge extended by the
// JSON Lines file at knowledgePath if it is not empty.
func pipeline(knowledgePath string) (extract.Pipeline, error) {
	if knowledgePath == "" {
		return extract.Pipeline{}, nil
	}
	entries, err := extract.LoadEntries(knowledgePath)
	if err != nil {
		return extract.Pipeline{}, err
	}
	k, err := extract.DefaultKnowledge().With(entries...)
	if err != nil {
		return extract.Pipeline{}, fmt.Errorf("%s: %w", knowledgePath, err)
	}
	return extract.Pipeline{Knowledge: k}, nil
}

// loadGraph returns the co-mention graph of the files, of a node-link file given with -in,
// or of the bundled corpus when neither is given.
func loadGraph(in string, paths []string, skipBad bool, p extract.Pipeline, stderr io.Writer) (*graph.Graph, error) {
	if in != "" {
		if len(paths) > 0 {
			return nil, usagef("give either -in or files, not both")
		}
		f, err := os.Open(in)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		g, err := graph.ReadNodeLink(f)
		if err != nil {
			return nil, fmt.Errorf("read %q: %w", in, err)
		}
		return g, nil
	}
	var docs []*extract.Document
	var err error
	if len(paths) == 0 {
		docs, err = corpus.Documents()
	} else {
		docs, err = readDocuments(paths, skipBad, stderr)
	}
	if err != nil {
		return nil, err
	}
	return graph.FromResult(p.Extract(docs...)), nil
}

// graphInput holds the flags that say where a command's graph comes from.
type graphInput struct {
	in, knowledge *string
	skipBad       *bool
}

// graphFlags defines -in, -knowledge and -skip-bad on fs.
func graphFlags(fs *flag.FlagSet) graphInput {
	return graphInput{
		in:        fs.String("in", "", "read the graph from this NetworkX node-link JSON file instead of articles"),
		knowledge: fs.String("knowledge", "", "JSON Lines file of actors that extends the built-in knowledge"),
		skipBad:   fs.Bool("skip-bad", false, "report unreadable files on stderr and go on with the others"),
	}
}

// load returns the graph of the files (fs.Args()), of -in, or of the bundled corpus.
func (gi graphInput) load(fs *flag.FlagSet, stderr io.Writer) (*graph.Graph, error) {
	p, err := pipeline(*gi.knowledge)
	if err != nil {
		return nil, err
	}
	return loadGraph(*gi.in, fs.Args(), *gi.skipBad, p, stderr)
}

// name names what the graph was read from, for messages.
func (gi graphInput) name(fs *flag.FlagSet) string {
	switch {
	case *gi.in != "":
		return *gi.in
	case fs.NArg() > 0:
		return strings.Join(fs.Args(), ", ")
	}
	return "the bundled corpus"
}
