package index

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"

	"undersigned/index/catalog"
)

// BatchSize is the number of search-index operations written per batch.
const BatchSize = 1000

// The search document of a campaign holds the text of its sources up to
// sourceTextBudget bytes each and campaignTextBudget in all (titles and
// evidence always).
const (
	sourceTextBudget   = 16 << 10
	campaignTextBudget = 256 << 10
)

// Meta keys.
const (
	metaMapping    = "mapping_version"
	metaCatalog    = "catalog_version"
	metaGeneration = "generation"
)

// Index is the catalogue: the article store (the source of truth), the
// mentions and campaigns derived from it, and the bleve search index over
// them. Put stores an article durably and reads its mentions; Flush brings
// campaigns and the search index up to date. It is safe for concurrent use.
type Index struct {
	Store   *Store
	Catalog *catalog.Extractor
	Logger  *slog.Logger

	dir string
	wmu sync.Mutex   // serialises writers: Put, Flush, Reindex
	smu sync.RWMutex // guards search (swapped by Reindex)

	search   bleve.Index
	unsynced int // articles put since the last Flush
	stale    bool

	sumMu sync.Mutex
	sum   *summary // of the generation it was computed for
}

// Open opens the catalogue in dir, creating it if needed: the store in
// dir/articles.db and the search index in dir/search.bleve. Articles stored
// but not yet indexed (a crash between the two) are indexed now. If the
// search index was built by another mapping or catalogue version,
// NeedsReindex reports it.
func Open(ctx context.Context, dir string) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("index: data dir %s: %w", dir, err)
	}
	st, err := OpenStore(filepath.Join(dir, "articles.db"))
	if err != nil {
		return nil, err
	}
	cat, err := catalog.New()
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("index: %w", err)
	}
	ix := &Index{Store: st, Catalog: cat, Logger: slog.Default(), dir: dir}
	ix.search, err = openSearch(filepath.Join(dir, "search.bleve"))
	if err != nil {
		st.Close()
		return nil, err
	}
	if st.Meta(metaMapping) == "" && st.Meta(metaCatalog) == "" && st.ArticleCount() == 0 {
		// A new data dir: record what built it.
		st.SetMeta(metaMapping, mappingVersion)
		st.SetMeta(metaCatalog, strconv.Itoa(catalog.Version))
	}
	ix.stale = st.Meta(metaMapping) != mappingVersion || st.Meta(metaCatalog) != strconv.Itoa(catalog.Version)
	if !ix.stale {
		if err := ix.Flush(ctx); err != nil {
			ix.Close()
			return nil, err
		}
	}
	return ix, nil
}

func openSearch(path string) (bleve.Index, error) {
	idx, err := bleve.Open(path)
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		idx, err = bleve.New(path, newMapping())
	}
	if err != nil {
		return nil, fmt.Errorf("index: open search index %s: %w", path, err)
	}
	return idx, nil
}

// NeedsReindex reports whether the search index or the stored mentions were
// built by another version of the mapping or the catalogue, so Reindex
// should run before the catalogue is used.
func (ix *Index) NeedsReindex() bool { return ix.stale }

// Dir returns the data directory.
func (ix *Index) Dir() string { return ix.dir }

// Close flushes and closes the search index and the store.
func (ix *Index) Close() error {
	var errs []error
	if !ix.stale {
		errs = append(errs, ix.Flush(context.Background()))
	}
	ix.smu.Lock()
	if ix.search != nil {
		errs = append(errs, ix.search.Close())
		ix.search = nil
	}
	ix.smu.Unlock()
	errs = append(errs, ix.Store.Close())
	return errors.Join(errs...)
}

// Put stores a durably, reads its mentions and queues it for the search
// index; every BatchSize articles it flushes. It reports what it did.
// Bad input (no absolute URL) fails with ErrInvalid and stores nothing.
func (ix *Index) Put(ctx context.Context, a *Article) (PutResult, error) {
	if err := ctx.Err(); err != nil {
		return PutResult{}, err
	}
	if err := validURL(a.URL); err != nil {
		return PutResult{}, err
	}
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	var res PutResult
	// One transaction: the article, its mentions and the pending marks are
	// durable together or not at all.
	err := ix.Store.db.Update(func(tx *bolt.Tx) error {
		out, canonical, err := putArticle(tx, a)
		if err != nil {
			return err
		}
		res = PutResult{Outcome: out, URL: canonical}
		art, err := getArticle(tx, canonical)
		if err != nil {
			return err
		}
		rec, _, err := ix.updateMentions(tx, art, false)
		res.Mentions = len(rec.Mentions)
		return err
	})
	if err != nil {
		return PutResult{}, fmt.Errorf("index: put article %s: %w", a.URL, err)
	}
	if res.Outcome != Unchanged {
		ix.unsynced++
	}
	if ix.unsynced >= BatchSize && !ix.stale {
		return res, ix.flushLocked(ctx)
	}
	return res, nil
}

