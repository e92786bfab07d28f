package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// nerSpan is a named entity of testdata/ner: its byte span in the plain text and its CoNLL
// type (PER, ORG, LOC or MISC).
type nerSpan struct {
	start, end int
	typ        string
}

// readNER returns the plain text of a testdata/ner article and its marked entities: each
// "[[surface|TYPE]]" becomes surface (see testdata/ner/README.md).
func readNER(t *testing.T, path string) (string, []nerSpan) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	var text strings.Builder
	var spans []nerSpan
	for {
		open := strings.Index(src, "[[")
		if open < 0 {
			text.WriteString(src)
			break
		}
		text.WriteString(src[:open])
		close := strings.Index(src[open:], "]]")
		bar := strings.Index(src[open:], "|")
		if close < 0 || bar < 0 || bar > close {
			t.Fatalf("%s: bad mark at byte %d", path, open)
		}
		surface, typ := src[open+2:open+bar], src[open+bar+1:open+close]
		start := text.Len()
		text.WriteString(surface)
		spans = append(spans, nerSpan{start, text.Len(), typ})
		src = src[open+close+2:]
	}
	return text.String(), spans
}

// conllType is the CoNLL type of an actor type: people are PER; organizations, outlets and
// armed groups ORG; countries and other places LOC.
func conllType(t extract.ActorType) string {
	switch t {
	case extract.Person:
		return "PER"
	case extract.Country, extract.Location:
		return "LOC"
	}
	return "ORG"
}

// nerCounts holds true positives, false positives and false negatives by type.
type nerCounts struct{ tp, fp, fn map[string]int }

func (c nerCounts) prf(types ...string) (p, r, f float64) {
	var tp, fp, fn int
	for _, t := range types {
		tp, fp, fn = tp+c.tp[t], fp+c.fp[t], fn+c.fn[t]
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// TestNERCorpus scores the names of testdata/ner, forty news-wire articles written and
// annotated for this project in the style of CoNLL-2003, as conlleval does: a name counts
// when its span and type are exactly the gold's. Mentions that are references ("she", "the
// minister") are no names. A demonym ("Sri Lankan") is CoNLL's MISC and actorgraph's
// country: a mention on a MISC span is neither right nor wrong, and MISC is not scored. It
// holds the levels set below; run with -v for the figures and every miss.
func TestNERCorpus(t *testing.T) {
	for _, mode := range []struct {
		name     string
		pipeline extract.Pipeline
		min      map[string]float64 // F1 by type
	}{
		{"parsed", extract.Pipeline{}, nerLevels},
		{"token rules", extract.Pipeline{TokenRules: true}, nerLevelsTokenRules},
	} {
		t.Run(mode.name, func(t *testing.T) {
			c := scoreNER(t, mode.pipeline)
			for _, typ := range []string{"PER", "ORG", "LOC"} {
				p, r, f := c.prf(typ)
				t.Logf("%s P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)", typ, p, r, f, c.tp[typ], c.fp[typ], c.fn[typ])
				if f < mode.min[typ] {
					t.Errorf("%s F1 %.3f, want at least %.3f", typ, f, mode.min[typ])
				}
			}
			p, r, f := c.prf("PER", "ORG", "LOC")
			t.Logf("all P=%.3f R=%.3f F1=%.3f", p, r, f)
		})
	}
}

// The F1 levels TestNERCorpus holds, a little below those measured when they were set
// (parsed: PER 0.933, ORG 0.827, LOC 0.869; token rules: PER 0.905, ORG 0.793, LOC 0.869);
// raise them as recognition improves.
var (
	nerLevels           = map[string]float64{"PER": 0.92, "ORG": 0.81, "LOC": 0.85}
	nerLevelsTokenRules = map[string]float64{"PER": 0.89, "ORG": 0.78, "LOC": 0.85}
)

// scoreNER extracts every article of testdata/ner with p and counts its names against the
// gold, logging every miss and extra name.
func scoreNER(t *testing.T, p extract.Pipeline) nerCounts {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "ner", "*.txt"))
	if err != nil || len(paths) < 40 {
		t.Fatalf("want at least 40 NER articles, found %d (%v)", len(paths), err)
	}
	c := nerCounts{map[string]int{}, map[string]int{}, map[string]int{}}
	for _, path := range paths {
		text, gold := readNER(t, path)
		doc, err := extract.Read(filepath.Base(path), []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		type key struct{ start, end int }
		goldAt := map[key]string{}
		for _, g := range gold {
			goldAt[key{g.start, g.end}] = g.typ
		}
		found := map[key]string{}
		for _, a := range p.Extract(doc).Actors {
			for _, m := range a.Mentions {
				if !m.Reference {
					found[key{m.Start, m.End}] = conllType(a.Type)
				}
			}
		}
		name := filepath.Base(path)
		for k, typ := range found {
			switch g, ok := goldAt[k]; {
			case g == "MISC":
			case ok && g == typ:
				c.tp[typ]++
			default:
				c.fp[typ]++
				t.Logf("%s: extra %s %q (gold %q)", name, typ, text[k.start:k.end], g)
			}
		}
		for k, typ := range goldAt {
			if typ != "MISC" && found[k] != typ {
				c.fn[typ]++
				t.Logf("%s: missed %s %q", name, typ, text[k.start:k.end])
			}
		}
	}
	return c
}

// TestReadNER checks the markup reader on a line of each kind.
func TestReadNER(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	src := "[[OSLO|LOC]], May 2 - [[Kari Nygaard|PER]] of [[Statkraft|ORG]] spoke [[Norwegian|MISC]].\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	text, spans := readNER(t, path)
	if want := "OSLO, May 2 - Kari Nygaard of Statkraft spoke Norwegian.\n"; text != want {
		t.Fatalf("text %q, want %q", text, want)
	}
	var got []string
	for _, s := range spans {
		got = append(got, fmt.Sprintf("%s:%s", s.typ, text[s.start:s.end]))
	}
	if want := "LOC:OSLO PER:Kari Nygaard ORG:Statkraft MISC:Norwegian"; strings.Join(got, " ") != want {
		t.Errorf("spans %v, want %s", got, want)
	}
}
