package site

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"undersigned/index"
)

// day returns noon UTC on a date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

// testArticles are invented reports written for these tests: a campaign
// whose count grows over two reports (Palantir and ICE), a vague count
// (Wayfair), a campaign with no government target (Google, censorship), a
// headline carrying a script tag, text carrying control characters that
// XML cannot hold, a headline a spreadsheet would run as a formula, and a
// story with no worker action.
var testArticles = []*index.Article{
	{URL: "https://news.test/2019/05/palantir-letter", Title: "Palantir engineers circulate a letter over ICE work", Published: day(2019, 5, 3), SiteName: "News Test",
		Text: "About 60 Palantir employees have signed a letter asking the company to stop working for Immigration and Customs Enforcement.\n\nThe signers said the software was being used to plan raids."},
	{URL: "https://wire.test/palantir-ice-200", Title: "Palantir letter on ICE grows to 200 names", Published: day(2019, 8, 20),
		Text: "More than 200 Palantir employees have now signed a letter urging the company to end its contract with Immigration and Customs Enforcement.\n\nThe company has said it is proud of its work."},
	{URL: "https://news.test/2019/06/wayfair", Title: "Wayfair staff walk out over beds for a detention camp", Published: day(2019, 6, 27), SiteName: "News Test",
		Text: "Hundreds of Wayfair employees walked out of the company's Boston headquarters on Wednesday to protest the sale of furniture to a detention camp for migrant children run for the Office of Refugee Resettlement.\n\nThe company said it would donate its profit from the sale."},
	{URL: "https://news.test/2018/08/dragonfly", Title: "Google staff demand answers on censored search", Published: day(2018, 8, 17), SiteName: "News Test",
		Text: "More than 1,400 Google employees have signed a letter demanding more transparency about a censored search engine the company is building for China.\n\nThe letter says employees lack the information to make ethical decisions about their work."},
	{URL: "https://news.test/2018/07/ms-ice", Title: "Microsoft staff <script>alert(1)</script> protest ICE deal", Published: day(2018, 7, 2), SiteName: "News Test",
		Text: "Some 250 Microsoft employees signed a letter asking the company to drop its contract with Immigration and Customs Enforcement.\n\nOne signer wrote <script>alert('x')</script> in a comment."},
	{URL: "https://news.test/2018/10/amazon-police", Title: "Amazon workers\x0b object to police deals", Published: day(2018, 10, 20), SiteName: "News Test",
		Text: "More than 500 Amazon employees\x01 signed a letter asking the company to stop selling facial recognition software to police departments.\n\nAmazon did not comment."},
	{URL: "https://news.test/2018/07/salesforce", Title: "=HYPERLINK(\"http://evil.test\") Salesforce staff letter", Published: day(2018, 7, 9), SiteName: "News Test",
		Text: "More than 650 Salesforce employees signed a letter asking the company to end its contract with Customs and Border Protection.\n\nThe company said it was listening."},
	{URL: "https://news.test/2019/07/ibm-earnings", Title: "IBM beats estimates", Published: day(2019, 7, 17), SiteName: "News Test",
		Text: "IBM reported revenue of $19.2 billion for the quarter.\n\nThe company employs about 350,000 people."},
}

// fixtureNow is the clock of test servers: after every test article.
var fixtureNow = time.Date(2020, 3, 4, 10, 0, 0, 0, time.UTC)

// testFeeds are feed records for the sources page: one healthy, one
// failing since an hour ago, one failing for two days (dead).
var testFeeds = []index.Feed{
	{URL: "https://news.test/feed.xml", Title: "News Test", Listed: true, LastFetch: fixtureNow.Add(-time.Hour),
		LastSuccess: fixtureNow.Add(-time.Hour), ItemsSeen: 42, ArticlesKept: 7},
	{URL: "https://flaky.test/rss", Title: "Flaky", Listed: true, LastFetch: fixtureNow.Add(-10 * time.Minute),
		LastSuccess: fixtureNow.Add(-2 * time.Hour), LastError: "timeout after 30s", LastStatus: 0,
		FirstFailure: fixtureNow.Add(-time.Hour), ConsecutiveFailures: 2, ItemsSeen: 5},
	{URL: "https://gone.test/atom", Title: "Gone <b>away</b>", Listed: true, LastFetch: fixtureNow.Add(-10 * time.Minute),
		LastSuccess: fixtureNow.Add(-72 * time.Hour), LastError: "404 Not Found", LastStatus: 404,
		FirstFailure: fixtureNow.Add(-48 * time.Hour), ConsecutiveFailures: 30, ItemsSeen: 12, ArticlesKept: 1},
}

// newFixtureIndex opens an index in dir and fills it with the test
// articles and feeds.
func newFixtureIndex(tb testing.TB, dir string) *index.Index {
	tb.Helper()
	ctx := context.Background()
	ix, err := index.Open(ctx, dir)
	if err != nil {
		tb.Fatal(err)
	}
	ix.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, a := range testArticles {
		cp := *a
		// Each report is found the day after it is published.
		cp.FetchedAt = a.Published.Add(24 * time.Hour)
		if _, err := ix.Put(ctx, &cp); err != nil {
			tb.Fatalf("put %s: %v", a.URL, err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		tb.Fatal(err)
	}
	for _, f := range testFeeds {
		if err := ix.Store.PutFeed(ctx, f); err != nil {
			tb.Fatal(err)
		}
	}
	return ix
}

// newTestServer returns a server on ix with the fixture clock and a
// quiet logger.
func newTestServer(ix *index.Index) *Server {
	s := New(ix)
	s.Now = func() time.Time { return fixtureNow }
	// The fixture's reports were found in 2018 and 2019: a digest of the
	// 100 weeks before fixtureNow holds them all.
	s.DigestWeeks = 100
	s.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	return s
}

var (
	sharedOnce    sync.Once
	sharedHandler http.Handler
	sharedIndex   *index.Index
	sharedDir     string
)

// shared returns the handler of a server on the fixture index, built once
// for the package's read-only tests.
func shared(t *testing.T) http.Handler {
	t.Helper()
	sharedOnce.Do(func() {
		dir, err := os.MkdirTemp("", "undersigned-site-test-")
		if err != nil {
			t.Fatal(err)
		}
		sharedDir = dir
		sharedIndex = newFixtureIndex(t, dir)
		sharedHandler = newTestServer(sharedIndex).Handler()
	})
	if sharedHandler == nil {
		t.Fatal("the shared fixture failed to build")
	}
	return sharedHandler
}

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedIndex != nil {
		sharedIndex.Close()
	}
	if sharedDir != "" {
		os.RemoveAll(sharedDir)
	}
	os.Exit(code)
}

// do sends a request to h and returns the recorded response; headers are
// name, value pairs.
func do(t *testing.T, h http.Handler, method, target string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// get is do with GET.
func get(t *testing.T, h http.Handler, target string, headers ...string) *httptest.ResponseRecorder {
	t.Helper()
	return do(t, h, http.MethodGet, target, headers...)
}

// mustGet fetches target and fails the test unless it answers 200.
func mustGet(t *testing.T, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := get(t, h, target)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: status %d, want 200; body: %.300s", target, rec.Code, rec.Body.String())
	}
	return rec
}

func contains(t *testing.T, what, body string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(body, w) {
			t.Errorf("%s: missing %q", what, w)
		}
	}
}

func lacks(t *testing.T, what, body string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(body, w) {
			t.Errorf("%s: unexpectedly contains %q", what, w)
		}
	}
}