// mentionRecord is what the store keeps of an article's mentions.
type mentionRecord struct {
	Version int    `json:"version"`
	Hash    uint64 `json:"hash"`
	// Indexed is the number of mention documents of this article in the
	// search index.
	Indexed  int       `json:"indexed"`
	Mentions []Mention `json:"mentions"`
}

// textHash identifies what the catalogue reads of an article.
func textHash(a *Article) uint64 {
	h := fnv.New64a()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	h.Write([]byte{0})
	h.Write([]byte(a.Published.UTC().Format(time.RFC3339)))
	return h.Sum64()
}

func getMentions(tx *bolt.Tx, u string) (mentionRecord, error) {
	var rec mentionRecord
	v := tx.Bucket(bucketMentions).Get([]byte(u))
	if v == nil {
		return rec, nil
	}
	err := json.Unmarshal(v, &rec)
	return rec, err
}

func putMentions(tx *bolt.Tx, u string, rec mentionRecord) error {
	v, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketMentions).Put([]byte(u), v)
}

func memberKey(campaign, u string) []byte {
	return append(append([]byte(campaign), 0), u...)
}

// updateMentions reads the mentions of a unless the stored ones are current
// (or force), updates campaign membership and marks the campaigns whose
// reports changed as pending. It reports whether anything changed.
func (ix *Index) updateMentions(tx *bolt.Tx, a *Article, force bool) (mentionRecord, bool, error) {
	rec, err := getMentions(tx, a.URL)
	if err != nil {
		return rec, false, err
	}
	h := textHash(a)
	if !force && rec.Version == catalog.Version && rec.Hash == h && rec.Mentions != nil {
		return rec, false, nil
	}
	ms := ix.Catalog.Extract(a.Document())
	if ms == nil {
		ms = []Mention{}
	}
	old := campaignsOf(rec.Mentions)
	if err := recordMoves(tx, rec.Mentions, ms); err != nil {
		return rec, false, err
	}
	rec.Version, rec.Hash, rec.Mentions = catalog.Version, h, ms
	if err := putMentions(tx, a.URL, rec); err != nil {
		return rec, false, err
	}
	members := tx.Bucket(bucketMembers)
	pending := tx.Bucket(bucketPending)
	for _, c := range old {
		if err := members.Delete(memberKey(c, a.URL)); err != nil {
			return rec, false, err
		}
		if err := pending.Put(campaignPendingKey(c), nil); err != nil {
			return rec, false, err
		}
	}
	for _, c := range campaignsOf(ms) {
		if err := members.Put(memberKey(c, a.URL), nil); err != nil {
			return rec, false, err
		}
		if err := pending.Put(campaignPendingKey(c), nil); err != nil {
			return rec, false, err
		}
	}
	if err := pending.Put([]byte(a.URL), nil); err != nil {
		return rec, false, err
	}
	return rec, true, nil
}

// recordMoves notes, for each campaign an article's old mentions were in
// and its new ones are not, the one campaign against the same target its
// new mentions are in: where a link to the old campaign should lead once a
// new catalogue names the company otherwise ("Lumora" → "Lumora Systems").
func recordMoves(tx *bolt.Tx, old, ms []Mention) error {
	now := campaignsOf(ms)
	moved := tx.Bucket(bucketMoved)
	for i := range old {
		from := campaignKey(&old[i])
		if slices.Contains(now, from) {
			continue
		}
		to := ""
		for k := range ms {
			if campaignTarget(&ms[k]) != campaignTarget(&old[i]) {
				continue
			}
			if id := campaignKey(&ms[k]); to == "" {
				to = id
			} else if id != to {
				to = "-" // two candidates: no guess
			}
		}
		if to != "" && to != "-" {
			if err := moved.Put([]byte(from), []byte(to)); err != nil {
				return err
			}
		}
	}
	return nil
}

// Pending keys: article URLs as they are, campaign IDs behind a 0 byte
// (never the first byte of a URL).
func campaignPendingKey(id string) []byte { return append([]byte{0}, id...) }

