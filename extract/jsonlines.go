package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// MaxJSONLine is the longest line of JSON Lines input, in bytes: twice MaxDocumentSize, room
// for a text at the document limit with its escapes (a quote, a backslash or a line break
// takes two bytes; an encoder that escapes all but ASCII, as Python's json does by default,
// writes é as \u00e9, so a text in such a script fits up to a third of the line) and the
// other fields.
const MaxJSONLine = 2 * MaxDocumentSize

// ReadJSONLines reads articles from JSON Lines, one object a line, its fields taken as f
// says, and calls add with the document of each non-blank line or the error that names it
// ("name:N"), in order; it stops at the first error add returns and returns it. Each line is
// document "name:N" with the ID "base-N" (base: name's base without extension). A leading
// byte-order mark is dropped. A line longer than MaxJSONLine is an error for that line, and
// the reading goes on after it; only one line is held at a time. An error of the input
// itself ends the reading and is returned.
func ReadJSONLines(name string, r io.Reader, f Fields, add func(*Document, error) error) error {
	lr := newLineReader(r, MaxJSONLine)
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	for {
		line, err := lr.next()
		lineName := fmt.Sprintf("%s:%d", name, lr.n)
		switch {
		case err == io.EOF:
			return nil
		case errors.Is(err, errLineTooLong):
			if err := add(nil, fmt.Errorf("extract: read %q: %w (limit %d bytes)", lineName, err, MaxJSONLine)); err != nil {
				return err
			}
			continue
		case err != nil:
			return fmt.Errorf("extract: read %q: line %d: %w", name, lr.n, err)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := add(jsonRecord(lineName, fmt.Sprintf("%s-%d", base, lr.n), line, f)); err != nil {
			return err
		}
	}
}

// jsonRecord reads one JSON object as a record: strings as they are, numbers and booleans
// as JSON writes them, null and nested values as nothing.
func jsonRecord(name, id string, line []byte, f Fields) (*Document, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return nil, fmt.Errorf("extract: read %q: invalid JSON: %w", name, err)
	}
	rec := make(map[string]string, len(obj))
	for k, raw := range obj {
		var s string
		if err := json.Unmarshal(raw, &s); err == nil {
			rec[k] = s
			continue
		}
		if t := bytes.TrimSpace(raw); len(t) > 0 && (t[0] == '-' || t[0] >= '0' && t[0] <= '9' || t[0] == 't' || t[0] == 'f') {
			if _, err := strconv.ParseFloat(string(t), 64); err == nil || string(t) == "true" || string(t) == "false" {
				rec[k] = string(t)
			}
		}
	}
	return ReadRecord(name, id, rec, f)
}

// errLineTooLong is the error for a line longer than a lineReader's limit.
var errLineTooLong = errors.New("line too long")

// lineReader reads lines of at most max bytes, holding one line at a time.
type lineReader struct {
	r      *bufio.Reader
	max    int
	n      int      // number of the line last returned, from 1
	chunks [][]byte // of a line longer than the bufio.Reader's buffer
}

func newLineReader(r io.Reader, max int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), max: max}
}

// next returns the next line, with its line break if it has one, valid until the next
// call; at the end of the input it returns io.EOF. A line longer than the limit is read to
// its end and dropped, and next returns errLineTooLong for it. A byte-order mark at the
// start of the first line is dropped.
func (l *lineReader) next() ([]byte, error) {
	clear(l.chunks)
	l.chunks = l.chunks[:0]
	size, long := 0, false
	for {
		chunk, err := l.r.ReadSlice('\n')
		if err == io.EOF && size == 0 && len(chunk) == 0 && !long {
			return nil, io.EOF
		}
		if !long && size+len(chunk) > l.max {
			long = true
			clear(l.chunks) // let them go before the rest of the line is read
			l.chunks = l.chunks[:0]
		}
		if !long {
			size += len(chunk)
		}
		switch {
		case err == bufio.ErrBufferFull:
			if !long {
				l.chunks = append(l.chunks, bytes.Clone(chunk))
			}
			continue
		case err != nil && err != io.EOF:
			l.n++
			return nil, err
		}
		l.n++
		if long {
			return nil, errLineTooLong
		}
		line := chunk // the common case: a line within the buffer, not copied
		if len(l.chunks) > 0 {
			line = bytes.Join(append(l.chunks, chunk), nil)
		}
		if l.n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		return line, nil
	}
}
