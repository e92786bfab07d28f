package extract

import (
	"fmt"
	"strings"
)

// Closed word classes of English: grammar, not knowledge of actors. Their words are in
// data/words.txt, one section a class, read once when the package is loaded; the classes
// are the wordClass constants below, and code asks class.has(word). Knowledge of actors,
// titles and given names lives in the other files of data/.

// A wordClass is one closed class of words, a section of data/words.txt.
type wordClass uint8

// The word classes. The comments of data/words.txt say what each one does.
const (
	particles wordClass = iota
	notNames
	connectors
	sayingVerbs
	opinionVerbs
	smallWords
	locatives
	governmentHeads
	qualifiers
	lowerPlaceHeads
	prepositions
	compass
	beForms
	determiners
	objectLinks
	adverbs
	negations
	possibles
	plans
	hearsay
	pronounSubjects
	groupNouns
	nounMarkers
	lightVerbs
	noBreakAfter
	sentenceStarters
	targetLinks
	genericLinks
	planningVerbs
	refusingVerbs
	cancellingVerbs
	futureTimes
	expressingVerbs
	opinionNouns
	receivingVerbs
	placeTargets
	dismissiveWords
	carryingVerbs
	obtainingVerbs
	pathParticiples
	complexPrepositions
	pairNouns
	personNouns
	timeWords
	sameOrgHeads
	announcingVerbs
	carriers
	relativePronouns
	clauseBreaks
	orgHeads
	mediaHeads
	placeHeads
	thingHeads
	leadingOrgHeads
	leadingMediaHeads
	leadingPlaceHeads
	leadingThingHeads
	firstPersonSingular
	firstPersonPlural
	peerages
	quoteMarks
	hyphenSuffixes
	stateHeads
	commonAcronyms
	memberNouns
	numWordClasses
)

// wordClassNames are the section names of data/words.txt, by class.
var wordClassNames = [numWordClasses]string{
	particles:           "particles",
	notNames:            "not_names",
	connectors:          "connectors",
	sayingVerbs:         "saying_verbs",
	opinionVerbs:        "opinion_verbs",
	smallWords:          "small_words",
	locatives:           "locatives",
	governmentHeads:     "government_heads",
	qualifiers:          "qualifiers",
	lowerPlaceHeads:     "lower_place_heads",
	prepositions:        "prepositions",
	compass:             "compass",
	beForms:             "be_forms",
	determiners:         "determiners",
	objectLinks:         "object_links",
	adverbs:             "adverbs",
	negations:           "negations",
	possibles:           "possibles",
	plans:               "plans",
	hearsay:             "hearsay",
	pronounSubjects:     "pronoun_subjects",
	groupNouns:          "group_nouns",
	nounMarkers:         "noun_markers",
	lightVerbs:          "light_verbs",
	noBreakAfter:        "no_break_after",
	sentenceStarters:    "sentence_starters",
	targetLinks:         "target_links",
	genericLinks:        "generic_links",
	planningVerbs:       "planning_verbs",
	refusingVerbs:       "refusing_verbs",
	cancellingVerbs:     "cancelling_verbs",
	futureTimes:         "future_times",
	expressingVerbs:     "expressing_verbs",
	opinionNouns:        "opinion_nouns",
	receivingVerbs:      "receiving_verbs",
	placeTargets:        "place_targets",
	dismissiveWords:     "dismissive_words",
	carryingVerbs:       "carrying_verbs",
	obtainingVerbs:      "obtaining_verbs",
	pathParticiples:     "path_participles",
	complexPrepositions: "complex_prepositions",
	pairNouns:           "pair_nouns",
	personNouns:         "person_nouns",
	timeWords:           "time_words",
	sameOrgHeads:        "same_org_heads",
	announcingVerbs:     "announcing_verbs",
	carriers:            "carriers",
	relativePronouns:    "relative_pronouns",
	clauseBreaks:        "clause_breaks",
	orgHeads:            "org_heads",
	mediaHeads:          "media_heads",
	placeHeads:          "place_heads",
	thingHeads:          "thing_heads",
	leadingOrgHeads:     "leading_org_heads",
	leadingMediaHeads:   "leading_media_heads",
	leadingPlaceHeads:   "leading_place_heads",
	leadingThingHeads:   "leading_thing_heads",
	peerages:            "peerages",
	quoteMarks:          "quote_marks",
	hyphenSuffixes:      "hyphen_suffixes",
	stateHeads:          "state_heads",
	commonAcronyms:      "common_acronyms",
	memberNouns:         "member_nouns",
	firstPersonSingular: "first_person_singular",
	firstPersonPlural:   "first_person_plural",
}

// wordSets holds the words of each class.
var wordSets = mustReadWords()

// has reports whether w, exactly as given, is a word of class c.
func (c wordClass) has(w string) bool { return wordSets[c][w] }

// mustReadWords reads the embedded data/words.txt; it panics if the file is broken, which
// the package's tests would show first.
func mustReadWords() [numWordClasses]map[string]bool {
	b, err := data.ReadFile("data/words.txt")
	if err != nil {
		panic(err)
	}
	sets, err := readWords(string(b), "words.txt")
	if err != nil {
		panic(err)
	}
	return sets
}

// readWords reads a file of word classes: "[name]" lines open a class of wordClassNames,
// and the words of the lines after it, separated by white space, are its words; lines
// starting with '#' are comments. Every class must have a section with at least one word.
func readWords(text, name string) ([numWordClasses]map[string]bool, error) {
	var sets [numWordClasses]map[string]bool
	byName := make(map[string]wordClass, numWordClasses)
	for c, n := range wordClassNames {
		byName[n] = wordClass(c)
	}
	current := wordClass(numWordClasses)
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			c, ok := byName[line[1:len(line)-1]]
			if !ok {
				return sets, fmt.Errorf("extract: %s:%d: unknown word class %s", name, i+1, line)
			}
			if sets[c] != nil {
				return sets, fmt.Errorf("extract: %s:%d: word class %s again", name, i+1, line)
			}
			current, sets[c] = c, map[string]bool{}
		case current == numWordClasses:
			return sets, fmt.Errorf("extract: %s:%d: words before the first [class]", name, i+1)
		default:
			for _, w := range strings.Fields(line) {
				sets[current][w] = true
			}
		}
	}
	for c, s := range sets {
		if len(s) == 0 {
			return sets, fmt.Errorf("extract: %s: no words for class %s", name, wordClassNames[c])
		}
	}
	return sets, nil
}

// headWords end the names of organizations, outlets, places and things; a capitalised run
// that ends in one is of that class ("the Sunrise Brigade", "the Harbor Ledger", "Harbor
// Street", "the Meridian Summit"), whatever names stand before it.
var headWords = classes(map[headClass]wordClass{
	orgHead: orgHeads, mediaHead: mediaHeads, placeHead: placeHeads, thingHead: thingHeads,
})

// leadingHeads begin names whose complement follows: "Ministry of Water Resources",
// "Committee on Foreign Relations", "Radio Meridian", "Lake Tana", "Hurricane Melissa".
var leadingHeads = classes(map[headClass]wordClass{
	orgHead: leadingOrgHeads, mediaHead: leadingMediaHeads, placeHead: leadingPlaceHeads, thingHead: leadingThingHeads,
})

// classes maps each word of the word classes to its head class.
func classes(m map[headClass]wordClass) map[string]headClass {
	out := map[string]headClass{}
	for c, wc := range m {
		for w := range wordSets[wc] {
			if old, ok := out[w]; ok && old != c {
				panic("extract: head word " + w + " in two classes")
			}
			out[w] = c
		}
	}
	return out
}
