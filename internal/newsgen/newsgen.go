// Package newsgen writes news articles for tests and benchmarks at scale: the explorer on
// 3,000 articles, memory over 200,000. They are made from templates about a fixed cast of
// real leaders, countries and organizations, with dates, outlets and titles, so that a
// corpus of any size is about the same actors, as a month of news about one conflict is.
// They are never evaluation data: the templates are written to be read correctly.
//
// Article i of a corpus of n articles of a seed is the same whatever else is generated, so a
// corpus can be written, read and compared in pieces, in any order, on any number of cores.
package newsgen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Article is one generated news story, with the fields of a JSON Lines news feed.
type Article struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Date   string `json:"date"` // YYYY-MM-DD
	URL    string `json:"url"`
	Text   string `json:"text"`
}

// person is a member of the cast: a leader the knowledge base knows, by full name, surname
// and title.
type person struct {
	name, surname, title string
	country              int // index in countries
}

var countries = []struct{ name, capital string }{
	{"Ukraine", "Kyiv"}, {"Russia", "Moscow"}, {"the United States", "Washington"}, {"China", "Beijing"},
	{"France", "Paris"}, {"Germany", "Berlin"}, {"the United Kingdom", "London"}, {"Turkey", "Ankara"},
	{"India", "New Delhi"}, {"Poland", "Warsaw"}, {"Italy", "Rome"}, {"Japan", "Tokyo"},
	{"Brazil", "Brasilia"}, {"South Africa", "Pretoria"}, {"Saudi Arabia", "Riyadh"}, {"Israel", "Jerusalem"},
}

var cast = []person{
	{"Volodymyr Zelensky", "Zelensky", "Ukrainian President", 0},
	{"Andrii Sybiha", "Sybiha", "Ukrainian Foreign Minister", 0},
	{"Vladimir Putin", "Putin", "Russian President", 1},
	{"Sergei Lavrov", "Lavrov", "Russian Foreign Minister", 1},
	{"Kirill Dmitriev", "Dmitriev", "Russian envoy", 1},
	{"Donald Trump", "Trump", "U.S. President", 2},
	{"Marco Rubio", "Rubio", "U.S. Secretary of State", 2},
	{"Steve Witkoff", "Witkoff", "U.S. special envoy", 2},
	{"Xi Jinping", "Xi", "Chinese President", 3},
	{"Wang Yi", "Wang", "Chinese Foreign Minister", 3},
	{"Emmanuel Macron", "Macron", "French President", 4},
	{"Friedrich Merz", "Merz", "German Chancellor", 5},
	{"Keir Starmer", "Starmer", "British Prime Minister", 6},
	{"Recep Tayyip Erdogan", "Erdogan", "Turkish President", 7},
	{"Narendra Modi", "Modi", "Indian Prime Minister", 8},
	{"Donald Tusk", "Tusk", "Polish Prime Minister", 9},
	{"Giorgia Meloni", "Meloni", "Italian Prime Minister", 10},
	{"Cyril Ramaphosa", "Ramaphosa", "South African President", 13},
	{"Mohammed bin Salman", "bin Salman", "Saudi Crown Prince", 14},
	{"Benjamin Netanyahu", "Netanyahu", "Israeli Prime Minister", 15},
}

var organizations = []string{
	"NATO", "the European Union", "the United Nations", "the International Monetary Fund",
	"the World Bank", "the International Atomic Energy Agency", "the Group of Seven",
}

// Outlets, the first more often than the others (the last takes the tail of the draw).
var outlets = []string{
	"Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Al Jazeera",
	"The Guardian", "Kyiv Independent", "Deutsche Welle",
}

var topics = []string{
	"a ceasefire", "energy prices", "sanctions", "grain exports", "prisoner exchanges",
	"the reconstruction fund", "air defence", "trade tariffs", "nuclear safety", "security guarantees",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}

// Start is the date of the first article; a corpus spreads over Days days from it.
var Start = time.Date(2025, time.June, 2, 0, 0, 0, 0, time.UTC)

// Days is how many days a corpus covers, whatever its size.
const Days = 180

// Generate returns articles 0 to n-1 of seed.
func Generate(n int, seed uint64) []Article {
	out := make([]Article, n)
	for i := range out {
		out[i] = New(i, n, seed)
	}
	return out
}

