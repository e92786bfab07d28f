package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplorer writes the page for the sample articles and checks that it is an HTML page
// about them.
func TestExplorer(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(&out, dir, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "explorer.html")
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(page, []byte("<!DOCTYPE html>")) {
		t.Errorf("explorer.html starts with %q, want <!DOCTYPE html>", page[:min(40, len(page))])
	}
	if !bytes.Contains(page, []byte("Zelensky")) {
		t.Error("explorer.html does not mention Zelensky, whom both sample articles are about")
	}
	if !strings.Contains(out.String(), path) || !strings.Contains(out.String(), "file://") {
		t.Errorf("output does not say where the page is and how to open it:\n%s", out.String())
	}
}
