package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"undersigned/index"
)

// Crawl crawls every feed once: it fetches each feed (conditionally on its
// stored validators), then each listed article that is not stored yet, or
// whose feed item says it was updated since, extracts it and hands it to
// Sink. The same article listed by several feeds, or under several
// tracking-decorated links, is fetched and handed over once. A page that
// failed for good (404, 410, not HTML, too large, no text) is not fetched
// again by this Crawler for a day unless its item says it was updated.
//
// Feeds and pages that fail are logged (Warn, with url and err), counted and
// listed in the Summary; the crawl goes on and the error is nil. The error is
// non-nil only when the crawl could not go on: ctx was cancelled, or the
// Store, the Sink or AfterFeed failed (a Sink error wrapping index.ErrInvalid
// only fails that article).
//
// Each feed's state (health, validators, counts, schedule) is stored once
// its articles were handed over, so an interrupted crawl fetches the feed in
// full again next time. If one of its articles failed in a way worth retrying
// (a 5xx, a timeout), its old validators are kept for the same reason.
func (c *Crawler) Crawl(ctx context.Context, feeds []string) (Summary, error) {
	if err := c.check(); err != nil {
		return Summary{}, err
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &crawlRun{c: c, ctx: ctx, cancel: cancel}

	jobs := r.loadFeeds(feeds)
	r.emit(Event{Kind: FeedsTotal, N: len(jobs)})
	eachByHost(ctx, c.Concurrency, jobs, func(j *feedJob) string { return urlHost(j.state.URL) }, r.doFeed)

	arts := r.collect(jobs)
	r.emit(Event{Kind: ArticlesTotal, N: len(arts)})
	eachByHost(ctx, c.Concurrency, arts, func(a *articleJob) string { return urlHost(a.url) }, r.doArticle)
	r.emit(Event{Kind: CrawlDone})

	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.fatal != nil:
		return r.sum, r.fatal
	case parent.Err() != nil:
		return r.sum, fmt.Errorf("crawler: crawl interrupted: %w", parent.Err())
	}
	return r.sum, nil
}

// crawlRun is one Crawl in progress.
type crawlRun struct {
	c      *Crawler
	ctx    context.Context
	cancel context.CancelFunc

	mu    sync.Mutex
	sum   Summary
	fatal error
}

// feedJob is one feed of a crawl.
type feedJob struct {
	state index.Feed
	fetch *feedFetch

	// Guarded by crawlRun.mu:
	pending   int  // its articles not finished yet
	newItems  int  // items that were not skipped as already stored
	kept      int  // articles stored new or updated
	handed    int  // articles handed to Sink
	transient bool // an article failed in a way worth retrying soon
}

// articleJob is one article of a crawl, however many feeds listed it.
type articleJob struct {
	url       string // canonical item link: what is fetched
	feeds     []*feedJob
	title     string
	published time.Time
	stamp     time.Time // latest updated/published stamp among its items
}

// fail records a fatal error and stops the crawl.
func (r *crawlRun) fail(err error) {
	r.mu.Lock()
	if r.fatal == nil {
		r.fatal = err
	}
	r.mu.Unlock()
	r.cancel()
}

func (r *crawlRun) emit(e Event) {
	if r.c.Progress == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.c.Progress.Event(e)
}

// failure logs and lists one feed or page that failed: the one report of
// it, with its URL and the reason.
func (r *crawlRun) failure(what, u string, err error) {
	msg := failureReason(err)
	r.c.logger().Warn("crawler: "+what+" failed", "url", u, "err", msg)
	r.mu.Lock()
	r.sum.Failures = append(r.sum.Failures, Failure{URL: u, Err: msg})
	r.mu.Unlock()
}

// loadFeeds reads each feed's stored state, creating an unlisted record
// for a feed seen for the first time. A feed listed under a URL it moved
// away from is crawled at its current URL, with its stored state, and the
// move is logged so that the operator updates the list.
func (r *crawlRun) loadFeeds(urls []string) []*feedJob {
	var jobs []*feedJob
	seen := map[string]bool{} // URLs listed, and current URLs crawled
	for _, raw := range urls {
		u := lowerScheme(strings.TrimSpace(raw))
		if u == "" || seen["list "+u] {
			continue
		}
		seen["list "+u] = true
		f, err := r.c.storedFeed(r.ctx, strings.TrimSpace(raw))
		switch {
		case errors.Is(err, index.ErrNotFound):
			f = index.Feed{URL: u, AddedAt: r.c.now()}
		case err != nil:
			r.fail(fmt.Errorf("crawler: read feed state %s: %w", u, err))
			return nil
		}
		if f.URL != u && slices.Contains(f.MovedFrom, u) {
			r.c.logger().Warn(fmt.Sprintf("crawler: feed %s moved to %s; update the feed list", u, f.URL),
				"url", u, "moved_to", f.URL)
		}
		if seen["feed "+f.URL] {
			continue
		}
		seen["feed "+f.URL] = true
		jobs = append(jobs, &feedJob{state: f})
	}
	return jobs
}

