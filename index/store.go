package index

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Buckets of the store. Articles, their HTML, the URL map, the SimHash
// bands, the date order and feeds are the source of truth; mentions,
// campaign members and campaigns are derived and rebuilt by Reindex.
var (
	bucketArticles  = []byte("articles")  // canonical URL → Article JSON
	bucketHTML      = []byte("html")      // canonical URL → gzip(HTML)
	bucketURLs      = []byte("urls")      // any URL seen → canonical URL
	bucketBands     = []byte("bands")     // LSH band key (9) | URL → nil
	bucketByDate    = []byte("bydate")    // RFC 3339 published | 0 | URL → nil
	bucketFeeds     = []byte("feeds")     // feed URL → Feed JSON
	bucketRobots    = []byte("robots")    // scheme://host → Robots JSON
	bucketMeta      = []byte("meta")      // name → value
	bucketMentions  = []byte("mentions")  // canonical URL → mentionRecord JSON
	bucketMembers   = []byte("members")   // campaign ID | 0 | URL → nil
	bucketCampaigns = []byte("campaigns") // campaign ID → Campaign JSON
	bucketPending   = []byte("pending")   // canonical URL → nil: stored, not yet indexed
	bucketFailed    = []byte("failed")    // page URL → FailedPage JSON: not fetched again until it expires
	bucketMoved     = []byte("moved")     // former campaign ID → the ID its reports went to
)

var allBuckets = [][]byte{bucketArticles, bucketHTML, bucketURLs, bucketBands, bucketByDate,
	bucketFeeds, bucketRobots, bucketMeta, bucketMentions, bucketMembers, bucketCampaigns, bucketPending, bucketFailed, bucketMoved}

// Store is the durable article store, on bbolt: articles (with their raw
// HTML, compressed), every URL they were seen under, feeds and their health.
// It is safe for concurrent use.
type Store struct {
	db   *bolt.DB
	path string
	// failedSwept is when expired failed pages were last dropped (Unix ns).
	failedSwept atomic.Int64
}

// OpenStore opens the store file at path, creating it if needed. It fails
// with a clear error if another process holds the file.
func OpenStore(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("index: open %s: in use by another undersigned process (is serve running?)", path)
		}
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the store's file path.
func (s *Store) Path() string { return s.path }

// validURL checks that u is an absolute http(s) URL.
func validURL(u string) error {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return fmt.Errorf("%w: article URL %q is not an absolute http(s) URL", ErrInvalid, u)
	}
	return nil
}

// canonicalOf resolves any URL an article was seen under to its canonical URL.
func canonicalOf(tx *bolt.Tx, u string) string {
	if tx.Bucket(bucketArticles).Get([]byte(u)) != nil {
		return u
	}
	if c := tx.Bucket(bucketURLs).Get([]byte(u)); c != nil {
		return string(c)
	}
	return ""
}

func getArticle(tx *bolt.Tx, canonical string) (*Article, error) {
	v := tx.Bucket(bucketArticles).Get([]byte(canonical))
	if v == nil {
		return nil, fmt.Errorf("index: article %s: %w", canonical, ErrNotFound)
	}
	var a Article
	if err := json.Unmarshal(v, &a); err != nil {
		return nil, fmt.Errorf("index: decode article %s: %w", canonical, err)
	}
	return &a, nil
}

// skipJSON leaves a JSON value undecoded, allocating nothing for it.
type skipJSON struct{}

// UnmarshalJSON skips the value.
func (*skipJSON) UnmarshalJSON([]byte) error { return nil }

// getArticleHead reads an article's record without its main text, for
// readers that show only its URL, date and title.
func getArticleHead(tx *bolt.Tx, canonical string) (*Article, error) {
	v := tx.Bucket(bucketArticles).Get([]byte(canonical))
	if v == nil {
		return nil, fmt.Errorf("index: article %s: %w", canonical, ErrNotFound)
	}
	var head struct {
		Article
		Text skipJSON `json:"text"`
	}
	if err := json.Unmarshal(v, &head); err != nil {
		return nil, fmt.Errorf("index: decode article %s: %w", canonical, err)
	}
	return &head.Article, nil
}

// Article returns the article stored under url, its canonical URL or any
// URL it was seen under, without its HTML. The error satisfies
// errors.Is(err, ErrNotFound) if there is none.
func (s *Store) Article(ctx context.Context, u string) (*Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var a *Article
	err := s.db.View(func(tx *bolt.Tx) error {
		c := canonicalOf(tx, u)
		if c == "" {
			return fmt.Errorf("article %s: %w", u, ErrNotFound)
		}
		var err error
		a, err = getArticle(tx, c)
		return err
	})
	return a, err
}

