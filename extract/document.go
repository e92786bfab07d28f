package extract

// Document is one article, read and split.
type Document struct {
	ID     string // stable ID: from the header, else derived from the source and date or path
	Path   string // where it was read from, or ""
	Title  string
	Source string // the outlet, e.g. "News.Az"
	URL    string
	Date   string // YYYY-MM-DD, or YYYY-MM or YYYY when the document says no more (ParseDate); "" when unknown
	Text   string // the bytes as read; every Span indexes into it

	// Meta holds the header's other keys ("author", "byline", "licence", ...), lower case,
	// with their values; nil when there are none.
	Meta map[string]string

	// Warnings says what Read could not make sense of and left out, such as a date it cannot
	// read; nil when there is nothing to say.
	Warnings []string

	Paragraphs []Span     // content paragraphs in order (header and page furniture excluded)
	Sentences  []Sentence // in order
}
