// Package extract turns news articles into actors and the ties between them.
//
// It is a pipeline of small stages over one document at a time:
//
//	text -> Read -> Document (header, paragraphs, sentences)
//	     -> tokens -> mentions (one pass against a trie of known names and titles,
//	                  then name-shaped runs for people in no list)
//	     -> actors (names resolved to one canonical actor per document, then across documents)
//	     -> co-mentions (actors sharing a sentence; optionally a paragraph or document)
//
// A Pipeline runs the stages; its zero value uses the built-in knowledge base:
//
//	doc, err := extract.Read("article.txt", data)
//	if err != nil { ... }
//	result := extract.Pipeline{}.Extract(doc)
//	for _, a := range result.Actors { fmt.Println(a.Name, a.Type, len(a.Mentions)) }
//
// # Knowledge
//
// What the package knows of the world is data, not code: extract/data holds every sovereign
// state (names, demonyms, capital, seats of government such as "the Kremlin"), international
// organizations, national institutions, news outlets, 2025 leaders and senior officials, titles
// that introduce people, and given names. DefaultKnowledge loads it; NewKnowledge and
// Knowledge.With build or extend a knowledge base of your own, and ReadEntries reads one in
// JSON Lines. extract/data/README.md documents the format.
//
// # Recognition
//
// Known names are found by longest match over tokens, case-sensitively ("Trump" the person,
// not "trump" the verb; a lower-case phrase also matches capitalised at a sentence start).
// People in no list are found from evidence: a run of capitalised words introduced by a title
// ("Army Secretary Dan Driscoll", "his chief of staff, Andriy Yermak") or led by a known given
// name ("Olga Stefanishyna"). A lone last name then resolves to the person of that name in the
// same document, unless two people share it. A capital stands for its country ("Moscow has
// not confirmed") unless it is only a venue: after a locative preposition, in a document that
// names the country no other way ("a summit in Stockholm"). A leader's name before
// "administration" or "government" stands for the country.
//
// Every Mention carries its document ID and exact byte span, and every CoMention the sentences
// behind it, so any tie can be explained.
//
// # Complexity
//
// Recognition is linear in the text: each token costs a bounded number of map look-ups
// (the trie depth is the longest name in tokens), never a regular expression per actor.
//
// # Determinism
//
// Extract gives the same Result for the same input whatever GOMAXPROCS is: documents are
// analysed concurrently, but results are merged in input order and every slice is sorted
// as its documentation says.
//
// # Errors
//
// Read rejects empty, binary, invalid UTF-8 and over-large input with an error that names the
// input and wraps ErrEmpty, ErrBinary, ErrInvalidUTF8 or ErrTooLarge. Nothing in the package
// panics on bad text.
package extract
