package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"undersigned/index"
)

func TestCrawl(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	rss, atom, jsonFeed, broken := s.URL+"/feeds/rss.xml", s.URL+"/feeds/atom.xml", s.URL+"/feeds/feed.json", s.URL+"/feeds/broken.xml"

	sum, err := c.Crawl(context.Background(), []string{rss, atom, jsonFeed, broken})
	if err != nil {
		t.Fatal(err)
	}
	if sum.FeedsOK != 3 || sum.FeedsFailed != 1 || sum.ItemsSeen != 7 {
		t.Errorf("feeds: got %d ok, %d failed, %d items, want 3, 1, 7", sum.FeedsOK, sum.FeedsFailed, sum.ItemsSeen)
	}
	// wordpress.html is listed by two feeds under three decorated links.
	if sum.ArticlesNew != 6 || st.puts != 6 || sum.PagesFailed != 0 || sum.Mentions != 6 {
		t.Errorf("articles: got %d new, %d Sink calls, %d failed, %d mentions; want 6, 6, 0, 6 (%s)",
			sum.ArticlesNew, st.puts, sum.PagesFailed, sum.Mentions, sum)
	}
	if got := s.count("/pages/wordpress.html"); got != 1 {
		t.Errorf("wordpress.html fetched %d times, want 1", got)
	}

	f, ok := failureFor(sum, "/feeds/broken.xml")
	if !ok || !strings.Contains(f.Err, "malformed XML") || !strings.Contains(f.Err, "line 9") {
		t.Errorf("broken feed: got failure %+v, want malformed XML on line 9", f)
	}

	// The article keyed by its rel=canonical, with every link it was
	// listed under and both feeds.
	wp := st.article(s.URL + "/2021/05/lattice-cloud-petition/")
	if wp == nil {
		t.Fatalf("no article under the canonical URL; have %v", keys(st))
	}
	for _, u := range []string{s.URL + "/pages/wordpress.html", s.URL + "/2021/05/lattice-cloud-petition/"} {
		if !slices.Contains(wp.URLs, u) {
			t.Errorf("URLs %q lack %q", wp.URLs, u)
		}
	}
	if !slices.Contains(wp.Feeds, rss) || !slices.Contains(wp.Feeds, atom) {
		t.Errorf("feeds: got %q, want both %q and %q", wp.Feeds, rss, atom)
	}
	if got, want := wp.FeedUpdated.UTC().Format(time.RFC3339), "2021-05-04T17:00:00Z"; got != want {
		t.Errorf("feed updated: got %q, want %q (the latest stamp)", got, want)
	}

	// A page without a date takes its feed item's.
	nd := st.article(s.URL + "/pages/nodate.html")
	if nd == nil {
		t.Fatal("nodate.html not stored")
	}
	if got, want := nd.Published.Format(time.RFC3339), "2021-07-08T14:30:00-04:00"; got != want {
		t.Errorf("fallback date: got %q, want %q", got, want)
	}
	// The page's own date wins over the item's.
	if a := st.article(s.URL + "/pages/cp1252.html"); a == nil || a.Published.Format("2006-01-02") != "2020-11-17" || a.Title != "Brightforge staff walk out over handling of harassment complaints" {
		t.Errorf("cp1252 article: got %+v", a)
	}

	// Feed health for feeds crawled from a list not stored: records are
	// created, unlisted.
	rf := st.feed(rss)
	if rf.Listed || rf.Title != "Pinewood Post" || rf.ETag == "" || rf.LastModified == "" || rf.ItemsSeen != 3 || rf.ArticlesKept != 3 ||
		rf.LastStatus != 200 || rf.LastSuccess.IsZero() || rf.ConsecutiveFailures != 0 || rf.NextFetch.IsZero() {
		t.Errorf("rss feed state: got %+v", rf)
	}
	bf := st.feed(broken)
	if bf.ConsecutiveFailures != 1 || !strings.Contains(bf.LastError, "malformed XML") || bf.FirstFailure.IsZero() || bf.ETag != "" {
		t.Errorf("broken feed state: got %+v", bf)
	}
	for _, r := range s.requests("") {
		if r.userAgent != DefaultUserAgent {
			t.Errorf("%s: User-Agent %q, want %q", r.path, r.userAgent, DefaultUserAgent)
		}
	}
}

