package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The model file is gzip-compressed: a magic line, then the tagger and the parser. Strings
// and counts are uvarints (a string: its length, then its bytes); a weight table stores its
// features as sorted deltas and its weights as 16-bit integers times one scale a table.

const modelMagic = "actorgraph syntax model 1\n"

// maxModelCount bounds every count read from a model file, so a corrupt file fails cleanly
// instead of asking for memory it does not describe.
const maxModelCount = 1 << 26

// WriteTo writes the model in its binary format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.w.WriteString(modelMagic)
	tg := m.tagger
	e.uint(uint64(len(tg.tags)))
	for _, t := range tg.tags {
		e.str(t.upos)
		e.str(t.xpos)
	}
	words := slices.Sorted(mapKeys(tg.dict))
	e.uint(uint64(len(words)))
	for _, w := range words {
		e.str(w)
		e.uint(uint64(tg.dict[w]))
	}
	words = slices.Sorted(mapKeys(tg.lex))
	e.uint(uint64(len(words)))
	for _, w := range words {
		e.str(w)
		binary.Write(e.w, binary.LittleEndian, tg.lex[w])
	}
	e.table(tg.first)
	if tg.second != nil {
		e.uint(1)
		e.table(tg.second)
	} else {
		e.uint(0)
	}
	e.uint(uint64(len(m.parser.labels)))
	for _, l := range m.parser.labels {
		e.str(l)
	}
	e.table(m.parser.w)
	if err := e.w.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, cw.err
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) uint(v uint64) {
	n := binary.PutUvarint(e.buf[:], v)
	e.w.Write(e.buf[:n])
}

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.w.WriteString(s)
}

func (e *encoder) table(tab *table) {
	t := tab.rows()
	e.uint(uint64(t.nclass))
	e.uint(uint64(t.dense))
	e.uint(uint64(len(t.keys)))
	scale := t.scale()
	binary.Write(e.w, binary.LittleEndian, math.Float32bits(scale))
	prev := uint64(0)
	for _, k := range t.keys {
		e.uint(k - prev)
		prev = k
	}
	for _, v := range t.w {
		binary.Write(e.w, binary.LittleEndian, quantise(v, scale))
	}
	for r := range t.keys {
		e.uint(uint64(t.spStart[r+1] - t.spStart[r]))
	}
	e.w.Write(t.spClass)
	for _, v := range t.spW {
		binary.Write(e.w, binary.LittleEndian, quantise(v, scale))
	}
}

// scale is the step of the table's 16-bit weights: its largest weight is 32767 steps.
func (t *tableRows) scale() float32 {
	m := float32(0)
	for _, v := range t.w {
		m = max(m, abs32(v))
	}
	for _, v := range t.spW {
		m = max(m, abs32(v))
	}
	if m == 0 {
		return 1
	}
	return m / 32767
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

func quantise(v, scale float32) int16 {
	return int16(math.Round(float64(v / scale)))
}

// ReadModel reads a model written by Model.WriteTo. The name is used in errors.
func ReadModel(r io.Reader, name string) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: read model %s: %w", name, err)
	}
	d := &decoder{r: bufio.NewReader(zr)}
	m, err := d.model()
	if err == nil {
		// Reading to the end makes gzip check its CRC and length.
		if n, rerr := io.Copy(io.Discard, d.r); rerr != nil {
			err = rerr
		} else if n > 0 {
			err = fmt.Errorf("%d bytes after the model", n)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("syntax: read model %s: %w", name, err)
	}
	return m, nil
}

type decoder struct {
	r   *bufio.Reader
	err error
}

var errCorrupt = errors.New("not a model file, or a damaged one")

func (d *decoder) fail(err error) {
	if d.err == nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		d.err = err
	}
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(err)
	}
	return v
}

func (d *decoder) count() int {
	v := d.uint()
	if v > maxModelCount {
		d.fail(errCorrupt)
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(err)
	}
	return string(b)
}

