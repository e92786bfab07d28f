package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

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
// left out for having no date (see chooser).
func (f docFilter) apply(docs []*extract.Document, stderr io.Writer) ([]*extract.Document, error) {
	c, err := f.chooser()
	if err != nil {
		return nil, err
	}
	var out []*extract.Document
	for _, d := range docs {
		if c.keep(d) {
			out = append(out, d)
		}
	}
	if err := c.done(stderr); err != nil {
		return nil, err
	}
	return out, nil
}

// choice chooses documents one at a time as the flags say, and counts them.
type choice struct {
	f                   docFilter
	since, until        string
	sources             map[string]bool
	seen, kept, undated int
}

// chooser returns the choice of the flags. A document dated by a month or a year alone is
// kept if that period overlaps the range. It returns an error if a flag's date cannot be
// read.
func (f docFilter) chooser() (*choice, error) {
	c := &choice{f: f, sources: map[string]bool{}}
	for _, d := range []struct {
		flag string
		in   string
		out  *string
	}{{"since", *f.since, &c.since}, {"until", *f.until, &c.until}} {
		if d.in == "" {
			continue
		}
		v, ok := extract.ParseDate(d.in)
		if !ok {
			return nil, usagef("-%s %q is no date (want 2025-11-21, 21 November 2025, Nov. 21, 2025 or 11/21/2025)", d.flag, d.in)
		}
		*d.out = v
	}
	// A month or a year alone, as a flag, is its first day for -since and its last for
	// -until: -until 2025-11 keeps the whole of November.
	if c.since != "" {
		c.since, _ = period(c.since)
	}
	if c.until != "" {
		_, c.until = period(c.until)
	}
	for s := range strings.SplitSeq(*f.source, ",") {
		if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
			c.sources[s] = true
		}
	}
	return c, nil
}

// keep reports whether the flags choose d.
func (c *choice) keep(d *extract.Document) bool {
	c.seen++
	if len(c.sources) > 0 && !c.sources[strings.ToLower(strings.TrimSpace(d.Source))] {
		return false
	}
	if c.since != "" || c.until != "" {
		if d.Date == "" {
			c.undated++
			return false
		}
		// A month or a year alone is the whole period: kept if it overlaps the range.
		first, last := period(d.Date)
		if c.since != "" && last < c.since || c.until != "" && first > c.until {
			return false
		}
	}
	c.kept++
	return true
}

// done says on stderr how many documents were left out for having no date, and returns an
// error if the flags left none of those seen.
func (c *choice) done(stderr io.Writer) error {
	if !c.f.active() {
		return nil
	}
	if c.undated > 0 {
		fmt.Fprintf(stderr, "actorgraph: warning: %d of %d articles have no date and are left out by -since/-until\n", c.undated, c.seen)
	}
	if c.kept == 0 {
		return fmt.Errorf("no article of the %d read is %s", c.seen, c.f.describe())
	}
	return nil
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

// period returns the first and last day, YYYY-MM-DD, of a date that ParseDate returned: the
// day itself, or the first and last day of a month or a year alone.
func period(date string) (first, last string) {
	switch len(date) {
	case 4:
		return date + "-01-01", date + "-12-31"
	case 7:
		t, err := time.Parse("2006-01", date)
		if err != nil {
			return date, date
		}
		return t.Format(time.DateOnly), t.AddDate(0, 1, -1).Format(time.DateOnly)
	}
	return date, date
}
