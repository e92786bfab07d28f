package extract_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/textnorm"
)

// recognitionCase is one file of testdata/recognition: an article about invented actors
// and what a careful annotator finds in it (see testdata/recognition/README.md).
type recognitionCase struct {
	name      string
	article   string
	actors    []expectedActor
	notActors []string
}

type expectedActor struct {
	name, typ, affiliation string
	forms                  []string
}

// readTxtar parses the few txtar archives of testdata: "-- name --" lines open sections.
func readTxtar(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]string{}
	current := ""
	var body strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --") {
			if current != "" {
				sections[current] = body.String()
			}
			current = strings.TrimSuffix(strings.TrimPrefix(line, "-- "), " --")
			body.Reset()
			continue
		}
		if current != "" {
			body.WriteString(line)
			body.WriteByte('\n')
		}
	}
	if current != "" {
		sections[current] = body.String()
	}
	return sections
}

func readRecognitionCases(t *testing.T) []recognitionCase {
	paths, err := filepath.Glob(filepath.Join("testdata", "recognition", "*.txtar"))
	if err != nil || len(paths) < 40 {
		t.Fatalf("want at least 40 recognition cases, found %d (%v)", len(paths), err)
	}
	var cases []recognitionCase
	for _, p := range paths {
		s := readTxtar(t, p)
		c := recognitionCase{name: filepath.Base(p), article: s["article.txt"]}
		for i, line := range strings.Split(strings.TrimSpace(s["actors.tsv"]), "\n") {
			if i == 0 {
				continue // header
			}
			f := strings.Split(line, "\t")
			if len(f) != 4 {
				t.Fatalf("%s: actors.tsv line %d has %d fields, want 4", p, i+1, len(f))
			}
			c.actors = append(c.actors, expectedActor{f[0], f[1], f[2], strings.Split(f[3], "|")})
		}
		for _, line := range strings.Split(s["not-actors.txt"], "\n") {
			if line = strings.TrimSpace(line); line != "" {
				c.notActors = append(c.notActors, line)
			}
		}
		cases = append(cases, c)
	}
	return cases
}

var scoredTypes = map[string]bool{"person": true, "country": true, "organization": true, "media": true}

// recognitionScore counts, over the corpus, matched, spurious and missed actors of the
// scored types, matched actors of the right type, matched people with an expected
// affiliation and how many of those are right, and negatives found as actors.
type recognitionScore struct {
	tp, fp, fn, typeOK, affN, affOK, negatives int
}

func (s recognitionScore) precision() float64 { return float64(s.tp) / float64(s.tp+s.fp) }
func (s recognitionScore) recall() float64    { return float64(s.tp) / float64(s.tp+s.fn) }

// scoreCase matches predicted actors to expected ones by name or any alias, normalised as
// ../shared/eval/score.py does, and scores them.
func scoreCase(t *testing.T, c recognitionCase, r *extract.Result, s *recognitionScore) {
	forms := map[string]int{}
	for i, a := range c.actors {
		for _, f := range append([]string{a.name}, a.forms...) {
			if _, ok := forms[normName(f)]; !ok {
				forms[normName(f)] = i
			}
		}
	}
	negative := map[string]bool{}
	for _, n := range c.notActors {
		negative[normName(n)] = true
	}
	matched := map[int]extract.Actor{}
	predictedBy := map[string]int{} // predicted ID -> expected index
	for _, a := range r.Actors {
		g, ok := forms[normName(a.Name)]
		for _, alias := range a.Aliases {
			if !ok {
				g, ok = forms[normName(alias)]
			}
		}
		if !scoredTypes[string(a.Type)] {
			continue
		}
		if negative[normName(a.Name)] {
			s.negatives++
			t.Logf("%s: negative found as an actor: %s (%s)", c.name, a.Name, a.Type)
		}
		switch {
		case !ok:
			s.fp++
			t.Logf("%s: extra %s (%s)", c.name, a.Name, a.Type)
		case !scoredTypes[c.actors[g].typ]:
			// an expected place or group found as something else: neither missed nor extra
		case matched[g].ID != "":
			s.fp++
			t.Logf("%s: split %s also matches %s", c.name, a.Name, c.actors[g].name)
		default:
			matched[g] = a
			predictedBy[a.ID] = g
		}
	}
	for i, e := range c.actors {
		if !scoredTypes[e.typ] {
			continue
		}
		a, ok := matched[i]
		if !ok {
			s.fn++
			t.Logf("%s: missed %s (%s)", c.name, e.name, e.typ)
			continue
		}
		s.tp++
		if string(a.Type) == e.typ {
			s.typeOK++
		} else {
			t.Logf("%s: %s is %s, want %s", c.name, e.name, a.Type, e.typ)
		}
		if e.typ == "person" && e.affiliation != "" {
			s.affN++
			got := a.Affiliation
			if g, ok := predictedBy[got]; ok {
				got = textnorm.Slug(c.actors[g].name)
			}
			if got == e.affiliation {
				s.affOK++
			} else {
				t.Logf("%s: %s affiliated with %q, want %q", c.name, e.name, a.Affiliation, e.affiliation)
			}
		}
	}
}

// TestRecognitionCorpus runs recognition over the hand-annotated corpus of invented actors
// and holds its precision, recall, type and affiliation accuracy at or above the levels
// reached when the thresholds were last raised. Run with -v to see every miss.
func TestRecognitionCorpus(t *testing.T) {
	k := worldKnowledge(t)
	var s recognitionScore
	for _, c := range readRecognitionCases(t) {
		doc, err := extract.Read(c.name, []byte(c.article))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		scoreCase(t, c, extract.Pipeline{Knowledge: k}.Extract(doc), &s)
	}
	typeAcc := float64(s.typeOK) / float64(s.tp)
	affAcc := float64(s.affOK) / float64(s.affN)
	summary := fmt.Sprintf("actors P=%.3f R=%.3f (tp %d, fp %d, fn %d); types %.3f; affiliation %.3f (%d/%d); negatives found %d",
		s.precision(), s.recall(), s.tp, s.fp, s.fn, typeAcc, affAcc, s.affOK, s.affN, s.negatives)
	t.Log(summary)
	for _, check := range []struct {
		name      string
		got, want float64
	}{
		{"precision", s.precision(), minPrecision},
		{"recall", s.recall(), minRecall},
		{"type accuracy", typeAcc, minTypeAccuracy},
		{"affiliation accuracy", affAcc, minAffiliation},
	} {
		if check.got < check.want {
			t.Errorf("%s %.3f, want at least %.3f (%s)", check.name, check.got, check.want, summary)
		}
	}
	if s.negatives > maxNegatives {
		t.Errorf("%d negatives found as actors, want at most %d", s.negatives, maxNegatives)
	}
}

// The levels TestRecognitionCorpus holds, a little below those measured when they were set
// (P 1.000, R 0.976, types 0.989, affiliation 0.879, no negatives); raise them as
// recognition improves.
const (
	minPrecision    = 0.98
	minRecall       = 0.96
	minTypeAccuracy = 0.98
	minAffiliation  = 0.86
	maxNegatives    = 0
)

// worldKnowledge is the built-in knowledge with the invented countries of the test corpora
// (testdata/recognition/world.jsonl), added as a user adds their own actors.
func worldKnowledge(t *testing.T) *extract.Knowledge {
	t.Helper()
	world, err := extract.LoadEntries(filepath.Join("testdata", "recognition", "world.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	k, err := extract.DefaultKnowledge().With(world...)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
