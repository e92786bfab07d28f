package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// ParseDate reads a document's date as news sources write it and returns it as YYYY-MM-DD:
//
//   - ISO 8601 and RFC 3339: "2025-11-21", "2025-11-21T14:03:00+02:00" (the date as written,
//     in its own offset), "2025/11/21";
//   - with the month's name or its abbreviation, in either order, with or without a
//     weekday: "21 November 2025", "November 21, 2025", "Nov. 21, 2025", "Fri, 21 Nov
//     2025 14:03:00 GMT" (RFC 1123, as RSS writes it);
//   - numbers with slashes, dashes or dots: "11/21/2025" is month/day/year, the order of
//     American news, unless the first number is above 12 ("21/11/2025" is day/month/year);
//     "21.11.2025" is day.month.year, as in Europe.
//
// A month or a year alone ("2025-03", "March 2025", "2025") gives YYYY-MM or YYYY. It
// reports false for anything else, and for dates that do not exist (2025-02-30).
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) > maxDateBytes {
		return "", false
	}
	// A month or a year alone, when the document says no more: "2025-03", "2025".
	if len(s) == 7 && s[4] == '-' {
		if d, ok := ymd(s[:4], s[5:7], "1"); ok {
			return d[:7], true
		}
	}
	if len(s) == 4 && atoi(s) > 0 {
		return s, true
	}
	// ISO 8601, RFC 3339: the date is the first ten bytes, and a time may follow.
	if len(s) >= 10 && (s[4] == '-' && s[7] == '-' || s[4] == '/' && s[7] == '/') {
		if d, ok := ymd(s[:4], s[5:7], s[8:10]); ok && (len(s) == 10 || isoTime.MatchString(s[10:])) {
			return d, true
		}
	}
	words := dateWords(s)
	var nums []string
	month := 0
	for i, w := range words {
		dateDone := len(nums) == 2 && month > 0 || len(nums) == 3
		// "14:03:00 +0000" ends in a zone offset, whose sign dateWords drops.
		zone := len(w) == 4 && atoi(w) >= 0 && i > 0 && strings.Contains(words[i-1], ":")
		switch {
		case dateDone && (strings.Contains(w, ":") || clockWords[w] || zone):
			// The time and zone that may follow the date ("14:03:00 GMT") are no part of it.
		case w[0] >= '0' && w[0] <= '9' && !strings.Contains(w, ":") && !dateDone:
			nums = append(nums, w)
		case monthNumber(w) > 0:
			if month != 0 {
				return "", false
			}
			month = monthNumber(w)
		case weekday(w) && len(nums) == 0 && month == 0:
		default:
			return "", false
		}
	}
	switch {
	case month > 0 && len(nums) == 1 && len(nums[0]) == 4:
		d, ok := ymd(nums[0], strconv.Itoa(month), "1") // "March 2025"
		return d[:min(len(d), 7)], ok
	case month > 0 && len(nums) >= 2:
		// "21 November 2025", "November 21, 2025": the year is the number of four digits.
		day, year := nums[0], nums[1]
		if len(day) == 4 {
			day, year = year, day
		}
		if len(year) != 4 {
			return "", false
		}
		return ymd(year, strconv.Itoa(month), day)
	case month == 0 && len(nums) >= 3 && len(words) >= 3 && words[0] == nums[0]:
		a, b, c := nums[0], nums[1], nums[2]
		switch {
		case len(a) == 4:
			return ymd(a, b, c) // 2025.11.21
		case len(c) != 4:
			return "", false
		case strings.Contains(s, "."):
			return ymd(c, b, a) // 21.11.2025
		case atoi(a) > 12:
			return ymd(c, b, a) // 21/11/2025
		}
		return ymd(c, a, b) // 11/21/2025
	}
	return "", false
}

// isoTime matches what may follow an ISO 8601 date: a time, with seconds, fractions and a
// zone, after a "T" or a space.
var isoTime = regexp.MustCompile(`^[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?( ?(Z|z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}))?$`)

// clockWords may follow a date with its time: "2:30 pm", "2:30 p.m.", "14:03:00 GMT".
var clockWords = map[string]bool{
	"am": true, "pm": true, "a": true, "p": true, "m": true, "z": true, "gmt": true, "utc": true, "est": true, "edt": true,
	"cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true, "cet": true,
	"cest": true, "bst": true, "eet": true, "eest": true, "msk": true, "ist": true, "jst": true,
}

// maxDateBytes bounds the text ParseDate reads: a date with its weekday, time and zone.
const maxDateBytes = 64

// dateWords splits s into runs of letters and runs of digits; a time ("14:03:00") is one
// word of digits, so that it counts as what follows the date.
func dateWords(s string) []string {
	var out []string
	start := -1
	kind := 0 // 1 letters, 2 digits (with ':' inside)
	flush := func(i int) {
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
		}
		start, kind = -1, 0
	}
	for i, r := range s {
		k := 0
		switch {
		case unicode.IsLetter(r):
			k = 1
		case r >= '0' && r <= '9', r == ':' && kind == 2:
			k = 2
		}
		if k != kind {
			flush(i)
			if k != 0 {
				start, kind = i, k
			}
		}
	}
	flush(len(s))
	return out
}

// monthNumber returns the month w names ("nov", "november", "sept"), or 0.
func monthNumber(w string) int {
	if len(w) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if w == name || w == name[:3] || m == time.September && w == "sept" {
			return int(m)
		}
	}
	return 0
}

// weekday reports whether w names a day of the week, in full or abbreviated.
func weekday(w string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if name := strings.ToLower(d.String()); w == name || w == name[:3] {
			return true
		}
	}
	return false
}

// ymd returns the date of year, month and day given as numbers in text, as YYYY-MM-DD, if
// it exists.
func ymd(year, month, day string) (string, bool) {
	y, m, d := atoi(year), atoi(month), atoi(day)
	if len(year) != 4 || y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // 2025-02-30
	}
	return t.Format(time.DateOnly), true
}

// atoi returns the number of digits s, or -1.
func atoi(s string) int {
	if s == "" || len(s) > 4 {
		return -1
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}
