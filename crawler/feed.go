package crawler

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"undersigned/index"
)

// ErrBadFeed is returned (wrapped) for a feed body that is not a well-formed
// RSS, Atom or JSON Feed document.
var ErrBadFeed = errors.New("crawler: malformed feed")

// feedItem is one entry of a feed, as the crawler uses it.
type feedItem struct {
	link      string // absolute; a news-search click redirector unwrapped
	title     string
	published time.Time
	updated   time.Time
}

// stamp is the item's "last changed" time: its updated date, else its
// published date. A newer stamp than the stored one means fetch again.
func (it feedItem) stamp() time.Time {
	if !it.updated.IsZero() {
		return it.updated
	}
	return it.published
}

// feedFetch is the outcome of fetching one feed.
type feedFetch struct {
	url         string // the URL fetched
	movedTo     string // where a permanent redirect (301/308) moved it, or ""
	status      int
	notModified bool
	etag        string
	modified    string
	title       string
	items       []feedItem
	err         error
}

// fetchFeed fetches and parses the feed f, conditionally on its stored
// validators.
func (c *Crawler) fetchFeed(ctx context.Context, f index.Feed) *feedFetch {
	ff := &feedFetch{url: f.URL}
	var data []byte
	var final *url.URL
	var contentType string
	err := c.withRetry(ctx, f.URL, func(ctx context.Context) error {
		ctx, info := withInfo(ctx, kindFeed)
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
		if err != nil {
			return err
		}
		req.Header.Set("User-Agent", c.UserAgent)
		req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
		if f.ETag != "" {
			req.Header.Set("If-None-Match", f.ETag)
		}
		if f.LastModified != "" {
			req.Header.Set("If-Modified-Since", f.LastModified)
		}
		res, err := c.httpClient().Do(req)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		ff.status = res.StatusCode
		switch {
		case res.StatusCode == http.StatusNotModified:
			ff.notModified = true
		case res.StatusCode >= 200 && res.StatusCode < 300:
			if data, err = io.ReadAll(res.Body); err != nil {
				return err
			}
		default:
			return newStatusError(res)
		}
		final = res.Request.URL
		contentType = res.Header.Get("Content-Type")
		ff.etag = res.Header.Get("ETag")
		ff.modified = res.Header.Get("Last-Modified")
		ff.movedTo = permanentTarget(info)
		return nil
	})
	if err != nil {
		ff.err = failed("feed", f.URL, err)
		return ff
	}
	if ff.notModified {
		return ff
	}
	if len(bytes.TrimSpace(data)) == 0 {
		ff.err = failed("feed", f.URL, &badFeedError{"empty body"})
		return ff
	}
	data = feedUTF8(data, contentType)
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		ff.err = failed("feed", f.URL, parseError(data, err))
		return ff
	}
	ff.title = strings.TrimSpace(feed.Title)
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		item := feedItem{link: itemLink(it, final), title: strings.TrimSpace(it.Title)}
		item.published = keepOffset(it.Published, it.PublishedParsed)
		item.updated = keepOffset(it.Updated, it.UpdatedParsed)
		ff.items = append(ff.items, item)
	}
	return ff
}

// keepOffset returns the parsed time of an item's date in the offset the
// feed wrote it in (gofeed converts RSS dates to UTC), so that its calendar
// date is the feed's.
func keepOffset(raw string, parsed *time.Time) time.Time {
	if parsed == nil {
		return time.Time{}
	}
	if t, ok := parseDate(raw); ok && t.Equal(*parsed) {
		return t
	}
	return *parsed
}

// permanentTarget returns where the leading run of permanent redirects
// (301, 308) of a request led, or "" if its first hop was not permanent.
// A temporary redirect (302, 303, 307) ends the run: the feed stays put.
func permanentTarget(info *reqInfo) string {
	info.mu.Lock()
	defer info.mu.Unlock()
	target := ""
	for _, h := range info.hops {
		if h.status != http.StatusMovedPermanently && h.status != http.StatusPermanentRedirect {
			break
		}
		target = h.to
	}
	return target
}

// itemLink returns an item's article URL: its link, else a permalink GUID,
// resolved against the feed's URL, with click redirectors unwrapped.
func itemLink(it *gofeed.Item, base *url.URL) string {
	link := strings.TrimSpace(it.Link)
	if link == "" {
		for _, l := range it.Links {
			if l = strings.TrimSpace(l); l != "" {
				link = l
				break
			}
		}
	}
	if link == "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
		link = strings.TrimSpace(it.GUID)
	}
	if link == "" {
		return ""
	}
	if base != nil {
		if u, err := base.Parse(link); err == nil {
			link = u.String()
		}
	}
	return unwrapRedirector(link)
}

// badFeedError says what is wrong with a feed body.
type badFeedError struct{ msg string }

func (e *badFeedError) Error() string        { return e.msg }
func (e *badFeedError) Is(target error) bool { return target == ErrBadFeed }

// parseError turns gofeed's error into one that says what was wrong and,
// where it can, on which line.
func parseError(data []byte, err error) error {
	var synErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected):
		return &badFeedError{fmt.Sprintf("not an RSS, Atom or JSON feed (it starts %q)", snippet(data))}
	case errors.As(err, &synErr):
		return &badFeedError{fmt.Sprintf("malformed JSON on line %d: %v", lineAt(data, synErr.Offset), err)}
	case errors.As(err, &typeErr):
		return &badFeedError{fmt.Sprintf("unexpected JSON on line %d: %v", lineAt(data, typeErr.Offset), err)}
	}
	msg := err.Error()
	if strings.Contains(msg, "XML syntax error") || strings.Contains(strings.ToLower(msg), "xml") {
		return &badFeedError{"malformed XML: " + msg}
	}
	return &badFeedError{"malformed feed: " + msg}
}

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// snippet returns the first few dozen characters of data, for errors.
func snippet(data []byte) string {
	s := strings.TrimSpace(string(data))
	if len(s) > 40 {
		s = s[:40]
		for !utf8.ValidString(s) && len(s) > 0 {
			s = s[:len(s)-1]
		}
		s += "…"
	}
	return s
}

// recordFeed writes a fetch's outcome onto the stored feed f: health,
// validators (unless keepValidators: some of its articles failed in a way
// worth retrying, so the next fetch must not be answered 304), counts and
// schedule.
func (c *Crawler) recordFeed(f *index.Feed, ff *feedFetch, newItems, kept int, keepValidators bool, now time.Time) {
	f.LastFetch = now
	f.LastStatus = ff.status
	if ff.err != nil {
		f.LastError = failureReason(ff.err)
		if f.ConsecutiveFailures == 0 || f.FirstFailure.IsZero() {
			f.FirstFailure = now
		}
		f.ConsecutiveFailures++
		c.schedule(f, ff, now)
		return
	}
	f.LastSuccess = now
	f.LastError = ""
	f.FirstFailure = time.Time{}
	f.ConsecutiveFailures = 0
	if ff.title != "" {
		f.Title = ff.title
	}
	if !keepValidators {
		if ff.etag != "" || !ff.notModified {
			f.ETag = ff.etag
		}
		if ff.modified != "" || !ff.notModified {
			f.LastModified = ff.modified
		}
	}
	f.ItemsSeen += newItems
	f.ArticlesKept += kept
	for _, it := range ff.items {
		if t := it.stamp(); !t.IsZero() && t.After(f.LastItemAt) && !t.After(now.Add(time.Hour)) {
			f.LastItemAt = t
		}
	}
	c.schedule(f, ff, now)
}
