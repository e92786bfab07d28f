// Custom-actors shows how to teach actorgraph actors of your own: here a small shipping
// network that no built-in list knows, and a spelling of a known person's name. The
// knowledge is a JSON Lines file, one actor a line, in the format of extract/data/README.md;
// an entry with only an id and lists extends a known actor instead of replacing it.
//
//	go run ./examples/custom-actors                       # the bundled example article and knowledge
//	go run ./examples/custom-actors -knowledge my.jsonl article.txt ...
//
// The same file works on the command line: actorgraph extract -knowledge my.jsonl FILE...
package main