// storedFeed returns the stored state of the feed listed as raw: under its
// URL with the scheme in lower case, else (a record stored before scheme
// case was canonicalised) as written. It may be the record of a feed that
// moved away from it. The error satisfies errors.Is(err, index.ErrNotFound)
// if there is none.
func (c *Crawler) storedFeed(ctx context.Context, raw string) (index.Feed, error) {
	u := lowerScheme(raw)
	f, err := c.Store.Feed(ctx, u)
	if errors.Is(err, index.ErrNotFound) && raw != u {
		f, err = c.Store.Feed(ctx, raw)
		u = raw
	}
	if err == nil && f.URL == "" {
		f.URL = u
	}
	return f, err
}

// lowerScheme writes an http or https URL's scheme in lower case, as
// url.Parse reads it: "HTTP://example.com/feed" is http://example.com/feed.
func lowerScheme(u string) string {
	scheme, rest, ok := strings.Cut(u, "://")
	if ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https")) {
		return strings.ToLower(scheme) + "://" + rest
	}
	return u
}

// doFeed fetches one feed.
func (r *crawlRun) doFeed(j *feedJob) {
	u := j.state.URL
	r.emit(Event{Kind: FeedStarted, URL: u})
	if p, err := url.ParseRequestURI(u); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		j.fetch = &feedFetch{url: u, err: failed("feed", u, errors.New("not an http or https URL"))}
	} else {
		j.fetch = r.c.fetchFeed(r.ctx, j.state)
	}
	if r.ctx.Err() != nil {
		return
	}
	ff := j.fetch
	switch {
	case ff.err != nil:
		r.failure("feed", u, ff.err)
		r.mu.Lock()
		r.sum.FeedsFailed++
		r.mu.Unlock()
		r.emit(Event{Kind: FeedFailed, URL: u, Err: ff.err})
	case ff.notModified:
		r.mu.Lock()
		r.sum.FeedsNotModified++
		r.mu.Unlock()
		r.emit(Event{Kind: FeedNotModified, URL: u})
	default:
		r.mu.Lock()
		r.sum.FeedsOK++
		r.sum.ItemsSeen += len(ff.items)
		r.mu.Unlock()
		r.emit(Event{Kind: FeedDone, URL: u, N: len(ff.items)})
	}
	if ff.movedTo != "" && ff.movedTo != u {
		r.c.logger().Info("crawler: feed moved permanently", "url", u, "to", ff.movedTo)
	}
}

// collect merges the items of all fetched feeds into articles keyed by
// canonical link, and finishes the feeds that brought none.
func (r *crawlRun) collect(jobs []*feedJob) []*articleJob {
	if r.ctx.Err() != nil {
		return nil
	}
	byURL := map[string]*articleJob{}
	var arts []*articleJob
	for _, j := range jobs {
		if j.fetch == nil || j.fetch.err != nil {
			continue
		}
		for _, it := range j.fetch.items {
			if it.link == "" {
				r.c.logger().Debug("crawler: feed item without a link", "url", j.state.URL, "title", it.title)
				continue
			}
			canon, err := Canonicalize(it.link)
			if err != nil {
				var te *targetError
				if errors.As(err, &te) {
					err = te.err
				}
				r.failure("page", it.link, fmt.Errorf("invalid link in feed %s: %w", j.state.URL, err))
				r.mu.Lock()
				r.sum.PagesFailed++
				r.mu.Unlock()
				continue
			}
			a := byURL[canon]
			if a == nil {
				a = &articleJob{url: canon}
				byURL[canon] = a
				arts = append(arts, a)
			}
			if a.title == "" {
				a.title = it.title
			}
			if a.published.IsZero() {
				a.published = it.published
			}
			if s := it.stamp(); s.After(a.stamp) {
				a.stamp = s
			}
			listed := false
			for _, f := range a.feeds {
				listed = listed || f == j
			}
			if !listed {
				a.feeds = append(a.feeds, j)
				j.pending++
			}
		}
	}
	for _, j := range jobs {
		if j.fetch != nil && j.pending == 0 {
			r.finishFeed(j)
		}
	}
	return arts
}

