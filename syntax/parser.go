package syntax

import (
	"math/rand/v2"
)

// The parser is a greedy arc-eager transition parser (Nivre 2003) with the root at the end of
// the buffer (Ballesteros & Nivre 2013), trained as an averaged perceptron with the dynamic
// oracle of Goldberg & Nivre (2012) and the rich non-local features of Zhang & Nivre (2011).
// One weight row holds, for a feature, the weights of the four transitions followed by those of
// the relations of a left arc and then of a right arc: the transition is chosen first, then
// the arc's relation, from the same features.

// Transitions.
const (
	shift = iota
	reduce
	leftArc
	rightArc
	nTransitions
)

type parser struct {
	labels []string // relations; labels[0] is "root"
	w      *table   // rows of nTransitions + 2*len(labels) weights
	coarse []uint64 // the UPOS part of each tag class, hashed
}

// coarseTags returns the hashes of the UPOS of each tag class.
func coarseTags(tags []tagPair) []uint64 {
	c := make([]uint64, len(tags))
	for i, t := range tags {
		c[i] = strHash(t.upos) | 1
	}
	return c
}

// parseState is a configuration of the arc-eager system over n words and the root (index n).
type parseState struct {
	n      int
	stack  []int32
	b      int32 // front of the buffer
	head   []int32
	label  []int32
	left   []int32 // leftmost dependent, or -1
	left2  []int32 // second leftmost
	right  []int32 // rightmost dependent
	right2 []int32
	nleft  []int32
	nright []int32
	lset   []uint64 // relations of the left dependents, as a bit set
	rset   []uint64
	word   []uint64 // atoms of each word (and the root)
	tag    []uint64
	upos   []uint64
	suf    []uint64 // last three letters of each word
}

func (s *parseState) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	m := n + 1
	grow := func(x []int32, v int32) []int32 {
		x = append(x[:0], make([]int32, m)...)
		for i := range x {
			x[i] = v
		}
		return x
	}
	s.head, s.label = grow(s.head, -1), grow(s.label, -1)
	s.left, s.left2, s.right, s.right2 = grow(s.left, -1), grow(s.left2, -1), grow(s.right, -1), grow(s.right2, -1)
	s.nleft, s.nright = grow(s.nleft, 0), grow(s.nright, 0)
	s.lset = append(s.lset[:0], make([]uint64, m)...)
	s.rset = append(s.rset[:0], make([]uint64, m)...)
	s.word = append(s.word[:0], make([]uint64, m)...)
	s.tag = append(s.tag[:0], make([]uint64, m)...)
	s.upos = append(s.upos[:0], make([]uint64, m)...)
	s.suf = append(s.suf[:0], make([]uint64, m)...)
}

func (s *parseState) done() bool { return int(s.b) == s.n && len(s.stack) == 0 }

func (s *parseState) valid(t int) bool {
	switch t {
	case shift:
		return int(s.b) < s.n
	case reduce:
		return len(s.stack) > 0 && s.head[s.stack[len(s.stack)-1]] >= 0
	case leftArc:
		return len(s.stack) > 0 && s.head[s.stack[len(s.stack)-1]] < 0
	case rightArc:
		return len(s.stack) > 0 && int(s.b) < s.n
	}
	return false
}

func (s *parseState) apply(t int, label int32) {
	switch t {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case leftArc:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, d, label)
	case rightArc:
		s.attach(s.stack[len(s.stack)-1], s.b, label)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

func (s *parseState) attach(h, d, label int32) {
	s.head[d], s.label[d] = h, label
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		s.nleft[h]++
		s.lset[h] |= bit
		switch {
		case s.left[h] < 0 || d < s.left[h]:
			s.left2[h], s.left[h] = s.left[h], d
		case s.left2[h] < 0 || d < s.left2[h]:
			s.left2[h] = d
		}
	} else {
		s.nright[h]++
		s.rset[h] |= bit
		switch {
		case s.right[h] < 0 || d > s.right[h]:
			s.right2[h], s.right[h] = s.right[h], d
		case s.right2[h] < 0 || d > s.right2[h]:
			s.right2[h] = d
		}
	}
}

