package main

import (
	"context"
	"fmt"
	"io"

	"undersigned/index"
)

// runReindex rebuilds everything derived from the article store.
func runReindex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg Config
	fs := newFlagSet("reindex", "reindex [--data DIR]\n\nRe-reads stored articles (main text from the stored HTML where the extractor changed, then\nmentions), rebuilds every campaign and builds a fresh search index. Nothing is fetched.", stderr)
	cfg.dataFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	logger := newLogger(stderr, cfg.Verbose)
	ix, err := index.Open(ctx, cfg.Data)
	if err != nil {
		return err
	}
	defer ix.Close()
	ix.Logger = logger
	st, err := ix.Reindex(ctx, refresh(logger))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "reindexed %d articles (%d re-extracted): %d mentions, %d campaigns\n",
		st.Articles, st.Reextracted, st.Mentions, st.Campaigns)
	return nil
}
