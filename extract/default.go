package extract

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// data holds the built-in knowledge base; extract/data/README.md documents it.
//
//go:embed data/*.jsonl data/*.txt data/titles.tsv data/verbs.tsv data/kinds.tsv data/tones.tsv data/offices.tsv
var data embed.FS

var defaultKnowledge = sync.OnceValues(loadDefault)

// DefaultKnowledge returns the built-in knowledge base: every sovereign state with its names,
// demonyms, capital and seats of government; international organizations; national
// institutions; news outlets; 2025 leaders and senior officials; titles; given names. It is
// parsed once, on first use. It panics if the embedded data is broken, which the package's
// tests rule out.
func DefaultKnowledge() *Knowledge {
	k, err := defaultKnowledge()
	if err != nil {
		panic(err)
	}
	return k
}

func loadDefault() (*Knowledge, error) {
	files, err := fs.Glob(data, "data/*.jsonl")
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var entries []Entry
	for _, name := range files {
		b, err := data.ReadFile(name)
		if err != nil {
			return nil, err
		}
		es, err := ReadEntries(strings.NewReader(string(b)), path.Base(name))
		if err != nil {
			return nil, err
		}
		entries = append(entries, es...)
	}
	k, err := NewKnowledge(entries)
	if err != nil {
		return nil, err
	}
	titles, err := data.ReadFile("data/titles.tsv")
	if err != nil {
		return nil, err
	}
	if err := k.readTitles(titles, "titles.tsv"); err != nil {
		return nil, err
	}
	if err := k.readLexicon(); err != nil {
		return nil, err
	}
	for name, m := range map[string]map[string]bool{
		"data/given_names.txt":           k.given,
		"data/given_names_ambiguous.txt": k.ambiguousGiven,
	} {
		b, err := data.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		readNames(m, b)
	}
	return k, nil
}

// readLexicon reads the embedded kinds table and verb lexicon into k.
func (k *Knowledge) readLexicon() error {
	kinds, err := data.ReadFile("data/kinds.tsv")
	if err != nil {
		return err
	}
	if err := k.readKinds(kinds, "kinds.tsv"); err != nil {
		return err
	}
	verbs, err := data.ReadFile("data/verbs.tsv")
	if err != nil {
		return err
	}
	if err := k.readVerbs(verbs, "verbs.tsv"); err != nil {
		return err
	}
	standIns, err := data.ReadFile("data/stand_ins.txt")
	if err != nil {
		return err
	}
	k.standIns = map[string]bool{}
	readNames(k.standIns, standIns)
	notEvents, err := data.ReadFile("data/not_events.txt")
	if err != nil {
		return err
	}
	k.notEvents = map[string]bool{}
	readNames(k.notEvents, notEvents)
	offices, err := data.ReadFile("data/offices.tsv")
	if err != nil {
		return err
	}
	if err := k.readOffices(offices, "offices.tsv"); err != nil {
		return err
	}
	tones, err := data.ReadFile("data/tones.tsv")
	if err != nil {
		return err
	}
	return k.readTones(tones, "tones.tsv")
}
