package syntax

import (
	"cmp"
	"slices"
)

// Features are 64-bit hashes of a template number and the values it combines (words, tags,
// labels, distances, each itself hashed to 64 bits). The weight tables map a feature to a row
// of one weight a class.

// strHash is 64-bit FNV-1a.
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix folds v into the hash h.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	return h
}

// finish is splitmix64's finaliser: it spreads a combined hash over all bits, so that the low
// bits index a hash table well. A feature keeps keyBits bits, which are short to store: a
// feature the model has no weights for takes another's by chance with probability n/2^40, about
// one look-up in a million for a model of a million features. A feature is never 0, the empty
// slot.
func finish(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	h &= 1<<keyBits - 1
	if h == 0 {
		h = 1
	}
	return h
}

// keyBits is the width of a feature.
const keyBits = 40

func feat1(tpl, a uint64) uint64       { return finish(mix(tpl*0x100000001b3, a)) }
func feat2(tpl, a, b uint64) uint64    { return finish(mix(mix(tpl*0x100000001b3, a), b)) }
func feat3(tpl, a, b, c uint64) uint64 { return finish(mix(mix(mix(tpl*0x100000001b3, a), b), c)) }

// learner is an averaged perceptron (Collins 2002; Daumé's lazy averaging, as in Honnibal's
// "A good part-of-speech tagger in about 200 lines of Python") over hashed features. It is used
// only in training.
type learner struct {
	nclass int
	index  map[uint64]int32
	w      []float32
	total  []float64 // sum over time of each weight, up to its stamp
	stamp  []int32   // when the weight last changed
	now    int32     // instances seen
}

func newLearner(nclass int) *learner {
	return &learner{nclass: nclass, index: make(map[uint64]int32)}
}

// score adds the weights of feats to scores (len nclass).
func (l *learner) score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := l.index[f]
		if !ok {
			continue
		}
		base := int(r) * l.nclass
		for c, v := range l.w[base : base+l.nclass] {
			scores[c] += v
		}
	}
}

// update moves the weights of feats towards class good and away from class bad.
func (l *learner) update(feats []uint64, good, bad int) {
	for _, f := range feats {
		base := l.rowOf(f)
		l.bump(base+good, 1)
		l.bump(base+bad, -1)
	}
}

// updateOne moves the weights of feats for class c by d.
func (l *learner) updateOne(feats []uint64, c int, d float32) {
	for _, f := range feats {
		l.bump(l.rowOf(f)+c, d)
	}
}

// rowOf returns where feature f's row starts, adding a row of zeros for a new feature.
func (l *learner) rowOf(f uint64) int {
	r, ok := l.index[f]
	if !ok {
		r = int32(len(l.w) / l.nclass)
		l.index[f] = r
		l.w = append(l.w, make([]float32, l.nclass)...)
		l.total = append(l.total, make([]float64, l.nclass)...)
		l.stamp = append(l.stamp, make([]int32, l.nclass)...)
	}
	return int(r) * l.nclass
}

func (l *learner) bump(i int, d float32) {
	l.total[i] += float64(l.now-l.stamp[i]) * float64(l.w[i])
	l.stamp[i] = l.now
	l.w[i] += d
}

// table returns the averaged weights, the first dense classes of a row stored as they are and
// the others as a sparse list of the non-zero ones (most features are seen with few classes).
// Pruning, if any, comes after (table.pruned).
func (l *learner) table(dense int) *table {
	keys := make([]uint64, 0, len(l.index))
	for k := range l.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := &tableRows{nclass: l.nclass, dense: dense, spStart: []int32{0}}
	row := make([]float32, l.nclass)
	for _, k := range keys {
		base := int(l.index[k]) * l.nclass
		for c := range row {
			i := base + c
			row[c] = float32((l.total[i] + float64(l.now-l.stamp[i])*float64(l.w[i])) / float64(max(l.now, 1)))
		}
		t.keys = append(t.keys, k)
		t.w = append(t.w, row[:dense]...)
		for c := dense; c < l.nclass; c++ {
			if row[c] != 0 {
				t.spClass = append(t.spClass, uint8(c-dense))
				t.spW = append(t.spW, row[c])
			}
		}
		t.spStart = append(t.spStart, int32(len(t.spW)))
	}
	return t.table()
}

// tableRows are the weights of a table in the order of their features: the form in which
// tables are built, pruned and stored. A row is the weights of the first dense classes, then
// a sparse list of the other classes' non-zero weights.
type tableRows struct {
	nclass  int
	dense   int
	keys    []uint64  // the features, sorted
	w       []float32 // len(keys) rows of dense weights
	spStart []int32   // row r's sparse weights are spClass and spW [spStart[r]:spStart[r+1]]
	spClass []uint8   // class minus dense
	spW     []float32
}

// A table is frozen weights: an open-addressing hash table from feature to its weights, with
// linear probing at a load of at most one half. A feature's home slot is its top bits, so that
// features in sorted order fill the table from front to back, which builds it several times
// faster than the random order of low bits would.
type table struct {
	nclass  int
	dense   int
	n       int    // features
	slots   []slot // the hash table
	entries []entry
	mask    uint64
	shift   uint // a feature's home slot is its top bits: feature >> shift
}

