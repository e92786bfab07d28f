package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("b/second.md", "Minister Ada Quillfeather met Bram Tollivant.")
	write("a/first.txt", "Bram Tollivant spoke.")
	write("a/.hidden.txt", "\x00\xff")
	write(".git/x.txt", "\x00\xff")
	write("a/notes.json", "{}")
	single := write("single.article", "Ada Quillfeather left.")

	docs, err := ReadFiles(dir, single)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, filepath.ToSlash(strings.TrimPrefix(d.Path, dir)))
	}
	want := []string{"/a/first.txt", "/b/second.md", "/single.article"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("read %v, want %v", got, want)
	}

	bad := write("c/scan.txt", "\x00\x01binary")
	if _, err := ReadFiles(dir); !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), bad) {
		t.Errorf("got %v, want ErrBinary naming %s", err, bad)
	}
	if _, err := ReadFiles(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("got %v, want an error naming missing.txt", err)
	}
}
