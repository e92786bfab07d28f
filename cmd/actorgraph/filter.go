package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
)

// docFilter holds the flags that choose articles by date and outlet: -since, -until and
// -source.
type docFilter struct {
	since, until, source *string
}

// filterFlags defines -since, -until and -source on fs.
func filterFlags(fs *flag.FlagSet) docFilter {
	return docFilter{
		since:  fs.String("since", "", "read only articles dated on or after this date (2025-11-21, 21 November 2025, ...); undated articles are left out"),
		until:  fs.String("until", "", "read only articles dated on or before this date; undated articles are left out"),
		source: fs.String("source", "", "read only articles from these outlets, comma-separated, as their source: field names them (any case)"),
	}
}

// active reports whether a filter flag is set.
func (f docFilter) active() bool { return *f.since != "" || *f.until != "" || *f.source != "" }

// apply returns the documents the flags choose, in order, saying on stderr how many were
// left out for having no date. A date of a month or a year alone counts as its first day.
// It returns an error if a flag's date cannot be read or if no document is left.
func (f docFilter) apply(docs []*extract.Document, stderr io.Writer) ([]*extract.Document, error) {
	if !f.active() {
		return docs, nil
	}
	since, until := "", ""
	for _, d := range []struct {
		flag string
		in   string
		out  *string
	}{{"since", *f.since, &since}, {"until", *f.until, &until}} {
		if d.in == "" {
			continue
		}
		v, ok := extract.ParseDate(d.in)
		if !ok {
			return nil, usagef("-%s %q is no date (want 2025-11-21, 21 November 2025, Nov. 21, 2025 or 11/21/2025)", d.flag, d.in)
		}
		*d.out = v
	}
	sources := map[string]bool{}
	for s := range strings.SplitSeq(*f.source, ",") {
		if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
			sources[s] = true
		}
	}
	var out []*extract.Document
	undated := 0
	for _, d := range docs {
		if len(sources) > 0 && !sources[strings.ToLower(strings.TrimSpace(d.Source))] {
			continue
		}
		if since != "" || until != "" {
			if d.Date == "" {
				undated++
				continue
			}
			// "2025-11" sorts before "2025-11-01": a month counts as its first day.
			if since != "" && d.Date < since && !strings.HasPrefix(since, d.Date+"-01") ||
				until != "" && d.Date > until {
				continue
			}
		}
		out = append(out, d)
	}
	if undated > 0 {
		fmt.Fprintf(stderr, "actorgraph: warning: %d of %d articles have no date and are left out by -since/-until\n", undated, len(docs))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no article of the %d read is %s", len(docs), f.describe())
	}
	return out, nil
}

// describe says what the flags ask for, for messages.
func (f docFilter) describe() string {
	var parts []string
	if *f.since != "" {
		parts = append(parts, "dated on or after "+*f.since)
	}
	if *f.until != "" {
		parts = append(parts, "dated on or before "+*f.until)
	}
	if *f.source != "" {
		parts = append(parts, "from "+*f.source)
	}
	return strings.Join(parts, " and ")
}
