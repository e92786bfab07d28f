// Package atomicfile replaces files so that a reader sees the old contents or the new ones,
// never a mix, and a failure leaves the old file as it was.
//
// A file is written to a temporary file in the same directory (".NAME.tmp-RANDOM", hidden,
// so that tools reading a folder of articles skip it), flushed to disk with fsync, and
// renamed over the target; then the directory is synced, where the system allows it, so
// that the rename itself survives a crash. On any failure the temporary file is removed and
// the target is untouched: a full disk, a failing writer or a kill -9 before the rename
// leaves the old file byte for byte (a kill -9 may leave a stray hidden temporary file, never
// a torn target).
//
// # Permissions
//
// The new file keeps the permission bits of the file it replaces. A new file is created
// with mode 0644 less the process umask, as os.WriteFile(name, data, 0o644) would. Owner,
// extended attributes and hard links of the old file are not carried over: the target is a
// new inode.
//
// # Links and special files
//
// A symbolic link at the target is followed: the file it points to is replaced, through a
// temporary file in that file's directory, and the link stays. A target that exists and is
// not a regular file (a device, a named pipe) cannot be replaced by a rename and is not
// meant to be: it is opened and written directly, appending, without atomicity. So is any
// path under /dev or /proc, whatever it leads to: /dev/stdout is a link to the file a shell
// redirected standard output to, and "cmd -o /dev/stdout >> log" must add to log, not
// replace it.
//
// # Several files
//
// WriteAll replaces several files of one directory together: it writes and syncs every
// temporary file first and renames only when all were written, so a failure while writing
// leaves every old file in place. The renames themselves are separate steps, not one atomic
// one: a crash (or a failed rename) between two renames leaves the files renamed so far new
// and the others old. WriteAll renames in the order given, so callers list first the files
// that the later ones refer to (neo4j's actors.csv before relations.csv): a reader may then
// see new actors with old relations, never new relations that name actors the old actors
// file lacks.
package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// newFileMode is the mode of a file that did not exist, before the umask.
const newFileMode fs.FileMode = 0o644

// WriteFile replaces the file at path with data, atomically (see the package comment).
func WriteFile(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write replaces the file at path with what write writes, atomically (see the package
// comment). An error returned by write is returned as it is; other errors are
// *fs.PathError values naming path.
func Write(path string, write func(io.Writer) error) error {
	return WriteAll(filepath.Dir(path), File{Name: filepath.Base(path), Write: write})
}

// File is one file of those WriteAll writes: its name in the directory and the function
// that writes its contents.
type File struct {
	Name  string
	Write func(io.Writer) error
}

// WriteAll replaces the files in dir together, making dir and its parents if they are
// missing: it writes every file to a temporary file,
// and only when all were written and synced renames them over their targets, in the order
// given, then syncs dir. An error before the renames leaves every target as it was and no
// temporary file behind. The renames are not one atomic step: see the package comment for
// what a crash or a failed rename between them leaves. An error returned by a File's Write
// is returned as it is; other errors are *fs.PathError values naming the target.
func WriteAll(dir string, files ...File) error {
	// A folder that does not exist yet is made, as -o promises everywhere.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		target := dir
		if len(files) > 0 {
			target = filepath.Join(dir, files[0].Name) // errors name the target
		}
		return &fs.PathError{Op: "create folder for", Path: target, Err: unwrapPath(err)}
	}
	temps := make([]string, 0, len(files))
	defer func() {
		for _, t := range temps {
			if t != "" {
				os.Remove(t)
			}
		}
	}()
	targets := make([]string, len(files)) // as the caller names them, for errors
	real := make([]string, len(files))    // where the file is replaced: links followed
	special := make([]bool, len(files))
	for i, f := range files {
		targets[i] = filepath.Join(dir, f.Name)
		real[i] = targets[i]
		if systemFile(targets[i]) {
			special[i] = true // /dev/stdout leads to the file the shell redirected to: write it, never replace it
			continue
		}
		if fi, err := os.Lstat(targets[i]); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
			if p, err := filepath.EvalSymlinks(targets[i]); err == nil {
				real[i] = p
			}
		}
		fi, err := os.Stat(real[i])
		switch {
		case err != nil:
		case fi.IsDir():
			// It would make the rename fail after others were done.
			return &fs.PathError{Op: "write", Path: targets[i], Err: syscall.EISDIR}
		case !fi.Mode().IsRegular():
			special[i] = true
		}
	}
	for i, f := range files {
		if special[i] {
			continue
		}
		tmp, err := writeTemp(real[i], targets[i], f.Write)
		if tmp != "" {
			temps = append(temps, tmp)
		}
		if err != nil {
			return err
		}
	}
	renamed := 0
	for i := range files {
		if special[i] {
			if err := writeSpecial(targets[i], files[i].Write); err != nil {
				return err
			}
			continue
		}
		if err := os.Rename(temps[renamed], real[i]); err != nil {
			return &fs.PathError{Op: "rename", Path: targets[i], Err: unwrapPath(err)}
		}
		temps[renamed] = "" // renamed: nothing to remove
		renamed++
		if err := syncDir(filepath.Dir(real[i])); err != nil {
			return &fs.PathError{Op: "sync", Path: filepath.Dir(real[i]), Err: err}
		}
	}
	return nil
}

