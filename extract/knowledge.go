package extract

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/internal/textnorm"
)

// Entry is one actor of a knowledge base: one line of a JSON Lines file. See
// extract/data/README.md for the fields and the rules their values follow.
type Entry struct {
	ID             string    `json:"id"`
	Name           string    `json:"name"`
	Type           ActorType `json:"type"`
	Aliases        []string  `json:"aliases,omitempty"`         // exact case; each alone means this actor
	Demonyms       []string  `json:"demonyms,omitempty"`        // "Ukrainian", "Ukrainians"
	Capital        string    `json:"capital,omitempty"`         // "Kyiv"
	CapitalAliases []string  `json:"capital_aliases,omitempty"` // "Kiev"
	Metonyms       []string  `json:"metonyms,omitempty"`        // "Kremlin", "White House"
	Affiliation    string    `json:"affiliation,omitempty"`     // ID of the actor this one belongs to
	Roles          []string  `json:"roles,omitempty"`           // "President of Ukraine"
	Titles         []string  `json:"titles,omitempty"`          // "President", written before the name
	// References are common nouns that stand for this actor when its affiliation is the
	// country in focus: "lawmakers" for a country's legislature.
	References []string `json:"references,omitempty"`
}

// formKind says how a surface form names its actor.
type formKind uint8

const (
	nameForm    formKind = iota // the name or an alias
	demonymForm                 // "Ukrainian" for Ukraine
	capitalForm                 // "Kyiv": the country, unless it is only a venue
	metonymForm                 // "the Kremlin" for Russia
)

// form is one surface form of an entry.
type form struct {
	entry int32
	kind  formKind
}

// titleKind classifies a title that introduces a person: head, minister, diplomat, aide, honorific, ...
type titleKind string

// titlePhrase is one title of the titles table, as token keys.
type titlePhrase struct {
	keys []string
	kind int32 // index into titleKinds
}

// Knowledge is an immutable knowledge base: actors with their names, titles that introduce
// people, and given names. It is safe for concurrent use.
type Knowledge struct {
	entries []Entry
	byID    map[string]int32
	forms   []form // non-negative trie values index into forms
	// nameForm holds, for each entry, the one-element list of the index of its Name in
	// forms: the forms of a mention that names the entry by other means.
	nameForm [][]int32
	// personKeys maps the transliteration keys (textnorm.NameKey) of the names and
	// multi-word aliases of persons to their entries; a key that two persons share maps to
	// -1.
	personKeys map[string]int32
	// references maps a lower-case generic reference ("lawmakers") to the entries it may
	// stand for.
	references map[string][]int32

	// phrases holds actor names and titles in one trie, so that one walk finds both: a
	// value v >= 0 is forms[v], a value v < 0 a title of kind titleKinds[-v-1].
	phrases    trie
	titles     []titlePhrase // to rebuild phrases when entries change
	titleKinds []titleKind
	given      map[string]bool
	verbs      map[string][]verbEntry // by first word, lower-case: the interaction lexicon
	kinds      map[string]kindInfo    // by interaction kind: CAMEO code, Goldstein weight
	// standIns are nouns that stand in for the actor that qualifies them ("forces").
	standIns map[string]bool
	// notEvents are verbs that state no interaction between their subject and object
	// ("include", "become"), lower-case forms.
	notEvents map[string]bool
	// tones are the words that mark a meeting, talk or call as good (1) or bad (-1):
	// "productive talks", "a tense meeting".
	tones map[string]int8
	// holders maps an office of an actor (officeKey) to the tenures of the persons whose
	// roles say they held it; officeSynonyms maps an office to the others it may be
	// ("head of state": "president", "king"), from data/offices.tsv.
	holders        map[string][]holding
	offices        map[string][]string // by the actor they are of: the offices of holders
	officeSynonyms map[string][]string
	// ambiguousGiven are given names that are also ordinary words ("Will", "May"): they
	// make a person only with other evidence.
	ambiguousGiven map[string]bool
	// places maps the names of places and capitals, in upper case, to their form, for the
	// datelines of wire copy ("KYIV, Nov 24 (Reuters) -"); a name of two places maps to -1.
	places map[string]int32
	// placeNames holds the name of each form in places, as the knowledge base writes it.
	placeNames map[int32]string
}

// NewKnowledge returns a knowledge base of the entries. A later entry with the ID of an
// earlier one replaces it. It returns an error naming the first invalid entry.
func NewKnowledge(entries []Entry) (*Knowledge, error) {
	k := &Knowledge{given: map[string]bool{}, ambiguousGiven: map[string]bool{}}
	if err := k.setEntries(entries); err != nil {
		return nil, err
	}
	return k, nil
}

