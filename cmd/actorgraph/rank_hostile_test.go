package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeLargeGraph writes a node-link graph of n actors and no ties, whose graph.PathWork
// (n²) is above maxPathWork when n is above about 31,623, and returns its path.
func writeLargeGraph(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"nodes": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": "a%d"}`, i)
	}
	b.WriteString(`], "links": []}`)
	path := filepath.Join(t.TempDir(), "large.json")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// TestRankRefusesPathMeasuresOnLargeGraph checks the size guard: on a graph too large for
// the shortest-path measures, rank refuses them before computing anything, names the input,
// the cheap measures and -force; the cheap measures still run.
func TestRankRefusesPathMeasuresOnLargeGraph(t *testing.T) {
	in := writeLargeGraph(t, 40000) // PathWork 1.6e9
	for _, measures := range []string{"", "degree,betweenness", "harmonic"} {
		args := []string{"rank", "-in", in}
		if measures != "" {
			args = append(args, "-measures", measures)
		}
		code, stdout, stderr := runCLI(t, args...)
		assert.Equal(t, 1, code, "%s: %s", measures, stderr)
		assert.Empty(t, stdout)
		assert.Contains(t, stderr, "large.json")
		assert.Contains(t, stderr, "40000 actors")
		assert.Contains(t, stderr, "-measures degree,eigenvector,pagerank,strength")
		assert.Contains(t, stderr, "-force")
		assert.Equal(t, 1, strings.Count(stderr, "\n"), "want one line, got %q", stderr)
	}
	code, stdout, stderr := runCLI(t, "rank", "-in", in, "-measures", "degree,strength,pagerank,eigenvector", "-format", "csv", "-top", "3")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, 4, strings.Count(stdout, "\n"), stdout)
}

// TestRankForce checks that -force lets the path measures run on the large graph
// (here cheap: no ties, so every search stops at its source).
func TestRankForce(t *testing.T) {
	in := writeLargeGraph(t, 40000)
	code, _, stderr := runCLI(t, "rank", "-in", in, "-measures", "closeness", "-force", "-top", "1")
	assert.Equal(t, 0, code, stderr)
}

// TestRankCSVFormulaInjection checks that rank -format csv writes ids and names that a
// spreadsheet would run as formulas with a leading quote, and numbers as they are.
func TestRankCSVFormulaInjection(t *testing.T) {
	in := filepath.Join(t.TempDir(), "hostile.json")
	require.NoError(t, os.WriteFile(in, []byte(`{"nodes": [
		{"id": "=cmd|' /C calc'!A0", "name": "=HYPERLINK(\"http://evil\",\"x\")"},
		{"id": "+1", "name": "-2+3"}, {"id": "@sum", "name": "\tTab"}, {"id": "'quoted", "name": "\rCR"},
		{"id": "plain", "name": "Plain"}],
		"links": [{"source": "=cmd|' /C calc'!A0", "target": "+1"}, {"source": "+1", "target": "@sum"},
		{"source": "@sum", "target": "'quoted"}, {"source": "'quoted", "target": "plain"}]}`), 0o644))
	code, stdout, stderr := runCLI(t, "rank", "-in", in, "-format", "csv")
	require.Equal(t, 0, code, stderr)
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 6)
	for _, row := range rows[1:] {
		for i, cell := range row {
			if i == 1 || i == 2 { // id, name: text
				assert.False(t, cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])), "text cell %q starts a formula", cell)
				continue
			}
			_, err := fmt.Sscan(cell, new(float64)) // rank and measures: numbers, unescaped
			assert.NoError(t, err, "cell %d %q of %q", i, cell, row)
		}
	}
	assert.Contains(t, stdout, `"'=HYPERLINK(""http://evil"",""x"")"`)
	assert.Contains(t, stdout, ",'+1,'-2+3,")
	assert.Contains(t, stdout, ",''quoted,")
	assert.Contains(t, stdout, ",plain,Plain,")
}
