package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bolt "go.etcd.io/bbolt"
)

// Sort orders for Query.Sort.
const (
	SortRelevance  = "relevance"
	SortNewest     = "newest"
	SortOldest     = "oldest"
	SortSignatures = "signatures"
)

// Paging bounds.
const (
	DefaultPerPage = 20
	MaxPerPage     = 100
)

// Query selects campaigns or mentions. Every field is optional; the zero
// Query matches everything.
type Query struct {
	// Text is a bleve query string ("rekognition", "+police -amazon",
	// "title:letter"); words without a field search titles, evidence,
	// targets and names (and, for mentions, the article text).
	Text string
	// Company, Agency and Action filter exactly; Company and Agency accept
	// any alias the gazetteer knows ("Alphabet", "border patrol") and any
	// letter case.
	Company string
	Agency  string
	Action  string
	// Year filters on the year of a report ("2018").
	Year string
	// Campaign keeps one campaign (its ID) or the mentions of one.
	Campaign string
	// MinSignatures and MaxSignatures bound the (largest) count; 0 means
	// no bound. With either bound, rows without a count do not match.
	MinSignatures int
	MaxSignatures int
	// Sort is SortRelevance (default with Text), SortNewest (default
	// without), SortOldest or SortSignatures.
	Sort string
	// Page is 1-based; PerPage defaults to DefaultPerPage, at most
	// MaxPerPage.
	Page    int
	PerPage int
}

// Facets holds the counts of matching documents by field value.
type Facets struct {
	Company []FacetValue `json:"company"`
	Agency  []FacetValue `json:"agency"`
	Action  []FacetValue `json:"action"`
	Year    []FacetValue `json:"year"`
}

// FacetValue is one facet term and the number of matches that have it.
type FacetValue struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Results is one page of campaigns matching a query.
type Results struct {
	Query     Query
	Total     int
	Campaigns []*Campaign
	Facets    Facets
	// Terms are the analysed words of Query.Text, for Highlight.
	Terms []string
}

// MentionResults is one page of mentions matching a query.
type MentionResults struct {
	Query    Query
	Total    int
	Mentions []*MentionRow
	Facets   Facets
	Terms    []string
}

// MentionRow is one mention with the article that reports it.
type MentionRow struct {
	ArticleURL string    `json:"article_url"`
	URLs       []string  `json:"urls,omitempty"`
	Published  time.Time `json:"published"`
	Title      string    `json:"title"`
	SiteName   string    `json:"site_name,omitempty"`
	CampaignID string    `json:"campaign_id"`
	Mention
}

// normalise fills defaults and clamps the paging fields.
func (q Query) normalise() Query {
	q.Text = strings.TrimSpace(q.Text)
	if q.Page < 1 {
		q.Page = 1
	}
	if q.PerPage <= 0 {
		q.PerPage = DefaultPerPage
	}
	if q.PerPage > MaxPerPage {
		q.PerPage = MaxPerPage
	}
	switch q.Sort {
	case SortRelevance, SortNewest, SortOldest, SortSignatures:
	default:
		if q.Text != "" {
			q.Sort = SortRelevance
		} else {
			q.Sort = SortNewest
		}
	}
	return q
}

// sortFields returns the bleve sort order of a document type.
func sortFields(docType, order string) []string {
	first, last := "first_reported", "last_reported"
	if docType == typeMention {
		first, last = "published", "published"
	}
	switch order {
	case SortRelevance:
		return []string{"-_score", "-" + last, "_id"}
	case SortOldest:
		return []string{first, "_id"}
	case SortSignatures:
		return []string{"-signatures", "-" + last, "_id"}
	}
	return []string{"-" + last, "_id"}
}

// ValidateQuery reports whether text is a valid query string; the error
// wraps ErrInvalid and says what is wrong.
func ValidateQuery(text string) error {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	q, err := query.NewQueryStringQuery(text).Parse()
	if err != nil {
		return fmt.Errorf("%w: query %q: %v", ErrInvalid, text, err)
	}
	if err := checkRegexps(q); err != nil {
		return fmt.Errorf("%w: query %q: %v", ErrInvalid, text, err)
	}
	return nil
}

