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
)

// ErrDisallowed is returned (wrapped) for a URL that robots.txt does not let
// the crawler fetch, or whose robots.txt could not be read (5xx, timeout,
// unreachable: crawling is then held off, as Google does).
var ErrDisallowed = errors.New("crawler: disallowed by robots.txt")

// robotsRetry is how long an unreadable robots.txt holds a host off before
// it is asked for again (bounded by RobotsTTL).
const robotsRetry = 10 * time.Minute

// robots caches each site's robots.txt for RobotsTTL.
//
// Policy: a 2xx robots.txt is obeyed (Disallow for pages and feeds, and
// Crawl-delay as the host's minimum gap when longer than MinHostDelay); a 4xx
// (404, but also 401/403) means no restrictions; a 5xx, a 429, a timeout or
// an unreachable server means "disallow everything for now": the last good
// copy is used if there is one, otherwise the host is not crawled until
// robots.txt is asked for again, robotsRetry later. An unparsable file
// allows everything.
type robots struct {
	c  *Crawler
	mu sync.Mutex
	m  map[string]*robotsEntry // by scheme://host
}

type robotsEntry struct {
	mu      sync.Mutex // held while fetching
	data    *robotstxt.RobotsData
	expires time.Time
	err     error // why the site is held off, when data is nil
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

// check returns nil if robots.txt lets the crawler fetch u, or an error
// wrapping ErrDisallowed (or the reason robots.txt could not be read, such
// as a forbidden address).
func (r *robots) check(ctx context.Context, u *url.URL) error {
	site := strings.ToLower(u.Scheme + "://" + u.Host)
	r.mu.Lock()
	if r.m == nil {
		r.m = make(map[string]*robotsEntry)
	}
	e := r.m[site]
	if e == nil {
		e = &robotsEntry{}
		r.m[site] = e
	}
	r.mu.Unlock()

	e.mu.Lock()
	if time.Now().After(e.expires) {
		r.refresh(ctx, site, u, e)
	}
	data, err := e.data, e.err
	e.mu.Unlock()

	if data == nil {
		if err == nil {
			return nil
		}
		return err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !data.TestAgent(path, r.agent()) {
		return fmt.Errorf("%s: %w", u.Redacted(), ErrDisallowed)
	}
	return nil
}

// refresh fetches site's robots.txt into e. Called with e.mu held.
func (r *robots) refresh(ctx context.Context, site string, u *url.URL, e *robotsEntry) {
	c := r.c
	status, body, err := r.fetch(ctx, site)
	now := time.Now()
	switch {
	case err != nil && ctx.Err() != nil:
		// Our caller gave up; ask again next time.
		e.err = err
		return
	case err != nil && (errors.Is(err, ErrForbiddenAddress) || errors.Is(err, ErrHostPaused)):
		// The page itself will be refused for the same reason.
		e.data, e.err = nil, nil
		e.expires = now
		return
	case err == nil && status >= 200 && status < 300:
		data, perr := robotstxt.FromBytes(body)
		if perr != nil {
			c.logger().Debug("crawler: unparsable robots.txt, allowing all", "url", site+"/robots.txt", "err", perr)
			data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		}
		e.data, e.err = data, nil
		e.expires = now.Add(c.RobotsTTL)
	case err == nil && status >= 400 && status < 500 && status != http.StatusTooManyRequests:
		e.data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		e.err = nil
		e.expires = now.Add(c.RobotsTTL)
	default:
		why := ""
		if err != nil {
			why = unwrapURLError(err).Error()
		} else {
			why = fmt.Sprintf("HTTP %d", status)
		}
		retry := min(robotsRetry, c.RobotsTTL)
		e.expires = now.Add(retry)
		if e.data != nil {
			c.logger().Warn("crawler: robots.txt unavailable, using the last copy",
				"url", site+"/robots.txt", "err", why)
			return
		}
		e.err = fmt.Errorf("robots.txt unavailable (%s), not crawling %s for %s: %w", why, u.Host, retry, ErrDisallowed)
		c.logger().Warn("crawler: robots.txt unavailable, holding the host off",
			"url", site+"/robots.txt", "err", why)
		return
	}
	if g := e.data.FindGroup(r.agent()); g != nil {
		c.hosts.setCrawlDelay(hostKey(u), g.CrawlDelay)
	}
}

// fetch gets site's robots.txt (following redirects, within the caps).
func (r *robots) fetch(ctx context.Context, site string) (status int, body []byte, err error) {
	ctx, _ = withInfo(ctx, kindRobots)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, site+"/robots.txt", nil)
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("User-Agent", r.c.UserAgent)
	req.Header.Set("Accept", "text/plain, */*;q=0.1")
	res, err := r.c.httpClient().Do(req)
	if err != nil {
		return 0, nil, unwrapURLError(err)
	}
	defer res.Body.Close()
	if res.StatusCode < 200 || res.StatusCode >= 300 {
		return res.StatusCode, nil, nil
	}
	body, err = io.ReadAll(res.Body)
	if errors.Is(err, ErrTooLarge) {
		// Like Google: obey what fits in the cap.
		return res.StatusCode, body, nil
	}
	return res.StatusCode, body, err
}
