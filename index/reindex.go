package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"

	"undersigned/index/catalog"
)

// Refresher re-reads an article from its stored HTML when the main-text
// extractor that read it is out of date. It reports whether it changed a.
type Refresher func(ctx context.Context, a *Article, html []byte) (bool, error)

// ReindexStats reports what Reindex did.
type ReindexStats struct {
	Articles    int
	Reextracted int
	Mentions    int
	Campaigns   int
}

// Reindex rebuilds everything derived from the article store: it re-reads
// out-of-date articles with refresh (if not nil), reads every article's
// mentions again, rebuilds every campaign and builds a new search index,
// which replaces the old one only once it is complete.
func (ix *Index) Reindex(ctx context.Context, refresh Refresher) (ReindexStats, error) {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	var st ReindexStats
	if refresh != nil {
		n, err := ix.refreshArticles(ctx, refresh)
		if err != nil {
			return st, err
		}
		st.Reextracted = n
	}
	// Derived buckets start empty, but the old mentions are kept until
	// the new ones are read, to record where their campaigns moved.
	before := map[string][]Mention{}
	err := ix.Store.db.Update(func(tx *bolt.Tx) error {
		err := tx.Bucket(bucketMentions).ForEach(func(k, v []byte) error {
			var rec mentionRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return nil // unreadable: read again below, nothing to move
			}
			before[string(k)] = rec.Mentions
			return nil
		})
		if err != nil {
			return err
		}
		for _, b := range [][]byte{bucketMentions, bucketMembers, bucketCampaigns, bucketPending} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	path := filepath.Join(ix.dir, "search.bleve")
	tmp := path + ".new"
	os.RemoveAll(tmp)
	next, err := bleve.New(tmp, newMapping())
	if err != nil {
		return st, fmt.Errorf("index: reindex: create %s: %w", tmp, err)
	}
	fail := func(err error) (ReindexStats, error) {
		next.Close()
		os.RemoveAll(tmp)
		return st, fmt.Errorf("index: reindex: %w", err)
	}

	// Mentions, article by article, in batches.
	var urls []string
	if err := ix.Store.EachArticle(ctx, func(a *Article) error {
		urls = append(urls, a.URL)
		return nil
	}); err != nil {
		return fail(err)
	}
	campaigns := map[string]bool{}
	for start := 0; start < len(urls); start += BatchSize {
		b := next.NewBatch()
		err := ix.Store.db.Update(func(tx *bolt.Tx) error {
			for _, u := range urls[start:min(start+BatchSize, len(urls))] {
				a, err := getArticle(tx, u)
				if err != nil {
					return err
				}
				rec, _, err := ix.updateMentions(tx, a, true)
				if err != nil {
					return err
				}
				if err := recordMoves(tx, before[u], rec.Mentions); err != nil {
					return err
				}
				for i := range rec.Mentions {
					if err := b.Index(mentionDocID(u, i), newMentionDoc(a, &rec.Mentions[i])); err != nil {
						return err
					}
					campaigns[campaignKey(&rec.Mentions[i])] = true
				}
				rec.Indexed = len(rec.Mentions)
				st.Mentions += len(rec.Mentions)
				if err := putMentions(tx, u, rec); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fail(err)
		}
		if err := next.Batch(b); err != nil {
			return fail(err)
		}
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
	}
	st.Articles = len(urls)

	// Campaigns.
	ids := make([]string, 0, len(campaigns))
	for id := range campaigns {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for start := 0; start < len(ids); start += BatchSize {
		b := next.NewBatch()
		err := ix.Store.db.Update(func(tx *bolt.Tx) error {
			for _, id := range ids[start:min(start+BatchSize, len(ids))] {
				c, texts, err := ix.rebuildCampaign(tx, id)
				if err != nil {
					return err
				}
				if c == nil {
					continue
				}
				v, err := json.Marshal(c)
				if err != nil {
					return err
				}
				if err := tx.Bucket(bucketCampaigns).Put([]byte(id), v); err != nil {
					return err
				}
				if err := b.Index(campaignDocID(id), newCampaignDoc(c, texts)); err != nil {
					return err
				}
				st.Campaigns++
			}
			return nil
		})
		if err != nil {
			return fail(err)
		}
		if err := next.Batch(b); err != nil {
			return fail(err)
		}
	}
	if err := next.Close(); err != nil {
		os.RemoveAll(tmp)
		return st, fmt.Errorf("index: reindex: %w", err)
	}

	// Swap the complete index in.
	ix.smu.Lock()
	defer ix.smu.Unlock()
	if ix.search != nil {
		ix.search.Close()
		ix.search = nil
	}
	old := path + ".old"
	os.RemoveAll(old)
	if err := os.Rename(path, old); err != nil && !errors.Is(err, os.ErrNotExist) {
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	os.RemoveAll(old)
	ix.search, err = openSearch(path)
	if err != nil {
		return st, err
	}
	err = ix.Store.db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketPending); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(bucketPending); err != nil {
			return err
		}
		m := tx.Bucket(bucketMeta)
		if err := m.Put([]byte(metaMapping), []byte(mappingVersion)); err != nil {
			return err
		}
		return m.Put([]byte(metaCatalog), []byte(strconv.Itoa(catalog.Version)))
	})
	if err != nil {
		return st, fmt.Errorf("index: reindex: %w", err)
	}
	ix.stale = false
	ix.unsynced = 0
	return st, ix.Store.db.Update(bumpGeneration)
}

// refreshArticles re-reads out-of-date articles from their stored HTML.
func (ix *Index) refreshArticles(ctx context.Context, refresh Refresher) (int, error) {
	var urls []string
	if err := ix.Store.EachArticle(ctx, func(a *Article) error {
		urls = append(urls, a.URL)
		return nil
	}); err != nil {
		return 0, err
	}
	n := 0
	for _, u := range urls {
		a, err := ix.Store.Article(ctx, u)
		if err != nil {
			return n, err
		}
		html, err := ix.Store.ArticleHTML(ctx, u)
		if err != nil {
			return n, err
		}
		if html == nil {
			continue
		}
		changed, err := refresh(ctx, a, html)
		if err != nil {
			// One unreadable page must not stop the rebuild; it keeps
			// the text it had.
			ix.Logger.Warn("reindex: re-extract failed", "url", u, "err", err)
			continue
		}
		if !changed {
			continue
		}
		if err := ix.Store.replaceArticle(ctx, u, a); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// replaceArticle rewrites the record of the article stored at u with a
// (same canonical URL), keeping its HTML.
func (s *Store) replaceArticle(ctx context.Context, u string, a *Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		old, err := getArticle(tx, u)
		if err != nil {
			return err
		}
		if err := unindexArticle(tx, old); err != nil {
			return err
		}
		a.URL = old.URL
		a.URLs = mergeStrings(old.URLs, a.URLs)
		a.Feeds = mergeStrings(old.Feeds, a.Feeds)
		a.Copies = mergeStrings(old.Copies, a.Copies)
		a.FoundAt = old.FoundAt
		return writeArticle(tx, a, nil, true)
	})
}
