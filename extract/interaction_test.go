package extract_test

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// kindClass groups interaction kinds as ../shared/eval/score.py does.
var kindClass = func() map[string]string {
	m := map[string]string{}
	for class, kinds := range map[string]string{
		"vcoop":   "talk negotiate meet call visit praise thank support propose ask advise cooperate agree appeal consult host invite promise",
		"mcoop":   "aid release yield sign exchange",
		"vconf":   "criticize accuse reject threaten pressure demand warn deny dismiss condemn protest",
		"mconf":   "fight attack abduct sanction seize coerce kill expel arrest",
		"neutral": "report other statement",
	} {
		for _, k := range strings.Fields(kinds) {
			m[k] = class
		}
	}
	return m
}()

type expectedInteraction struct{ source, target, kind, polarity, modality string }

// interactionScore counts matched, spurious and missed actor pairs (direction ignored and
// counted), and of the matched pairs how many agree on kind class, polarity and modality.
type interactionScore struct {
	tp, fp, fn, dtp, dfp, dfn, kindOK, polOK, modOK int
	lines                                           []string // what went wrong, case by case
}

// note records one line of what went wrong in case name.
func (s *interactionScore) note(t *testing.T, name, format string, args ...any) {
	line := name + ": " + fmt.Sprintf(format, args...)
	s.lines = append(s.lines, line)
	t.Log(line)
}

var update = flag.Bool("update", false, "rewrite the golden files of the interaction corpus")

func f1(tp, fp, fn int) float64 { return 2 * float64(tp) / float64(max(1, 2*tp+fp+fn)) }

// TestInteractionCorpus runs extraction over the hand-annotated interaction suite
// (testdata/interactions, invented actors, see its README) and holds pair-level precision
// and recall, and kind, polarity and modality agreement, at or above the levels reached when
// the thresholds were last raised. Run with -v to see every miss.
func TestInteractionCorpus(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "interactions", "*.txtar"))
	if err != nil || len(paths) < 30 {
		t.Fatalf("want at least 30 interaction cases, found %d (%v)", len(paths), err)
	}
	k := worldKnowledge(t)
	var s interactionScore
	sentences, none := 0, 0
	for _, p := range paths {
		sec := readTxtar(t, p)
		name := filepath.Base(p)
		var want []expectedInteraction
		for i, line := range strings.Split(strings.TrimSpace(sec["interactions.tsv"]), "\n") {
			f := strings.Split(line, "\t")
			if i == 0 || len(f) < 5 {
				continue
			}
			want = append(want, expectedInteraction{normName(f[0]), normName(f[1]), f[2], f[3], f[4]})
		}
		doc, err := extract.Read(name, []byte(sec["article.txt"]))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sentences += len(doc.Sentences)
		if len(want) == 0 {
			none++
		}
		r := extract.Pipeline{Knowledge: k}.Extract(doc)
		scoreInteractions(t, name, r, want, &s)
	}
	pairsF1, dirF1 := f1(s.tp, s.fp, s.fn), f1(s.dtp, s.dfp, s.dfn)
	p := float64(s.tp) / float64(max(1, s.tp+s.fp))
	rc := float64(s.tp) / float64(max(1, s.tp+s.fn))
	share := func(n int) float64 { return float64(n) / float64(max(1, s.tp)) }
	summary := fmt.Sprintf("%d files (%d with no interaction), %d sentences; pairs P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d); directed F1=%.3f; kind %.3f, polarity %.3f, modality %.3f",
		len(paths), none, sentences, p, rc, pairsF1, s.tp, s.fp, s.fn, dirF1, share(s.kindOK), share(s.polOK), share(s.modOK))
	t.Log(summary)
	// Every case's misses and extras, kept in a golden file so that a change shows in a diff.
	golden := filepath.Join("testdata", "interactions.golden")
	got := strings.Join(append(s.lines, summary), "\n") + "\n"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want, err := os.ReadFile(golden); err != nil {
		t.Error(err)
	} else if string(want) != got {
		t.Errorf("the interaction corpus's results differ from %s (go test -run TestInteractionCorpus -update rewrites it; the diff is the change):\n%s", golden, lineDiff(string(want), got))
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"pairs precision", p, minInteractionPrecision},
		{"pairs recall", rc, minInteractionRecall},
		{"modality agreement", share(s.modOK), minModality},
	} {
		if c.got < c.want {
			t.Errorf("%s %.3f, want at least %.3f (%s)", c.name, c.got, c.want, summary)
		}
	}
}

