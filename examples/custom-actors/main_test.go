package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCustomActors(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, "", nil); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		// Actors that only the example's knowledge file knows, with their affiliations.
		"Halvorsen Shipping             organization norway",
		"Ingrid Moe                     person       halvorsen-shipping   2 mention(s)",
		"Baltic Feeder Lines            organization estonia              3 mention(s)", // one in the title
		// A known person reached through a spelling the file adds.
		"Jonas Gahr Støre               person       norway",
		"halvorsen-shipping -- ingrid-moe (1)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}

func TestCustomActorsBadKnowledge(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(p, []byte("{\"id\": \"ok\", \"name\": \"OK\", \"type\": \"media\"}\n{\"id\": \"x\", \"type\": \"ship\", \"name\": \"X\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(&bytes.Buffer{}, p, nil)
	if err == nil || !strings.Contains(err.Error(), "bad.jsonl:2") {
		t.Errorf("got %v, want an error naming bad.jsonl:2", err)
	}
}
