package main

import (
	"fmt"
	"io"
	"os"

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

// loadGraph returns the co-mention graph of the files, of a node-link file given with -in,
// or of the bundled corpus when neither is given.
func loadGraph(in string, paths []string, skipBad bool, stderr io.Writer) (*graph.Graph, error) {
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
	return graph.FromResult(extract.Pipeline{}.Extract(docs...)), nil
}
