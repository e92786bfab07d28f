package syntax

// A Token is one word of a sentence with its tags and its place in the sentence's dependency
// tree.
type Token struct {
	// Form is the word as written: text[Start:End] for tokens of Tokenize and ParseText
	// ("don't" is the two words "do" and "n't").
	Form string
	// Start and End are the word's byte offsets in the text given to the function that made
	// the token; both are 0 for tokens read from CoNLL-U.
	Start, End int
	// UPOS is the Universal POS tag ("PROPN", "VERB"), XPOS the Penn Treebank tag ("NNP",
	// "VBD").
	UPOS, XPOS string
	// Head is the index in the sentence of the word this one depends on, or -1 for the
	// sentence's root.
	Head int
	// Rel is the Universal Dependencies relation to the head ("nsubj", "obl", "nsubj:pass"),
	// "root" for the root.
	Rel string
}

// A Sentence is the tokens of one sentence, in order.
type Sentence struct {
	// Text is the sentence's text: the "# text =" comment of CoNLL-U, or the text given to
	// the tokenizer.
	Text string
	// ID is the "# sent_id =" comment of CoNLL-U; empty for parsed text.
	ID     string
	Tokens []Token
}
