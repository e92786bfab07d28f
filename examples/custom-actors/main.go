package main

import (
	_ "embed"
	"flag"
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/report"
)

//go:embed knowledge.jsonl
var exampleKnowledge string

//go:embed article.txt
var exampleArticle string

func main() {
	knowledge := flag.String("knowledge", "", "JSON Lines file of your actors (default: the bundled example)")
	dir := flag.String("o", "", "if set, also write the report to this folder (made if missing)")
	flag.Parse()
	if err := report.Write(*dir, "custom-actors.txt", func(w io.Writer) error { return run(w, *knowledge, flag.Args()) }); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer, knowledgePath string, articles []string) error {
	var entries []extract.Entry
	var err error
	if knowledgePath == "" {
		entries, err = extract.ReadEntries(strings.NewReader(exampleKnowledge), "knowledge.jsonl")
	} else {
		entries, err = extract.LoadEntries(knowledgePath)
	}
	if err != nil {
		return err
	}
	k, err := extract.DefaultKnowledge().With(entries...)
	if err != nil {
		return err
	}

	var docs []*extract.Document
	if len(articles) == 0 {
		d, err := extract.Read("article.txt", []byte(exampleArticle))
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	if len(articles) > 0 {
		read, err := extract.ReadFiles(articles...)
		if err != nil {
			return err
		}
		docs = append(docs, read...)
	}

	r := extract.Pipeline{Knowledge: k}.Extract(docs...)
	fmt.Fprintln(w, "actors:")
	for _, a := range r.Actors {
		fmt.Fprintf(w, "  %-30s %-12s %-20s %d mention(s)\n", a.Name, a.Type, a.Affiliation, len(a.Mentions))
	}
	fmt.Fprintln(w, "ties:")
	for _, c := range r.CoMentions {
		fmt.Fprintf(w, "  %s -- %s (%g)\n", c.Source, c.Target, c.Weight)
	}
	return nil
}
