package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"undersigned/crawler"
	"undersigned/index"
)

// Config is everything the command line sets. Its values are copied onto
// the crawler and the site; no package reads flags or globals.
type Config struct {
	Data         string
	FeedsFile    string
	AllowPrivate bool
	Delay        time.Duration
	Timeout      time.Duration
	Every        time.Duration
	Addr         string
	Verbose      bool
}

func (c *Config) dataFlag(fs *flag.FlagSet) {
	fs.StringVar(&c.Data, "data", "./data", "data directory: the article store, catalogue and search index (created if missing)")
	fs.BoolVar(&c.Verbose, "v", false, "log debug detail")
}

func (c *Config) crawlFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.FeedsFile, "feeds", "", "feed list to crawl: OPML 2.0 (every outline's xmlUrl) or plain text (one URL a line, # comments); default: the stored feed list, seeded with the embedded default list")
	fs.BoolVar(&c.AllowPrivate, "allow-private", false, "allow fetching from loopback, private, link-local and CGNAT addresses (off: a feed can link anywhere)")
	fs.DurationVar(&c.Delay, "delay", time.Second, "minimum gap between two requests to one host (robots.txt Crawl-delay can make it longer)")
	fs.DurationVar(&c.Timeout, "timeout", 30*time.Second, "time allowed for one HTTP request, from its start to the end of its body, redirects included (waiting for a host's turn, for politeness, is not counted)")
}

// newCrawler returns a crawler configured from c, writing into ix.
func (c *Config) newCrawler(ix *index.Index, logger *slog.Logger) *crawler.Crawler {
	cr := crawler.New()
	cr.AllowPrivate = c.AllowPrivate
	if c.Delay > 0 {
		cr.MinHostDelay = c.Delay
	}
	if c.Timeout > 0 {
		cr.Timeout = c.Timeout
	}
	cr.Logger = logger
	cr.Store = ix.Store
	cr.Sink = ix.Put
	cr.AfterFeed = ix.Flush
	return cr
}

// openIndex opens the catalogue in c.Data, rebuilding what is derived when
// it was built by another version of undersigned.
func (c *Config) openIndex(ctx context.Context, logger *slog.Logger) (*index.Index, error) {
	ix, err := index.Open(ctx, c.Data)
	if err != nil {
		return nil, err
	}
	ix.Logger = logger
	if ix.NeedsReindex() {
		logger.Info("rebuilding the catalogue for this version of undersigned", "data", c.Data)
		st, err := ix.Reindex(ctx, refresh(logger))
		if err != nil {
			ix.Close()
			return nil, err
		}
		logger.Info("catalogue rebuilt", "articles", st.Articles, "mentions", st.Mentions, "campaigns", st.Campaigns)
	}
	return ix, nil
}

// refresh re-extracts an article whose main text was read by an older
// extractor, from the HTML the store kept.
func refresh(logger *slog.Logger) index.Refresher {
	return func(ctx context.Context, a *index.Article, html []byte) (bool, error) {
		if a.ExtractorVersion >= crawler.ExtractorVersion {
			return false, nil
		}
		// The store keeps HTML decoded to UTF-8; the header says so and
		// wins over the page's own meta charset.
		fresh, err := crawler.ExtractArticle(a.URL, html, "text/html; charset=utf-8")
		if err != nil {
			return false, err
		}
		fresh.URL, fresh.URLs, fresh.Feeds = a.URL, a.URLs, a.Feeds
		fresh.FetchedAt, fresh.FeedUpdated = a.FetchedAt, a.FeedUpdated
		if fresh.Published.IsZero() {
			fresh.Published = a.Published
		}
		if fresh.Title == "" {
			fresh.Title = a.Title
		}
		*a = *fresh
		logger.Debug("re-extracted", "url", a.URL)
		return true, nil
	}
}

// feedURLs returns the feeds to crawl: those of the --feeds file, or the
// stored list, which the embedded default list seeds on first use.
func (c *Config) feedURLs(ctx context.Context, ix *index.Index) ([]string, error) {
	if c.FeedsFile != "" {
		return readFeedFile(c.FeedsFile)
	}
	if err := seedFeeds(ctx, ix); err != nil {
		return nil, err
	}
	return ix.Store.ListedFeeds(ctx)
}

// readFeedFile reads an OPML or plain-text feed list; an unreadable or
// malformed file is a fatal error naming it.
func readFeedFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("feed list: %w", err)
	}
	defer f.Close()
	entries, err := crawler.ReadFeedList(f, path)
	if err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("feed list %s: no feed URLs in it", path)
	}
	urls := make([]string, len(entries))
	for i, e := range entries {
		urls[i] = e.URL
	}
	return urls, nil
}

const metaFeedsSeeded = "feeds_seeded"

// seedFeeds adds the embedded default feed list to the stored list the
// first time a data dir is used without --feeds.
func seedFeeds(ctx context.Context, ix *index.Index) error {
	if ix.Store.Meta(metaFeedsSeeded) != "" {
		return nil
	}
	now := time.Now()
	for _, e := range crawler.DefaultFeeds() {
		if _, err := ix.Store.AddFeed(ctx, e.URL, e.Title, now); err != nil && !errors.Is(err, index.ErrInvalid) {
			return err
		}
	}
	return ix.Store.SetMeta(metaFeedsSeeded, now.UTC().Format(time.RFC3339))
}
