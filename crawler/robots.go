package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"

	"undersigned/index"
)

// ErrDisallowed is returned (wrapped) for a URL that robots.txt does not let
// the crawler fetch.
var ErrDisallowed = errors.New("crawler: disallowed by robots.txt")

// ErrRobotsUnavailable is returned (wrapped) for a URL whose site's
// robots.txt could not be read (5xx, 429, timeout, unreachable) and of which
// no good copy is known: the site is not crawled until robots.txt is asked
// for again, as Google does. The error says why robots.txt failed (an HTTP
// status, or the network error: "lookup example.com: no such host").
var ErrRobotsUnavailable = errors.New("crawler: robots.txt unavailable")

// robotsRetry is how long an unreadable robots.txt holds a host off before
// it is asked for again (bounded by RobotsTTL).
const robotsRetry = 10 * time.Minute

// robots caches each site's robots.txt for RobotsTTL, in memory and in the
// Store (so that separate runs share it), and refreshes it with a
// conditional request once it expires.
//
// Policy: a 2xx robots.txt is obeyed (Disallow for pages and feeds, and
// Crawl-delay as the host's minimum gap when longer than MinHostDelay); a 4xx
// (404, but also 401/403) means no restrictions; a 5xx, a 429, a timeout or
// an unreachable server means "disallow everything for now": the last good
// copy is used if there is one, otherwise the host is not crawled until
// robots.txt is asked for again, robotsRetry later. An unparsable file
// allows everything. Expiry is on the Crawler's clock (Now), as the stored
// copy's is.
type robots struct {
	c     *Crawler
	mu    sync.Mutex
	m     map[string]*robotsEntry // by scheme://host
	swept time.Time
}

type robotsEntry struct {
	refs int // users between get and done; guarded by robots.mu

	mu      sync.Mutex   // held while loading or fetching
	loaded  bool         // the Store was asked for its copy
	rec     index.Robots // the last good copy (Status 0: none)
	data    *robotstxt.RobotsData
	delay   time.Duration // rec's Crawl-delay for our agent, bounded
	expires time.Time     // when to ask again
	err     error         // why the site is held off, when data is nil
}

// agent is the product token robots.txt groups are matched against:
// "undersigned" for "undersigned/0.1 (+…)".
func (r *robots) agent() string {
	ua := r.c.UserAgent
	if i := strings.IndexAny(ua, "/ "); i > 0 {
		ua = ua[:i]
	}
	return ua
}

// siteKey is the robots.txt key of u: scheme://host[:port], lower case.
func siteKey(u *url.URL) string { return strings.ToLower(u.Scheme + "://" + u.Host) }

// get returns site's entry, counted as in use until done; it forgets
// expired entries now and then (the Store keeps them).
func (r *robots) get(site string) *robotsEntry {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.m == nil {
		r.m = make(map[string]*robotsEntry)
	}
	if now := time.Now(); now.Sub(r.swept) > hostIdle {
		r.swept = now
		clock := r.c.now()
		for k, e := range r.m {
			if e.refs == 0 && e.mu.TryLock() {
				if clock.After(e.expires) {
					delete(r.m, k)
				}
				e.mu.Unlock()
			}
		}
	}
	e := r.m[site]
	if e == nil {
		e = &robotsEntry{}
		r.m[site] = e
	}
	e.refs++
	return e
}

func (r *robots) done(e *robotsEntry) {
	r.mu.Lock()
	e.refs--
	r.mu.Unlock()
}