// Parser feature templates (Zhang & Nivre 2011, tables 1 and 2, and the second stack word).
const (
	pS0wp = iota + 1
	pS0w
	pS0p
	pN0wp
	pN0w
	pN0p
	pN1wp
	pN1w
	pN1p
	pN2wp
	pN2w
	pN2p
	pS0wpN0wp
	pS0wpN0w
	pS0wN0wp
	pS0wpN0p
	pS0pN0wp
	pS0wN0w
	pS0pN0p
	pN0pN1p
	pN0pN1pN2p
	pS0pN0pN1p
	pS0hpS0pN0p
	pS0pS0lpN0p
	pS0pS0rpN0p
	pS0pN0pN0lp
	pS0wd
	pS0pd
	pN0wd
	pN0pd
	pS0wN0wd
	pS0pN0pd
	pS0wvr
	pS0pvr
	pS0wvl
	pS0pvl
	pN0wvl
	pN0pvl
	pS0hw
	pS0hp
	pS0l
	pS0lw
	pS0lp
	pS0ll
	pS0rw
	pS0rp
	pS0rl
	pN0lw
	pN0lp
	pN0ll
	pS0h2w
	pS0h2p
	pS0hl
	pS0l2w
	pS0l2p
	pS0l2l
	pS0r2w
	pS0r2p
	pS0r2l
	pN0l2w
	pN0l2p
	pN0l2l
	pS0pS0lpS0l2p
	pS0pS0rpS0r2p
	pS0pS0hpS0h2p
	pN0pN0lpN0l2p
	pS0wsr
	pS0psr
	pS0wsl
	pS0psl
	pN0wsl
	pN0psl
	pS1wp
	pS1p
	pS1pS0pN0p
	pS0pS0hasHead
	pS0u
	pN0u
	pN1u
	pS0uN0u
	pS0uN0uN1u
	pS0huS0uN0u
	pS1uS0uN0u
	pS0wN0u
	pS0uN0w
	pS0uN0ud
	pN0wN1w
	pS1wS0w
	pS0wS0hw
	pS0suf
	pN0suf
	pS0sufN0suf
)

// Sentinels for positions the state does not have.
const (
	noWord  = 0x3c4e6f576f72643e
	noLabel = 0x3c4e6f4c6162656c
)

func (s *parseState) w(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return s.word[i]
}

func (s *parseState) p(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return s.tag[i]
}

func (s *parseState) u(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return s.upos[i]
}

func (s *parseState) sf(i int32) uint64 {
	if i < 0 || int(i) == s.n {
		return noWord
	}
	return s.suf[i]
}

func (s *parseState) l(i int32) uint64 {
	if i < 0 || s.label[i] < 0 {
		return noLabel
	}
	return uint64(s.label[i]) + 1
}

func at(x []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return x[i]
}