// checkRegexps compiles every /regexp/ of a parsed query: the parser
// accepts any, and a bad one would otherwise fail only at search time.
func checkRegexps(q query.Query) error {
	switch q := q.(type) {
	case *query.RegexpQuery:
		_, err := regexp.Compile(q.Regexp)
		return err
	case *query.BooleanQuery:
		for _, sub := range []query.Query{q.Must, q.Should, q.MustNot} {
			if sub != nil {
				if err := checkRegexps(sub); err != nil {
					return err
				}
			}
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			if err := checkRegexps(c); err != nil {
				return err
			}
		}
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			if err := checkRegexps(d); err != nil {
				return err
			}
		}
	}
	return nil
}

// buildQuery turns q into a bleve query over one document type.
func (ix *Index) buildQuery(docType string, q Query) (query.Query, error) {
	if err := ValidateQuery(q.Text); err != nil {
		return nil, err
	}
	must := []query.Query{termQuery("type", docType)}
	if q.Text != "" {
		must = append(must, bleve.NewQueryStringQuery(q.Text))
	}
	if q.Company != "" {
		must = append(must, termQuery("company", ix.resolveCompany(q.Company)))
	}
	if q.Agency != "" {
		must = append(must, termQuery("agency", ix.resolveAgency(q.Agency)))
	}
	if q.Action != "" {
		must = append(must, termQuery("action", strings.ToLower(strings.TrimSpace(q.Action))))
	}
	if q.Year != "" {
		must = append(must, termQuery("year", strings.TrimSpace(q.Year)))
	}
	if q.Campaign != "" {
		must = append(must, termQuery("campaign", strings.TrimSpace(q.Campaign)))
	}
	if q.MinSignatures > 0 || q.MaxSignatures > 0 {
		var hi *float64
		t := true
		// Rows without a count (0) are not "at most N".
		v := float64(max(q.MinSignatures, 1))
		lo := &v
		if q.MaxSignatures > 0 {
			v := float64(q.MaxSignatures)
			hi = &v
		}
		r := bleve.NewNumericRangeInclusiveQuery(lo, hi, &t, &t)
		r.SetField("signatures")
		must = append(must, r)
	}
	return bleve.NewConjunctionQuery(must...), nil
}

func termQuery(field, term string) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(field)
	return t
}

// resolveCompany maps any alias and letter case to the canonical name.
func (ix *Index) resolveCompany(name string) string {
	name = strings.TrimSpace(name)
	if c, ok := ix.Catalog.Gazetteer().Company(name); ok {
		return c.Name
	}
	for _, s := range ix.companyNames() {
		if strings.EqualFold(s, name) {
			return s
		}
	}
	return name
}

// resolveAgency maps any alias and letter case to the canonical agency.
func (ix *Index) resolveAgency(name string) string {
	name = strings.TrimSpace(name)
	if a, ok := ix.Catalog.Gazetteer().Agency(name); ok {
		return a.Name
	}
	for _, s := range ix.agencyNames() {
		if strings.EqualFold(s, name) {
			return s
		}
	}
	return name
}

func (ix *Index) companyNames() []string {
	var out []string
	ix.eachStoredCampaign(func(c *Campaign) bool { out = append(out, c.Company); return true })
	return out
}

func (ix *Index) agencyNames() []string {
	var out []string
	ix.eachStoredCampaign(func(c *Campaign) bool { out = append(out, c.Agency); return true })
	return out
}

func (ix *Index) eachStoredCampaign(fn func(*Campaign) bool) error {
	return ix.Store.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketCampaigns).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var cp Campaign
			if err := json.Unmarshal(v, &cp); err != nil {
				return fmt.Errorf("index: decode campaign %s: %w", k, err)
			}
			if !fn(&cp) {
				return nil
			}
		}
		return nil
	})
}

func addFacets(req *bleve.SearchRequest) {
	req.AddFacet("company", bleve.NewFacetRequest("company", 30))
	req.AddFacet("agency", bleve.NewFacetRequest("agency", 20))
	req.AddFacet("action", bleve.NewFacetRequest("action", 10))
	req.AddFacet("year", bleve.NewFacetRequest("year", 40))
}

func facetsOf(res *bleve.SearchResult) Facets {
	get := func(name string) []FacetValue {
		fr, ok := res.Facets[name]
		if !ok || fr.Terms == nil {
			return nil
		}
		var out []FacetValue
		for _, t := range fr.Terms.Terms() {
			if t.Term == "" {
				continue
			}
			out = append(out, FacetValue{Value: t.Term, Count: t.Count})
		}
		return out
	}
	f := Facets{Company: get("company"), Agency: get("agency"), Action: get("action"), Year: get("year")}
	// Years read best in order.
	sort.Slice(f.Year, func(i, j int) bool { return f.Year[i].Value > f.Year[j].Value })
	return f
}

