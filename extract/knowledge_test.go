package extract

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var readEntriesErrors = []struct {
	name, input, want string
}{
	{"bad JSON", "{\"id\": \"a\", \"name\": \"A\", \"type\": \"person\"}\n{\"id\": ", "extract: my.jsonl:2: unexpected EOF"},
	{"unknown field", `{"id": "a", "name": "A", "type": "person", "nickname": "x"}`, `my.jsonl:1: json: unknown field "nickname"`},
	{"missing id", "\n# comment\n{\"name\": \"A\", \"type\": \"person\"}", "my.jsonl:3: missing id"},
	{"bad id", `{"id": "Anna Kovac", "name": "A", "type": "person"}`, `my.jsonl:1: id "Anna Kovac" is not lowercase`},
	{"bad type", `{"id": "a", "name": "A", "type": "company"}`, `my.jsonl:1: "a": unknown type "company"`},
	{"name without type", `{"id": "a", "name": "A"}`, `my.jsonl:1: "a": give both name and type`},
	{"empty alias", `{"id": "a", "name": "A", "type": "person", "aliases": [" "]}`, `my.jsonl:1: "a": empty name in a list`},
	{"text after the object", "\n" + `{"id": "x", "name": "X", "type": "person"} garbage`, `my.jsonl:2: text after the object: "garbage"`},
	{"second object", `{"id": "x", "name": "X", "type": "person"}{"id": "y"}`, `my.jsonl:1: text after the object`},
	{"affiliated with itself", `{"id": "x", "name": "X", "type": "group", "affiliation": "x"}`, `my.jsonl:1: "x": affiliated with itself`},
	{"affiliation not an id", `{"id": "x", "name": "X", "type": "group", "affiliation": "Norland"}`, `my.jsonl:1: "x": affiliation "Norland" is not an id`},
	{"affiliation cycle", `{"id": "a", "name": "A", "type": "group", "affiliation": "b"}` + "\n" +
		`{"id": "b", "name": "B", "type": "group", "affiliation": "a"}`, `my.jsonl:2: "b": affiliation cycle b -> a -> b`},
	{"cycle by extension", `{"id": "a", "name": "A", "type": "group", "affiliation": "b"}` + "\n" +
		`{"id": "b", "name": "B", "type": "group", "affiliation": "c"}` + "\n" +
		`{"id": "c", "name": "C", "type": "group"}` + "\n" + `{"id": "c", "affiliation": "a"}`, `my.jsonl:4: "c": affiliation cycle c -> a -> b -> c`},
	{"id that slugs to nothing", `{"id": "--", "name": "A", "type": "person"}`, `my.jsonl:1: id "--" is not lowercase`},
	{"long alias", `{"id": "a", "name": "A", "type": "person", "aliases": ["` + strings.Repeat("Very ", 33) + `"]}`, `my.jsonl:1: "a": name "Very Very`},
	{"long name", `{"id": "a", "name": "` + strings.Repeat("a ", 100) + `", "type": "person"}`, "has 100 tokens, limit 32"},
	{"long metonym", `{"id": "a", "metonyms": ["` + strings.Repeat("x-", 40) + `"]}`, "limit 32"},
	{"long line", `{"id": "a", "name": "A", "type": "person", "roles": ["` + strings.Repeat("x", 5<<20) + `"]}`, "my.jsonl:1: line longer than the limit of 4194304 bytes"},
}

