package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // bad input or a failed write
	exitUsage = 2 // bad flags or arguments
)

const usage = `actorgraph reads news articles and shows who matters and who deals with whom.

Usage:
  actorgraph extract [-format json] [-skip-bad] [-knowledge FILE] [-o OUT] FILE...
  actorgraph rank    [-format json|table|csv] [-measures m1,m2] [-force] [-knowledge FILE] [-in graph.json | FILE...]
  actorgraph render  [-layout dot|neato|fdp|sfdp|circo|twopi] [-format svg|png|dot|html] -o OUT [-in graph.json | FILE...]
  actorgraph export  -format nodelink|graphml|gexf|cyjs|csv -o OUT [-in graph.json | FILE...]
  actorgraph parse   [-format conllu|json] [-o OUT] [FILE... | -eval GOLD.conllu]

FILE may also be a directory (read recursively: *.txt, *.md, *.jsonl; hidden files
skipped), a JSON Lines file (*.jsonl, one {"text": ..., "title": ...} article a line) or -
for standard input. Without FILE or -in, rank, render, export and parse use the bundled sample articles. -knowledge
adds actors of your own (JSON Lines, one actor a line, as extract/data/README.md describes).
export -format csv writes actors.csv and relations.csv for neo4j-admin import into the
directory OUT. parse tags and parses every sentence (Universal Dependencies) and writes
CoNLL-U or JSON; parse -eval scores the parser against a CoNLL-U treebank.
Run "actorgraph COMMAND -h" for a command's flags.

Output files (-o) are replaced whole: written beside, then renamed, so a failed run
leaves the old file as it was.

Exit codes: 0 success, 1 bad input or failed output, 2 bad usage.
`

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit code. A panic is a bug, but it must not
// exit with Go's code 2, which scripts would read as bad usage: it is reported, with its
// stack, and the run fails with exitError.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "actorgraph: internal error: %v\n%s\nPlease report this, with the input that caused it.\n", p, debug.Stack())
			code = exitError
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "extract":
		err = runExtract(args[1:], stdin, stdout, stderr)
	case "rank":
		err = runRank(args[1:], stdin, stdout, stderr)
	case "render":
		err = runRender(ctx, args[1:], stdin, stdout, stderr)
	case "export":
		err = runExport(args[1:], stdin, stdout, stderr)
	case "parse":
		err = runParse(args[1:], stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "actorgraph: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "actorgraph %s: %v\n", args[0], err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "actorgraph %s: %v\n", args[0], err)
		return exitError
	}
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// newFlags returns a flag set that reports errors instead of exiting. Its usage shows the
// synopsis, the example command lines and the flags.
func newFlags(name, synopsis string, examples []string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: actorgraph %s\n\nExamples:\n", synopsis)
		for _, e := range examples {
			fmt.Fprintf(w, "  %s\n", e)
		}
		fmt.Fprintf(w, "\n%s\nFlags:\n", inputHelp)
		fs.PrintDefaults()
	}
	return fs
}

// inputHelp says what FILE may be, for every command that reads articles.
const inputHelp = `FILE is a plain-text article, a directory (read recursively: *.txt, *.md and *.jsonl,
hidden files skipped), a JSON Lines file (*.jsonl: one {"text", "title", "source", "url",
"date"} object a line) or - for standard input (JSON Lines if it starts with '{').
An article may be up to 64 MiB, a JSON Lines line up to 128 MiB, an -in graph up to
256 MiB and a -knowledge file up to 64 MiB; larger input is refused. A named pipe given
as FILE, such as <(cmd), is read; in a directory, links to files are followed, while
links to directories and named pipes, sockets and devices are skipped with a warning.
`

// parse parses flags. -h and -help print the usage on stdout and return flag.ErrHelp;
// a bad flag prints it on stderr and returns a usage error.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) error {
	stderr := fs.Output()
	fs.SetOutput(io.Discard) // the flag package would print the usage before we know where
	err := fs.Parse(args)
	fs.SetOutput(stderr)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		fs.SetOutput(stderr)
		return err
	default:
		fs.Usage()
		return usageError{err.Error()}
	}
}
