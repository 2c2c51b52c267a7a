// Command undersigned tracks tech-worker activism in the news: it crawls
// news feeds, finds open letters, petitions, walkouts and other collective
// actions by tech workers, and serves them as a searchable, subscribable,
// exportable catalogue.
//
// Flags and configuration are read only here; they are copied onto the
// exported fields of crawler.Crawler and site.Server.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// usage is the top-level help.
const usage = `undersigned tracks tech-worker activism in the news.

Usage:
  undersigned <command> [flags]

Commands:
  serve     crawl in the background and serve the site (ingests a sample corpus on first start)
  crawl     crawl the feeds once and exit
  export    write campaigns or mentions as CSV or JSON to stdout
  reindex   rebuild the catalogue and search index from the article store
  feeds     manage the feed list: list, add, remove, import, export
  help      show help for a command

Run "undersigned <command> -h" for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes one command line and returns the process exit status: 0 on
// success, 1 for a fatal error, 2 for bad usage.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "serve":
		err = runServe(ctx, rest, stdout, stderr)
	case "crawl":
		err = runCrawl(ctx, rest, stdout, stderr)
	case "export":
		err = runExport(ctx, rest, stdout, stderr)
	case "reindex":
		err = runReindex(ctx, rest, stdout, stderr)
	case "feeds":
		err = runFeeds(ctx, rest, stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			return run(ctx, []string{rest[0], "-h"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "undersigned: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	default:
		fmt.Fprintf(stderr, "undersigned %s: %v\n", cmd, err)
		return 1
	}
}

// errUsage marks a command-line mistake already reported to the user.
var errUsage = errors.New("usage")

// newLogger returns the one slog handler of the process, on stderr.
func newLogger(w io.Writer, verbose bool) *slog.Logger {
	level := slog.LevelInfo
	if verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

// newFlagSet returns a flag set that prints its usage to stderr and
// returns errors instead of exiting.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: undersigned %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, mapping flag errors to errUsage (already printed).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
