package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
)

// The model file is gzip-compressed: a magic line, then the tagger and the parser. Strings
// and counts are uvarints (a string: its length, then its bytes); a weight table stores its
// features as sorted deltas and its weights as 16-bit integers times one scale a table.

const modelMagic = "actorgraph syntax model 1\n"

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
	words := slices.Sorted(maps.Keys(tg.dict))
	e.uint(uint64(len(words)))
	for _, w := range words {
		e.str(w)
		e.uint(uint64(tg.dict[w]))
	}
	words = slices.Sorted(maps.Keys(tg.lex))
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

// maxModelBytes bounds the size of a model file's contents once decompressed.
const maxModelBytes = 1 << 30

// ReadModel reads a model written by Model.WriteTo. The name is used in errors.
func ReadModel(r io.Reader, name string) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax: read model %s: %w", name, err)
	}
	// Reading to the end makes gzip check its CRC and length.
	data, err := io.ReadAll(io.LimitReader(zr, maxModelBytes+1))
	if err == nil && len(data) > maxModelBytes {
		err = errors.New("larger than 1 GiB")
	}
	var m *Model
	if err == nil {
		d := &decoder{data: data}
		m, err = d.model()
		if err == nil && d.pos != len(d.data) {
			err = fmt.Errorf("%d bytes after the model", len(d.data)-d.pos)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("syntax: read model %s: %w", name, err)
	}
	return m, nil
}

// A decoder reads the decompressed model. Every count it reads is bounded by the bytes left,
// so that a damaged file cannot make it allocate more than the file's own size.
type decoder struct {
	data []byte
	pos  int
	err  error
}

var errCorrupt = errors.New("not a model file, or a damaged one")

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.fail(errCorrupt)
		return 0
	}
	d.pos += n
	return v
}

// count reads a count of items of at least size bytes each.
func (d *decoder) count(size int) int {
	v := d.uint()
	if v > uint64((len(d.data)-d.pos)/size) {
		d.fail(errCorrupt)
		return 0
	}
	return int(v)
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil || n > len(d.data)-d.pos {
		d.fail(errCorrupt)
		return nil
	}
	b := d.data[d.pos : d.pos+n]
	d.pos += n
	return b
}

func (d *decoder) str() string { return string(d.bytes(d.count(1))) }

func (d *decoder) u64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) u32() uint32 {
	if b := d.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *decoder) int16s(n int) []int16 {
	b := d.bytes(2 * n)
	if b == nil {
		return nil
	}
	v := make([]int16, n)
	for i := range v {
		v[i] = int16(binary.LittleEndian.Uint16(b[2*i:]))
	}
	return v
}

func (d *decoder) model() (*Model, error) {
	if string(d.bytes(len(modelMagic))) != modelMagic {
		return nil, errCorrupt
	}
	tg := &tagger{dict: make(map[string]int), lex: make(map[string]uint64)}
	tg.tags = make([]tagPair, d.count(2))
	for i := range tg.tags {
		tg.tags[i] = tagPair{d.str(), d.str()}
	}
	for n := d.count(2); n > 0 && d.err == nil; n-- {
		w := d.str()
		t := int(d.uint())
		if t >= len(tg.tags) {
			d.fail(errCorrupt)
		}
		tg.dict[w] = t
	}
	for n := d.count(9); n > 0 && d.err == nil; n-- {
		w := d.str()
		tg.lex[w] = d.u64()
	}
	tg.first = d.table(len(tg.tags), 0)
	if d.uint() == 1 {
		tg.second = d.table(len(tg.tags), 0)
	}
	p := &parser{labels: make([]string, d.count(1))}
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
	if d.uint() != uint64(nclass) || d.uint() != uint64(dense) {
		d.fail(errCorrupt)
		return nil
	}
	n := d.count(1 + 2*dense + 1)
	scale := math.Float32frombits(d.u32())
	t := &tableRows{nclass: nclass, dense: dense, keys: make([]uint64, 0, n)}
	prev := uint64(0)
	for i := 0; i < n && d.err == nil; i++ {
		delta := d.uint()
		if i > 0 && delta == 0 || prev+delta < prev {
			d.fail(errCorrupt)
		}
		prev += delta
		t.keys = append(t.keys, prev)
	}
	t.w = make([]float32, 0, n*dense)
	for _, v := range d.int16s(n * dense) {
		t.w = append(t.w, float32(v)*scale)
	}
	t.spStart = make([]int32, 1, n+1)
	total := 0
	for i := 0; i < n && d.err == nil; i++ {
		total += d.count(3)
		if total > (len(d.data)-d.pos)/3 {
			d.fail(errCorrupt)
		}
		t.spStart = append(t.spStart, int32(total))
	}
	t.spClass = d.bytes(total)
	for _, c := range t.spClass {
		if int(c) >= nclass-dense {
			d.fail(errCorrupt)
		}
	}
	t.spW = make([]float32, 0, total)
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
