package extract

import (
	"slices"
	"strings"
)

// Offices and their holders. A person's roles in the knowledge base ("Prime Minister of
// the United Kingdom", "Prime Minister of Ukraine (until July 2025)", "Secretary of State"
// for a person of the United States) say which office of which country or organization the
// person held, and from when until when. An office named without a name ("the Prime
// Minister", "the President of the United States", "Ukraine's president") is its holder on
// the document's date, when exactly one person may have held it then.

// A holding is one person's tenure of one office.
type holding struct {
	entry       int32
	from, until string // "2025", "2025-07", "2025-01-20", or "" when open
}

// officeKey is the key of an office of an actor (a country, an organization) in
// Knowledge.holders.
func officeKey(office, of string) string { return strings.ToLower(office) + "|" + of }

// indexOffices fills k.holders and k.offices from the roles of the persons of the knowledge
// base.
func (k *Knowledge) indexOffices() {
	k.holders = map[string][]holding{}
	k.offices = map[string][]string{}
	for i, e := range k.entries {
		if e.Type != Person || e.Affiliation == "" {
			continue
		}
		of := k.entries[k.byID[e.Affiliation]]
		for _, r := range e.Roles {
			office, from, until, ok := parseRole(r, of)
			if !ok {
				continue
			}
			for part := range strings.SplitSeq(office, " and ") { // "Deputy Prime Minister and Foreign Minister"
				if part = strings.TrimSpace(part); part != "" {
					key := officeKey(part, of.ID)
					if len(k.holders[key]) == 0 {
						k.offices[of.ID] = append(k.offices[of.ID], strings.ToLower(part))
					}
					k.holders[key] = append(k.holders[key], holding{int32(i), from, until})
				}
			}
		}
	}
}

// parseRole reads a role of a person affiliated to of: the office, without "of <of's
// name>", and the dates of the tenure ("(until July 2025)", "(from 2025)"). ok is false for
// a role that is no tenure: a former holder's, one elected but not yet in office, one who
// died, or one whose dates cannot be read. Other roles are offices as written
// ("Ambassador of Ukraine to the United States").
func parseRole(role string, of Entry) (office, from, until string, ok bool) {
	role = strings.TrimSpace(role)
	lower := strings.ToLower(role)
	if strings.HasPrefix(lower, "former ") || strings.HasPrefix(lower, "ex-") {
		return "", "", "", false
	}
	// The dates: "(until July 2025)", "(from 2025)", ", until May 2025".
	note := ""
	if i := strings.LastIndexByte(role, '('); i > 0 && strings.HasSuffix(role, ")") {
		note, role = role[i+1:len(role)-1], strings.TrimSpace(role[:i])
	} else if i := strings.LastIndex(role, ", "); i > 0 {
		note, role = role[i+2:], role[:i]
	}
	if note != "" {
		n := strings.ToLower(note)
		switch {
		case strings.HasPrefix(n, "until "):
			if until = roleDate(n[len("until "):]); until == "" {
				return "", "", "", false
			}
		case strings.HasPrefix(n, "from ") || strings.HasPrefix(n, "since "):
			_, rest, _ := strings.Cut(n, " ")
			if from = roleDate(rest); from == "" {
				return "", "", "", false
			}
		case n == "acting" || n == "interim":
		default:
			if strings.Contains(n, "elected") || strings.Contains(n, "died") || strings.Contains(n, "killed") {
				return "", "", "", false
			}
			role += " (" + note + ")" // "(RDIF)": part of the name
		}
	}
	for _, name := range append([]string{of.Name}, of.Aliases...) {
		for _, suffix := range []string{" of the " + name, " of " + name} {
			if len(role) > len(suffix) && strings.EqualFold(role[len(role)-len(suffix):], suffix) {
				return role[:len(role)-len(suffix)], from, until, true
			}
		}
	}
	return role, from, until, true
}

var monthNumbers = map[string]string{
	"january": "01", "february": "02", "march": "03", "april": "04", "may": "05", "june": "06",
	"july": "07", "august": "08", "september": "09", "october": "10", "november": "11", "december": "12",
}