// check returns nil if robots.txt lets the crawler fetch u, with the
// site's Crawl-delay, or an error wrapping ErrDisallowed or
// ErrRobotsUnavailable.
func (r *robots) check(ctx context.Context, u *url.URL) (crawlDelay time.Duration, err error) {
	site := siteKey(u)
	e := r.get(site)
	defer r.done(e)

	e.mu.Lock()
	if !e.loaded {
		r.load(ctx, site, e)
	}
	if !r.c.now().Before(e.expires) {
		r.refresh(ctx, site, u, e)
	}
	data, delay, err := e.data, e.delay, e.err
	e.mu.Unlock()

	if data == nil {
		return 0, err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !data.TestAgent(path, r.agent()) {
		return 0, kindErrorf(ErrDisallowed, nil, "disallowed by robots.txt")
	}
	return delay, nil
}

// load reads site's stored copy into e. Called with e.mu held.
func (r *robots) load(ctx context.Context, site string, e *robotsEntry) {
	if r.c.Store == nil {
		e.loaded = true
		return
	}
	rec, err := r.c.Store.Robots(ctx, site)
	switch {
	case errors.Is(err, index.ErrNotFound):
	case err != nil:
		if ctx.Err() != nil {
			return // ask again next time
		}
		r.c.logger().Warn("crawler: cannot read the stored robots.txt", "url", site+"/robots.txt", "err", err)
	default:
		r.use(e, rec)
		e.expires = rec.Expires
	}
	e.loaded = true
}

// use makes rec e's copy: parsed, with its Crawl-delay (none if no group
// matches).
func (r *robots) use(e *robotsEntry, rec index.Robots) {
	e.rec, e.err = rec, nil
	var data *robotstxt.RobotsData
	if rec.Status >= 200 && rec.Status < 300 {
		var err error
		if data, err = robotstxt.FromBytes(rec.Body); err != nil {
			r.c.logger().Debug("crawler: unparsable robots.txt, allowing all", "url", rec.Host+"/robots.txt", "err", err)
			data = nil
		}
	}
	if data == nil {
		data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	e.data, e.delay = data, 0
	if g := data.FindGroup(r.agent()); g != nil && g.CrawlDelay > 0 {
		e.delay = g.CrawlDelay
		if limit := r.c.MaxCrawlDelay; limit > 0 && e.delay > limit {
			e.delay = limit
		}
	}
}

// refresh fetches site's robots.txt into e, conditionally on the copy it
// has. Called with e.mu held.
func (r *robots) refresh(ctx context.Context, site string, u *url.URL, e *robotsEntry) {
	c := r.c
	res, err := r.fetch(ctx, u, e.rec)
	now := c.now()
	keep := func(rec index.Robots) {
		rec.Host, rec.Fetched, rec.Expires = site, now, now.Add(c.RobotsTTL)
		r.use(e, rec)
		e.expires = rec.Expires
		if c.Store == nil {
			return
		}
		if err := c.Store.PutRobots(ctx, rec); err != nil && ctx.Err() == nil {
			c.logger().Warn("crawler: cannot store robots.txt", "url", site+"/robots.txt", "err", err)
		}
	}
	switch {
	case err != nil && ctx.Err() != nil:
		// Our caller gave up; ask again next time.
		if e.data == nil {
			e.err = err
		}
	case err != nil && (errors.Is(err, ErrForbiddenAddress) || errors.Is(err, ErrHostPaused)):
		// The request itself will fail for the same reason, and say so.
		// Keep the last good copy, and ask again next time.
		if e.data == nil {
			e.err = nil
		}
	case err == nil && res.status == http.StatusNotModified && e.rec.Status != 0:
		rec := e.rec
		if res.etag != "" {
			rec.ETag = res.etag
		}
		if res.modified != "" {
			rec.LastModified = res.modified
		}
		keep(rec)
	case err == nil && res.status >= 200 && res.status < 300:
		keep(index.Robots{Status: res.status, Body: res.body, ETag: res.etag, LastModified: res.modified})
	case err == nil && res.status >= 400 && res.status < 500 && res.status != http.StatusTooManyRequests:
		keep(index.Robots{Status: res.status})
	default:
		retry := min(robotsRetry, c.RobotsTTL)
		e.expires = now.Add(retry)
		var why error
		if err != nil {
			why = plainError("", err)
		} else {
			why = fmt.Errorf("HTTP %d %s", res.status, http.StatusText(res.status))
		}
		if e.data != nil {
			c.logger().Warn("crawler: robots.txt unavailable, using the last copy",
				"url", site+"/robots.txt", "err", why.Error())
			return
		}
		host := strings.TrimPrefix(strings.TrimPrefix(site, "https://"), "http://")
		if err != nil {
			e.err = kindErrorf(ErrRobotsUnavailable, why, "%s (reading robots.txt; not crawling %s for %s)", why, host, retry)
		} else {
			e.err = kindErrorf(ErrRobotsUnavailable, nil, "robots.txt answered %s; not crawling %s for %s", why, host, retry)
		}
		c.logger().Warn("crawler: robots.txt unavailable, holding the host off",
			"url", site+"/robots.txt", "err", why.Error(), "for", retry)
	}
}

// robotsResponse is what fetching robots.txt got.
type robotsResponse struct {
	status         int
	body           []byte
	etag, modified string
}

// fetch gets the robots.txt of u's site (following redirects, within the
// caps), conditionally on prev if it is a 2xx copy.
func (r *robots) fetch(ctx context.Context, u *url.URL, prev index.Robots) (robotsResponse, error) {
	var out robotsResponse
	ctx, _ = withInfo(ctx, kindRobots)
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ru.String(), nil)
	if err != nil {
		return out, err
	}
	req.Header.Set("User-Agent", r.c.UserAgent)
	req.Header.Set("Accept", "text/plain, */*;q=0.1")
	if prev.Status >= 200 && prev.Status < 300 {
		if prev.ETag != "" {
			req.Header.Set("If-None-Match", prev.ETag)
		}
		if prev.LastModified != "" {
			req.Header.Set("If-Modified-Since", prev.LastModified)
		}
	}
	res, err := r.c.httpClient().Do(req)
	if err != nil {
		return out, err
	}
	defer res.Body.Close()
	out.status = res.StatusCode
	out.etag, out.modified = res.Header.Get("ETag"), res.Header.Get("Last-Modified")
	if res.StatusCode < 200 || res.StatusCode >= 300 {
		return out, nil
	}
	out.body, err = io.ReadAll(res.Body)
	if errors.Is(err, ErrTooLarge) {
		// Like Google: obey what fits in the cap.
		return out, nil
	}
	return out, err
}
