package crawler

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"undersigned/index"
)

func feedEvents(p Progress) {
	p.Event(Event{Kind: FeedsTotal, N: 2})
	p.Event(Event{Kind: FeedStarted, URL: "https://a.example/feed"})
	p.Event(Event{Kind: FeedDone, URL: "https://a.example/feed", N: 3})
	p.Event(Event{Kind: FeedStarted, URL: "https://b.example/feed"})
	p.Event(Event{Kind: FeedFailed, URL: "https://b.example/feed", Err: errors.New("crawler: feed https://b.example/feed: HTTP 500 Internal Server Error")})
	p.Event(Event{Kind: ArticlesTotal, N: 3})
	p.Event(Event{Kind: ArticleDone, URL: "https://a.example/1", Outcome: index.New})
	p.Event(Event{Kind: ArticleSkipped, URL: "https://a.example/2"})
	p.Event(Event{Kind: ArticleFailed, URL: "https://a.example/3", Err: errors.New("crawler: page https://a.example/3: HTTP 404 Not Found")})
	p.Event(Event{Kind: CrawlDone})
}

// Off a terminal: a line per feed and stored article and the totals;
// failures are left to the log.
func TestConsoleLines(t *testing.T) {
	var buf bytes.Buffer
	feedEvents(NewConsole(&buf, false))
	want := `feed 1/2 ok: https://a.example/feed (3 items)
article 1/3 new: https://a.example/1
crawl done: feeds 2/2, articles 3/3, 2 failed
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestConsoleBar(t *testing.T) {
	var buf bytes.Buffer
	feedEvents(NewConsole(&buf, true))
	out := buf.String()
	if strings.Contains(strings.TrimSuffix(out, "\n"), "\n") {
		t.Errorf("the bar printed more than one line: %q", out)
	}
	last := out[strings.LastIndex(out, "\r")+1:]
	want := "\033[K[========================] feeds 2/2 · articles 3/3 · 2 failed\n"
	if last != want {
		t.Errorf("final redraw: got %q, want %q", last, want)
	}
}

// A log line written while the bar is drawn clears the bar, stands on its
// own line, and the bar is drawn again after it.
func TestConsoleLogThroughBar(t *testing.T) {
	var buf bytes.Buffer
	con := NewConsole(&buf, true)
	log := slog.New(slog.NewTextHandler(con, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Info("before the bar")
	con.Event(Event{Kind: FeedsTotal, N: 1})
	con.Event(Event{Kind: FeedFailed, URL: "https://b.example/feed"})
	log.Warn("crawler: feed failed", "url", "https://b.example/feed", "err", "HTTP 500")
	con.Event(Event{Kind: CrawlDone})
	log.Info("after the bar")

	want := "level=INFO msg=\"before the bar\"\n" +
		"\r\033[K[                        ] feeds 0/1 · articles 0/0 · 0 failed" +
		"\r\033[K[========================] feeds 1/1 · articles 0/0 · 1 failed" +
		"\r\033[Klevel=WARN msg=\"crawler: feed failed\" url=https://b.example/feed err=\"HTTP 500\"\n" +
		"[========================] feeds 1/1 · articles 0/0 · 1 failed" +
		"\r\033[K[========================] feeds 1/1 · articles 0/0 · 1 failed\n" +
		"level=INFO msg=\"after the bar\"\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%q\nwant:\n%q", got, want)
	}
}

// Off a terminal, each failure is printed once: by the crawler's log, with
// its URL and reason.
func TestCrawlReportsEachFailureOnce(t *testing.T) {
	s := newSite(t)
	s.handle("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		serveBody(w, r, "application/rss+xml", []byte(`<rss version="2.0"><channel><title>T</title>
<item><title>Gone</title><link>`+s.URL+`/gone</link></item>
<item><title>Here</title><link>`+s.URL+`/pages/nodate.html</link></item></channel></rss>`))
	})
	var buf bytes.Buffer
	con := NewConsole(&buf, false)
	c := newTestCrawler(newMemStore())
	c.Progress = con
	c.Logger = slog.New(slog.NewTextHandler(con, nil))
	if _, err := c.Crawl(context.Background(), []string{s.URL + "/feed.xml", s.URL + "/missing.xml"}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, u := range []string{s.URL + "/gone", s.URL + "/missing.xml"} {
		if n := strings.Count(out, u); n != 1 {
			t.Errorf("%s printed %d times, want once:\n%s", u, n, out)
		}
	}
	if !strings.Contains(out, `url=`+s.URL+`/gone err="HTTP 404 Not Found"`) {
		t.Errorf("the failure does not give its URL and reason:\n%s", out)
	}
}

// Crawl sends the events a Progress needs, in order.
func TestCrawlProgress(t *testing.T) {
	s := newSite(t)
	c := newTestCrawler(newMemStore())
	var buf bytes.Buffer
	c.Progress = NewConsole(&buf, false)
	if _, err := c.Crawl(context.Background(), []string{s.URL + "/feeds/feed.json"}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "feed 1/1 ok") || !strings.HasPrefix(lines[3], "crawl done: feeds 1/1, articles 2/2, 0 failed") {
		t.Errorf("got:\n%s", buf.String())
	}
}

func TestSummaryString(t *testing.T) {
	s := Summary{FeedsOK: 3, FeedsFailed: 1, FeedsNotModified: 2, ArticlesNew: 5, ArticlesUpdated: 1, ArticlesUnchanged: 2, PagesFailed: 1, Mentions: 4}
	want := "feeds: 3 ok, 2 not modified, 1 failed; articles: 5 new, 1 updated, 2 unchanged, 0 duplicate, 0 skipped, 1 failed; mentions found: 4"
	if got := s.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
