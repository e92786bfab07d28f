package syntax

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
)

// tagger is a greedy averaged-perceptron tagger (Honnibal 2013, "A good part-of-speech tagger
// in about 200 lines of Python") that predicts UPOS and XPOS together as one tag, in two
// passes left to right (the second also sees the first's tags to the right), with a tag
// dictionary for frequent unambiguous words.
type tagger struct {
	tags   []tagPair         // the classes
	dict   map[string]int    // word -> its only tag, for frequent unambiguous words
	lex    map[string]uint64 // lower-cased word -> its ambiguity class, for words seen often enough
	first  *table            // weights of the first pass
	second *table            // weights of the second pass, or nil
}

type tagPair struct{ upos, xpos string }

// Tagger feature templates.
const (
	tBias = iota + 1
	tNorm
	tForm
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tFlags
	tPrev
	tPrev2
	tPrevPrev2
	tPrevNorm
	tNormM1
	tSuf3M1
	tNormM2
	tNormP1
	tSuf3P1
	tNormP2
	tNormM1Norm
	tNormNormP1
	tPrevNormP1
	tShapeP1
	tShapeM1
	tPrevSuf3
	tNormP1P2
	tFlagsP1
	tAmb
	tAmbM1
	tAmbP1
	tPrevAmb
	tAmbNorm
	tShapeFlags
	tFormM1
	tFormP1
	tNext
	tNext2
	tNextNext2
	tPrevNext
	tNextNorm
	tNextAmb
	tNextSuf3
	tSelf
	tSelfNorm
	tPrevSelfNext
)

// noTag is the hash of the tag before the sentence.
const noTag = 0x5bd1e995

// tagFeatures appends the features of word i (atoms at a[i+2]) given the tags before it.
// right holds the first pass's tags, or is nil in the first pass.
func tagFeatures(dst []uint64, a []atoms, i int, prev, prev2 uint64, right []int) []uint64 {
	if right != nil {
		next, next2 := uint64(noTag), uint64(noTag)
		if i+1 < len(right) {
			next = tagHash(right[i+1])
		}
		if i+2 < len(right) {
			next2 = tagHash(right[i+2])
		}
		dst = append(dst,
			feat1(tNext, next),
			feat1(tNext2, next2),
			feat2(tNextNext2, next, next2),
			feat2(tPrevNext, prev, next),
			feat2(tNextNorm, next, a[i+2].norm),
			feat2(tNextAmb, next, a[i+2].amb),
			feat2(tNextSuf3, next, a[i+2].suf[2]),
			feat1(tSelf, tagHash(right[i])),
			feat2(tSelfNorm, tagHash(right[i]), a[i+2].norm),
			feat3(tPrevSelfNext, prev, tagHash(right[i]), next),
		)
	}
	w := &a[i+2]
	m1, m2, p1, p2 := &a[i+1], &a[i], &a[i+3], &a[i+4]
	return append(dst,
		feat1(tBias, 0),
		feat1(tNorm, w.norm),
		feat1(tForm, w.form),
		feat1(tSuf1, w.suf[0]),
		feat1(tSuf2, w.suf[1]),
		feat1(tSuf3, w.suf[2]),
		feat1(tSuf4, w.suf[3]),
		feat1(tPre1, w.pre[0]),
		feat1(tPre2, w.pre[1]),
		feat1(tPre3, w.pre[2]),
		feat1(tShape, w.shape),
		feat1(tFlags, w.flags),
		feat1(tPrev, prev),
		feat1(tPrev2, prev2),
		feat2(tPrevPrev2, prev, prev2),
		feat2(tPrevNorm, prev, w.norm),
		feat1(tNormM1, m1.norm),
		feat1(tSuf3M1, m1.suf[2]),
		feat1(tNormM2, m2.norm),
		feat1(tNormP1, p1.norm),
		feat1(tSuf3P1, p1.suf[2]),
		feat1(tNormP2, p2.norm),
		feat2(tNormM1Norm, m1.norm, w.norm),
		feat2(tNormNormP1, w.norm, p1.norm),
		feat2(tPrevNormP1, prev, p1.norm),
		feat1(tShapeP1, p1.shape),
		feat1(tShapeM1, m1.shape),
		feat2(tPrevSuf3, prev, w.suf[2]),
		feat2(tNormP1P2, p1.norm, p2.norm),
		feat1(tFlagsP1, p1.flags),
		feat1(tAmb, w.amb),
		feat1(tAmbM1, m1.amb),
		feat1(tAmbP1, p1.amb),
		feat2(tPrevAmb, prev, w.amb),
		feat2(tAmbNorm, w.amb, w.norm),
		feat2(tShapeFlags, w.shape, w.flags),
		feat1(tFormM1, m1.form),
		feat1(tFormP1, p1.form),
	)
}

