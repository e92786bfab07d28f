package extract

import (
	"hash/fnv"
	"strconv"
)

// An IDTaker gives the documents of a stream IDs of their own, as Pipeline.Extract does
// within one call: a later document with an ID already taken gets "-2", "-3", ... (the
// first of those not taken). It remembers the IDs by a 64-bit hash, 8 bytes and a map's
// overhead each; two IDs that hash alike make the later one renamed, never two documents
// one. The actorgraph command and the Apache Beam pipeline (module beam) name documents by
// it.
type IDTaker struct {
	seen map[uint64]bool
	next map[string]int // ID -> the next suffix to try, for IDs seen twice
}

// NewIDTaker returns an IDTaker that has seen no ID.
func NewIDTaker() *IDTaker { return &IDTaker{seen: map[uint64]bool{}, next: map[string]int{}} }

// Take returns id if no document before had it, and otherwise id with the first suffix
// "-2", "-3", ... that none had; the ID returned is taken from then on.
func (t *IDTaker) Take(id string) string {
	h := idHash(id)
	if !t.seen[h] {
		t.seen[h] = true
		return id
	}
	n := max(t.next[id], 2)
	for t.seen[idHash(id+"-"+strconv.Itoa(n))] {
		n++
	}
	t.next[id] = n + 1
	renamed := id + "-" + strconv.Itoa(n)
	t.seen[idHash(renamed)] = true
	return renamed
}

func idHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
