// Package corpus bundles the sample articles that the examples, the command line and the
// tests use when given no input: two reports of 2025-11-24 on the same story, from News.Az
// and the Kyiv Independent, which spell the Ukrainian president's name differently
// (Zelenskyy / Zelensky). They are embedded with go:embed, so no file system is needed at run
// time.
//
//	docs, err := corpus.Documents()
//	result := extract.Pipeline{}.Extract(docs...)
//
// # Provenance
//
// The texts are as scraped from the outlets' pages, including a line of page furniture
// ("date 2025-11-24 + ↺ − 16 px") that extract.Read removes. They are included for
// development and demonstration; the hand-made gold annotations of the same articles live
// in the test data of the packages whose tests use them.
package corpus