// systemFile reports whether path names a file of the system's device or process trees
// (/dev/stdout, /dev/fd/1, /proc/self/fd/1): those lead, through links, to a terminal, a pipe
// or the file a shell redirected a stream to, which must be written, not replaced.
func systemFile(path string) bool {
	if runtime.GOOS == "windows" {
		return false
	}
	p := filepath.Clean(path)
	return strings.HasPrefix(p, "/dev/") || strings.HasPrefix(p, "/proc/")
}

// writeSpecial writes to a target that is not a regular file, such as a device or a pipe.
// It appends, so that a stream a shell redirected with >> keeps what it held (a file
// redirected with > is empty already, and a device or pipe has no end to append to).
func writeSpecial(target string, write func(io.Writer) error) error {
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return &fs.PathError{Op: "write", Path: target, Err: unwrapPath(err)}
	}
	if err := write(targetWriter{f, target}); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return &fs.PathError{Op: "close", Path: target, Err: unwrapPath(err)}
	}
	return nil
}

// writeTemp writes a temporary file beside real, the file to replace, and syncs it; errors
// name target, the file as the caller named it. It returns the temporary file's name
// whenever one was created, also on error, so that the caller removes it.
func writeTemp(real, target string, write func(io.Writer) error) (string, error) {
	mode, keep := newFileMode, false
	if fi, err := os.Stat(real); err == nil && fi.Mode().IsRegular() {
		mode, keep = fi.Mode().Perm(), true
	}
	f, err := createTemp(real)
	if err != nil {
		return "", &fs.PathError{Op: "write", Path: target, Err: unwrapPath(err)}
	}
	tmp := f.Name()
	fail := func(op string, err error) (string, error) {
		f.Close()
		return tmp, &fs.PathError{Op: op, Path: target, Err: unwrapPath(err)}
	}
	if keep {
		// Chmod, not the mode given to OpenFile: that one is masked by the umask, and the
		// old file's bits are what the user chose.
		if err := f.Chmod(mode); err != nil {
			return fail("chmod", err)
		}
	}
	if err := write(targetWriter{f, target}); err != nil {
		f.Close()
		return tmp, err
	}
	if err := f.Sync(); err != nil {
		return fail("sync", err)
	}
	if err := f.Close(); err != nil {
		return tmp, &fs.PathError{Op: "close", Path: target, Err: unwrapPath(err)}
	}
	return tmp, nil
}

// targetWriter writes to a temporary file, and names the target in its errors: the
// temporary file's name would only puzzle the user.
type targetWriter struct {
	f      *os.File
	target string
}

func (w targetWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil {
		err = &fs.PathError{Op: "write", Path: w.target, Err: unwrapPath(err)}
	}
	return n, err
}

// createTemp creates a new file ".BASE.tmp-RANDOM" in the directory of target with mode
// newFileMode, which the kernel masks with the umask, as os.WriteFile's mode is.
// (os.CreateTemp would create it 0600.)
func createTemp(target string) (*os.File, error) {
	dir, base := filepath.Split(target)
	for try := 0; ; try++ {
		name := filepath.Join(dir, "."+base+".tmp-"+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, newFileMode)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		return f, err
	}
}

// syncDir flushes the directory entry of a rename to disk. Windows cannot open a directory
// for syncing, and some file systems refuse to sync one (EINVAL): there it does nothing.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return nil // the rename is done; a directory we cannot open cannot be synced
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, errors.ErrUnsupported) {
		return unwrapPath(err)
	}
	return nil
}

// unwrapPath drops the operation and path of a *fs.PathError, which name the temporary file
// rather than the target.
func unwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}