// With returns a copy of k with the entries added; k itself is not changed. An entry whose
// ID is new is added. An entry whose ID exists replaces the old one if it has a name and a
// type; without them it extends the old one: its lists are added to the old lists and its
// affiliation, capital, if given, replace the old ones. So {"id": "volodymyr-zelensky",
// "aliases": ["Ze"]} teaches a nickname without repeating the rest.
func (k *Knowledge) With(entries ...Entry) (*Knowledge, error) {
	c := &Knowledge{
		titles:         k.titles,
		titleKinds:     k.titleKinds,
		given:          k.given,
		ambiguousGiven: k.ambiguousGiven,
		verbs:          k.verbs,
		kinds:          k.kinds,
		standIns:       k.standIns,
		notEvents:      k.notEvents,
		tones:          k.tones,
		officeSynonyms: k.officeSynonyms,
	}
	all := slices.Clone(k.entries)
	index := maps.Clone(k.byID)
	for _, e := range entries {
		i, exists := index[e.ID]
		switch {
		case exists && e.Name == "" && e.Type == "":
			all[i] = extend(all[i], e)
		case exists:
			all[i] = e
		default:
			index[e.ID] = int32(len(all))
			all = append(all, e)
		}
	}
	if err := c.setEntries(all); err != nil {
		return nil, err
	}
	return c, nil
}

// extend adds the lists of e to old, and e's affiliation and capital if given.
func extend(old, e Entry) Entry {
	old.Aliases = append(slices.Clip(old.Aliases), e.Aliases...)
	old.Demonyms = append(slices.Clip(old.Demonyms), e.Demonyms...)
	old.CapitalAliases = append(slices.Clip(old.CapitalAliases), e.CapitalAliases...)
	old.Metonyms = append(slices.Clip(old.Metonyms), e.Metonyms...)
	old.Roles = append(slices.Clip(old.Roles), e.Roles...)
	old.Titles = append(slices.Clip(old.Titles), e.Titles...)
	old.References = append(slices.Clip(old.References), e.References...)
	old.Affiliation = cmp.Or(e.Affiliation, old.Affiliation)
	old.Capital = cmp.Or(e.Capital, old.Capital)
	return old
}

// LoadEntries reads a knowledge file in JSON Lines (see ReadEntries). Errors name the file
// and the line. A file over MaxKnowledgeSize is refused before it is read.
func LoadEntries(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	defer f.Close()
	return ReadEntries(f, path)
}

func (k *Knowledge) setEntries(entries []Entry) error {
	byID := make(map[string]int32, len(entries))
	var kept []Entry
	for i, e := range entries {
		if err := e.validate(); err != nil {
			return fmt.Errorf("extract: knowledge entry %d: %w", i+1, err)
		}
		if j, ok := byID[e.ID]; ok {
			kept[j] = e
			continue
		}
		byID[e.ID] = int32(len(kept))
		kept = append(kept, e)
	}
	for _, e := range kept {
		if e.Affiliation != "" {
			if _, ok := byID[e.Affiliation]; !ok {
				return fmt.Errorf("extract: knowledge entry %q: unknown affiliation %q", e.ID, e.Affiliation)
			}
		}
	}
	for _, e := range kept {
		cycle, tooDeep := affiliationCycle(e.ID, func(id string) string { return kept[byID[id]].Affiliation })
		if tooDeep {
			return fmt.Errorf("extract: knowledge entry %q: chain of affiliations longer than %d", e.ID, maxAffiliationDepth)
		}
		if cycle != nil {
			return fmt.Errorf("extract: knowledge entry %q: affiliation cycle %s", e.ID, strings.Join(cycle, " -> "))
		}
	}
	k.entries, k.byID = kept, byID
	k.forms = nil
	k.phrases = newTrie()
	for _, t := range k.titles {
		k.phrases.insert(t.keys, -t.kind-1)
	}
	k.places, k.placeNames = map[string]int32{}, map[int32]string{}
	k.nameForm = make([][]int32, len(kept))
	k.references = map[string][]int32{}
	k.personKeys = map[string]int32{}
	for i, e := range kept {
		k.nameForm[i] = []int32{int32(len(k.forms))}
		for _, r := range e.References {
			r = strings.ToLower(strings.TrimSpace(r))
			k.references[r] = append(k.references[r], int32(i))
		}
		if e.Type == Person {
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				if !strings.Contains(strings.TrimSpace(name), " ") {
					continue
				}
				key := textnorm.NameKey(name)
				if old, ok := k.personKeys[key]; ok && old != int32(i) {
					k.personKeys[key] = -1
					continue
				}
				k.personKeys[key] = int32(i)
			}
		}
		add := func(kind formKind, phrases ...string) {
			for _, p := range phrases {
				k.phrases.insert(phraseTokens(p), int32(len(k.forms)))
				k.forms = append(k.forms, form{entry: int32(i), kind: kind})
				if kind == capitalForm || kind == nameForm && e.Type == Location {
					k.addPlace(p, int32(len(k.forms)-1))
				}
			}
		}
		add(nameForm, e.Name)
		add(nameForm, e.Aliases...)
		add(demonymForm, e.Demonyms...)
		if e.Capital != "" {
			add(capitalForm, e.Capital)
		}
		add(capitalForm, e.CapitalAliases...)
		add(metonymForm, e.Metonyms...)
	}
	k.indexOffices()
	return nil
}

