package extract

import "testing"

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025-11-21", "2025-11-21"},
		{"2025-11-21T14:03:00+02:00", "2025-11-21"}, // RFC 3339: the date as written
		{"2025-11-21T23:30:00Z", "2025-11-21"},
		{"2025-11-21 14:03", "2025-11-21"},
		{"2025/11/21", "2025-11-21"},
		{"21 November 2025", "2025-11-21"},
		{"November 21, 2025", "2025-11-21"},
		{"Nov. 21, 2025", "2025-11-21"},
		{"Nov 21 2025", "2025-11-21"},
		{"21 Nov 2025", "2025-11-21"},
		{"Sept. 3, 2025", "2025-09-03"},
		{"Friday, 21 November 2025", "2025-11-21"},
		{"Fri, 21 Nov 2025 14:03:00 GMT", "2025-11-21"}, // RFC 1123, as in RSS
		{"the 21st of November 2025", ""},               // ordinals: not read
		{"11/21/2025", "2025-11-21"},                    // month/day/year
		{"03/04/2025", "2025-03-04"},                    // month first when both could be
		{"21/11/2025", "2025-11-21"},                    // day first when the first is above 12
		{"21.11.2025", "2025-11-21"},                    // day.month.year
		{"2025.11.21", "2025-11-21"},
		{"2025-02-30", ""}, // no such day
		{"13/13/2025", ""},
		{"November 2025", "2025-11"}, // a month alone
		{"2025-03", "2025-03"},
		{"2025", "2025"},
		{"2025-13", ""},
		{"yesterday", ""},
		{"", ""},
		{"21 November 25", ""}, // a two-digit year is not read
		{"2025-11-21 and more words after it", ""},
		{"2025-11-21Tgarbage", ""},
		{"2025-11-21T", ""},
		{"2025-11-21 14:03:00 and more", ""},
		{"2025-11-21T14:03:00.123+05:30", "2025-11-21"},
		{"Fri, 21 Nov 2025 14:03:00 +0000", "2025-11-21"}, // RFC 1123 with a numeric zone
		{"Fri, 21 Nov 2025 14:03:00 -0500", "2025-11-21"},
		{"Nov 21, 2025, 2:30 p.m.", "2025-11-21"},
		{"Nov 21, 2025 2030", ""}, // a number after the date that follows no time
	} {
		got, ok := ParseDate(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}
