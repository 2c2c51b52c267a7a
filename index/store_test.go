package index

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func openTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := OpenStore(filepath.Join(t.TempDir(), "articles.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// story is a long enough text (over dupMinWords words) for near-duplicate
// detection, about an invented event.
const story = `Engineers at the mapping firm Northwind Atlas have written to their chief executive asking her to drop a contract with the state highway patrol, saying the location data they collect was never meant for policing.

The letter, which circulated on the company's chat system for two weeks, was signed by 212 employees by Tuesday evening. Organizers said they expected more names once the night shift in the Lisbon office had seen it.

Northwind Atlas sells traffic and routing data to cities, delivery firms and, since last spring, to the highway patrol, which uses it to plan checkpoints. The company has not said what the contract is worth.

A spokesperson said the company respected its employees' views and would discuss the letter at the next all-hands meeting. The engineers asked for an answer within thirty days and for an ethics review of every public-sector deal.`

func TestPutArticleOutcomes(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	pub := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	a := &Article{URL: "https://news.example/a", Title: "Engineers write to CEO", Text: story, Published: pub,
		URLs: []string{"https://news.example/redirect/a"}, Feeds: []string{"https://news.example/feed"},
		HTML: []byte("<html><p>page</p></html>")}
	out, c, err := s.PutArticle(ctx, a)
	if err != nil || out != New || c != a.URL {
		t.Fatalf("first put: got %v %q %v, want new %q", out, c, err, a.URL)
	}

	// The same article again is unchanged; found under either URL.
	again := *a
	out, _, err = s.PutArticle(ctx, &again)
	if err != nil || out != Unchanged {
		t.Fatalf("second put: got %v %v, want unchanged", out, err)
	}
	got, err := s.Article(ctx, "https://news.example/redirect/a")
	if err != nil || got.URL != a.URL {
		t.Fatalf("lookup by seen URL: got %+v %v", got, err)
	}
	html, err := s.ArticleHTML(ctx, a.URL)
	if err != nil || string(html) != "<html><p>page</p></html>" {
		t.Fatalf("html: got %q %v", html, err)
	}

	// Changed text is an update, kept under the first canonical URL.
	upd := *a
	upd.Text = story + "\n\nUpdate: the company agreed to meet the organizers on Friday."
	upd.FeedUpdated = pub.Add(24 * time.Hour)
	out, c, err = s.PutArticle(ctx, &upd)
	if err != nil || out != Updated || c != a.URL {
		t.Fatalf("update: got %v %q %v, want updated", out, c, err)
	}
	st, err := s.ArticleState(ctx, "https://news.example/redirect/a")
	if err != nil || !st.Equal(upd.FeedUpdated) {
		t.Fatalf("article state: got %v %v, want %v", st, err, upd.FeedUpdated)
	}
}

func TestPutArticleSyndicatedCopyStoredOnce(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	orig := &Article{URL: "https://wire.example/story", Title: "Engineers write to CEO", Text: story,
		Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Feeds: []string{"https://wire.example/rss"}}
	if _, _, err := s.PutArticle(ctx, orig); err != nil {
		t.Fatal(err)
	}
	// A partner site republishes it with a credit line and a dateline.
	copyText := "LISBON (Wire) — " + strings.Replace(story, "two weeks", "about two weeks", 1) + "\n\nThis story was first published by the Wire."
	cp := &Article{URL: "https://partner.example/tech/engineers-letter", Title: "Engineers write to CEO", Text: copyText,
		Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Feeds: []string{"https://partner.example/feed"}}
	out, c, err := s.PutArticle(ctx, cp)
	if err != nil {
		t.Fatal(err)
	}
	if out != Duplicate || c != orig.URL {
		t.Fatalf("got %v into %q, want duplicate into %q", out, c, orig.URL)
	}
	got, err := s.Article(ctx, cp.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got.URL != orig.URL || len(got.URLs) != 2 || got.URLs[1] != cp.URL {
		t.Errorf("sources: got %v, want both URLs under %s", got.URLs, orig.URL)
	}
	if len(got.Feeds) != 2 {
		t.Errorf("feeds: got %v, want both feeds", got.Feeds)
	}
	if len(got.Copies) != 1 || got.Copies[0] != cp.URL {
		t.Errorf("copies: got %v, want [%s]", got.Copies, cp.URL)
	}
	// The original updated at its own URL keeps its copies.
	upd := *orig
	upd.Text = story + "\n\nUpdated with the company's reply."
	if out, _, err := s.PutArticle(ctx, &upd); err != nil || out != Updated {
		t.Fatalf("update: got %v %v, want updated", out, err)
	}
	if got, err := s.Article(ctx, orig.URL); err != nil || len(got.Copies) != 1 || got.Copies[0] != cp.URL {
		t.Errorf("copies after update: got %v (%v), want [%s]", got.Copies, err, cp.URL)
	}
	// The copy fetched again (its feed item updated) stays a source: it
	// never replaces the original's title or text.
	again := *cp
	again.Title = "Partner headline"
	if out, c, err := s.PutArticle(ctx, &again); err != nil || out != Duplicate || c != orig.URL {
		t.Fatalf("copy again: got %v into %q (%v), want duplicate into %q", out, c, err, orig.URL)
	}
	if got, err := s.Article(ctx, orig.URL); err != nil || got.Title != orig.Title || got.Text != upd.Text {
		t.Errorf("original after its copy was fetched again: title %q (%v), want %q and its own text", got.Title, err, orig.Title)
	}
	if n := s.ArticleCount(); n != 1 {
		t.Errorf("stored %d articles, want 1", n)
	}

	// An unrelated story of similar length is not a duplicate.
	other := &Article{URL: "https://wire.example/other", Title: "Quarterly results", Published: time.Now(),
		Text: strings.Repeat("Revenue rose in the quarter as cloud sales grew and costs fell across every division of the group. ", 8)}
	if out, _, err := s.PutArticle(ctx, other); err != nil || out != New {
		t.Fatalf("unrelated story: got %v %v, want new", out, err)
	}
}

func TestPutArticleBadInputKeepsStore(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	good := &Article{URL: "https://news.example/a", Title: "A", Text: "text", Published: time.Now()}
	if _, _, err := s.PutArticle(ctx, good); err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"", "not a url", "/relative/path", "ftp://news.example/x", "https:///nohost"} {
		_, _, err := s.PutArticle(ctx, &Article{URL: u, Text: "x"})
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("URL %q: got %v, want ErrInvalid", u, err)
		}
		if err != nil && u != "" && !strings.Contains(err.Error(), u) {
			t.Errorf("URL %q: error %q does not name the input", u, err)
		}
	}
	if n := s.ArticleCount(); n != 1 {
		t.Errorf("after bad input: %d articles, want 1", n)
	}
	if _, err := s.Article(ctx, "https://news.example/missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: got %v, want ErrNotFound", err)
	}
}