func (ix *Index) run(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	ix.smu.RLock()
	defer ix.smu.RUnlock()
	if ix.search == nil {
		return nil, errors.New("index: closed")
	}
	res, err := ix.search.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	return res, nil
}

// Search returns one page of the campaigns matching q, with facet counts.
// An invalid query string fails with an error wrapping ErrInvalid.
func (ix *Index) Search(ctx context.Context, q Query) (*Results, error) {
	q = q.normalise()
	bq, err := ix.buildQuery(typeCampaign, q)
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bq, q.PerPage, (q.Page-1)*q.PerPage, false)
	req.SortBy(sortFields(typeCampaign, q.Sort))
	addFacets(req)
	res, err := ix.run(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &Results{Query: q, Total: int(res.Total), Facets: facetsOf(res), Terms: ix.QueryTerms(q.Text)}
	for _, h := range res.Hits {
		c, err := ix.Campaign(ctx, campaignIDOfDoc(h.ID))
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out.Campaigns = append(out.Campaigns, c)
	}
	return out, nil
}

// SearchMentions returns one page of the mentions matching q, with facet
// counts. An invalid query string fails with an error wrapping ErrInvalid.
func (ix *Index) SearchMentions(ctx context.Context, q Query) (*MentionResults, error) {
	q = q.normalise()
	bq, err := ix.buildQuery(typeMention, q)
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bq, q.PerPage, (q.Page-1)*q.PerPage, false)
	req.SortBy(sortFields(typeMention, q.Sort))
	addFacets(req)
	res, err := ix.run(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &MentionResults{Query: q, Total: int(res.Total), Facets: facetsOf(res), Terms: ix.QueryTerms(q.Text)}
	for _, h := range res.Hits {
		row, err := ix.mentionRow(h.ID)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out.Mentions = append(out.Mentions, row)
	}
	return out, nil
}

// Campaign returns the campaign with the given ID. The error satisfies
// errors.Is(err, ErrNotFound) if there is none.
func (ix *Index) Campaign(ctx context.Context, id string) (*Campaign, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var c *Campaign
	err := ix.Store.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketCampaigns).Get([]byte(id))
		if v == nil {
			return fmt.Errorf("campaign %s: %w", id, ErrNotFound)
		}
		c = new(Campaign)
		return json.Unmarshal(v, c)
	})
	return c, err
}

func (ix *Index) mentionRow(docID string) (*MentionRow, error) {
	u, i, ok := parseMentionDocID(docID)
	if !ok {
		return nil, fmt.Errorf("mention %q: %w", docID, ErrNotFound)
	}
	var row *MentionRow
	err := ix.Store.db.View(func(tx *bolt.Tx) error {
		a, err := getArticle(tx, u)
		if err != nil {
			return err
		}
		rec, err := getMentions(tx, u)
		if err != nil {
			return err
		}
		if i >= len(rec.Mentions) {
			return fmt.Errorf("mention %s #%d: %w", u, i, ErrNotFound)
		}
		row = newMentionRow(a, rec.Mentions[i])
		return nil
	})
	return row, err
}

func newMentionRow(a *Article, m Mention) *MentionRow {
	var others []string
	for _, u := range a.URLs {
		if u != a.URL {
			others = append(others, u)
		}
	}
	return &MentionRow{ArticleURL: a.URL, URLs: others, Published: a.Published, Title: a.Title,
		SiteName: a.SiteName, CampaignID: campaignKey(&m), Mention: m}
}

// eachHit pages through every document matching bq in the given order and
// calls fn with each document ID, until fn returns an error.
func (ix *Index) eachHit(ctx context.Context, bq query.Query, order []string, fn func(id string) error) error {
	const page = 500
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(bq, page, 0, false)
		req.SortBy(order)
		if after != nil {
			req.SearchAfter = after
		}
		res, err := ix.run(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if err := fn(h.ID); err != nil {
				return err
			}
		}
		if len(res.Hits) < page {
			return nil
		}
		after = lastSort(res.Hits)
	}
}

func lastSort(hits search.DocumentMatchCollection) []string {
	return hits[len(hits)-1].Sort
}

