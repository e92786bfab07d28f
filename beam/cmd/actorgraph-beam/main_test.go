package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommand builds actorgraph-beam and runs it as a user does: on the sample articles on
// Beam's local runner, and with no input.
func TestCommand(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "actorgraph-beam")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out := filepath.Join(dir, "new", "graph.json")
	cmd := exec.Command(bin, "-input", "../../../corpus/articles", "-output", out, "-neo4j", filepath.Join(dir, "neo4j"))
	if log, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("actorgraph-beam: %v\n%s", err, log)
	}
	var g struct {
		Nodes []struct{ ID string }
		Edges []struct{ Weight float64 }
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		ids[n.ID] = true
	}
	for _, id := range []string{"volodymyr-zelensky", "donald-trump", "marco-rubio", "steve-witkoff"} {
		if !ids[id] {
			t.Errorf("no actor %q among %d", id, len(g.Nodes))
		}
	}
	if len(g.Edges) == 0 {
		t.Error("no ties")
	}
	for _, name := range []string{"actors.csv", "relations.csv"} {
		if _, err := os.Stat(filepath.Join(dir, "neo4j", name)); err != nil {
			t.Error(err)
		}
	}

	var stderr bytes.Buffer
	cmd = exec.Command(bin, "-output", out)
	cmd.Stderr = &stderr
	var exit *exec.ExitError
	if err := cmd.Run(); !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(stderr.String(), "usage: actorgraph-beam") {
		t.Errorf("with no -input: %v, %q; want exit status 2 and the usage", err, stderr.String())
	}
	stderr.Reset()
	cmd = exec.Command(bin, "-input", filepath.Join(dir, "missing"), "-output", out)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err == nil || !strings.Contains(stderr.String(), "missing") {
		t.Errorf("with a missing input: %v, %q; want an error naming it", err, stderr.String())
	}
}
