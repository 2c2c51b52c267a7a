package crawler

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"slices"
	"strings"
	"testing"
)

func TestReadFeedList(t *testing.T) {
	const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
<head><title>My feeds</title></head>
<body>
  <outline text="Tech" title="Tech">
    <outline type="rss" text="Wire" title="The Wire" xmlUrl="https://wire.example/feed.xml"/>
    <outline text="Deeper">
      <outline type="rss" text="Deep Feed" xmlURL="https://deep.example/rss"/>
    </outline>
  </outline>
  <outline type="rss" text="Top" xmlUrl="https://top.example/atom.xml?a=1&amp;b=2"/>
  <outline type="rss" text="Wire again" xmlUrl="https://wire.example/feed.xml"/>
  <outline text="A folder without feeds"/>
</body>
</opml>`
	const plain = "\ufeff# my feeds\n\nhttps://wire.example/feed.xml\n  https://deep.example/rss   # the deep one\nhttps://top.example/atom.xml?a=1&b=2\n"
	want := []FeedEntry{
		{URL: "https://wire.example/feed.xml", Title: "The Wire"},
		{URL: "https://deep.example/rss", Title: "Deep Feed"},
		{URL: "https://top.example/atom.xml?a=1&b=2", Title: "Top"},
	}
	got, err := ReadFeedList(strings.NewReader(opml), "feeds.opml")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("OPML: got %q, want %q", got, want)
	}
	got, err = ReadFeedList(strings.NewReader(plain), "feeds.txt")
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, f := range got {
		urls = append(urls, f.URL)
	}
	if want := []string{want[0].URL, want[1].URL, want[2].URL}; !slices.Equal(urls, want) {
		t.Errorf("plain: got %q, want %q", urls, want)
	}
}

func TestReadFeedListErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain non-URL line", "https://a.example/feed\n# fine\nnot a url\n", "crawler: feed list list.txt:3: not a URL: \"not a url\""},
		{"plain relative", "https://a.example/feed\n/feeds/x.xml\n", "list.txt:2: not an http or https URL: \"/feeds/x.xml\""},
		{"plain ftp", "ftp://a.example/feed\n", "list.txt:1: not an http or https URL"},
		{"empty", "# nothing here\n\n", "crawler: feed list list.txt: no feed URLs in it"},
		{"broken XML", "<opml version=\"2.0\"><body>\n<outline xmlUrl=\"https://a.example/f\">\n</body></opml>", "crawler: feed list list.txt: invalid OPML: XML syntax error on line 3"},
		{"not OPML", "<rss version=\"2.0\"><channel/></rss>", "crawler: feed list list.txt: invalid OPML"},
		{"bad xmlUrl", `<opml version="2.0"><body><outline text="Mine" xmlUrl="javascript:alert(1)"/></body></opml>`, `crawler: feed list list.txt: outline "Mine": not an http or https URL`},
		{"OPML without feeds", `<opml version="2.0"><body><outline text="Empty"/></body></opml>`, "no feed URLs in it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadFeedList(strings.NewReader(tt.in), "list.txt")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestWriteOPMLRoundTrip(t *testing.T) {
	feeds := []FeedEntry{
		{URL: "https://wire.example/feed.xml?a=1&b=2", Title: "Wire & Co <tech>"},
		{URL: "https://deep.example/rss", Title: ""},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "undersigned feeds", feeds); err != nil {
		t.Fatal(err)
	}
	// Valid XML, OPML 2.0, with its title.
	var doc struct {
		XMLName xml.Name `xml:"opml"`
		Version string   `xml:"version,attr"`
		Title   string   `xml:"head>title"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.String())
	}
	if doc.Version != "2.0" || doc.Title != "undersigned feeds" {
		t.Errorf("got version %q title %q", doc.Version, doc.Title)
	}
	got, err := ReadFeedList(&buf, "written.opml")
	if err != nil {
		t.Fatal(err)
	}
	want := []FeedEntry{feeds[0], {URL: feeds[1].URL, Title: feeds[1].URL}}
	if !slices.Equal(got, want) {
		t.Errorf("round trip: got %q, want %q", got, want)
	}
}

func TestDefaultFeeds(t *testing.T) {
	feeds := DefaultFeeds()
	if len(feeds) < 20 {
		t.Fatalf("got %d default feeds, want at least 20", len(feeds))
	}
	hosts := map[string]int{}
	for _, f := range feeds {
		u, err := url.Parse(f.URL)
		if err != nil || u.Scheme != "https" || f.Title == "" {
			t.Errorf("default feed %+v: want an https URL with a title", f)
			continue
		}
		hosts[u.Host]++
	}
	for _, h := range []string{"news.google.com", "www.bing.com", "www.theverge.com", "techcrunch.com", "www.theguardian.com", "labornotes.org"} {
		if hosts[h] == 0 {
			t.Errorf("no default feed on %s", h)
		}
	}
}
