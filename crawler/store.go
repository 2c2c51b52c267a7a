package crawler

import (
	"context"
	"time"

	"undersigned/index"
)

// Store is what the crawler needs from the article store: feed state (health
// and HTTP validators), robots.txt copies, whether an article is already
// stored, and the pages that failed for good. index.Store implements it.
type Store interface {
	// Feed returns the stored state of the feed at url, or of the feed
	// that moved away from url (its URL is then the new one, and url is in
	// its MovedFrom), or an error satisfying errors.Is(err,
	// index.ErrNotFound) if there is none.
	Feed(ctx context.Context, url string) (index.Feed, error)
	// PutFeed stores f under f.URL, replacing what was there.
	PutFeed(ctx context.Context, f index.Feed) error
	// MoveFeed stores f under f.URL and removes the record at from, in one
	// transaction (a feed that answered 301).
	MoveFeed(ctx context.Context, from string, f index.Feed) error
	// ArticleState reports the feed-updated stamp an article was stored with,
	// looking it up by any URL it was seen under (after Canonicalize), or an
	// error satisfying errors.Is(err, index.ErrNotFound) if no article was
	// stored under url.
	ArticleState(ctx context.Context, url string) (feedUpdated time.Time, err error)
	// Robots returns the stored robots.txt of site (scheme://host[:port]),
	// or an error satisfying errors.Is(err, index.ErrNotFound) if there is
	// none.
	Robots(ctx context.Context, site string) (index.Robots, error)
	// PutRobots stores r under r.Host, replacing what was there.
	PutRobots(ctx context.Context, r index.Robots) error
	// FailedPage returns the stored failure of the page at url, or an
	// error satisfying errors.Is(err, index.ErrNotFound) if there is none
	// or it expired.
	FailedPage(ctx context.Context, url string) (index.FailedPage, error)
	// PutFailedPage stores p under p.URL, replacing what was there.
	PutFailedPage(ctx context.Context, p index.FailedPage) error
}

// Sink receives each fetched article, stores it durably and reports what it
// did with it (new, updated, unchanged, or folded into a near-duplicate).
type Sink func(ctx context.Context, a *index.Article) (index.PutResult, error)
