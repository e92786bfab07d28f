// Command explorer writes the HTML explorer (render.Config.HTML) of the bundled corpus, or
// of the articles named on the command line, to the file given by -o. The screenshot in
// docs/explorer.png is made from it by scripts/screenshot-explorer.sh.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

func main() {
	out := flag.String("o", "explorer.html", "the HTML file to write")
	title := flag.String("title", "Bundled corpus: actor graph", "the page title")
	top := flag.Int("top", 0, "keep only this many actors, by strength (0: all)")
	flag.Parse()
	docs, err := corpus.Documents()
	if err != nil {
		log.Fatal(err)
	}
	if flag.NArg() > 0 {
		docs = nil
		for _, p := range flag.Args() {
			b, err := os.ReadFile(p)
			if err != nil {
				log.Fatal(err)
			}
			d, err := extract.Read(p, b)
			if err != nil {
				log.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	g := graph.FromResult(extract.Pipeline{}.Extract(docs...))
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := (render.Config{Title: *title, Top: *top}).HTML(f, g); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
