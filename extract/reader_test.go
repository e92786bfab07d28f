package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReaderStdin reads standard input as each format: JSON Lines told by its first brace,
// an article otherwise, and CSV only when the format says so, since a pipe has no name.
func TestReaderStdin(t *testing.T) {
	const csv = "title,text\nTalks,Anna Kovac met Marta Lind.\nMore,Lind spoke.\n"
	cases := []struct {
		name, format, input string
		want                []string // titles, or texts for an article
	}{
		{"JSON Lines, sniffed", "", "\uFEFF \n{\"title\": \"A\", \"text\": \"One.\"}\n{\"title\": \"B\", \"text\": \"Two.\"}\n", []string{"A", "B"}},
		{"an article, sniffed", "", "Anna Kovac met Marta Lind.\n", []string{"Anna Kovac met Marta Lind.\n"}},
		{"CSV is never guessed", "", csv, []string{csv}},
		{"CSV when told", "csv", csv, []string{"Talks", "More"}},
		{"text when told", "text", "{\"title\": \"A\"}\n", []string{"{\"title\": \"A\"}\n"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Reader{Stdin: strings.NewReader(c.input), StdinFormat: c.format}
			docs, err := r.ReadAll("-")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range docs {
				if d.Path != StdinName && !strings.HasPrefix(d.Path, StdinName+":") {
					t.Errorf("document path %q, want it named %s", d.Path, StdinName)
				}
				if len(c.want) == 1 && c.want[0] == c.input {
					got = append(got, d.Text)
				} else {
					got = append(got, d.Title)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("read %q, want %q", got, c.want)
			}
		})
	}
	if _, err := (Reader{Stdin: strings.NewReader(""), StdinFormat: "xml"}).ReadAll("-"); err == nil || !strings.Contains(err.Error(), `"xml"`) {
		t.Errorf("an unknown format of stdin: %v, want an error naming it", err)
	}
	// A bad input is an error of the list, and the rest is read: stdin once.
	if docs, err := (Reader{Stdin: strings.NewReader("Anna Kovac met Marta Lind.")}).ReadAll("-", "-"); err == nil || len(docs) != 1 {
		t.Errorf("stdin twice: %d documents and %v, want one and an error", len(docs), err)
	}
}

// TestReaderReadPath checks that ReadPath hands every document and every failure to add, in
// order, and returns add's own error as it is, stopping there.
func TestReaderReadPath(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(feed, []byte("{\"text\": \"One.\"}\nnot json\n{\"text\": \"Three.\"}\n{\"text\": \"Four.\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var seen []string
	stop := errors.New("enough")
	err := Reader{}.ReadPath(feed, func(d *Document, err error) error {
		if err != nil {
			seen = append(seen, "error")
			return nil
		}
		text := strings.TrimSpace(d.Text) // after the record's header block
		text = text[strings.LastIndex(text, "\n")+1:]
		seen = append(seen, text)
		if text == "Three." {
			return stop
		}
		return nil
	})
	if err != stop || strings.Join(seen, ",") != "One.,error,Three." {
		t.Errorf("ReadPath returned %v after %v, want %v after One., error, Three.", err, seen, stop)
	}
	var failed error
	err = Reader{}.ReadPath(filepath.Join(dir, "missing.txt"), func(d *Document, err error) error { failed = err; return nil })
	if err != nil || failed == nil || !strings.Contains(failed.Error(), "missing.txt") {
		t.Errorf("a missing file: returned %v, add got %v; want add to get an error naming it", err, failed)
	}
}
