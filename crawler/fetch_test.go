package crawler

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"undersigned/index"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"Sat, 01 Mar 2025 12:00:30 GMT", 30 * time.Second, true},
		{"Saturday, 01-Mar-25 12:01:00 GMT", time.Minute, true},
		{"Sat, 01 Mar 2025 11:00:00 GMT", 0, true}, // in the past: now
		{"-5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q): got %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// pageHandler answers with a small article page.
func pageHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, "<html><head><title>Retried</title></head><body><article><h1>A page that was retried</h1><p>"+
		strings.Repeat("Workers signed a letter about the contract and the company answered. ", 6)+"</p></article></body></html>")
}

// failFirst answers the first n requests with status and header, then
// with next.
func failFirst(n int, status int, header map[string]string, next http.HandlerFunc) (http.HandlerFunc, *atomic.Int32) {
	var count atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		if int(count.Add(1)) <= n {
			for k, v := range header {
				w.Header().Set(k, v)
			}
			http.Error(w, http.StatusText(status), status)
			return
		}
		next(w, r)
	}, &count
}

// serverDate sets a response's Date and returns it, for a Retry-After
// HTTP-date relative to it.
func serverDate(w http.ResponseWriter) time.Time {
	now := time.Now().UTC().Truncate(time.Second)
	w.Header().Set("Date", now.Format(http.TimeFormat))
	return now
}

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		retryAfter func(w http.ResponseWriter) string
	}{
		{"429 seconds", http.StatusTooManyRequests, func(http.ResponseWriter) string { return "1" }},
		{"503 HTTP-date", http.StatusServiceUnavailable, func(w http.ResponseWriter) string {
			return serverDate(w).Add(time.Second).Format(http.TimeFormat)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			var count atomic.Int32
			s.handle("/page", func(w http.ResponseWriter, r *http.Request) {
				if count.Add(1) == 1 {
					w.Header().Set("Retry-After", tt.retryAfter(w))
					http.Error(w, "wait", tt.status)
					return
				}
				pageHandler(w, r)
			})
			c := newTestCrawler(nil)
			// The crawler's clock is for recorded times, not for waits.
			c.Now = func() time.Time { return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) }
			if _, err := c.fetchPage(context.Background(), s.URL+"/page"); err != nil {
				t.Fatal(err)
			}
			reqs := s.requests("/page")
			if count.Load() != 2 || len(reqs) != 2 {
				t.Fatalf("got %d requests, want 2", len(reqs))
			}
			if gap := reqs[1].at.Sub(reqs[0].at); gap < time.Second {
				t.Errorf("retried after %v, want at least the 1s asked for", gap)
			}
		})
	}
}

// A Retry-After beyond MaxRetryAfter is not waited for: the request fails
// at once and the host is paused, so the next request fails too without
// reaching it; on the last attempt as on the first.
func TestRetryAfterTooLong(t *testing.T) {
	for _, attempts := range []int{3, 1} {
		t.Run(fmt.Sprintf("%d attempts", attempts), func(t *testing.T) {
			s := newSite(t)
			h, _ := failFirst(1, http.StatusServiceUnavailable, map[string]string{"Retry-After": "3600"}, pageHandler)
			s.handle("/page", h)
			c := newTestCrawler(nil)
			c.MaxAttempts = attempts
			_, err := c.fetchPage(context.Background(), s.URL+"/page")
			if err == nil || !strings.Contains(err.Error(), "asked to retry after 1h0m0s") {
				t.Fatalf("got %v, want a refusal to wait an hour", err)
			}
			_, err = c.fetchPage(context.Background(), s.URL+"/other")
			if !errors.Is(err, ErrHostPaused) || !strings.Contains(err.Error(), "it asked to retry after 1h0m0s") {
				t.Errorf("second request: got %v, want the host paused", err)
			}
			if n := s.count("/page") + s.count("/other"); n != 1 {
				t.Errorf("got %d requests, want 1", n)
			}
		})
	}
}

