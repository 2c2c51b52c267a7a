package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// testSite serves testdata/site with {{BASE}} replaced by the server's URL.
func testSite(t *testing.T) *httptest.Server {
	srv, _ := countingTestSite(t)
	return srv
}

// countingTestSite is testSite that also reports how many requests a path
// was asked with.
func countingTestSite(t *testing.T) (*httptest.Server, func(path string) int) {
	t.Helper()
	var srv *httptest.Server
	var mu sync.Mutex
	hits := map[string]int{}
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		p := filepath.Join("testdata", "site", filepath.FromSlash(strings.TrimPrefix(r.URL.Path, "/")))
		b, err := os.ReadFile(p)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		b = bytes.ReplaceAll(b, []byte("{{BASE}}"), []byte(srv.URL))
		switch filepath.Ext(p) {
		case ".html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		case ".xml", ".opml":
			w.Header().Set("Content-Type", "application/xml")
		}
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv, func(path string) int {
		mu.Lock()
		defer mu.Unlock()
		return hits[path]
	}
}

// feedList writes the test OPML with the server's URL and returns its path.
func feedList(t *testing.T, srv *httptest.Server) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "site", "feeds.opml"))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "feeds.opml")
	if err := os.WriteFile(p, bytes.ReplaceAll(b, []byte("{{BASE}}"), []byte(srv.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runCmd runs one command line through the real wiring.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func readCSV(t *testing.T, s string) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v\n%s", err, s)
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return rows
}

func TestCrawlThenExport(t *testing.T) {
	srv := testSite(t)
	data := filepath.Join(t.TempDir(), "data")
	feeds := feedList(t, srv)

	code, out, errs := runCmd(t, "crawl", "--data", data, "--feeds", feeds, "--allow-private", "--delay", "5ms")
	if code != 0 {
		t.Fatalf("crawl exited %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	// The removed story is a failure reported with its URL and reason; the
	// crawl still succeeds.
	if !strings.Contains(errs, srv.URL+"/pages/removed-story.html") || !strings.Contains(errs, "404") {
		t.Errorf("stderr does not report the 404 page with its URL:\n%s", errs)
	}
	if !strings.Contains(out, "mentions") {
		t.Errorf("no summary on stdout: %q", out)
	}

	code, out, errs = runCmd(t, "export", "--data", data, "--format", "csv", "--level", "mentions")
	if code != 0 {
		t.Fatalf("export exited %d: %s", code, errs)
	}
	rows := readCSV(t, out)
	type key struct{ url, company, agency, sig string }
	got := map[key]bool{}
	for _, r := range rows {
		got[key{strings.TrimPrefix(r["article_url"], srv.URL), r["company"], r["agency"], r["signatures"]}] = true
	}
	want := []key{
		{"/pages/oracle-ice-letter.html", "Oracle", "ICE", "400"},
		{"/pages/oracle-ice-letter-grows.html", "Oracle", "ICE", "900"},
		{"/pages/ibm-police-walkout.html", "IBM", "Police", "250"},
	}
	for _, k := range want {
		if !got[k] {
			t.Errorf("missing mention %+v in %v", k, got)
		}
	}
	if len(rows) != len(want)+1 {
		t.Errorf("got %d mention rows, want %d (the award story has none; the syndicated copy is a row marked copy_of): %v", len(rows), len(want)+1, got)
	}
	copies := 0
	for _, r := range rows {
		if r["copy_of"] != "" {
			copies++
			if !strings.HasSuffix(r["article_url"], "/partner/oracle-ice-letter-copy.html") || !strings.HasSuffix(r["copy_of"], "/pages/oracle-ice-letter.html") || r["signatures"] != "400" {
				t.Errorf("copy row: got %v", r)
			}
		}
	}
	if copies != 1 {
		t.Errorf("got %d rows marked copy_of, want 1", copies)
	}
	for _, r := range rows {
		if strings.Contains(r["article_url"], "utm_") || strings.Contains(r["article_url"], "#") {
			t.Errorf("article URL not canonical: %s", r["article_url"])
		}
		if r["evidence"] == "" || r["published"] == "" {
			t.Errorf("row without evidence or date: %v", r)
		}
	}

	code, out, errs = runCmd(t, "export", "--data", data, "--format", "json", "--level", "campaigns", "--company", "oracle")
	if code != 0 {
		t.Fatalf("export json exited %d: %s", code, errs)
	}
	var camps []map[string]any
	if err := json.Unmarshal([]byte(out), &camps); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if len(camps) != 1 || camps[0]["campaign_id"] != "oracle-ice" || camps[0]["signatures"] != float64(900) ||
		camps[0]["articles"] != float64(2) || camps[0]["count_history"] == nil {
		t.Errorf("campaigns: got %v", camps)
	}

	// A second crawl of unchanged feeds stores nothing new.
	code, out, errs = runCmd(t, "crawl", "--data", data, "--feeds", feeds, "--allow-private", "--delay", "5ms")
	if code != 0 {
		t.Fatalf("second crawl exited %d: %s", code, errs)
	}
	if !regexp.MustCompile(`\b0 new\b`).MatchString(out) {
		t.Errorf("second crawl summary: %q, want 0 new articles", out)
	}

	// Reindex rebuilds the same catalogue from the store.
	_, before, _ := runCmd(t, "export", "--data", data, "--level", "campaigns")
	code, out, errs = runCmd(t, "reindex", "--data", data)
	if code != 0 || !strings.Contains(out, "reindexed") {
		t.Fatalf("reindex exited %d: %s %s", code, out, errs)
	}
	_, after, _ := runCmd(t, "export", "--data", data, "--level", "campaigns")
	if before != after {
		t.Errorf("campaigns differ after reindex:\n%s\n---\n%s", before, after)
	}
}

func TestCrawlFatalErrors(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")

	code, _, errs := runCmd(t, "crawl", "--data", data, "--feeds", filepath.Join(dir, "missing.opml"))
	if code != 1 || !strings.Contains(errs, "missing.opml") {
		t.Errorf("missing feed list: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(data); !os.IsNotExist(err) {
		t.Errorf("a bad feed list touched the data dir: %v", err)
	}

	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("https://ok.example/feed.xml\nthis is not a url\n"), 0o644)
	code, _, errs = runCmd(t, "crawl", "--data", data, "--feeds", bad)
	if code != 1 || !strings.Contains(errs, "bad.txt") || !strings.Contains(errs, "2") {
		t.Errorf("malformed feed list: exit %d, stderr %q (want the file and line named)", code, errs)
	}

	file := filepath.Join(dir, "not-a-dir")
	os.WriteFile(file, []byte("x"), 0o644)
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("https://ok.example/feed.xml\n"), 0o644)
	code, _, errs = runCmd(t, "crawl", "--data", file, "--feeds", good)
	if code != 1 || !strings.Contains(errs, "not-a-dir") {
		t.Errorf("unwritable data dir: exit %d, stderr %q", code, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export", "--format", "xml"}, 2, `--format "xml"`},
		{[]string{"export", "--level", "rows"}, 2, `--level "rows"`},
		{[]string{"export", "--q", `"unclosed`}, 2, "unterminated quote"},
		{[]string{"export", "--nope"}, 2, "flag provided but not defined"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"feeds", "add"}, 2, "want 1 argument"},
		{[]string{"serve", "--base-url", "example.org"}, 2, "--base-url"},
		{[]string{}, 2, "Commands:"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, errs := runCmd(t, append(tt.args, "--data", t.TempDir())...)
			if len(tt.args) == 0 {
				code, _, errs = runCmd(t)
			}
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := runCmd(t, "help")
	for _, c := range []string{"serve", "crawl", "export", "reindex", "feeds"} {
		if code != 0 || !strings.Contains(out, c) {
			t.Errorf("help: exit %d, missing %q:\n%s", code, c, out)
		}
	}
	flags := map[string][]string{
		"crawl":   {"-data", "-feeds", "-allow-private", "-delay", "-timeout"},
		"serve":   {"-data", "-addr", "-feeds", "-every", "-allow-private", "-no-crawl", "-base-url"},
		"export":  {"-data", "-format", "-level", "-company", "-agency", "-q", "-action", "-year"},
		"reindex": {"-data"},
		"feeds":   {"-data", "import", "export"},
	}
	for cmd, fs := range flags {
		code, _, errs := runCmd(t, cmd, "-h")
		if code != 0 {
			t.Errorf("%s -h: exit %d", cmd, code)
		}
		for _, f := range fs {
			if !strings.Contains(errs, f) {
				t.Errorf("%s -h does not explain %s:\n%s", cmd, f, errs)
			}
		}
	}
}

func TestFeedsCommand(t *testing.T) {
	data := t.TempDir()
	code, out, errs := runCmd(t, "feeds", "list", "--data", data)
	if code != 0 || !strings.Contains(out, "STATUS") || strings.Count(out, "\n") < 3 {
		t.Fatalf("list on a new data dir should show the seeded default list: exit %d\n%s%s", code, out, errs)
	}
	seeded := strings.Count(out, "\n") - 1

	code, out, _ = runCmd(t, "feeds", "add", "https://feeds.example/tech.xml?utm_source=x", "--data", data, "--title", "Example Tech")
	if code != 0 || !strings.Contains(out, "added https://feeds.example/tech.xml") {
		t.Errorf("add: exit %d %q", code, out)
	}
	list := filepath.Join(t.TempDir(), "list.txt")
	os.WriteFile(list, []byte("# two more\nhttps://a.example/rss\nhttps://b.example/atom.xml\n"), 0o644)
	code, out, _ = runCmd(t, "feeds", "import", list, "--data", data)
	if code != 0 || !strings.Contains(out, "2 new") {
		t.Errorf("import: exit %d %q", code, out)
	}
	code, out, _ = runCmd(t, "feeds", "export", "--data", data)
	if code != 0 || !strings.Contains(out, `xmlUrl="https://a.example/rss"`) || !strings.Contains(out, "<opml") {
		t.Errorf("export: exit %d\n%s", code, out)
	}
	// The exported OPML imports back into a fresh data dir with every feed.
	opml := filepath.Join(t.TempDir(), "export.opml")
	os.WriteFile(opml, []byte(out), 0o644)
	data2 := t.TempDir()
	code, out, _ = runCmd(t, "feeds", "import", opml, "--data", data2)
	if code != 0 || !strings.Contains(out, ": "+itoa(seeded+3)+" feeds") {
		t.Errorf("round trip: exit %d %q, want %d feeds", code, out, seeded+3)
	}
	code, out, _ = runCmd(t, "feeds", "remove", "https://a.example/rss", "--data", data)
	if code != 0 || !strings.Contains(out, "removed") {
		t.Errorf("remove: exit %d %q", code, out)
	}
	code, _, errs = runCmd(t, "feeds", "remove", "https://a.example/rss", "--data", data)
	if code != 1 || !strings.Contains(errs, "not in the list") {
		t.Errorf("remove twice: exit %d %q", code, errs)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeSampleCorpus(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	ctx, cancel := context.WithCancel(context.Background())
	var errs syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--no-crawl"}, strings.NewReader(""), io.Discard, &errs)
	}()
	addr := regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+)`)
	var base string
	for i := 0; i < 200 && base == ""; i++ {
		if m := addr.FindStringSubmatch(errs.String()); m != nil {
			base = m[1]
		}
		time.Sleep(50 * time.Millisecond)
	}
	if base == "" {
		cancel()
		t.Fatalf("serve did not log its address:\n%s", errs.String())
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/")
	if code != 200 || !strings.Contains(body, "Salesforce") || !strings.Contains(body, "Google") {
		t.Errorf("home page: %d, sample campaigns missing", code)
	}
	code, body = get("/campaign/salesforce-cbp")
	if code != 200 || !strings.Contains(body, "650") {
		t.Errorf("sample campaign page: %d", code)
	}
	code, body = get("/export.csv?level=mentions")
	if code != 200 || !strings.Contains(body, "sample.undersigned.invalid") {
		t.Errorf("export: %d", code)
	}
	code, body = get("/sample/github-ice-letter.html")
	if code != 200 || !strings.Contains(body, "GitHub") {
		t.Errorf("sample page: %d", code)
	}
	cancel()
	select {
	case c := <-done:
		if c != 0 {
			t.Errorf("serve exited %d:\n%s", c, errs.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(errs.String(), "ingested the sample corpus") {
		t.Errorf("no sample ingestion logged:\n%s", errs.String())
	}
	// A second start does not ingest the sample again.
	ctx2, cancel2 := context.WithCancel(context.Background())
	var errs2 syncBuffer
	go func() {
		done <- run(ctx2, []string{"serve", "--data", data, "--addr", "127.0.0.1:0", "--no-crawl"}, strings.NewReader(""), io.Discard, &errs2)
	}()
	for i := 0; i < 200 && !strings.Contains(errs2.String(), "url="); i++ {
		time.Sleep(50 * time.Millisecond)
	}
	cancel2()
	<-done
	if strings.Contains(errs2.String(), "ingested the sample corpus") {
		t.Errorf("sample ingested twice:\n%s", errs2.String())
	}
	sc := bufio.NewScanner(strings.NewReader(errs.String()))
	for sc.Scan() {
		if strings.Contains(sc.Text(), "level=ERROR") {
			t.Errorf("error logged: %s", sc.Text())
		}
	}
}
