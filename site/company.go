package site

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"undersigned/index"
)

// entityPage is the data of a company's or an agency's page.
type entityPage struct {
	base
	// Kind is "company" or "agency".
	Kind        string
	Name        string
	FullName    string
	InGazetteer bool
	Stat        index.Stat
	Chart       *chart
	Items       []campaignItem
	SearchHref  string
}

// entitiesPage is the data of /companies and /agencies.
type entitiesPage struct {
	base
	Heading string
	Intro   string
	Table   statsTable
}

// entityKind is what differs between companies and agencies.
type entityKind struct {
	name    string // "company" or "agency"
	param   string
	stats   func(*index.Index, context.Context) ([]index.Stat, error)
	resolve func(*index.Index, string) string // canonical name of an alias
	url     func(string) string
}

var (
	companyKind = entityKind{name: "company", param: paramCompany, url: companyURL,
		stats:   (*index.Index).Companies,
		resolve: (*index.Index).CompanyName}
	agencyKind = entityKind{name: "agency", param: paramAgency, url: agencyURL,
		stats: (*index.Index).Agencies,
		resolve: func(ix *index.Index, name string) string {
			if a, ok := ix.Catalog.Gazetteer().Agency(name); ok {
				return a.Name
			}
			return name
		}}
)

// handleCompany serves /company/{name}: the company's campaigns, their
// counts and a chart of them over time.
func (s *Server) handleCompany(w http.ResponseWriter, r *http.Request) {
	s.serveEntity(w, r, companyKind)
}

// handleAgency serves /agency/{name}, the same for a government target.
func (s *Server) handleAgency(w http.ResponseWriter, r *http.Request) {
	s.serveEntity(w, r, agencyKind)
}

func (s *Server) serveEntity(w http.ResponseWriter, r *http.Request, k entityKind) {
	name := strings.TrimSpace(r.PathValue("name"))
	if s.notModified(w, r, cachePage) {
		return
	}
	ctx := r.Context()
	stats, err := k.stats(s.Index, ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	canonical := k.resolve(s.Index, name)
	var stat *index.Stat
	for i := range stats {
		if strings.EqualFold(stats[i].Name, canonical) {
			stat = &stats[i]
			break
		}
	}
	if stat == nil {
		s.fail(w, r, notFoundf("no campaign is known for the %s %q", k.name, name))
		return
	}
	if stat.Name != name {
		// An alias or another letter case: one address per page.
		http.Redirect(w, r, k.url(stat.Name), http.StatusMovedPermanently)
		return
	}
	q := index.Query{Sort: index.SortNewest}
	if k.name == "company" {
		q.Company = stat.Name
	} else {
		q.Agency = stat.Name
	}
	var cs []*index.Campaign
	if err := s.Index.EachCampaign(ctx, q, func(c *index.Campaign) error {
		cs = append(cs, c)
		return nil
	}); err != nil {
		s.fail(w, r, err)
		return
	}
	q.PerPage = 1
	res, err := s.Index.Search(ctx, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	scope := url.Values{k.param: {stat.Name}}
	p := &entityPage{
		Kind: k.name, Name: stat.Name, InGazetteer: stat.InGazetteer, Stat: *stat,
		Items:      campaignItems(cs, nil),
		Chart:      campaignsPerYear(k.name+"-chart", " ("+stat.Name+")", res.Facets.Year),
		SearchHref: href("/search", scope),
	}
	if k.name == "agency" {
		if a, ok := s.Index.Catalog.Gazetteer().Agency(stat.Name); ok && a.Full != "" && a.Full != stat.Name {
			p.FullName = a.Full
		}
	}
	p.base = base{
		Title:       stat.Name,
		Description: describeEntity(p),
		Nav:         k.name,
		Feeds:       feedLinks(scope, describeFilters(scope)),
		Downloads:   downloadLinks(scope),
	}
	s.render(w, r, "entity", p)
}

func describeEntity(p *entityPage) string {
	who := p.Name + " workers"
	if p.Kind == "agency" {
		who = "Tech workers against " + p.Name
	}
	return who + ": " + plural(p.Stat.Campaigns, "campaign", "campaigns") + " in the news, with every source."
}

// handleCompanies serves /companies: every company with campaigns.
func (s *Server) handleCompanies(w http.ResponseWriter, r *http.Request) {
	s.serveEntities(w, r, companyKind, &entitiesPage{
		base:    base{Title: "Companies", Nav: "companies"},
		Heading: "Companies",
		Intro:   "Every company whose workers have a campaign in the news, most campaigns first.",
		Table:   statsTable{Caption: "Companies by number of campaigns", Label: "Company", Kind: "company"},
	})
}

// handleAgencies serves /agencies: every government target.
func (s *Server) handleAgencies(w http.ResponseWriter, r *http.Request) {
	s.serveEntities(w, r, agencyKind, &entitiesPage{
		base:    base{Title: "Agencies", Nav: "agencies"},
		Heading: "Government targets",
		Intro:   "Every government agency whose contracts tech workers have protested, most campaigns first.",
		Table:   statsTable{Caption: "Agencies by number of campaigns", Label: "Agency", Kind: "agency"},
	})
}

func (s *Server) serveEntities(w http.ResponseWriter, r *http.Request, k entityKind, p *entitiesPage) {
	if s.notModified(w, r, cachePage) {
		return
	}
	rows, err := k.stats(s.Index, r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p.Table.Rows = rows
	s.render(w, r, "entities", p)
}
