package extract

import (
	"os"
	"path/filepath"
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
