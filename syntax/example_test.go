package syntax_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/syntax"
)

func ExampleParser_ParseText() {
	s := syntax.Parser{}.ParseText("Ukrainian children were abducted by Russian forces.")
	for i, t := range s.Tokens {
		head := "ROOT"
		if t.Head >= 0 {
			head = s.Tokens[t.Head].Form
		}
		fmt.Println(i, t.Form, t.UPOS, t.XPOS, t.Rel, head)
	}
	// Output:
	// 0 Ukrainian ADJ JJ amod children
	// 1 children NOUN NNS nsubj:pass abducted
	// 2 were AUX VBD aux:pass abducted
	// 3 abducted VERB VBN root ROOT
	// 4 by ADP IN case forces
	// 5 Russian ADJ JJ amod forces
	// 6 forces NOUN NNS obl:agent abducted
	// 7 . PUNCT . punct abducted
}
