package extract

import (
	"bufio"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

var lineReaderTests = []struct {
	name  string
	input string
	want  []string // lines, or "!" + error
}{
	{"empty", "", nil},
	{"no final break", "a\nbc", []string{"a\n", "bc"}},
	{"byte-order mark", "\uFEFFab\n\uFEFFc\n", []string{"ab\n", "\uFEFFc\n"}},
	{"long line", "abc\n0123456789\nx", []string{"abc\n", "!line too long", "x"}},
	{"long last line", "0123456789", []string{"!line too long"}},
	{"at the limit", "0123456\n01234567", []string{"0123456\n", "01234567"}},
	{"blank", "\n\n", []string{"\n", "\n"}},
}

func TestLineReader(t *testing.T) {
	for _, tt := range lineReaderTests {
		t.Run(tt.name, func(t *testing.T) {
			// A buffer of 16 bytes, bufio's least, makes lines of several chunks.
			l := &lineReader{r: bufio.NewReaderSize(iotest.OneByteReader(strings.NewReader(tt.input)), 16), max: 8}
			var got []string
			for {
				line, err := l.next()
				if err == io.EOF {
					break
				}
				if err != nil {
					got = append(got, "!"+err.Error())
					continue
				}
				got = append(got, string(line))
			}
			if !slices.Equal(got, tt.want) || l.n != len(tt.want) {
				t.Errorf("got %q in %d lines, want %q", got, l.n, tt.want)
			}
		})
	}
	long := strings.Repeat("x", 100)
	l := &lineReader{r: bufio.NewReaderSize(strings.NewReader(long+"\n"+long), 16), max: 200}
	for range 2 {
		line, err := l.next()
		if err != nil || strings.TrimSpace(string(line)) != long {
			t.Errorf("a line of several chunks: %q, %v", line, err)
		}
	}
}

func TestReadJSONLines(t *testing.T) {
	in := `{"headline": "Talks", "body": "Anna Kovac met Marta Lind.", "published_at": "2025-11-21T10:00:00Z", "views": 12}

{"title": "No text"}
not JSON
{"text": "Kovac spoke.", "date": null, "source": "Meridian Wire"}
`
	var ids, errs []string
	err := ReadJSONLines("feed.jsonl", strings.NewReader(in), Fields{}, func(d *Document, err error) error {
		if err != nil {
			errs = append(errs, err.Error())
			return nil
		}
		ids = append(ids, d.ID+" "+d.Title+" "+d.Date+" "+d.Source)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"feed-1 Talks 2025-11-21 ", "feed-5   Meridian Wire"}; !slices.Equal(ids, want) {
		t.Errorf("documents %q, want %q", ids, want)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], `"feed.jsonl:3": no text`) || !strings.Contains(errs[1], `"feed.jsonl:4": invalid JSON`) {
		t.Errorf("errors %q", errs)
	}
}
