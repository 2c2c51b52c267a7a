package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
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
// is still obeyed.
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
	// The TTL passes.
	c.robots.mu.Lock()
	for _, e := range c.robots.m {
		e.expires = time.Now().Add(-time.Second)
	}
	c.robots.mu.Unlock()
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
