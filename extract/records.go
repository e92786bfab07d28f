package extract

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"
)

// Fields names the fields of a record (a JSON Lines object, a CSV row) that a document's
// parts come from. An empty name means the usual ones, tried in order:
//
//	Text    text, content, body, article
//	Title   title, headline
//	Date    date, published_at, published, pubDate, publishedAt
//	Source  source, outlet, domain
//	URL     url, link
//
// Names match exactly, then case-insensitively ("Headline", "PUBDATE").
type Fields struct {
	Text, Title, Date, Source, URL string
}

// usualFields are the names Fields tries for a part it does not name.
var usualFields = [...][]string{
	{"text", "content", "body", "article"},
	{"title", "headline"},
	{"date", "published_at", "published", "pubDate", "publishedAt"},
	{"source", "outlet", "domain"},
	{"url", "link"},
}

// ParseFields reads field mappings as the command line gives them, "text=NAME", one or
// several separated by commas, into f.
func (f *Fields) ParseFields(s string) error {
	for kv := range strings.SplitSeq(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if !ok || v == "" {
			return fmt.Errorf("extract: field mapping %q: want PART=NAME, such as text=story", kv)
		}
		switch k {
		case "text":
			f.Text = v
		case "title":
			f.Title = v
		case "date":
			f.Date = v
		case "source":
			f.Source = v
		case "url":
			f.URL = v
		default:
			return fmt.Errorf("extract: field mapping %q: no part %q (want text, title, date, source or url)", kv, k)
		}
	}
	return nil
}

// pick returns the value of the field named name, or of the first usual name present.
func pick(rec map[string]string, name string, usual []string) string {
	names := usual
	if name != "" {
		names = []string{name}
	}
	for _, n := range names {
		if v, ok := rec[n]; ok {
			return v
		}
	}
	keys := slices.Sorted(maps.Keys(rec)) // the first in byte order, when two keys differ in case only
	for _, n := range names {
		for _, k := range keys {
			if strings.EqualFold(k, n) {
				return rec[k]
			}
		}
	}
	return ""
}

// ReadRecord makes the document of one record, its fields by name (a JSON Lines object with
// its values as text, a CSV row under its header), named name in errors and identified as
// id. Its header block is written from the record's title, date, source and URL and read
// with Read, so that a record and a plain-text file go through the same code; spans index
// into that text. A record without text is an error.
func ReadRecord(name, id string, rec map[string]string, f Fields) (*Document, error) {
	text := pick(rec, f.Text, usualFields[0])
	if strings.TrimSpace(text) == "" {
		field := f.Text
		if field == "" {
			field = strings.Join(usualFields[0], ", ")
		}
		return nil, fmt.Errorf("extract: read %q: no text (looked for %s)", name, field)
	}
	var h strings.Builder
	fmt.Fprintf(&h, "id: %s\n", id)
	for _, p := range [...]struct{ key, value string }{
		{"title", pick(rec, f.Title, usualFields[1])},
		{"source", pick(rec, f.Source, usualFields[3])},
		{"url", pick(rec, f.URL, usualFields[4])},
		{"date", pick(rec, f.Date, usualFields[2])},
	} {
		// A header value is one line.
		if v := strings.Join(strings.Fields(p.value), " "); v != "" {
			fmt.Fprintf(&h, "%s: %s\n", p.key, v)
		}
	}
	h.WriteString("\n")
	h.WriteString(text)
	return Read(name, []byte(h.String()))
}

// ErrorList is the errors of several documents or records of one reading, in order, as
// go/scanner.ErrorList collects the errors of a file: the reading goes on past each, and
// the caller sees all of them.
type ErrorList []error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap returns the errors, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error { return l }

// Err returns l as an error, or nil if it holds none.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// ReadCSV reads articles from CSV with a header row, one article a row, its fields named by
// the header and taken as f says. Each row is document "name:N" (N the row's line number,
// the header being line 1) with the ID "base-N" (base: name's base without extension). A
// row without text, or that cannot be read (a quote out of place), is an error of the
// returned ErrorList and the reading goes on; an error of the input itself ends it. A row
// whose fields hold more than MaxDocumentSize bytes is an error of its own; one of more than
// MaxJSONLine bytes in the file ends the reading with an error, so that memory stays bounded.
func ReadCSV(name string, r io.Reader, f Fields) ([]*Document, error) {
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(3); string(bom) == "\uFEFF" {
		br.Discard(3) // before the reader sees it, so that a quoted first name stays quoted
	}
	row := &rowLimit{r: br}
	cr := csv.NewReader(row)
	cr.FieldsPerRecord = -1 // a short row is read; its missing fields are empty
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("extract: read %q: no CSV header row: %w", name, err)
	}
	header = append([]string(nil), header...)
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	var docs []*Document
	var errs ErrorList
	for {
		row.n = 0
		fields, err := cr.Read()
		if err == io.EOF {
			break
		}
		if errors.Is(err, errRowTooLong) {
			return docs, append(errs, fmt.Errorf("extract: read %q: a row of more than %d bytes: the rest of the file is not read", name, MaxJSONLine))
		}
		if pe, ok := errors.AsType[*csv.ParseError](err); ok {
			errs = append(errs, fmt.Errorf("extract: read %q: %w", fmt.Sprintf("%s:%d", name, pe.StartLine), pe.Err))
			continue // csv.Reader goes on at the next record
		}
		if err != nil {
			return docs, append(errs, fmt.Errorf("extract: read %q: %w", name, err))
		}
		line, _ := cr.FieldPos(0)
		rowName := fmt.Sprintf("%s:%d", name, line)
		rec := make(map[string]string, len(header))
		size := 0
		for i, v := range fields {
			if i < len(header) {
				rec[header[i]] = v
			}
			size += len(v)
		}
		if size > MaxDocumentSize {
			errs = append(errs, fmt.Errorf("extract: read %q: %w: more than the limit of %d bytes", rowName, ErrTooLarge, MaxDocumentSize))
			continue
		}
		d, err := ReadRecord(rowName, fmt.Sprintf("%s-%d", base, line), rec, f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs.Err()
}

// errRowTooLong is the error of a CSV row longer than MaxJSONLine.
var errRowTooLong = errors.New("row too long")

// rowLimit reads from r, failing with errRowTooLong once more than MaxJSONLine bytes are
// read since n was last set to 0 (before each row): csv.Reader holds a whole row in memory,
// and this bounds it, as JSON Lines are bounded a line at a time.
type rowLimit struct {
	r io.Reader
	n int
}

func (l *rowLimit) Read(p []byte) (int, error) {
	if l.n > MaxJSONLine {
		return 0, errRowTooLong
	}
	n, err := l.r.Read(p)
	l.n += n
	return n, err
}