func (d *decoder) u64() uint64 {
	var v uint64
	if d.err == nil {
		if err := binary.Read(d.r, binary.LittleEndian, &v); err != nil {
			d.fail(err)
		}
	}
	return v
}

func (d *decoder) int16s(n int) []int16 {
	if d.err != nil {
		return nil
	}
	b := make([]byte, 2*n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(err)
		return nil
	}
	v := make([]int16, n)
	for i := range v {
		v[i] = int16(binary.LittleEndian.Uint16(b[2*i:]))
	}
	return v
}

func (d *decoder) model() (*Model, error) {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(d.r, magic); err != nil || string(magic) != modelMagic {
		return nil, errCorrupt
	}
	tg := &tagger{dict: make(map[string]int), lex: make(map[string]uint64)}
	tg.tags = make([]tagPair, d.count())
	for i := range tg.tags {
		tg.tags[i] = tagPair{d.str(), d.str()}
	}
	for n := d.count(); n > 0 && d.err == nil; n-- {
		w := d.str()
		t := d.count()
		if t >= len(tg.tags) {
			d.fail(errCorrupt)
		}
		tg.dict[w] = t
	}
	for n := d.count(); n > 0 && d.err == nil; n-- {
		w := d.str()
		tg.lex[w] = d.u64()
	}
	tg.first = d.table(len(tg.tags), 0)
	if d.uint() == 1 {
		tg.second = d.table(len(tg.tags), 0)
	}
	p := &parser{labels: make([]string, d.count())}
	for i := range p.labels {
		p.labels[i] = d.str()
	}
	if len(p.labels) < 2 || p.labels[0] != "root" {
		d.fail(errCorrupt)
	}
	p.w = d.table(nTransitions+2*len(p.labels), nTransitions)
	if d.err != nil {
		return nil, d.err
	}
	p.coarse = coarseTags(tg.tags)
	return &Model{tagger: tg, parser: p}, nil
}

// table reads a weight table and checks that it has nclass classes, dense of them dense.
func (d *decoder) table(nclass, dense int) *table {
	if d.count() != nclass || d.count() != dense {
		d.fail(errCorrupt)
		return nil
	}
	n := d.count()
	scale := math.Float32frombits(uint32(d.u64Small()))
	t := &tableRows{nclass: nclass, dense: dense, keys: make([]uint64, 0, min(n, 1<<20))}
	prev := uint64(0)
	for i := 0; i < n && d.err == nil; i++ {
		delta := d.uint()
		if i > 0 && delta == 0 || prev+delta < prev {
			d.fail(errCorrupt)
		}
		prev += delta
		t.keys = append(t.keys, prev)
	}
	for _, v := range d.int16s(n * dense) {
		t.w = append(t.w, float32(v)*scale)
	}
	t.spStart = make([]int32, 1, n+1)
	total := 0
	for i := 0; i < n && d.err == nil; i++ {
		total += d.count()
		if total > maxModelCount {
			d.fail(errCorrupt)
		}
		t.spStart = append(t.spStart, int32(total))
	}
	if d.err != nil {
		return nil
	}
	t.spClass = make([]byte, total)
	if _, err := io.ReadFull(d.r, t.spClass); err != nil {
		d.fail(err)
		return nil
	}
	for _, c := range t.spClass {
		if int(c) >= nclass-dense {
			d.fail(errCorrupt)
			return nil
		}
	}
	for _, v := range d.int16s(total) {
		t.spW = append(t.spW, float32(v)*scale)
	}
	if d.err != nil {
		return nil
	}
	if len(t.keys) > 0 && t.keys[0] == 0 {
		d.fail(errCorrupt)
		return nil
	}
	return t.table()
}

func (d *decoder) u64Small() uint32 {
	var v uint32
	if d.err == nil {
		if err := binary.Read(d.r, binary.LittleEndian, &v); err != nil {
			d.fail(err)
		}
	}
	return v
}
