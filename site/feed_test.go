package site

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"undersigned/index"
)

// parseFeed parses a feed back with gofeed and checks that XML feeds are
// well-formed XML to a strict decoder.
func parseFeed(t *testing.T, h http.Handler, target string) *gofeed.Feed {
	t.Helper()
	rec := mustGet(t, h, target)
	body := rec.Body.Bytes()
	if !strings.Contains(rec.Header().Get("Content-Type"), "json") {
		d := xml.NewDecoder(bytes.NewReader(body))
		d.Strict = true
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: not well-formed XML: %v", target, err)
			}
		}
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: gofeed: %v", target, err)
	}
	return f
}

func guids(f *gofeed.Feed) []string {
	var out []string
	for _, it := range f.Items {
		out = append(out, it.GUID)
	}
	return out
}

func TestFeedsParseBack(t *testing.T) {
	h := shared(t)
	formats := []struct {
		path     string
		feedType string
		version  string
	}{
		{"/feed.xml", "rss", "2.0"},
		{"/feed.atom", "atom", "1.0"},
		{"/feed.json", "json", "https://jsonfeed.org/version/1.1"},
	}
	var first []string
	for _, ff := range formats {
		t.Run(ff.path, func(t *testing.T) {
			f := parseFeed(t, h, ff.path)
			if f.FeedType != ff.feedType || f.FeedVersion != ff.version {
				t.Errorf("type %s %s, want %s %s", f.FeedType, f.FeedVersion, ff.feedType, ff.version)
			}
			if !strings.HasPrefix(f.Title, "undersigned") {
				t.Errorf("title %q", f.Title)
			}
			// Eight events: six new campaigns, a count that grew and a
			// further report (Palantir and ICE, 20 August 2019).
			if len(f.Items) != 8 {
				t.Fatalf("%d items, want 8: %q", len(f.Items), guids(f))
			}
			ids := guids(f)
			for i, it := range f.Items {
				if !strings.HasPrefix(it.GUID, "urn:undersigned:event:") {
					t.Errorf("item %d: id %q", i, it.GUID)
				}
				if !strings.HasPrefix(it.Link, "http://example.com/campaign/") {
					t.Errorf("item %d: link %q, want its campaign page", i, it.Link)
				}
				if it.PublishedParsed == nil {
					t.Errorf("item %d: no date", i)
				} else if i > 0 && f.Items[i-1].PublishedParsed != nil && it.PublishedParsed.After(*f.Items[i-1].PublishedParsed) {
					t.Errorf("item %d is newer than item %d: not newest first", i, i-1)
				}
				if it.Title == "" || (it.Description == "" && it.Content == "") {
					t.Errorf("item %d: empty title or body", i)
				}
			}
			top := f.Items[0]
			if !strings.Contains(top.Title, "Palantir workers vs. ICE") || top.PublishedParsed.Format(time.DateOnly) != "2019-08-20" {
				t.Errorf("newest item: %q on %v", top.Title, top.PublishedParsed)
			}
			grew := slices.IndexFunc(f.Items, func(it *gofeed.Item) bool {
				return strings.Contains(it.Title, "the count grows to 200 (was 60)")
			})
			if grew < 0 {
				t.Errorf("no item for the count that grew: %q", ids)
			}
			// The same change has the same id in every request and format.
			if again := guids(parseFeed(t, h, ff.path)); !slices.Equal(again, ids) {
				t.Errorf("ids changed between requests: %q then %q", ids, again)
			}
			if first == nil {
				first = ids
			} else if !slices.Equal(first, ids) {
				t.Errorf("ids differ between formats: %q and %q", first, ids)
			}
		})
	}
}

