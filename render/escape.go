package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean makes s fit to display on one line: invalid UTF-8 and characters that XML 1.0 forbids
// (the SVG would not parse) become U+FFFD, runs of white space (newlines included) become one
// space, and leading and trailing space is dropped.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if !isXMLChar(r) {
			r = utf8.RuneError
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isXMLChar reports whether r is a Char of XML 1.0 (production [2]).
func isXMLChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		0x20 <= r && r <= 0xD7FF ||
		0xE000 <= r && r <= 0xFFFD ||
		0x10000 <= r && r <= 0x10FFFF
}

// truncate shortens s to at most n runes, marking a cut with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n - 1 {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return strings.TrimRightFunc(s[:i], unicode.IsSpace) + "…"
}

// quoteLabel returns s as a DOT double-quoted string for a label. Graphviz reads a label in
// three passes, each of which must see its own escape: the DOT scanner (\" is a quote), the
// entity decoder (&amp; is &) and the label formatter (\\ is \, while \N, \G, \n and the
// like are expanded). So \ becomes \\, " becomes \" and & becomes &amp;. s must be clean.
func quoteLabel(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// quoteTooltip returns lines, joined by line breaks, as a DOT double-quoted string for a
// tooltip. Graphviz unescapes a tooltip twice (its tooltip preprocessor turns \\ into \ and
// drops the backslash of unknown escapes, then \N, \G, \E and the like are expanded and \\
// becomes \ once more), so a literal backslash needs four. Each line must be clean.
func quoteTooltip(lines ...string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, s := range lines {
		if i > 0 {
			b.WriteString(`\n`)
		}
		for _, r := range s {
			switch r {
			case '\\':
				b.WriteString(`\\\\`)
			case '"':
				b.WriteString(`\"`)
			case '&':
				b.WriteString("&amp;")
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// escapeHTML escapes s for the text of a Graphviz HTML-like label. Its parser decodes XML
// entities, so &, <, > and " become entities; then \G, \N and the like are expanded and \\
// becomes \, as in other labels, so \ becomes \\. s must be clean.
func escapeHTML(s string) string {
	return htmlEscaper.Replace(s)
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", `\`, `\\`)
