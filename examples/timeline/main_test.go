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

// articles are two made-up reports a week apart, in directories of their own as a user might
// keep them.
var articles = map[string]string{
	"week1/summit.txt": "date: 2026-03-02\n\n" +
		"Chancellor Olaf Scholz met President Lula in Berlin on Monday. " +
		"Scholz praised Lula for his climate policy. President Emmanuel Macron also met Scholz.\n",
	"week2/rift.md": "date: 2026-03-09\n\n" +
		"President Lula criticized Chancellor Olaf Scholz in Brasilia. " +
		"Lula later met President Emmanuel Macron, and Macron thanked Lula.\n",
}

// TestTimeline ranks two dated articles and checks the table and the chart.
func TestTimeline(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	for name, text := range articles {
		path := filepath.Join(in, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout bytes.Buffer
	if err := run(&stdout, out, graph.MeasurePageRank, graph.Day, 10, []string{in}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	// A summary line, a blank line, the header, a row per actor, a blank line, "wrote ...".
	if len(lines) < 7 {
		t.Fatalf("got %d lines of output, want at least 7:\n%s", len(lines), stdout.String())
	}
	if f := strings.Fields(lines[2]); !slices.Equal(f, []string{"actor", "2026-03-02", "2026-03-09"}) {
		t.Errorf("header is %q, want actor and the two dates", lines[2])
	}
	for _, name := range []string{"Scholz", "Lula", "Macron"} {
		if !strings.Contains(stdout.String(), name) {
			t.Errorf("the table lacks %s:\n%s", name, stdout.String())
		}
	}

	// By week, the two reports are two periods (2026-03-02 and 03-09 are Mondays); by month
	// they are one, and there is no chart.
	for per, header := range map[graph.Period][]string{
		graph.Week:  {"actor", "2026-03-02", "2026-03-09"},
		graph.Month: {"actor", "2026-03"},
	} {
		var buf bytes.Buffer
		if err := run(&buf, t.TempDir(), graph.MeasurePageRank, per, 10, []string{in}); err != nil {
			t.Fatal(err)
		}
		if f := strings.Fields(strings.Split(buf.String(), "\n")[2]); !slices.Equal(f, header) {
			t.Errorf("by %s: header %q, want %q", per, f, header)
		}
	}

	svg, err := os.ReadFile(filepath.Join(out, "ranks.svg"))
	if err != nil {
		t.Fatal(err)
	}
	texts, err := svgtext.Texts(svg)
	if err != nil {
		t.Fatalf("ranks.svg is not XML: %v", err)
	}
	for _, date := range []string{"2026-03-02", "2026-03-09"} {
		if !slices.Contains(texts, date) {
			t.Errorf("ranks.svg does not show %s; its texts are %q", date, texts)
		}
	}
}

// TestTimelineOneDate checks that the bundled articles, all of one date, give a table and the
// reason there is no chart, and write nothing.
func TestTimelineOneDate(t *testing.T) {
	out := t.TempDir()
	var stdout bytes.Buffer
	if err := run(&stdout, out, graph.MeasurePageRank, graph.Day, 5, nil); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	// A summary line, a blank line, the header, five rows, a blank line, the reason.
	if len(lines) != 10 {
		t.Fatalf("got %d lines of output, want 10:\n%s", len(lines), stdout.String())
	}
	if !strings.HasPrefix(lines[9], "no chart") {
		t.Errorf("last line is %q, want the reason there is no chart", lines[9])
	}
	if entries, _ := os.ReadDir(out); len(entries) > 0 {
		t.Errorf("wrote %d files, want none", len(entries))
	}
}