// roleDate reads "2025", "July 2025" or "January 20, 2025" as "2025", "2025-07" or
// "2025-01-20"; "" if it is none of those.
func roleDate(s string) string {
	f := strings.Fields(strings.ReplaceAll(s, ",", " "))
	year := func(y string) bool {
		return len(y) == 4 && strings.Trim(y, "0123456789") == ""
	}
	switch {
	case len(f) == 1 && year(f[0]):
		return f[0]
	case len(f) == 2 && monthNumbers[f[0]] != "" && year(f[1]):
		return f[1] + "-" + monthNumbers[f[0]]
	case len(f) == 3 && monthNumbers[f[0]] != "" && year(f[2]) && len(f[1]) <= 2 && strings.Trim(f[1], "0123456789") == "":
		return f[2] + "-" + monthNumbers[f[0]] + "-" + strings.Repeat("0", 2-len(f[1])) + f[1]
	}
	return ""
}

// documentDate returns the leading date of a document's date field, "2025", "2025-07" or
// "2025-07-14"; "" if it starts with none.
func documentDate(s string) string {
	n := 0
	for n < len(s) && n < 10 {
		c := s[n]
		digit := c >= '0' && c <= '9'
		if n == 4 || n == 7 {
			if c != '-' {
				break
			}
		} else if !digit {
			break
		}
		n++
	}
	switch {
	case n >= 10:
		return s[:10]
	case n >= 7:
		return s[:7]
	case n >= 4:
		return s[:4]
	}
	return ""
}

// compareDates compares two dates of different precision on the precision they share:
// "2025-07" and "2025-07-14" are equal, "2025-06" is before "2025-07-14".
func compareDates(a, b string) int {
	n := min(len(a), len(b))
	return strings.Compare(a[:n], b[:n])
}

// holder returns the one person who may have held the office of actor of on date ("" when
// the date is unknown: the holders whose tenure has no end), through the office's synonyms
// ("head of state": "president", "king", ...). ok is false when nobody or more than one
// person may have.
func (k *Knowledge) holder(office, of, date string) (int32, bool) {
	office = strings.ToLower(office)
	found, many := int32(-1), false
	consider := func(o string) {
		for _, h := range k.holders[officeKey(o, of)] {
			switch {
			case date == "" && h.until != "":
				continue
			case date != "" && h.until != "" && compareDates(date, h.until) > 0:
				continue // over; on the month it ended, the outgoing holder still may be meant
			case date != "" && h.from != "" && compareDates(date, h.from) < 0:
				continue
			}
			if found >= 0 && h.entry != found {
				many = true
			}
			found = h.entry
		}
	}
	consider(office)
	for _, o := range k.officeSynonyms[office] {
		consider(o)
	}
	return found, found >= 0 && !many
}

// organizationHead returns the one person who may have held, on date, the office of org's
// country that names org: "the Secretary" of the U.S. State Department is the holder of
// "Secretary of State", of the Treasury Department "Secretary of the Treasury". ok is false
// when nobody or more than one person may have.
func (k *Knowledge) organizationHead(office string, org int32, date string) (int32, bool) {
	e := &k.entries[org]
	country := e.Affiliation
	if country == "" {
		return -1, false
	}
	var names []string
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		names = append(names, " "+strings.ToLower(strings.NewReplacer(".", " ", ",", " ").Replace(n))+" ")
	}
	prefix := strings.ToLower(office) + " of "
	found, many := int32(-1), false
	for _, o := range k.offices[country] {
		if !strings.HasPrefix(o, prefix) {
			continue
		}
		what := strings.TrimPrefix(strings.TrimPrefix(o, prefix), "the ")
		if !slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, " "+what+" ") }) {
			continue
		}
		h, ok := k.holder(o, country, date)
		if !ok {
			continue
		}
		if found >= 0 && h != found {
			many = true
		}
		found = h
	}
	return found, found >= 0 && !many
}
