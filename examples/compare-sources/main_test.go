package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestCompareSources(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, "pagerank", nil); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	// Hand-checked against the articles: only the Kyiv Independent names Reuters and the
	// Washington Post; only News.Az names Putin, Witkoff and Driscoll.
	for _, want := range []string{
		"kyivindependent-2025-11-24-zelensky-visit.txt (", "vs News.Az (",
		"actors only in kyivindependent-2025-11-24-zelensky-visit.txt", "Reuters", "The Washington Post",
		"actors only in News.Az", "Vladimir Putin", "Steve Witkoff", "Dan Driscoll",
		"rank under pagerank",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if err := run(&out, "nonsense", nil); err == nil {
		t.Error("an unknown measure gave no error")
	}
}
