package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
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
	// "\"open letter\"", "nimbus*", "company:Google"); words without a
	// field search titles, evidence, targets and names (and the text of
	// the reports).
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
	// Copies are the canonical URLs of syndicated copies of the article
	// (see Article.Copies); CopyOf is set on a row written for one of them.
	Copies []string `json:"copies,omitempty"`
	CopyOf string   `json:"copy_of,omitempty"`
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
	if err := checkQuery(q); err != nil {
		return fmt.Errorf("%w: query %q: %v", ErrInvalid, text, err)
	}
	return nil
}

// maxFuzziness is the largest edit distance bleve accepts (word~2).
const maxFuzziness = 2

// checkQuery finds what the parser accepts but a search would refuse: a bad
// /regexp/, or fuzziness over maxFuzziness (word~3).
func checkQuery(q query.Query) error {
	switch q := q.(type) {
	case *query.RegexpQuery:
		_, err := regexp.Compile(q.Regexp)
		return err
	case *query.FuzzyQuery:
		if q.Fuzziness > maxFuzziness {
			return fmt.Errorf("fuzziness %d is more than %d", q.Fuzziness, maxFuzziness)
		}
	case *query.MatchQuery:
		if q.Fuzziness > maxFuzziness {
			return fmt.Errorf("fuzziness %d is more than %d", q.Fuzziness, maxFuzziness)
		}
	case *query.BooleanQuery:
		for _, sub := range []query.Query{q.Must, q.Should, q.MustNot} {
			if sub != nil {
				if err := checkQuery(sub); err != nil {
					return err
				}
			}
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			if err := checkQuery(c); err != nil {
				return err
			}
		}
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			if err := checkQuery(d); err != nil {
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
		must = append(must, termQuery("company_key", ix.companyKeyOf(q.Company)))
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

// companyKeyOf returns the companyKey of a company named by any alias, in
// any letter case, short or in full ("Lumora" finds "Lumora Systems").
func (ix *Index) companyKeyOf(name string) string {
	if c, ok := ix.Catalog.Gazetteer().Company(strings.TrimSpace(name)); ok {
		return companyKey(c.Name, true)
	}
	return companyKey(name, false)
}

// CompanyName returns the name the catalogue gives a company named by any
// alias, in any letter case, short or in full: "alphabet" → "Google",
// "lumora" → "Lumora Systems". It returns name itself if no campaign
// knows the company.
func (ix *Index) CompanyName(name string) string {
	name = strings.TrimSpace(name)
	if c, ok := ix.Catalog.Gazetteer().Company(name); ok {
		return c.Name
	}
	if sum, err := ix.summary(); err == nil {
		key := companyKey(name, false)
		for _, s := range sum.companies {
			if companyKey(s.Name, s.InGazetteer) == key {
				return s.Name
			}
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
	if sum, err := ix.summary(); err == nil {
		for _, s := range sum.agencies {
			if strings.EqualFold(s.Name, name) {
				return s.Name
			}
		}
	}
	return name
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
		if tooComplex(err) {
			return nil, fmt.Errorf("%w: the query is too complex to run (%v); use fewer wildcards", ErrInvalid, err)
		}
		return nil, fmt.Errorf("index: search: %w", err)
	}
	return res, nil
}

// tooComplex reports whether a search failed because the user's wildcard,
// regexp or fuzzy query expands to more than the search index allows, which
// only shows when the search runs.
func tooComplex(err error) bool {
	msg := err.Error()
	for _, s := range []string{"dfa contains more than", "too many states", "fuzziness exceeds", "too many clauses"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
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
	out.Campaigns, err = ix.campaigns(hitIDs(res))
	return out, err
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
	out.Mentions, err = ix.mentionRows(hitIDs(res))
	return out, err
}

func hitIDs(res *bleve.SearchResult) []string {
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids
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
			return fmt.Errorf("index: campaign %s: %w", id, ErrNotFound)
		}
		c = new(Campaign)
		return json.Unmarshal(v, c)
	})
	return c, err
}

// MovedCampaign returns the ID of the campaign that the reports of a former
// campaign id belong to now, after a new catalogue named its company
// otherwise. The error satisfies errors.Is(err, ErrNotFound) if id is a
// campaign still, or never moved.
func (ix *Index) MovedCampaign(ctx context.Context, id string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	to := ""
	err := ix.Store.db.View(func(tx *bolt.Tx) error {
		campaigns, moved := tx.Bucket(bucketCampaigns), tx.Bucket(bucketMoved)
		if campaigns.Get([]byte(id)) != nil {
			return nil
		}
		// A campaign may have moved more than once; a cycle ends the walk.
		for at, hops := id, 0; hops < 8; hops++ {
			next := moved.Get([]byte(at))
			if next == nil {
				return nil
			}
			at = string(next)
			if campaigns.Get(next) != nil {
				to = at
				return nil
			}
		}
		return nil
	})
	if err == nil && to == "" {
		err = fmt.Errorf("index: campaign %s: %w", id, ErrNotFound)
	}
	return to, err
}

// mentionRows loads the mentions of the given documents in one
// transaction, skipping any that have gone.
func (ix *Index) mentionRows(docIDs []string) ([]*MentionRow, error) {
	out := make([]*MentionRow, 0, len(docIDs))
	err := ix.Store.db.View(func(tx *bolt.Tx) error {
		var a *Article
		var rec mentionRecord
		for _, d := range docIDs {
			u, i, ok := parseMentionDocID(d)
			if !ok {
				continue
			}
			if a == nil || a.URL != u {
				var err error
				if a, err = getArticleHead(tx, u); errors.Is(err, ErrNotFound) {
					a = nil
					continue
				} else if err != nil {
					return err
				}
				if rec, err = getMentions(tx, u); err != nil {
					return err
				}
			}
			if i < len(rec.Mentions) {
				out = append(out, newMentionRow(a, rec.Mentions[i]))
			}
		}
		return nil
	})
	return out, err
}

func newMentionRow(a *Article, m Mention) *MentionRow {
	var others []string
	for _, u := range a.URLs {
		if u != a.URL {
			others = append(others, u)
		}
	}
	return &MentionRow{ArticleURL: a.URL, URLs: others, Published: a.Published, Title: a.Title,
		SiteName: a.SiteName, CampaignID: campaignKey(&m), Copies: a.Copies, Mention: m}
}

// Page sizes of eachPage: each page re-runs the sorted search, so big pages
// suit reading everything; a scan that may stop early starts small.
const (
	pageFirstSmall = 64
	pageMax        = 4000
)

// eachPage pages through every document matching bq in the given order and
// calls fn with each page of document IDs, until fn returns an error. Pages
// start at first IDs and double up to pageMax. Relevance order pages by
// offset: a score cannot be searched after.
func (ix *Index) eachPage(ctx context.Context, bq query.Query, order []string, first int, fn func(ids []string) error) error {
	byScore := slices.Contains(order, "-_score")
	var after []string
	page := first
	for from := 0; ; from += page {
		page = min(page, pageMax)
		req := bleve.NewSearchRequestOptions(bq, page, 0, false)
		req.SortBy(order)
		if byScore {
			req.From = from
		} else if after != nil {
			req.SearchAfter = after
		}
		res, err := ix.run(ctx, req)
		if err != nil {
			return err
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		if len(ids) > 0 {
			if err := fn(ids); err != nil {
				return err
			}
		}
		if len(res.Hits) < page {
			return nil
		}
		after = res.Hits[len(res.Hits)-1].Sort
		if !byScore {
			page *= 2 // from only counts for relevance order
		}
	}
}

// exportOrder is the order of EachCampaign and EachMention.
func exportOrder(docType string, q Query) []string {
	if q.Sort == SortRelevance {
		return []string{"-_score", "_id"}
	}
	return sortFields(docType, q.Sort)
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
	return ix.eachCampaignIn(ctx, bq, exportOrder(typeCampaign, q), pageMax, fn)
}

func (ix *Index) eachCampaignIn(ctx context.Context, bq query.Query, order []string, first int, fn func(*Campaign) error) error {
	return ix.eachPage(ctx, bq, order, first, func(ids []string) error {
		cs, err := ix.campaigns(ids)
		if err != nil {
			return err
		}
		for _, c := range cs {
			if err := fn(c); err != nil {
				return err
			}
		}
		return nil
	})
}

// campaigns loads the campaigns of the given documents in one transaction,
// skipping any that have gone.
func (ix *Index) campaigns(docIDs []string) ([]*Campaign, error) {
	out := make([]*Campaign, 0, len(docIDs))
	err := ix.Store.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCampaigns)
		for _, d := range docIDs {
			v := b.Get([]byte(campaignIDOfDoc(d)))
			if v == nil {
				continue
			}
			c := new(Campaign)
			if err := json.Unmarshal(v, c); err != nil {
				return fmt.Errorf("index: decode campaign %s: %w", campaignIDOfDoc(d), err)
			}
			out = append(out, c)
		}
		return nil
	})
	return out, err
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
	return ix.eachPage(ctx, bq, exportOrder(typeMention, q), pageMax, func(ids []string) error {
		rows, err := ix.mentionRows(ids)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	})
}
