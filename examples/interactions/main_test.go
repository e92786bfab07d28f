package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestInteractions runs the example on the sample articles and checks the table it prints and
// the CSV file it writes against each other.
func TestInteractions(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(&out, dir, nil); err != nil {
		t.Fatal(err)
	}
	records := readCSV(t, filepath.Join(dir, "interactions.csv"))
	if len(records) < 2 {
		t.Fatalf("interactions.csv has %d records, want a header and interactions", len(records))
	}
	header, rows := records[0], records[1:]
	col := func(name string) int {
		i := slices.Index(header, name)
		if i < 0 {
			t.Fatalf("interactions.csv header %q lacks %s", header, name)
		}
		return i
	}
	source, target, kind, sign, evidence := col("source_id"), col("target_id"), col("kind"), col("sign"), col("evidence")

	zelensky := false
	for _, r := range rows {
		if r[source] == "volodymyr-zelensky" || r[target] == "volodymyr-zelensky" {
			zelensky = true
		}
		if r[kind] == "" {
			t.Errorf("row %q has no kind", r)
		}
		if !slices.Contains([]string{"cooperation", "conflict", "neutral"}, r[sign]) {
			t.Errorf("row %q has sign %q", r, r[sign])
		}
		if strings.TrimSpace(r[evidence]) == "" {
			t.Errorf("row %q has no evidence", r)
		}
	}
	if !zelensky {
		t.Error("no interaction involves volodymyr-zelensky, the president both sample articles are about")
	}

	// The table has a summary line, a blank line, a header, a row per interaction, a blank
	// line and "wrote ...".
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if got, want := len(lines), len(rows)+5; got != want {
		t.Fatalf("got %d lines of output, want %d:\n%s", got, want, out.String())
	}
	for _, l := range lines[3 : 3+len(rows)] {
		if len([]rune(l)) > 250 || len(strings.Fields(l)) < 7 {
			t.Errorf("row %q: want source, kind, target, sign, modality, count and a trimmed sentence", l)
		}
	}
	if !strings.Contains(out.String(), "Volodymyr Zelensky") {
		t.Error("the table does not name Volodymyr Zelensky")
	}
}

// TestInteractionsNoFile checks that without a directory the example writes nothing.
func TestInteractionsNoFile(t *testing.T) {
	t.Chdir(t.TempDir())
	var out bytes.Buffer
	if err := run(&out, "", nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "wrote") {
		t.Errorf("output says it wrote a file:\n%s", out.String())
	}
	if entries, _ := os.ReadDir("."); len(entries) > 0 {
		t.Errorf("wrote %d files, want none", len(entries))
	}
}

// TestInteractionsCSVFormulas: evidence that opens with a formula character goes out as text
// (a leading ' as OWASP advises), so that a spreadsheet opening interactions.csv runs nothing;
// numeric cells stay numbers.
func TestInteractionsCSVFormulas(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "formula.txt")
	if err := os.WriteFile(article, []byte("=Anna Kovac met Marta Lind in Geneva on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(&out, dir, []string{article}); err != nil {
		t.Fatal(err)
	}
	records := readCSV(t, filepath.Join(dir, "interactions.csv"))
	if len(records) != 2 {
		t.Fatalf("interactions.csv has %d records, want a header and one interaction: %q", len(records), records)
	}
	header, row := records[0], records[1]
	evidence, goldstein := slices.Index(header, "evidence"), slices.Index(header, "goldstein")
	if got := row[evidence]; !strings.HasPrefix(got, "'=Anna Kovac") {
		t.Errorf("evidence cell %q, want it to start with '=", got)
	}
	if got := row[goldstein]; strings.HasPrefix(got, "'") {
		t.Errorf("goldstein cell %q escaped, want a number", got)
	}
}

// readCSV reads the CSV file at path.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("%s is not CSV: %v", filepath.Base(path), err)
	}
	return records
}
