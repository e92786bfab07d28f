package report

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "folder")
	if err := Write(dir, "r.txt", func(w io.Writer) error {
		_, err := io.WriteString(w, "the report\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "r.txt"))
	if err != nil || string(b) != "the report\n" {
		t.Errorf("read back %q, %v", b, err)
	}
	// Without a folder, nothing is written.
	if err := Write("", "r.txt", func(io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
}
