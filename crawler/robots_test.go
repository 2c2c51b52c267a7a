package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestRobotsDisallow(t *testing.T) {
	s := newSite(t)
	s.setRobots("User-agent: *\nDisallow: /private/\n\nUser-agent: undersigned\nDisallow: /pages/dateline.html\nDisallow: /feeds/atom.xml\n")
	s.handle("/go", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/pages/dateline.html", http.StatusFound)
	})
	st := newMemStore()
	c := newTestCrawler(st)

	for _, p := range []string{"/pages/dateline.html", "/go"} {
		_, err := c.fetchPage(context.Background(), s.URL+p)
		if !errors.Is(err, ErrDisallowed) {
			t.Errorf("%s: got %v, want ErrDisallowed", p, err)
		}
	}
	if _, err := c.fetchPage(context.Background(), s.URL+"/pages/nodate.html"); err != nil {
		t.Errorf("allowed page: %v", err)
	}
	sum, err := c.Crawl(context.Background(), []string{s.URL + "/feeds/atom.xml", s.URL + "/feeds/feed.json"})
	if err != nil {
		t.Fatal(err)
	}
	if f, ok := failureFor(sum, "/feeds/atom.xml"); !ok || !strings.Contains(f.Err, "disallowed by robots.txt") {
		t.Errorf("disallowed feed: got %+v", f)
	}
	if n := s.count("/pages/dateline.html") + s.count("/feeds/atom.xml"); n != 0 {
		t.Errorf("disallowed URLs were requested %d times", n)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}
	if sum.FeedsOK != 1 || sum.ArticlesNew != 2 {
		t.Errorf("got %s, want the allowed feed crawled", sum)
	}
}

func TestRobotsCrawlDelay(t *testing.T) {
	s := newSite(t)
	s.setRobots("User-agent: *\nCrawl-delay: 0.25\n")
	c := newTestCrawler(nil)
	c.MinHostDelay = 0
	for range 3 {
		if _, err := c.fetchPage(context.Background(), s.URL+"/pages/nodate.html"); err != nil {
			t.Fatal(err)
		}
	}
	reqs := s.requests("/") // robots.txt, then three pages
	if len(reqs) != 4 {
		t.Fatalf("got %d requests, want 4", len(reqs))
	}
	for i := 2; i < len(reqs); i++ {
		if gap := reqs[i].at.Sub(reqs[i-1].at); gap < 250*time.Millisecond {
			t.Errorf("requests %d and %d were %v apart, want at least the 250ms Crawl-delay", i-1, i, gap)
		}
	}
}

func TestRobotsStatus(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		allowed bool
	}{
		{"404 allows all", http.StatusNotFound, true},
		{"403 allows all", http.StatusForbidden, true},
		{"500 holds off", http.StatusInternalServerError, false},
		{"503 holds off", http.StatusServiceUnavailable, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			s.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
				http.Error(w, "robots", tt.status)
			})
			c := newTestCrawler(nil)
			c.MaxAttempts = 1
			_, err := c.fetchPage(context.Background(), s.URL+"/pages/nodate.html")
			if tt.allowed && err != nil {
				t.Errorf("got %v, want the page", err)
			}
			if !tt.allowed {
				want := fmt.Sprintf("robots.txt answered HTTP %d %s; not crawling", tt.status, http.StatusText(tt.status))
				if !errors.Is(err, ErrRobotsUnavailable) || errors.Is(err, ErrDisallowed) || !strings.Contains(err.Error(), want) {
					t.Errorf("got %v, want %q", err, want)
				}
				if n := s.count("/pages/"); n != 0 {
					t.Errorf("page requested %d times, want 0", n)
				}
			}
		})
	}
}

// robots.txt is cached for RobotsTTL; when it then fails, the last good copy
// is still obeyed, even after a refresh met a paused host.
func TestRobotsCache(t *testing.T) {
	s := newSite(t)
	s.setRobots("User-agent: *\nDisallow: /private/\n")
	c := newTestCrawler(nil)
	get := func(p string) error {
		_, err := c.fetchPage(context.Background(), s.URL+p)
		return err
	}
	if err := get("/pages/nodate.html"); err != nil {
		t.Fatal(err)
	}
	if err := get("/pages/nodate.html"); err != nil || s.count("/robots.txt") != 1 {
		t.Fatalf("within the TTL: %v, robots.txt fetched %d times", err, s.count("/robots.txt"))
	}
	// The TTL passes while the host is paused: the refresh cannot be made,
	// and must not cost the copy.
	expireRobots(c, nil)
	key := hostKey(mustParse(t, s.URL))
	c.hosts.pause(key, time.Hour, "testing")
	if err := get("/pages/nodate.html"); !errors.Is(err, ErrHostPaused) {
		t.Fatalf("while paused: got %v, want ErrHostPaused", err)
	}
	// The pause ends; robots.txt is now down.
	h := c.hosts.get(key)
	h.mu.Lock()
	h.pausedTill = time.Time{}
	h.mu.Unlock()
	c.hosts.done(h)
	s.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusInternalServerError)
	})
	if err := get("/pages/nodate.html"); err != nil {
		t.Errorf("allowed page with a stale robots.txt: %v", err)
	}
	if err := get("/private/x"); !errors.Is(err, ErrDisallowed) {
		t.Errorf("disallowed page with a stale robots.txt: got %v", err)
	}
	if n := s.count("/robots.txt"); n != 2 {
		t.Errorf("robots.txt fetched %d times, want 2", n)
	}
}