// tagHash is what a tag contributes to the features of the words around it.
func tagHash(t int) uint64 { return uint64(t+1) * 0x9e3779b97f4a7c15 }

// tagBuf is the scratch space of tagging one sentence.
type tagBuf struct {
	feats  []uint64
	scores []float32
	first  []int
	rows   []*slot
	sink   uint64 // keeps table.touch's reads
}

// tagIDs sets out[i] to the tag of word i (atoms a, as sentenceAtoms makes them): a first pass left to right, then, when
// the tagger has one, a second pass that also sees the first pass's tags to the right.
func (tg *tagger) tagIDs(out []int, a []atoms, buf *tagBuf) {
	if len(buf.scores) < len(tg.tags) {
		buf.scores = make([]float32, len(tg.tags))
	}
	tg.pass(out, a, tg.first, nil, buf)
	if tg.second == nil {
		return
	}
	buf.first = append(buf.first[:0], out...)
	tg.pass(out, a, tg.second, buf.first, buf)
}

func (tg *tagger) pass(out []int, a []atoms, w *table, right []int, buf *tagBuf) {
	prev, prev2 := uint64(noTag), uint64(noTag)
	scores := buf.scores[:len(tg.tags)]
	for i := range out {
		t := int(a[i+2].fixed)
		if t < 0 {
			buf.feats = tagFeatures(buf.feats[:0], a, i, prev, prev2, right)
			clear(scores)
			var x uint64
			buf.rows, x = w.score(buf.feats, scores, buf.rows)
			buf.sink += x
			t = argmax(scores)
		}
		out[i] = t
		prev2, prev = prev, tagHash(t)
	}
}

func argmax(scores []float32) int {
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}

// tagSample is one sentence for training the tagger: its words, their atoms and their tags.
type tagSample struct {
	words []string
	atoms []atoms
	tags  []int
}

// taggerOptions say how to train a tagger.
type taggerOptions struct {
	iters   int    // passes over the training sentences, at most
	folds   int    // for the second pass: first-pass tags of the training sentences come from this many folds; 0 for no second pass
	seed    uint64 // shuffles the sentences
	workers int    // folds trained at once
	log     func(format string, args ...any)
}

// trainTagger trains a tagger on train, choosing the number of passes on dev.
// It also returns the first-pass tags of each training sentence from the folds (nil without a
// second pass): tags as good as the tagger's on new text, for training the parser.
func trainTagger(train, dev []Sentence, opt taggerOptions) (*tagger, [][]int) {
	tg := &tagger{dict: make(map[string]int)}
	classOf := make(map[tagPair]int)
	counts := make(map[string]map[int]int)
	for _, s := range train {
		for _, t := range s.Tokens {
			p := tagPair{t.UPOS, t.XPOS}
			c, ok := classOf[p]
			if !ok {
				c = len(tg.tags)
				classOf[p] = c
				tg.tags = append(tg.tags, p)
			}
			if counts[t.Form] == nil {
				counts[t.Form] = make(map[int]int)
			}
			counts[t.Form][c]++
		}
	}
	// Honnibal's thresholds: seen 20 times, one tag at least 97% of the time.
	for w, byTag := range counts {
		n, best, bestN := 0, 0, 0
		for t, k := range byTag {
			n += k
			if k > bestN || k == bestN && t < best {
				best, bestN = t, k
			}
		}
		if n >= 20 && float64(bestN)/float64(n) >= 0.97 {
			tg.dict[w] = best
		}
	}
	// Ambiguity classes (the UPOS tags a word had) only for words seen minLex times: for rarer
	// words the class is little more than the gold tag, which a tagger must not learn to copy.
	const minLex = 3
	upos := make(map[string]map[string]int)
	for _, s := range train {
		for _, t := range s.Tokens {
			lw := strings.ToLower(t.Form)
			if upos[lw] == nil {
				upos[lw] = make(map[string]int)
			}
			upos[lw][t.UPOS]++
		}
	}
	tg.lex = make(map[string]uint64)
	for w, byTag := range upos {
		n := 0
		for _, k := range byTag {
			n += k
		}
		if n < minLex {
			continue
		}
		h := uint64(0x1234567)
		for _, t := range slices.Sorted(maps.Keys(byTag)) {
			h = mix(h, strHash(t))
		}
		tg.lex[w] = h
	}

	samples := tg.samples(train, classOf)
	devSamples := tg.samples(dev, classOf)
	first, iters := tg.trainPass(samples, nil, devSamples, nil, opt.iters, opt)
	tg.first = first
	if opt.folds < 2 {
		return tg, nil
	}
	// Jackknifing: the second pass learns from first-pass tags as good as they will be on
	// new text, each sentence's from a first pass that did not see it.
	right := make([][]int, len(samples))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(opt.workers, 1))
	for k := 0; k < opt.folds; k++ {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			var in []tagSample
			for i, s := range samples {
				if i%opt.folds != k {
					in = append(in, s)
				}
			}
			w, _ := tg.trainPass(in, nil, nil, nil, iters, opt)
			for i := k; i < len(samples); i += opt.folds {
				right[i] = tg.tagWith(w, samples[i])
			}
			opt.log("tagger: fold %d of %d", k+1, opt.folds)
		})
	}
	wg.Wait()
	devRight := make([][]int, len(devSamples))
	for i, s := range devSamples {
		devRight[i] = tg.tagWith(first, s)
	}
	tg.second, _ = tg.trainPass(samples, right, devSamples, devRight, opt.iters, opt)
	return tg, right
}

