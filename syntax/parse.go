package syntax

// A Parser tags and parses English sentences. Its zero value uses the model embedded in the
// package; a Parser is safe for concurrent use.
type Parser struct {
	// Model is the model to use; nil means the embedded one (DefaultModel).
	Model *Model
}

// Parse tags and parses one sentence given as its words (as Tokenize splits them) and
// returns one token a word, with Form set to the word and Start and End to 0.
func (p Parser) Parse(words []string) []Token {
	toks := make([]Token, len(words))
	for i, w := range words {
		toks[i] = Token{Form: w}
	}
	p.model().parse(toks)
	return toks
}

// ParseText tokenizes one sentence of text and parses it. The tokens' Start and End are
// byte offsets in text.
func (p Parser) ParseText(text string) Sentence {
	toks := Tokenize(text)
	p.model().parse(toks)
	return Sentence{Text: text, Tokens: toks}
}

func (p Parser) model() *Model {
	if p.Model != nil {
		return p.Model
	}
	return DefaultModel()
}
