package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/svgtext"
)

// TestNotebook runs the program's steps into a temporary directory and checks the tables
// and the three drawings.
func TestNotebook(t *testing.T) {
	dir := t.TempDir()
	var stdout bytes.Buffer
	if err := run(context.Background(), &stdout, dir); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Documents", "## Actors", "## Ranking", "News.Az", "Kyiv Independent", "Zelenskyy"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	for _, name := range []string{"analysis.svg", "top.svg"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		texts, err := svgtext.Texts(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(strings.Join(texts, "\n"), "Zelensky") {
			t.Errorf("%s does not show Zelensky: %q", name, texts)
		}
	}
	html, err := os.ReadFile(filepath.Join(dir, "explorer.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(bytes.TrimSpace(bytes.ToLower(html)), []byte("<!doctype html")) || !bytes.Contains(html, []byte("Zelensky")) {
		t.Errorf("explorer.html is not a page about Zelensky (%d bytes)", len(html))
	}
}