// EachCampaign calls fn for every campaign matching q (its paging fields
// ignored), oldest first unless q.Sort says otherwise, until fn returns an
// error. Nothing is capped: an export gets every row.
func (ix *Index) EachCampaign(ctx context.Context, q Query, fn func(*Campaign) error) error {
	if q.Sort == "" {
		q.Sort = SortOldest
	}
	q = q.normalise()
	bq, err := ix.buildQuery(typeCampaign, q)
	if err != nil {
		return err
	}
	order := sortFields(typeCampaign, q.Sort)
	if q.Sort == SortRelevance {
		order = []string{"-_score", "_id"}
	}
	return ix.eachHit(ctx, bq, order, func(id string) error {
		c, err := ix.Campaign(ctx, campaignIDOfDoc(id))
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return fn(c)
	})
}

// EachMention calls fn for every mention matching q (its paging fields
// ignored), oldest article first unless q.Sort says otherwise, until fn
// returns an error.
func (ix *Index) EachMention(ctx context.Context, q Query, fn func(*MentionRow) error) error {
	if q.Sort == "" {
		q.Sort = SortOldest
	}
	q = q.normalise()
	bq, err := ix.buildQuery(typeMention, q)
	if err != nil {
		return err
	}
	order := sortFields(typeMention, q.Sort)
	if q.Sort == SortRelevance {
		order = []string{"-_score", "_id"}
	}
	return ix.eachHit(ctx, bq, order, func(id string) error {
		row, err := ix.mentionRow(id)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return fn(row)
	})
}

// Events returns the changes (new campaigns, counts that grew, further
// reports) of the campaigns matching q, newest first, at most limit.
func (ix *Index) Events(ctx context.Context, q Query, limit int) ([]Event, error) {
	var evs []Event
	err := ix.EachCampaign(ctx, q, func(c *Campaign) error {
		evs = append(evs, c.Events()...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if !evs[i].Date.Equal(evs[j].Date) {
			return evs[i].Date.After(evs[j].Date)
		}
		return evs[i].ID < evs[j].ID
	})
	if limit > 0 && len(evs) > limit {
		evs = evs[:limit]
	}
	return evs, nil
}

// Stat summarises the campaigns of one company or agency.
type Stat struct {
	Name          string    `json:"name"`
	Campaigns     int       `json:"campaigns"`
	LargestCount  int       `json:"largest_count"`
	TotalCount    int       `json:"total_count"`
	InGazetteer   bool      `json:"in_gazetteer"`
	FirstReported time.Time `json:"first_reported"`
	LastReported  time.Time `json:"last_reported"`
}

// Companies returns every company with campaigns, most campaigns first.
func (ix *Index) Companies(ctx context.Context) ([]Stat, error) {
	return ix.stats(func(c *Campaign) (string, bool) { return c.Company, c.InGazetteer })
}

// Agencies returns every government target with campaigns, most first.
func (ix *Index) Agencies(ctx context.Context) ([]Stat, error) {
	return ix.stats(func(c *Campaign) (string, bool) { return c.Agency, true })
}

func (ix *Index) stats(key func(*Campaign) (string, bool)) ([]Stat, error) {
	m := map[string]*Stat{}
	err := ix.eachStoredCampaign(func(c *Campaign) bool {
		name, gaz := key(c)
		if name == "" {
			return true
		}
		s := m[name]
		if s == nil {
			s = &Stat{Name: name, InGazetteer: gaz, FirstReported: c.FirstReported, LastReported: c.LastReported}
			m[name] = s
		}
		s.Campaigns++
		s.TotalCount += c.Signatures
		s.LargestCount = max(s.LargestCount, c.Signatures)
		if c.FirstReported.Before(s.FirstReported) {
			s.FirstReported = c.FirstReported
		}
		if c.LastReported.After(s.LastReported) {
			s.LastReported = c.LastReported
		}
		return true
	})
	out := make([]Stat, 0, len(m))
	for _, s := range m {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Campaigns != out[j].Campaigns {
			return out[i].Campaigns > out[j].Campaigns
		}
		return out[i].Name < out[j].Name
	})
	return out, err
}

// Counts returns the numbers of stored articles and campaigns.
func (ix *Index) Counts() (articles, campaigns int) {
	ix.Store.db.View(func(tx *bolt.Tx) error {
		articles = tx.Bucket(bucketArticles).Stats().KeyN
		campaigns = tx.Bucket(bucketCampaigns).Stats().KeyN
		return nil
	})
	return articles, campaigns
}
