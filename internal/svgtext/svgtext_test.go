package svgtext

import (
	"reflect"
	"testing"
)

func TestTexts(t *testing.T) {
	got, err := Texts([]byte(`<svg><g><title>x</title><text x="1">&lt;script&gt;</text><text>a"b\c</text></g></svg>`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"<script>", `a"b\c`}; !reflect.DeepEqual(got, want) {
		t.Errorf("Texts = %q, want %q", got, want)
	}
	if _, err := Texts([]byte(`<svg><text>open`)); err == nil {
		t.Error("Texts of broken XML gave no error")
	}
}