// features appends the features of the state.
func (s *parseState) features(dst []uint64) []uint64 {
	s0, s1 := int32(-1), int32(-1)
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
		}
	}
	n0 := s.b
	n1, n2 := int32(-1), int32(-1)
	if int(n0)+1 <= s.n {
		n1 = n0 + 1
	}
	if int(n0)+2 <= s.n {
		n2 = n0 + 2
	}
	s0w, s0p, n0w, n0p := s.w(s0), s.p(s0), s.w(n0), s.p(n0)
	n1w, n1p, n2w, n2p := s.w(n1), s.p(n1), s.w(n2), s.p(n2)
	s0wp, n0wp := mix(s0w, s0p), mix(n0w, n0p)
	s0h := at(s.head, s0)
	s0h2 := at(s.head, s0h)
	s0l, s0r, n0l := at(s.left, s0), at(s.right, s0), at(s.left, n0)
	s0l2, s0r2, n0l2 := at(s.left2, s0), at(s.right2, s0), at(s.left2, n0)
	dist := uint64(0)
	if s0 >= 0 {
		d := n0 - s0
		switch {
		case d >= 10:
			dist = 7
		case d >= 5:
			dist = 6
		default:
			dist = uint64(d)
		}
	}
	var s0vl, s0vr, n0vl, s0sl, s0sr, n0sl uint64
	hasHead := uint64(0)
	if s0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = uint64(s.nleft[s0]), uint64(s.nright[s0]), s.lset[s0], s.rset[s0]
		if s0h >= 0 {
			hasHead = 1
		}
	}
	n0vl, n0sl = uint64(s.nleft[n0]), s.lset[n0]
	return append(dst,
		feat1(pS0wp, s0wp),
		feat1(pS0w, s0w),
		feat1(pS0p, s0p),
		feat1(pN0wp, n0wp),
		feat1(pN0w, n0w),
		feat1(pN0p, n0p),
		feat1(pN1p, n1p),
		feat2(pS0wpN0p, s0wp, n0p),
		feat2(pS0pN0wp, s0p, n0wp),
		feat2(pS0wN0w, s0w, n0w),
		feat2(pS0pN0p, s0p, n0p),
		feat2(pN0pN1p, n0p, n1p),
		feat3(pS0pN0pN1p, s0p, n0p, n1p),
		feat3(pS0hpS0pN0p, s.p(s0h), s0p, n0p),
		feat2(pS0pd, s0p, dist),
		feat2(pN0pd, n0p, dist),
		feat3(pS0pN0pd, s0p, n0p, dist),
		feat1(pS0ll, s.l(s0l)),
		feat1(pS0rl, s.l(s0r)),
		feat1(pN0ll, s.l(n0l)),
		feat1(pS0hl, s.l(s0h)),
		feat2(pS0psr, s0p, s0sr),
		feat2(pS0psl, s0p, s0sl),
		feat2(pN0psl, n0p, n0sl),
		feat1(pS1p, s.p(s1)),
		feat2(pS0uN0u, s.u(s0), s.u(n0)),
		feat3(pS0uN0ud, s.u(s0), s.u(n0), dist),
		feat2(pN1wp, n1w, n1p),
		feat1(pN1w, n1w),
		feat2(pN2wp, n2w, n2p),
		feat1(pN2w, n2w),
		feat1(pN2p, n2p),
		feat2(pS0wpN0wp, s0wp, n0wp),
		feat2(pS0wpN0w, s0wp, n0w),
		feat2(pS0wN0wp, s0w, n0wp),
		feat3(pN0pN1pN2p, n0p, n1p, n2p),
		feat3(pS0pS0lpN0p, s0p, s.p(s0l), n0p),
		feat3(pS0pS0rpN0p, s0p, s.p(s0r), n0p),
		feat3(pS0pN0pN0lp, s0p, n0p, s.p(n0l)),
		feat2(pS0wd, s0w, dist),
		feat2(pN0wd, n0w, dist),
		feat3(pS0wN0wd, s0w, n0w, dist),
		feat2(pS0wvr, s0w, s0vr),
		feat2(pS0pvr, s0p, s0vr),
		feat2(pS0wvl, s0w, s0vl),
		feat2(pS0pvl, s0p, s0vl),
		feat2(pN0wvl, n0w, n0vl),
		feat2(pN0pvl, n0p, n0vl),
		feat1(pS0hw, s.w(s0h)),
		feat1(pS0hp, s.p(s0h)),
		feat1(pS0l, s.l(s0)),
		feat1(pS0lw, s.w(s0l)),
		feat1(pS0lp, s.p(s0l)),
		feat1(pS0rw, s.w(s0r)),
		feat1(pS0rp, s.p(s0r)),
		feat1(pN0lw, s.w(n0l)),
		feat1(pN0lp, s.p(n0l)),
		feat1(pS0h2w, s.w(s0h2)),
		feat1(pS0h2p, s.p(s0h2)),
		feat1(pS0l2w, s.w(s0l2)),
		feat1(pS0l2p, s.p(s0l2)),
		feat1(pS0l2l, s.l(s0l2)),
		feat1(pS0r2w, s.w(s0r2)),
		feat1(pS0r2p, s.p(s0r2)),
		feat1(pS0r2l, s.l(s0r2)),
		feat1(pN0l2w, s.w(n0l2)),
		feat1(pN0l2p, s.p(n0l2)),
		feat1(pN0l2l, s.l(n0l2)),
		feat3(pS0pS0lpS0l2p, s0p, s.p(s0l), s.p(s0l2)),
		feat3(pS0pS0rpS0r2p, s0p, s.p(s0r), s.p(s0r2)),
		feat3(pS0pS0hpS0h2p, s0p, s.p(s0h), s.p(s0h2)),
		feat3(pN0pN0lpN0l2p, n0p, s.p(n0l), s.p(n0l2)),
		feat2(pS0wsr, s0w, s0sr),
		feat2(pS0wsl, s0w, s0sl),
		feat2(pN0wsl, n0w, n0sl),
		feat2(pS1wp, s.w(s1), s.p(s1)),
		feat3(pS1pS0pN0p, s.p(s1), s0p, n0p),
		feat2(pS0pS0hasHead, s0p, hasHead),
		feat1(pS0u, s.u(s0)),
		feat1(pN0u, s.u(n0)),
		feat1(pN1u, s.u(n1)),
		feat3(pS0uN0uN1u, s.u(s0), s.u(n0), s.u(n1)),
		feat3(pS0huS0uN0u, s.u(s0h), s.u(s0), s.u(n0)),
		feat3(pS1uS0uN0u, s.u(s1), s.u(s0), s.u(n0)),
		feat2(pS0wN0u, s0w, s.u(n0)),
		feat2(pS0uN0w, s.u(s0), n0w),
		feat2(pN0wN1w, n0w, n1w),
		feat2(pS1wS0w, s.w(s1), s0w),
		feat2(pS0wS0hw, s0w, s.w(s0h)),
		feat2(pS0suf, s.sf(s0), s0p),
		feat2(pN0suf, s.sf(n0), n0p),
		feat2(pS0sufN0suf, s.sf(s0), s.sf(n0)),
	)
}

