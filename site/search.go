package site

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"undersigned/index"
)

// Search parameters. Every search is a plain URL of these; feeds, exports
// and the API take the same ones.
const (
	paramText     = "q"
	paramCompany  = "company"
	paramAgency   = "agency"
	paramAction   = "action"
	paramYear     = "year"
	paramMin      = "min"
	paramMax      = "max"
	paramSort     = "sort"
	paramPage     = "page"
	paramPerPage  = "per_page"
	paramCampaign = "campaign"
	paramLevel    = "level"
)

// filterParams are the parameters that select campaigns in searches.
// Feeds and exports also take paramCampaign, for one campaign.
var filterParams = []string{paramText, paramCompany, paramAgency, paramAction, paramYear, paramMin, paramMax}

// maxPage bounds deep paging, which costs the search index dearly; the
// exports give every row.
const maxPage = 1000

var yearPattern = regexp.MustCompile(`^[0-9]{4}$`)

// parseQuery reads the search parameters of r into a query. Malformed
// values fail with an error of kind invalid that names the parameter.
func parseQuery(r *http.Request) (index.Query, error) {
	v := r.URL.Query()
	q := index.Query{
		Text:     strings.TrimSpace(v.Get(paramText)),
		Company:  strings.TrimSpace(v.Get(paramCompany)),
		Agency:   strings.TrimSpace(v.Get(paramAgency)),
		Action:   strings.TrimSpace(v.Get(paramAction)),
		Year:     strings.TrimSpace(v.Get(paramYear)),
		Campaign: strings.TrimSpace(v.Get(paramCampaign)),
		Sort:     strings.TrimSpace(v.Get(paramSort)),
	}
	if len(q.Text) > 500 {
		return q, invalidf("the search text is longer than 500 characters")
	}
	if err := index.ValidateQuery(q.Text); err != nil {
		return q, err
	}
	if q.Year != "" && !yearPattern.MatchString(q.Year) {
		return q, invalidf("year %q is not a year like 2018", q.Year)
	}
	var err error
	if q.MinSignatures, err = intParam(v, paramMin, 0, 1<<31-1); err != nil {
		return q, err
	}
	if q.MaxSignatures, err = intParam(v, paramMax, 0, 1<<31-1); err != nil {
		return q, err
	}
	if q.MinSignatures > 0 && q.MaxSignatures > 0 && q.MinSignatures > q.MaxSignatures {
		return q, invalidf("the smallest count (min=%d) is larger than the largest (max=%d)", q.MinSignatures, q.MaxSignatures)
	}
	switch q.Sort {
	case "", index.SortNewest, index.SortOldest, index.SortSignatures, index.SortRelevance:
	default:
		return q, invalidf("sort %q is not one of newest, signatures, relevance or oldest", q.Sort)
	}
	if q.Page, err = intParam(v, paramPage, 1, maxPage); err != nil {
		return q, err
	}
	if q.PerPage, err = intParam(v, paramPerPage, 1, index.MaxPerPage); err != nil {
		return q, err
	}
	return q, nil
}

// intParam reads a whole-number parameter between lo and hi; absent or
// empty gives 0.
func intParam(v url.Values, name string, lo, hi int) (int, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, invalidf("parameter %s=%q is not a whole number", name, s)
	}
	if n < lo || n > hi {
		return 0, invalidf("parameter %s=%d is out of range (%d to %d)", name, n, lo, hi)
	}
	return n, nil
}

// filterValues returns the request's search parameters that select
// campaigns, without empty ones, plus the extra keys asked for (sort,
// campaign): the base of every link that narrows, widens or pages a search.
func filterValues(r *http.Request, extra ...string) url.Values {
	in := r.URL.Query()
	out := url.Values{}
	keys := append(append([]string(nil), filterParams...), extra...)
	for _, k := range keys {
		if s := strings.TrimSpace(in.Get(k)); s != "" {
			out.Set(k, s)
		}
	}
	return out
}

// with returns a copy of v with key set to value (removed when empty).
func with(v url.Values, key, value string) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	if value == "" {
		out.Del(key)
	} else {
		out.Set(key, value)
	}
	return out
}

