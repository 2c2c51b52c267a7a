package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"undersigned/crawler"
)

// runCrawl crawls the feeds once. It exits 0 when the crawl ran, even if
// some feeds or pages failed (each failure is logged once, with its URL and
// reason); it fails only for a fatal error such as an unreadable feed list
// or an unwritable data dir.
func runCrawl(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg Config
	fs := newFlagSet("crawl", "crawl [--data DIR] [--feeds FILE] [--allow-private]\n\nCrawls every feed once, stores new and updated articles and updates the catalogue.", stderr)
	cfg.dataFlag(fs)
	cfg.crawlFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	// Log lines and the progress display share stderr through the console:
	// on a terminal a log line clears the bar and the bar is redrawn below
	// it; each failure is printed once, by the crawler's log.
	console := crawler.NewConsole(stderr, isTerminal(stderr))
	logger := newLogger(console, cfg.Verbose)
	// Read the feed list before touching the data dir: a bad list changes nothing.
	var fileFeeds []string
	if cfg.FeedsFile != "" {
		var err error
		if fileFeeds, err = readFeedFile(cfg.FeedsFile); err != nil {
			return err
		}
	}
	ix, err := cfg.openIndex(ctx, logger)
	if err != nil {
		return err
	}
	defer ix.Close()
	feeds := fileFeeds
	if feeds == nil {
		if feeds, err = cfg.feedURLs(ctx, ix); err != nil {
			return err
		}
	}
	cr := cfg.newCrawler(ix, logger)
	cr.Progress = console
	sum, err := cr.Crawl(ctx, feeds)
	if ferr := ix.Flush(ctx); err == nil {
		err = ferr
	}
	fmt.Fprintln(stdout, sum.String())
	return err
}

// isTerminal reports whether w is a terminal (a progress bar is drawn only
// there; pipes and CI get plain log lines).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