// ArticleHTML returns the raw HTML stored for the article at url.
func (s *Store) ArticleHTML(ctx context.Context, u string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var z []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		c := canonicalOf(tx, u)
		if c == "" {
			return fmt.Errorf("article %s: %w", u, ErrNotFound)
		}
		z = bytes.Clone(tx.Bucket(bucketHTML).Get([]byte(c)))
		return nil
	})
	if err != nil || z == nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("index: html of %s: %w", u, err)
	}
	return io.ReadAll(zr)
}

// ArticleState reports the feed-updated stamp the article at url was stored
// with; url may be any URL the article was seen under.
func (s *Store) ArticleState(ctx context.Context, u string) (time.Time, error) {
	a, err := s.Article(ctx, u)
	if err != nil {
		return time.Time{}, err
	}
	return a.FeedUpdated, nil
}

// PutArticle stores a durably and reports what it did: New, Updated,
// Unchanged, or Duplicate when a's text is a near-duplicate of another
// stored article, whose URLs and feeds then gain a's. The canonical URL of
// the stored article is returned. Nothing stored is lost on error.
func (s *Store) PutArticle(ctx context.Context, a *Article) (Outcome, string, error) {
	if err := ctx.Err(); err != nil {
		return 0, "", err
	}
	if err := validURL(a.URL); err != nil {
		return 0, "", err
	}
	var out Outcome
	var canonical string
	err := s.db.Update(func(tx *bolt.Tx) error {
		var err error
		out, canonical, err = putArticle(tx, a)
		return err
	})
	if err != nil {
		return 0, "", fmt.Errorf("index: put article %s: %w", a.URL, err)
	}
	return out, canonical, nil
}

func putArticle(tx *bolt.Tx, a *Article) (Outcome, string, error) {
	a.URLs = mergeStrings([]string{a.URL}, a.URLs)

	c := canonicalOf(tx, a.URL)
	if c == "" {
		for _, u := range a.URLs {
			if c = canonicalOf(tx, u); c != "" {
				break
			}
		}
	}
	if c == "" {
		c = nearDuplicate(tx, a.Text)
		if c != "" {
			old, err := getArticle(tx, c)
			if err != nil {
				return 0, "", err
			}
			old.URLs = mergeStrings(old.URLs, a.URLs)
			old.Feeds = mergeStrings(old.Feeds, a.Feeds)
			if a.URL != old.URL && !samePath(a.URL, old.URL) {
				old.Copies = mergeStrings(old.Copies, []string{a.URL})
			}
			if err := writeArticle(tx, old, nil, true); err != nil {
				return 0, "", err
			}
			return Duplicate, c, nil
		}
	}
	if c == "" {
		if a.FoundAt.IsZero() {
			a.FoundAt = a.FetchedAt
		}
		return New, a.URL, writeArticle(tx, a, a.HTML, true)
	}
	old, err := getArticle(tx, c)
	if err != nil {
		return 0, "", err
	}
	if a.URL != old.URL && slices.Contains(old.Copies, a.URL) {
		// A syndicated copy fetched again (its feed item was updated):
		// still a source of the original, never a new version of it.
		old.URLs = mergeStrings(old.URLs, a.URLs)
		old.Feeds = mergeStrings(old.Feeds, a.Feeds)
		if err := writeArticle(tx, old, nil, false); err != nil {
			return 0, "", err
		}
		return Duplicate, c, nil
	}
	if a.PageURL != "" && a.PageURL != old.URL && (old.PageURL == "" || old.PageURL == old.URL) {
		// Another page naming this one as canonical (a same-site copy, a
		// print or republished version): a source, not a new version of
		// the article fetched at its own URL.
		old.URLs = mergeStrings(old.URLs, a.URLs)
		old.Feeds = mergeStrings(old.Feeds, a.Feeds)
		if err := writeArticle(tx, old, nil, true); err != nil {
			return 0, "", err
		}
		return Duplicate, c, nil
	}
	// The article keeps the canonical URL it was first stored under, so
	// links, campaigns and citations stay stable.
	a.URL = old.URL
	a.URLs = mergeStrings(old.URLs, a.URLs)
	a.Feeds = mergeStrings(old.Feeds, a.Feeds)
	a.Copies = mergeStrings(old.Copies, a.Copies)
	a.FoundAt = old.FoundAt
	if a.FoundAt.IsZero() {
		a.FoundAt = old.FetchedAt
	}
	if a.Published.IsZero() {
		a.Published = old.Published
	}
	same := a.Text == old.Text && a.Title == old.Title && a.Published.Equal(old.Published)
	if same {
		// Keep the record but learn the new stamps and URLs.
		old.URLs, old.Feeds = a.URLs, a.Feeds
		if a.FeedUpdated.After(old.FeedUpdated) {
			old.FeedUpdated = a.FeedUpdated
		}
		return Unchanged, c, writeArticle(tx, old, nil, false)
	}
	if err := unindexArticle(tx, old); err != nil {
		return 0, "", err
	}
	return Updated, c, writeArticle(tx, a, a.HTML, true)
}

