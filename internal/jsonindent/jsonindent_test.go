package jsonindent

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

var samples = []string{
	`{}`, `[]`, `{"a":[]}`, `{"a":{}}`, `[[],{},[[]]]`, `"x"`, `1`, `null`, `true`,
	`{"a":1,"b":[1,2,{"c":"d"}],"e":{"f":null,"g":[true,false]}}`,
	`{"quote\"d":"a\\\"b\\","esc":"\u00e9\n\t\\","colon:":"[1,2]{}","comma,":","}`,
	` { "spaced" : [ 1 , 2 ] , "x" : { } } `,
	`[{"id":"a","aliases":["A","Aa"],"mentions":[{"start":1,"end":2}]},{"id":"b","aliases":null}]`,
}

func TestAppendAsIndent(t *testing.T) {
	for _, in := range samples {
		for _, indent := range []string{"  ", "\t", ""} {
			var want bytes.Buffer
			// json.Indent keeps trailing whitespace; Append drops it.
			if err := json.Indent(&want, []byte(strings.TrimSpace(in)), "", indent); err != nil {
				t.Fatalf("%s: %v", in, err)
			}
			if got := Append(nil, []byte(in), indent); !bytes.Equal(got, want.Bytes()) {
				t.Errorf("Append(%s, %q) =\n%s\nwant\n%s", in, indent, got, want.Bytes())
			}
		}
	}
}

func TestEncodeAsEncoder(t *testing.T) {
	v := map[string]any{
		"html":   "<a href=\"x\">&amp;</a>",
		"list":   []any{1, 2.5, "three", nil, []int{}, map[string]int{}},
		"nested": map[string]any{"b": []string{"x", "y"}, "a": true},
	}
	var want, got bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	if err := Encode(&got, v, "  "); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("Encode =\n%s\nwant\n%s", got.String(), want.String())
	}
	if err := Encode(&got, func() {}, "  "); err == nil {
		t.Error("Encode of a func gave no error")
	}
}

// FuzzAppend checks Append against json.Indent on valid JSON, and that it does not panic on
// anything else.
func FuzzAppend(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Add(`{"a":"unterminated`)
	f.Add(`"\`)
	f.Fuzz(func(t *testing.T, in string) {
		got := Append(nil, []byte(in), "  ")
		if !json.Valid([]byte(in)) {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(strings.TrimSpace(in)), "", "  "); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("Append(%q) = %q, want %q", in, got, want.Bytes())
		}
	})
}
