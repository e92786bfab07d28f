package extract

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var sentenceTests = []struct {
	name string
	text string
	want []string
}{
	{
		name: "abbreviated country inside a sentence",
		text: "U.S. and Ukrainian officials met. The talks went on.",
		want: []string{"U.S. and Ukrainian officials met.", "The talks went on."},
	},
	{
		name: "abbreviated country ending a sentence",
		text: "Zelensky may visit the U.S. The trip could take place this week.",
		want: []string{"Zelensky may visit the U.S.", "The trip could take place this week."},
	},
	{
		name: "abbreviated country before a name",
		text: "Officials from the U.K. Foreign Office and the U.S. State Department spoke.",
		want: []string{"Officials from the U.K. Foreign Office and the U.S. State Department spoke."},
	},
	{
		name: "month abbreviation before a day",
		text: "CBS News reported on Nov. 23, citing sources. Trump spoke later.",
		want: []string{"CBS News reported on Nov. 23, citing sources.", "Trump spoke later."},
	},
	{
		name: "titles",
		text: "Sen. Lindsey Graham and Gen. Dan Caine met Rep. Smith. They talked.",
		want: []string{"Sen. Lindsey Graham and Gen. Dan Caine met Rep. Smith.", "They talked."},
	},
	{
		name: "initials",
		text: "Robert F. Kennedy Jr. spoke with J. D. Vance on Monday.",
		want: []string{"Robert F. Kennedy Jr. spoke with J. D. Vance on Monday."},
	},
	{
		name: "quotes",
		text: "\"Borders cannot be changed by force. Criminals must not remain unpunished,\" the president said. He left.",
		want: []string{"\"Borders cannot be changed by force.", "Criminals must not remain unpunished,\" the president said.", "He left."},
	},
	{
		name: "curly quotes closing a sentence",
		text: "He called it “not my final.” Rubio disagreed.",
		want: []string{"He called it “not my final.”", "Rubio disagreed."},
	},
	{
		name: "em-dash and hyphenated number",
		text: "Parallel tracks — including one led by Kushner — produced the 28-point plan. It leaked.",
		want: []string{"Parallel tracks — including one led by Kushner — produced the 28-point plan.", "It leaked."},
	},
	{
		name: "decimal number and question",
		text: "Growth was 3.5 percent. Is it possible? Nobody knows!",
		want: []string{"Growth was 3.5 percent.", "Is it possible?", "Nobody knows!"},
	},
	{
		name: "lower-case continuation",
		text: "The deal, worth $1.2 bn. according to officials, was signed.",
		want: []string{"The deal, worth $1.2 bn. according to officials, was signed."},
	},
}

func TestSplitSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			paras := []Span{{0, len(tt.text)}}
			var got []string
			for _, s := range splitSentences(tt.text, paras) {
				got = append(got, s.Text)
				assert.Equal(t, tt.text[s.Start:s.End], s.Text, "span and text disagree")
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadHeader(t *testing.T) {
	text := "title: Talks in Geneva\nsource: Example Wire\ndate: 2025-11-24T10:00:00Z\nurl: https://example.org/a\n\nFirst paragraph. Second sentence.\n\nSecond paragraph.\n"
	doc, err := Read("dir/talks.txt", []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "talks", doc.ID)
	assert.Equal(t, "Talks in Geneva", doc.Title)
	assert.Equal(t, "Example Wire", doc.Source)
	assert.Equal(t, "2025-11-24", doc.Date)
	assert.Equal(t, "https://example.org/a", doc.URL)
	// The title is content, the first paragraph; the rest of the header is not.
	require.Len(t, doc.Paragraphs, 3)
	require.Len(t, doc.Sentences, 4)
	assert.Equal(t, "Talks in Geneva", doc.Sentences[0].Text)
	assert.Equal(t, "Talks in Geneva", text[doc.Paragraphs[0].Start:doc.Paragraphs[0].End])
	assert.Equal(t, "Second paragraph.", doc.Sentences[3].Text)
	assert.Equal(t, 2, doc.Sentences[3].Paragraph)
}

func TestReadHeaderID(t *testing.T) {
	doc, err := Read("", []byte("id: My Story 1\n\nText here."))
	require.NoError(t, err)
	assert.Equal(t, "my-story-1", doc.ID)
}

func TestReadHeaderOtherKeys(t *testing.T) {
	// Any block of "key: value" lines is a header; keys without a field go to Meta, and
	// none of the block is read as text.
	text := "title: Minister Visits Port\nsource: Ministry of Foreign Affairs of Orlesia\n" +
		"licence: CC BY 4.0\ncompleteness: partial\noriginal_url: https://example.org/x\nTopic: ports\n\n" +
		"The minister arrived on Monday.\n"
	doc, err := Read("m.txt", []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "Minister Visits Port", doc.Title)
	assert.Equal(t, "Ministry of Foreign Affairs of Orlesia", doc.Source)
	assert.Equal(t, map[string]string{
		"licence": "CC BY 4.0", "completeness": "partial", "original_url": "https://example.org/x", "topic": "ports",
	}, doc.Meta)
	require.Len(t, doc.Sentences, 2)
	assert.Equal(t, "Minister Visits Port", doc.Sentences[0].Text)
	assert.Equal(t, "The minister arrived on Monday.", doc.Sentences[1].Text)

	// Two prose-like lines whose first words are no keys stay text.
	doc, err = Read("p.txt", []byte("Breaking news: a deal.\nMore: soon.\n\nText."))
	require.NoError(t, err)
	assert.Nil(t, doc.Meta)
	assert.Equal(t, "Breaking news: a deal.", doc.Sentences[0].Text)
}

func TestReadNoHeaderWhenFirstBlockIsProse(t *testing.T) {
	text := "Note: this is prose, not a header.\n\nMore text."
	doc, err := Read("a.txt", []byte(text))
	require.NoError(t, err)
	assert.Empty(t, doc.Title)
	assert.Equal(t, "Note: this is prose, not a header.", doc.Sentences[0].Text)
}

func TestReadFurniture(t *testing.T) {
	text := " date 2025-11-24 + ↺ − 16 px\n\nKyiv said no. Moscow said yes.\n\nNews.Az"
	doc, err := Read("x.txt", []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "2025-11-24", doc.Date)
	assert.Equal(t, "News.Az", doc.Source)
	require.Len(t, doc.Paragraphs, 1)
	assert.Equal(t, "Kyiv said no. Moscow said yes.", doc.Text[doc.Paragraphs[0].Start:doc.Paragraphs[0].End])
}

func TestReadEditorsNote(t *testing.T) {
	text := " date 2025-11-24 Editor's note: The article was updated with additional details.\n\nThe talks went on."
	doc, err := Read("x.txt", []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "2025-11-24", doc.Date)
	require.Len(t, doc.Sentences, 1)
	assert.Equal(t, "The talks went on.", doc.Sentences[0].Text)
}

func TestReadDateline(t *testing.T) {
	text := "KYIV, Nov. 23 (Reuters) - Ukraine said on Sunday it would talk.\n\nMore follows."
	doc, err := Read("wire.txt", []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "Reuters", doc.Source)
}

func TestReadCRLF(t *testing.T) {
	text := "title: A\r\nsource: B\r\n\r\nOne. Two.\r\n\r\nThree."
	doc, err := Read("crlf.txt", []byte(text))
	require.NoError(t, err)
	assert.Equal(t, "A", doc.Title)
	require.Len(t, doc.Sentences, 4) // the title, then the text
	assert.Equal(t, "Three.", doc.Sentences[3].Text)
}

var badInputTests = []struct {
	name    string
	data    []byte
	wantErr error
	wantMsg string
}{
	{"empty", nil, ErrEmpty, `extract: read "in.txt": empty document`},
	{"white space", []byte(" \n\t\n"), ErrEmpty, `extract: read "in.txt": empty document`},
	{"header only", []byte("title: x\n\n"), ErrEmpty, "no text after the header"},
	{"invalid UTF-8", []byte("Kyiv \xff\xfe said"), ErrInvalidUTF8, `extract: read "in.txt": invalid UTF-8 at byte 5`},
	{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, `extract: read "in.txt": binary data at byte 0`},
	{"NUL bytes", []byte("text\x00more"), ErrBinary, "binary data at byte 4 (NUL)"},
	{"control characters", []byte(strings.Repeat("\x01\x02", 20)), ErrBinary, "control characters"},
}

func TestReadBadInput(t *testing.T) {
	for _, tt := range badInputTests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("in.txt", tt.data)
			assert.Nil(t, doc)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.wantErr), "got %v, want it to wrap %v", err, tt.wantErr)
			assert.Contains(t, err.Error(), tt.wantMsg)
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	_, err := Read("huge.txt", make([]byte, MaxDocumentSize+1))
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), `"huge.txt"`)
}

func TestReadDropsStaffCredits(t *testing.T) {
	text := "Talks resumed in Cairo on Sunday.\n\nReporting by Nidal al-Mughrabi in Cairo; editing by Daniel Wallis.\n"
	doc, err := Read("wire.txt", []byte(text))
	require.NoError(t, err)
	require.Len(t, doc.Sentences, 1)
	assert.Equal(t, "Talks resumed in Cairo on Sunday.", doc.Sentences[0].Text)
}

