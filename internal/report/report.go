// Package report writes the printed report of an example program to standard output and,
// when the user gives a folder with -o, to a file in it as well.
package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/internal/atomicfile"
)

// Write runs print with standard output; if dir is not empty it also writes what print
// printed to dir/name, making dir if it is missing, and says so on standard output.
func Write(dir, name string, print func(io.Writer) error) error {
	var buf bytes.Buffer
	w := io.Writer(os.Stdout)
	if dir != "" {
		w = io.MultiWriter(os.Stdout, &buf)
	}
	if err := print(w); err != nil {
		return err
	}
	if dir == "" {
		return nil
	}
	path := filepath.Join(dir, name)
	if err := atomicfile.WriteFile(path, buf.Bytes()); err != nil {
		return err
	}
	_, err := fmt.Printf("\nwrote %s\n", path)
	return err
}