func TestFeedsFilter(t *testing.T) {
	h := shared(t)
	f := parseFeed(t, h, "/feed.atom?company=Palantir")
	if len(f.Items) != 3 {
		t.Fatalf("company=Palantir: %d items, want 3", len(f.Items))
	}
	for _, it := range f.Items {
		if it.Link != "http://example.com/campaign/palantir-ice" {
			t.Errorf("company=Palantir: item links to %q", it.Link)
		}
	}
	if f.Link != "http://example.com/company/Palantir" {
		t.Errorf("company feed links to %q, want the company page", f.Link)
	}
	f = parseFeed(t, h, "/feed.xml?q=censored")
	if len(f.Items) != 1 || !strings.Contains(f.Items[0].Title, "Google workers vs. censorship") {
		t.Errorf("q=censored: %q", guids(f))
	}
	f = parseFeed(t, h, "/feed.json?campaign=palantir-ice")
	if len(f.Items) != 3 || f.Link != "http://example.com/campaign/palantir-ice" {
		t.Errorf("campaign=palantir-ice: %d items, link %q", len(f.Items), f.Link)
	}
	// A feed's items link to the source, on the site for sample articles.
	body := mustGet(t, h, "/feed.json?company=Palantir").Body.String()
	contains(t, "json feed", body, `"external_url": "https://wire.test/palantir-ice-200"`)
}

// TestFeedsStripControlCharacters checks a feed whose items carry text
// with characters XML 1.0 cannot hold (U+0001 and U+000B in the Amazon
// report): they are removed and every format still parses.
func TestFeedsStripControlCharacters(t *testing.T) {
	h := shared(t)
	for _, path := range []string{"/feed.xml?company=Amazon", "/feed.atom?company=Amazon", "/feed.json?company=Amazon", "/digest.xml?company=Amazon"} {
		raw := mustGet(t, h, path).Body.String()
		if strings.ContainsAny(raw, "\x01\x0b") {
			t.Errorf("%s: a control character reached the feed", path)
		}
		if strings.Contains(raw, `\u0001`) || strings.Contains(raw, `\u000b`) {
			t.Errorf("%s: an escaped control character reached the feed", path)
		}
		f := parseFeed(t, h, path)
		if len(f.Items) != 1 {
			t.Errorf("%s: %d items, want 1", path, len(f.Items))
		}
	}
	contains(t, "amazon rss", mustGet(t, h, "/feed.xml?company=Amazon").Body.String(), "More than 500 Amazon employees signed")
}

func TestXMLSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"tab\tline\nreturn\r", "tab\tline\nreturn\r"},
		{"a\x00b\x01c\x0bd\x1fe", "abcde"},
		{"del\x7f c1\u0085 ok", "del c1 ok"},
		{"noncharacters \uFFFE\uFFFF gone", "noncharacters  gone"},
		{"lone surrogate \xed\xa0\x80 gone", "lone surrogate  gone"},
		{"bad utf-8 \xff gone", "bad utf-8  gone"},
		{"accents é and emoji 😀 stay", "accents é and emoji 😀 stay"},
	}
	for _, tt := range tests {
		if got := xmlSafe(tt.in); got != tt.want {
			t.Errorf("xmlSafe(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJSONFeedVersion11(t *testing.T) {
	h := shared(t)
	var jf struct {
		Version string `json:"version"`
		Title   string `json:"title"`
		FeedURL string `json:"feed_url"`
		Authors []struct {
			Name string `json:"name"`
		} `json:"authors"`
		Author any `json:"author"`
		Items  []struct {
			ID            string `json:"id"`
			URL           string `json:"url"`
			ContentHTML   string `json:"content_html"`
			DatePublished string `json:"date_published"`
		} `json:"items"`
	}
	if err := json.Unmarshal(mustGet(t, h, "/feed.json?agency=ICE").Body.Bytes(), &jf); err != nil {
		t.Fatal(err)
	}
	if jf.Version != "https://jsonfeed.org/version/1.1" {
		t.Errorf("version %q", jf.Version)
	}
	if len(jf.Authors) != 1 || jf.Authors[0].Name != "undersigned" || jf.Author != nil {
		t.Errorf("authors %+v, author %v: want 1.1's authors only", jf.Authors, jf.Author)
	}
	if jf.FeedURL != "http://example.com/feed.json?agency=ICE" {
		t.Errorf("feed_url %q", jf.FeedURL)
	}
	for _, it := range jf.Items {
		if it.ID == "" || it.ContentHTML == "" {
			t.Errorf("item without id or content: %+v", it)
		}
		if _, err := time.Parse(time.RFC3339, it.DatePublished); err != nil {
			t.Errorf("date_published %q: %v", it.DatePublished, err)
		}
	}
}

func TestDigest(t *testing.T) {
	h := shared(t)
	for _, path := range []string{"/digest.xml", "/digest.atom", "/digest.json"} {
		f := parseFeed(t, h, path)
		// Seven weeks hold the eight events; the Palantir growth and its
		// report share a week.
		ids := guids(f)
		want := []string{"2019-W34", "2019-W26", "2019-W18", "2018-W42", "2018-W33", "2018-W28", "2018-W27"}
		if len(ids) != len(want) {
			t.Fatalf("%s: ids %q, want weeks %q", path, ids, want)
		}
		for i, w := range want {
			if ids[i] != "urn:undersigned:digest:"+w {
				t.Errorf("%s item %d: id %q, want week %s", path, i, ids[i], w)
			}
		}
		if !strings.Contains(f.Items[0].Title, "1 count grew, 1 further report") {
			t.Errorf("%s: first week titled %q", path, f.Items[0].Title)
		}
		if !strings.HasPrefix(f.Items[0].Title, "Week of 19 Aug to 25 Aug 2019") {
			t.Errorf("%s: first week titled %q", path, f.Items[0].Title)
		}
	}
}

// TestDigestLeavesOutTheWeekInProgress checks that a week still running is
// not summed up before it ends.
func TestDigestLeavesOutTheWeekInProgress(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	s := newTestServer(ix)
	s.Now = func() time.Time { return day(2019, 8, 21) } // the week of the Palantir report
	f := parseFeed(t, s.Handler(), "/digest.xml")
	for _, id := range guids(f) {
		if strings.HasSuffix(id, "2019-W34") {
			t.Errorf("the week in progress is in the digest: %q", guids(f))
		}
	}
}

func TestAutodiscovery(t *testing.T) {
	h := shared(t)
	tests := []struct{ page, query string }{
		{"/search?q=letter&agency=ICE&sort=newest&page=1", "?agency=ICE&amp;q=letter"},
		{"/company/Palantir", "?company=Palantir"},
		{"/agency/ICE", "?agency=ICE"},
		{"/campaign/palantir-ice", "?campaign=palantir-ice"},
		{"/", ""},
	}
	for _, tt := range tests {
		body := mustGet(t, h, tt.page).Body.String()
		for _, l := range []struct{ typ, path string }{
			{"application/rss+xml", "/feed.xml"}, {"application/atom+xml", "/feed.atom"}, {"application/feed+json", "/feed.json"},
			{"application/rss+xml", "/digest.xml"},
		} {
			link := `<link rel="alternate" type="` + l.typ + `" title="`
			hrefAttr := `href="` + l.path + tt.query + `">`
			i := strings.Index(body, link)
			found := false
			for i >= 0 {
				end := strings.Index(body[i:], ">")
				if strings.Contains(body[i:i+end+1], hrefAttr) {
					found = true
					break
				}
				next := strings.Index(body[i+1:], link)
				if next < 0 {
					break
				}
				i += 1 + next
			}
			if !found {
				t.Errorf("%s: no autodiscovery link %s %s", tt.page, l.typ, hrefAttr)
			}
			// And a visible link.
			contains(t, tt.page, body, `<a href="`+l.path+tt.query+`" type="`+l.typ+`"`)
		}
	}
}

// TestFeedsDateUndatedReports checks that a report without a date still
// gives every entry the date Atom requires.
func TestFeedsDateUndatedReports(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	_, err := ix.Put(context.Background(), &index.Article{URL: "https://undated.test/oracle", Title: "Oracle staff letter",
		Text: "More than 100 Oracle employees signed a letter asking the company to end its contract with Immigration and Customs Enforcement."})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	h := newTestServer(ix).Handler()
	for _, path := range []string{"/feed.atom?company=Oracle", "/feed.xml?company=Oracle", "/feed.json?company=Oracle"} {
		f := parseFeed(t, h, path)
		if len(f.Items) != 1 {
			t.Fatalf("%s: %d items, want 1", path, len(f.Items))
		}
		if it := f.Items[0]; it.PublishedParsed == nil && it.UpdatedParsed == nil {
			t.Errorf("%s: an entry without a date", path)
		}
	}
	contains(t, "campaign page", mustGet(t, h, "/campaign/oracle-ice").Body.String(), "undated")
}
