package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/textnorm"
)

// MaxDocumentSize is the largest document Read and ReadFrom accept, in bytes: a thousand
// times a long news article, and small enough that a program reading many cannot be made to
// run out of memory by one huge or endless input.
const MaxDocumentSize = 64 << 20

// Errors that Read wraps, for errors.Is.
var (
	ErrEmpty       = errors.New("empty document")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrBinary      = errors.New("binary data")
	ErrTooLarge    = errors.New("document too large")
)

// headerKeys are the keys of the header block that Document has fields for, and others
// that a lone "key: value" line must have to be a header rather than prose ("Note: ...").
var headerKeys = map[string]bool{
	"id": true, "title": true, "source": true, "url": true, "date": true,
	"author": true, "byline": true, "language": true, "lang": true, "section": true,
}

// isHeaderKey reports whether k (lower case) can be a header key: a word of letters, digits,
// '_' and '-' ("original_url", "completeness"), at most 32 bytes.
func isHeaderKey(k string) bool {
	if k == "" || len(k) > 32 || k[0] < 'a' || k[0] > 'z' {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

var (
	// furnitureDate is a page's date widget: "date 2025-11-24", possibly followed by
	// font-size controls ("+ ↺ − 16 px").
	furnitureDate = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})\b`)
	// furnitureControls are text-size and sharing widgets left behind by page scrapes.
	furnitureControls = regexp.MustCompile(`^[\s+\-−–Aa]*[↺↻⟳][\s+\-−–Aa]*\d*\s*(px|pt)?\s*$|^[\s+\-−–↺↻⟳Aa]*\d+\s*(px|pt)\s*$`)
	// dateline is a wire-style opening: "KYIV, Nov. 23 (Reuters) - " or "WASHINGTON (AP) —".
	dateline = regexp.MustCompile(`^([A-Z][A-Z.'\- ]+[A-Z.])(?:,\s*[A-Z][A-Za-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\(([^()]{2,40})\)\s*[-—–]\s*`)
)

// Read parses one article: an optional header block of "key: value" lines (id, title,
// source, url, date; other keys go to Meta) before the first blank line, then the text.
// A block of one line is a header only with one of those keys or author, byline,
// language, lang or section: "Note: ..." opening a text is prose. It validates the
// bytes, removes page furniture (date widgets, text-size controls, editor's notes) from the
// content, takes the source from a trailing outlet line or a wire dateline and the date from
// a date widget when the header has none, and splits paragraphs and sentences.
//
// name identifies the input in errors and becomes Path; the ID comes from the header's id,
// else name's base without extension, else the source and date.
// Errors wrap ErrEmpty, ErrInvalidUTF8, ErrBinary or ErrTooLarge and name the input.
func Read(name string, data []byte) (*Document, error) {
	if err := validate(data); err != nil {
		return nil, fmt.Errorf("extract: read %q: %w", name, err)
	}
	doc := &Document{Path: name, Text: string(data)}
	body, title := parseHeader(doc)
	paras := paragraphs(doc.Text, body)
	paras = dropFurniture(doc, paras)
	if title.End > title.Start && len(paras) > 0 {
		paras = append([]Span{title}, paras...) // the title is content; the rest of the header is not
	}
	if len(paras) == 0 {
		return nil, fmt.Errorf("extract: read %q: %w: no text after the header", name, ErrEmpty)
	}
	doc.Paragraphs = paras
	doc.Sentences = splitSentences(doc.Text, paras)
	if doc.ID == "" {
		doc.ID = documentID(doc)
	}
	return doc, nil
}

// ReadFrom reads one article from r with Read, reading at most MaxDocumentSize+1 bytes:
// a longer input is refused with an error wrapping ErrTooLarge as soon as the limit is
// passed, so that a huge file, a device such as /dev/zero or an endless pipe cannot
// exhaust memory. When r can tell its size (an *os.File of a regular file), an input over
// the limit is refused before any byte is read. name identifies the input as in Read.
// Peak memory is about twice the input's size: the bytes read and the document's text.
func ReadFrom(name string, r io.Reader) (*Document, error) {
	if size, over := sizeOver(r, MaxDocumentSize); over {
		return nil, fmt.Errorf("extract: read %q: %w: %d bytes, limit %d", name, ErrTooLarge, size, MaxDocumentSize)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentSize+1))
	if err != nil {
		return nil, fmt.Errorf("extract: read %q: %w", name, err)
	}
	if len(data) > MaxDocumentSize {
		return nil, fmt.Errorf("extract: read %q: %w: more than the limit of %d bytes", name, ErrTooLarge, MaxDocumentSize)
	}
	return Read(name, data)
}

// sizeOver returns the size of r and true if r is a regular file (it has a Stat method,
// as *os.File has) larger than limit bytes.
func sizeOver(r io.Reader, limit int64) (int64, bool) {
	s, ok := r.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return 0, false
	}
	fi, err := s.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() <= limit {
		return 0, false
	}
	return fi.Size(), true
}

