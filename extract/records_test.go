package extract

import (
	"errors"
	"strings"
	"testing"
)

func TestReadCSV(t *testing.T) {
	in := "\uFEFFid,Headline,body,pubDate,outlet,link\n" +
		"1,Talks resume,\"Anna Kovac met Marta Lind in Geneva. \"\"Useful,\"\" she said.\",\"Nov. 21, 2025\",Meridian Wire,https://example.org/1\n" +
		"2,No text,,2025-11-22,Harbor Ledger,\n" +
		"3,Short row,Kovac spoke to reporters.\n"
	docs, err := ReadCSV("feed.csv", strings.NewReader(in), Fields{})
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 1 || !strings.Contains(list[0].Error(), `"feed.csv:3": no text`) {
		t.Fatalf("errors %v, want one for the row without text", err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	d := docs[0]
	if d.ID != "feed-2" || d.Title != "Talks resume" || d.Date != "2025-11-21" || d.Source != "Meridian Wire" || d.URL != "https://example.org/1" {
		t.Errorf("first row: %+v", d)
	}
	if !strings.Contains(d.Text, `"Useful," she said.`) {
		t.Errorf("text %q", d.Text)
	}
	if docs[1].ID != "feed-4" || docs[1].Date != "" {
		t.Errorf("short row: %+v", docs[1])
	}
	// Fields names another column for the text.
	docs, err = ReadCSV("feed.csv", strings.NewReader("story,when\nAnna Kovac met Marta Lind.,2025-11-21\n"), Fields{Text: "story", Date: "when"})
	if err != nil || len(docs) != 1 || docs[0].Date != "2025-11-21" {
		t.Errorf("with Fields: %v, %v", docs, err)
	}
	if _, err := ReadCSV("empty.csv", strings.NewReader(""), Fields{}); err == nil {
		t.Error("no header: no error")
	}
}

func TestParseFields(t *testing.T) {
	var f Fields
	if err := f.ParseFields("text=story, date=when"); err != nil || f.Text != "story" || f.Date != "when" {
		t.Errorf("ParseFields: %+v, %v", f, err)
	}
	for _, bad := range []string{"story", "body=story", "text="} {
		if err := new(Fields).ParseFields(bad); err == nil {
			t.Errorf("ParseFields(%q): no error", bad)
		}
	}
}

func TestReadCSVEdges(t *testing.T) {
	// A quote out of place is an error of its row; the rows after it are read.
	docs, err := ReadCSV("q.csv", strings.NewReader("title,text\nA,\"Breaking\" Anna met Marta.\nB,Second story.\nC,Third story.\n"), Fields{})
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 1 || !strings.Contains(list[0].Error(), `"q.csv:2"`) || len(docs) != 2 {
		t.Errorf("a bad quote: %d documents, %v; want 2 and the error of row 2", len(docs), err)
	}
	// A byte-order mark before a quoted header, as Python's utf-8-sig writes it.
	docs, err = ReadCSV("bom.csv", strings.NewReader("\uFEFF\"text\",\"title\"\n\"Anna met Marta.\",\"T\"\n"), Fields{})
	if err != nil || len(docs) != 1 || docs[0].Title != "T" {
		t.Errorf("a quoted header after a BOM: %v, %v", docs, err)
	}
	// Two columns that differ in case only: the same one every time.
	for range 20 {
		docs, err := ReadCSV("c.csv", strings.NewReader("TEXT,Text\nfrom upper.,from title case.\n"), Fields{})
		if err != nil || len(docs) != 1 || !strings.Contains(docs[0].Text, "from upper.") {
			t.Fatalf("case: %v, %v", docs, err)
		}
	}
}
