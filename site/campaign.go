package site

import (
	"errors"
	"net/http"
	"net/url"
	"slices"

	"undersigned/index"
)

// campaignPage is the data of /campaign/{id}.
type campaignPage struct {
	base
	C    *index.Campaign
	Name string
	// CountWords is the largest count as its source wrote it.
	CountWords string
	// EventDates are the dates of the action that sources give.
	EventDates []string
	Chart      *chart
	APIHref    string
}

// handleCampaign serves /campaign/{id}: what, who, against whom, the
// count's history, and every source with its date and quoted evidence.
func (s *Server) handleCampaign(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if s.notModified(w, r, cachePage) {
		return
	}
	c, err := s.Index.Campaign(r.Context(), id)
	if err != nil {
		if !s.redirectMoved(w, r, err, id, pathTo(r, campaignURL)) {
			s.fail(w, r, err)
		}
		return
	}
	scope := url.Values{paramCampaign: {c.ID}}
	name := campaignName(c)
	p := &campaignPage{
		base: base{
			Title:       name,
			Description: name + ": " + c.Action + ", " + plural(c.Articles(), "source", "sources") + ".",
			Feeds:       feedLinks(scope, name),
			Downloads:   downloadLinks(scope),
		},
		C:       c,
		Name:    name,
		APIHref: "/api/campaigns/" + url.PathEscape(c.ID),
	}
	p.Chart = countHistory("history-chart", c.CountAction, c.CountSeries())
	for _, f := range c.History {
		if f.Count == c.Signatures && f.Text != "" {
			p.CountWords = f.Text
			break
		}
	}
	for _, src := range c.Sources {
		for _, m := range src.Mentions {
			if m.EventDate != "" && !slices.Contains(p.EventDates, m.EventDate) {
				p.EventDates = append(p.EventDates, m.EventDate)
			}
		}
	}
	slices.Sort(p.EventDates)
	s.render(w, r, "campaign", p)
}

// redirectMoved answers a request for a campaign that is not found because
// a newer catalogue named its company otherwise (index.MovedCampaign) with
// a permanent redirect to where its reports are now, to(new ID), so that
// links and feed subscriptions keep working. It reports whether it did.
func (s *Server) redirectMoved(w http.ResponseWriter, r *http.Request, err error, id string, to func(string) string) bool {
	if !errors.Is(err, index.ErrNotFound) {
		return false
	}
	moved, err := s.Index.MovedCampaign(r.Context(), id)
	if err != nil {
		return false
	}
	http.Redirect(w, r, to(moved), http.StatusMovedPermanently)
	return true
}

// pathTo returns the address of a campaign at the path page(id), with the
// query of r.
func pathTo(r *http.Request, page func(string) string) func(string) string {
	return func(id string) string {
		if r.URL.RawQuery != "" {
			return page(id) + "?" + r.URL.RawQuery
		}
		return page(id)
	}
}

// paramTo returns the address of r with its campaign parameter set to id.
func paramTo(r *http.Request) func(string) string {
	return func(id string) string {
		return r.URL.Path + "?" + with(r.URL.Query(), paramCampaign, id).Encode()
	}
}