// doArticle fetches, extracts and stores one article, then finishes the
// feeds that were waiting only for it.
func (r *crawlRun) doArticle(a *articleJob) {
	res, skipped, err := r.article(a)
	if r.ctx.Err() != nil {
		return
	}
	r.mu.Lock()
	switch {
	case err != nil:
		r.sum.PagesFailed++
	case skipped:
		r.sum.PagesSkipped++
	default:
		r.sum.Mentions += res.Mentions
		switch res.Outcome {
		case index.New:
			r.sum.ArticlesNew++
		case index.Updated:
			r.sum.ArticlesUpdated++
		case index.Unchanged:
			r.sum.ArticlesUnchanged++
		case index.Duplicate:
			r.sum.ArticlesDuplicate++
		}
	}
	var finished []*feedJob
	for _, j := range a.feeds {
		switch {
		case err != nil:
			j.newItems++
			j.transient = j.transient || transient(err)
		case !skipped:
			j.newItems++
			j.handed++
			if res.Outcome == index.New || res.Outcome == index.Updated {
				j.kept++
			}
		}
		if j.pending--; j.pending == 0 {
			finished = append(finished, j)
		}
	}
	r.mu.Unlock()

	switch {
	case err != nil:
		r.failure("page", a.url, err)
		r.emit(Event{Kind: ArticleFailed, URL: a.url, Err: err})
	case skipped:
		r.emit(Event{Kind: ArticleSkipped, URL: a.url})
	default:
		r.emit(Event{Kind: ArticleDone, URL: a.url, Outcome: res.Outcome})
	}
	for _, j := range finished {
		r.finishFeed(j)
	}
}

// article does the work of doArticle. A fatal error stops the crawl and is
// not returned.
func (r *crawlRun) article(a *articleJob) (res index.PutResult, skipped bool, err error) {
	c := r.c
	stored, err := c.Store.ArticleState(r.ctx, a.url)
	switch {
	case err == nil:
		if !a.stamp.After(stored) {
			return res, true, nil
		}
	case !errors.Is(err, index.ErrNotFound):
		r.fail(fmt.Errorf("crawler: article state %s: %w", a.url, err))
		return res, false, nil
	}
	if why := r.failedLately(a.url, a.stamp); why != nil {
		c.logger().Debug("crawler: not fetching a page that failed for good", "url", a.url, "err", failureReason(why))
		return res, true, nil
	}
	res, err = r.fetchArticle(a)
	if err != nil && permanent(err) {
		r.rememberFailure(a.url, a.stamp, err)
	}
	return res, false, err
}

// fetchArticle fetches, extracts and hands over one article. A fatal error
// stops the crawl and is not returned.
func (r *crawlRun) fetchArticle(a *articleJob) (res index.PutResult, err error) {
	c := r.c
	pg, err := c.fetchPage(r.ctx, a.url)
	if err != nil {
		return res, err
	}
	art, err := ExtractArticle(pg.finalURL, pg.body, pg.contentType)
	if err != nil {
		var te *targetError
		if errors.As(err, &te) {
			err = te.err // the page's URL is said once, by failed
		}
		return res, failed("page", a.url, err)
	}
	art.FetchedAt = c.now()
	art.URLs = appendUnique(art.URLs, a.url)
	for _, j := range a.feeds {
		art.Feeds = appendUnique(art.Feeds, j.currentURL())
	}
	if art.Title == "" {
		art.Title = a.title
	}
	if art.Published.IsZero() {
		art.Published = a.published
		if art.Published.IsZero() {
			art.Published = a.stamp
		}
	}
	art.FeedUpdated = a.stamp
	res, err = c.Sink(r.ctx, art)
	if err != nil {
		if errors.Is(err, index.ErrInvalid) {
			return res, failed("page", a.url, fmt.Errorf("not stored: %w", err))
		}
		r.fail(fmt.Errorf("crawler: store article %s: %w", art.URL, err))
		return res, nil
	}
	return res, nil
}

// currentURL is the feed's URL after this crawl: where a permanent redirect
// moved it, if it did.
func (j *feedJob) currentURL() string {
	if j.fetch != nil && j.fetch.err == nil && j.fetch.movedTo != "" {
		return j.fetch.movedTo
	}
	return j.state.URL
}

// finishFeed stores a feed's state once its articles are done: after
// AfterFeed, so the caller's index is flushed before the validators that
// would let the next crawl skip those articles are stored.
func (r *crawlRun) finishFeed(j *feedJob) {
	c := r.c
	if r.ctx.Err() != nil {
		return
	}
	r.mu.Lock()
	handed, newItems, kept, keep := j.handed, j.newItems, j.kept, j.transient
	r.mu.Unlock()
	if handed > 0 && c.AfterFeed != nil {
		c.afterMu.Lock()
		err := c.AfterFeed(r.ctx)
		c.afterMu.Unlock()
		if err != nil {
			r.fail(fmt.Errorf("crawler: after feed %s: %w", j.state.URL, err))
			return
		}
	}
	f := j.state
	c.recordFeed(&f, j.fetch, newItems, kept, keep, c.now())
	var err error
	if to := j.currentURL(); to != f.URL {
		from := f.URL
		f.MovedFrom = appendUnique(f.MovedFrom, from)
		f.URL = to
		err = c.Store.MoveFeed(r.ctx, from, f)
	} else {
		err = c.Store.PutFeed(r.ctx, f)
	}
	if err != nil {
		r.fail(fmt.Errorf("crawler: store feed %s: %w", f.URL, err))
	}
}

