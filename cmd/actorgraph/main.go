package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // bad input or a failed write
	exitUsage = 2 // bad flags or arguments
)

const usage = `actorgraph reads news articles and shows who matters and who deals with whom.

Usage:
  actorgraph extract [-format json] [-skip-bad] [-knowledge FILE] FILE...
  actorgraph rank    [-format json|table] [-knowledge FILE] [-in graph.json | FILE...]
  actorgraph render  [-layout dot|neato|fdp|sfdp|circo|twopi] [-format svg|png|dot] -o OUT [-in graph.json | FILE...]
  actorgraph export  -format nodelink|graphml|gexf|cyjs|csv -o OUT [-in graph.json | FILE...]

Without FILE or -in, rank, render and export use the bundled sample articles. -knowledge
adds actors of your own (JSON Lines, one actor a line, as extract/data/README.md describes).
export -format csv writes actors.csv and relations.csv for neo4j-admin import into the
directory OUT.
Run "actorgraph COMMAND -h" for a command's flags.

Exit codes: 0 success, 1 bad input or failed output, 2 bad usage.
`

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "extract":
		err = runExtract(args[1:], stdout, stderr)
	case "rank":
		err = runRank(args[1:], stdout, stderr)
	case "render":
		err = runRender(ctx, args[1:], stdout, stderr)
	case "export":
		err = runExport(args[1:], stdout, stderr)
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

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: actorgraph %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, turning flag errors into usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}