// validate reports why data cannot be read as text, or nil.
func validate(data []byte) error {
	if len(data) > MaxDocumentSize || len(data) > math.MaxInt32 {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), MaxDocumentSize)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	control := 0
	for i := 0; i < len(data); {
		if c := data[i]; c >= 0x20 && c < utf8.RuneSelf {
			i++ // printable ASCII, the common case
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if i+1 < len(data) && bytes.IndexByte(data[i:min(i+64, len(data))], 0) >= 0 {
				return fmt.Errorf("%w at byte %d", ErrBinary, i)
			}
			return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, i)
		}
		if r == 0 {
			return fmt.Errorf("%w at byte %d (NUL)", ErrBinary, i)
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			control++
			if control > 8 && control*20 > i {
				return fmt.Errorf("%w at byte %d (control characters)", ErrBinary, i)
			}
		}
		i += size
	}
	return nil
}

// parseHeader reads a header block into doc and returns the offset where the body starts,
// and the span of the title's value in the text (empty when there is none).
func parseHeader(doc *Document) (int, Span) {
	text := doc.Text
	bom := 0
	if strings.HasPrefix(text, "\uFEFF") {
		bom = len("\uFEFF") // a byte-order mark is not part of the first key
		text = text[bom:]
	}
	end := strings.Index(text, "\n\n")
	crlf := strings.Index(text, "\r\n\r\n")
	if crlf >= 0 && (end < 0 || crlf < end) {
		end = crlf
	}
	if end < 0 {
		return bom, Span{}
	}
	fields := map[string]string{}
	lines, known := 0, false
	var title Span
	offset := bom
	for line := range strings.Lines(text[:end]) {
		lineStart := offset
		offset += len(line)
		k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
		k = strings.ToLower(strings.TrimSpace(k))
		if !ok || !isHeaderKey(k) {
			return bom, Span{}
		}
		if _, dup := fields[k]; !dup {
			fields[k] = strings.TrimSpace(v)
			if k == "title" && fields[k] != "" {
				// The value's bytes in the text: after the first colon, spaces trimmed.
				colon := strings.IndexByte(line, ':')
				vs := lineStart + colon + 1 + (len(line[colon+1:]) - len(strings.TrimLeft(line[colon+1:], " \t")))
				title = Span{vs, vs + len(fields[k])}
			}
		}
		lines++
		known = known || headerKeys[k]
	}
	if lines == 1 && !known {
		return bom, Span{} // "Note: this is prose." opening the text
	}
	for k, v := range fields {
		switch k {
		case "id", "title", "source", "url", "date":
		default:
			if doc.Meta == nil {
				doc.Meta = map[string]string{}
			}
			doc.Meta[k] = v
		}
	}
	doc.ID = slug(fields["id"])
	doc.Title = fields["title"]
	doc.Source = fields["source"]
	doc.URL = fields["url"]
	if v := fields["date"]; v != "" {
		if d, ok := ParseDate(v); ok {
			doc.Date = d
		} else {
			// Not a date it can read: kept as it was, in Meta, and said, never a Date that
			// sorts and filters wrongly.
			if doc.Meta == nil {
				doc.Meta = map[string]string{}
			}
			doc.Meta["date"] = v
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("date %q cannot be read (want 2025-11-21, 21 November 2025, Nov. 21, 2025, 11/21/2025 or an RFC 3339 time): the document has no date", v))
		}
	}
	return bom + end, title
}