// addPlace records the place name p of form f for datelines.
func (k *Knowledge) addPlace(p string, f int32) {
	key := strings.ToUpper(p)
	if old, ok := k.places[key]; ok && old >= 0 && k.forms[old].entry != k.forms[f].entry {
		k.places[key] = -1
		return
	}
	if _, ok := k.places[key]; !ok {
		k.places[key] = f
		k.placeNames[f] = p
	}
}

// validate checks a complete entry.
func (e Entry) validate() error {
	if err := e.validateFields(); err != nil {
		return err
	}
	switch {
	case strings.TrimSpace(e.Name) == "":
		return fmt.Errorf("%q: missing name", e.ID)
	case e.Type == "":
		return fmt.Errorf("%q: missing type", e.ID)
	}
	return nil
}

// validateFields checks the fields an entry has; an entry that extends another may lack a
// name and a type.
func (e Entry) validateFields() error {
	switch {
	case e.ID == "":
		return errors.New("missing id")
	case e.ID != textnorm.Slug(e.ID):
		return fmt.Errorf("id %q is not lowercase letters, digits and single hyphens", e.ID)
	case e.Type != "" && !e.Type.Valid():
		return fmt.Errorf("%q: unknown type %q (want person, country, organization, media, group or location)", e.ID, e.Type)
	case (e.Name == "") != (e.Type == ""):
		return fmt.Errorf("%q: give both name and type, or neither to extend a known entry", e.ID)
	case e.Affiliation == e.ID:
		return fmt.Errorf("%q: affiliated with itself", e.ID)
	case e.Affiliation != "" && e.Affiliation != textnorm.Slug(e.Affiliation):
		return fmt.Errorf("%q: affiliation %q is not an id", e.ID, e.Affiliation)
	}
	for _, list := range [][]string{e.Aliases, e.Demonyms, e.CapitalAliases, e.Metonyms, e.Titles, e.References} {
		for _, s := range list {
			if strings.TrimSpace(s) == "" {
				return fmt.Errorf("%q: empty name in a list", e.ID)
			}
		}
	}
	// The names that go into the trie of phrases: the longest bounds the work per token. A
	// token has at least one byte, so only a longer name is split to count its tokens (the
	// trie splits every name again), and one of white space alone has none.
	for _, list := range [][]string{{e.Name, e.Capital}, e.Aliases, e.Demonyms, e.CapitalAliases, e.Metonyms} {
		for _, s := range list {
			switch {
			case s == "":
				// a missing name or capital
			case strings.TrimSpace(s) == "":
				return fmt.Errorf("%q: name %q has no words", e.ID, s)
			case len(s) > MaxNameTokens:
				if n := len(phraseTokens(s)); n > MaxNameTokens {
					return fmt.Errorf("%q: name %.40q... has %d tokens, limit %d", e.ID, s, n, MaxNameTokens)
				}
			}
		}
	}
	return nil
}

// MaxNameTokens is the most tokens (words and punctuation marks) that a name, alias,
// demonym, capital or metonym of an Entry may have. Recognition looks every token of a
// document up in a trie of these names, so the longest name bounds the work per token; the
// longest built-in name has 13 tokens ("United Nations Relief and Works Agency for
// Palestine Refugees in the Near East").
const MaxNameTokens = 32

// MaxKnowledgeSize is the largest knowledge file ReadEntries accepts, in bytes: over a
// hundred times the built-in knowledge base, and small enough that a huge or endless input
// cannot exhaust memory.
const MaxKnowledgeSize = 64 << 20

// maxKnowledgeLine is the longest line of a knowledge file, in bytes.
const maxKnowledgeLine = 4 << 20

