package site

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"undersigned/index"
)

// conditionalTargets are responses derived from the catalogue or static:
// each must answer 304 to a repeated request.
var conditionalTargets = []string{
	"/", "/search?q=letter&company=Palantir", "/companies", "/company/Palantir", "/agency/ICE",
	"/campaign/palantir-ice", "/sources", "/feed.xml", "/feed.atom?agency=ICE", "/feed.json",
	"/digest.xml", "/export.csv", "/export.json?level=mentions", "/data/datapackage.json",
	"/api/campaigns", "/api/campaigns/palantir-ice", "/api/sources", "/static/style.css",
	"/sample/google-maven-letter.html",
}

func TestConditionalRequests(t *testing.T) {
	h := shared(t)
	for _, target := range conditionalTargets {
		t.Run(target, func(t *testing.T) {
			first := mustGet(t, h, target)
			etag := first.Header().Get("ETag")
			if etag == "" {
				t.Fatal("no ETag")
			}
			if first.Header().Get("Cache-Control") == "" {
				t.Error("no Cache-Control")
			}
			again := get(t, h, target, "If-None-Match", etag)
			if again.Code != http.StatusNotModified {
				t.Fatalf("If-None-Match %s: status %d, want 304", etag, again.Code)
			}
			if again.Body.Len() != 0 {
				t.Errorf("304 with a body of %d bytes", again.Body.Len())
			}
			if got := again.Header().Get("ETag"); got != etag {
				t.Errorf("304 ETag %q, want %q", got, etag)
			}
			// A list of tags, and the tag without its weak prefix, match too.
			if rec := get(t, h, target, "If-None-Match", `"other", `+etag[2:]); rec.Code != http.StatusNotModified {
				t.Errorf("If-None-Match list: status %d, want 304", rec.Code)
			}
			if rec := get(t, h, target, "If-None-Match", `W/"stale"`); rec.Code != http.StatusOK {
				t.Errorf("stale If-None-Match: status %d, want 200", rec.Code)
			}
			if lm := first.Header().Get("Last-Modified"); lm != "" {
				if rec := get(t, h, target, "If-Modified-Since", lm); rec.Code != http.StatusNotModified {
					t.Errorf("If-Modified-Since %s: status %d, want 304", lm, rec.Code)
				}
				if rec := get(t, h, target, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"); rec.Code != http.StatusOK {
					t.Errorf("old If-Modified-Since: status %d, want 200", rec.Code)
				}
			}
		})
	}
	// Pages from the catalogue say when it last changed.
	if get(t, h, "/campaign/palantir-ice").Header().Get("Last-Modified") == "" {
		t.Error("campaign page: no Last-Modified")
	}
}

// TestETagFollowsCatalogue checks that a change to the catalogue changes
// the ETags, so no stale page is ever answered 304.
func TestETagFollowsCatalogue(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	h := newTestServer(ix).Handler()
	targets := []string{"/", "/feed.xml", "/export.csv", "/api/campaigns"}
	before := map[string]string{}
	for _, target := range targets {
		before[target] = mustGet(t, h, target).Header().Get("ETag")
	}
	ctx := context.Background()
	_, err := ix.Put(ctx, &index.Article{URL: "https://news.test/2020/01/github-ice", Title: "GitHub staff letter on ICE",
		Published: day(2020, 1, 10), FetchedAt: fixtureNow,
		Text: "More than 300 GitHub employees signed a letter asking the company to cancel its contract with Immigration and Customs Enforcement."})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	for _, target := range targets {
		rec := get(t, h, target, "If-None-Match", before[target])
		if rec.Code != http.StatusOK {
			t.Errorf("%s after a change: status %d, want 200", target, rec.Code)
		}
		if rec.Header().Get("ETag") == before[target] {
			t.Errorf("%s: ETag unchanged after the catalogue changed", target)
		}
	}
	contains(t, "feed after a change", get(t, h, "/feed.xml").Body.String(), "github-ice")
}

