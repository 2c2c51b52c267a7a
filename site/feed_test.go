package site

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
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
			// Newest found first, dated when found (the day after it was
			// published), saying the source's own date.
			top := f.Items[0]
			if !strings.Contains(top.Title, "Palantir workers vs. ICE") || top.PublishedParsed.Format(time.DateOnly) != "2019-08-21" {
				t.Errorf("newest item: %q on %v, want the Palantir report found 2019-08-21", top.Title, top.PublishedParsed)
			}
			if body := top.Description + top.Content; !strings.Contains(body, "published 20 Aug 2019") {
				t.Errorf("newest item does not give its source's date: %q", body)
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

// rssDocument is what RSS 2.0 requires of a channel and what the site
// promises of every item (guid, link and pubDate).
type rssDocument struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Channel struct {
		Title string `xml:"title"`
		// Links are the channel's link and its atom:link to itself.
		Links []struct {
			XMLName xml.Name
			Text    string `xml:",chardata"`
		} `xml:"link"`
		Description string `xml:"description"`
		Items       []struct {
			Title       string `xml:"title"`
			Link        string `xml:"link"`
			Description string `xml:"description"`
			GUID        string `xml:"guid"`
			PubDate     string `xml:"pubDate"`
		} `xml:"item"`
	} `xml:"channel"`
}