// affiliationCycle returns the cycle that the chain of affiliations from id runs into,
// first ID repeated last, or nil if the chain ends; tooDeep reports a chain longer than
// maxAffiliationDepth, which it does not follow to its end. affiliation returns an ID's
// affiliation, or "" if it has none.
func affiliationCycle(id string, affiliation func(string) string) (cycle []string, tooDeep bool) {
	var chain []string
	for ; id != ""; id = affiliation(id) {
		if i := slices.Index(chain, id); i >= 0 {
			return append(chain[i:], id), false
		}
		if len(chain) > maxAffiliationDepth {
			return nil, true
		}
		chain = append(chain, id)
	}
	return nil, false
}

// maxAffiliationDepth is the longest chain of affiliations from one entry (a minister of a
// party of a country is 2). A deeper chain is an error, so that checking an entry costs a
// bounded number of steps: walking chains of any length made a file of n entries, each
// affiliated with the one before, cost O(n²).
const maxAffiliationDepth = 16

// Entry returns the entry with the given ID.
func (k *Knowledge) Entry(id string) (Entry, bool) {
	i, ok := k.byID[id]
	if !ok {
		return Entry{}, false
	}
	return k.entries[i], true
}

// Len returns the number of entries.
func (k *Knowledge) Len() int { return len(k.entries) }

// ReadEntries reads a knowledge base in JSON Lines: one Entry object per line; blank lines
// and lines starting with '#' are skipped. An entry may lack name and type only to extend a
// known one (see With). Errors name the input and the line; unknown fields, text after the
// object, an entry affiliated with itself and affiliations that run in a cycle among the
// entries read are errors. It reads at most MaxKnowledgeSize bytes, lines of at most 4 MiB,
// and refuses a larger input with an error wrapping ErrTooLarge.
func ReadEntries(r io.Reader, name string) ([]Entry, error) {
	if size, over := sizeOver(r, MaxKnowledgeSize); over {
		return nil, fmt.Errorf("extract: read %q: %w: %d bytes, limit %d for a knowledge file", name, ErrTooLarge, size, MaxKnowledgeSize)
	}
	cr := &countingReader{r: io.LimitReader(r, MaxKnowledgeSize+1)}
	tooLarge := func() error {
		return fmt.Errorf("extract: read %q: %w: more than the limit of %d bytes for a knowledge file", name, ErrTooLarge, MaxKnowledgeSize)
	}
	var out []Entry
	// affiliations holds each ID's affiliation as the entries read so far set it (as With
	// would), and the line that set it.
	type affiliation struct {
		id   string
		line int
	}
	affiliations := map[string]affiliation{}
	sc := bufio.NewScanner(cr)
	sc.Buffer(make([]byte, 64<<10), maxKnowledgeLine)
	line := 1
	for ; sc.Scan(); line++ {
		if cr.n > MaxKnowledgeSize {
			return nil, tooLarge()
		}
		b := bytes.TrimSpace(sc.Bytes())
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\uFEFF"))
		}
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		var e Entry
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("extract: %s:%d: %w", name, line, err)
		}
		if dec.InputOffset() < int64(len(b)) {
			return nil, fmt.Errorf("extract: %s:%d: text after the object: %.20q", name, line, bytes.TrimSpace(b[dec.InputOffset():]))
		}
		if err := e.validateFields(); err != nil {
			return nil, fmt.Errorf("extract: %s:%d: %w", name, line, err)
		}
		if e.Affiliation != "" || e.Name != "" {
			affiliations[e.ID] = affiliation{e.Affiliation, line}
		}
		cycle, tooDeep := affiliationCycle(e.ID, func(id string) string { return affiliations[id].id })
		if tooDeep {
			return nil, fmt.Errorf("extract: %s:%d: %q: chain of affiliations longer than %d", name, line, e.ID, maxAffiliationDepth)
		}
		if cycle != nil {
			return nil, fmt.Errorf("extract: %s:%d: %q: affiliation cycle %s", name, line, e.ID, strings.Join(cycle, " -> "))
		}
		out = append(out, e)
	}
	switch err := sc.Err(); {
	case cr.n > MaxKnowledgeSize:
		return nil, tooLarge()
	case errors.Is(err, bufio.ErrTooLong):
		return nil, fmt.Errorf("extract: %s:%d: line longer than the limit of %d bytes", name, line, maxKnowledgeLine)
	case err != nil:
		return nil, fmt.Errorf("extract: read %q: %w", name, err)
	}
	return out, nil
}

