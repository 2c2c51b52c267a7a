package crawler

import (
	"context"
	"crypto/sha1"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"undersigned/index"
)

// request is one request a test site received.
type request struct {
	path        string
	at          time.Time
	conditional bool
	userAgent   string
}

// site is an httptest server for crawler tests: it serves testdata/feeds and
// testdata/pages (with {{BASE}} replaced by its URL, ETag and Last-Modified
// set, conditional requests answered 304), robots.txt if set, and any
// handler a test adds, and records every request.
type site struct {
	*httptest.Server
	t *testing.T

	mu     sync.Mutex
	reqs   []request
	routes map[string]http.HandlerFunc
	robots string // "" answers 404
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{t: t, routes: map[string]http.HandlerFunc{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// handle routes an exact path to h.
func (s *site) handle(p string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[p] = h
}

func (s *site) setRobots(body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.robots = body
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.reqs = append(s.reqs, request{
		path:        r.URL.RequestURI(),
		at:          time.Now(),
		conditional: r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "",
		userAgent:   r.Header.Get("User-Agent"),
	})
	h := s.routes[r.URL.Path]
	robots := s.robots
	s.mu.Unlock()
	switch {
	case h != nil:
		h(w, r)
	case r.URL.Path == "/robots.txt":
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		serveBody(w, r, "text/plain; charset=utf-8", []byte(robots))
	case strings.HasPrefix(r.URL.Path, "/feeds/"), strings.HasPrefix(r.URL.Path, "/pages/"):
		s.serveFile(w, r, "testdata"+path.Clean(r.URL.Path))
	default:
		http.NotFound(w, r)
	}
}

var contentTypes = map[string]string{
	".xml":  "application/rss+xml",
	".json": "application/feed+json",
	".html": "text/html",
}

func (s *site) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	data, err := os.ReadFile(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	data = []byte(strings.ReplaceAll(string(data), "{{BASE}}", s.URL))
	serveBody(w, r, contentTypes[path.Ext(name)], data)
}

// serveBody answers with data, supporting conditional GET.
func serveBody(w http.ResponseWriter, r *http.Request, contentType string, data []byte) {
	etag := fmt.Sprintf(`"%x"`, sha1.Sum(data))
	const modified = "Mon, 01 Mar 2021 10:00:00 GMT"
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", modified)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Write(data)
}

// requests returns what the site received, optionally only paths with the
// given prefix.
func (s *site) requests(prefix string) []request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []request
	for _, r := range s.reqs {
		if strings.HasPrefix(r.path, prefix) {
			out = append(out, r)
		}
	}
	return out
}

func (s *site) count(prefix string) int { return len(s.requests(prefix)) }

func (s *site) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reqs = nil
}

// memStore is an in-memory Store, and its Sink, for tests.
type memStore struct {
	mu       sync.Mutex
	feeds    map[string]index.Feed
	robots   map[string]index.Robots
	failed   map[string]index.FailedPage
	articles map[string]*index.Article
	moves    []string // "from -> to"
	puts     int      // Sink calls
	putFeed  error    // error PutFeed returns, if set
	sinkErr  error    // error the Sink returns, if set
	order    []string // "sink URL" and "feed URL" events, in order
}

func newMemStore() *memStore {
	return &memStore{feeds: map[string]index.Feed{}, robots: map[string]index.Robots{}, failed: map[string]index.FailedPage{}, articles: map[string]*index.Article{}}
}

// Feed finds a feed by its URL or, as index.Store does, by a URL it moved
// away from.
func (m *memStore) Feed(_ context.Context, u string) (index.Feed, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if f, ok := m.feeds[u]; ok {
		return f, nil
	}
	for _, f := range m.feeds {
		if slices.Contains(f.MovedFrom, u) {
			return f, nil
		}
	}
	return index.Feed{}, fmt.Errorf("feed %s: %w", u, index.ErrNotFound)
}

func (m *memStore) Robots(_ context.Context, site string) (index.Robots, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.robots[site]
	if !ok {
		return index.Robots{}, fmt.Errorf("robots.txt of %s: %w", site, index.ErrNotFound)
	}
	return r, nil
}

func (m *memStore) PutRobots(_ context.Context, r index.Robots) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.robots[r.Host] = r
	return nil
}

