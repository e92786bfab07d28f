// Command newsgen writes generated news articles (internal/newsgen) for trying the library at
// scale: as JSON Lines to -o (one file), or as one file an article into the folder -dir.
//
//	go run ./scripts/newsgen -n 3000 -o /tmp/news.jsonl
//	go run ./scripts/newsgen -n 2000 -dir /tmp/news
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/internal/newsgen"
	"io"
)

func main() {
	n := flag.Int("n", 3000, "how many articles")
	seed := flag.Uint64("seed", 1, "the corpus's seed: the same seed and n give the same articles")
	out := flag.String("o", "", "write JSON Lines to this file")
	dir := flag.String("dir", "", "write one JSON Lines file an article into this folder")
	flag.Parse()
	if (*out == "") == (*dir == "") || *n < 0 {
		fmt.Fprintln(os.Stderr, "usage: newsgen [-n N] [-seed S] (-o FILE.jsonl | -dir DIR)")
		os.Exit(2)
	}
	var err error
	if *out != "" {
		err = atomicfile.Write(*out, func(w io.Writer) error { return newsgen.WriteJSONL(w, *n, *seed) })
	} else {
		err = newsgen.WriteFiles(*dir, *n, *seed)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsgen:", err)
		os.Exit(1)
	}
}