// A Retry-After date is read against the response's Date: neither the
// crawler's clock for recorded times (here years off) nor a skewed server
// clock changes the wait.
func TestRetryAfterDateUsesServerClock(t *testing.T) {
	s := newSite(t)
	s.handle("/page", func(w http.ResponseWriter, r *http.Request) {
		// The server's clock runs a day fast; it asks for an hour.
		now := time.Now().UTC().Add(24 * time.Hour).Truncate(time.Second)
		w.Header().Set("Date", now.Format(http.TimeFormat))
		w.Header().Set("Retry-After", now.Add(time.Hour).Format(http.TimeFormat))
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	c := newTestCrawler(nil)
	c.Now = func() time.Time { return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) }
	_, err := c.fetchPage(context.Background(), s.URL+"/page")
	if err == nil || !strings.Contains(err.Error(), "asked to retry after 1h0m0s") {
		t.Errorf("got %v, want it to have asked for an hour", err)
	}
}

// The wait without Retry-After doubles with each attempt, with jitter
// from half to one and a half of it.
func TestBackoff(t *testing.T) {
	c := New()
	c.RetryBackoff = time.Second
	c.MaxRetryAfter = 30 * time.Second
	for n, base := range map[int]time.Duration{1: time.Second, 2: 2 * time.Second, 3: 4 * time.Second, 5: 16 * time.Second, 6: 30 * time.Second, 40: 30 * time.Second} {
		seen := map[time.Duration]bool{}
		for range 200 {
			d := c.backoff(n)
			if d < base/2 || d > base*3/2 {
				t.Fatalf("attempt %d: waited %v, want %v to %v", n, d, base/2, base*3/2)
			}
			seen[d] = true
		}
		if len(seen) < 10 {
			t.Errorf("attempt %d: only %d distinct waits in 200, want jitter", n, len(seen))
		}
	}

	// withRetry waits what backoff says, growing, for the whole host.
	s := newSite(t)
	h, _ := failFirst(1000, http.StatusBadGateway, nil, pageHandler)
	s.handle("/page", h)
	c2 := newTestCrawler(nil)
	c2.MaxAttempts = 4
	c2.RetryBackoff = 4 * time.Millisecond
	logs := recordLogs(c2)
	if _, err := c2.fetchPage(context.Background(), s.URL+"/page"); err == nil {
		t.Fatal("got no error")
	}
	var waits []time.Duration
	logs.mu.Lock()
	for _, r := range logs.records {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "wait" {
				waits = append(waits, a.Value.Duration())
			}
			return true
		})
	}
	logs.mu.Unlock()
	if len(waits) != 3 {
		t.Fatalf("got waits %v, want 3", waits)
	}
	for i, w := range waits {
		base := c2.RetryBackoff << i
		if w < base/2 || w > base*3/2 {
			t.Errorf("wait %d: %v, want %v to %v", i+1, w, base/2, base*3/2)
		}
	}
	reqs := s.requests("/page")
	for i := 1; i < len(reqs); i++ {
		if gap := reqs[i].at.Sub(reqs[i-1].at); gap < waits[i-1] {
			t.Errorf("attempt %d came %v after the last, before the %v wait", i+1, gap, waits[i-1])
		}
	}
}

func TestRetryBackoffGivesUp(t *testing.T) {
	s := newSite(t)
	h, count := failFirst(1000, http.StatusBadGateway, nil, pageHandler)
	s.handle("/page", h)
	c := newTestCrawler(nil)
	_, err := c.fetchPage(context.Background(), s.URL+"/page")
	if err == nil || !strings.Contains(err.Error(), "HTTP 502 Bad Gateway (gave up after 3 attempts)") {
		t.Errorf("got %v", err)
	}
	if count.Load() != 3 {
		t.Errorf("got %d attempts, want 3", count.Load())
	}
	// A 404 is not retried.
	s.handle("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	if _, err := c.fetchPage(context.Background(), s.URL+"/missing"); err == nil || s.count("/missing") != 1 {
		t.Errorf("404: got %v after %d requests, want an error after 1", err, s.count("/missing"))
	}
}

