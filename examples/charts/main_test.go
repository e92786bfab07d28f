package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/svgtext"
)

func TestChartsCorpus(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(&out, dir, graph.MeasurePageRank, "svg", 5, nil); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "top.svg"))
	if err != nil {
		t.Fatal(err)
	}
	texts, err := svgtext.Texts(b)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(texts, "Volodymyr Zelensky") || !slices.Contains(texts, "pagerank") {
		t.Errorf("the bar chart lacks Zelensky or its axis: %q", texts)
	}
	if !strings.Contains(out.String(), "no ranks over time") {
		t.Errorf("the sample articles share one date, yet: %s", out.String())
	}
}

func TestChartsRanks(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, text := range []string{
		"date: 2026-03-02\n\nPresident Lula met Chancellor Olaf Scholz in Berlin. Lula praised Scholz.",
		"date: 2026-03-09\n\nOlaf Scholz spoke with Emmanuel Macron. Macron and Scholz met Lula in Paris.",
	} {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	var out bytes.Buffer
	if err := run(&out, dir, graph.MeasureDegree, "svg", 3, paths); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "ranks.svg"))
	if err != nil {
		t.Fatal(err)
	}
	texts, err := svgtext.Texts(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2026-03-02", "2026-03-09", "Olaf Scholz", "rank by degree"} {
		if !slices.Contains(texts, want) {
			t.Errorf("the rank chart lacks %q: %q", want, texts)
		}
	}
	if err := run(&out, dir, graph.MeasureDegree, "png", 3, paths); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"top.png", "ranks.png"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte("\x89PNG")) {
			t.Errorf("%s is not a PNG", name)
		}
	}
}