func (m *memStore) FailedPage(_ context.Context, u string) (index.FailedPage, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.failed[u]
	if !ok || time.Now().After(p.Until) {
		return index.FailedPage{}, fmt.Errorf("failed page %s: %w", u, index.ErrNotFound)
	}
	return p, nil
}

func (m *memStore) PutFailedPage(_ context.Context, p index.FailedPage) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.failed[p.URL] = p
	return nil
}

func (m *memStore) PutFeed(_ context.Context, f index.Feed) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.putFeed != nil {
		return m.putFeed
	}
	m.feeds[f.URL] = f
	m.order = append(m.order, "feed "+f.URL)
	return nil
}

func (m *memStore) MoveFeed(_ context.Context, from string, f index.Feed) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.feeds, from)
	m.feeds[f.URL] = f
	m.moves = append(m.moves, from+" -> "+f.URL)
	return nil
}

func (m *memStore) ArticleState(_ context.Context, u string) (time.Time, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, a := range m.articles {
		if slices.Contains(a.URLs, u) {
			return a.FeedUpdated, nil
		}
	}
	return time.Time{}, index.ErrNotFound
}

func (m *memStore) sink(_ context.Context, a *index.Article) (index.PutResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.puts++
	if m.sinkErr != nil {
		return index.PutResult{}, m.sinkErr
	}
	m.order = append(m.order, "sink "+a.URL)
	res := index.PutResult{Outcome: index.New, URL: a.URL, Mentions: 1}
	if old, ok := m.articles[a.URL]; ok {
		res.Outcome = index.Unchanged
		if old.Text != a.Text {
			res.Outcome = index.Updated
		}
		a.URLs = appendUnique(old.URLs, a.URLs...)
		a.Feeds = appendUnique(old.Feeds, a.Feeds...)
	}
	m.articles[a.URL] = a
	return res, nil
}

func (m *memStore) feed(u string) index.Feed {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.feeds[u]
}

func (m *memStore) article(u string) *index.Article {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.articles[u]
}

// newTestCrawler returns a Crawler for tests: private addresses allowed
// (httptest listens on loopback), short delays, quiet logs.
func newTestCrawler(st *memStore) *Crawler {
	c := New()
	c.AllowPrivate = true
	c.MinHostDelay = 2 * time.Millisecond
	c.Timeout = 3 * time.Second
	c.ConnectTimeout = time.Second
	c.RetryBackoff = 5 * time.Millisecond
	c.MaxRetryAfter = 3 * time.Second
	c.Logger = slog.New(slog.DiscardHandler)
	if st != nil {
		c.Store = st
		c.Sink = st.sink
	}
	return c
}

// failureFor returns the failure reported for a URL ending in suffix.
func failureFor(sum Summary, suffix string) (Failure, bool) {
	for _, f := range sum.Failures {
		if strings.HasSuffix(f.URL, suffix) {
			return f, true
		}
	}
	return Failure{}, false
}

// logRecorder is a slog.Handler that keeps every record, for tests that
// check what the crawler logs.
type logRecorder struct {
	mu      sync.Mutex
	records []slog.Record
}

func (h *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (h *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *logRecorder) WithGroup(string) slog.Handler            { return h }

func (h *logRecorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.records = append(h.records, r.Clone())
	return nil
}

// lines returns the records whose message starts with prefix, each as
// "LEVEL msg key=value …".
func (h *logRecorder) lines(prefix string) []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, r := range h.records {
		if !strings.HasPrefix(r.Message, prefix) {
			continue
		}
		var b strings.Builder
		b.WriteString(r.Level.String() + " " + r.Message)
		r.Attrs(func(a slog.Attr) bool {
			b.WriteString(" " + a.Key + "=" + a.Value.String())
			return true
		})
		out = append(out, b.String())
	}
	return out
}

// recordLogs makes c log into a new logRecorder.
func recordLogs(c *Crawler) *logRecorder {
	h := &logRecorder{}
	c.Logger = slog.New(h)
	return h
}