func TestReadHeaderThenLines(t *testing.T) {
	// A header, then paragraphs separated by single line breaks.
	doc, err := Read("a.txt", []byte("title: T\n\nFirst line.\nSecond line.\nThird line.\n"))
	require.NoError(t, err)
	assert.Len(t, doc.Paragraphs, 4) // the title and three lines
}

func TestReadShortCapitalParagraphs(t *testing.T) {
	doc, err := Read("a.txt", []byte("NATO\n\nUKRAINE TALKS\n\nMore text here."))
	require.NoError(t, err)
	assert.Len(t, doc.Paragraphs, 3, "short capitalised paragraphs are text, not furniture")
}

func TestReadLastParagraphIsNotASignature(t *testing.T) {
	doc, err := Read("a.txt", []byte("Talks went on.\n\nPutin met Xi"))
	require.NoError(t, err)
	assert.Empty(t, doc.Source)
	assert.Len(t, doc.Paragraphs, 2)
	doc, err = Read("a.txt", []byte("source: Example Wire\n\nTalks went on.\n\nReuters"))
	require.NoError(t, err)
	assert.Equal(t, "Example Wire", doc.Source)
	assert.Len(t, doc.Paragraphs, 2, "a signature that is not the source stays text")
}

func TestReadByteOrderMark(t *testing.T) {
	doc, err := Read("bom.txt", []byte("\uFEFFtitle: With BOM\nsource: Wire\n\nText."))
	require.NoError(t, err)
	assert.Equal(t, "With BOM", doc.Title)
	assert.Equal(t, "With BOM", doc.Sentences[0].Text)
	assert.Equal(t, "Text.", doc.Sentences[1].Text)
	doc, err = Read("bom.txt", []byte("\uFEFFKyiv said no."))
	require.NoError(t, err)
	assert.Equal(t, "Kyiv said no.", doc.Sentences[0].Text)
}

// endless is an io.Reader that never ends, as /dev/zero or `yes` on a pipe.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.read += int64(len(p))
	return len(p), nil
}

func TestReadFromTooLarge(t *testing.T) {
	r := &endless{}
	_, err := ReadFrom("endless", r)
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), `"endless"`)
	assert.LessOrEqual(t, r.read, int64(MaxDocumentSize+64<<10), "reads stop at the limit")

	// A sparse file over the limit is refused from its size, before it is read.
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	require.NoError(t, err)
	defer f.Close()
	require.NoError(t, f.Truncate(1<<30))
	_, err = ReadFrom(p, f)
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "1073741824 bytes")
	off, err := f.Seek(0, io.SeekCurrent)
	require.NoError(t, err)
	assert.Zero(t, off, "nothing read")
}

func TestReadFrom(t *testing.T) {
	const text = "title: T\n\nPutin met Trump in Alaska."
	want, err := Read("a.txt", []byte(text))
	require.NoError(t, err)
	got, err := ReadFrom("a.txt", strings.NewReader(text))
	require.NoError(t, err)
	assert.Equal(t, want, got)

	_, err = ReadFrom("broken", iotest.ErrReader(errors.New("disk on fire")))
	assert.ErrorContains(t, err, `extract: read "broken": disk on fire`)
	_, err = ReadFrom("empty", strings.NewReader(""))
	assert.ErrorIs(t, err, ErrEmpty)
}

func TestReadDates(t *testing.T) {
	for _, c := range []struct {
		date, want string
		warned     bool
	}{
		{"2025-11-21", "2025-11-21", false},
		{"Nov. 21, 2025", "2025-11-21", false},
		{"2025-11-21T14:03:00Z", "2025-11-21", false},
		{"11/21/2025", "2025-11-21", false},
		{"sometime last week", "", true},
	} {
		doc, err := Read("a.txt", []byte("title: T\ndate: "+c.date+"\n\nAnna Kovac met Marta Lind.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Date != c.want || (len(doc.Warnings) > 0) != c.warned {
			t.Errorf("date %q: Date %q, warnings %q; want %q, warned %v", c.date, doc.Date, doc.Warnings, c.want, c.warned)
		}
		if c.warned && (doc.Meta["date"] != c.date || !strings.Contains(doc.Warnings[0], "cannot be read")) {
			t.Errorf("date %q: Meta %v, warnings %q: the unread date is kept in Meta and said", c.date, doc.Meta, doc.Warnings)
		}
	}
}
