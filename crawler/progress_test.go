package crawler

import (
	"bytes"
	"context"
	"errors"
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

func TestLineProgress(t *testing.T) {
	var buf bytes.Buffer
	feedEvents(NewProgress(&buf, false))
	want := `feed 1/2 ok: https://a.example/feed (3 items)
feed 2/2 failed: https://b.example/feed: HTTP 500 Internal Server Error
article 1/3 new: https://a.example/1
article 3/3 failed: https://a.example/3: HTTP 404 Not Found
crawl done: feeds 2/2, articles 3/3, 2 failed
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestBarProgress(t *testing.T) {
	var buf bytes.Buffer
	feedEvents(NewProgress(&buf, true))
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

// Crawl sends the events a Progress needs, in order.
func TestCrawlProgress(t *testing.T) {
	s := newSite(t)
	c := newTestCrawler(newMemStore())
	var buf bytes.Buffer
	c.Progress = NewProgress(&buf, false)
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