func TestFeeds(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	added, err := s.AddFeed(ctx, "https://a.example/feed.xml", "A", now)
	if err != nil || !added {
		t.Fatalf("add: %v %v", added, err)
	}
	if added, _ := s.AddFeed(ctx, "https://a.example/feed.xml", "A", now); added {
		t.Error("adding twice reported added")
	}
	if _, err := s.AddFeed(ctx, "feed.xml", "", now); !errors.Is(err, ErrInvalid) {
		t.Errorf("relative feed URL: got %v, want ErrInvalid", err)
	}
	// Health of an unlisted feed (crawled from a --feeds file) is kept too.
	if err := s.PutFeed(ctx, Feed{URL: "https://b.example/rss", ConsecutiveFailures: 2}); err != nil {
		t.Fatal(err)
	}
	listed, err := s.ListedFeeds(ctx)
	if err != nil || len(listed) != 1 || listed[0] != "https://a.example/feed.xml" {
		t.Errorf("listed: got %v %v", listed, err)
	}
	f, _ := s.Feed(ctx, "https://a.example/feed.xml")
	f.URL = "https://a.example/new-feed.xml"
	f.MovedFrom = []string{"https://a.example/feed.xml"}
	if err := s.MoveFeed(ctx, "https://a.example/feed.xml", f); err != nil {
		t.Fatal(err)
	}
	moved, err := s.Feed(ctx, "https://a.example/new-feed.xml")
	if err != nil || !moved.Listed || moved.Title != "A" {
		t.Errorf("moved feed: got %+v %v", moved, err)
	}
	// The old URL still finds the feed, under its new URL.
	byOld, err := s.Feed(ctx, "https://a.example/feed.xml")
	if err != nil || byOld.URL != "https://a.example/new-feed.xml" {
		t.Errorf("lookup by old URL: got %q %v", byOld.URL, err)
	}
	if err := s.RemoveFeed(ctx, "https://nowhere.example/"); !errors.Is(err, ErrNotFound) {
		t.Errorf("remove missing: got %v", err)
	}
}

