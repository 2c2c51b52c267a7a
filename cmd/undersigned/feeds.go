package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"undersigned/crawler"
	"undersigned/index"
)

const feedsUsage = `feeds [list|add URL|remove URL|import FILE|export] [--data DIR]

Manages the feed list stored in the data dir (seeded with the embedded default list):
  list          every feed crawled, with its health (the default)
  add URL       add a feed (RSS, Atom or JSON Feed) to the list; --title names it
  remove URL    remove a feed from the list
  import FILE   add every feed of an OPML 2.0 or plain-text list
  export        write the list as OPML 2.0 to stdout`

// runFeeds manages the stored feed list.
func runFeeds(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	sub := "list"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		sub, args = args[0], args[1:]
	}
	var cfg Config
	var title string
	fs := newFlagSet("feeds", feedsUsage, stderr)
	cfg.dataFlag(fs)
	if sub == "add" {
		fs.StringVar(&title, "title", "", "title to show for the feed")
	}
	// Flags may come before or after the positional argument.
	var pos []string
	for {
		if err := parse(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	need := map[string]int{"list": 0, "export": 0, "add": 1, "remove": 1, "import": 1}
	n, ok := need[sub]
	if !ok {
		fmt.Fprintf(stderr, "undersigned feeds: unknown subcommand %q\n\n", sub)
		fs.Usage()
		return errUsage
	}
	if len(pos) != n {
		fmt.Fprintf(stderr, "undersigned feeds %s: want %d argument(s), got %d\n", sub, n, len(pos))
		return errUsage
	}
	// A bad import file is reported before the data dir is touched.
	var entries []crawler.FeedEntry
	if sub == "import" {
		f, err := os.Open(pos[0])
		if err != nil {
			return fmt.Errorf("feed list: %w", err)
		}
		entries, err = crawler.ReadFeedList(f, pos[0])
		f.Close()
		if err != nil {
			return err
		}
	}
	logger := newLogger(stderr, cfg.Verbose)
	ix, err := cfg.openIndex(ctx, logger)
	if err != nil {
		return err
	}
	defer ix.Close()
	if err := seedFeeds(ctx, ix); err != nil {
		return err
	}
	st := ix.Store
	now := time.Now()
	switch sub {
	case "add":
		u, err := crawler.Canonicalize(pos[0])
		if err != nil {
			return fmt.Errorf("feed %q: %w", pos[0], err)
		}
		added, err := st.AddFeed(ctx, u, title, now)
		if err != nil {
			return err
		}
		if added {
			fmt.Fprintf(stdout, "added %s\n", u)
		} else {
			fmt.Fprintf(stdout, "already listed: %s\n", u)
		}
	case "remove":
		err := st.RemoveFeed(ctx, pos[0])
		if errors.Is(err, index.ErrNotFound) {
			return fmt.Errorf("feed %s is not in the list (see undersigned feeds list)", pos[0])
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "removed %s\n", pos[0])
	case "import":
		added := 0
		for _, e := range entries {
			ok, err := st.AddFeed(ctx, e.URL, e.Title, now)
			if err != nil {
				return err
			}
			if ok {
				added++
			}
		}
		fmt.Fprintf(stdout, "imported %s: %d feeds, %d new\n", pos[0], len(entries), added)
	case "export":
		fs, err := st.Feeds(ctx)
		if err != nil {
			return err
		}
		var out []crawler.FeedEntry
		for _, f := range fs {
			if f.Listed {
				out = append(out, crawler.FeedEntry{URL: f.URL, Title: f.Title})
			}
		}
		return crawler.WriteOPML(stdout, "undersigned feeds", out)
	case "list":
		fs, err := st.Feeds(ctx)
		if err != nil {
			return err
		}
		return writeFeedTable(stdout, fs, now)
	}
	return nil
}

func writeFeedTable(w io.Writer, fs []index.Feed, now time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STATUS\tLISTED\tLAST SUCCESS\tFAILURES\tITEMS\tKEPT\tURL\tLAST ERROR")
	when := func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		return t.Local().Format("2006-01-02 15:04")
	}
	for i := range fs {
		f := &fs[i]
		listed := "yes"
		if !f.Listed {
			listed = "no"
		}
		status := f.Status(now)
		if status == index.FeedDead {
			status = "DEAD" // what an operator scanning the list must not miss
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%s\t%s\n", status, listed, when(f.LastSuccess),
			f.ConsecutiveFailures, f.ItemsSeen, f.ArticlesKept, f.URL, oneLine(f.LastError, 80))
	}
	return tw.Flush()
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		s = s[:n-1] + "…"
	}
	return s
}
