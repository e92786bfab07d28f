package textnorm

import "testing"

var slugTests = []struct{ in, want string }{
	{"Volodymyr Zelenskyy", "volodymyr-zelenskyy"},
	{"News.Az 2025-11-24", "news-az-2025-11-24"},
	{"  Recep Tayyip Erdoğan ", "recep-tayyip-erdogan"},
	{"O’Brien", "obrien"},
	{"Владимир", ""},
	{"", ""},
}

func TestSlug(t *testing.T) {
	for _, tt := range slugTests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var foldTests = []struct{ in, want string }{
	{"Erdoğan", "erdogan"},
	{"Zelenskyy’s", "zelenskyy's"},
	{"Élysée", "elysee"},
	{"Türkiye", "turkiye"},
}

func TestFold(t *testing.T) {
	for _, tt := range foldTests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
