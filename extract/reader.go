package extract

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// A Reader reads articles from files, directories, JSON Lines, CSV and standard input, one
// document at a time: the one reader of the package, that ReadFiles, the actorgraph command
// and the examples use. Its zero value reads files and directories as ReadFiles documents,
// the fields of records by their usual names, and "-" from os.Stdin.
type Reader struct {
	// Fields names the fields of JSON Lines and CSV records; its zero value takes their
	// usual names (see Fields).
	Fields Fields

	// Stdin is what the path "-" reads; nil means os.Stdin.
	Stdin io.Reader

	// StdinFormat is the format of "-": "text" (one article), "jsonl" or "csv". Empty
	// means JSON Lines if its first byte, after white space and a byte-order mark, is "{",
	// and one article otherwise: CSV is never guessed, as a CSV file is never read as prose
	// by its name, and a pipe has none.
	StdinFormat string

	// Open, if not nil, opens a file in place of os.Open: the actorgraph command's says on
	// its terminal when a named pipe keeps it waiting.
	Open func(path string) (io.ReadCloser, error)
}

// StdinName names standard input in documents and errors.
const StdinName = "stdin"

// stdinSniff is how much of standard input is looked at to tell JSON Lines from an article.
const stdinSniff = 4 << 10

// Expand returns the inputs that paths name: each directory replaced by the article files
// under it (*.txt, *.md, *.jsonl and *.csv, as ArticleFiles lists them), other paths as they
// are (a missing file is an error when it is read), and the entries of the directories that
// are not read. "-" (standard input) is kept once. A directory that cannot be walked, or a
// second "-", is an error of the returned ErrorList, and the other paths are expanded all
// the same.
func (r Reader) Expand(paths []string) (files []string, skipped []SkippedFile, err error) {
	var errs ErrorList
	stdin := false
	for _, p := range paths {
		if p == "-" {
			if stdin {
				errs = append(errs, errors.New("extract: standard input (-) given more than once"))
				continue
			}
			stdin = true
		}
		if fi, err := os.Stat(p); p == "-" || err != nil || !fi.IsDir() {
			files = append(files, p)
			continue
		}
		more, skips, err := ArticleFiles(p, ".txt", ".md", ".jsonl", ".csv")
		if err != nil {
			errs = append(errs, err)
			continue
		}
		files = append(files, more...)
		skipped = append(skipped, skips...)
	}
	return files, skipped, errs.Err()
}

// ReadPath reads one input: "-" for standard input, or a file by its name: JSON Lines
// (*.jsonl), CSV with a header row (*.csv, never read as prose), or one plain-text article
// (any other name; named pipes and devices are read too, and may block). It calls add with
// each document or each error of one record, in input order (a CSV file's documents first,
// then the errors of its rows), and stops at the first error add returns, which it returns.
// An input that cannot be opened or read is add's error too, so that a caller collects every
// failure in one place; ReadPath returns only add's.
func (r Reader) ReadPath(path string, add func(*Document, error) error) error {
	var err error
	if path == "-" {
		err = r.readStdin(add)
	} else {
		err = r.readFile(path, add)
	}
	var stop stopError
	switch {
	case errors.As(err, &stop):
		return stop.err
	case err != nil:
		return add(nil, err)
	}
	return nil
}

// stopError carries the error of add that ended a reading, which ReadPath returns as it is.
type stopError struct{ err error }

func (e stopError) Error() string { return e.err.Error() }

// stopping wraps add so that its errors are told from the input's.
func stopping(add func(*Document, error) error) func(*Document, error) error {
	return func(d *Document, err error) error {
		if e := add(d, err); e != nil {
			return stopError{e}
		}
		return nil
	}
}

func (r Reader) readStdin(add func(*Document, error) error) error {
	in := r.Stdin
	if in == nil {
		in = os.Stdin
	}
	switch r.StdinFormat {
	case "jsonl":
		return ReadJSONLines(StdinName, in, r.Fields, stopping(add))
	case "csv":
		return readCSV(StdinName, in, r.Fields, stopping(add))
	case "text":
		return stopping(add)(ReadFrom(StdinName, in))
	case "":
	default:
		return fmt.Errorf("extract: unknown format %q of standard input (want text, jsonl or csv)", r.StdinFormat)
	}
	br := bufio.NewReaderSize(in, stdinSniff)
	head, err := br.Peek(stdinSniff)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("extract: read %q: %w", StdinName, err)
	}
	if bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n\uFEFF"), []byte("{")) {
		return ReadJSONLines(StdinName, br, r.Fields, stopping(add))
	}
	return stopping(add)(ReadFrom(StdinName, br))
}

func (r Reader) readFile(path string, add func(*Document, error) error) error {
	open := r.Open
	if open == nil {
		open = func(path string) (io.ReadCloser, error) { return os.Open(path) }
	}
	f, err := open(path)
	if err != nil {
		if !strings.Contains(err.Error(), path) {
			err = fmt.Errorf("read %q: %w", path, err)
		}
		return fmt.Errorf("extract: %w", err)
	}
	defer f.Close()
	switch {
	case strings.EqualFold(filepath.Ext(path), ".jsonl"):
		return ReadJSONLines(path, f, r.Fields, stopping(add))
	case strings.EqualFold(filepath.Ext(path), ".csv"):
		return readCSV(path, f, r.Fields, stopping(add))
	}
	return stopping(add)(ReadFrom(path, f))
}

// readCSV reads a CSV file with ReadCSV and calls add with its documents, then with the
// errors of its rows.
func readCSV(name string, in io.Reader, f Fields, add func(*Document, error) error) error {
	docs, err := ReadCSV(name, in, f)
	for _, d := range docs {
		if err := add(d, nil); err != nil {
			return err
		}
	}
	list, ok := err.(ErrorList)
	if !ok {
		return err
	}
	for _, e := range list {
		if err := add(nil, e); err != nil {
			return err
		}
	}
	return nil
}

// ReadAll reads the inputs that paths name (see Expand and ReadPath) and returns every
// document it could read, in order, with an ErrorList of every input or record it could not,
// each error naming its file (and line or row); a *SkippedError listing the directory
// entries not read comes last.
func (r Reader) ReadAll(paths ...string) ([]*Document, error) {
	files, skipped, err := r.Expand(paths)
	var errs ErrorList
	if list, ok := err.(ErrorList); ok {
		errs = append(errs, list...)
	}
	var docs []*Document
	for _, p := range files {
		r.ReadPath(p, func(d *Document, err error) error {
			if err != nil {
				errs = append(errs, err)
			} else {
				docs = append(docs, d)
			}
			return nil
		})
	}
	if len(skipped) > 0 {
		if len(errs) == 0 {
			return docs, &SkippedError{Files: skipped}
		}
		errs = append(errs, &SkippedError{Files: skipped})
	}
	return docs, errs.Err()
}
