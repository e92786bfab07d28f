// Package examples_test runs every example as a user would, as a built program with -o
// naming a folder that does not exist yet, and checks that each made the folder and wrote
// its files there.
package examples_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/newsgen"
)

// examples are the runnable examples, each with the files it writes into its -o folder.
var examples = []struct {
	name  string
	files []string
	args  []string
}{
	{"quickstart", []string{"actors.svg"}, nil},
	{"centrality", nil, nil},
	{"charts", []string{"top.svg"}, nil},
	{"compare-sources", nil, nil},
	{"custom-actors", nil, nil},
	{"explorer", []string{"explorer.html"}, nil},
	{"folder", []string{"actors.svg", "explorer.html"}, []string{"../corpus/articles"}},
	{"interactions", []string{"interactions.csv"}, nil},
	{"notebook", []string{"analysis.svg", "explorer.html", "top.svg"}, nil},
	// The bundled articles are of one day: the timeline reads 60 generated ones of six months.
	{"timeline", []string{"ranks.svg"}, []string{"-by", "month", "{news}"}},
}

func TestExamplesWriteIntoMissingFolders(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs every example")
	}
	bin := t.TempDir()
	exe := ""
	if runtime.GOOS == "windows" {
		exe = ".exe"
	}
	// One go build for all: the examples share most of their packages.
	args := []string{"build", "-o", bin + string(filepath.Separator)}
	for _, e := range examples {
		args = append(args, "./"+e.name)
	}
	if out, err := exec.Command("go", args...).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	news := filepath.Join(t.TempDir(), "news")
	if err := newsgen.WriteFiles(news, 60, 1); err != nil {
		t.Fatal(err)
	}
	for _, e := range examples {
		t.Run(e.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "not", "yet", "there")
			args := []string{"-o", dir}
			for _, a := range e.args {
				args = append(args, strings.ReplaceAll(a, "{news}", news))
			}
			cmd := exec.Command(filepath.Join(bin, e.name+exe), args...)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%s -o %s: %v\n%s", e.name, dir, err, out)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatalf("%s -o %s made no folder: %v", e.name, dir, err)
			}
			if len(entries) == 0 {
				t.Fatalf("%s -o %s wrote nothing there", e.name, dir)
			}
			for _, f := range e.files {
				if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
					t.Errorf("%s -o %s: no %s (%v)", e.name, dir, f, err)
				}
			}
		})
	}
}
