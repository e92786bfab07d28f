package textnorm

import "testing"

var slugTests = []struct{ in, want string }{
	{"Volodymyr Zelenskyy", "volodymyr-zelenskyy"},
	{"News.Az 2025-11-24", "news-az-2025-11-24"},
	{"  Recep Tayyip Erdoğan ", "recep-tayyip-erdogan"},
	{"O’Brien", "obrien"},
	{"Владимир", "vladimir"},
	{"Дмитрий Песков", "dmitriy-peskov"},
	{"王毅", ""},
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
	if got := ID("Володимир Зеленський"); got != "volodymyr-zelenskyi" {
		t.Errorf("ID(Володимир Зеленський) = %q, want volodymyr-zelenskyi", got)
	}
	a, b := ID("محمد"), ID("王毅")
	if len(a) != 18 || a[:2] != "u-" || a == b || a != ID("محمد") {
		t.Errorf("IDs of names in other scripts %q, %q: want distinct, stable u-<16 hex>", a, b)
	}
	if ID("  ") != "" || ID("--") != "" {
		t.Error("a name with no letters has no ID")
	}
}

var transliterateTests = []struct{ in, want string }{
	{"Дмитрий Песков", "Dmitriy Peskov"},
	{"Сергей Лавров", "Sergey Lavrov"},
	{"Михаил Мишустин", "Mikhail Mishustin"},
	{"Володимир Зеленський", "Volodymyr Zelenskyi"}, // Ukrainian by its -ський ending
	{"Юлія Свириденко", "Yuliia Svyrydenko"},        // Ukrainian by its і
	{"Андрій Єрмак", "Andrii Yermak"},
	{"ЩУКИН", "SHCHUKIN"},
	{"Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"},
	{"Αλέξης Τσίπρας", "Alexis Tsipras"},
	{"Ευρώπη", "Evropi"},
	{"Μπούρας Γιούνκερ", "Mpouras Giounker"}, // accented ού is still a digraph
	{"Ευάγγελος Βενιζέλος", "Evangelos Venizelos"},
	{"Αύγουστος", "Avgoustos"},
	{"Ευρωπαϊκή", "Evropaiki"},
	{"Zelenskyy met Путин", "Zelenskyy met Putin"},
	{"王毅 and محمد", "王毅 and محمد"},
	{"", ""},
}

func TestTransliterate(t *testing.T) {
	for _, tt := range transliterateTests {
		if got := Transliterate(tt.in); got != tt.want {
			t.Errorf("Transliterate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNameKeyAcrossScripts: a name in Cyrillic or Greek and its usual English spelling share
// a key, so that an actor found under one meets the other.
func TestNameKeyAcrossScripts(t *testing.T) {
	for _, pair := range [][2]string{
		{"Дмитрий Песков", "Dmitry Peskov"},
		{"Володимир Зеленський", "Volodymyr Zelensky"},
		{"Сергей Лавров", "Sergei Lavrov"},
		{"Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"},
	} {
		if a, b := NameKey(pair[0]), NameKey(pair[1]); a != b {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q: want one key", pair[0], a, pair[1], b)
		}
	}
}