func (tg *tagger) samples(sents []Sentence, classOf map[tagPair]int) []tagSample {
	out := make([]tagSample, len(sents))
	for si, s := range sents {
		smp := tagSample{words: make([]string, len(s.Tokens)), tags: make([]int, len(s.Tokens))}
		for i, t := range s.Tokens {
			c, ok := classOf[tagPair{t.UPOS, t.XPOS}]
			if !ok {
				c = -1
			}
			smp.words[i], smp.tags[i] = t.Form, c
		}
		smp.atoms = tg.sentenceAtoms(nil, smp.words)
		out[si] = smp
	}
	return out
}

func (tg *tagger) tagWith(w *table, s tagSample) []int {
	out := make([]int, len(s.words))
	tg.pass(out, s.atoms, w, nil, &tagBuf{scores: make([]float32, len(tg.tags))})
	return out
}

// trainPass trains the weights of one pass for at most iters passes over samples (right: the
// first pass's tags, or nil) and returns the weights that tag dev best and after how many
// passes; without dev, the weights after iters passes.
func (tg *tagger) trainPass(samples []tagSample, right [][]int, dev []tagSample, devRight [][]int, iters int, opt taggerOptions) (*table, int) {
	l := newLearner(len(tg.tags))
	rng := rand.New(rand.NewPCG(opt.seed, opt.seed^0x2545f4914f6cdd1d))
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	var (
		feats  []uint64
		scores = make([]float32, len(tg.tags))
		best   *table
		bestN  int
		bestA  = -1.0
	)
	for pass := 1; pass <= iters; pass++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			smp := samples[si]
			var r []int
			if right != nil {
				r = right[si]
			}
			prev, prev2 := uint64(noTag), uint64(noTag)
			for i, gold := range smp.tags {
				t := int(smp.atoms[i+2].fixed)
				if t < 0 {
					feats = tagFeatures(feats[:0], smp.atoms, i, prev, prev2, r)
					clear(scores)
					l.score(feats, scores)
					t = argmax(scores)
					l.now++
					if t != gold {
						l.update(feats, gold, t)
					}
				}
				prev2, prev = prev, tagHash(t)
			}
		}
		if dev == nil {
			continue
		}
		w := l.table(0)
		acc := tg.passAccuracy(w, dev, devRight)
		opt.log("tagger: pass %d: dev UPOS %.2f", pass, 100*acc)
		if acc > bestA {
			best, bestN, bestA = w, pass, acc
		}
	}
	if dev == nil {
		return l.table(0), iters
	}
	return best, bestN
}

func (tg *tagger) passAccuracy(w *table, dev []tagSample, devRight [][]int) float64 {
	buf := &tagBuf{scores: make([]float32, len(tg.tags))}
	n, ok := 0, 0
	for i, s := range dev {
		out := make([]int, len(s.words))
		var r []int
		if devRight != nil {
			r = devRight[i]
		}
		tg.pass(out, s.atoms, w, r, buf)
		for j, t := range out {
			n++
			if g := s.tags[j]; g >= 0 && tg.tags[t].upos == tg.tags[g].upos {
				ok++
			}
		}
	}
	return float64(ok) / float64(max(n, 1))
}
