package index

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Feed returns the stored state of the feed at u, or of the feed that moved
// away from u (its URL is then the new one and u is in its MovedFrom). The
// error satisfies errors.Is(err, ErrNotFound) if there is none.
func (s *Store) Feed(ctx context.Context, u string) (Feed, error) {
	var f Feed
	if err := ctx.Err(); err != nil {
		return f, err
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFeeds)
		if v := b.Get([]byte(u)); v != nil {
			return json.Unmarshal(v, &f)
		}
		// A moved feed: few feeds move, and the list is small.
		found := false
		err := b.ForEach(func(_, v []byte) error {
			var g Feed
			if err := json.Unmarshal(v, &g); err != nil {
				return err
			}
			if !found && slices.Contains(g.MovedFrom, u) {
				f, found = g, true
			}
			return nil
		})
		if err != nil {
			return err
		}
		if !found {
			return fmt.Errorf("feed %s: %w", u, ErrNotFound)
		}
		return nil
	})
	return f, err
}

// PutFeed stores f under f.URL, replacing what was there.
func (s *Store) PutFeed(ctx context.Context, f Feed) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := validFeedURL(f.URL); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error { return putFeed(tx, f) })
}

func putFeed(tx *bolt.Tx, f Feed) error {
	v, err := json.Marshal(f)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketFeeds).Put([]byte(f.URL), v)
}

// MoveFeed stores f under f.URL and removes the record at from, in one
// transaction: the feed answered a permanent redirect.
func (s *Store) MoveFeed(ctx context.Context, from string, f Feed) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := validFeedURL(f.URL); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		if from != f.URL {
			if err := tx.Bucket(bucketFeeds).Delete([]byte(from)); err != nil {
				return err
			}
		}
		return putFeed(tx, f)
	})
}

// AddFeed adds u to the managed feed list (Listed), keeping any health
// already recorded for it. It reports whether the feed was newly listed.
func (s *Store) AddFeed(ctx context.Context, u, title string, now time.Time) (bool, error) {
	if err := validFeedURL(u); err != nil {
		return false, err
	}
	added := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		f := Feed{URL: u}
		if v := tx.Bucket(bucketFeeds).Get([]byte(u)); v != nil {
			if err := json.Unmarshal(v, &f); err != nil {
				return err
			}
		}
		if f.Listed {
			return nil
		}
		added = true
		f.Listed = true
		if f.AddedAt.IsZero() {
			f.AddedAt = now
		}
		if f.Title == "" {
			f.Title = title
		}
		return putFeed(tx, f)
	})
	if err != nil {
		return false, fmt.Errorf("index: add feed %s: %w", u, err)
	}
	return added, nil
}

// RemoveFeed removes u from the store. The error satisfies
// errors.Is(err, ErrNotFound) if it was not there.
func (s *Store) RemoveFeed(ctx context.Context, u string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFeeds)
		if b.Get([]byte(u)) == nil {
			return fmt.Errorf("feed %s: %w", u, ErrNotFound)
		}
		return b.Delete([]byte(u))
	})
}

// Feeds returns every feed with recorded state, listed or not, sorted by URL.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	var out []Feed
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFeeds).ForEach(func(k, v []byte) error {
			var f Feed
			if err := json.Unmarshal(v, &f); err != nil {
				return fmt.Errorf("index: decode feed %s: %w", k, err)
			}
			out = append(out, f)
			return nil
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, err
}

// ListedFeeds returns the URLs of the managed feed list.
func (s *Store) ListedFeeds(ctx context.Context) ([]string, error) {
	fs, err := s.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range fs {
		if f.Listed {
			out = append(out, f.URL)
		}
	}
	return out, nil
}

func validFeedURL(u string) error {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return fmt.Errorf("%w: feed URL %q is not an absolute http(s) URL", ErrInvalid, u)
	}
	return nil
}

// Robots is a host's robots.txt as last fetched, kept so that separate
// crawl runs do not fetch it again before it expires.
type Robots struct {
	// Host is scheme://host[:port].
	Host string `json:"host"`
	// Status is the HTTP status it was answered with (a 404 allows all).
	Status       int       `json:"status"`
	Body         []byte    `json:"body,omitempty"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"`
	Expires      time.Time `json:"expires"`
}

// Robots returns the stored robots.txt of host. The error satisfies
// errors.Is(err, ErrNotFound) if there is none.
func (s *Store) Robots(ctx context.Context, host string) (Robots, error) {
	var r Robots
	if err := ctx.Err(); err != nil {
		return r, err
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketRobots).Get([]byte(host))
		if v == nil {
			return fmt.Errorf("robots.txt of %s: %w", host, ErrNotFound)
		}
		return json.Unmarshal(v, &r)
	})
	return r, err
}

// PutRobots stores r under r.Host.
func (s *Store) PutRobots(ctx context.Context, r Robots) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if r.Host == "" {
		return fmt.Errorf("%w: robots.txt without a host", ErrInvalid)
	}
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketRobots).Put([]byte(r.Host), v)
	})
}

// FailedPage is a page that failed for good (a 404, not HTML, no text…),
// kept so that separate crawl runs do not fetch it again each time its feed
// lists it, until Until or until its feed item says it was updated after
// Stamp.
type FailedPage struct {
	URL string `json:"url"`
	// Stamp is the feed item's updated stamp when the page failed.
	Stamp  time.Time `json:"stamp"`
	Failed time.Time `json:"failed"`
	Until  time.Time `json:"until"`
	// Reason is what went wrong, e.g. "HTTP 404 Not Found".
	Reason string `json:"reason"`
}

// FailedPage returns the stored failure of the page at u, or an error
// satisfying errors.Is(err, ErrNotFound) if there is none or it expired.
func (s *Store) FailedPage(ctx context.Context, u string) (FailedPage, error) {
	var p FailedPage
	if err := ctx.Err(); err != nil {
		return p, err
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketFailed).Get([]byte(u))
		if v == nil {
			return fmt.Errorf("failed page %s: %w", u, ErrNotFound)
		}
		if err := json.Unmarshal(v, &p); err != nil {
			// a record that cannot be read only costs a fetch
			return fmt.Errorf("failed page %s: unreadable record (%v): %w", u, err, ErrNotFound)
		}
		if time.Now().After(p.Until) {
			return fmt.Errorf("failed page %s: expired: %w", u, ErrNotFound)
		}
		return nil
	})
	return p, err
}

// PutFailedPage stores p under p.URL, replacing what was there, and, at most
// hourly, drops the failures that expired.
func (s *Store) PutFailedPage(ctx context.Context, p FailedPage) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if p.URL == "" {
		return fmt.Errorf("%w: failed page without a URL", ErrInvalid)
	}
	v, err := json.Marshal(p)
	if err != nil {
		return err
	}
	now := time.Now()
	last := s.failedSwept.Load()
	sweep := now.UnixNano()-last > int64(time.Hour) && s.failedSwept.CompareAndSwap(last, now.UnixNano())
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFailed)
		if !sweep {
			return b.Put([]byte(p.URL), v)
		}
		var expired [][]byte
		err := b.ForEach(func(k, v []byte) error {
			var old FailedPage
			if json.Unmarshal(v, &old) != nil || now.After(old.Until) {
				expired = append(expired, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range expired {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		return b.Put([]byte(p.URL), v)
	})
}
