package extract

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
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

func TestReadFilesLinksAndSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	write := func(p, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "a.txt"), "Bram Tollivant spoke.")
	write(filepath.Join(outside, "kept.txt"), "Ada Quillfeather left.")
	write(filepath.Join(outside, "sub", "deep.txt"), "Ada Quillfeather came back.")
	link := filepath.Join(dir, "linked.txt")
	if err := os.Symlink(filepath.Join(outside, "kept.txt"), link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	dirLink := filepath.Join(dir, "loop.md")
	if err := os.Symlink(dir, dirLink); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("unix", filepath.Join(dir, "socket.txt"))
	if err != nil {
		t.Skipf("no Unix sockets here: %v", err)
	}
	defer ln.Close()

	docs, err := ReadFiles(dir)
	var skipped *SkippedError
	if !errors.As(err, &skipped) {
		t.Fatalf("got error %v, want a *SkippedError", err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, filepath.Base(d.Path))
	}
	if want := []string{"a.txt", "linked.txt"}; !slices.Equal(got, want) {
		t.Errorf("read %v, want %v: a link to a file is followed", got, want)
	}
	if len(skipped.Files) != 2 ||
		skipped.Files[0].Path != dirLink || !errors.Is(skipped.Files[0].Err, ErrLinkToDirectory) ||
		skipped.Files[1].Path != filepath.Join(dir, "socket.txt") || !errors.Is(skipped.Files[1].Err, ErrSpecialFile) {
		t.Errorf("skipped %+v, want the link to a directory and the socket", skipped.Files)
	}
	if msg := err.Error(); !strings.Contains(msg, "socket.txt") || !strings.Contains(msg, "loop.md") {
		t.Errorf("error %q does not name the skipped files", msg)
	}

	broken := filepath.Join(dir, "broken.txt")
	if err := os.Symlink(filepath.Join(outside, "gone.txt"), broken); err != nil {
		t.Fatal(err)
	}
	// A file that cannot be read is an error of the list, naming it; the others are read,
	// and the skipped entries come last.
	docs, err = ReadFiles(dir)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 2 || !strings.Contains(list[0].Error(), broken) || len(docs) != 2 {
		t.Fatalf("got %d documents and %v, want 2 and an error list naming the broken link %s", len(docs), err, broken)
	}
	if _, ok := list[1].(*SkippedError); !ok {
		t.Errorf("last error %v, want the *SkippedError", list[1])
	}
}

func TestReadFilesTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 1<<30); err != nil { // sparse: no disk, and no memory if refused unread
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := ReadFiles(dir)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), big) {
		t.Errorf("got %v, want ErrTooLarge naming %s", err, big)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 2*MaxDocumentSize {
		t.Errorf("allocated %d bytes to refuse a file of 1 GiB, want at most %d", alloc, 2*MaxDocumentSize)
	}
}

// TestReadFilesLinkedDirectory: a directory given through a symbolic link is read, its
// documents named under the link; before, ReadFiles returned no document and no error.
func TestReadFilesLinkedDirectory(t *testing.T) {
	real, dir := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(real, "a.txt"), []byte("Bram Tollivant spoke."), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "articles")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	docs, err := ReadFiles(link)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Path != filepath.Join(link, "a.txt") {
		var paths []string
		for _, d := range docs {
			paths = append(paths, d.Path)
		}
		t.Errorf("read %q, want %q", paths, filepath.Join(link, "a.txt"))
	}
}