// The levels TestInteractionCorpus holds, a little below those measured when they were set
// (P 0.943, R 0.716, modality 0.940); raise them as extraction improves.
const (
	minInteractionPrecision = 0.92
	minInteractionRecall    = 0.70
	minModality             = 0.92
)

func scoreInteractions(t *testing.T, name string, r *extract.Result, want []expectedInteraction, s *interactionScore) {
	names := map[string]string{}
	for _, a := range r.Actors {
		names[a.ID] = normName(a.Name)
	}
	type pair struct{ a, b string }
	und := func(a, b string) pair {
		if a > b {
			a, b = b, a
		}
		return pair{a, b}
	}
	gold, goldDir := map[pair][]expectedInteraction{}, map[pair]bool{}
	for _, w := range want {
		gold[und(w.source, w.target)] = append(gold[und(w.source, w.target)], w)
		goldDir[pair{w.source, w.target}] = true
	}
	pred, predDir := map[pair][]extract.Interaction{}, map[pair]bool{}
	for _, i := range r.Interactions {
		a, b := names[i.Source], names[i.Target]
		pred[und(a, b)] = append(pred[und(a, b)], i)
		predDir[pair{a, b}] = true
	}
	for _, k := range slices.SortedFunc(func(yield func(pair) bool) {
		for k := range pred {
			if !yield(k) {
				return
			}
		}
	}, func(x, y pair) int { return strings.Compare(x.a+"|"+x.b, y.a+"|"+y.b) }) {
		g, ok := gold[k]
		if !ok {
			s.fp++
			s.note(t, name, "extra %s ~ %s (%s, %s)", k.a, k.b, pred[k][0].Kind, pred[k][0].Modality)
			continue
		}
		s.tp++
		agree := func(f func(extract.Interaction, expectedInteraction) bool) bool {
			for _, p := range pred[k] {
				for _, w := range g {
					if f(p, w) {
						return true
					}
				}
			}
			return false
		}
		if agree(func(p extract.Interaction, w expectedInteraction) bool { return kindClass[p.Kind] == kindClass[w.kind] }) {
			s.kindOK++
		} else {
			s.note(t, name, "%s ~ %s kind %s, want %s", k.a, k.b, pred[k][0].Kind, g[0].kind)
		}
		if agree(func(p extract.Interaction, w expectedInteraction) bool { return fmt.Sprint(p.Polarity) == w.polarity }) {
			s.polOK++
		}
		if agree(func(p extract.Interaction, w expectedInteraction) bool { return string(p.Modality) == w.modality }) {
			s.modOK++
		} else {
			s.note(t, name, "%s ~ %s modality %s, want %s", k.a, k.b, pred[k][0].Modality, g[0].modality)
		}
	}
	for _, k := range slices.SortedFunc(maps.Keys(gold), func(x, y pair) int { return strings.Compare(x.a+"|"+x.b, y.a+"|"+y.b) }) {
		if _, ok := pred[k]; !ok {
			s.fn++
			g := gold[k]
			s.note(t, name, "missed %s ~ %s (%s, %s)", k.a, k.b, g[0].kind, g[0].modality)
		}
	}
	for k := range predDir {
		if goldDir[k] {
			s.dtp++
		} else {
			s.dfp++
		}
	}
	for k := range goldDir {
		if !predDir[k] {
			s.dfn++
		}
	}
}

// lineDiff returns the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for _, l := range w {
		if !slices.Contains(g, l) {
			out = append(out, "- "+l)
		}
	}
	for _, l := range g {
		if !slices.Contains(w, l) {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}
