package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/atomicfile"
	"github.com/actorgraph/actorgraph/internal/jsonindent"
)

// The JSON shapes of "actorgraph extract", as docs/CONTRACT.md fixes them.
type (
	extractOutput struct {
		Documents    []documentJSON    `json:"documents"`
		Actors       []actorJSON       `json:"actors"`
		CoMentions   []coMentionJSON   `json:"comentions"`
		Relations    []relationJSON    `json:"relations"`
		Interactions []interactionJSON `json:"interactions"`
	}
	relationJSON struct {
		Source   string `json:"source"`
		Target   string `json:"target"`
		Kind     string `json:"kind"`
		Role     string `json:"role"`
		Doc      string `json:"doc"`
		Sentence string `json:"sentence"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
	}
	documentJSON struct {
		ID        string `json:"id"`
		Path      string `json:"path"`
		Title     string `json:"title"`
		Source    string `json:"source"`
		URL       string `json:"url,omitempty"`
		Date      string `json:"date"`
		Sentences int    `json:"sentences"`
	}
	actorJSON struct {
		ID          string        `json:"id"`
		Name        string        `json:"name"`
		Type        string        `json:"type"`
		Aliases     []string      `json:"aliases"`
		Affiliation string        `json:"affiliation,omitempty"`
		Inferred    bool          `json:"affiliation_inferred,omitempty"` // the affiliation is a guess
		Roles       []string      `json:"roles"`
		Mentions    []mentionJSON `json:"mentions"`
	}
	mentionJSON struct {
		Doc   string `json:"doc"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		// Reference marks a pronoun or description resolved to the actor ("she", "the
		// president"): a mention, but no name of it.
		Reference bool `json:"reference,omitempty"`
	}
	coMentionJSON struct {
		Source string  `json:"source"`
		Target string  `json:"target"`
		Weight float64 `json:"weight"`
		Count  int     `json:"count"`
	}
	interactionJSON struct {
		Source    string  `json:"source"`
		Target    string  `json:"target"`
		Kind      string  `json:"kind"`
		CAMEO     string  `json:"cameo"`
		Goldstein float64 `json:"goldstein"`
		Polarity  int     `json:"polarity"`
		Modality  string  `json:"modality"`
		Doc       string  `json:"doc"`
		Sentence  string  `json:"sentence"`
		Start     int     `json:"start"`
		End       int     `json:"end"`
	}
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "extract [-format json] [-skip-bad] [-knowledge FILE] [-fast] [-since DATE] [-until DATE] [-source OUTLETS] [-o OUT] FILE...", []string{
		"actorgraph extract -format json article.txt other.md > result.json",
		"actorgraph extract -skip-bad articles/ feed.jsonl",
		"actorgraph extract -since 2025-11-01 -until 2025-11-30 -source Reuters,AP articles/",
		"actorgraph extract -field text=story,date=when export.csv",
		"curl -s https://example.com/news.txt | actorgraph extract -",
	}, stderr)
	format := fs.String("format", "json", "output format: json")
	skipBad := fs.Bool("skip-bad", false, "report unreadable files on stderr and go on with the others")
	knowledge := fs.String("knowledge", "", "JSON Lines file of actors that extends the built-in knowledge")
	fast := fs.Bool("fast", false, fastUsage)
	filter := filterFlags(fs)
	fieldsFlag := fieldFlags(fs)
	out := fs.String("o", "-", "write the result to this file (\"-\" for standard output)")
	if err := parse(fs, args, stdout); err != nil {
		return err
	}
	if *format != "json" {
		return usagef("unknown -format %q (want json)", *format)
	}
	if fs.NArg() == 0 {
		return usagef("no input files")
	}
	p, err := pipeline(*knowledge, *fast, stderr)
	if err != nil {
		return err
	}
	reader, err := fieldsFlag.parse()
	if err != nil {
		return err
	}
	docs, err := readDocuments(fs.Args(), *skipBad, reader, stdin, stderr)
	if err != nil {
		return err
	}
	if docs, err = filter.apply(docs, stderr); err != nil {
		return err
	}
	r := extractWithProgress(p, docs, stderr)
	var buf bytes.Buffer
	if err := jsonindent.Encode(&buf, toJSON(r), "  "); err != nil {
		return err
	}
	return writeOutput(*out, stdout, buf.Bytes())
}

// writeOutput writes b to the file path, or to stdout if path is "-". The file is replaced
// atomically (see internal/atomicfile): a failed write, a full disk or a kill leaves the file
// that was there before as it was, never a truncated one.
func writeOutput(path string, stdout io.Writer, b []byte) error {
	if path == "-" {
		_, err := stdout.Write(b)
		return err
	}
	if err := atomicfile.WriteFile(path, b); err != nil {
		if pe, ok := errors.AsType[*fs.PathError](err); ok {
			err = pe.Err // the message names the path already
		}
		return fmt.Errorf("write %q: %w", path, err)
	}
	return nil
}

func toJSON(r *extract.Result) extractOutput {
	out := extractOutput{
		Documents:    []documentJSON{},
		Actors:       []actorJSON{},
		CoMentions:   []coMentionJSON{},
		Relations:    []relationJSON{},
		Interactions: []interactionJSON{},
	}
	for _, d := range r.Documents {
		out.Documents = append(out.Documents, documentJSON{
			ID: d.ID, Path: d.Path, Title: d.Title, Source: d.Source, URL: d.URL, Date: d.Date,
			Sentences: len(d.Sentences),
		})
	}
	for _, a := range r.Actors {
		j := actorJSON{
			ID: a.ID, Name: a.Name, Type: string(a.Type), Affiliation: a.Affiliation, Inferred: a.AffiliationInferred,
			Aliases: nonNil(a.Aliases), Roles: nonNil(a.Roles), Mentions: []mentionJSON{},
		}
		for _, m := range a.Mentions {
			j.Mentions = append(j.Mentions, mentionJSON{Doc: m.Doc, Start: m.Start, End: m.End, Text: m.Text, Reference: m.Reference})
		}
		out.Actors = append(out.Actors, j)
	}
	for _, c := range r.CoMentions {
		out.CoMentions = append(out.CoMentions, coMentionJSON{Source: c.Source, Target: c.Target, Weight: c.Weight, Count: c.Count})
	}
	for _, rel := range r.Relations {
		out.Relations = append(out.Relations, relationJSON{
			Source: rel.Source, Target: rel.Target, Kind: string(rel.Kind), Role: rel.Role,
			Doc: rel.Doc, Sentence: rel.Text, Start: rel.Start, End: rel.End,
		})
	}
	for _, i := range r.Interactions {
		out.Interactions = append(out.Interactions, interactionJSON{
			Source: i.Source, Target: i.Target, Kind: i.Kind, CAMEO: i.CAMEO, Goldstein: i.Goldstein,
			Polarity: i.Polarity, Modality: string(i.Modality), Doc: i.Doc, Sentence: i.Text,
			Start: i.Start, End: i.End,
		})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
