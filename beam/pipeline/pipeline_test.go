package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/newsgen"
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// The tests run on Beam's local runner, prism, unless -runner says otherwise.
func TestMain(m *testing.M) { ptest.Main(m) }

// actorgraph is the actorgraph command, built once from the core module.
var actorgraph = func() func(t *testing.T) string {
	var bin string
	var err error
	return func(t *testing.T) string {
		t.Helper()
		if bin == "" && err == nil {
			dir, e := os.MkdirTemp("", "actorgraph-bin")
			if e != nil {
				t.Fatal(e)
			}
			bin = filepath.Join(dir, "actorgraph")
			cmd := exec.Command("go", "build", "-C", "../..", "-o", bin, "./cmd/actorgraph")
			if out, e := cmd.CombinedOutput(); e != nil {
				err = fmt.Errorf("go build ./cmd/actorgraph: %v\n%s", e, out)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		return bin
	}
}()

// run runs the pipeline on o.
func run(t *testing.T, o Options) error {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		return err
	}
	return ptest.Run(p)
}

// export runs actorgraph export with args and returns its standard error.
func export(t *testing.T, args ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(actorgraph(t), append([]string{"export"}, args...)...)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("actorgraph export %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stderr.String()
}

// generated writes n generated articles into a new directory, as one JSON Lines file, and
// a few text files: some with one ID, some named like glob patterns, one that names no
// actor; and returns the directory.
func generated(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	var lines bytes.Buffer
	if err := newsgen.WriteJSONL(&lines, n, 5); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "feed.jsonl"), lines.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// Text articles with headers; two share an ID, which the second gives up.
	texts := map[string]string{
		"a/one.txt":  "id: same\ntitle: Talks in Geneva\nsource: Reuters\ndate: 2025-08-01\n\nMarco Rubio met Andrii Sybiha in Geneva. Rubio praised Ukraine.\n",
		"b/one.txt":  "id: same\ntitle: Talks in Rome\nsource: AFP\ndate: 2025-08-02\n\nGiorgia Meloni criticised Russia. Meloni met Volodymyr Zelensky in Rome.\n",
		"c/note.md":  "Envoy Jan Kowalczyk met Sergei Lavrov in Moscow. Kowalczyk said little.\n",
		"z-last.txt": "Polish envoy Jan Kowalczyk met Marco Rubio. Kowalczyk thanked the United States.\n",
		// IDs that renaming meets: the second "a" becomes "a-2", so the "a-2" after it
		// becomes "a-2-2", and the "a-2-2" after that "a-2-2-2".
		"d/1.txt": "id: a\n\nMarco Rubio met Sergei Lavrov in Riyadh.\n",
		"d/2.txt": "id: a\n\nKeir Starmer criticised Russia.\n",
		"d/3.txt": "id: a-2\n\nEmmanuel Macron met Volodymyr Zelensky.\n",
		"d/4.txt": "id: a-2-2\n\nFriedrich Merz praised Poland.\n",
		// Names that are glob patterns, and a document no evidence cites.
		"x[1].txt":  "Donald Trump criticised China.\n",
		"x1.txt":    "Xi Jinping met Narendra Modi.\n",
		"quiet.txt": "Nothing happened here today.\n",
	}
	for name, text := range texts {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestSameAsExport runs the pipeline over the sample articles and over generated ones and
// checks that it writes the node-link JSON of actorgraph export -format nodelink on the same
// input, byte for byte: the same co-mention weights and counts, interaction counts and
// Goldstein sums, actors, affiliations, evidence and documents.
func TestSameAsExport(t *testing.T) {
	samples := "../../corpus/articles"
	many := generated(t, 3000)
	for _, c := range []struct {
		name, input string
		evidence    int
	}{
		{"samples", samples, 10},
		{"samples-all-evidence", samples, 0},
		{"generated", many, 10},
		{"generated-all-evidence", many, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			beamOut, cliOut := filepath.Join(dir, "beam.json"), filepath.Join(dir, "export.json")
			if err := run(t, Options{Input: c.input, Output: beamOut, Evidence: c.evidence}); err != nil {
				t.Fatal(err)
			}
			export(t, "-format", "nodelink", "-evidence", fmt.Sprint(c.evidence), "-o", cliOut, c.input)
			got, want := readFile(t, beamOut), readFile(t, cliOut)
			checkNontrivial(t, want)
			if !bytes.Equal(got, want) {
				t.Fatalf("the pipeline's graph differs from actorgraph export's:\n%s", firstDifference(got, want))
			}
		})
	}
}

// checkNontrivial fails unless a node-link file has ties with weights, interactions,
// affiliations and documents: what the comparison is about.
func checkNontrivial(t *testing.T, data []byte) {
	t.Helper()
	var g struct {
		Graph struct {
			Documents, Interactions, Affiliations []json.RawMessage
		}
		Nodes []json.RawMessage
		Edges []struct{ Weight float64 }
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) < 10 || len(g.Edges) < 10 || g.Edges[0].Weight <= 0 || len(g.Graph.Interactions) < 5 ||
		len(g.Graph.Affiliations) < 5 || len(g.Graph.Documents) < 2 {
		t.Fatalf("a graph too small to compare: %d nodes, %d edges, %d interactions, %d affiliations, %d documents",
			len(g.Nodes), len(g.Edges), len(g.Graph.Interactions), len(g.Graph.Affiliations), len(g.Graph.Documents))
	}
}

// TestNeo4jSameAsExport checks the neo4j-admin CSV files against actorgraph export -format
// csv -layer all's, and that actorgraph rank -in reads the node-link file.
func TestNeo4jSameAsExport(t *testing.T) {
	input := generated(t, 300)
	dir := t.TempDir()
	beamDir, cliDir, out := filepath.Join(dir, "beam"), filepath.Join(dir, "export"), filepath.Join(dir, "graph.json")
	if err := run(t, Options{Input: input, Output: out, Neo4j: beamDir, Evidence: 3}); err != nil {
		t.Fatal(err)
	}
	export(t, "-format", "csv", "-layer", "all", "-evidence", "3", "-o", cliDir, input)
	want, err := os.ReadDir(cliDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("actorgraph export wrote no CSV files")
	}
	for _, e := range want {
		if got, want := readFile(t, filepath.Join(beamDir, e.Name())), readFile(t, filepath.Join(cliDir, e.Name())); !bytes.Equal(got, want) {
			t.Errorf("%s differs:\n%s", e.Name(), firstDifference(got, want))
		}
	}
	rank, err := exec.Command(actorgraph(t), "rank", "-in", out).Output()
	if err != nil {
		t.Fatalf("actorgraph rank -in: %v", err)
	}
	if !bytes.Contains(rank, []byte(`"pagerank"`)) || !bytes.Contains(rank, []byte(`"vladimir-putin"`)) {
		t.Errorf("actorgraph rank -in gave %.300s", rank)
	}
}

// TestBadInput checks that inputs that cannot be read fail the pipeline, naming every one,
// with nothing written, and that with SkipBad the others make the graph actorgraph export
// -skip-bad makes.
func TestBadInput(t *testing.T) {
	input := generated(t, 50)
	bad := filepath.Join(input, "bad.txt")
	if err := os.WriteFile(bad, []byte("Marco Rubio met \xff\xfe\x00 Andrii Sybiha."), 0o644); err != nil {
		t.Fatal(err)
	}
	badLines := filepath.Join(input, "bad.jsonl")
	if err := os.WriteFile(badLines, []byte("{\"id\":\"ok\",\"text\":\"Marco Rubio met Andrii Sybiha.\"}\n{\"id\": broken\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	err := run(t, Options{Input: input, Output: filepath.Join(dir, "fail.json")})
	if err == nil || !strings.Contains(err.Error(), "bad.txt") || !strings.Contains(err.Error(), "bad.jsonl") {
		t.Fatalf("error %v, want one naming bad.txt and bad.jsonl", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "fail.json")); err == nil {
		t.Error("a failed pipeline wrote its output")
	}
	beamOut, cliOut := filepath.Join(dir, "beam.json"), filepath.Join(dir, "export.json")
	if err := run(t, Options{Input: input, Output: beamOut, Evidence: 10, SkipBad: true}); err != nil {
		t.Fatal(err)
	}
	if stderr := export(t, "-format", "nodelink", "-evidence", "10", "-skip-bad", "-o", cliOut, input); !strings.Contains(stderr, "bad.txt") {
		t.Errorf("actorgraph export -skip-bad said %q, nothing of bad.txt", stderr)
	}
	if got, want := readFile(t, beamOut), readFile(t, cliOut); !bytes.Equal(got, want) {
		t.Fatalf("with a bad file skipped, the pipeline's graph differs from actorgraph export's:\n%s", firstDifference(got, want))
	}
}

// TestEmptyGraph checks that articles that name no actors make an empty graph, written as
// actorgraph export writes it.
func TestEmptyGraph(t *testing.T) {
	input := t.TempDir()
	if err := os.WriteFile(filepath.Join(input, "quiet.txt"), []byte("Nothing happened here today.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	beamOut, cliOut := filepath.Join(dir, "beam.json"), filepath.Join(dir, "export.json")
	if err := run(t, Options{Input: input, Output: beamOut, Evidence: 10}); err != nil {
		t.Fatal(err)
	}
	export(t, "-format", "nodelink", "-evidence", "10", "-o", cliOut, input)
	if got, want := readFile(t, beamOut), readFile(t, cliOut); !bytes.Equal(got, want) {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestBuildRejects(t *testing.T) {
	empty := t.TempDir()
	out := filepath.Join(t.TempDir(), "g.json")
	for _, c := range []struct {
		o    Options
		want string
	}{
		{Options{Output: out}, "no input"},
		{Options{Input: empty}, "no output"},
		{Options{Input: empty, Output: out, Evidence: -1}, "evidence -1"},
		{Options{Input: empty, Output: out}, "no article files"},
		{Options{Input: filepath.Join(empty, "missing.jsonl"), Output: out}, "missing.jsonl"},
	} {
		_, s := beam.NewPipelineWithRoot()
		if err := Build(s, c.o); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Build(%+v) = %v, want an error saying %q", c.o, err, c.want)
		}
	}
}

func TestDocumentCoderRejects(t *testing.T) {
	for _, data := range []string{``, `{}`, `{"Doc":{"Text":"ab","Sentences":[{"Start":1,"End":5}]}}`} {
		if _, err := decodeDocument([]byte(data)); err == nil {
			t.Errorf("decodeDocument(%q) = nil error", data)
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// firstDifference shows where two outputs first differ.
func firstDifference(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-200, 0)
	return fmt.Sprintf("at byte %d:\ngot  …%s…\nwant …%s…", i, got[from:min(i+200, len(got))], want[from:min(i+200, len(want))])
}
