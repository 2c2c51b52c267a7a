package crawler

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"undersigned/index"
)

// relistEvery bounds how long Run sleeps before it asks for the feed list
// again, so that feeds added while serving are picked up soon.
const relistEvery = time.Minute

// schedule sets f.Interval and f.NextFetch after a fetch. The interval
// adapts to how often the feed publishes: with new items, it moves towards
// the mean gap between its recent items; with nothing new (or a 304) it
// grows by half; after a failure it doubles. It stays within MinInterval and
// MaxInterval, starts at PollEvery for a feed without history, and NextFetch
// gets ±10% jitter so that feeds polled together drift apart.
func (c *Crawler) schedule(f *index.Feed, ff *feedFetch, now time.Time) {
	prev := f.Interval
	if prev <= 0 {
		prev = c.PollEvery
	}
	next := prev
	switch {
	case ff.err != nil:
		next = prev * 2
	case ff.notModified:
		next = prev * 3 / 2
	default:
		if gap, ok := publishingGap(ff.items, now); ok {
			next = (prev + gap) / 2
		} else {
			next = prev * 3 / 2
		}
	}
	next = min(max(next, c.MinInterval), c.MaxInterval)
	f.Interval = next
	jitter := time.Duration(0)
	if span := int64(next / 5); span > 0 {
		jitter = time.Duration(rand.Int64N(span)) - next/10
	}
	f.NextFetch = now.Add(next + jitter)
}

// publishingGap is the mean gap between the feed's recent items (up to the
// 20 newest dated ones, none in the future), if at least two are dated
// within the last 30 days.
func publishingGap(items []feedItem, now time.Time) (time.Duration, bool) {
	var times []time.Time
	for _, it := range items {
		t := it.published
		if t.IsZero() {
			t = it.updated
		}
		if t.IsZero() || t.After(now.Add(time.Hour)) || t.Before(now.Add(-30*24*time.Hour)) {
			continue
		}
		times = append(times, t)
	}
	if len(times) < 2 {
		return 0, false
	}
	slices.SortFunc(times, func(a, b time.Time) int { return b.Compare(a) })
	if len(times) > 20 {
		times = times[:20]
	}
	// The time since the newest item counts as a gap too: a feed that
	// published a burst last month and nothing since is not busy.
	span := now.Sub(times[len(times)-1])
	return span / time.Duration(len(times)), true
}

// Run polls feeds until ctx is done (for serve). Each round it calls list
// for the current feed list, so feeds added or removed while serving take
// effect, and crawls the feeds that are due by their stored NextFetch. A
// feed without a schedule yet is first fetched at a random moment within
// MinInterval/8 of being listed, so that a fresh list is not fetched all at
// once.
//
// A round that fails (list, the Store, the Sink or AfterFeed failing) is
// logged as an error and tried again after a backoff that doubles with each
// failed round in a row (from a minute to an hour): crawling never stops
// while serve runs. Run returns nil when ctx is done, or an error at once if
// the Crawler lacks its Store or Sink.
func (c *Crawler) Run(ctx context.Context, list func(ctx context.Context) ([]string, error)) error {
	if err := c.check(); err != nil {
		return err
	}
	firstDue := map[string]time.Time{} // feeds without a stored schedule
	failures := 0
	for {
		wait, err := c.round(ctx, list, firstDue)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			failures++
			wait = c.roundBackoff(failures)
			c.logger().Error("crawler: crawl failed; trying again later", "err", err,
				"failures", failures, "retry_in", wait)
		} else {
			failures = 0
		}
		if wait <= 0 {
			continue
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// maxRoundBackoff bounds Run's wait after failed rounds.
const maxRoundBackoff = time.Hour

// roundBackoff is Run's wait after n failed rounds in a row.
func (c *Crawler) roundBackoff(n int) time.Duration {
	d := c.runRetry
	if d <= 0 {
		d = relistEvery
	}
	for i := 1; i < n && d < maxRoundBackoff; i++ {
		d *= 2
	}
	return min(d, max(maxRoundBackoff, c.runRetry))
}

// round is one round of Run: it lists the feeds, crawls those due and
// returns how long to wait before the next round (0 after a crawl, at most
// relistEvery otherwise).
func (c *Crawler) round(ctx context.Context, list func(ctx context.Context) ([]string, error), firstDue map[string]time.Time) (time.Duration, error) {
	urls, err := list(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil
		}
		c.logger().Warn("crawler: cannot list feeds", "err", err)
	}
	now := c.now()
	wait := relistEvery
	var due []string
	for _, u := range urls {
		at, err := c.nextFetch(ctx, u, now, firstDue)
		if err != nil {
			return 0, err
		}
		if !at.After(now) {
			due = append(due, u)
			delete(firstDue, u)
			continue
		}
		wait = min(wait, at.Sub(now))
	}
	if len(due) == 0 {
		return wait, nil
	}
	sum, err := c.Crawl(ctx, due)
	if err != nil {
		return 0, err
	}
	c.logger().Info("crawler: polled feeds", "feeds", len(due), "summary", sum.String())
	return 0, nil
}

// nextFetch is when the feed at u is due: its stored NextFetch (a feed that
// moved keeps its schedule under its old URL too), or for a feed without
// one a moment drawn once within MinInterval/8 of now.
func (c *Crawler) nextFetch(ctx context.Context, u string, now time.Time, firstDue map[string]time.Time) (time.Time, error) {
	f, err := c.storedFeed(ctx, u)
	switch {
	case err == nil && !f.NextFetch.IsZero():
		return f.NextFetch, nil
	case err != nil && !errors.Is(err, index.ErrNotFound):
		return time.Time{}, fmt.Errorf("crawler: read feed state %s: %w", u, err)
	}
	at, ok := firstDue[u]
	if !ok {
		at = now
		if spread := int64(c.MinInterval / 8); spread > 0 {
			at = now.Add(time.Duration(rand.Int64N(spread)))
		}
		firstDue[u] = at
	}
	return at, nil
}