func TestReadEntriesErrors(t *testing.T) {
	for _, tt := range readEntriesErrors {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadEntries(strings.NewReader(tt.input), "my.jsonl")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestKnowledgeWith(t *testing.T) {
	base := testKnowledge(t)
	entries, err := ReadEntries(strings.NewReader(`
# a company network, and a nickname for a known person
{"id": "halvorsen-shipping", "name": "Halvorsen Shipping", "type": "organization", "aliases": ["Halvorsen"], "affiliation": "norland"}
{"id": "ingrid-moe", "name": "Ingrid Moe", "type": "person", "affiliation": "halvorsen-shipping", "roles": ["Chief Executive"]}
{"id": "anna-kovac", "aliases": ["Madam K"]}
{"id": "piet-ostrander", "name": "Piet Ostrander", "type": "person", "affiliation": "norland"}
`), "custom.jsonl")
	require.NoError(t, err)
	k, err := base.With(entries...)
	require.NoError(t, err)

	got := mentionsOf(t, k, "Ingrid Moe of Halvorsen met Madam K and Piet Ostrander.")
	assert.Equal(t, []string{"ingrid-moe:Ingrid Moe", "halvorsen-shipping:Halvorsen", "anna-kovac:Madam K", "piet-ostrander:Piet Ostrander"}, got)
	kovac, _ := k.Entry("anna-kovac")
	assert.Equal(t, "Anna Kovac", kovac.Name, "an entry without name and type extends the known one")
	assert.Contains(t, kovac.Aliases, "Kovac")
	ostrander, _ := k.Entry("piet-ostrander")
	assert.Equal(t, "norland", ostrander.Affiliation, "a full entry replaces the known one")
	old, _ := base.Entry("piet-ostrander")
	assert.Equal(t, "ostmark", old.Affiliation, "With leaves the base unchanged")
	assert.Equal(t, []string{"Kovac", "Ana Kovač"}, mustEntry(t, base, "anna-kovac").Aliases)

	_, err = base.With(Entry{ID: "x", Name: "X", Type: Person, Affiliation: "nowhere"})
	assert.ErrorContains(t, err, `unknown affiliation "nowhere"`)
	_, err = base.With(Entry{ID: "new-one", Aliases: []string{"N"}})
	assert.ErrorContains(t, err, `"new-one": missing name`)
}

func mustEntry(t *testing.T, k *Knowledge, id string) Entry {
	t.Helper()
	e, ok := k.Entry(id)
	require.True(t, ok, id)
	return e
}

func TestReadEntriesAccepts(t *testing.T) {
	_, err := ReadEntries(strings.NewReader("\uFEFF"+`{"id": "a", "name": "A", "type": "group", "affiliation": "b"}`+"\n"+
		`{"id": "b", "name": "B", "type": "group", "affiliation": "a"}`+"\n"+
		`{"id": "b", "name": "B", "type": "group"}`+"\n"+
		`{"id": "a", "aliases": ["`+strings.TrimSpace(strings.Repeat("Very ", 32))+`"]}`+"\n"), "ok.jsonl")
	require.Error(t, err, "a cycle is an error even when a later line would break it")
	assert.ErrorContains(t, err, "ok.jsonl:2:")

	es, err := ReadEntries(strings.NewReader("\uFEFF"+`{"id": "a", "name": "A", "type": "group", "affiliation": "b"}`+"\n"+
		`{"id": "b", "name": "B", "type": "group"}`+"\n"+
		`{"id": "a", "aliases": ["`+strings.TrimSpace(strings.Repeat("Very ", 32))+`"]}`+"\n"), "ok.jsonl")
	require.NoError(t, err, "a byte-order mark, and an alias of 32 tokens")
	assert.Len(t, es, 3)
}

func TestReadEntriesTooLarge(t *testing.T) {
	r := &endless{}
	_, err := ReadEntries(r, "endless.jsonl")
	assert.ErrorContains(t, err, "endless.jsonl:1: line longer than the limit")
	assert.LessOrEqual(t, r.read, int64(2*maxKnowledgeLine), "reads stop at the limit")

	// Valid lines, more than the limit in all.
	line := "# " + strings.Repeat("x", 1<<20) + "\n"
	_, err = ReadEntries(io.MultiReader(strings.NewReader(`{"id": "a", "name": "A", "type": "group"}`+"\n"),
		strings.NewReader(strings.Repeat(line, MaxKnowledgeSize/len(line)+1))), "many.jsonl")
	require.ErrorIs(t, err, ErrTooLarge)
	assert.ErrorContains(t, err, "many.jsonl")

	p := filepath.Join(t.TempDir(), "big.jsonl")
	require.NoError(t, os.WriteFile(p, nil, 0o644))
	require.NoError(t, os.Truncate(p, 1<<30))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = LoadEntries(p)
	runtime.ReadMemStats(&after)
	require.ErrorIs(t, err, ErrTooLarge)
	assert.ErrorContains(t, err, p)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20), "refused from its size, unread")
}