// transient reports whether a page failure may go away soon (a 5xx, a 429,
// a timeout, a paused host, a network error), as opposed to one that will
// not (a 4xx, a page too big, not HTML, disallowed, nothing to extract).
func transient(err error) bool {
	var se *statusError
	if errors.As(err, &se) {
		return se.code >= 500 || se.code == http.StatusTooManyRequests || se.code == http.StatusRequestTimeout
	}
	switch {
	case errors.Is(err, ErrTooLarge), errors.Is(err, ErrNotHTML), errors.Is(err, ErrDisallowed),
		errors.Is(err, ErrRedirect), errors.Is(err, ErrForbiddenAddress), errors.Is(err, ErrNoText), errors.Is(err, ErrAggregator),
		errors.Is(err, index.ErrInvalid):
		return false
	}
	return true
}

// permanent reports whether a page failure will not go away by itself: a
// 404 or 410, not HTML, too large, no text, an aggregator's page.
func permanent(err error) bool {
	var se *statusError
	if errors.As(err, &se) {
		return se.code == http.StatusNotFound || se.code == http.StatusGone
	}
	return errors.Is(err, ErrNotHTML) || errors.Is(err, ErrTooLarge) ||
		errors.Is(err, ErrNoText) || errors.Is(err, ErrAggregator)
}

// failedPageTTL is how long a page that failed for good is not fetched
// again, unless its feed item says it was updated since.
const failedPageTTL = 24 * time.Hour

// failedLately returns why the page at u is not to be fetched (it failed
// for good lately, in this run or an earlier one, and its item was not
// updated since), or nil. A store error stops the crawl.
func (r *crawlRun) failedLately(u string, stamp time.Time) error {
	p, err := r.c.Store.FailedPage(r.ctx, u)
	switch {
	case errors.Is(err, index.ErrNotFound):
		return nil
	case err != nil:
		r.fail(fmt.Errorf("crawler: failed page %s: %w", u, err))
		return err
	case stamp.After(p.Stamp):
		return nil
	}
	return errors.New(p.Reason)
}

// rememberFailure stores that the page at u, listed with stamp, failed for
// good with err. Not being able to store it only costs a fetch later.
func (r *crawlRun) rememberFailure(u string, stamp time.Time, err error) {
	now := time.Now().UTC()
	p := index.FailedPage{URL: u, Stamp: stamp, Failed: now, Until: now.Add(failedPageTTL), Reason: failureReason(err)}
	if err := r.c.Store.PutFailedPage(r.ctx, p); err != nil && r.ctx.Err() == nil {
		r.c.logger().Warn("crawler: could not remember a failed page", "url", u, "err", err)
	}
}

// eachByHost runs do on every item, items of one host one after another (so
// they never wait on each other's politeness), up to workers hosts at once.
func eachByHost[T any](ctx context.Context, workers int, items []T, hostOf func(T) string, do func(T)) {
	groups := map[string][]T{}
	var keys []string
	for _, it := range items {
		h := hostOf(it)
		if _, ok := groups[h]; !ok {
			keys = append(keys, h)
		}
		groups[h] = append(groups[h], it)
	}
	ch := make(chan []T)
	var wg sync.WaitGroup
	for range min(max(workers, 1), len(keys)) {
		wg.Go(func() {
			for g := range ch {
				for _, it := range g {
					if ctx.Err() != nil {
						break
					}
					do(it)
				}
			}
		})
	}
send:
	for _, k := range keys {
		select {
		case ch <- groups[k]:
		case <-ctx.Done():
			break send
		}
	}
	close(ch)
	wg.Wait()
}

// urlHost is the politeness key of a raw URL, or the URL itself.
func urlHost(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return hostKey(u)
	}
	return raw
}

// appendUnique appends the non-empty strings of add to list that it does
// not hold yet.
func appendUnique(list []string, add ...string) []string {
	for _, s := range add {
		if s == "" {
			continue
		}
		found := false
		for _, t := range list {
			found = found || t == s
		}
		if !found {
			list = append(list, s)
		}
	}
	return list
}