// Atoms of the root.
const (
	rootWord = 0x3c526f6f74576f72
	rootTag  = 0x3c526f6f74546167
)

// load sets the words and tags of the state's sentence: norms of a (as tagger.sentenceAtoms makes
// them) and tag classes.
func (s *parseState) load(a []atoms, tags []int, coarse []uint64) {
	n := len(tags)
	s.reset(n)
	for i := range n {
		s.word[i] = a[i+2].norm
		s.tag[i] = tagHash(tags[i])
		s.upos[i] = coarse[tags[i]]
		s.suf[i] = a[i+2].suf[2]
	}
	s.word[n], s.tag[n], s.upos[n] = rootWord, rootTag, rootTag
}

// parseBuf is the scratch space of parsing one sentence.
type parseBuf struct {
	st     parseState
	feats  []uint64
	rows   []*slot
	scores []float32
	sink   uint64 // keeps table.touch's reads
}

// parse sets the heads and relations of toks, whose tags are the classes tags.
func (p *parser) parse(toks []Token, a []atoms, tags []int, buf *parseBuf) {
	st := &buf.st
	st.load(a, tags, p.coarse)
	nl := len(p.labels)
	if len(buf.scores) < 2*nl {
		buf.scores = make([]float32, 2*nl)
	}
	for !st.done() {
		buf.feats = st.features(buf.feats[:0])
		buf.rows = buf.rows[:0]
		buf.sink += p.w.touch(buf.feats)
		var ts [nTransitions]float32
		for _, f := range buf.feats {
			sl := p.w.lookup(f)
			if sl == nil {
				continue
			}
			if sl.nsp > 0 {
				buf.rows = append(buf.rows, sl)
				buf.sink += uint64(p.w.entries[sl.sp].c)
			}
			ts[0] += sl.dense[0]
			ts[1] += sl.dense[1]
			ts[2] += sl.dense[2]
			ts[3] += sl.dense[3]
		}
		var labs [nTransitions]int32
		labs[leftArc], labs[rightArc] = -1, -1
		if st.valid(leftArc) && int(st.b) != st.n || st.valid(rightArc) {
			scores := buf.scores[:2*nl]
			clear(scores)
			for _, r := range buf.rows {
				p.w.addSparse(r, scores)
			}
			var v float32
			if st.valid(leftArc) && int(st.b) != st.n {
				v, labs[leftArc] = maxFrom(scores[:nl])
				ts[leftArc] += v
			}
			if st.valid(rightArc) {
				v, labs[rightArc] = maxFrom(scores[nl:])
				ts[rightArc] += v
			}
		}
		best := -1
		for t := range nTransitions {
			if st.valid(t) && (best < 0 || ts[t] > ts[best]) {
				best = t
			}
		}
		label := labs[best]
		if best == leftArc && int(st.b) == st.n {
			label = 0
		}
		st.apply(best, label)
	}
	p.finish(toks, st)
}

