package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ReadFiles reads the articles at paths: plain-text articles with ReadFrom, so each is read
// only up to MaxDocumentSize; JSON Lines files (*.jsonl, one article a line) with
// ReadJSONLines; CSV files (*.csv, one article a row under a header row, never prose) with
// ReadCSV; the fields of their records by their usual names (see Fields). A path may be a
// file, read whatever its name and whatever its kind (a named pipe such as bash's <(...) is
// read, and blocks until it is written), or a directory, whose *.txt, *.md, *.jsonl and
// *.csv files are read, recursively and sorted by path, skipping hidden files and
// directories. "-" is standard input (see Reader, whose zero value ReadFiles is).
//
// A file or record that cannot be read does not stop the reading: ReadFiles returns every
// document it could read together with an ErrorList of every one it could not, each error
// naming its file (and line or row). A caller may stop, or go on with what was read.
//
// In a directory, a symbolic link named like an article is followed when it leads to a
// regular file, and read under the link's path; a broken or looping link is a file that
// cannot be read. Links to directories are not followed (so a link cannot make the walk
// loop), and special files (named pipes, sockets, devices) are never opened, as one could
// block forever. Such entries are not dropped silently: when everything else was read,
// ReadFiles returns the documents together with a *SkippedError that lists them; when some
// files could not be read either, the *SkippedError is the last error of the ErrorList.
func ReadFiles(paths ...string) ([]*Document, error) { return Reader{}.ReadAll(paths...) }

// ArticleFiles returns the files under dir whose extension is one of exts (".txt"; letter
// case ignored), recursively and sorted by path, skipping hidden files and directories (names
// that start with "."), and the entries named like articles that it leaves out: symbolic
// links to directories, which are not followed (so that a walk cannot loop or leave the
// tree), and special files (named pipes, sockets, devices), which are never opened, as one
// could block forever. A symbolic link to a file is listed: it reads as the file. dir itself
// may be a symbolic link to a directory; paths are given under dir's name.
func ArticleFiles(dir string, exts ...string) (files []string, skipped []SkippedFile, err error) {
	root := dir
	if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if root, err = filepath.EvalSymlinks(dir); err != nil {
			return nil, nil, fmt.Errorf("extract: read directory %q: %w", dir, err)
		}
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if root != dir {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			path = filepath.Join(dir, rel)
		}
		hidden := path != dir && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir
		case d.IsDir() || hidden || !slices.ContainsFunc(exts, func(e string) bool { return strings.EqualFold(e, filepath.Ext(path)) }):
			return nil
		}
		if err := fileKind(path, d.Type()); err != nil {
			skipped = append(skipped, SkippedFile{Path: path, Err: err})
			return nil
		}
		files = append(files, path)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("extract: read directory %q: %w", dir, err)
	}
	slices.Sort(files)
	return files, skipped, nil
}

// Errors that a SkippedFile wraps.
var (
	// ErrSpecialFile is a named pipe, socket or device met in a directory: it is not
	// opened, since reading it could block forever or never end.
	ErrSpecialFile = errors.New("not a regular file")
	// ErrLinkToDirectory is a symbolic link to a directory met in a directory: it is not
	// followed, so that links cannot make a walk loop or leave the tree.
	ErrLinkToDirectory = errors.New("a symbolic link to a directory, not followed")
)

// fileKind reports why the directory entry at path, of type typ, is not read as an
// article, or nil if it is: a regular file, a symbolic link to one, or a link that cannot
// be resolved (which then fails, naming it, when it is read).
func fileKind(path string, typ fs.FileMode) error {
	if typ&fs.ModeSymlink != 0 {
		fi, err := os.Stat(path)
		if err != nil {
			return nil // broken or looping: reading it reports why
		}
		if fi.IsDir() {
			return ErrLinkToDirectory
		}
		typ = fi.Mode().Type()
	}
	if !typ.IsRegular() {
		return specialFileError(specialKind(typ))
	}
	return nil
}

// specialFileError says what kind of special file was not opened ("a named pipe, not
// opened"), and wraps ErrSpecialFile.
type specialFileError string

func (e specialFileError) Error() string { return string(e) + ", not opened" }
func (e specialFileError) Unwrap() error { return ErrSpecialFile }

// specialKind names the kind of a special file.
func specialKind(typ fs.FileMode) string {
	switch {
	case typ&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case typ&fs.ModeSocket != 0:
		return "a socket"
	case typ&fs.ModeDevice != 0 || typ&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "an irregular file"
}

// SkippedFile is an entry of a directory, named like an article, that ReadFiles did not
// read, and why: Err wraps ErrSpecialFile or ErrLinkToDirectory.
type SkippedFile struct {
	Path string
	Err  error
}

// SkippedError is returned by ReadFiles, together with the documents it read, when it
// skipped entries named like articles. Files are in the order of the walk: by argument,
// then by path.
type SkippedError struct {
	Files []SkippedFile
}

func (e *SkippedError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "extract: skipped %d file(s):", len(e.Files))
	for _, f := range e.Files {
		fmt.Fprintf(&b, " %q (%v);", f.Path, f.Err)
	}
	return strings.TrimSuffix(b.String(), ";")
}
