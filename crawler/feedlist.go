package crawler

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// FeedEntry is one feed of a feed list.
type FeedEntry struct {
	URL   string
	Title string
}

//go:embed defaults.opml
var defaultsOPML []byte

// DefaultFeeds returns the curated default feed list (embedded
// defaults.opml): news searches for tech workers' letters, petitions and
// walkouts, and the technology and labour sections of outlets that cover
// them.
func DefaultFeeds() []FeedEntry {
	feeds, err := ReadFeedList(bytes.NewReader(defaultsOPML), "defaults.opml")
	if err != nil {
		panic(err) // tested: the embedded list is valid
	}
	return feeds
}

// ReadFeedList reads a feed list: OPML 2.0 (every outline's xmlUrl, in
// nested outlines too, with its title) or plain text (one URL a line; blank
// lines and lines starting with # are skipped, and so is a "# comment" after
// a URL). name is used in errors, which say what was wrong and where: the
// line of a plain-text entry that is not an http(s) URL, the XML error of a
// broken OPML file. A URL's scheme is written in lower case (HTTP:// is
// http://). A list with no feeds is an error; a feed listed twice is kept
// once.
func ReadFeedList(r io.Reader, name string) ([]FeedEntry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("crawler: read feed list %s: %w", name, err)
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	var feeds []FeedEntry
	if bytes.HasPrefix(trimmed, []byte("<")) {
		feeds, err = readOPML(data, name)
	} else {
		feeds, err = readPlainList(data, name)
	}
	if err != nil {
		return nil, err
	}
	if len(feeds) == 0 {
		return nil, fmt.Errorf("crawler: feed list %s: no feed URLs in it", name)
	}
	return feeds, nil
}

// opmlOutline is an OPML outline with its attributes kept raw, so that
// xmlUrl is found whatever its case (xmlURL, xmlurl are seen in the wild).
type opmlOutline struct {
	Attrs    []xml.Attr    `xml:",any,attr"`
	Outlines []opmlOutline `xml:"outline"`
}

func (o *opmlOutline) attr(name string) string {
	for _, a := range o.Attrs {
		if strings.EqualFold(a.Name.Local, name) {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Body    []opmlOutline `xml:"body>outline"`
}

func readOPML(data []byte, name string) ([]FeedEntry, error) {
	var doc opmlDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	if err := dec.Decode(&doc); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("crawler: feed list %s: invalid OPML: %w", name, err)
		}
		return nil, fmt.Errorf("crawler: feed list %s: invalid OPML (line %d): %w", name, lineAt(data, dec.InputOffset()), err)
	}
	var feeds []FeedEntry
	seen := map[string]bool{}
	var walk func(os []opmlOutline) error
	walk = func(os []opmlOutline) error {
		for i := range os {
			o := &os[i]
			if u := lowerScheme(o.attr("xmlUrl")); u != "" {
				if err := checkFeedURL(u); err != nil {
					return fmt.Errorf("crawler: feed list %s: outline %q: %w", name, outlineName(o), err)
				}
				if !seen[u] {
					seen[u] = true
					title := o.attr("title")
					if title == "" {
						title = o.attr("text")
					}
					feeds = append(feeds, FeedEntry{URL: u, Title: title})
				}
			}
			if err := walk(o.Outlines); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(doc.Body); err != nil {
		return nil, err
	}
	return feeds, nil
}

func outlineName(o *opmlOutline) string {
	for _, a := range []string{"title", "text", "xmlUrl"} {
		if v := o.attr(a); v != "" {
			return v
		}
	}
	return "(untitled)"
}

func readPlainList(data []byte, name string) ([]FeedEntry, error) {
	var feeds []FeedEntry
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		line = lowerScheme(line)
		if err := checkFeedURL(line); err != nil {
			return nil, fmt.Errorf("crawler: feed list %s:%d: %w", name, n, err)
		}
		if !seen[line] {
			seen[line] = true
			feeds = append(feeds, FeedEntry{URL: line})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("crawler: read feed list %s: %w", name, err)
	}
	return feeds, nil
}

// checkFeedURL accepts absolute http and https URLs only.
func checkFeedURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || strings.ContainsAny(s, " \t") {
		return fmt.Errorf("not a URL: %q", s)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return fmt.Errorf("not an http or https URL: %q", s)
	}
	return nil
}

// WriteOPML writes feeds as an OPML 2.0 document titled title, one rss
// outline per feed.
func WriteOPML(w io.Writer, title string, feeds []FeedEntry) error {
	type outline struct {
		Type   string `xml:"type,attr"`
		Text   string `xml:"text,attr"`
		Title  string `xml:"title,attr,omitempty"`
		XMLURL string `xml:"xmlUrl,attr"`
	}
	type doc struct {
		XMLName xml.Name  `xml:"opml"`
		Version string    `xml:"version,attr"`
		Title   string    `xml:"head>title"`
		Body    []outline `xml:"body>outline"`
	}
	d := doc{Version: "2.0", Title: title}
	for _, f := range feeds {
		text := f.Title
		if text == "" {
			text = f.URL
		}
		d.Body = append(d.Body, outline{Type: "rss", Text: text, Title: f.Title, XMLURL: f.URL})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("crawler: write OPML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("crawler: write OPML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("crawler: write OPML: %w", err)
	}
	return nil
}
