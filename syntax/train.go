package syntax

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"
)

// TrainOptions say how Train trains a model. The zero value trains as the embedded model was.
type TrainOptions struct {
	TaggerPasses int    // passes over the training sentences, at most (default 10)
	ParserPasses int    // (default 15)
	Folds        int    // folds for jackknifed tags (default 5)
	Seed         uint64 // shuffles the training sentences (default 1)
	Workers      int    // folds trained at once (default 2); the model does not depend on it
	// Log receives one line of progress a pass, with its accuracy on dev; nil for none.
	Log io.Writer
}

// Train trains a tagger and parser on the sentences of train (gold tags, heads and relations),
// choosing the number of passes on dev. The same sentences and options give the same model,
// byte for byte.
func Train(train, dev []Sentence, opt TrainOptions) (*Model, error) {
	if opt.TaggerPasses <= 0 {
		opt.TaggerPasses = 10
	}
	if opt.ParserPasses <= 0 {
		opt.ParserPasses = 15
	}
	if opt.Folds <= 1 {
		opt.Folds = 5
	}
	if opt.Workers <= 0 {
		opt.Workers = 2
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	var mu sync.Mutex
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			mu.Lock()
			fmt.Fprintf(opt.Log, format+"\n", args...)
			mu.Unlock()
		}
	}
	if len(train) == 0 || len(dev) == 0 {
		return nil, fmt.Errorf("syntax: train: no training or no development sentences")
	}
	if err := checkInventory(train); err != nil {
		return nil, err
	}
	tg, jack := trainTagger(train, dev, taggerOptions{iters: opt.TaggerPasses, folds: opt.Folds, seed: opt.Seed, workers: opt.Workers, log: logf})
	return trainParserFor(train, dev, tg, jack, opt, logf), nil
}

// trainParserFor trains the parser of a model with tagger tg, whose jackknifed tags of the
// training sentences are jack.
func trainParserFor(train, dev []Sentence, tg *tagger, jack [][]int, opt TrainOptions, logf func(string, ...any)) *Model {

	labelSet := make(map[string]bool)
	for _, s := range train {
		for _, t := range s.Tokens {
			if t.Rel != "root" && t.Rel != "" {
				labelSet[t.Rel] = true
			}
		}
	}
	labels := append([]string{"root"}, slices.Sorted(maps.Keys(labelSet))...)
	labelID := make(map[string]int32, len(labels))
	for i, l := range labels {
		labelID[l] = int32(i)
	}
	samples := make([]parseSample, 0, len(train))
	for si, s := range train {
		n := len(s.Tokens)
		smp := parseSample{tags: jack[si], heads: make([]int32, n), labels: make([]int32, n)}
		words := make([]string, n)
		for i, t := range s.Tokens {
			words[i] = t.Form
			smp.heads[i] = int32(t.Head)
			if t.Head < 0 {
				smp.heads[i] = int32(n)
			}
			smp.labels[i] = labelID[t.Rel]
		}
		smp.atoms = tg.sentenceAtoms(nil, words)
		samples = append(samples, smp)
	}
	m := &Model{tagger: tg}
	eval := func(p *parser) float64 {
		m.parser = p
		e, err := Evaluate(dev, m.parseWords(dev))
		if err != nil {
			panic(err) // parseWords makes a token a word
		}
		return e.LAS() / 100
	}
	m.parser = trainParser(samples, labels, coarseTags(tg.tags), parserOptions{iters: opt.ParserPasses, seed: opt.Seed, explore: 0.9, log: logf}, eval)
	before := m.parser.w.n
	m.parser.w = m.parser.w.pruned(parserPrune, parserPrune)
	logf("parser: %d of %d features kept (weights below %g dropped)", m.parser.w.n, before, parserPrune)
	return m
}

// parserPrune is the smallest averaged weight the parser keeps: the smallest threshold that
// keeps the model file within about 15 MB. Measured on EWT dev: it drops a third of the
// features for 0.05 LAS (a threshold of 2 costs a point).
const parserPrune = 0.9

// parseWords tags and parses the words of sents, as for Evaluate against them.
func (m *Model) parseWords(sents []Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		toks := make([]Token, len(s.Tokens))
		for j, t := range s.Tokens {
			toks[j].Form = t.Form
		}
		m.parse(toks)
		out[i] = Sentence{Text: s.Text, ID: s.ID, Tokens: toks}
	}
	return out
}

// checkInventory checks that the tags and relations of train fit the model file, which
// stores a sparse weight's class in a byte: at most 256 tag pairs and 127 relations.
func checkInventory(train []Sentence) error {
	tags, rels := make(map[tagPair]bool), make(map[string]bool)
	for _, s := range train {
		for _, t := range s.Tokens {
			tags[tagPair{t.UPOS, t.XPOS}] = true
			rels[t.Rel] = true
		}
	}
	switch {
	case len(tags) > 256:
		return fmt.Errorf("syntax: train: %d UPOS and XPOS pairs, at most 256", len(tags))
	case len(rels) > 127:
		return fmt.Errorf("syntax: train: %d relations, at most 127", len(rels))
	}
	return nil
}
