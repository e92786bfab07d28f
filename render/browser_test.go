package render_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/render"
)

// browserPages are the pages that TestHTMLInBrowser opens, each with a fragment, and text
// that its DOM must hold once the script has run: the selected actor's name in the panel.
var browserPages = []struct {
	name     string
	graph    func() *graph.Graph
	fragment string
	want     []string
}{
	{"hostile names", htmlHostileGraph, "", nil},
	{"prototype names", htmlPrototypeGraph, "", nil},
	// An ID that is an Object.prototype property, percent-encoded as a browser would.
	{"prototype fragment", htmlPrototypeGraph, "%5F%5Fproto%5F%5F", []string{"<h2>Proto</h2>", ">Constructor</button>"}},
	{"fragment constructor", htmlPrototypeGraph, "constructor", []string{"<h2>Constructor</h2>"}},
	// Not percent-encoded UTF-8: decodeURIComponent throws on it.
	{"malformed fragment", htmlHostileGraph, "%E0%A4%A", nil},
}

// TestHTMLInBrowser opens explorers of hostile graphs in headless Chromium, if one is
// installed (Debian's chromium package), and checks from the page's DOM that its script ran
// to the end and drew every actor and tie, and that no hostile name became an element.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	var browser string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no headless Chromium installed")
	}
	for _, tt := range browserPages {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			page := filepath.Join(dir, "explorer.html")
			html := writeHTML(t, render.Config{Title: "In a browser"}, tt.graph())
			if err := os.WriteFile(page, html, 0o644); err != nil {
				t.Fatal(err)
			}
			url := "file://" + page
			if tt.fragment != "" {
				url += "#" + tt.fragment
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			out, err := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
				"--virtual-time-budget=5000", "--dump-dom", url).Output()
			if err != nil {
				t.Fatalf("%s: %v", browser, err)
			}
			dom := string(out)
			data := decodeHTML(t, html).Elements
			if len(data.Nodes) == 0 || len(data.Edges) == 0 {
				t.Fatal("the test graph has no actors or no ties")
			}
			if want := fmt.Sprintf(`data-drawn="%d actors, %d ties"`, len(data.Nodes), len(data.Edges)); !strings.Contains(dom, want) {
				t.Errorf("the page's script did not draw everything: no %s in\n%.2000s", want, dom)
			}
			if !strings.Contains(dom, "<canvas") {
				t.Error("Cytoscape.js drew no canvas")
			}
			for _, bad := range []string{"<b>x", "<img", "alert(1)</script>"} {
				if strings.Contains(dom, bad) {
					t.Errorf("the DOM holds %q: a name became markup", bad)
				}
			}
			for _, want := range tt.want {
				if !strings.Contains(dom, want) {
					t.Errorf("the DOM lacks %s", want)
				}
			}
		})
	}
}