func campaignsOf(ms []Mention) []string {
	var out []string
	for i := range ms {
		id := campaignKey(&ms[i])
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// Flush brings campaigns and the search index up to date with every article
// stored since the last flush. It is idempotent and safe after a crash: the
// work to do is recorded in the store until it is done.
func (ix *Index) Flush(ctx context.Context) error {
	ix.wmu.Lock()
	defer ix.wmu.Unlock()
	return ix.flushLocked(ctx)
}

func (ix *Index) flushLocked(ctx context.Context) error {
	if ix.stale {
		return errors.New("index: the search index needs a reindex first")
	}
	ix.unsynced = 0
	for {
		done, err := ix.flushRound(ctx)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
}

// flushRound does up to BatchSize pending items in one read-modify
// transaction, one search-index batch and one commit transaction. It
// reports whether nothing was pending.
func (ix *Index) flushRound(ctx context.Context) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	ix.smu.RLock()
	defer ix.smu.RUnlock()
	b := ix.search.NewBatch()
	var keys [][]byte
	indexed := map[string]int{}
	err := ix.Store.db.Update(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketPending).Cursor()
		for k, _ := c.First(); k != nil && len(keys) < BatchSize; k, _ = c.Next() {
			keys = append(keys, bytes.Clone(k))
		}
		// Articles first: reading one may mark more campaigns, which the
		// next round takes.
		for _, k := range keys {
			if len(k) > 0 && k[0] == 0 {
				continue
			}
			if err := ix.flushArticle(tx, b, string(k), indexed); err != nil {
				return err
			}
		}
		for _, k := range keys {
			if len(k) > 0 && k[0] == 0 {
				if err := ix.flushCampaign(tx, b, string(k[1:])); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("index: flush: %w", err)
	}
	if len(keys) == 0 {
		return true, nil
	}
	if err := ix.search.Batch(b); err != nil {
		return false, fmt.Errorf("index: write search index: %w", err)
	}
	err = ix.Store.db.Update(func(tx *bolt.Tx) error {
		for u, n := range indexed {
			rec, err := getMentions(tx, u)
			if err != nil {
				return err
			}
			rec.Indexed = n
			if err := putMentions(tx, u, rec); err != nil {
				return err
			}
		}
		for _, k := range keys {
			if err := tx.Bucket(bucketPending).Delete(k); err != nil {
				return err
			}
		}
		return bumpGeneration(tx)
	})
	if err != nil {
		return false, fmt.Errorf("index: flush: %w", err)
	}
	return false, nil
}

// flushArticle refreshes the mentions of the pending article u and adds
// its mention documents to b, recording how many in indexed.
func (ix *Index) flushArticle(tx *bolt.Tx, b *bleve.Batch, u string, indexed map[string]int) error {
	a, err := getArticle(tx, u)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	rec, _, err := ix.updateMentions(tx, a, false)
	if err != nil {
		return err
	}
	for i := len(rec.Mentions); i < rec.Indexed; i++ {
		b.Delete(mentionDocID(u, i))
	}
	for i := range rec.Mentions {
		if err := b.Index(mentionDocID(u, i), newMentionDoc(a, &rec.Mentions[i])); err != nil {
			return err
		}
	}
	indexed[u] = len(rec.Mentions)
	return nil
}

// flushCampaign rebuilds the pending campaign id from its members and
// writes (or deletes) it and its document.
func (ix *Index) flushCampaign(tx *bolt.Tx, b *bleve.Batch, id string) error {
	c, texts, err := ix.rebuildCampaign(tx, id)
	if err != nil {
		return err
	}
	if c == nil {
		b.Delete(campaignDocID(id))
		return tx.Bucket(bucketCampaigns).Delete([]byte(id))
	}
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	if err := tx.Bucket(bucketCampaigns).Put([]byte(id), v); err != nil {
		return err
	}
	return b.Index(campaignDocID(id), newCampaignDoc(c, texts))
}

// Generation identifies the state of the catalogue: it changes whenever a
// flush or reindex changes what the search index holds, and Changed says
// when that last happened. The site derives ETags and Last-Modified from it.
func (ix *Index) Generation() (gen uint64, changed time.Time) {
	return parseGeneration(ix.Store.Meta(metaGeneration))
}

func parseGeneration(v string) (gen uint64, changed time.Time) {
	n, t, ok := strings.Cut(v, " ")
	if !ok {
		return 0, time.Time{}
	}
	gen, _ = strconv.ParseUint(n, 10, 64)
	changed, _ = time.Parse(time.RFC3339Nano, t)
	return gen, changed
}

func bumpGeneration(tx *bolt.Tx) error {
	m := tx.Bucket(bucketMeta)
	gen, _ := parseGeneration(string(m.Get([]byte(metaGeneration))))
	v := strconv.FormatUint(gen+1, 10) + " " + time.Now().UTC().Format(time.RFC3339Nano)
	return m.Put([]byte(metaGeneration), []byte(v))
}

// rebuildCampaign assembles campaign id from its member articles, or
// returns nil if it has none left. It also returns the articles' texts, for
// the search index.
func (ix *Index) rebuildCampaign(tx *bolt.Tx, id string) (*Campaign, []string, error) {
	prefix := append([]byte(id), 0)
	var arts []*Article
	var ms [][]Mention
	c := tx.Bucket(bucketMembers).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		u := string(k[len(prefix):])
		a, err := getArticle(tx, u)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		rec, err := getMentions(tx, u)
		if err != nil {
			return nil, nil, err
		}
		var mine []Mention
		for i := range rec.Mentions {
			if campaignKey(&rec.Mentions[i]) == id {
				mine = append(mine, rec.Mentions[i])
			}
		}
		if len(mine) == 0 {
			continue
		}
		arts = append(arts, a)
		ms = append(ms, mine)
	}
	if len(arts) == 0 {
		return nil, nil, nil
	}
	texts := make([]string, len(arts))
	for i, a := range arts {
		texts[i] = a.Text
	}
	return buildCampaign(id, arts, ms, ix.agencyName), texts, nil
}

func (ix *Index) agencyName(canonical string) string {
	if ag, ok := ix.Catalog.Gazetteer().Agency(canonical); ok && ag.Full != "" {
		return ag.Full
	}
	return canonical
}

func mentionDocID(u string, i int) string { return "m\x00" + u + "\x00" + strconv.Itoa(i) }
func campaignDocID(id string) string      { return "c\x00" + id }
func isCampaignDocID(id string) bool      { return len(id) > 2 && id[:2] == "c\x00" }
func campaignIDOfDoc(id string) string    { return id[2:] }

// parseMentionDocID returns the article URL and mention number of a
// mention document ID.
func parseMentionDocID(id string) (string, int, bool) {
	if len(id) < 4 || id[:2] != "m\x00" {
		return "", 0, false
	}
	rest := id[2:]
	i := bytes.LastIndexByte([]byte(rest), 0)
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(rest[i+1:])
	if err != nil {
		return "", 0, false
	}
	return rest[:i], n, true
}

// rfc3339 formats a date for the search index; a zero date is left out.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func year(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006")
}

func newMentionDoc(a *Article, m *Mention) mentionDoc {
	text := a.Title + "\n" + m.Company + " " + m.Agency + " " + m.Target + "\n" + m.EvidenceText() + "\n" + a.Text
	return mentionDoc{Type: typeMention, Campaign: campaignKey(m), Company: m.Company,
		CompanyKey: companyKey(m.Company, m.InGazetteer), Agency: m.Agency,
		Action: m.Action, Year: year(a.Published), Signatures: float64(m.Signatures()),
		Published: rfc3339(a.Published), Text: text}
}

// newCampaignDoc returns the search document of c; texts are the main
// texts of its sources, so that any word of a report finds the campaign.
func newCampaignDoc(c *Campaign, texts []string) campaignDoc {
	var b bytes.Buffer
	b.WriteString(c.Company + " " + c.Agency + " " + c.AgencyName + " " + c.Target + " " + c.Issue + "\n")
	for _, s := range c.Sources {
		b.WriteString(s.Title + "\n")
		for _, m := range s.Mentions {
			b.WriteString(m.Target + " " + m.EvidenceText() + "\n")
		}
	}
	// Source texts make every word of a report find the campaign, within a
	// budget: a campaign with hundreds of reports must not make each flush
	// re-analyse megabytes. Newest sources come first.
	budget := campaignTextBudget
	for i := len(texts) - 1; i >= 0 && budget > 0; i-- {
		t := truncate(texts[i], min(sourceTextBudget, budget))
		budget -= len(t)
		b.WriteString(t + "\n")
	}
	return campaignDoc{Type: typeCampaign, Campaign: c.ID, Company: c.Company,
		CompanyKey: companyKey(c.Company, c.InGazetteer), Agency: c.Agency, Action: c.Actions,
		Year: c.Years(), Signatures: float64(c.Signatures),
		First: rfc3339(c.FirstReported), Last: rfc3339(c.LastReported), Seen: rfc3339(c.LastSeen),
		Text: b.String()}
}

// truncate cuts s to at most n bytes without splitting a character.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
