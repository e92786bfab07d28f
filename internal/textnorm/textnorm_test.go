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

// nameKeyTests: each group of spellings must share one key; the last pair must not.
var nameKeyTests = [][]string{
	{"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskyi", "VOLODYMYR ZELENSKY"},
	{"Kirill Dmitriev", "Kirill Dmitriyev"},
	{"Andriy Yermak", "Andrii Iermak", "Andriy Yermak's"},
	{"Oleksandr Syrskyi", "Olexandr Syrsky", "Oleksandr Syrskyy"},
	{"Zoltán Szabó", "Zoltan Szabo"},
	{"Mohammed al-Hayya", "Mohamed Al Hayya"},
	{"Yulia Svyrydenko", "Iulia Svyrydenko"},
	{"Mikhail Mishustin", "Mihail Mishustin"},
}

func TestNameKey(t *testing.T) {
	for _, group := range nameKeyTests {
		want := NameKey(group[0])
		for _, name := range group[1:] {
			if got := NameKey(name); got != want {
				t.Errorf("NameKey(%q) = %q, want %q (the key of %q)", name, got, want, group[0])
			}
		}
	}
	for _, pair := range [][2]string{{"Donald Trump", "Melania Trump"}, {"Anna Kovac", "Anne Kovac"}, {"Li Qiang", "Li Qing"}} {
		if NameKey(pair[0]) == NameKey(pair[1]) {
			t.Errorf("NameKey(%q) == NameKey(%q) = %q, want them apart", pair[0], pair[1], NameKey(pair[0]))
		}
	}
}

func TestID(t *testing.T) {
	if got := ID("Marta Lind"); got != "marta-lind" {
		t.Errorf("ID(Marta Lind) = %q, want marta-lind", got)
	}
	a, b := ID("Володимир Зеленський"), ID("王毅")
	if len(a) != 18 || a[:2] != "u-" || a == b || a != ID("Володимир Зеленський") {
		t.Errorf("IDs of non-Latin names %q, %q: want distinct, stable u-<16 hex>", a, b)
	}
	if ID("  ") != "" || ID("--") != "" {
		t.Error("a name with no letters has no ID")
	}
}