// New returns article i of a corpus of n articles of seed. Its date is spread evenly over
// Days days by i/n, so that a corpus of any size covers the same months.
func New(i, n int, seed uint64) Article {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	a := cast[r.IntN(len(cast))]
	b := cast[r.IntN(len(cast))]
	for b.name == a.name {
		b = cast[r.IntN(len(cast))]
	}
	topic := topics[r.IntN(len(topics))]
	day := Start.AddDate(0, 0, int(int64(i)*Days/int64(max(n, 1))))
	// The outlets' shares fall off: Reuters over a third, the Kyiv Independent a fortieth.
	source := outlets[min(int(r.ExpFloat64()*2.2), len(outlets)-1)]

	var s []string
	ca, cb := countries[a.country], countries[b.country]
	place := countries[r.IntN(len(countries))].capital
	weekday := weekdays[r.IntN(len(weekdays))]
	var title string
	switch r.IntN(4) {
	case 0:
		title = fmt.Sprintf("%s and %s discuss %s", a.surname, b.surname, topic)
		s = append(s, fmt.Sprintf("%s, the %s, met %s in %s on %s to discuss %s.", a.name, a.title, b.name, place, weekday, topic))
	case 1:
		title = fmt.Sprintf("%s criticises %s over %s", a.surname, b.surname, topic)
		s = append(s, fmt.Sprintf("%s, the %s, criticised %s over %s on %s.", a.name, a.title, b.name, topic, weekday))
	case 2:
		title = fmt.Sprintf("%s calls %s about %s", a.surname, b.surname, topic)
		s = append(s, fmt.Sprintf("%s spoke by phone with %s, the %s, about %s on %s.", a.name, b.name, b.title, topic, weekday))
	default:
		title = fmt.Sprintf("%s urges %s to act on %s", a.surname, b.surname, topic)
		s = append(s, fmt.Sprintf("%s, the %s, urged %s to act on %s.", a.name, a.title, b.name, topic))
	}
	for range 3 + r.IntN(4) {
		c := cast[r.IntN(len(cast))]
		org := organizations[r.IntN(len(organizations))]
		other := countries[r.IntN(len(countries))]
		switch r.IntN(9) {
		case 0:
			s = append(s, fmt.Sprintf("%s said %s would not accept any deal on %s without %s.", a.surname, ca.name, topic, cb.name))
		case 1:
			s = append(s, fmt.Sprintf("%s welcomed the talks between %s and %s.", capitalize(org), ca.name, cb.name))
		case 2:
			s = append(s, fmt.Sprintf("%s, the %s, accused %s of delaying progress on %s.", c.name, c.title, other.name, topics[r.IntN(len(topics))]))
		case 3:
			s = append(s, fmt.Sprintf("Officials in %s declined to comment.", place))
		case 4:
			s = append(s, fmt.Sprintf("%s told %s that the next round could take place in %s.", b.surname, source, countries[r.IntN(len(countries))].capital))
		case 5:
			s = append(s, fmt.Sprintf("%s and %s are expected to meet again next month.", a.surname, b.surname))
		case 6:
			s = append(s, fmt.Sprintf("%s praised %s for its support.", c.name, other.name))
		case 7:
			s = append(s, fmt.Sprintf("The talks on %s are expected to resume next week.", topic))
		default:
			s = append(s, fmt.Sprintf("%s, the %s, warned %s against new measures on %s.", c.name, c.title, org, topics[r.IntN(len(topics))]))
		}
	}
	id := fmt.Sprintf("gen-%d-%07d", seed, i)
	return Article{
		ID:     id,
		Title:  title,
		Source: source,
		Date:   day.Format(time.DateOnly),
		URL:    "https://news.example/" + id,
		Text:   strings.Join(s, " ") + "\n",
	}
}

func capitalize(s string) string {
	if strings.HasPrefix(s, "the ") {
		return "The " + s[4:]
	}
	return s
}

// WriteJSONL writes articles 0 to n-1 of seed to w as JSON Lines, one article a line, without
// holding them.
func WriteJSONL(w io.Writer, n int, seed uint64) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range n {
		if err := enc.Encode(New(i, n, seed)); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// WriteFiles writes articles 0 to n-1 of seed into dir, which it makes, each as a JSON Lines
// file of one article named after its ID (a folder a reader such as extract.ReadFiles reads
// with their dates, outlets and titles).
func WriteFiles(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := range n {
		a := New(i, n, seed)
		b, err := json.Marshal(a)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, a.ID+".jsonl"), append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	return nil
}
