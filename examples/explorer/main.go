package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/render"
)

func main() {
	dir := flag.String("o", ".", "the directory to write explorer.html to")
	flag.Parse()
	if err := run(os.Stdout, *dir, flag.Args()); err != nil {
		log.Fatal(err)
	}
}

// run writes the explorer page of the articles at paths, or of the bundled ones, to
// dir/explorer.html and says on w where it is.
func run(w io.Writer, dir string, paths []string) error {
	docs, err := corpus.Documents()
	if len(paths) > 0 {
		docs, err = extract.ReadFiles(paths...)
		if skipped, ok := err.(*extract.SkippedError); ok {
			log.Print(skipped) // links to folders and special files, each named: the rest is read
			err = nil
		}
	}
	if err != nil {
		return err
	}
	g := graph.FromResult(extract.Pipeline{}.Extract(docs...))

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, "explorer.html")
	cfg := render.Config{Size: graph.PageRank, Title: "Who deals with whom", Interactions: true, Roles: true}
	// atomicfile: a failure leaves the page of an earlier run as it was, never half written.
	if err := atomicfile.Write(path, func(f io.Writer) error { return cfg.HTML(f, g) }); err != nil {
		return err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	page := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	_, err = fmt.Fprintf(w, "wrote %s: %d actors, %d ties from %d articles\nopen it in a browser: %s\n",
		path, g.Len(), len(g.Ties()), len(docs), page.String())
	return err
}
