// Package syntax tags and parses English: a tokenizer that follows the conventions of
// Universal Dependencies English, a part-of-speech tagger (UPOS and Penn Treebank tags) and a
// labelled dependency parser (UD relations), trained on UD English EWT and embedded.
//
//	s := syntax.Parser{}.ParseText("Ukrainian children were abducted by Russian forces.")
//	for i, t := range s.Tokens {
//		fmt.Println(i, t.Form, t.UPOS, t.Head, t.Rel) // 1 children NOUN 3 nsubj:pass ...
//	}
//
// # Models
//
// The tagger is a greedy averaged perceptron (Collins 2002; Honnibal 2013, "A good
// part-of-speech tagger in about 200 lines of Python") that predicts UPOS and XPOS together,
// in two passes: left to right, then again with the first pass's tags to the right as
// features (jackknifed in training, so they are as good as on new text). Frequent unambiguous
// words come from a tag dictionary, and a word's ambiguity class (the tags it had in training)
// is a feature.
//
// The parser is a greedy arc-eager transition parser (Nivre 2003) with the root at the end of
// the buffer (Ballesteros & Nivre 2013), trained as an averaged perceptron with the dynamic
// oracle and exploration of Goldberg & Nivre (2012, "A dynamic oracle for arc-eager
// dependency parsing") on the rich non-local features of Zhang & Nivre (2011,
// "Transition-based dependency parsing with rich non-local features"): valency, label sets,
// second-order heads and children. A transition and its relation are scored together. Its
// training tags are jackknifed too. Each sentence is parsed in time linear in its length:
// 2n transitions, each scoring a fixed number of features.
//
// Features are 64-bit hashes of a template and the words, tags and relations it combines;
// weights live in an open-addressing hash table, one row a feature (the four transitions
// dense, the relations sparse), stored in the model file as 16-bit integers.
//
// # Accuracy and speed
//
// model/README.md records the embedded model's accuracy on EWT dev and test and on GUM news,
// and how it was trained (cmd/actorgraph-train); `actorgraph parse -eval FILE.conllu` measures
// any treebank. BenchmarkParse measures speed.
//
// # Licence
//
// The embedded model is a derived work of the Universal Dependencies English Web Treebank
// (Silveira et al. 2014; UD 2.16) and is licensed under CC BY-SA 4.0: see model/NOTICE.md.
// The code is the project's.
//
// # Concurrency and determinism
//
// A Parser and a Model are safe for concurrent use. Parsing is deterministic: the same words
// give the same tags and tree. Training is too: the same treebanks, seed and options give the
// same model file, byte for byte.
package syntax
