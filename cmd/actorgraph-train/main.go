// Command actorgraph-train trains the part-of-speech tagger and dependency parser of package
// syntax from Universal Dependencies treebanks and writes the model file that the package
// embeds.
//
// Usage:
//
//	go run ./cmd/actorgraph-train [-train FILE] [-dev FILE] [-o FILE] [-seed N]
//
// By default it trains on UD English EWT in ../shared/ud (train, with dev to choose the
// number of passes) and writes syntax/model/en_ewt.model. The same treebanks and flags give
// the same bytes. It takes about ten minutes on two cores.
//
// The model is a derived work of the treebank: a model trained on UD English EWT is under
// CC BY-SA 4.0 (see syntax/model/NOTICE.md). Do not train a model you ship on treebanks whose
// licence forbids it (GUM's NC licence, for example).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/syntax"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "actorgraph-train:", err)
		os.Exit(1)
	}
}

func run(args []string, log io.Writer) error {
	fs := flag.NewFlagSet("actorgraph-train", flag.ContinueOnError)
	fs.SetOutput(log)
	trainPath := fs.String("train", "../shared/ud/en_ewt-ud-train.conllu", "training treebank (CoNLL-U)")
	devPath := fs.String("dev", "../shared/ud/en_ewt-ud-dev.conllu", "development treebank, to choose the number of passes")
	out := fs.String("o", "syntax/model/en_ewt.model", "model file to write")
	seed := fs.Uint64("seed", 1, "seed of the shuffling of training sentences")
	tagPasses := fs.Int("tagger-passes", 0, "tagger passes at most (0: the default)")
	parsePasses := fs.Int("parser-passes", 0, "parser passes at most (0: the default)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	train, err := readTreebank(*trainPath)
	if err != nil {
		return err
	}
	dev, err := readTreebank(*devPath)
	if err != nil {
		return err
	}
	start := time.Now()
	m, err := syntax.Train(train, dev, syntax.TrainOptions{
		TaggerPasses: *tagPasses, ParserPasses: *parsePasses, Seed: *seed, Log: log,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "trained in %v\n", time.Since(start).Round(time.Second))
	return atomicfile.Write(*out, func(w io.Writer) error {
		_, err := m.WriteTo(w)
		return err
	})
}

func readTreebank(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadCoNLLU(f, path)
}