// A slot of the hash table holds a feature (0 = empty) with its dense weights and where its
// sparse weights are, so that one cache line gives them.
type slot struct {
	key     uint64
	dense   [maxDense]float32
	sp, nsp int32 // entries[sp:sp+nsp] are its sparse weights
}

// An entry is one sparse weight: of class dense+c.
type entry struct {
	c int32
	w float32
}

// maxDense is the most dense classes a table has.
const maxDense = nTransitions

// table builds the hash table of the rows.
func (r *tableRows) table() *table {
	n, bits := 16, uint(4)
	for n < 2*len(r.keys) {
		n *= 2
		bits++
	}
	t := &table{nclass: r.nclass, dense: r.dense, n: len(r.keys), slots: make([]slot, n), mask: uint64(n - 1), shift: keyBits - bits}
	t.entries = make([]entry, len(r.spW))
	for i, c := range r.spClass {
		t.entries[i] = entry{int32(c), r.spW[i]}
	}
	for row, k := range r.keys {
		i := k >> t.shift
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		s := &t.slots[i]
		s.key = k
		copy(s.dense[:], r.w[row*r.dense:(row+1)*r.dense])
		s.sp, s.nsp = r.spStart[row], r.spStart[row+1]-r.spStart[row]
	}
	return t
}

// rows returns the table's weights in feature order.
func (t *table) rows() *tableRows {
	r := &tableRows{nclass: t.nclass, dense: t.dense, spStart: []int32{0}}
	var order []*slot
	for i := range t.slots {
		if t.slots[i].key != 0 {
			order = append(order, &t.slots[i])
		}
	}
	slices.SortFunc(order, func(a, b *slot) int { return cmp.Compare(a.key, b.key) })
	for _, s := range order {
		r.keys = append(r.keys, s.key)
		r.w = append(r.w, s.dense[:t.dense]...)
		for _, e := range t.entries[s.sp : s.sp+s.nsp] {
			r.spClass = append(r.spClass, uint8(e.c))
			r.spW = append(r.spW, e.w)
		}
		r.spStart = append(r.spStart, int32(len(r.spW)))
	}
	return r
}

// touch reads the first slot of each feature, with no branch between the reads, so that the
// processor fetches them all at once; the look-ups that follow find them in the cache. The
// table is far larger than the cache and a look-up is otherwise a wait on memory. It returns a
// value that depends on the reads, so that they are not optimised away.
func (t *table) touch(feats []uint64) uint64 {
	var x uint64
	slots := t.slots
	for _, f := range feats {
		x += slots[f>>t.shift].key
	}
	return x
}

// lookup returns the slot of feature f, or nil.
func (t *table) lookup(f uint64) *slot {
	for i := f >> t.shift; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch s.key {
		case f:
			return s
		case 0:
			return nil
		}
	}
}

// addSparse adds the sparse weights of s to scores, whose index 0 is class dense.
func (t *table) addSparse(s *slot, scores []float32) {
	for _, e := range t.entries[s.sp : s.sp+s.nsp] {
		scores[e.c] += e.w
	}
}

// score adds the weights of feats to scores (len nclass). It returns a value that depends on
// every weight read (see touch). rows is scratch space.
func (t *table) score(feats []uint64, scores []float32, rows []*slot) ([]*slot, uint64) {
	scores = scores[:t.nclass]
	x := t.touch(feats)
	rows = rows[:0]
	for _, f := range feats {
		s := t.lookup(f)
		if s == nil {
			continue
		}
		for c, v := range s.dense[:t.dense] {
			scores[c] += v
		}
		if s.nsp > 0 {
			rows = append(rows, s)
			x += uint64(t.entries[s.sp].c)
		}
	}
	for _, s := range rows {
		t.addSparse(s, scores[t.dense:])
	}
	return rows, x
}

// pruned returns the table without the features none of whose weights reaches minFeature in
// magnitude, and without sparse weights below minEntry.
func (t *table) pruned(minFeature, minEntry float32) *table {
	src := t.rows()
	p := &tableRows{nclass: t.nclass, dense: t.dense, spStart: []int32{0}}
	for r, k := range src.keys {
		keep := false
		for _, v := range src.w[r*t.dense : (r+1)*t.dense] {
			keep = keep || abs32(v) >= minFeature
		}
		lo, hi := src.spStart[r], src.spStart[r+1]
		for _, v := range src.spW[lo:hi] {
			keep = keep || abs32(v) >= minFeature
		}
		if !keep {
			continue
		}
		p.keys = append(p.keys, k)
		p.w = append(p.w, src.w[r*t.dense:(r+1)*t.dense]...)
		for i := lo; i < hi; i++ {
			if abs32(src.spW[i]) >= minEntry {
				p.spClass = append(p.spClass, src.spClass[i])
				p.spW = append(p.spW, src.spW[i])
			}
		}
		p.spStart = append(p.spStart, int32(len(p.spW)))
	}
	return p.table()
}
