package site

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"undersigned/index"
)

// The JSON API serves what the pages show, for programs. Lists page with
// ?page= and ?per_page= (at most index.MaxPerPage) and take the search
// parameters of /search; errors are JSON too. site/API.md documents it.

// apiError is the body of an API error.
type apiError struct {
	Error apiErrorBody `json:"error"`
}

type apiErrorBody struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
}

// apiPage is one page of a list.
type apiPage[T any] struct {
	Total   int           `json:"total"`
	Page    int           `json:"page"`
	PerPage int           `json:"per_page"`
	Pages   int           `json:"pages"`
	Self    string        `json:"self"`
	Next    *string       `json:"next"`
	Prev    *string       `json:"prev"`
	Items   []T           `json:"items"`
	Facets  *index.Facets `json:"facets,omitempty"`
	Links   apiLinks      `json:"links"`
}

// apiLinks points at the same selection in other forms.
type apiLinks struct {
	HTML string `json:"html,omitempty"`
	CSV  string `json:"csv,omitempty"`
	JSON string `json:"json,omitempty"`
	RSS  string `json:"rss,omitempty"`
	Atom string `json:"atom,omitempty"`
	Feed string `json:"json_feed,omitempty"`
}

// apiCampaign is a campaign with its addresses.
type apiCampaign struct {
	*index.Campaign
	URL    string `json:"url"`
	APIURL string `json:"api_url"`
}

// apiCampaignDetail is a campaign with its events and feeds.
type apiCampaignDetail struct {
	apiCampaign
	Events []index.Event `json:"events"`
	Links  apiLinks      `json:"links"`
}

// apiMention is a mention with its campaign's addresses.
type apiMention struct {
	*index.MentionRow
	CampaignURL    string `json:"campaign_url"`
	CampaignAPIURL string `json:"campaign_api_url"`
}

// apiEntity is a company or an agency with its addresses.
type apiEntity struct {
	index.Stat
	FullName     string `json:"full_name,omitempty"`
	URL          string `json:"url"`
	CampaignsURL string `json:"campaigns_url"`
}

// apiList is a complete list.
type apiList[T any] struct {
	Total int `json:"total"`
	Items []T `json:"items"`
}

type apiEndpoint struct {
	Path        string `json:"path"`
	Description string `json:"description"`
}

// handleAPIIndex serves /api/: what the API offers.
func (s *Server) handleAPIIndex(w http.ResponseWriter, r *http.Request) {
	b := s.base(r)
	body, err := json.MarshalIndent(struct {
		Name      string        `json:"name"`
		Endpoints []apiEndpoint `json:"endpoints"`
		Data      string        `json:"data_package"`
	}{
		Name: "undersigned API",
		Endpoints: []apiEndpoint{
			{b + "/api/campaigns", "Campaigns matching the search parameters (q, company, agency, action, year, min, max, sort), paged (page, per_page), with facets."},
			{b + "/api/campaigns/{id}", "One campaign: its sources, count history and events."},
			{b + "/api/mentions", "Mentions (one worker action one article reports) matching the search parameters, paged."},
			{b + "/api/companies", "Every company with campaigns, most campaigns first."},
			{b + "/api/agencies", "Every government target with campaigns, most campaigns first."},
			{b + "/api/sources", "The news feeds read, with their health."},
		},
		Data: b + "/data/datapackage.json",
	}, "", "  ")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// It changes only with the site's address and build: its ETag is its
	// hash.
	writeValidated(w, r, "application/json; charset=utf-8", cachePage, append(body, '\n'))
}

// newAPIPage returns an empty page of a list of total results of the
// query q (as the index normalised it), with its links.
func newAPIPage[T any](s *Server, r *http.Request, q index.Query, total int, facets *index.Facets, level string) apiPage[T] {
	out := apiPage[T]{Total: total, Page: q.Page, PerPage: q.PerPage, Pages: pageCount(total, q.PerPage),
		Items: []T{}, Facets: facets, Links: s.scopeLinks(r, filterValues(r, paramCampaign), level)}
	out.Self, out.Next, out.Prev = s.pageLinks(r, out.Page, out.Pages)
	return out
}

// pageLinks returns the absolute URLs of a list page and its neighbours.
func (s *Server) pageLinks(r *http.Request, page, pages int) (self string, next, prev *string) {
	b := s.base(r) + r.URL.Path
	v := r.URL.Query()
	link := func(n int) *string {
		u := b + querySuffix(with(v, paramPage, strconv.Itoa(n)))
		return &u
	}
	self = *link(page)
	if page < pages {
		next = link(page + 1)
	}
	if page > 1 {
		prev = link(min(page-1, max(pages, 1)))
	}
	return self, next, prev
}