func TestFeedDead(t *testing.T) {
	now := time.Date(2025, 1, 2, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		f      Feed
		dead   bool
		status string
	}{
		{"healthy", Feed{LastFetch: now, LastSuccess: now}, false, FeedOK},
		{"never fetched", Feed{}, false, FeedNew},
		{"failing an hour", Feed{LastFetch: now, ConsecutiveFailures: 3, FirstFailure: now.Add(-time.Hour)}, false, FeedFailing},
		{"failing a day", Feed{LastFetch: now, ConsecutiveFailures: 9, FirstFailure: now.Add(-25 * time.Hour)}, true, FeedDead},
		{"recovered", Feed{LastFetch: now, ConsecutiveFailures: 0, FirstFailure: now.Add(-48 * time.Hour)}, false, FeedOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Dead(now); got != tt.dead {
				t.Errorf("dead: got %v, want %v", got, tt.dead)
			}
			if got := tt.f.Status(now); got != tt.status {
				t.Errorf("status: got %q, want %q", got, tt.status)
			}
		})
	}
}

func TestSameStory(t *testing.T) {
	copyText := "LISBON (Wire) — " + strings.Replace(story, "two weeks", "about two weeks", 1) + "\n\nThis story was first published by the Wire."
	halves := strings.SplitN(story, "\n\n", 3)
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"identical", story, story, true},
		{"credited copy", story, copyText, true},
		{"copy without its last paragraphs", story, halves[0] + "\n\n" + halves[1], false},
		{"other story", story, strings.Repeat("Shares of the chipmaker fell after it cut its forecast for the year. ", 10), false},
		{"too short", "Workers signed a letter.", "Workers signed a letter.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sameStory(tt.a, tt.b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if k1, k2 := bandKeys(story), bandKeys(copyText); len(k1) != minhashBands || !sharesBand(k1, k2) {
		t.Errorf("a credited copy shares no band with the original")
	}
}

func sharesBand(a, b [][]byte) bool {
	for i := range a {
		if string(a[i]) == string(b[i]) {
			return true
		}
	}
	return false
}

