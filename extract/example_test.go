package extract_test

import (
	"fmt"
	"log"

	"github.com/actorgraph/actorgraph/extract"
)

func Example() {
	text := "title: Talks\nsource: Example Wire\ndate: 2025-11-24\n\n" +
		"Secretary of State Marco Rubio met Ukraine's ambassador to the U.S., Olena Marchuk, in Geneva. " +
		"The Kremlin said it had not seen the plan. Marchuk said Kyiv would not agree."
	doc, err := extract.Read("talks.txt", []byte(text))
	if err != nil {
		log.Fatal(err)
	}
	result := extract.Pipeline{}.Extract(doc)
	for _, a := range result.Actors {
		fmt.Printf("%-13s %-7s %-13s %d mention(s) %q %q\n", a.Name, a.Type, a.Affiliation, len(a.Mentions), a.Aliases, a.Roles)
	}
	for _, c := range result.CoMentions {
		fmt.Printf("%s -- %s (%g)\n", c.Source, c.Target, c.Weight)
	}
	// Output:
	// Geneva        location switzerland   1 mention(s) [] []
	// Marco Rubio   person  united-states 1 mention(s) [] ["National Security Adviser (acting)" "Secretary of State"]
	// Olena Marchuk person  ukraine       2 mention(s) ["Marchuk"] ["ambassador to the U.S."]
	// Russia        country               1 mention(s) ["Kremlin"] []
	// Ukraine       country               2 mention(s) ["Kyiv"] []
	// United States country               1 mention(s) ["U.S."] []
	// marco-rubio -- olena-marchuk (1)
	// marco-rubio -- ukraine (1)
	// marco-rubio -- united-states (1)
	// olena-marchuk -- ukraine (2)
	// olena-marchuk -- united-states (1)
	// ukraine -- united-states (1)
}

func ExampleRead() {
	doc, err := extract.Read("note.txt", []byte("source: Example Wire\n\nU.S. officials met on Nov. 23. Talks went on."))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.ID, doc.Source)
	for _, s := range doc.Sentences {
		fmt.Println(s.Text)
	}
	_, err = extract.Read("empty.txt", nil)
	fmt.Println(err)
	// Output:
	// note Example Wire
	// U.S. officials met on Nov. 23.
	// Talks went on.
	// extract: read "empty.txt": empty document
}
