package syntax

import "strings"

// Tokenize splits one sentence of text into words. Placeholder: splits on spaces.
func Tokenize(text string) []Token {
	var toks []Token
	start := -1
	for i := 0; i <= len(text); i++ {
		if i == len(text) || strings.ContainsRune(" \t\n\r", rune(text[i])) {
			if start >= 0 {
				toks = append(toks, Token{Form: text[start:i], Start: start, End: i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return toks
}