func TestGzip(t *testing.T) {
	h := shared(t)
	for _, target := range []string{"/", "/campaign/palantir-ice", "/feed.xml", "/feed.json", "/export.csv?level=mentions", "/api/campaigns", "/static/style.css", "/nope"} {
		plain := get(t, h, target)
		zipped := get(t, h, target, "Accept-Encoding", "gzip, deflate, br")
		if got := zipped.Header().Get("Content-Encoding"); got != "gzip" {
			t.Errorf("%s: Content-Encoding %q, want gzip", target, got)
			continue
		}
		if got := zipped.Header().Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("%s: Vary %q, want Accept-Encoding", target, got)
		}
		if plain.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s: compressed for a client that did not ask", target)
		}
		zr, err := gzip.NewReader(zipped.Body)
		if err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		if !bytes.Equal(got, plain.Body.Bytes()) {
			t.Errorf("%s: gunzipped body differs from the plain one (%d vs %d bytes)", target, len(got), plain.Body.Len())
		}
	}
	// Refused gzip, and 304s, are not compressed.
	if rec := get(t, h, "/", "Accept-Encoding", "gzip;q=0, identity"); rec.Header().Get("Content-Encoding") != "" {
		t.Error("gzip;q=0: compressed anyway")
	}
	etag := get(t, h, "/").Header().Get("ETag")
	if rec := get(t, h, "/", "Accept-Encoding", "gzip", "If-None-Match", etag); rec.Code != 304 || rec.Header().Get("Content-Encoding") != "" {
		t.Errorf("304: status %d, Content-Encoding %q", rec.Code, rec.Header().Get("Content-Encoding"))
	}
}

