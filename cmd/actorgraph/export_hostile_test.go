package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dirNames lists the entries of dir, sorted.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// oldGraphML stands for a good export made earlier, which a failed one must not spoil.
const oldGraphML = "<?xml version=\"1.0\"?>\n<graphml><!-- the good old export --></graphml>\n"

// TestExportFailedInputKeepsFile checks that an export whose input fails leaves the file it
// would have replaced as it was, and nothing beside it.
func TestExportFailedInputKeepsFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "existing.graphml")
	require.NoError(t, os.WriteFile(out, []byte(oldGraphML), 0o644))
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"nodes": [{"id": "a"}], "links": [{"source": "a", "target": "nobody"}]}`), 0o644))
	code, _, stderr := runCLI(t, "export", "-format", "graphml", "-in", bad, "-o", out)
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stderr, "bad.json")
	assert.Equal(t, oldGraphML, string(readFile(t, out)))
	assert.Equal(t, []string{"existing.graphml"}, dirNames(t, dir))
}

// fullDiskEnv, when set, makes TestExportFullDiskKeepsFile run the export it names in a
// child process whose file size limit makes writes fail half-way, as a full disk does.
const fullDiskEnv = "ACTORGRAPH_TEST_FULL_DISK"

// TestExportFullDiskKeepsFile runs "export -format graphml -o existing.graphml" in a child
// process that may write no more than 2 KB to a file (ulimit -f), so that the write fails
// half-way with EFBIG. The old file must keep its bytes (with os.WriteFile it was truncated
// and left half-written), and no temporary file may stay behind.
func TestExportFullDiskKeepsFile(t *testing.T) {
	if out := os.Getenv(fullDiskEnv); out != "" {
		// The child: Go ignores SIGXFSZ, so the write returns EFBIG instead of killing it.
		os.Exit(runCLIExit(t, "export", "-format", "graphml", "-o", out))
	}
	if runtime.GOOS == "windows" {
		t.Skip("needs sh and ulimit -f")
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("needs sh and ulimit -f")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "existing.graphml")
	require.NoError(t, os.WriteFile(out, []byte(oldGraphML), 0o644))
	// 4 blocks: 2 KB in 512-byte blocks (POSIX sh), 4 KB where blocks are 1 KB (bash); the
	// corpus's GraphML is far larger.
	cmd := exec.Command(sh, "-c", `ulimit -f 4 && exec "$0" -test.run='^TestExportFullDiskKeepsFile$'`, os.Args[0])
	cmd.Env = append(os.Environ(), fullDiskEnv+"="+out)
	b, err := cmd.CombinedOutput()
	require.Error(t, err, "the export succeeded despite the file size limit:\n%s", b)
	assert.Contains(t, string(b), "existing.graphml")
	assert.Equal(t, oldGraphML, string(readFile(t, out)))
	assert.Equal(t, []string{"existing.graphml"}, dirNames(t, dir))
}

// runCLIExit runs the command line and prints its stderr, for a child process.
func runCLIExit(t *testing.T, args ...string) int {
	code, stdout, stderr := runCLI(t, args...)
	os.Stdout.WriteString(stdout)
	os.Stderr.WriteString(stderr)
	return code
}

// TestExportCSVTogether checks that the two neo4j files are replaced together: when
// relations.csv cannot be written (here it is a directory), actors.csv keeps its old bytes
// rather than describing a graph that relations.csv does not.
func TestExportCSVTogether(t *testing.T) {
	dir := t.TempDir()
	actors := filepath.Join(dir, "actors.csv")
	const oldActors = "id:ID,name\nold,Old\n"
	require.NoError(t, os.WriteFile(actors, []byte(oldActors), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "relations.csv"), 0o755))
	code, _, stderr := runCLI(t, "export", "-format", "csv", "-o", dir)
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stderr, "relations.csv")
	assert.Equal(t, oldActors, string(readFile(t, actors)))
	assert.Equal(t, []string{"actors.csv", "relations.csv"}, dirNames(t, dir))
}

// TestOutputKeepsMode checks that -o keeps the permission bits of the file it replaces.
func TestOutputKeepsMode(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ranks.json")
	require.NoError(t, os.WriteFile(out, []byte("old"), 0o600))
	code, _, stderr := runCLI(t, "rank", "-measures", "degree", "-o", out)
	require.Equal(t, 0, code, stderr)
	fi, err := os.Stat(out)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	assert.True(t, strings.HasPrefix(string(readFile(t, out)), `{"measures"`))
	assert.True(t, slices.Equal(dirNames(t, dir), []string{"ranks.json"}))
}

// hostileNodeLink is a node-link graph whose IDs differ only in characters XML cannot hold
// or start spreadsheet formulas, with weights whose sums overflow.
const hostileNodeLink = `{"nodes": [{"id": "a\u0001"}, {"id": "a\u0002"}, {"id": "a\ufffe"},
	{"id": "=1+1", "name": "=HYPERLINK(\"http://evil\")"}, {"id": "-2"}, {"id": "@x", "name": "\tx"}],
	"links": [{"source": "a\u0001", "target": "a\u0002", "weight": 1e308}, {"source": "a\u0002", "target": "a\ufffe", "weight": 1e308},
	{"source": "=1+1", "target": "-2", "weight": 0.5}, {"source": "-2", "target": "@x"}, {"source": "@x", "target": "a\u0001", "weight": 1e303}]}`

// TestExportHostileGraph exports a hostile graph in every format through the command line
// and checks that each output parses: XML with unique node ids, JSON, and CSV whose text
// cells start no formula.
func TestExportHostileGraph(t *testing.T) {
	in := filepath.Join(t.TempDir(), "hostile.json")
	require.NoError(t, os.WriteFile(in, []byte(hostileNodeLink), 0o644))
	for _, format := range []string{"nodelink", "graphml", "gexf", "cyjs", "csv"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			code, _, stderr := runCLI(t, "export", "-format", format, "-in", in, "-o", out)
			require.Equal(t, 0, code, stderr)
			switch format {
			case "graphml", "gexf":
				var doc struct {
					Nodes []struct {
						ID string `xml:"id,attr"`
					} `xml:"graph>node"`
					GEXFNodes []struct {
						ID string `xml:"id,attr"`
					} `xml:"graph>nodes>node"`
				}
				require.NoError(t, xml.Unmarshal(readFile(t, out), &doc))
				ids := map[string]bool{}
				for _, n := range append(doc.Nodes, doc.GEXFNodes...) {
					assert.False(t, ids[n.ID], "duplicate node id %q", n.ID)
					ids[n.ID] = true
				}
				assert.Len(t, ids, 6)
				assert.NotContains(t, string(readFile(t, out)), "Inf")
			case "nodelink", "cyjs":
				assert.True(t, json.Valid(readFile(t, out)))
			case "csv":
				for _, name := range []string{"actors.csv", "relations.csv"} {
					rows, err := csv.NewReader(bytes.NewReader(readFile(t, filepath.Join(out, name)))).ReadAll()
					require.NoError(t, err, name)
					for _, row := range rows[1:] {
						for i, cell := range row {
							numeric := strings.Contains(rows[0][i], ":int") || strings.Contains(rows[0][i], ":double")
							if !numeric && cell != "" {
								assert.NotContains(t, "=+-@\t\r", cell[:1], "%s: cell %q", name, cell)
							}
						}
					}
				}
			}
		})
	}
}
