package crawler

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"undersigned/index"
)

func TestSchedule(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	every := func(n int, gap time.Duration) []feedItem {
		var items []feedItem
		for i := range n {
			items = append(items, feedItem{published: now.Add(-time.Duration(i+1) * gap)})
		}
		return items
	}
	tests := []struct {
		name string
		prev time.Duration
		ff   *feedFetch
		want time.Duration
	}{
		{"new feed, old items", 0, &feedFetch{items: every(3, 30*24*time.Hour)}, 90 * time.Minute},
		// The interval moves halfway to the gap between items each time.
		{"busy feed", time.Hour, &feedFetch{items: every(20, 5*time.Minute)}, (time.Hour + 5*time.Minute) / 2},
		{"busy feed, at the floor", 20 * time.Minute, &feedFetch{items: every(20, 5*time.Minute)}, 15 * time.Minute},
		{"hourly feed", 2 * time.Hour, &feedFetch{items: every(10, time.Hour)}, 90 * time.Minute},
		{"not modified", 2 * time.Hour, &feedFetch{notModified: true}, 3 * time.Hour},
		{"failing", 16 * time.Hour, &feedFetch{err: errors.New("down")}, 24 * time.Hour},
		{"quiet for long", 20 * time.Hour, &feedFetch{}, 24 * time.Hour},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := index.Feed{Interval: tt.prev}
			c.schedule(&f, tt.ff, now)
			if f.Interval != tt.want {
				t.Errorf("interval: got %v, want %v", f.Interval, tt.want)
			}
			lo, hi := now.Add(f.Interval*9/10), now.Add(f.Interval*11/10)
			if f.NextFetch.Before(lo) || f.NextFetch.After(hi) {
				t.Errorf("next fetch %v not within ±10%% of %v", f.NextFetch, now.Add(f.Interval))
			}
		})
	}
}

// Run polls each feed on its own schedule, asks for the list each round,
// and stops when its context is done.
func TestRun(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	c.PollEvery = 150 * time.Millisecond
	c.MinInterval = 150 * time.Millisecond
	c.MaxInterval = 300 * time.Millisecond

	var mu sync.Mutex
	feeds := []string{s.URL + "/feeds/feed.json"}
	lists := 0
	list := func(context.Context) ([]string, error) {
		mu.Lock()
		defer mu.Unlock()
		lists++
		if lists == 3 {
			feeds = append(feeds, s.URL+"/feeds/rss.xml") // added while serving
		}
		return append([]string(nil), feeds...), nil
	}
	// Stop once the feed was polled three times and the added feed once
	// (or, failing that, after a generous while).
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			if s.count("/feeds/feed.json") >= 3 && s.count("/feeds/rss.xml") >= 1 {
				cancel()
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	if err := c.Run(ctx, list); err != nil {
		t.Fatal(err)
	}
	if n := s.count("/feeds/feed.json"); n < 3 {
		t.Errorf("feed.json fetched %d times, want at least 3", n)
	}
	if n := s.count("/feeds/rss.xml"); n < 1 {
		t.Errorf("the feed added while serving was never fetched")
	}
	f := st.feed(s.URL + "/feeds/feed.json")
	if f.Interval < c.MinInterval || f.Interval > c.MaxInterval || f.NextFetch.IsZero() {
		t.Errorf("stored schedule: interval %v, next %v", f.Interval, f.NextFetch)
	}
	if st.article(s.URL+"/pages/cp1252.html") == nil {
		t.Errorf("Run stored no articles")
	}
}

// A round that fails (the Store, AfterFeed) is logged and tried again
// after a backoff; it does not stop Run, which ends only with its context.
func TestRunKeepsGoingAfterFailures(t *testing.T) {
	s := newSite(t)
	st := newMemStore()
	c := newTestCrawler(st)
	c.runRetry = 5 * time.Millisecond
	c.MinInterval = 8 * time.Millisecond // a new feed is due within 1ms
	logs := recordLogs(c)
	var mu sync.Mutex
	flushes := 0
	c.AfterFeed = func(context.Context) error { // the index flush fails once
		mu.Lock()
		defer mu.Unlock()
		if flushes++; flushes == 1 {
			return errors.New("index: disk full")
		}
		return nil
	}
	feed := s.URL + "/feeds/feed.json"
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	go func() {
		for ctx.Err() == nil {
			if !st.feed(feed).LastSuccess.IsZero() {
				cancel()
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	if err := c.Run(ctx, func(context.Context) ([]string, error) { return []string{feed}, nil }); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if st.feed(feed).LastSuccess.IsZero() {
		t.Fatalf("the feed was never stored after the flush recovered")
	}
	failed := logs.lines("crawler: crawl failed")
	if len(failed) != 1 || !strings.HasPrefix(failed[0], "ERROR") || !strings.Contains(failed[0], "index: disk full") {
		t.Errorf("got logs %q, want one error naming the flush's", failed)
	}

	// A Store that always fails: Run logs, backs off, and ends with ctx.
	c2 := newTestCrawler(newMemStore())
	c2.Store = failingStore{newMemStore()}
	c2.runRetry = time.Millisecond
	logs2 := recordLogs(c2)
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		for len(logs2.lines("crawler: crawl failed")) < 4 {
			time.Sleep(time.Millisecond)
		}
		cancel2()
	}()
	if err := c2.Run(ctx2, func(context.Context) ([]string, error) { return []string{"https://a.example/feed"}, nil }); err != nil {
		t.Errorf("Run with a failing store: got %v, want nil once cancelled", err)
	}
}

func TestRoundBackoff(t *testing.T) {
	c := New()
	var got []time.Duration
	for n := 1; n <= 9; n++ {
		got = append(got, c.roundBackoff(n))
	}
	want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 16 * time.Minute,
		32 * time.Minute, time.Hour, time.Hour, time.Hour}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

type failingStore struct{ *memStore }

func (failingStore) Feed(context.Context, string) (index.Feed, error) {
	return index.Feed{}, errors.New("store is gone")
}
