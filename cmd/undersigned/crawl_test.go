package main

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"undersigned/index"
)

// The crawl flags reach the crawler: --delay is its MinHostDelay, --timeout
// its Timeout.
func TestCrawlFlagsReachCrawler(t *testing.T) {
	var cfg Config
	fs := newFlagSet("crawl", "crawl", io.Discard)
	cfg.dataFlag(fs)
	cfg.crawlFlags(fs)
	if err := parse(fs, []string{"--delay", "250ms", "--timeout", "7s", "--allow-private"}); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(context.Background(), filepath.Join(t.TempDir(), "data"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cr := cfg.newCrawler(ix, slog.New(slog.DiscardHandler))
	if cr.MinHostDelay != 250*time.Millisecond || cr.Timeout != 7*time.Second || !cr.AllowPrivate {
		t.Errorf("got MinHostDelay %v, Timeout %v, AllowPrivate %v; want 250ms, 7s, true", cr.MinHostDelay, cr.Timeout, cr.AllowPrivate)
	}
}

// Off a terminal, each failure is on stderr once, with its URL and reason.
func TestCrawlReportsFailureOnce(t *testing.T) {
	srv := testSite(t)
	data := filepath.Join(t.TempDir(), "data")
	code, out, errs := runCmd(t, "crawl", "--data", data, "--feeds", feedList(t, srv), "--allow-private", "--delay", "5ms")
	if code != 0 {
		t.Fatalf("crawl exited %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	gone := srv.URL + "/pages/removed-story.html"
	if n := strings.Count(errs, gone); n != 1 {
		t.Errorf("%s is on stderr %d times, want once:\n%s", gone, n, errs)
	}
	if !strings.Contains(errs, "url="+gone+` err="HTTP 404 Not Found"`) {
		t.Errorf("stderr does not give the failure's URL and reason:\n%s", errs)
	}
	if !strings.Contains(errs, "crawl done: feeds 2/2") {
		t.Errorf("no progress lines on stderr:\n%s", errs)
	}
}

// A page that failed for good is remembered in the data dir: the next crawl
// command does not fetch it again while its feed item is unchanged.
func TestCrawlRemembersFailedPagesBetweenRuns(t *testing.T) {
	srv, hits := countingTestSite(t)
	data := filepath.Join(t.TempDir(), "data")
	feeds := feedList(t, srv)
	const gone = "/pages/removed-story.html"
	for run := 1; run <= 2; run++ {
		code, out, errs := runCmd(t, "crawl", "--data", data, "--feeds", feeds, "--allow-private", "--delay", "5ms")
		if code != 0 {
			t.Fatalf("crawl %d exited %d\nstdout: %s\nstderr: %s", run, code, out, errs)
		}
		if n := hits(gone); n != 1 {
			t.Errorf("after crawl %d, %s was asked %d times, want once", run, gone, n)
		}
		if run == 2 && strings.Contains(errs, srv.URL+gone) {
			t.Errorf("crawl 2 reports the remembered failure again:\n%s", errs)
		}
	}
}