// finish copies the state's arcs into toks. Of several words attached to the root, the first
// stays the root and the others depend on it (as punct or parataxis): a UD tree has one root.
func (p *parser) finish(toks []Token, st *parseState) {
	root := -1
	for i := range toks {
		h := int(st.head[i])
		if h == st.n || h < 0 {
			if root < 0 {
				root = i
				toks[i].Head, toks[i].Rel = -1, "root"
				continue
			}
			toks[i].Head = root
			if toks[i].UPOS == "PUNCT" {
				toks[i].Rel = "punct"
			} else {
				toks[i].Rel = "parataxis"
			}
			continue
		}
		toks[i].Head, toks[i].Rel = h, p.labels[st.label[i]]
	}
}

// Training.

// parseSample is one training sentence: atoms, predicted tag classes, gold heads (n for the
// root) and gold relations.
type parseSample struct {
	atoms  []atoms
	tags   []int
	heads  []int32
	labels []int32
}

// cost returns the number of gold arcs that transition t makes unreachable (Goldberg & Nivre
// 2012, arc-eager), for a state reached from a sample with gold heads gh.
func (s *parseState) cost(t int, gh []int32) int {
	b := s.b
	c := 0
	switch t {
	case shift:
		// b can no longer get a head from the stack, nor be the head of a headless word there.
		for _, k := range s.stack {
			if gh[b] == k || gh[k] == b && s.head[k] < 0 {
				c++
			}
		}
	case rightArc:
		s0 := s.stack[len(s.stack)-1]
		if gh[b] != s0 {
			// b's gold head is elsewhere in the stack or in the buffer (or the root).
			for _, k := range s.stack {
				if gh[b] == k {
					c++
				}
			}
			if gh[b] > b {
				c++
			}
		}
		for _, k := range s.stack {
			if gh[k] == b && s.head[k] < 0 {
				c++
			}
		}
	case leftArc:
		s0 := s.stack[len(s.stack)-1]
		if gh[s0] != b && gh[s0] > b {
			c++
		}
		for k := b; int(k) < s.n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
	case reduce:
		s0 := s.stack[len(s.stack)-1]
		for k := b; int(k) < s.n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
	}
	return c
}

// parserOptions say how to train a parser.
type parserOptions struct {
	iters   int
	seed    uint64
	explore float64 // from the second pass, follow a wrong prediction with this probability
	log     func(format string, args ...any)
}

