package syntax

import (
	"sync"
)

// A Model is a trained tagger and parser, made by ReadModel, Train or DefaultModel (its zero
// value is not a model). It is safe for concurrent use.
type Model struct {
	tagger *tagger
	parser *parser
	bufs   sync.Pool
}

// modelBuf is the scratch space of tagging and parsing one sentence.
type modelBuf struct {
	words []string
	atoms []atoms
	tags  []int
	tag   tagBuf
	parse parseBuf
}

// parse fills the tags, heads and relations of toks from their forms.
func (m *Model) parse(toks []Token) {
	if m.tagger == nil || m.parser == nil {
		panic("syntax: a Model not made by ReadModel, Train or DefaultModel")
	}
	if len(toks) == 0 {
		return
	}
	buf, _ := m.bufs.Get().(*modelBuf)
	if buf == nil {
		buf = new(modelBuf)
	}
	defer m.bufs.Put(buf)
	buf.words = buf.words[:0]
	for _, t := range toks {
		buf.words = append(buf.words, t.Form)
	}
	buf.atoms = m.tagger.sentenceAtoms(buf.atoms, buf.words)
	buf.tags = append(buf.tags[:0], make([]int, len(toks))...)
	m.tagger.tagIDs(buf.tags, buf.atoms, &buf.tag)
	for i, t := range buf.tags {
		toks[i].UPOS, toks[i].XPOS = m.tagger.tags[t].upos, m.tagger.tags[t].xpos
	}
	m.parser.parse(toks, buf.atoms, buf.tags, &buf.parse)
}
