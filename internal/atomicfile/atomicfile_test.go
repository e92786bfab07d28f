package atomicfile_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

var errDiskFull = errors.New("disk full")

// halfWriter writes the first half of its data, then fails, as a full disk does.
func halfWriter(data string) func(io.Writer) error {
	return func(w io.Writer) error {
		if _, err := io.WriteString(w, data[:len(data)/2]); err != nil {
			return err
		}
		return errDiskFull
	}
}

func writeString(data string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, data)
		return err
	}
}

// names lists the directory's entries, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	if err := atomicfile.WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "new" {
		t.Errorf("got %q, want %q", got, "new")
	}
	// A new file gets the mode os.WriteFile(…, 0o644) gives, the umask applied.
	ref := filepath.Join(dir, "ref")
	if err := os.WriteFile(ref, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.Stat(path)
	want, _ := os.Stat(ref)
	if got.Mode() != want.Mode() {
		t.Errorf("new file: got mode %v, want %v as os.WriteFile gives", got.Mode(), want.Mode())
	}
	if got := names(t, dir); !slices.Equal(got, []string{"out.txt", "ref"}) {
		t.Errorf("got files %q, want only out.txt and ref", got)
	}
}

func TestWriteFileKeepsMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil { // bits the umask would have masked: 0640 is kept as is
		t.Fatal(err)
	}
	if err := atomicfile.WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != 0o640 {
		t.Errorf("got mode %v, want the old file's -rw-r-----", got)
	}
	if got := readFile(t, path); got != "new" {
		t.Errorf("got %q, want %q", got, "new")
	}
}

// failures are writes that fail before the rename: each must leave the old file byte for
// byte and no temporary file.
var failures = []struct {
	name  string
	write func(io.Writer) error
	want  error
}{
	{"writer fails at once", func(io.Writer) error { return errDiskFull }, errDiskFull},
	{"writer fails half-way", halfWriter("a long new text that is cut in the middle"), errDiskFull},
}

func TestWriteFailureKeepsOldFile(t *testing.T) {
	const old = "old contents\x00\xff\n"
	for _, tt := range failures {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.graphml")
			if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
				t.Fatal(err)
			}
			err := atomicfile.Write(path, tt.write)
			if !errors.Is(err, tt.want) {
				t.Errorf("got error %v, want %v", err, tt.want)
			}
			if got := readFile(t, path); got != old {
				t.Errorf("old file: got %q, want %q", got, old)
			}
			if got := names(t, dir); !slices.Equal(got, []string{"out.graphml"}) {
				t.Errorf("got files %q, want only out.graphml", got)
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, path string }{
		{"target is a directory", sub},
		{"a file where a folder should be", filepath.Join(file, "out.txt")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := atomicfile.WriteFile(tt.path, []byte("new"))
			pe, ok := errors.AsType[*fs.PathError](err)
			if !ok || pe.Path != tt.path {
				t.Errorf("got error %v, want a *fs.PathError naming %q", err, tt.path)
			}
			if err != nil && strings.Contains(err.Error(), ".tmp-") {
				t.Errorf("error %q names the temporary file", err)
			}
		})
	}
	if got := names(t, dir); !slices.Equal(got, []string{"file", "sub"}) {
		t.Errorf("got files %q, want only file and sub", got)
	}
}

// TestWriteMakesFolders checks that a missing folder, and its parents, are made.
func TestWriteMakesFolders(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "out.txt")
	if err := atomicfile.WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "new" {
		t.Errorf("read back %q, %v", b, err)
	}
}

