package crawler

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"undersigned/index"
)

// latin1 encodes s in ISO-8859-1, w1252 in windows-1252.
func latin1(t *testing.T, s string) string { return encode(t, charmap.ISO8859_1, s) }
func w1252(t *testing.T, s string) string  { return encode(t, charmap.Windows1252, s) }

func encode(t *testing.T, enc *charmap.Charmap, s string) string {
	t.Helper()
	b, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A feed's charset is read from its XML declaration, else from the HTTP
// Content-Type, else sniffed.
func TestFeedCharsets(t *testing.T) {
	const title = "Grève chez Café Müller"
	rss := func(decl, title string) string {
		return decl + `<rss version="2.0"><channel><title>` + title + `</title>` +
			`<item><title>` + title + `</title><link>https://news.example/a</link></item></channel></rss>`
	}
	const curly = "“Walkout” at Zoë’s — day 2"
	tests := []struct {
		name, contentType, body, want string
	}{
		{"header only", "application/rss+xml; charset=iso-8859-1",
			latin1(t, rss(`<?xml version="1.0"?>`, title)), title},
		{"header only, no declaration at all", "text/xml; charset=ISO-8859-1",
			latin1(t, rss("", title)), title},
		{"declaration only, windows-1252", "application/rss+xml",
			w1252(t, rss(`<?xml version="1.0" encoding="windows-1252"?>`, curly)), curly},
		{"both", "application/rss+xml; charset=iso-8859-1",
			latin1(t, rss(`<?xml version="1.0" encoding="ISO-8859-1"?>`, title)), title},
		{"declaration wins over the header", "application/rss+xml; charset=utf-8",
			latin1(t, rss(`<?xml version='1.0' encoding='iso-8859-1'?>`, title)), title},
		{"declared utf-8 but not, header latin-1", "application/rss+xml; charset=iso-8859-1",
			latin1(t, rss(`<?xml version="1.0" encoding="utf-8"?>`, title)), title},
		{"undeclared and not utf-8", "application/rss+xml",
			w1252(t, rss(`<?xml version="1.0"?>`, curly)), curly},
		{"a latin-1 server default on a utf-8 feed", "application/rss+xml; charset=iso-8859-1",
			rss(`<?xml version="1.0"?>`, curly), curly},
		{"utf-8 with a byte-order mark", "application/rss+xml",
			"\xef\xbb\xbf" + rss(`<?xml version="1.0" encoding="utf-8"?>`, curly), curly},
		{"JSON Feed in latin-1", "application/feed+json; charset=iso-8859-1",
			latin1(t, `{"version":"https://jsonfeed.org/version/1.1","title":"`+title+`","items":[{"id":"1","title":"`+title+`","url":"https://news.example/a"}]}`), title},
	}
	s := newSite(t)
	c := newTestCrawler(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := "/" + strings.ReplaceAll(tt.name, " ", "-")
			s.handle(p, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write([]byte(tt.body))
			})
			ff := c.fetchFeed(context.Background(), index.Feed{URL: s.URL + p})
			if ff.err != nil {
				t.Fatal(ff.err)
			}
			if ff.title != tt.want || len(ff.items) != 1 || ff.items[0].title != tt.want {
				t.Errorf("got feed title %q, items %+v, want %q", ff.title, ff.items, tt.want)
			}
		})
	}
}

// Item links are resolved against the feed's URL (after redirects) or an
// Atom xml:base; an item without a link takes its permalink GUID, and one
// with neither is skipped.
func TestFeedItemLinks(t *testing.T) {
	s := newSite(t)
	s.handle("/moved-rss", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/sub/rss.xml", http.StatusFound)
	})
	s.handle("/sub/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		serveBody(w, r, "application/rss+xml", []byte(`<rss version="2.0"><channel><title>R</title>
<item><title>Relative</title><link>story.html</link></item>
<item><title>Rooted</title><link>/pages/nodate.html?utm_source=rss</link></item>
<item><title>GUID only</title><guid isPermaLink="true">https://news.example/guid-story</guid></item>
<item><title>No link</title><guid isPermaLink="false">tag:news.example,2024:1</guid></item>
<item><title>Click wrapper</title><link>https://www.google.com/url?url=https://news.example/wrapped&amp;sa=t</link></item>
</channel></rss>`))
	})
	s.handle("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		serveBody(w, r, "application/atom+xml", []byte(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://other.example/news/"><title>A</title><id>a</id><updated>2024-01-01T00:00:00Z</updated>
<entry><title>Based</title><id>1</id><updated>2024-01-01T00:00:00Z</updated><link href="2024/letter.html"/></entry>
<entry xml:base="/archive/"><title>Rebased</title><id>2</id><updated>2024-01-01T00:00:00Z</updated><link rel="alternate" href="walkout.html"/></entry>
<entry><title>No link</title><id>urn:uuid:3</id><updated>2024-01-01T00:00:00Z</updated></entry>
</feed>`))
	})
	c := newTestCrawler(nil)
	tests := []struct {
		path string
		want []string
	}{
		{"/moved-rss", []string{
			s.URL + "/sub/story.html",
			s.URL + "/pages/nodate.html?utm_source=rss",
			"https://news.example/guid-story",
			"",
			"https://news.example/wrapped",
		}},
		{"/atom.xml", []string{
			"https://other.example/news/2024/letter.html",
			"https://other.example/archive/walkout.html",
			"",
		}},
	}
	for _, tt := range tests {
		ff := c.fetchFeed(context.Background(), index.Feed{URL: s.URL + tt.path})
		if ff.err != nil {
			t.Fatalf("%s: %v", tt.path, ff.err)
		}
		var got []string
		for _, it := range ff.items {
			got = append(got, it.link)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: got links\n%s\nwant\n%s", tt.path, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}

	// In a crawl, the item without a link is seen but not fetched.
	st := newMemStore()
	c = newTestCrawler(st)
	sum, err := c.Crawl(context.Background(), []string{s.URL + "/moved-rss"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.ItemsSeen != 5 || s.count("/pages/nodate.html") != 1 {
		t.Errorf("got %s and %d fetches of the rooted link, want 5 items seen and 1 fetch", sum, s.count("/pages/nodate.html"))
	}
}

// An empty feed body says so.
func TestFeedEmptyBody(t *testing.T) {
	s := newSite(t)
	s.handle("/empty.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("\n  \n"))
	})
	ff := newTestCrawler(nil).fetchFeed(context.Background(), index.Feed{URL: s.URL + "/empty.xml"})
	if !errors.Is(ff.err, ErrBadFeed) || failureReason(ff.err) != "empty body" {
		t.Errorf("got %v, want empty body", ff.err)
	}
}
