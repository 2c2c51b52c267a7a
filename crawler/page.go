package crawler

import (
	"context"
	"errors"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/gocolly/colly/v2"
)

// ErrNotHTML is returned (wrapped) for an article link that answers with
// something other than an HTML page (a PDF, an image, a feed).
var ErrNotHTML = errors.New("crawler: not an HTML page")

// ErrAggregator is returned (wrapped) for an article link that ends on a
// news aggregator's own page (a Google News link whose story could not be
// resolved) rather than on the story.
var ErrAggregator = errors.New("crawler: link ends on an aggregator page, not the story")

// aggregatorHosts serve pages that stand for a story elsewhere.
var aggregatorHosts = map[string]bool{"news.google.com": true}

// page is a fetched article page, body undecoded.
type page struct {
	finalURL    string // after redirects
	contentType string // as the server declared it, charset included
	body        []byte
}

// fetchPage fetches an article page with colly, through the crawler's client
// (so robots.txt, politeness, the address check, timeouts and the size cap
// all apply), retrying as withRetry allows.
func (c *Crawler) fetchPage(ctx context.Context, link string) (*page, error) {
	var pg *page
	err := c.withRetry(ctx, link, func(ctx context.Context) error {
		p, err := c.visit(ctx, link)
		pg = p
		return err
	})
	if err != nil {
		return nil, failed("page", link, err)
	}
	return pg, nil
}

// visit makes one attempt at link with a fresh colly collector.
func (c *Crawler) visit(ctx context.Context, link string) (*page, error) {
	ctx, _ = withInfo(ctx, kindPage)
	col := colly.NewCollector(
		colly.StdlibContext(ctx),
		colly.UserAgent(c.UserAgent),
		colly.AllowURLRevisit(),
		colly.MaxBodySize(0), // the transport caps the decoded body
	)
	col.IgnoreRobotsTxt = true // robots.txt is checked by the transport, for every hop
	col.SetClient(c.httpClient())

	pg := &page{}
	var failed *colly.Response
	var notHTML string
	col.OnRequest(func(r *colly.Request) {
		r.Headers.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	})
	col.OnResponseHeaders(func(r *colly.Response) {
		ct := r.Headers.Get("Content-Type")
		pg.contentType = ct
		if r.StatusCode >= 200 && r.StatusCode < 300 && !htmlType(ct) {
			notHTML = ct
			r.Request.Abort()
			return
		}
		// colly would transcode the body from the header's charset on
		// its own; ExtractArticle does it with more care (header, then
		// meta, then sniffing), so colly gets the type without it.
		if mt, _, err := mime.ParseMediaType(ct); err == nil {
			r.Headers.Set("Content-Type", mt)
		}
	})
	col.OnResponse(func(r *colly.Response) {
		pg.body = r.Body
		pg.finalURL = r.Request.URL.String()
	})
	col.OnError(func(r *colly.Response, err error) {
		if r != nil && r.StatusCode != 0 {
			failed = r
		}
	})
	err := col.Visit(link)
	switch {
	case notHTML != "":
		return nil, kindErrorf(ErrNotHTML, nil, "not an HTML page (Content-Type %s)", notHTML)
	case failed != nil && (failed.StatusCode < 200 || failed.StatusCode >= 300):
		h := http.Header{}
		if failed.Headers != nil {
			h = *failed.Headers
		}
		return nil, &statusError{code: failed.StatusCode, header: h}
	case err != nil:
		return nil, err
	case pg.finalURL == "":
		return nil, errors.New("no response")
	}
	if u, err := url.Parse(pg.finalURL); err == nil && aggregatorHosts[strings.ToLower(u.Hostname())] {
		return nil, kindErrorf(ErrAggregator, nil, "link ends on an aggregator page (%s), not the story", u.Hostname())
	}
	return pg, nil
}

// htmlType reports whether a Content-Type may be an HTML page. A missing
// or generic type is given the benefit of the doubt.
func htmlType(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return true
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream":
		return true
	}
	return strings.HasSuffix(mt, "+html")
}