func TestCircuitBreaker(t *testing.T) {
	s := newSite(t)
	h, count := failFirst(1000, http.StatusInternalServerError, nil, pageHandler)
	s.handle("/page", h)
	c := newTestCrawler(nil)
	c.MaxAttempts = 1
	c.HostFailures = 3
	c.HostPause = time.Hour
	for i := range 3 {
		if _, err := c.fetchPage(context.Background(), s.URL+"/page"); err == nil || errors.Is(err, ErrHostPaused) {
			t.Fatalf("request %d: got %v, want a 500", i+1, err)
		}
	}
	_, err := c.fetchPage(context.Background(), s.URL+"/page")
	if !errors.Is(err, ErrHostPaused) || !strings.Contains(err.Error(), "3 consecutive failures") {
		t.Errorf("after 3 failures: got %v, want the host paused", err)
	}
	if count.Load() != 3 {
		t.Errorf("the host got %d requests, want 3", count.Load())
	}
}

func TestTimeouts(t *testing.T) {
	s := newSite(t)
	s.handle("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	s.handle("/stalled-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>The start of a page that never ends")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	s.handle("/feed-stalls", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Stalling</title>`)
		w.(http.Flusher).Flush()
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
	})
	c := newTestCrawler(newMemStore())
	// robots.txt first, with time to spare, so that only the requests
	// under test run against the short timeout.
	if _, err := c.fetchPage(context.Background(), s.URL+"/pages/nodate.html"); err != nil {
		t.Fatal(err)
	}
	c.Timeout = 200 * time.Millisecond
	for _, p := range []string{"/slow-headers", "/stalled-body"} {
		_, err := c.fetchPage(context.Background(), s.URL+p)
		if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "timed out after 200ms") {
			t.Errorf("%s: got %v, want a timeout", p, err)
		}
		if n := s.count(p); n != 1 {
			t.Errorf("%s: got %d requests, want 1 (timeouts are not retried)", p, n)
		}
	}
	ff := c.fetchFeed(context.Background(), index.Feed{URL: s.URL + "/feed-stalls"})
	if !errors.Is(ff.err, ErrTimeout) {
		t.Errorf("stalled feed: got %v, want a timeout", ff.err)
	}
}

