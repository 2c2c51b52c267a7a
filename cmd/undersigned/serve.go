package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"undersigned/crawler"
	"undersigned/index"
	"undersigned/index/sample"
	"undersigned/site"
)

// runServe serves the site and crawls in the background.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg Config
	var noCrawl, noSample bool
	var baseURL string
	fs := newFlagSet("serve", "serve [--data DIR] [--addr HOST:PORT] [--feeds FILE] [--every DURATION] [--allow-private]\n\nServes the site and crawls the feeds in the background, each on its own schedule. On first start\nit ingests an embedded sample corpus so the site is never empty, with or without network.", stderr)
	cfg.dataFlag(fs)
	cfg.crawlFlags(fs)
	fs.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; :0 picks a free port)")
	fs.DurationVar(&cfg.Every, "every", time.Hour, "how often a feed with no history is polled; each feed's interval then adapts to how often it publishes (15m to 24h)")
	fs.BoolVar(&noCrawl, "no-crawl", false, "serve only, do not crawl")
	fs.BoolVar(&noSample, "no-sample", false, "do not ingest the embedded sample corpus on first start")
	fs.StringVar(&baseURL, "base-url", "", "public URL of the site (https://undersigned.example), used for absolute links in feeds and the API; default: taken from each request's Host")
	if err := parse(fs, args); err != nil {
		return err
	}
	if baseURL != "" {
		u, err := url.Parse(baseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			fmt.Fprintf(stderr, "undersigned serve: --base-url %q: want an absolute http(s) URL\n", baseURL)
			return errUsage
		}
	}
	logger := newLogger(stderr, cfg.Verbose)
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
	if !noSample {
		if err := ingestSample(ctx, ix, logger); err != nil {
			return err
		}
	}
	if fileFeeds == nil {
		if err := seedFeeds(ctx, ix); err != nil {
			return err
		}
	}

	srv := site.New(ix)
	srv.Logger = logger
	srv.BaseURL = strings.TrimRight(baseURL, "/")
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	hs := &http.Server{
		Handler:           srv.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      5 * time.Minute, // exports stream every row
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	logger.Info("serving undersigned", "url", "http://"+ln.Addr().String(), "data", cfg.Data)

	crawlDone := make(chan struct{})
	if noCrawl {
		close(crawlDone)
	} else {
		cr := cfg.newCrawler(ix, logger)
		cr.PollEvery = cfg.Every
		list := func(ctx context.Context) ([]string, error) {
			if fileFeeds != nil {
				return fileFeeds, nil
			}
			return ix.Store.ListedFeeds(ctx)
		}
		go func() {
			defer close(crawlDone)
			if err := cr.Run(ctx, list); err != nil && !errors.Is(err, context.Canceled) {
				logger.Error("crawler stopped", "err", err)
			}
		}()
	}

	serveErr := make(chan error, 1)
	go func() { serveErr <- hs.Serve(ln) }()
	select {
	case err = <-serveErr:
	case <-ctx.Done():
		logger.Info("shutting down")
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err = hs.Shutdown(sctx)
		cancel()
	}
	<-crawlDone
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

const metaSampleIngested = "sample_ingested"

// ingestSample puts the embedded sample articles through the same
// extraction and catalogue as crawled ones, once per data dir.
func ingestSample(ctx context.Context, ix *index.Index, logger *slog.Logger) error {
	if ix.Store.Meta(metaSampleIngested) != "" {
		return nil
	}
	n, mentions := 0, 0
	for _, p := range sample.Pages() {
		a, err := crawler.ExtractArticle(p.URL, p.HTML, "text/html; charset=utf-8")
		if err != nil {
			return fmt.Errorf("sample %s: %w", p.URL, err)
		}
		a.FetchedAt = time.Now()
		a.Feeds = []string{sample.FeedURL}
		res, err := ix.Put(ctx, a)
		if err != nil {
			return fmt.Errorf("sample %s: %w", p.URL, err)
		}
		n++
		mentions += res.Mentions
	}
	if err := ix.Flush(ctx); err != nil {
		return err
	}
	logger.Info("ingested the sample corpus", "articles", n, "mentions", mentions)
	return ix.Store.SetMeta(metaSampleIngested, time.Now().UTC().Format(time.RFC3339))
}
