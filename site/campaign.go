package site

import (
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
	// History is every dated figure with the action it counts.
	History []historyRow
	APIHref string
}

// historyRow is a dated figure and what it counts.
type historyRow struct {
	index.Figure
	Action, Kind string
}

// historyRows pairs each figure of c with the action and kind of the
// mention that gave it.
func historyRows(c *index.Campaign) []historyRow {
	out := make([]historyRow, len(c.History))
	for i, f := range c.History {
		out[i].Figure = f
		for _, src := range c.Sources {
			if src.URL != f.URL {
				continue
			}
			for _, m := range src.Mentions {
				if m.Count != nil && m.Count.N == f.Count && out[i].Action == "" {
					out[i].Action, out[i].Kind = m.Action, m.Count.Kind
				}
			}
		}
	}
	return out
}

// mainSeries returns the figures of the campaign's main action: counts of
// different actions (a letter's signers, the few who resigned) do not
// belong on one line.
func mainSeries(c *index.Campaign, rows []historyRow) []index.Figure {
	var out []index.Figure
	for _, r := range rows {
		if r.Action == "" || r.Action == c.Action {
			out = append(out, r.Figure)
		}
	}
	return out
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
		s.fail(w, r, err)
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
		History: historyRows(c),
		APIHref: "/api/campaigns/" + url.PathEscape(c.ID),
	}
	p.Chart = countHistory("history-chart", c.Action, mainSeries(c, p.History))
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