// Timeout bounds a request with all its redirects, not each hop; waiting for
// the host's turn between hops (politeness) is not counted.
func TestTimeoutCoversRedirects(t *testing.T) {
	s := newSite(t)
	// Four hops of 150ms each: every hop is within the 400ms timeout, the
	// request is not.
	for i := range 4 {
		s.handle(fmt.Sprintf("/slow-hop/%d", i), func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(150 * time.Millisecond)
			http.Redirect(w, r, fmt.Sprintf("/slow-hop/%d", i+1), http.StatusFound)
		})
	}
	s.handle("/slow-hop/4", pageHandler)
	s.handle("/slow-feed/0", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(150 * time.Millisecond)
		http.Redirect(w, r, "/slow-feed/1", http.StatusFound)
	})
	s.handle("/slow-feed/1", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(150 * time.Millisecond)
		http.Redirect(w, r, "/slow-feed/2", http.StatusMovedPermanently)
	})
	s.handle("/slow-feed/2", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Slow</title>`)
		w.(http.Flusher).Flush()
		time.Sleep(150 * time.Millisecond)
		fmt.Fprint(w, `</channel></rss>`)
	})
	s.handle("/quick-hop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/pages/nodate.html", http.StatusFound)
	})
	c := newTestCrawler(newMemStore())
	if _, err := c.fetchPage(context.Background(), s.URL+"/pages/nodate.html"); err != nil { // robots.txt first
		t.Fatal(err)
	}
	c.Timeout = 400 * time.Millisecond
	c.MaxAttempts = 1
	_, err := c.fetchPage(context.Background(), s.URL+"/slow-hop/0")
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "timed out after 400ms") {
		t.Errorf("page: got %v, want a timeout after 400ms", err)
	}
	ff := c.fetchFeed(context.Background(), index.Feed{URL: s.URL + "/slow-feed/0"})
	if !errors.Is(ff.err, ErrTimeout) {
		t.Errorf("feed: got %v, want a timeout", ff.err)
	}

	// A redirect to the same host waits its turn (here 600ms) without
	// that wait eating into the 400ms.
	c.MinHostDelay = 600 * time.Millisecond
	if _, err := c.fetchPage(context.Background(), s.URL+"/quick-hop"); err != nil {
		t.Errorf("a quick redirect behind a long gap: %v", err)
	}
}

// compressed returns data compressed for a Content-Encoding: "gzip",
// "deflate" (zlib-wrapped, as it is meant), or "raw deflate" (what some
// servers send as deflate).
func compressed(t testing.TB, enc string, data []byte) []byte {
	var buf bytes.Buffer
	var zw io.WriteCloser
	var err error
	switch enc {
	case "gzip":
		zw, err = gzip.NewWriterLevel(&buf, gzip.BestCompression)
	case "deflate":
		zw, err = zlib.NewWriterLevel(&buf, zlib.BestCompression)
	case "raw deflate":
		zw, err = flate.NewWriter(&buf, flate.BestCompression)
	default:
		t.Fatalf("unknown encoding %q", enc)
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Size caps hold on the decompressed body, whatever the transfer said.
func TestSizeCaps(t *testing.T) {
	s := newSite(t)
	bomb := compressed(t, "gzip", make([]byte, 8<<20)) // 8 MiB of zeros, ~8 KiB on the wire
	page := []byte("<html><head><title>Zipped</title></head><body><article><h1>A gzipped page of news</h1><p>" +
		strings.Repeat("Staff signed a petition over the contract with the agency. ", 8) + "</p></article></body></html>")
	serveEncoded := func(ctype string, body []byte, enc string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			w.Header().Set("Content-Encoding", enc)
			w.Write(body)
		}
	}
	serve := func(ctype string, body []byte, gz bool, length bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			if gz {
				w.Header().Set("Content-Encoding", "gzip")
			}
			if length {
				w.Header().Set("Content-Length", fmt.Sprint(len(body)))
			}
			w.Write(body)
		}
	}
	big := bytes.Repeat([]byte("<p>filler</p>\n"), 20000) // 280 KB
	s.handle("/big-length", serve("text/html", big, false, true))
	s.handle("/big-chunked", serve("text/html", big, false, false))
	s.handle("/bomb", serve("text/html", bomb, true, true))
	s.handle("/feed-bomb", serve("application/rss+xml", bomb, true, true))
	s.handle("/feed-big", serve("application/rss+xml", big, false, false))
	s.handle("/zipped", serve("text/html; charset=utf-8", compressed(t, "gzip", page), true, true))
	s.handle("/deflate-bomb", serveEncoded("text/html", compressed(t, "deflate", make([]byte, 8<<20)), "deflate"))
	s.handle("/raw-deflate-bomb", serveEncoded("text/html", compressed(t, "raw deflate", make([]byte, 8<<20)), "deflate"))
	s.handle("/feed-deflate-bomb", serveEncoded("application/rss+xml", compressed(t, "deflate", make([]byte, 8<<20)), "deflate"))
	s.handle("/deflated", serveEncoded("text/html; charset=utf-8", compressed(t, "deflate", page), "deflate"))
	s.handle("/raw-deflated", serveEncoded("text/html; charset=utf-8", compressed(t, "raw deflate", page), "deflate"))
	s.handle("/brotli", serveEncoded("text/html", page, "br"))

	c := newTestCrawler(newMemStore())
	c.MaxPageBytes = 64 << 10
	c.MaxFeedBytes = 100 << 10
	for _, p := range []string{"/big-length", "/big-chunked", "/bomb", "/deflate-bomb", "/raw-deflate-bomb"} {
		_, err := c.fetchPage(context.Background(), s.URL+p)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "page exceeds 64 KiB") {
			t.Errorf("%s: got %v, want page exceeds 64 KiB", p, err)
		}
	}
	for _, p := range []string{"/feed-bomb", "/feed-big", "/feed-deflate-bomb"} {
		ff := c.fetchFeed(context.Background(), index.Feed{URL: s.URL + p})
		if !errors.Is(ff.err, ErrTooLarge) || !strings.Contains(ff.err.Error(), "feed exceeds 100 KiB") {
			t.Errorf("%s: got %v, want feed exceeds 100 KiB", p, ff.err)
		}
	}
	// A well-behaved gzipped page is decoded once, not twice.
	pg, err := c.fetchPage(context.Background(), s.URL+"/zipped")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(pg.body, page) {
		t.Errorf("gzipped page: got %q, want the page decoded", pg.body[:min(40, len(pg.body))])
	}
	for _, p := range []string{"/deflated", "/raw-deflated"} {
		pg, err := c.fetchPage(context.Background(), s.URL+p)
		if err != nil || !bytes.Equal(pg.body, page) {
			t.Errorf("%s: got %v, want the page decoded", p, err)
		}
	}
	// An encoding the crawler did not ask for is a failure that names it.
	if _, err := c.fetchPage(context.Background(), s.URL+"/brotli"); err == nil || failureReason(err) != `unsupported Content-Encoding "br"` {
		t.Errorf("br: got %v, want unsupported Content-Encoding", err)
	}
	// Exactly at the cap is fine.
	c2 := newTestCrawler(newMemStore())
	c2.MaxPageBytes = int64(len(page))
	s.handle("/exact", serve("text/html", page, false, false))
	if _, err := c2.fetchPage(context.Background(), s.URL+"/exact"); err != nil {
		t.Errorf("page of exactly the cap: %v", err)
	}
}

func TestRedirects(t *testing.T) {
	s := newSite(t)
	for i := range 12 {
		s.handle(fmt.Sprintf("/hop/%d", i), func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", i+1), http.StatusFound)
		})
	}
	s.handle("/hop/12", pageHandler)
	s.handle("/self", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/self", http.StatusMovedPermanently)
	})
	s.handle("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	})
	c := newTestCrawler(nil)
	tests := []struct{ path, want string }{
		{"/hop/0", "more than 10 redirects"},
		{"/self", "redirect loop: " + s.URL + "/self → " + s.URL + "/self"},
		{"/ftp", "not http or https"},
	}
	for _, tt := range tests {
		_, err := c.fetchPage(context.Background(), s.URL+tt.path)
		if !errors.Is(err, ErrRedirect) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.path, err, tt.want)
		}
	}
	c.MaxRedirects = 12
	pg, err := c.fetchPage(context.Background(), s.URL+"/hop/0")
	if err != nil || pg.finalURL != s.URL+"/hop/12" {
		t.Errorf("12 hops with MaxRedirects 12: got %v, %v", pg, err)
	}
}

// One request in flight per host, and the minimum gap between them, for
// requests made concurrently.
func TestPoliteness(t *testing.T) {
	s := newSite(t)
	var inFlight, maxInFlight atomic.Int32
	s.handle("/page", func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		pageHandler(w, r)
	})
	c := newTestCrawler(nil)
	c.MinHostDelay = 100 * time.Millisecond
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if _, err := c.fetchPage(context.Background(), s.URL+"/page"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if m := maxInFlight.Load(); m != 1 {
		t.Errorf("got %d requests in flight at once, want 1", m)
	}
	reqs := s.requests("/page")
	for i := 1; i < len(reqs); i++ {
		if gap := reqs[i].at.Sub(reqs[i-1].at); gap < c.MinHostDelay {
			t.Errorf("requests %d and %d were %v apart, want at least %v", i-1, i, gap, c.MinHostDelay)
		}
	}
}
