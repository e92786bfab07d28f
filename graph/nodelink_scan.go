package graph

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// ReadNodeLink checks the whole input with json.Valid once, then takes valid JSON apart with
// the splitters here, which need not check anything: each value is scanned once to find its
// end, and only the values ReadNodeLink reads are decoded, most strings without
// encoding/json (jsonString).

// object is a JSON object's members in the order written.
type object []member

type member struct {
	key   []byte // decoded: most often the written key itself, within the input
	value json.RawMessage
}

// get returns the value of key. Of repeated keys the last counts, as when encoding/json
// decodes into a map.
func (o object) get(key string) (json.RawMessage, bool) {
	for i := len(o) - 1; i >= 0; i-- {
		if string(o[i].key) == key {
			return o[i].value, true
		}
	}
	return nil, false
}

// splitObject appends the members of raw, a valid JSON object, to o.
func splitObject(o object, raw []byte) object {
	i := skipSpace(raw, 0) + 1 // past '{'
	for {
		i = skipSpace(raw, i)
		if raw[i] == '}' {
			return o
		}
		end := skipString(raw, i)
		key, ok := plainString(raw[i:end])
		if !ok {
			key = []byte(jsonString(raw[i:end]))
		}
		i = skipSpace(raw, end) + 1 // past ':'
		i = skipSpace(raw, i)
		end = skipValue(raw, i)
		o = append(o, member{key, raw[i:end:end]})
		i = skipSpace(raw, end)
		if raw[i] == ',' {
			i++
		}
	}
}

// splitArray returns the elements of raw, a valid JSON array.
func splitArray(raw []byte) []json.RawMessage {
	var out []json.RawMessage
	i := skipSpace(raw, 0) + 1 // past '['
	for {
		i = skipSpace(raw, i)
		if raw[i] == ']' {
			return out
		}
		end := skipValue(raw, i)
		out = append(out, raw[i:end:end])
		i = skipSpace(raw, end)
		if raw[i] == ',' {
			i++
		}
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}

// skipValue returns the end of the valid JSON value that starts at data[i].
func skipValue(data []byte, i int) int {
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for {
			switch data[i] {
			case '"':
				i = skipString(data, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
	default: // a number, true, false or null
		for i < len(data) {
			switch data[i] {
			case ',', '}', ']', ' ', '\t', '\r', '\n':
				return i
			}
			i++
		}
		return i
	}
}

// skipString returns the end of the valid JSON string that starts at data[i].
func skipString(data []byte, i int) int {
	i++
	for {
		j := bytes.IndexByte(data[i:], '"')
		i += j
		backslashes := 0
		for k := i - 1; data[k] == '\\'; k-- {
			backslashes++
		}
		i++
		if backslashes%2 == 0 {
			return i
		}
	}
}

// plainString returns the text of raw if raw is a JSON string with no escapes and valid
// UTF-8, the text then being the string it stands for. The text is within raw: look it up as
// string(text), which copies nothing.
func plainString(raw []byte) ([]byte, bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return nil, false
	}
	body := raw[1 : len(raw)-1]
	if bytes.IndexByte(body, '\\') >= 0 || !utf8.Valid(body) {
		return nil, false
	}
	return body, true
}

// jsonString decodes raw, a valid JSON string, as encoding/json does (bad UTF-8 becomes
// U+FFFD); strings with no escapes and valid UTF-8, most of them, without encoding/json.
func jsonString(raw []byte) string {
	if body, ok := plainString(raw); ok {
		return string(body)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		panic("graph: jsonString of invalid JSON: " + err.Error()) // json.Valid passed
	}
	return s
}