// TestWriteAllTogether checks that when the second of two files cannot be written, the
// first keeps its old contents too.
func TestWriteAllTogether(t *testing.T) {
	for _, tt := range []struct {
		name      string
		relations func(io.Writer) error
		dirTarget bool // relations.csv is a directory, which a rename could not replace
	}{
		{name: "second writer fails half-way", relations: halfWriter("x,y\n1,2\n")},
		{name: "second target is a directory", relations: writeString("new"), dirTarget: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			actors := filepath.Join(dir, "actors.csv")
			if err := os.WriteFile(actors, []byte("old actors"), 0o644); err != nil {
				t.Fatal(err)
			}
			relations := filepath.Join(dir, "relations.csv")
			var err error
			if tt.dirTarget {
				err = os.Mkdir(relations, 0o755)
			} else {
				err = os.WriteFile(relations, []byte("old relations"), 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
			err = atomicfile.WriteAll(dir,
				atomicfile.File{Name: "actors.csv", Write: writeString("new actors")},
				atomicfile.File{Name: "relations.csv", Write: tt.relations})
			if err == nil {
				t.Fatal("got no error")
			}
			if got := readFile(t, actors); got != "old actors" {
				t.Errorf("actors.csv: got %q, want the old contents", got)
			}
			if !tt.dirTarget {
				if got := readFile(t, relations); got != "old relations" {
					t.Errorf("relations.csv: got %q, want the old contents", got)
				}
			}
			if got := names(t, dir); !slices.Equal(got, []string{"actors.csv", "relations.csv"}) {
				t.Errorf("got files %q, want only actors.csv and relations.csv", got)
			}
		})
	}
}

func TestWriteAll(t *testing.T) {
	dir := t.TempDir()
	err := atomicfile.WriteAll(dir,
		atomicfile.File{Name: "a.csv", Write: writeString("A")},
		atomicfile.File{Name: "b.csv", Write: writeString("B")})
	if err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, filepath.Join(dir, "a.csv")) + readFile(t, filepath.Join(dir, "b.csv")); got != "AB" {
		t.Errorf("got %q, want %q", got, "AB")
	}
	if got := names(t, dir); !slices.Equal(got, []string{"a.csv", "b.csv"}) {
		t.Errorf("got files %q, want a.csv and b.csv", got)
	}
}

// TestWriteFollowsLinks checks that a symbolic link at the target stays a link, and the file
// it points to is replaced.
func TestWriteFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(real, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.txt", link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := atomicfile.WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("link.txt is no longer a link: %v, %v", fi, err)
	}
	if got := readFile(t, real); got != "new" {
		t.Errorf("real.txt: got %q, want %q", got, "new")
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o600 {
		t.Errorf("real.txt: got mode %v, want the old -rw-------", fi.Mode().Perm())
	}
	if got := names(t, dir); !slices.Equal(got, []string{"link.txt", "real.txt"}) {
		t.Errorf("got files %q, want link.txt and real.txt", got)
	}
}

// TestWriteDevice checks that a device such as /dev/null (or /dev/stdout) is written, not
// replaced by a regular file.
func TestWriteDevice(t *testing.T) {
	const dev = "/dev/null"
	fi, err := os.Stat(dev)
	if err != nil || fi.Mode()&fs.ModeDevice == 0 {
		t.Skip("no", dev)
	}
	if err := atomicfile.WriteFile(dev, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(dev); err != nil || fi.Mode()&fs.ModeDevice == 0 {
		t.Errorf("%s is no longer a device: %v, %v", dev, fi, err)
	}
}

// TestDevStdoutAppends: /dev/stdout leads, through links, to the file a shell redirected
// standard output to; writing it adds to that file, as >> asks, instead of replacing it.
func TestDevStdoutAppends(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs /proc/self/fd")
	}
	log := filepath.Join(t.TempDir(), "log.txt")
	if err := os.WriteFile(log, []byte("old line\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A child process whose standard output is log, opened for appending as >> opens it.
	f, err := os.OpenFile(log, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cmd := exec.Command(os.Args[0], "-test.run", "^TestHelperWriteDevStdout$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_HELPER=1")
	cmd.Stdout = f
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("helper: %v\n%s", err, stderr.String())
	}
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "old line\nnew line\n") {
		t.Errorf("log holds %q, want the old line, then the new", b)
	}
}

// TestHelperWriteDevStdout writes "new line" to /dev/stdout with WriteFile, when run by
// TestDevStdoutAppends.
func TestHelperWriteDevStdout(t *testing.T) {
	if os.Getenv("ATOMICFILE_HELPER") != "1" {
		t.Skip("run by TestDevStdoutAppends")
	}
	if err := atomicfile.WriteFile("/dev/stdout", []byte("new line\n")); err != nil {
		t.Fatal(err)
	}
}