// href joins a path and its query.
func href(path string, v url.Values) string {
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

// describeFilters says in words what the parameters select:
// `campaigns matching "nimbus" at Google against CBP`.
func describeFilters(v url.Values) string {
	var parts []string
	if s := v.Get(paramText); s != "" {
		parts = append(parts, "matching “"+s+"”")
	}
	if s := v.Get(paramCompany); s != "" {
		parts = append(parts, "at "+s)
	}
	if s := v.Get(paramAgency); s != "" {
		parts = append(parts, "targeting "+s)
	}
	if s := v.Get(paramAction); s != "" {
		parts = append(parts, "with a "+s)
	}
	if s := v.Get(paramYear); s != "" {
		parts = append(parts, "reported in "+s)
	}
	if s := v.Get(paramMin); s != "" {
		parts = append(parts, "with at least "+s+" people")
	}
	if s := v.Get(paramMax); s != "" {
		parts = append(parts, "with at most "+s+" people")
	}
	id := v.Get(paramCampaign)
	switch {
	case id != "" && len(parts) == 0:
		return "campaign " + id
	case id != "":
		parts = append(parts, "in campaign "+id)
	case len(parts) == 0:
		return "all campaigns"
	}
	return "campaigns " + strings.Join(parts, ", ")
}

// campaignItem is a campaign in a list, with the headline and evidence
// that best show why it matched, matched words marked.
type campaignItem struct {
	C        *index.Campaign
	Title    []index.Segment
	Evidence []index.Segment
}

// newCampaignItem picks the source headline and the evidence sentence to
// show for c: the first that contain a searched word, else the latest
// headline and the sentence that gives the largest count.
func newCampaignItem(c *index.Campaign, terms []string) campaignItem {
	it := campaignItem{C: c}
	for i := len(c.Sources) - 1; i >= 0; i-- {
		seg := index.Highlight(c.Sources[i].Title, terms)
		if it.Title == nil || marked(seg) {
			it.Title = seg
		}
		if marked(seg) {
			break
		}
	}
	var best, first string
	for _, s := range c.Sources {
		for _, m := range s.Mentions {
			for _, ev := range m.Evidence {
				if ev.Text == "" {
					continue
				}
				if first == "" {
					first = ev.Text
				}
				if best == "" && c.Signatures > 0 && m.Count != nil && m.Count.N == c.Signatures &&
					strings.Contains(strings.ToLower(ev.Text), strings.ToLower(m.Count.Text)) {
					best = ev.Text
				}
				if it.Evidence == nil {
					if seg := index.Highlight(ev.Text, terms); marked(seg) {
						it.Evidence = seg
					}
				}
			}
		}
	}
	if it.Evidence == nil {
		if best == "" {
			best = first
		}
		if best != "" {
			it.Evidence = index.Highlight(best, terms)
		}
	}
	return it
}

func marked(segs []index.Segment) bool {
	for _, s := range segs {
		if s.Mark {
			return true
		}
	}
	return false
}

func campaignItems(cs []*index.Campaign, terms []string) []campaignItem {
	out := make([]campaignItem, len(cs))
	for i, c := range cs {
		out[i] = newCampaignItem(c, terms)
	}
	return out
}

// searchPage is the data of /search.
type searchPage struct {
	base
	Form    searchForm
	Filters []activeFilter
	Total   int
	Items   []campaignItem
	Facets  []facetGroup
	Pages   pagination
	// Searched is false for the bare /search page.
	Searched bool
}

// searchForm is the state of the search form.
type searchForm struct {
	Text, Min, Max string
	Sort           []option
	// Hidden carries the facet filters through a new search.
	Hidden []option
}

type option struct {
	Value, Label string
	Selected     bool
}

// activeFilter is a facet filter in force, with the link that removes it.
type activeFilter struct {
	Label, Value, RemoveHref string
}

// facetGroup is one facet: its values with counts and narrowing links.
type facetGroup struct {
	Name, Label string
	Values      []facetLink
}

type facetLink struct {
	Value  string
	Count  int
	Href   string
	Active bool
}

// pagination links the pages of a result list.
type pagination struct {
	Current, Last int
	Prev, Next    string
	Pages         []pageLink
}

type pageLink struct {
	N       int
	Href    string
	Current bool
	// Gap marks an elided run of pages before this one.
	Gap bool
}

var sortOptions = []option{
	{Value: index.SortNewest, Label: "Newest first"},
	{Value: index.SortSignatures, Label: "Most signatures"},
	{Value: index.SortRelevance, Label: "Best match"},
	{Value: index.SortOldest, Label: "Oldest first"},
}

var facetLabels = map[string]string{
	paramCompany: "Company", paramAgency: "Agency", paramAction: "Action", paramYear: "Year",
	paramCampaign: "Campaign",
}

// handleSearch serves /search: full-text search with facets, a count
// range, sorting and pages.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q, ok := s.begin(w, r, cachePage)
	if !ok {
		return
	}
	res, err := s.Index.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// Links that narrow, widen, sort or page the search keep all of it:
	// its filters, one campaign (campaign=), the sort and the page size.
	v := filterValues(r, paramCampaign, paramSort, paramPerPage)
	feedScope := filterValues(r, paramCampaign)
	p := &searchPage{
		base: base{
			Title: "Search", Nav: "search", Query: q.Text, OwnSearch: true,
			Description: "Search " + describeFilters(feedScope) + ".",
			Feeds:       feedLinks(feedScope, describeFilters(feedScope)),
			Downloads:   downloadLinks(feedScope),
		},
		Searched: len(v) > 0,
		Total:    res.Total,
		Items:    campaignItems(res.Campaigns, res.Terms),
		Pages:    paginate("/search", v, res.Query.Page, res.Query.PerPage, res.Total),
	}
	if p.Searched {
		p.Title = "Search: " + describeFilters(feedScope)
	}
	p.Form = searchForm{Text: q.Text, Min: v.Get(paramMin), Max: v.Get(paramMax)}
	for _, o := range sortOptions {
		o.Selected = o.Value == res.Query.Sort
		p.Form.Sort = append(p.Form.Sort, o)
	}
	// A filter by alias (company=alphabet) is the canonical value's
	// (Google): its facet value is the active one.
	canonical := map[string]string{}
	for _, k := range []string{paramCompany, paramAgency, paramAction, paramYear, paramCampaign} {
		val := v.Get(k)
		if val == "" {
			continue
		}
		canonical[k] = val
		switch k {
		case paramCompany:
			canonical[k] = companyKind.resolve(s.Index, val)
		case paramAgency:
			canonical[k] = agencyKind.resolve(s.Index, val)
		}
		p.Form.Hidden = append(p.Form.Hidden, option{Value: val, Label: k})
		p.Filters = append(p.Filters, activeFilter{Label: facetLabels[k], Value: canonical[k], RemoveHref: href("/search", with(v, k, ""))})
	}
	if pp := v.Get(paramPerPage); pp != "" {
		p.Form.Hidden = append(p.Form.Hidden, option{Value: pp, Label: paramPerPage})
	}
	groups := []struct {
		key    string
		values []index.FacetValue
	}{
		{paramCompany, res.Facets.Company}, {paramAgency, res.Facets.Agency},
		{paramAction, res.Facets.Action}, {paramYear, res.Facets.Year},
	}
	for _, g := range groups {
		fg := facetGroup{Name: g.key, Label: facetLabels[g.key]}
		for _, fv := range g.values {
			active := strings.EqualFold(canonical[g.key], fv.Value)
			link := with(v, g.key, fv.Value)
			if active {
				link = with(v, g.key, "")
			}
			fg.Values = append(fg.Values, facetLink{Value: fv.Value, Count: fv.Count, Href: href("/search", link), Active: active})
		}
		if len(fg.Values) > 0 {
			p.Facets = append(p.Facets, fg)
		}
	}
	s.render(w, r, "search", p)
}

// begin reads a request's search parameters and its validators: it
// answers a malformed query (400) or a current copy (304) itself and then
// returns false.
func (s *Server) begin(w http.ResponseWriter, r *http.Request, cacheControl string) (index.Query, bool) {
	q, err := parseQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return q, false
	}
	return q, !s.notModified(w, r, cacheControl)
}

// paginate links the pages of total results: the first, the last and two
// either side of the current one.
func paginate(path string, v url.Values, page, perPage, total int) pagination {
	last := max(1, (total+perPage-1)/perPage)
	p := pagination{Current: page, Last: last}
	link := func(n int) string {
		if n == 1 {
			return href(path, with(v, paramPage, ""))
		}
		return href(path, with(v, paramPage, strconv.Itoa(n)))
	}
	if page > 1 {
		p.Prev = link(min(page-1, last))
	}
	if page < last {
		p.Next = link(page + 1)
	}
	if last == 1 {
		return p
	}
	prev := 0
	for n := 1; n <= last; n++ {
		if n != 1 && n != last && (n < page-2 || n > page+2) {
			continue
		}
		p.Pages = append(p.Pages, pageLink{N: n, Href: link(n), Current: n == page, Gap: prev != 0 && n > prev+1})
		prev = n
	}
	return p
}
