package index

import "time"

// DeadAfter is how long a feed may fail before it is flagged as dead.
const DeadAfter = 24 * time.Hour

// Feed is a URL the crawler polls, with its health and its HTTP cache
// validators. Feeds in the managed list (Listed) are crawled by `serve` and
// by `crawl` without --feeds; feeds crawled from a --feeds file are recorded
// too, with Listed false, so their health can be seen.
type Feed struct {
	// URL is the feed's current URL; a permanent redirect (301/308) moves
	// it, and the old URL is kept in MovedFrom.
	URL       string   `json:"url"`
	MovedFrom []string `json:"moved_from,omitempty"`
	Title     string   `json:"title,omitempty"`
	// Listed is true for feeds in the managed feed list.
	Listed  bool      `json:"listed"`
	AddedAt time.Time `json:"added_at,omitzero"`

	// HTTP validators for conditional GET.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`

	LastFetch           time.Time `json:"last_fetch,omitzero"`
	LastSuccess         time.Time `json:"last_success,omitzero"`
	LastStatus          int       `json:"last_status,omitempty"`
	LastError           string    `json:"last_error,omitempty"`
	FirstFailure        time.Time `json:"first_failure,omitzero"`
	ConsecutiveFailures int       `json:"consecutive_failures,omitempty"`

	// ItemsSeen counts feed items seen over the feed's life; ArticlesKept
	// the articles it brought that were stored.
	ItemsSeen    int `json:"items_seen,omitempty"`
	ArticlesKept int `json:"articles_kept,omitempty"`

	// Scheduling for `serve`: the interval adapts to how often the feed
	// publishes; NextFetch is when it is due again.
	LastItemAt time.Time     `json:"last_item_at,omitzero"`
	Interval   time.Duration `json:"interval,omitempty"`
	NextFetch  time.Time     `json:"next_fetch,omitzero"`
}

// Dead reports whether the feed has been failing for at least DeadAfter
// at time now.
func (f *Feed) Dead(now time.Time) bool {
	if f.ConsecutiveFailures == 0 || f.FirstFailure.IsZero() {
		return false
	}
	return now.Sub(f.FirstFailure) >= DeadAfter
}

// Feed statuses, as Status reports them.
const (
	FeedOK      = "ok"      // its last fetch succeeded
	FeedFailing = "failing" // its last fetch failed, for less than DeadAfter
	FeedDead    = "dead"    // failing for at least DeadAfter
	FeedNew     = "new"     // never fetched
)

// Status names the feed's health at time now: FeedOK, FeedFailing, FeedDead
// or FeedNew.
func (f *Feed) Status(now time.Time) string {
	switch {
	case f.Dead(now):
		return FeedDead
	case f.ConsecutiveFailures > 0:
		return FeedFailing
	case f.LastFetch.IsZero():
		return FeedNew
	}
	return FeedOK
}