// trainParser trains a parser on train, choosing the number of passes by LAS on dev; eval
// parses dev with candidate weights and returns its LAS.
func trainParser(train []parseSample, labels []string, coarse []uint64, opt parserOptions, eval func(*parser) float64) *parser {
	nl := len(labels)
	p := &parser{labels: labels, coarse: coarse}
	l := newLearner(nTransitions + 2*nl)
	rng := rand.New(rand.NewPCG(opt.seed, opt.seed^0x6a09e667f3bcc909))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var (
		st     parseState
		feats  []uint64
		scores = make([]float32, nTransitions+2*nl)
		best   *table
		bestA  = -1.0
	)
	for pass := 1; pass <= opt.iters; pass++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			smp := &train[si]
			st.load(smp.atoms, smp.tags, p.coarse)
			for !st.done() {
				feats = st.features(feats[:0])
				clear(scores)
				l.score(feats, scores)
				var (
					joint   [nTransitions]float32
					lab     [nTransitions]int32
					costs   [nTransitions]int
					minCost = 1 << 30
				)
				pred, gold := -1, -1
				var goldScore float32
				for t := range nTransitions {
					if !st.valid(t) {
						continue
					}
					joint[t], lab[t] = st.jointScore(t, scores, nl)
					costs[t] = st.cost(t, smp.heads)
					minCost = min(minCost, costs[t])
					if pred < 0 || joint[t] > joint[pred] {
						pred = t
					}
				}
				goldLab := lab
				for t := range nTransitions {
					if !st.valid(t) || costs[t] != minCost {
						continue
					}
					gs := joint[t]
					if h, d, ok := st.arc(t); ok && smp.heads[d] == h && int(h) != st.n {
						// A gold arc: only its gold relation costs nothing.
						off := nTransitions
						if t == rightArc {
							off += nl
						}
						goldLab[t] = smp.labels[d]
						gs = scores[t] + scores[off+int(goldLab[t])]
					}
					if gold < 0 || gs > goldScore {
						gold, goldScore = t, gs
					}
				}
				l.now++
				if costs[pred] > minCost || pred == gold && lab[pred] != goldLab[gold] {
					if pred != gold {
						l.update(feats, gold, pred)
					}
					if g := labelClass(gold, goldLab[gold], nl); g >= 0 {
						l.updateOne(feats, g, 1)
					}
					if b := labelClass(pred, lab[pred], nl); b >= 0 {
						l.updateOne(feats, b, -1)
					}
				}
				next, label := gold, goldLab[gold]
				if pass > 1 && pred != gold && rng.Float64() < opt.explore {
					next, label = pred, lab[pred]
				}
				st.apply(next, label)
			}
		}
		p.w = l.table(nTransitions)
		las := eval(p)
		opt.log("parser: pass %d: dev LAS %.2f (%d features)", pass, 100*las, p.w.n)
		if las > bestA {
			best, bestA = p.w, las
		}
	}
	p.w = best
	return p
}

// labelClass is the class of relation label for transition t, or -1 when t makes no arc or
// the arc is to the root (whose relation is fixed).
func labelClass(t int, label int32, nl int) int {
	switch {
	case label <= 0:
		return -1
	case t == leftArc:
		return nTransitions + int(label)
	case t == rightArc:
		return nTransitions + nl + int(label)
	}
	return -1
}

// arc returns the head and dependent of the arc transition t would make.
func (s *parseState) arc(t int) (h, d int32, ok bool) {
	switch t {
	case leftArc:
		return s.b, s.stack[len(s.stack)-1], true
	case rightArc:
		return s.stack[len(s.stack)-1], s.b, true
	}
	return -1, -1, false
}

// jointScore is the score of transition t with its best relation (scores: a full row), and
// that relation: -1 for transitions without an arc, 0 (root) for a left arc from the root.
func (s *parseState) jointScore(t int, scores []float32, nl int) (float32, int32) {
	switch t {
	case leftArc:
		if int(s.b) == s.n {
			return scores[t], 0
		}
		v, l := maxFrom(scores[nTransitions : nTransitions+nl])
		return scores[t] + v, l
	case rightArc:
		v, l := maxFrom(scores[nTransitions+nl : nTransitions+2*nl])
		return scores[t] + v, l
	}
	return scores[t], -1
}

// maxFrom returns the largest of scores[1:] and its index: relation 0 is the root's.
func maxFrom(scores []float32) (float32, int32) {
	best := int32(1)
	for c := 2; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = int32(c)
		}
	}
	return scores[best], best
}
