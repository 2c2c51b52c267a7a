package site

import (
	"net/http"
	"net/url"

	"undersigned/index"
)

// homeLatest is the number of latest campaigns on the home page;
// homeEntities the number of companies and agencies listed there.
const (
	homeLatest   = 8
	homeEntities = 12
)

// homePage is the data of /.
type homePage struct {
	base
	Articles, Campaigns int
	Latest              []campaignItem
	Companies           statsTable
	Agencies            statsTable
	MoreCompanies       bool
	MoreAgencies        bool
	Chart               *chart
}

// statsTable is a table of companies or agencies and their campaigns.
type statsTable struct {
	Caption, Label, Kind string
	Rows                 []index.Stat
}

// handleHome serves /: the latest campaigns, companies and agencies by
// campaign count, and a search box.
func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	if s.notModified(w, r, cachePage) {
		return
	}
	ctx := r.Context()
	res, err := s.Index.Search(ctx, index.Query{Sort: index.SortNewest, PerPage: homeLatest})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	companies, err := s.Index.Companies(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	agencies, err := s.Index.Agencies(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &homePage{
		base:          base{Nav: "home", OwnSearch: true, Feeds: feedLinks(url.Values{}, "all campaigns"), Downloads: downloadLinks(url.Values{})},
		Latest:        campaignItems(res.Campaigns, nil),
		Companies:     statsTable{Caption: "Companies by number of campaigns", Label: "Company", Kind: "company", Rows: firstN(companies, homeEntities)},
		Agencies:      statsTable{Caption: "Government targets by number of campaigns", Label: "Agency", Kind: "agency", Rows: firstN(agencies, homeEntities)},
		MoreCompanies: len(companies) > homeEntities,
		MoreAgencies:  len(agencies) > homeEntities,
		Chart:         campaignsPerYear("home-chart", "", res.Facets.Year),
	}
	var err2 error
	if p.Articles, p.Campaigns, err2 = s.Index.Counts(); err2 != nil {
		s.fail(w, r, err2)
		return
	}
	s.render(w, r, "home", p)
}

func firstN[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}