// atomDocument is what RFC 4287 requires of a feed and its entries.
type atomDocument struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Href string `xml:"href,attr"`
		Rel  string `xml:"rel,attr"`
	} `xml:"link"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Links   []struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
		} `xml:"link"`
		Content string `xml:"content"`
	} `xml:"entry"`
}

// jsonFeedDocument is what JSON Feed 1.1 requires.
type jsonFeedDocument struct {
	Version string `json:"version"`
	Title   string `json:"title"`
	Items   []struct {
		ID            string `json:"id"`
		URL           string `json:"url"`
		ContentHTML   string `json:"content_html"`
		ContentText   string `json:"content_text"`
		DatePublished string `json:"date_published"`
	} `json:"items"`
}

// checkFeedValid decodes a feed strictly and checks the elements its
// format requires, and that its dates parse as its spec writes them:
// RFC 1123 with a numeric zone in RSS (RFC 822 with four-digit years),
// RFC 3339 in Atom and JSON Feed. It returns the number of items.
func checkFeedValid(t *testing.T, h http.Handler, target string) int {
	t.Helper()
	parseFeed(t, h, target) // well-formed, and gofeed reads it
	body := mustGet(t, h, target).Body.Bytes()
	switch {
	case strings.Contains(target, ".xml"):
		var d rssDocument
		if err := xml.Unmarshal(body, &d); err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		ch := d.Channel
		link := ""
		for _, l := range ch.Links {
			if l.XMLName.Space == "" {
				link = l.Text
			}
		}
		if d.Version != "2.0" || ch.Title == "" || link == "" || ch.Description == "" {
			t.Errorf("%s: rss version %q, channel title %q link %q description %q: all required", target, d.Version, ch.Title, link, ch.Description)
		}
		for i, it := range ch.Items {
			if it.GUID == "" || it.Link == "" || it.PubDate == "" || (it.Title == "" && it.Description == "") {
				t.Errorf("%s item %d: guid %q link %q pubDate %q title %q: want all", target, i, it.GUID, it.Link, it.PubDate, it.Title)
			}
			if _, err := time.Parse(time.RFC1123Z, it.PubDate); err != nil {
				t.Errorf("%s item %d: pubDate %q is not RFC 1123Z: %v", target, i, it.PubDate, err)
			}
		}
		return len(ch.Items)
	case strings.Contains(target, ".atom"):
		var d atomDocument
		if err := xml.Unmarshal(body, &d); err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		if d.ID == "" || d.Title == "" || len(d.Author) == 0 || d.Author[0].Name == "" {
			t.Errorf("%s: feed id %q title %q author %+v: all required", target, d.ID, d.Title, d.Author)
		}
		if _, err := time.Parse(time.RFC3339, d.Updated); err != nil {
			t.Errorf("%s: feed updated %q is not RFC 3339: %v", target, d.Updated, err)
		}
		if !slices.ContainsFunc(d.Links, func(l struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
		}) bool {
			return l.Rel == "self" && l.Href != ""
		}) {
			t.Errorf("%s: no rel=self link", target)
		}
		for i, e := range d.Entries {
			if e.ID == "" || e.Title == "" || len(e.Links) == 0 || e.Links[0].Href == "" || e.Content == "" {
				t.Errorf("%s entry %d: id %q title %q links %+v content %d bytes: want all", target, i, e.ID, e.Title, e.Links, len(e.Content))
			}
			if _, err := time.Parse(time.RFC3339, e.Updated); err != nil {
				t.Errorf("%s entry %d: updated %q is not RFC 3339: %v", target, i, e.Updated, err)
			}
		}
		return len(d.Entries)
	default:
		var d jsonFeedDocument
		if err := json.Unmarshal(body, &d); err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		if d.Version != "https://jsonfeed.org/version/1.1" || d.Title == "" || d.Items == nil {
			t.Errorf("%s: version %q title %q items %v: want version 1.1, a title and items", target, d.Version, d.Title, d.Items)
		}
		for i, it := range d.Items {
			if it.ID == "" || (it.URL == "" && it.ContentHTML == "" && it.ContentText == "") {
				t.Errorf("%s item %d: id %q url %q, content %d bytes: want an id and a url or content", target, i, it.ID, it.URL, len(it.ContentHTML))
			}
			if _, err := time.Parse(time.RFC3339, it.DatePublished); err != nil {
				t.Errorf("%s item %d: date_published %q is not RFC 3339: %v", target, i, it.DatePublished, err)
			}
		}
		return len(d.Items)
	}
}

// TestFeedsValid checks every feed, in every format and scope, for what
// its spec requires.
func TestFeedsValid(t *testing.T) {
	h := shared(t)
	for _, kind := range []string{"/feed", "/digest"} {
		for _, ext := range []string{".xml", ".atom", ".json"} {
			for _, scope := range []string{"", "?company=Palantir", "?campaign=palantir-ice", "?q=letter&agency=ICE", "?company=Nobody"} {
				target := kind + ext + scope
				t.Run(target, func(t *testing.T) {
					n := checkFeedValid(t, h, target)
					if n == 0 && scope != "?company=Nobody" {
						t.Errorf("%s: no items", target)
					}
				})
			}
		}
	}
}

// laterReports are found after the fixture's: an older Palantir report
// that turns up late (published April 2019, found February 2020), and a
// new one whose count grew and that reports the company's answer.
var laterReports = []*index.Article{
	{URL: "https://news.test/2019/04/palantir-early", Title: "Palantir staff quietly sign a letter on ICE", SiteName: "News Test",
		Published: day(2019, 4, 10), FetchedAt: day(2020, 2, 26),
		Text: "In early April, about 40 Palantir employees put their names to an internal letter objecting to the company's work for Immigration and Customs Enforcement.\n\nManagers met the organisers twice that month."},
	{URL: "https://wire.test/palantir-ice-renew", Title: "Palantir will not renew ICE contract",
		Published: day(2020, 2, 27), FetchedAt: day(2020, 2, 28),
		Text: "More than 300 Palantir employees signed a letter asking the company to end its contract with Immigration and Customs Enforcement.\n\nPalantir said on Thursday that it would not renew its contract with Immigration and Customs Enforcement."},
}

// putLaterReports adds laterReports to ix.
func putLaterReports(t *testing.T, ix *index.Index) {
	t.Helper()
	ctx := context.Background()
	for _, a := range laterReports {
		cp := *a
		if _, err := ix.Put(ctx, &cp); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

// jsonFeedItems returns a JSON Feed's items by id.
func jsonFeedItems(t *testing.T, h http.Handler, target string) (ids []string, byID map[string]map[string]any) {
	t.Helper()
	var f struct {
		Items []map[string]any `json:"items"`
	}
	if err := json.Unmarshal(mustGet(t, h, target).Body.Bytes(), &f); err != nil {
		t.Fatalf("%s: %v", target, err)
	}
	byID = map[string]map[string]any{}
	for _, it := range f.Items {
		id, _ := it["id"].(string)
		ids = append(ids, id)
		byID[id] = it
	}
	return ids, byID
}

// TestFeedItemsKeepTheirContent checks that an item tells its change as it
// was: when later reports arrive — a larger count, an older report found
// late — every item already published keeps its title, content and date,
// so a reader shows each change once; the new items say what they add.
func TestFeedItemsKeepTheirContent(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	h := newTestServer(ix).Handler()
	targets := []string{"/feed.json", "/feed.json?campaign=palantir-ice", "/feed.json?company=Palantir"}
	before := map[string]map[string]map[string]any{}
	for _, target := range targets {
		_, before[target] = jsonFeedItems(t, h, target)
	}
	putLaterReports(t, ix)
	for _, target := range targets {
		ids, after := jsonFeedItems(t, h, target)
		for id, old := range before[target] {
			now, ok := after[id]
			if !ok {
				t.Errorf("%s: item %s is gone", target, id)
				continue
			}
			for _, k := range []string{"title", "content_html", "summary", "date_published", "tags"} {
				if fmt.Sprint(now[k]) != fmt.Sprint(old[k]) {
					t.Errorf("%s: item %s changed its %s:\nwas  %v\nnow  %v", target, id, k, old[k], now[k])
				}
			}
		}
		if target == "/feed.json" {
			// Newest found first: the report found on 28 February, then
			// the old one found on 26 February.
			if len(ids) < 3 {
				t.Fatalf("%s: %d items", target, len(ids))
			}
			top, second, third := after[ids[0]], after[ids[1]], after[ids[2]]
			for _, it := range []map[string]any{top, second} {
				if it["date_published"] != "2020-02-28T12:00:00Z" {
					t.Errorf("%s: item %q dated %v, want when it was found", target, it["title"], it["date_published"])
				}
			}
			titles := fmt.Sprint(top["title"], " | ", second["title"])
			for _, want := range []string{"the count grows to 300 (was 200)", "Further report: Palantir workers vs. ICE — outcome: contract not renewed"} {
				if !strings.Contains(titles, want) {
					t.Errorf("%s: the newest items %q do not say %q", target, titles, want)
				}
			}
			if third["date_published"] != "2020-02-26T12:00:00Z" || !strings.HasPrefix(fmt.Sprint(third["title"]), "Further report: Palantir workers vs. ICE") ||
				!strings.Contains(fmt.Sprint(third["content_html"]), "published 10 Apr 2019; found by undersigned 26 Feb 2020") {
				t.Errorf("%s: the late-found report is item %v", target, third)
			}
		}
	}
}

// TestFeedOutcome checks that the item of a report that gives the
// company's answer says it.
func TestFeedOutcome(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	putLaterReports(t, ix)
	h := newTestServer(ix).Handler()
	body := mustGet(t, h, "/feed.xml?campaign=palantir-ice").Body.String()
	contains(t, "campaign feed", body, "outcome: contract not renewed",
		"It reports the company’s answer: contract not renewed.")
}

// TestDigestWeeksOfDiscovery checks that the digest sums up the weeks in
// which undersigned found reports: one found late lands in the week it was
// found, not a week long read, and only the weeks shown are read.
func TestDigestWeeksOfDiscovery(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	putLaterReports(t, ix)
	s := newTestServer(ix)
	h := s.Handler()
	f := parseFeed(t, h, "/digest.json")
	ids := guids(f)
	if len(ids) == 0 || ids[0] != "urn:undersigned:digest:2020-W09" {
		t.Fatalf("weeks %q, want 2020-W09 first", ids)
	}
	if slices.Contains(ids, "urn:undersigned:digest:2019-W15") {
		t.Errorf("the late report is in the week it was published: %q", ids)
	}
	top := f.Items[0]
	if !strings.HasPrefix(top.Title, "Week of 24 Feb to 1 Mar 2020: 1 count grew, 2 further reports") {
		t.Errorf("week 2020-W09 titled %q", top.Title)
	}
	// A line per campaign says what the week brought it.
	contains(t, "week 2020-W09", top.Content,
		`<a href="http://example.com/campaign/palantir-ice">Palantir workers vs. ICE</a>: the count grew to 300 (was 200); 2 further reports; outcome: contract not renewed</li>`)
	for _, it := range f.Items {
		if strings.Contains(it.Link, "#") {
			t.Errorf("digest item links to %q, an anchor no page has", it.Link)
		}
	}
	// DigestWeeks are the weeks before this one: none of the fixture's
	// 2019 reports is two weeks old.
	s.DigestWeeks = 2
	ids = guids(parseFeed(t, s.Handler(), "/digest.json"))
	if !slices.Equal(ids, []string{"urn:undersigned:digest:2020-W09"}) {
		t.Errorf("the last two weeks: %q, want only 2020-W09", ids)
	}
}

// TestDigestValidatorsFollowTheWeek checks that the digest's ETag and
// Last-Modified change when a week ends, since the digest then gains it,
// though the catalogue has not changed.
func TestDigestValidatorsFollowTheWeek(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	putLaterReports(t, ix)
	s := newTestServer(ix)
	now := day(2020, 2, 29) // Saturday, in 2020-W09
	s.Now = func() time.Time { return now }
	h := s.Handler()
	first := mustGet(t, h, "/digest.xml")
	etag := first.Header().Get("ETag")
	contains(t, "digest in 2020-W09", first.Body.String(), "2019-W34")
	lacks(t, "digest in 2020-W09", first.Body.String(), "2020-W09")
	now = day(2020, 3, 1) // Sunday: the same week
	if rec := get(t, h, "/digest.xml", "If-None-Match", etag); rec.Code != http.StatusNotModified {
		t.Errorf("same week: status %d, want 304", rec.Code)
	}
	now = day(2020, 3, 2) // Monday: 2020-W09 has ended
	rec := get(t, h, "/digest.xml", "If-None-Match", etag)
	if rec.Code != http.StatusOK || rec.Header().Get("ETag") == etag {
		t.Errorf("next week: status %d, ETag %q (was %q): want 200 and a new ETag", rec.Code, rec.Header().Get("ETag"), etag)
	}
	contains(t, "digest in 2020-W10", rec.Body.String(), "urn:undersigned:digest:2020-W09")
	// Last-Modified is when the catalogue last changed, or when the week
	// began if that is later. (The catalogue changed as this test ran, so
	// the clock is put after it.)
	now = time.Now().AddDate(1, 0, 0)
	lm := get(t, h, "/digest.xml").Header().Get("Last-Modified")
	if rec := get(t, h, "/digest.xml", "If-Modified-Since", lm); rec.Code != http.StatusNotModified {
		t.Errorf("same week, If-Modified-Since %s: status %d, want 304", lm, rec.Code)
	}
	now = now.AddDate(0, 0, 7)
	if rec := get(t, h, "/digest.xml", "If-Modified-Since", lm); rec.Code != http.StatusOK {
		t.Errorf("a week later, If-Modified-Since %s: status %d, want 200", lm, rec.Code)
	}
}

// TestDigestListsAtMostSomeCampaigns checks that a busy week's item lists
// the campaigns found newest first up to digestLines, and counts the rest.
func TestDigestListsAtMostSomeCampaigns(t *testing.T) {
	var evs []index.Event
	for i := range digestLines + 5 {
		found := day(2020, 2, 24).Add(time.Duration(i) * time.Hour)
		c := &index.Campaign{ID: fmt.Sprintf("co%02d-ice", i), Company: fmt.Sprintf("Co%02d", i), Agency: "ICE", Action: "letter",
			Sources: []index.Source{{URL: fmt.Sprintf("https://news.test/%d", i), Published: found, FoundAt: found}}}
		evs = append(evs, c.Events()...)
	}
	slices.Reverse(evs) // newest found first
	s := newTestServer(nil)
	items := s.digestItems("http://example.com", url.Values{}, evs, "2020-W10")
	if len(items) != 1 {
		t.Fatalf("%d items, want 1", len(items))
	}
	body := items[0].HTML
	if got := strings.Count(body, "<li><a "); got != digestLines {
		t.Errorf("%d campaigns listed, want %d", got, digestLines)
	}
	contains(t, "busy week", body, "Co34 workers vs. ICE</a>: new campaign (letter)", "<li>and 5 more campaigns: <a href=\"http://example.com/search\">")
	lacks(t, "busy week", body, "Co04 workers vs. ICE")
	if !strings.Contains(items[0].Title, "35 new campaigns") {
		t.Errorf("title %q", items[0].Title)
	}
}