func keys(st *memStore) []string {
	st.mu.Lock()
	defer st.mu.Unlock()
	var ks []string
	for k := range st.articles {
		ks = append(ks, k)
	}
	return ks
}

// A second crawl of unchanged feeds sends only conditional requests, gets
// 304s and fetches no article page, nor robots.txt: in the same process,
// and in another one (a second Crawler sharing the store).
func TestCrawlUnchangedFeedsAreConditional(t *testing.T) {
	for _, sameCrawler := range []bool{true, false} {
		name := "another run"
		if sameCrawler {
			name = "same run"
		}
		t.Run(name, func(t *testing.T) {
			s := newSite(t)
			s.setRobots("User-agent: *\nDisallow: /private/\n")
			st := newMemStore()
			c := newTestCrawler(st)
			feeds := []string{s.URL + "/feeds/rss.xml", s.URL + "/feeds/atom.xml", s.URL + "/feeds/feed.json"}
			if _, err := c.Crawl(context.Background(), feeds); err != nil {
				t.Fatal(err)
			}
			if n := s.count("/robots.txt"); n != 1 {
				t.Errorf("first crawl: robots.txt fetched %d times, want 1", n)
			}
			s.reset()
			if !sameCrawler {
				c = newTestCrawler(st)
			}
			sum, err := c.Crawl(context.Background(), feeds)
			if err != nil {
				t.Fatal(err)
			}
			if sum.FeedsNotModified != 3 || sum.FeedsOK != 0 || sum.ArticlesNew+sum.ArticlesUpdated+sum.ArticlesUnchanged != 0 {
				t.Errorf("got %s, want 3 not modified and no articles", sum)
			}
			var paths []string
			for _, r := range s.requests("") {
				paths = append(paths, r.path)
				if !strings.HasPrefix(r.path, "/feeds/") || !r.conditional {
					t.Errorf("request %s (conditional %v): want only conditional feed requests", r.path, r.conditional)
				}
			}
			if len(paths) != 3 {
				t.Errorf("got requests %q, want 3 (one per feed)", paths)
			}
			if got := st.feed(feeds[0]).LastStatus; got != http.StatusNotModified {
				t.Errorf("last status: got %d, want 304", got)
			}
		})
	}
}

