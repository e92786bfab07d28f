// Package jsonindent writes JSON indented as encoding/json's Encoder with SetIndent("", indent)
// writes it, several times faster: the Encoder indents its compact output with a scanner
// that steps through every byte, where Append copies strings whole.
package jsonindent

import (
	"bytes"
	"encoding/json"
	"io"
)

// Append appends to dst the valid JSON src indented as json.Indent(dst, src, "", indent)
// indents it: each element of an object or array on a line of its own, one indent deeper
// than its container, a space after each colon, and empty objects and arrays as {} and [].
// Whitespace outside strings is dropped. Invalid JSON gives output that is not JSON, never a
// panic: check it before, as json.Marshal does.
func Append(dst, src []byte, indent string) []byte {
	depth := 0
	needIndent := false // after { or [: a new line is due unless they close at once
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		}
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			dst = newline(dst, indent, depth)
		}
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end - 1
		case '{', '[':
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				dst = newline(dst, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// stringEnd returns the end of the string that starts with the quote at src[i], or len(src)
// if it does not end.
func stringEnd(src []byte, i int) int {
	i++
	for {
		j := bytes.IndexAny(src[i:], `"\`)
		if j < 0 {
			return len(src)
		}
		i += j
		if src[i] == '"' {
			return i + 1
		}
		i += 2 // a backslash and the character it escapes
		if i >= len(src) {
			return len(src)
		}
	}
}

func newline(dst []byte, indent string, depth int) []byte {
	dst = append(dst, '\n')
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
}

// Encode writes v to w as a json.Encoder with SetEscapeHTML(false) and SetIndent("", indent)
// writes it: the same bytes, a newline at the end.
func Encode(w io.Writer, v any, indent string) error {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	out := Append(make([]byte, 0, compact.Len()+compact.Len()/2), compact.Bytes(), indent)
	_, err := w.Write(append(out, '\n'))
	return err
}