// writeArticle writes the record, its URL map, SimHash bands and date key,
// and the HTML when html is not nil. With pending, the article is queued for
// the catalogue and the search index (see Index.Flush).
func writeArticle(tx *bolt.Tx, a *Article, html []byte, pending bool) error {
	v, err := json.Marshal(a)
	if err != nil {
		return err
	}
	key := []byte(a.URL)
	if err := tx.Bucket(bucketArticles).Put(key, v); err != nil {
		return err
	}
	if html != nil {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		zw.Write(html)
		if err := zw.Close(); err != nil {
			return err
		}
		if err := tx.Bucket(bucketHTML).Put(key, buf.Bytes()); err != nil {
			return err
		}
	}
	urls := tx.Bucket(bucketURLs)
	for _, u := range a.URLs {
		if u != a.URL {
			if err := urls.Put([]byte(u), key); err != nil {
				return err
			}
		}
	}
	for _, k := range bandKeys(a.Text) {
		if err := tx.Bucket(bucketBands).Put(append(k, a.URL...), nil); err != nil {
			return err
		}
	}
	if err := tx.Bucket(bucketByDate).Put(dateKey(a), nil); err != nil {
		return err
	}
	if !pending {
		return nil
	}
	return tx.Bucket(bucketPending).Put(key, nil)
}

// unindexArticle removes the secondary keys of an article about to be
// rewritten with other text or date.
func unindexArticle(tx *bolt.Tx, a *Article) error {
	for _, k := range bandKeys(a.Text) {
		if err := tx.Bucket(bucketBands).Delete(append(k, a.URL...)); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketByDate).Delete(dateKey(a))
}

func dateKey(a *Article) []byte {
	return append(append([]byte(a.Published.UTC().Format(time.RFC3339)), 0), a.URL...)
}

// nearDuplicate returns the canonical URL of a stored article that is a
// copy of the same story as text, or "".
func nearDuplicate(tx *bolt.Tx, text string) string {
	c := tx.Bucket(bucketBands).Cursor()
	seen := map[string]bool{}
	for _, prefix := range bandKeys(text) {
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			u := string(k[len(prefix):])
			if seen[u] {
				continue
			}
			seen[u] = true
			if a, err := getArticle(tx, u); err == nil && sameStory(a.Text, text) {
				return u
			}
		}
	}
	return ""
}

// mergeStrings appends to a the strings of b it lacks, keeping order.
func mergeStrings(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// EachArticle calls fn for every stored article (without HTML), oldest
// publication first, until fn returns an error.
func (s *Store) EachArticle(ctx context.Context, fn func(*Article) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketByDate).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			i := bytes.IndexByte(k, 0)
			if i < 0 {
				continue
			}
			a, err := getArticle(tx, string(k[i+1:]))
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	})
}

// ArticleCount returns the number of stored articles.
func (s *Store) ArticleCount() int {
	n := 0
	s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketArticles).Stats().KeyN
		return nil
	})
	return n
}

// Meta returns a stored setting, "" if unset.
func (s *Store) Meta(name string) string {
	var v string
	s.db.View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketMeta).Get([]byte(name)))
		return nil
	})
	return v
}

// SetMeta stores a setting.
func (s *Store) SetMeta(name, value string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte(name), []byte(value))
	})
}

// samePath reports whether two URLs name one page, as a query beside none
// only tells who linked to it: "/story.html?ref=newsroom" and
// "/story.html". It is
// asked of two URLs whose texts already tell the same story; a copy of it
// at another address is a syndicated copy.
func samePath(a, b string) bool {
	ua, err := url.Parse(a)
	if err != nil {
		return false
	}
	ub, err := url.Parse(b)
	if err != nil {
		return false
	}
	// "?p=1201" and "?p=1377" may be two pages of one path: only a query
	// beside none is one that tells who linked
	if ua.RawQuery != "" && ub.RawQuery != "" {
		return false
	}
	return strings.EqualFold(ua.Host, ub.Host) && strings.TrimSuffix(ua.Path, "/") == strings.TrimSuffix(ub.Path, "/")
}