func TestKnowledgeWithCycle(t *testing.T) {
	base := testKnowledge(t)
	_, err := base.With(Entry{ID: "x", Name: "X", Type: Group, Affiliation: "norland"}, Entry{ID: "norland", Affiliation: "x"})
	assert.ErrorContains(t, err, "affiliation cycle")
	_, err = NewKnowledge([]Entry{{ID: "x", Name: "X", Type: Group, Affiliation: "x"}})
	assert.ErrorContains(t, err, `"x": affiliated with itself`)
}

func TestLoadEntries(t *testing.T) {
	p := filepath.Join(t.TempDir(), "k.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(`{"id": "a", "name": "A", "type": "media"}`+"\n"), 0o644))
	es, err := LoadEntries(p)
	require.NoError(t, err)
	assert.Len(t, es, 1)
	_, err = LoadEntries(filepath.Join(t.TempDir(), "missing.jsonl"))
	assert.ErrorContains(t, err, "missing.jsonl")
}

func TestDefaultKnowledge(t *testing.T) {
	k := DefaultKnowledge()
	assert.Greater(t, k.Len(), 2000)
	for _, id := range []string{"united-states", "ukraine", "russia", "nato", "reuters", "volodymyr-zelensky", "us-congress"} {
		_, ok := k.Entry(id)
		assert.True(t, ok, id)
	}
	assert.True(t, k.given["Olga"], "given names are loaded")
	assert.NotEmpty(t, k.titles, "titles are loaded")
}

// affiliationChain returns a knowledge file of n organizations, each affiliated with the one
// on the line before.
func affiliationChain(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id": "o%d", "name": "Org %d", "type": "organization"`, i, i)
		if i > 0 {
			fmt.Fprintf(&b, `, "affiliation": "o%d"`, i-1)
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// TestAffiliationChainDepth: a chain of affiliations longer than maxAffiliationDepth is an
// error naming its line. Checking every line against chains of any length cost O(n²): 10,000
// such lines took 39 s.
func TestAffiliationChainDepth(t *testing.T) {
	es, err := ReadEntries(strings.NewReader(affiliationChain(maxAffiliationDepth+1)), "ok.jsonl")
	require.NoError(t, err)
	_, err = DefaultKnowledge().With(es...)
	require.NoError(t, err, "a chain of %d affiliations", maxAffiliationDepth)

	_, err = ReadEntries(strings.NewReader(affiliationChain(10000)), "deep.jsonl")
	assert.ErrorContains(t, err, fmt.Sprintf("deep.jsonl:%d:", maxAffiliationDepth+2))
	assert.ErrorContains(t, err, "chain of affiliations longer than")
}

func TestReadWords(t *testing.T) {
	// The embedded file has every class.
	for c, s := range wordSets {
		if len(s) == 0 {
			t.Errorf("class %s has no words", wordClassNames[c])
		}
	}
	if !sayingVerbs.has("said") || sayingVerbs.has("Said") || !clauseBreaks.has("—") {
		t.Errorf("saying verbs or clause breaks misread")
	}
	var all strings.Builder
	for _, n := range wordClassNames {
		all.WriteString("[" + n + "]\nw\n")
	}
	for _, c := range []struct{ text, want string }{
		{"w\n", "words before the first [class]"},
		{"[no_such_class]\nw\n", "unknown word class [no_such_class]"},
		{"[particles]\nbin\n[particles]\nibn\n", "word class [particles] again"},
		{"# only a comment\n[particles]\nbin\n", "no words for class not_names"},
	} {
		_, err := readWords(c.text, "w.txt")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("readWords(%q) = %v, want an error with %q", c.text, err, c.want)
		}
	}
	if _, err := readWords(all.String(), "w.txt"); err != nil {
		t.Errorf("every class with a word: %v", err)
	}
}

func TestReadKinds(t *testing.T) {
	var k Knowledge
	head := "kind\tcameo\tgoldstein\tpolarity\tplanned_cameo\tsymmetric\tto_outlet\n"
	if err := k.readKinds([]byte(head+"meet\t040\t1.0\t0\t036\tyes\tno\n"), "k.tsv"); err != nil {
		t.Fatal(err)
	}
	if m := k.kinds["meet"]; !m.symmetric || m.toOutlet || m.cameo != "040" || m.plannedCAMEO != "036" {
		t.Errorf("meet read as %+v", m)
	}
	for _, c := range []struct{ row, want string }{
		{"meet\t040\t1.0\t0\t036\n", "want 7 fields"},
		{"meet\t040\t1.0\t2\t036\tyes\tno\n", "bad goldstein or polarity"},
		{"meet\t040\t1.0\t0\t036\ttrue\tno\n", "symmetric and to_outlet are yes or no"},
	} {
		if err := k.readKinds([]byte(head+c.row), "k.tsv"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("readKinds(%q) = %v, want %q", c.row, err, c.want)
		}
	}
}

func TestReadOffices(t *testing.T) {
	var k Knowledge
	if err := k.readOffices([]byte("office\talso\nHead of State\tPresident\n"), "o.tsv"); err != nil {
		t.Fatal(err)
	}
	if got := k.officeSynonyms["head of state"]; len(got) != 1 || got[0] != "president" {
		t.Errorf("synonyms %v", got)
	}
	if err := k.readOffices([]byte("office\talso\nhead of state\n"), "o.tsv"); err == nil {
		t.Errorf("a row without a tab read")
	}
}

func TestParseRole(t *testing.T) {
	uk := Entry{ID: "united-kingdom", Name: "United Kingdom", Aliases: []string{"UK"}}
	for _, c := range []struct {
		role, office, from, until string
		ok                        bool
	}{
		{"Prime Minister of the United Kingdom", "Prime Minister", "", "", true},
		{"Prime Minister of the UK (until July 2025)", "Prime Minister", "", "2025-07", true},
		{"Foreign Secretary (from September 2025)", "Foreign Secretary", "2025-09", "", true},
		{"President (until January 20, 2025)", "President", "", "2025-01-20", true},
		{"Secretary of State", "Secretary of State", "", "", true},
		{"National Security Adviser (acting)", "National Security Adviser", "", "", true},
		{"CEO of the Direct Investment Fund (RDIF)", "CEO of the Direct Investment Fund (RDIF)", "", "", true},
		{"Former Prime Minister", "", "", "", false},
		{"Mayor-elect of London (elected November 2025)", "", "", "", false},
		{"Minister (until sometime)", "", "", "", false},
	} {
		office, from, until, ok := parseRole(c.role, uk)
		if office != c.office || from != c.from || until != c.until || ok != c.ok {
			t.Errorf("parseRole(%q) = %q %q %q %v, want %q %q %q %v", c.role, office, from, until, ok, c.office, c.from, c.until, c.ok)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"2025-07 (mid-July 2025; inferred)", "2025-07"}, {"2025-11-24T10:00:00Z", "2025-11-24"}, {"2025", "2025"},
		{"Nov. 24, 2025", ""}, {"", ""},
	} {
		if got := documentDate(c.in); got != c.want {
			t.Errorf("documentDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