// paragraphs splits text[from:] at blank lines into trimmed spans. A text with no blank line
// but several lines is split at every line break.
func paragraphs(text string, from int) []Span {
	for from < len(text) && (text[from] == '\n' || text[from] == '\r' || text[from] == ' ' || text[from] == '\t') {
		from++ // the blank lines that end a header
	}
	hasBlank := false
	for i := from; i < len(text) && !hasBlank; i++ {
		if text[i] == '\n' {
			rest := strings.TrimLeft(text[i+1:], " \t\r\f")
			hasBlank = strings.HasPrefix(rest, "\n") // a blank line, not merely the end
		}
	}
	var out []Span
	start := from
	for i := from; i <= len(text); i++ {
		split := i == len(text)
		if !split && text[i] == '\n' {
			split = !hasBlank || blankLineFollows(text, i+1)
		}
		if !split {
			continue
		}
		if s, ok := trimSpan(text, start, i); ok {
			out = append(out, s)
		}
		start = i + 1
	}
	return out
}

// blankLineFollows reports whether the line starting at i holds only white space.
func blankLineFollows(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\r', '\f':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// trimSpan trims Unicode white space from both ends of text[start:end].
func trimSpan(text string, start, end int) (Span, bool) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return Span{start, end}, end > start
}

// dropFurniture removes page furniture from the paragraphs, recording the date, source and
// title it gives.
func dropFurniture(doc *Document, paras []Span) []Span {
	out := make([]Span, 0, len(paras))
	for i, p := range paras {
		text := doc.Text[p.Start:p.End]
		if m := furnitureDate.FindStringSubmatchIndex(text); m != nil {
			if doc.Date == "" {
				doc.Date = text[m[2]:m[3]]
			}
			rest, ok := trimSpan(doc.Text, p.Start+m[1], p.End)
			if !ok || furnitureControls.MatchString(doc.Text[rest.Start:rest.End]) || isEditorsNote(doc.Text[rest.Start:rest.End]) {
				continue
			}
			p = rest
			text = doc.Text[p.Start:p.End]
		}
		if isEditorsNote(text) || len(text) < 40 && furnitureControls.MatchString(text) {
			continue
		}
		if i == len(paras)-1 && len(out) > 0 && isOutletLine(text) && (doc.Source == "" || doc.Source == text) {
			doc.Source = text
			continue
		}
		if len(out) == 0 {
			if m := dateline.FindStringSubmatchIndex(text); m != nil {
				if doc.Source == "" {
					doc.Source = strings.TrimSpace(text[m[4]:m[5]])
				}
			}
		}
		out = append(out, p)
	}
	return out
}

// isEditorsNote reports whether a paragraph is a note about the article rather than part
// of it: an editor's note, or the staff credits that close wire stories ("Reporting by ...;
// editing by ...").
func isEditorsNote(s string) bool {
	low := strings.ToLower(s[:min(len(s), 24)])
	for _, prefix := range creditPrefixes {
		if strings.HasPrefix(low, prefix) {
			return true
		}
	}
	return false
}

var creditPrefixes = []string{
	"editor's note", "editor’s note", "editors' note", "editors’ note", "reporting by ",
	"additional reporting by ", "writing by ", "editing by ", "compiled by ", "(reporting by ",
}

// isOutletLine reports whether a closing line is an outlet's signature ("News.Az",
// "Reuters", "— AP"): at most four words, each capitalised, without sentence punctuation.
func isOutletLine(s string) bool {
	s = strings.TrimLeft(s, "-—–© ")
	if s == "" || utf8.RuneCountInString(s) > 40 || len(strings.Fields(s)) > 4 {
		return false
	}
	if strings.ContainsAny(s, ",;:!?\"“”") || strings.HasSuffix(s, ".") {
		return false
	}
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false // "Putin met Xi" is a sentence, not a signature
		}
	}
	return true
}

// documentID derives an ID for a document without one in its header.
func documentID(doc *Document) string {
	if doc.Path != "" {
		base := filepath.Base(doc.Path)
		if id := slug(strings.TrimSuffix(base, filepath.Ext(base))); id != "" {
			return id
		}
	}
	if id := slug(doc.Source + " " + doc.Date); id != "" {
		return id
	}
	return "doc"
}

func slug(s string) string { return textnorm.Slug(s) }
