package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCentrality(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, 5, nil); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 6 {
		t.Fatalf("got %d lines, want a header and 5 actors:\n%s", len(lines), out.String())
	}
	for _, m := range []string{"degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "strength"} {
		if !strings.Contains(lines[0], m) {
			t.Errorf("header %q lacks %s", lines[0], m)
		}
	}
	// Every row holds a name and one value per measure.
	for _, l := range lines[1:] {
		if f := strings.Fields(l); len(f) < 8 {
			t.Errorf("row %q has %d fields, want a name and 7 values", l, len(f))
		}
	}
}

// TestCentralitySkipsLinkedFolder: a folder whose link to another folder ReadFiles skips is
// still read; the skip is reported, not fatal.
func TestCentralitySkipsLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Anna Kovac met Marta Lind in Geneva.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(t.TempDir(), filepath.Join(dir, "linked.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	var out bytes.Buffer
	if err := run(&out, 5, []string{dir}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Anna Kovac") {
		t.Errorf("output lacks Anna Kovac:\n%s", out.String())
	}
}
