package crawler

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Each failure reads once, plainly: the URL and the reason, no repeated
// prefixes or sentinel texts.
func TestFailureMessages(t *testing.T) {
	s := newSite(t)
	s.setRobots("User-agent: *\nDisallow: /private/\n")
	s.handle("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/private/x", http.StatusFound)
	})
	s.handle("/busy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	s.handle("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	s.handle("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	host := strings.TrimPrefix(s.URL, "http://")

	tests := []struct {
		name  string
		setup func(c *Crawler)
		url   string
		want  string // the reason, exactly
		is    error
	}{
		{"forbidden address", func(c *Crawler) { c.AllowPrivate = false }, s.URL + "/pages/nodate.html",
			"refusing to connect to 127.0.0.1 (loopback address)", ErrForbiddenAddress},
		{"robots.txt unreachable", func(c *Crawler) {
			c.lookup = func(context.Context, string) (string, error) {
				return "", &net.DNSError{Err: "no such host", Name: "www.example.com", IsNotFound: true}
			}
		}, "http://www.example.com/story",
			"lookup www.example.com: no such host (reading robots.txt; not crawling www.example.com for 10m0s)", ErrRobotsUnavailable},
		{"disallowed", nil, s.URL + "/private/x", "disallowed by robots.txt", ErrDisallowed},
		{"disallowed after a redirect", nil, s.URL + "/to-private",
			"disallowed by robots.txt (at " + s.URL + "/private/x, after a redirect)", ErrDisallowed},
		{"host paused", func(c *Crawler) {
			c.fetchPage(context.Background(), s.URL+"/busy")
		}, s.URL + "/pages/nodate.html", "not contacting " + host + " for 1h0m0s: it asked to retry after 1h0m0s", ErrHostPaused},
		{"timeout", func(c *Crawler) { c.Timeout = 200 * time.Millisecond }, s.URL + "/slow", "timed out after 200ms", ErrTimeout},
		{"not HTML", nil, s.URL + "/pdf", "not an HTML page (Content-Type application/pdf)", ErrNotHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestCrawler(nil)
			c.MaxAttempts = 1
			if tt.setup != nil {
				tt.setup(c)
			}
			_, err := c.fetchPage(context.Background(), tt.url)
			if err == nil {
				t.Fatal("got no error")
			}
			if got := failureReason(err); got != tt.want {
				t.Errorf("reason: got %q, want %q", got, tt.want)
			}
			if want := "crawler: page " + tt.url + ": " + tt.want; err.Error() != want {
				t.Errorf("error: got %q, want %q", err, want)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if tt.is != ErrDisallowed && errors.Is(err, ErrDisallowed) {
				t.Errorf("error %v claims robots.txt disallowed it", err)
			}
		})
	}

	// In a crawl: the page's URL once, the extractor's reason plainly.
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		serveBody(w, r, "application/rss+xml", []byte(`<rss version="2.0"><channel><title>T</title>
<item><title>Empty</title><link>`+s.URL+`/empty.html</link></item></channel></rss>`))
	})
	s.handle("/empty.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><nav>Home</nav></body></html>"))
	})
	c := newTestCrawler(newMemStore())
	logs := recordLogs(c)
	sum, err := c.Crawl(context.Background(), []string{s.URL + "/feed.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if f, ok := failureFor(sum, "/empty.html"); !ok || f.Err != "no main text found" {
		t.Errorf("got failure %+v, want no main text found", f)
	}
	want := "WARN crawler: page failed url=" + s.URL + "/empty.html err=no main text found"
	if got := logs.lines("crawler: page failed"); len(got) != 1 || got[0] != want {
		t.Errorf("got logs %q, want %q", got, want)
	}
}
