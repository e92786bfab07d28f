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

// folder is a user's folder of made-up articles, nested, with a binary file among them.
var folder = map[string][]byte{
	"harbour/one.txt": []byte("date: 2026-04-01\n\n" +
		"Minister Ada Quillfeather met Governor Bram Tollivant in Port Esker on Tuesday. " +
		"Quillfeather thanked Tollivant for the new harbour deal.\n"),
	"harbour/budget/two.md": []byte("Governor Bram Tollivant criticized Senator Cleo Marwick over the harbour budget. " +
		"Marwick later met Minister Ada Quillfeather.\n"),
	"harbour/scan.txt":  {0x00, 0xff},
	"harbour/photo.jpg": {0xff, 0xd8, 0xff}, // not an article: not read, not reported
}

// TestFolder analyses the folder and checks what it prints, what it skips and what it writes.
func TestFolder(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	for name, data := range folder {
		path := filepath.Join(in, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), &stdout, &stderr, out, 10, in); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(stderr.String()); !strings.Contains(got, "scan.txt") || strings.Count(got, "\n") != 0 {
		t.Errorf("stderr is %q, want one line reporting scan.txt", got)
	}
	if strings.Contains(stderr.String(), "photo.jpg") {
		t.Errorf("stderr reports photo.jpg, which is not an article: %q", stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "2 articles") {
		t.Errorf("output starts %q, want the two articles counted", strings.SplitN(stdout.String(), "\n", 2)[0])
	}
	for _, name := range []string{"Ada Quillfeather", "Bram Tollivant", "Cleo Marwick"} {
		if !strings.Contains(stdout.String(), name) {
			t.Errorf("output does not list %s:\n%s", name, stdout.String())
		}
	}
	if !strings.Contains(stdout.String(), "person") {
		t.Errorf("output gives no actor types:\n%s", stdout.String())
	}

	svg, err := os.ReadFile(filepath.Join(out, "actors.svg"))
	if err != nil {
		t.Fatal(err)
	}
	texts, err := svgtext.Texts(svg)
	if err != nil {
		t.Fatalf("actors.svg is not XML: %v", err)
	}
	if !strings.Contains(strings.Join(texts, "\n"), "Cleo Marwick") {
		t.Errorf("actors.svg does not draw Cleo Marwick; its texts are %q", texts)
	}
	page, err := os.ReadFile(filepath.Join(out, "explorer.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(page, []byte("<!DOCTYPE html>")) || !bytes.Contains(page, []byte("Ada Quillfeather")) {
		t.Error("explorer.html is not an HTML page about the articles")
	}
}

// TestFolderNone checks that without a folder the example analyses the bundled articles and
// says so.
func TestFolderNone(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), &stdout, &stderr, t.TempDir(), 5, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "bundled") {
		t.Errorf("stderr is %q, want it to say the bundled articles are used", stderr.String())
	}
	if !strings.Contains(stdout.String(), "Volodymyr Zelensky") {
		t.Errorf("output does not list Volodymyr Zelensky:\n%s", stdout.String())
	}
}

// TestFolderEmpty checks that a folder with no readable article is an error.
func TestFolderEmpty(t *testing.T) {
	in := t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), &stdout, &stderr, t.TempDir(), 5, in); err == nil {
		t.Errorf("no error for a folder without articles; output:\n%s", stdout.String())
	}
}
