package extract

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ReadFiles reads the articles at paths with Read. A path may be a file, read whatever its
// name, or a directory, whose *.txt and *.md files are read, recursively and sorted by path,
// skipping hidden files and directories. It stops at the first file that cannot be read or
// parsed, with an error naming it.
func ReadFiles(paths ...string) ([]*Document, error) {
	var docs []*Document
	for _, p := range paths {
		files := []string{p}
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			files = nil
			err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				hidden := path != p && strings.HasPrefix(d.Name(), ".")
				switch {
				case d.IsDir() && hidden:
					return filepath.SkipDir
				case d.Type().IsRegular() && !hidden && (strings.EqualFold(filepath.Ext(path), ".txt") || strings.EqualFold(filepath.Ext(path), ".md")):
					files = append(files, path)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("extract: read directory %q: %w", p, err)
			}
			slices.Sort(files)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("extract: %w", err)
			}
			d, err := Read(f, b)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
		}
	}
	return docs, nil
}