// expireRobots makes every cached robots.txt of c due for a refresh, in
// memory and in its store.
func expireRobots(c *Crawler, st *memStore) {
	c.robots.mu.Lock()
	for _, e := range c.robots.m {
		e.mu.Lock()
		e.expires = time.Now().Add(-time.Second)
		e.mu.Unlock()
	}
	c.robots.mu.Unlock()
	if st != nil {
		st.mu.Lock()
		for k, r := range st.robots {
			r.Expires = time.Now().Add(-time.Second)
			st.robots[k] = r
		}
		st.mu.Unlock()
	}
}

// A refreshed robots.txt without a Crawl-delay (or without a group for us)
// takes the old delay away.
func TestRobotsCrawlDelayReset(t *testing.T) {
	s := newSite(t)
	s.setRobots("User-agent: undersigned\nCrawl-delay: 0.3\n")
	c := newTestCrawler(nil)
	c.MinHostDelay = 0
	get := func() {
		t.Helper()
		if _, err := c.fetchPage(context.Background(), s.URL+"/pages/nodate.html"); err != nil {
			t.Fatal(err)
		}
	}
	get()
	if d, err := c.robots.check(context.Background(), mustParse(t, s.URL+"/pages/nodate.html")); err != nil || d != 300*time.Millisecond {
		t.Fatalf("Crawl-delay: got %v, %v, want 300ms", d, err)
	}
	s.setRobots("User-agent: someone-else\nCrawl-delay: 5\n")
	expireRobots(c, nil)
	get()
	if d, err := c.robots.check(context.Background(), mustParse(t, s.URL+"/pages/nodate.html")); err != nil || d != 0 {
		t.Errorf("after a refresh without our group: Crawl-delay %v, %v, want 0", d, err)
	}
}

func mustParse(t *testing.T, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// robots.txt is kept in the Store: another Crawler (another run) sharing
// it asks for none until it expires, and then asks conditionally.
func TestRobotsStored(t *testing.T) {
	s := newSite(t)
	s.setRobots("User-agent: *\nDisallow: /private/\nCrawl-delay: 0.05\n")
	st := newMemStore()
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	first := newTestCrawler(st)
	first.Now = func() time.Time { return now }
	if _, err := first.fetchPage(context.Background(), s.URL+"/pages/nodate.html"); err != nil {
		t.Fatal(err)
	}
	rec, err := st.Robots(context.Background(), s.URL)
	if err != nil || rec.Status != 200 || !rec.Fetched.Equal(now) || !rec.Expires.Equal(now.Add(first.RobotsTTL)) || rec.ETag == "" {
		t.Fatalf("stored: got %+v, %v", rec, err)
	}

	second := newTestCrawler(st)
	second.Now = func() time.Time { return now.Add(time.Hour) }
	if err := func() error { _, err := second.fetchPage(context.Background(), s.URL+"/private/x"); return err }(); !errors.Is(err, ErrDisallowed) {
		t.Errorf("second run: got %v, want the stored rules obeyed", err)
	}
	if d, _ := second.robots.check(context.Background(), mustParse(t, s.URL+"/")); d != 50*time.Millisecond {
		t.Errorf("second run: Crawl-delay %v, want the stored 50ms", d)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}

	// Past its expiry, a third run asks again, conditionally; a 304 keeps
	// the rules and pushes the expiry on.
	later := now.Add(first.RobotsTTL + time.Minute)
	third := newTestCrawler(st)
	third.Now = func() time.Time { return later }
	if _, err := third.fetchPage(context.Background(), s.URL+"/private/x"); !errors.Is(err, ErrDisallowed) {
		t.Errorf("third run: got %v, want the rules kept after a 304", err)
	}
	reqs := s.requests("/robots.txt")
	if len(reqs) != 2 || !reqs[1].conditional {
		t.Errorf("robots.txt requests %+v, want a second, conditional one", reqs)
	}
	if rec, _ := st.Robots(context.Background(), s.URL); !rec.Fetched.Equal(later) || !rec.Expires.Equal(later.Add(third.RobotsTTL)) || len(rec.Body) == 0 {
		t.Errorf("after the 304: stored %+v", rec)
	}
}

// Long-running crawlers forget idle hosts and expired robots.txt copies.
func TestForgetIdle(t *testing.T) {
	s := newSite(t)
	c := newTestCrawler(newMemStore())
	if _, err := c.fetchPage(context.Background(), s.URL+"/pages/nodate.html"); err != nil {
		t.Fatal(err)
	}
	key := hostKey(mustParse(t, s.URL))
	// A paused host is kept; an idle one is not.
	c.hosts.pause("paused.example", time.Hour, "testing")
	c.hosts.mu.Lock()
	for _, h := range c.hosts.m {
		h.lastEnd = time.Now().Add(-2 * hostIdle)
	}
	c.hosts.swept = time.Now().Add(-2 * hostIdle)
	c.hosts.mu.Unlock()
	expireRobots(c, nil)
	c.robots.mu.Lock()
	c.robots.swept = time.Now().Add(-2 * hostIdle)
	c.robots.mu.Unlock()

	c.hosts.done(c.hosts.get("other.example"))
	c.robots.done(c.robots.get("http://other.example"))
	c.hosts.mu.Lock()
	_, kept := c.hosts.m[key]
	_, pausedKept := c.hosts.m["paused.example"]
	c.hosts.mu.Unlock()
	if kept || !pausedKept {
		t.Errorf("hosts: idle kept %v, paused kept %v; want false, true", kept, pausedKept)
	}
	c.robots.mu.Lock()
	_, robotsKept := c.robots.m[strings.ToLower(s.URL)]
	c.robots.mu.Unlock()
	if robotsKept {
		t.Errorf("an expired robots.txt is still held in memory (the Store keeps it)")
	}
}