// A feed that changed re-lists stored articles: they are skipped unless the
// item's updated stamp is newer than the one stored.
func TestCrawlSkipsStoredArticlesUnlessUpdated(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	var mu sync.Mutex
	updated := "2021-03-03T13:10:00Z"
	extra := ""
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		body := fmt.Sprintf(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Orbit</title><link href="%s/pages/nextjs.html?utm_source=feed"/><id>1</id><updated>%s</updated></entry>
<entry><title>Valley</title><link href="%s/pages/dateline.html"/><id>2</id><updated>2020-01-09T10:00:00Z</updated></entry>%s</feed>`,
			s.URL, updated, s.URL, extra)
		serveBody(w, r, "application/atom+xml", []byte(body))
	})
	feed := s.URL + "/feed.xml"
	if sum, err := c.Crawl(context.Background(), []string{feed}); err != nil || sum.ArticlesNew != 2 {
		t.Fatalf("first crawl: %v, %s", err, sum)
	}

	// The feed changes (a third entry) but the two stored items do not.
	mu.Lock()
	extra = fmt.Sprintf(`<entry><title>Hopcart</title><link href="%s/pages/nodate.html"/><id>3</id><updated>2021-07-08T10:00:00Z</updated></entry>`, s.URL)
	mu.Unlock()
	s.reset()
	sum, err := c.Crawl(context.Background(), []string{feed})
	if err != nil {
		t.Fatal(err)
	}
	if sum.PagesSkipped != 2 || sum.ArticlesNew != 1 {
		t.Errorf("second crawl: got %s, want 2 skipped, 1 new", sum)
	}
	if n := s.count("/pages/nextjs.html") + s.count("/pages/dateline.html"); n != 0 {
		t.Errorf("stored pages fetched %d times, want 0", n)
	}

	// The item says it was updated: fetched again.
	mu.Lock()
	updated = "2021-03-04T09:00:00Z"
	mu.Unlock()
	s.reset()
	sum, err = c.Crawl(context.Background(), []string{feed})
	if err != nil {
		t.Fatal(err)
	}
	if s.count("/pages/nextjs.html") != 1 || sum.ArticlesUnchanged != 1 || sum.PagesSkipped != 2 {
		t.Errorf("third crawl: got %s and %d fetches of the updated page, want 1 unchanged, 2 skipped, 1 fetch",
			sum, s.count("/pages/nextjs.html"))
	}
	if a := st.article(s.URL + "/pages/nextjs.html"); a == nil || !a.FeedUpdated.Equal(time.Date(2021, 3, 4, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("stored feed-updated stamp: got %v", a)
	}
}

func TestCrawlFeedRedirects(t *testing.T) {
	tests := []struct {
		status int
		moved  bool
	}{
		{http.StatusMovedPermanently, true},
		{http.StatusPermanentRedirect, true},
		{http.StatusFound, false},
		{http.StatusTemporaryRedirect, false},
	}
	for _, tt := range tests {
		t.Run(http.StatusText(tt.status), func(t *testing.T) {
			s := newSite(t)
			st := newMemStore()
			c := newTestCrawler(st)
			s.handle("/old.xml", func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "/feeds/feed.json", tt.status)
			})
			old, moved := s.URL+"/old.xml", s.URL+"/feeds/feed.json"
			st.feeds[old] = index.Feed{URL: old, Listed: true, Title: "Old name"}
			sum, err := c.Crawl(context.Background(), []string{old})
			if err != nil || sum.FeedsOK != 1 || sum.ArticlesNew != 2 {
				t.Fatalf("crawl: %v, %s", err, sum)
			}
			if tt.moved {
				f, ok := st.feeds[moved]
				if !ok || !slices.Equal(f.MovedFrom, []string{old}) || !f.Listed || len(st.moves) != 1 {
					t.Errorf("got feeds %v and moves %q, want the record moved to %s", st.feeds, st.moves, moved)
				}
				if _, ok := st.feeds[old]; ok {
					t.Errorf("the old record is still there")
				}
				if a := st.article(s.URL + "/pages/cp1252.html"); a == nil || !slices.Equal(a.Feeds, []string{moved}) {
					t.Errorf("article feeds: got %v, want [%s]", a, moved)
				}
			} else {
				if _, ok := st.feeds[old]; !ok || len(st.moves) != 0 || len(st.feeds) != 1 {
					t.Errorf("got feeds %v and moves %q, want the record left at %s", st.feeds, st.moves, old)
				}
			}
		})
	}
}

func TestCrawlFeedHealth(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	c.MaxAttempts = 1
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	c.Now = func() time.Time { return now }
	var mu sync.Mutex
	failing := true
	s.handle("/health.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if failing {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/feeds/feed.json", http.StatusFound)
	})
	feed := s.URL + "/health.xml"
	first := now
	for i := 1; i <= 2; i++ {
		sum, err := c.Crawl(context.Background(), []string{feed})
		if err != nil || sum.FeedsFailed != 1 {
			t.Fatalf("crawl %d: %v, %s", i, err, sum)
		}
		f := st.feed(feed)
		if f.ConsecutiveFailures != i || !f.FirstFailure.Equal(first) || !f.LastFetch.Equal(now) ||
			f.LastStatus != 500 || f.LastError != "HTTP 500 Internal Server Error" || !f.LastSuccess.IsZero() {
			t.Errorf("after failure %d: got %+v", i, f)
		}
		now = now.Add(13 * time.Hour)
	}
	if f := st.feed(feed); !f.Dead(now) {
		t.Errorf("failing since %v, at %v: want dead", f.FirstFailure, now)
	}
	mu.Lock()
	failing = false
	mu.Unlock()
	if _, err := c.Crawl(context.Background(), []string{feed}); err != nil {
		t.Fatal(err)
	}
	f := st.feed(feed)
	if f.ConsecutiveFailures != 0 || !f.FirstFailure.IsZero() || f.LastError != "" || !f.LastSuccess.Equal(now) || f.Dead(now) || f.ItemsSeen != 2 || f.ArticlesKept != 2 {
		t.Errorf("after recovery: got %+v", f)
	}
}

// Pages that fail are reported with their reason and the crawl goes on;
// the feed keeps its old validators when a failure may pass, so that the
// next crawl sees those items again.
func TestCrawlPageFailures(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	c.Timeout = time.Second
	c.MaxPageBytes = 64 << 10
	s.handle("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	s.handle("/flaky", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "0")
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	s.handle("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		}
	})
	s.handle("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 200 {
			fmt.Fprint(w, strings.Repeat("<p>filler filler filler</p>\n", 40))
		}
	})
	s.handle("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	s.handle("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	s.handle("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	var items strings.Builder
	for _, p := range []string{"/gone", "/flaky", "/slow", "/huge", "/loop/a", "/pdf", "/pages/dateline.html"} {
		fmt.Fprintf(&items, "<item><title>%s</title><link>%s%s</link></item>", p, s.URL, p)
	}
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		serveBody(w, r, "application/rss+xml", []byte(`<rss version="2.0"><channel><title>Faults</title>`+items.String()+`</channel></rss>`))
	})
	feed := s.URL + "/feed.xml"
	sum, err := c.Crawl(context.Background(), []string{feed})
	if err != nil {
		t.Fatal(err)
	}
	if sum.PagesFailed != 6 || sum.ArticlesNew != 1 {
		t.Errorf("got %s, want 6 failed, 1 new", sum)
	}
	tests := []struct{ path, want string }{
		{"/gone", "HTTP 404 Not Found"},
		{"/flaky", "HTTP 503 Service Unavailable (gave up after 3 attempts)"},
		{"/slow", "timed out after 1s"},
		{"/huge", "page exceeds 64 KiB"},
		{"/loop/a", "redirect loop: " + s.URL + "/loop/a → " + s.URL + "/loop/b → " + s.URL + "/loop/a"},
		{"/pdf", "not an HTML page (Content-Type application/pdf)"},
	}
	for _, tt := range tests {
		f, ok := failureFor(sum, tt.path)
		if !ok || !strings.Contains(f.Err, tt.want) {
			t.Errorf("%s: got failure %+v, want %q", tt.path, f, tt.want)
		}
	}
	if got := s.count("/flaky"); got != 3 {
		t.Errorf("/flaky asked %d times, want 3", got)
	}
	if f := st.feed(feed); f.ETag != "" || f.ArticlesKept != 1 || f.ConsecutiveFailures != 0 {
		t.Errorf("feed state: got %+v, want no validators (transient failures), 1 kept, healthy", f)
	}
}

func TestCrawlRefusesPrivateAddresses(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	c.AllowPrivate = false
	sum, err := c.Crawl(context.Background(), []string{s.URL + "/feeds/rss.xml"})
	if err != nil {
		t.Fatal(err)
	}
	f, ok := failureFor(sum, "/feeds/rss.xml")
	if !ok || !strings.Contains(f.Err, "refusing to connect to 127.0.0.1") {
		t.Errorf("got failure %+v, want a refusal to connect to 127.0.0.1", f)
	}
	if n := s.count(""); n != 0 {
		t.Errorf("the server got %d requests, want 0", n)
	}
	if _, err := c.fetchPage(context.Background(), s.URL+"/pages/nodate.html"); !errors.Is(err, ErrForbiddenAddress) {
		t.Errorf("page: got %v, want ErrForbiddenAddress", err)
	}
}

func TestCrawlFatalErrors(t *testing.T) {
	s := newSite(t)
	feeds := []string{s.URL + "/feeds/rss.xml"}

	st := newMemStore()
	st.sinkErr = fmt.Errorf("bad article: %w", index.ErrInvalid)
	sum, err := newTestCrawler(st).Crawl(context.Background(), feeds)
	if err != nil || sum.PagesFailed != 3 {
		t.Errorf("Sink refusing articles: got %v, %s; want no error, 3 failed", err, sum)
	}

	st = newMemStore()
	st.sinkErr = errors.New("disk full")
	if _, err := newTestCrawler(st).Crawl(context.Background(), feeds); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Sink failing: got %v, want the Sink's error", err)
	}

	st = newMemStore()
	st.putFeed = errors.New("read-only")
	if _, err := newTestCrawler(st).Crawl(context.Background(), feeds); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("PutFeed failing: got %v, want the store's error", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := newTestCrawler(newMemStore()).Crawl(ctx, feeds); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}

	if _, err := New().Crawl(context.Background(), feeds); err == nil {
		t.Error("no Store: got no error")
	}
}

// AfterFeed runs once a feed's articles are in the Sink and before its
// state (validators) is stored.
func TestCrawlAfterFeed(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	var calls int
	c.AfterFeed = func(context.Context) error {
		st.mu.Lock()
		defer st.mu.Unlock()
		calls++
		st.order = append(st.order, "after")
		return nil
	}
	feed := s.URL + "/feeds/feed.json"
	if _, err := c.Crawl(context.Background(), []string{feed}); err != nil {
		t.Fatal(err)
	}
	want := []string{"sink " + s.URL + "/pages/cp1252.html", "sink " + s.URL + "/pages/latin1.html", "after", "feed " + feed}
	if calls != 1 || !slices.Equal(st.order, want) {
		t.Errorf("got %d calls, order %q; want 1, %q", calls, st.order, want)
	}

	c.AfterFeed = func(context.Context) error { return errors.New("index closed") }
	st2 := newMemStore()
	c2 := newTestCrawler(st2)
	c2.AfterFeed = c.AfterFeed
	if _, err := c2.Crawl(context.Background(), []string{feed}); err == nil || !strings.Contains(err.Error(), "index closed") {
		t.Errorf("AfterFeed failing: got %v", err)
	}
	if _, ok := st2.feeds[feed]; ok {
		t.Errorf("feed state stored although AfterFeed failed")
	}
}

// A story republished under another URL is folded by the store into the
// article it copies (its SimHash, not the crawler's business); the crawl
// counts it as a duplicate and hands the copy's URLs over for the store to
// keep.
func TestCrawlSyndicatedDuplicate(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	var copyURLs []string
	c.Sink = func(ctx context.Context, a *index.Article) (index.PutResult, error) {
		st.mu.Lock()
		for _, old := range st.articles {
			if old.Text == a.Text && old.URL != a.URL {
				copyURLs = a.URLs
				st.mu.Unlock()
				return index.PutResult{Outcome: index.Duplicate, URL: old.URL}, nil
			}
		}
		st.mu.Unlock()
		return st.sink(ctx, a)
	}
	page, err := os.ReadFile("testdata/pages/nodate.html")
	if err != nil {
		t.Fatal(err)
	}
	s.handle("/syndication/hopcart-letter", func(w http.ResponseWriter, r *http.Request) {
		serveBody(w, r, "text/html; charset=utf-8", page)
	})
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		serveBody(w, r, "application/rss+xml", []byte(`<rss version="2.0"><channel><title>Two</title>
<item><title>Original</title><link>`+s.URL+`/pages/nodate.html</link></item>
<item><title>Copy</title><link>`+s.URL+`/syndication/hopcart-letter?utm_source=partner</link></item></channel></rss>`))
	})
	sum, err := c.Crawl(context.Background(), []string{s.URL + "/feed.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.ArticlesNew != 1 || sum.ArticlesDuplicate != 1 {
		t.Errorf("got %s, want 1 new and 1 duplicate", sum)
	}
	if !slices.Contains(copyURLs, s.URL+"/syndication/hopcart-letter") {
		t.Errorf("the copy was handed over with URLs %q, want its own among them", copyURLs)
	}
	if f := st.feed(s.URL + "/feed.xml"); f.ArticlesKept != 1 {
		t.Errorf("articles kept: got %d, want 1 (a duplicate is not kept)", f.ArticlesKept)
	}
}

// A feed that moved but is still named by its old URL in a feed list is
// crawled at its new URL, conditionally and on its schedule, its record
// kept (listed, counts, added), and the move logged once per crawl.
func TestCrawlMovedFeedInList(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	logs := recordLogs(c)
	old, moved := s.URL+"/old.xml", s.URL+"/feeds/feed.json"
	s.handle("/old.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/feeds/feed.json", http.StatusMovedPermanently)
	})
	added := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	st.feeds[old] = index.Feed{URL: old, Listed: true, Title: "Old name", AddedAt: added, ItemsSeen: 40, ArticlesKept: 7}
	if _, err := c.Crawl(context.Background(), []string{old}); err != nil {
		t.Fatal(err)
	}
	if len(st.moves) != 1 {
		t.Fatalf("moves: got %q, want the record moved once", st.moves)
	}
	s.reset()

	// The list still says old, and names the new URL too.
	for i := range 2 {
		sum, err := c.Crawl(context.Background(), []string{old, moved})
		if err != nil {
			t.Fatal(err)
		}
		if sum.FeedsNotModified != 1 || sum.FeedsOK+sum.FeedsFailed != 0 {
			t.Errorf("crawl %d: got %s, want the moved feed fetched once, not modified", i+1, sum)
		}
	}
	reqs := s.requests("/")
	if len(reqs) != 2 {
		t.Errorf("got %d requests (%v), want 2", len(reqs), reqs)
	}
	for _, r := range reqs {
		if r.path != "/feeds/feed.json" || !r.conditional {
			t.Errorf("request %s (conditional %v): want only conditional requests to the new URL", r.path, r.conditional)
		}
	}
	if _, ok := st.feeds[old]; ok || len(st.feeds) != 1 || len(st.moves) != 1 {
		t.Errorf("records %v, moves %q: want one record, at the new URL", st.feeds, st.moves)
	}
	f := st.feed(moved)
	if !f.Listed || !f.AddedAt.Equal(added) || f.ItemsSeen != 42 || f.ArticlesKept != 9 || !slices.Equal(f.MovedFrom, []string{old}) || f.LastStatus != http.StatusNotModified {
		t.Errorf("record: got %+v, want listed, added %v, 42 items seen, 9 kept, moved from %s", f, added, old)
	}
	want := "WARN crawler: feed " + old + " moved to " + moved + "; update the feed list"
	if got := logs.lines("crawler: feed " + old + " moved to"); len(got) != 2 || !strings.HasPrefix(got[0], want) {
		t.Errorf("got logs %q, want %q once per crawl", got, want)
	}

	// Run finds its schedule under the old URL: not due, not fetched.
	f.NextFetch = time.Now().Add(time.Hour)
	st.feeds[moved] = f
	at, err := c.nextFetch(context.Background(), old, time.Now(), map[string]time.Time{})
	if err != nil || !at.Equal(f.NextFetch) {
		t.Errorf("next fetch under the old URL: got %v, %v, want %v", at, err, f.NextFetch)
	}
}

// An upper-case scheme, which feed lists accept, is crawled as lower case.
func TestCrawlUpperCaseScheme(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	upper := "HTTP://" + strings.TrimPrefix(s.URL, "http://") + "/feeds/feed.json"
	sum, err := c.Crawl(context.Background(), []string{upper})
	if err != nil || sum.FeedsOK != 1 || sum.ArticlesNew != 2 {
		t.Fatalf("got %v, %s (%v), want the feed crawled", err, sum, sum.Failures)
	}
	if _, ok := st.feeds[s.URL+"/feeds/feed.json"]; !ok {
		t.Errorf("records %v: want the feed stored under its lower-case URL", keysOf(st.feeds))
	}
	// A record stored under the upper-case URL before is still found.
	st2 := newMemStore()
	st2.feeds[upper] = index.Feed{URL: upper, Listed: true}
	if sum, err := newTestCrawler(st2).Crawl(context.Background(), []string{upper}); err != nil || sum.FeedsOK != 1 {
		t.Fatalf("got %v, %s", err, sum)
	}
	if f := st2.feed(upper); !f.Listed || f.LastSuccess.IsZero() || len(st2.feeds) != 1 {
		t.Errorf("records %v: want the stored upper-case record updated", keysOf(st2.feeds))
	}
}

func keysOf[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// A page that failed for good is not fetched again each time its feed
// changes, unless its item says it was updated; one that may recover is.
func TestCrawlRemembersPermanentFailures(t *testing.T) {
	s := newSite(t)
	c := newTestCrawler(newMemStore())
	c.MaxAttempts = 1
	s.handle("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	s.handle("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4")
	})
	s.handle("/down", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusBadGateway) })
	var mu sync.Mutex
	gone, extra := "2024-01-01T00:00:00Z", ""
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		serveBody(w, r, "application/atom+xml", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Gone</title><id>1</id><updated>`+gone+`</updated><link href="`+s.URL+`/gone"/></entry>
<entry><title>PDF</title><id>2</id><updated>2024-01-01T00:00:00Z</updated><link href="`+s.URL+`/pdf"/></entry>
<entry><title>Down</title><id>3</id><updated>2024-01-01T00:00:00Z</updated><link href="`+s.URL+`/down"/></entry>`+extra+`</feed>`))
	})
	feed := []string{s.URL + "/feed.xml"}
	if sum, err := c.Crawl(context.Background(), feed); err != nil || sum.PagesFailed != 3 {
		t.Fatalf("first crawl: %v, %s", err, sum)
	}
	// The feed changes: only the page that may recover is asked again.
	mu.Lock()
	extra = `<entry><title>New</title><id>4</id><updated>2024-01-02T00:00:00Z</updated><link href="` + s.URL + `/pages/nodate.html"/></entry>`
	mu.Unlock()
	s.reset()
	sum, err := c.Crawl(context.Background(), feed)
	if err != nil {
		t.Fatal(err)
	}
	if sum.PagesSkipped != 2 || sum.PagesFailed != 1 || sum.ArticlesNew != 1 {
		t.Errorf("second crawl: got %s, want 2 skipped, 1 failed, 1 new", sum)
	}
	if n := s.count("/gone") + s.count("/pdf"); n != 0 || s.count("/down") != 1 {
		t.Errorf("second crawl: %d requests to the pages that failed for good, %d to the one down; want 0 and 1", n, s.count("/down"))
	}
	// Its item says the story was updated: asked again.
	mu.Lock()
	gone = "2024-01-03T00:00:00Z"
	mu.Unlock()
	s.reset()
	if _, err := c.Crawl(context.Background(), feed); err != nil {
		t.Fatal(err)
	}
	if s.count("/gone") != 1 || s.count("/pdf") != 0 {
		t.Errorf("third crawl: %d requests to the updated page, %d to the other; want 1 and 0", s.count("/gone"), s.count("/pdf"))
	}
	// Another process (a new Crawler) tries them all again.
	s.reset()
	c2 := newTestCrawler(newMemStore())
	c2.MaxAttempts = 1
	if _, err := c2.Crawl(context.Background(), feed); err != nil {
		t.Fatal(err)
	}
	if s.count("/pdf") != 1 {
		t.Errorf("a new crawler did not try the page again")
	}
}
