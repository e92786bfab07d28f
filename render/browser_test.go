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

	"github.com/actorgraph/actorgraph/render"
)

// TestHTMLInBrowser opens the explorer of a hostile graph in headless Chromium, if one is
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
	dir := t.TempDir()
	page := filepath.Join(dir, "explorer.html")
	html := writeHTML(t, render.Config{Title: "In a browser"}, htmlHostileGraph())
	if err := os.WriteFile(page, html, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--virtual-time-budget=5000", "--dump-dom", "file://"+page).Output()
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
}