// countingReader counts the bytes read from r.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// readTitles reads a TSV of titles: a header line, then "title<TAB>kind[<TAB>...]".
func (k *Knowledge) readTitles(data []byte, name string) error {
	kinds := map[titleKind]int32{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if i == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 || strings.TrimSpace(fields[0]) == "" {
			return fmt.Errorf("extract: %s:%d: want title<TAB>kind", name, i+1)
		}
		kind := titleKind(strings.TrimSpace(fields[1]))
		v, ok := kinds[kind]
		if !ok {
			v = int32(len(k.titleKinds))
			kinds[kind] = v
			k.titleKinds = append(k.titleKinds, kind)
		}
		t := titlePhrase{keys: phraseTokens(strings.TrimSpace(fields[0])), kind: v}
		k.titles = append(k.titles, t)
		k.phrases.insert(t.keys, -t.kind-1)
	}
	return nil
}

// readNames reads one name a line into m.
func readNames(m map[string]bool, data []byte) {
	for line := range strings.Lines(string(data)) {
		if s := strings.TrimSpace(line); s != "" && !strings.HasPrefix(s, "#") {
			m[s] = true
		}
	}
}

// IDs returns the IDs of all entries, sorted.
func (k *Knowledge) IDs() []string { return slices.Sorted(maps.Keys(k.byID)) }

// readVerbs reads the interaction lexicon: a TSV with a header, then "form<TAB>kind<TAB>pos"
// where pos is "verb" or "noun" and kind is a kind of the kinds table.
func (k *Knowledge) readVerbs(data []byte, name string) error {
	if k.verbs == nil {
		k.verbs = map[string][]verbEntry{}
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if i == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || (f[2] != "verb" && f[2] != "noun" && f[2] != "adj") {
			return fmt.Errorf("extract: %s:%d: want form<TAB>kind<TAB>verb|noun|adj", name, i+1)
		}
		if _, ok := k.kinds[f[1]]; !ok {
			return fmt.Errorf("extract: %s:%d: unknown kind %q", name, i+1, f[1])
		}
		words := strings.Fields(strings.ToLower(f[0]))
		k.verbs[words[0]] = append(k.verbs[words[0]], verbEntry{rest: words[1:], kind: f[1], noun: f[2] == "noun", adj: f[2] == "adj"})
	}
	return nil
}

// readTones reads the tone words: a TSV with a header, then "word<TAB>sign", sign -1, 0 or 1.
func (k *Knowledge) readTones(data []byte, name string) error {
	k.tones = map[string]int8{}
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || (f[1] != "-1" && f[1] != "0" && f[1] != "1") {
			return fmt.Errorf("extract: %s:%d: want word<TAB>-1, 0 or 1", name, i+1)
		}
		k.tones[f[0]] = int8(map[string]int{"-1": -1, "0": 0, "1": 1}[f[1]])
	}
	return nil
}

// readOffices reads the table of office synonyms: "office<TAB>also", a header line first.
func (k *Knowledge) readOffices(data []byte, name string) error {
	k.officeSynonyms = map[string][]string{}
	for n, line := range strings.Split(strings.TrimSpace(string(data)), "\n")[1:] {
		office, also, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || office == "" || also == "" {
			return fmt.Errorf("extract: %s:%d: want office<TAB>also", name, n+2)
		}
		office = strings.ToLower(office)
		k.officeSynonyms[office] = append(k.officeSynonyms[office], strings.ToLower(also))
	}
	return nil
}

// readKinds reads the kinds table: a TSV with a header, then
// "kind<TAB>cameo<TAB>goldstein<TAB>polarity<TAB>planned_cameo".
func (k *Knowledge) readKinds(data []byte, name string) error {
	k.kinds = map[string]kindInfo{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if i == 0 || strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return fmt.Errorf("extract: %s:%d: want 7 fields", name, i+1)
		}
		g, err1 := strconv.ParseFloat(f[2], 64)
		p, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || p < -1 || p > 1 || g < -10 || g > 10 {
			return fmt.Errorf("extract: %s:%d: bad goldstein or polarity", name, i+1)
		}
		yes := func(s string) (bool, bool) { return s == "yes", s == "yes" || s == "no" }
		sym, ok1 := yes(f[5])
		outlet, ok2 := yes(f[6])
		if !ok1 || !ok2 {
			return fmt.Errorf("extract: %s:%d: symmetric and to_outlet are yes or no", name, i+1)
		}
		k.kinds[f[0]] = kindInfo{cameo: f[1], plannedCAMEO: f[4], goldstein: g, polarity: p, symmetric: sym, toOutlet: outlet}
	}
	return nil
}