func TestRobots(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	if _, err := s.Robots(ctx, "https://a.example"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing: got %v", err)
	}
	r := Robots{Host: "https://a.example", Status: 200, Body: []byte("User-agent: *\nCrawl-delay: 5\n"),
		Fetched: time.Unix(100, 0).UTC(), Expires: time.Unix(200, 0).UTC()}
	if err := s.PutRobots(ctx, r); err != nil {
		t.Fatal(err)
	}
	got, err := s.Robots(ctx, "https://a.example")
	if err != nil || string(got.Body) != string(r.Body) || !got.Expires.Equal(r.Expires) {
		t.Errorf("got %+v %v", got, err)
	}
	if err := s.PutRobots(ctx, Robots{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("no host: got %v", err)
	}
}

// TestCopyNamingCanonicalDoesNotOverwrite stores an article, then a copy of
// it on another page whose rel=canonical names the first: the copy is a
// source of the article, and the article keeps its own text and date.
func TestCopyNamingCanonicalDoesNotOverwrite(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	orig := &Article{URL: "https://paper.example/story", Title: "Engineers write to CEO", Text: story,
		Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}
	if _, _, err := s.PutArticle(ctx, orig); err != nil {
		t.Fatal(err)
	}
	cp := &Article{URL: "https://paper.example/story", PageURL: "https://paper.example/republished/story",
		URLs:  []string{"https://paper.example/story", "https://paper.example/republished/story"},
		Title: "Engineers write to CEO", Text: "Republished. " + story, Published: time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)}
	out, c, err := s.PutArticle(ctx, cp)
	if err != nil || out != Duplicate || c != orig.URL {
		t.Fatalf("copy: got %v %q %v, want duplicate of %s", out, c, err, orig.URL)
	}
	got, err := s.Article(ctx, orig.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != story || !got.Published.Equal(orig.Published) {
		t.Errorf("the copy overwrote the article: published %v, text starts %.20q", got.Published, got.Text)
	}
	if !slices.Contains(got.URLs, cp.PageURL) {
		t.Errorf("the copy's URL is not kept as a source: %v", got.URLs)
	}
	// The page at its own URL, updated, is still an update.
	upd := *orig
	upd.Text = story + "\n\nUpdate: the company answered on Friday."
	if out, _, err := s.PutArticle(ctx, &upd); err != nil || out != Updated {
		t.Errorf("update at the canonical URL: got %v %v, want updated", out, err)
	}
}

func TestFailedPage(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	if _, err := s.FailedPage(ctx, "https://a.example/gone"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing: got %v", err)
	}
	now := time.Now().UTC()
	old := FailedPage{URL: "https://a.example/old", Failed: now.Add(-48 * time.Hour), Until: now.Add(-24 * time.Hour), Reason: "HTTP 404 Not Found"}
	if err := s.PutFailedPage(ctx, old); err != nil {
		t.Fatal(err)
	}
	if _, err := s.FailedPage(ctx, old.URL); !errors.Is(err, ErrNotFound) {
		t.Errorf("expired: got %v, want ErrNotFound", err)
	}
	p := FailedPage{URL: "https://a.example/gone", Stamp: time.Unix(100, 0).UTC(), Failed: now, Until: now.Add(time.Hour), Reason: "HTTP 410 Gone"}
	s.failedSwept.Store(0) // as in a new process: this put sweeps
	if err := s.PutFailedPage(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.FailedPage(ctx, p.URL)
	if err != nil || got.Reason != p.Reason || !got.Stamp.Equal(p.Stamp) || !got.Until.Equal(p.Until) {
		t.Errorf("got %+v %v, want %+v", got, err, p)
	}
	// The expired record was swept away, not just hidden.
	err = s.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketFailed).Get([]byte(old.URL)) != nil {
			return errors.New("expired failure still stored")
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
	if err := s.PutFailedPage(ctx, FailedPage{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("no URL: got %v", err)
	}
	// A record that cannot be read is as good as none: the page is fetched.
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFailed).Put([]byte("https://a.example/bad"), []byte("{not json"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.FailedPage(ctx, "https://a.example/bad"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unreadable record: got %v, want ErrNotFound", err)
	}
}

// The same page reached through a feed link with another query ("?ref=
// newsroom", a parameter Canonicalize cannot know is tracking) is one
// article, not a syndicated copy: one row in the exports, one source.
func TestPutArticleQueryVariantIsNoCopy(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	orig := &Article{URL: "https://union.example/statement.html", Title: "Union condemns firings", Text: story,
		Published: time.Date(2024, 4, 18, 0, 0, 0, 0, time.UTC)}
	if _, _, err := s.PutArticle(ctx, orig); err != nil {
		t.Fatal(err)
	}
	again := *orig
	again.URL = "https://union.example/statement.html?ref=newsroom"
	again.URLs = nil
	out, c, err := s.PutArticle(ctx, &again)
	if err != nil || out != Duplicate || c != orig.URL {
		t.Fatalf("got %v into %q (%v), want duplicate into %q", out, c, err, orig.URL)
	}
	got, err := s.Article(ctx, again.URL)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Copies) != 0 || !slices.Contains(got.URLs, again.URL) {
		t.Errorf("copies %v, URLs %v: want no copy and the query variant among the URLs", got.Copies, got.URLs)
	}
	// the same text at another path is a copy still
	cp := *orig
	cp.URL, cp.URLs = "https://union.example/press/2024/statement.html", nil
	if _, _, err := s.PutArticle(ctx, &cp); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Article(ctx, orig.URL); len(got.Copies) != 1 || got.Copies[0] != cp.URL {
		t.Errorf("copies %v, want [%s]", got.Copies, cp.URL)
	}
	// two queries on one path may be two pages ("?p=1201", "?p=1377"):
	// the same text under both is a copy
	blog := &Article{URL: "https://blog.example/?p=1201", Title: "Engineers write to CEO", Text: story + "\n\nPosted in Labour.",
		Published: time.Date(2024, 4, 18, 0, 0, 0, 0, time.UTC)}
	if _, _, err := s.PutArticle(ctx, blog); err != nil {
		t.Fatal(err)
	}
	other := *blog
	other.URL, other.URLs = "https://blog.example/?p=1377", nil
	if _, _, err := s.PutArticle(ctx, &other); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Article(ctx, other.URL); got == nil || !slices.Contains(got.Copies, other.URL) {
		t.Fatalf("two query pages of one text: want %s a copy, got %+v", other.URL, got)
	}
}