// TestGzipStreams checks a streamed export over a real connection with
// the standard client's transparent decompression.
func TestGzipStreams(t *testing.T) {
	srv := httptest.NewServer(shared(t))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/export.csv?level=mentions")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if !resp.Uncompressed {
		t.Error("the client did not receive gzip")
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	contains(t, "streamed export", string(b), "article_url,published,title", "wire.test/palantir-ice-200")
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"deflate, gzip;q=0.5", true},
		{"GZIP", true},
		{"gzip;q=0", false},
		{"gzip; q=0.0, *;q=1", false},
		{"*", true},
		{"br, identity", false},
		{"x-gzip", true},
	}
	for _, tt := range tests {
		if got := acceptsGzip(tt.header); got != tt.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestETagMatches(t *testing.T) {
	tests := []struct {
		list, etag string
		want       bool
	}{
		{`W/"abc"`, `W/"abc"`, true},
		{`"abc"`, `W/"abc"`, true},
		{`"x", W/"abc"`, `W/"abc"`, true},
		{`*`, `W/"abc"`, true},
		{`"abcd"`, `W/"abc"`, false},
		{``, `W/"abc"`, false},
	}
	for _, tt := range tests {
		if got := etagMatches(tt.list, tt.etag); got != tt.want {
			t.Errorf("etagMatches(%q, %q) = %v, want %v", tt.list, tt.etag, got, tt.want)
		}
	}
}

func TestStatusOf(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{notFoundf("x"), 404},
		{invalidf("x"), 400},
		{index.ValidateQuery(`"open`), 400},
		{index.ErrNotFound, 404},
		{errMethod, 405},
		{io.ErrUnexpectedEOF, 500},
		{context.Canceled, 500},
	}
	for _, tt := range tests {
		if got := statusOf(tt.err); got != tt.want {
			t.Errorf("statusOf(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
	if msg := publicMessage(io.ErrUnexpectedEOF, 500); msg == io.ErrUnexpectedEOF.Error() {
		t.Errorf("publicMessage leaks an internal error: %q", msg)
	}
}

func TestStaticFingerprint(t *testing.T) {
	h := shared(t)
	path := assetPath("style.css")
	rec := mustGet(t, h, path)
	if got := rec.Header().Get("Cache-Control"); got != cacheStatic {
		t.Errorf("%s: Cache-Control %q, want %q", path, got, cacheStatic)
	}
	rec = mustGet(t, h, "/static/style.css?v=old")
	if got := rec.Header().Get("Cache-Control"); got == cacheStatic {
		t.Errorf("a stale fingerprint is cached for good")
	}
}

// TestErrorsAreNotCached checks that error answers carry no validators.
func TestErrorsAreNotCached(t *testing.T) {
	h := shared(t)
	for _, target := range []string{"/campaign/nobody-nothing", "/search?q=%22x", "/api/campaigns/nobody-nothing", "/export.csv?min=x"} {
		rec := get(t, h, target)
		if rec.Header().Get("ETag") != "" || rec.Header().Get("Last-Modified") != "" {
			t.Errorf("%s (%d): carries validators", target, rec.Code)
		}
		if got := rec.Header().Get("Cache-Control"); got != cacheNone {
			t.Errorf("%s: Cache-Control %q, want %q", target, got, cacheNone)
		}
		if rec.Header().Get("Content-Disposition") != "" {
			t.Errorf("%s: an error offered as a download", target)
		}
	}
}

func TestInternalErrorIsLoggedAnd500(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	s := newTestServer(ix)
	var logged bytes.Buffer
	s.Logger = newBufferLogger(&logged)
	h := s.Handler()
	ix.Close() // every later read fails
	rec := get(t, h, "/campaign/palantir-ice", "If-None-Match", "")
	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	lacks(t, "500 page", rec.Body.String(), "database not open", "bolt")
	contains(t, "log", logged.String(), "site: request failed", "path=/campaign/palantir-ice")
	// An export that fails before its first row is answered with a status,
	// not half a file.
	rec = get(t, h, "/export.csv")
	if rec.Code != http.StatusInternalServerError || rec.Header().Get("Content-Disposition") != "" {
		t.Errorf("export on a closed index: status %d, Content-Disposition %q", rec.Code, rec.Header().Get("Content-Disposition"))
	}
	lacks(t, "failed export", rec.Body.String(), "campaign_id,")
}

func newBufferLogger(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }

// disconnectingWriter is a client that goes away as the first bytes reach
// it: its write fails and the request's context is cancelled, as net/http
// does when a connection closes.
type disconnectingWriter struct {
	*httptest.ResponseRecorder
	cancel context.CancelFunc
}

func (d *disconnectingWriter) Write(b []byte) (int, error) {
	if d.cancel != nil {
		d.cancel()
	}
	return 0, errors.New("write: broken pipe")
}

// TestExportClientGone checks that an export whose client disconnects is
// aborted without an error in the log, while one that fails mid-stream on
// our side is logged.
func TestExportClientGone(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	s := newTestServer(ix)
	var logged bytes.Buffer
	s.Logger = newBufferLogger(&logged)
	h := s.Handler()
	serve := func(cancelOnWrite bool) (aborted bool) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		w := &disconnectingWriter{ResponseRecorder: httptest.NewRecorder()}
		if cancelOnWrite {
			w.cancel = cancel
		}
		defer func() {
			if v := recover(); v != nil {
				if v != http.ErrAbortHandler {
					panic(v)
				}
				aborted = true
			}
		}()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/export.csv?level=mentions", nil).WithContext(ctx))
		return false
	}
	if !serve(true) {
		t.Error("client gone: the response was not aborted")
	}
	lacks(t, "log after the client went away", logged.String(), "level=ERROR")
	// A failure that is ours is still logged.
	if !serve(false) {
		t.Error("write failure: the response was not aborted")
	}
	contains(t, "log after a write failure", logged.String(), "level=ERROR", "site: export failed mid-stream")
}

// TestAPIIndexValidated checks that /api/ carries an ETag and a cache
// policy and answers 304 to a current copy.
func TestAPIIndexValidated(t *testing.T) {
	h := shared(t)
	rec := mustGet(t, h, "/api/")
	etag := rec.Header().Get("ETag")
	if etag == "" || rec.Header().Get("Cache-Control") != cachePage {
		t.Fatalf("/api/: ETag %q, Cache-Control %q, want an ETag and %q", etag, rec.Header().Get("Cache-Control"), cachePage)
	}
	if rec := get(t, h, "/api/", "If-None-Match", etag); rec.Code != http.StatusNotModified {
		t.Errorf("/api/ with its ETag: status %d, want 304", rec.Code)
	}
	if other := get(t, h, "/api/", "X-Forwarded-Proto", "https").Header().Get("ETag"); other == etag {
		t.Error("/api/ names the site's address, but its ETag does not change with it")
	}
}
