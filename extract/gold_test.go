package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/corpus"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/textnorm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldFile is the hand-made annotation of a bundled article (testdata/gold, a copy of
// ../shared/corpus).
type goldFile struct {
	Document string `json:"document"`
	Actors   []struct {
		Name        string   `json:"name"`
		Type        string   `json:"type"`
		Affiliation string   `json:"affiliation"`
		Optional    bool     `json:"optional"`
		Aliases     []string `json:"aliases"`
	} `json:"actors"`
}

var possessiveS = regexp.MustCompile(`'s\b`)
var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

// normName normalises a name as ../shared/eval/score.py does.
func normName(s string) string {
	s = possessiveS.ReplaceAllString(textnorm.Fold(s), "")
	s = strings.TrimSpace(nonAlnum.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

// TestGoldActors scores recognition on the bundled articles against their gold annotation,
// matching actors by name or alias as the project's scorer does, and holds the scores at or
// above the levels the pipeline reached when the test was written.
func TestGoldActors(t *testing.T) {
	scored := map[string]bool{"person": true, "country": true, "organization": true, "media": true}
	var tp, fp, fn, ptp, pfp, pfn int
	for _, name := range corpus.Names() {
		b, err := os.ReadFile(filepath.Join("testdata", "gold", strings.TrimSuffix(name, ".txt")+".gold.json"))
		require.NoError(t, err)
		var gold goldFile
		require.NoError(t, json.Unmarshal(b, &gold))
		text, err := corpus.Bytes(name)
		require.NoError(t, err)
		doc, err := extract.Read(name, text)
		require.NoError(t, err)
		r := extract.Pipeline{}.Extract(doc)

		forms := map[string]int{} // normalised form -> gold actor index
		for i, a := range gold.Actors {
			for _, f := range append([]string{a.Name}, a.Aliases...) {
				if _, ok := forms[normName(f)]; !ok {
					forms[normName(f)] = i
				}
			}
		}
		ignored := func(i int) bool { return gold.Actors[i].Optional || !scored[gold.Actors[i].Type] }
		matched := map[int]bool{}
		for _, a := range r.Actors {
			g, ok := forms[normName(a.Name)]
			for _, alias := range a.Aliases {
				if !ok {
					g, ok = forms[normName(alias)]
				}
			}
			switch {
			case !ok && scored[string(a.Type)]:
				fp++
				if a.Type == extract.Person {
					pfp++
				}
				t.Logf("%s: extra actor %s (%s)", name, a.Name, a.Type)
			case !ok || ignored(g):
			case matched[g]:
				fp++
				t.Logf("%s: split actor %s", name, a.Name)
			default:
				matched[g] = true
			}
		}
		for i, a := range gold.Actors {
			if ignored(i) {
				continue
			}
			if matched[i] {
				tp++
				if a.Type == "person" {
					ptp++
				}
				continue
			}
			fn++
			if a.Type == "person" {
				pfn++
			}
			t.Logf("%s: missed actor %s (%s)", name, a.Name, a.Type)
		}
	}
	f1 := func(tp, fp, fn int) float64 { return 2 * float64(tp) / float64(2*tp+fp+fn) }
	t.Logf("actors F1 %.3f, persons F1 %.3f", f1(tp, fp, fn), f1(ptp, pfp, pfn))
	assert.GreaterOrEqual(t, f1(tp, fp, fn), 0.95, "actors F1")
	assert.GreaterOrEqual(t, f1(ptp, pfp, pfn), 0.95, "persons F1")
}