func pageCount(total, perPage int) int { return max(1, (total+perPage-1)/perPage) }

// scopeLinks returns the page, exports and feeds of a scope.
func (s *Server) scopeLinks(r *http.Request, scope url.Values, level string) apiLinks {
	b := s.base(r)
	ex := scope
	if level == levelMentions {
		ex = with(scope, paramLevel, levelMentions)
	}
	return apiLinks{
		HTML: b + scopePage(scope),
		CSV:  b + href("/export.csv", ex),
		JSON: b + href("/export.json", ex),
		RSS:  b + href("/feed.xml", scope),
		Atom: b + href("/feed.atom", scope),
		Feed: b + href("/feed.json", scope),
	}
}

func (s *Server) apiCampaignOf(r *http.Request, c *index.Campaign) apiCampaign {
	b := s.base(r)
	return apiCampaign{Campaign: c, URL: b + campaignURL(c.ID), APIURL: b + "/api/campaigns/" + url.PathEscape(c.ID)}
}

// handleAPICampaigns serves /api/campaigns.
func (s *Server) handleAPICampaigns(w http.ResponseWriter, r *http.Request) {
	q, ok := s.begin(w, r, cachePage)
	if !ok {
		return
	}
	res, err := s.Index.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := newAPIPage[apiCampaign](s, r, res.Query, res.Total, &res.Facets, levelCampaigns)
	for _, c := range res.Campaigns {
		out.Items = append(out.Items, s.apiCampaignOf(r, c))
	}
	writeJSON(w, http.StatusOK, out)
}

// handleAPICampaign serves /api/campaigns/{id}.
func (s *Server) handleAPICampaign(w http.ResponseWriter, r *http.Request) {
	if s.notModified(w, r, cachePage) {
		return
	}
	c, err := s.Index.Campaign(r.Context(), r.PathValue("id"))
	if err != nil {
		apiURL := func(id string) string { return "/api/campaigns/" + url.PathEscape(id) }
		if !s.redirectMoved(w, r, err, r.PathValue("id"), pathTo(r, apiURL)) {
			s.fail(w, r, err)
		}
		return
	}
	evs, err := s.Index.Events(r.Context(), index.Query{Campaign: c.ID}, 0, time.Time{})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, apiCampaignDetail{apiCampaign: s.apiCampaignOf(r, c), Events: evs,
		Links: s.scopeLinks(r, url.Values{paramCampaign: {c.ID}}, levelMentions)})
}

// handleAPIMentions serves /api/mentions.
func (s *Server) handleAPIMentions(w http.ResponseWriter, r *http.Request) {
	q, ok := s.begin(w, r, cachePage)
	if !ok {
		return
	}
	res, err := s.Index.SearchMentions(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b := s.base(r)
	out := newAPIPage[apiMention](s, r, res.Query, res.Total, &res.Facets, levelMentions)
	for _, m := range res.Mentions {
		out.Items = append(out.Items, apiMention{MentionRow: m, CampaignURL: b + campaignURL(m.CampaignID),
			CampaignAPIURL: b + "/api/campaigns/" + url.PathEscape(m.CampaignID)})
	}
	writeJSON(w, http.StatusOK, out)
}

// handleAPICompanies serves /api/companies.
func (s *Server) handleAPICompanies(w http.ResponseWriter, r *http.Request) {
	s.serveAPIEntities(w, r, companyKind)
}

// handleAPIAgencies serves /api/agencies.
func (s *Server) handleAPIAgencies(w http.ResponseWriter, r *http.Request) {
	s.serveAPIEntities(w, r, agencyKind)
}

func (s *Server) serveAPIEntities(w http.ResponseWriter, r *http.Request, k entityKind) {
	if s.notModified(w, r, cachePage) {
		return
	}
	stats, err := k.stats(s.Index, r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b := s.base(r)
	out := apiList[apiEntity]{Total: len(stats), Items: []apiEntity{}}
	for _, st := range stats {
		e := apiEntity{Stat: st, URL: b + k.url(st.Name),
			CampaignsURL: b + href("/api/campaigns", url.Values{k.param: {st.Name}})}
		if k.name == "agency" {
			if a, ok := s.Index.Catalog.Gazetteer().Agency(st.Name); ok {
				e.FullName = a.Full
			}
		}
		out.Items = append(out.Items, e)
	}
	writeJSON(w, http.StatusOK, out)
}
