package corpus

import (
	"embed"
	"io/fs"
	"path"
	"slices"

	"github.com/actorgraph/actorgraph/extract"
)

//go:embed articles/*.txt
var articles embed.FS

// Names returns the file names of the bundled articles, sorted.
func Names() []string {
	names, err := fs.Glob(articles, "articles/*.txt")
	if err != nil {
		panic("corpus: " + err.Error()) // cannot happen: the pattern is constant and valid
	}
	for i, n := range names {
		names[i] = path.Base(n)
	}
	slices.Sort(names)
	return names
}

// Bytes returns the text of the named article exactly as bundled.
func Bytes(name string) ([]byte, error) {
	return articles.ReadFile(path.Join("articles", name))
}

// Documents reads every bundled article, in the order of Names. The bundled texts are
// valid, so an error here means the package itself is broken.
func Documents() ([]*extract.Document, error) {
	var docs []*extract.Document
	for _, name := range Names() {
		b, err := Bytes(name)
		if err != nil {
			return nil, err
		}
		d, err := extract.Read(name, b)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// FS returns the bundled articles as a file system whose root holds the .txt files.
func FS() fs.FS {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		panic("corpus: " + err.Error()) // cannot happen: the directory is embedded
	}
	return sub
}
