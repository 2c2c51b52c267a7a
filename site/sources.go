package site

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"

	"undersigned/index"
)

// feedHealth is one feed the crawler reads, as /sources and /api/sources
// show it.
type feedHealth struct {
	URL          string    `json:"url"`
	Title        string    `json:"title,omitempty"`
	Listed       bool      `json:"listed"`
	Status       string    `json:"status"`
	Dead         bool      `json:"dead"`
	LastFetch    time.Time `json:"last_fetch,omitzero"`
	LastSuccess  time.Time `json:"last_success,omitzero"`
	LastStatus   int       `json:"last_status,omitempty"`
	LastError    string    `json:"last_error,omitempty"`
	FirstFailure time.Time `json:"first_failure,omitzero"`
	Failures     int       `json:"consecutive_failures"`
	ItemsSeen    int       `json:"items_seen"`
	ArticlesKept int       `json:"articles_kept"`
	NextFetch    time.Time `json:"next_fetch,omitzero"`
}

func newFeedHealth(f index.Feed, now time.Time) feedHealth {
	return feedHealth{URL: f.URL, Title: f.Title, Listed: f.Listed, Dead: f.Dead(now), Status: f.Status(now),
		LastFetch: f.LastFetch, LastSuccess: f.LastSuccess, LastStatus: f.LastStatus, LastError: f.LastError,
		FirstFailure: f.FirstFailure, Failures: f.ConsecutiveFailures, ItemsSeen: f.ItemsSeen,
		ArticlesKept: f.ArticlesKept, NextFetch: f.NextFetch}
}

// sourcesReport is the health of every feed.
type sourcesReport struct {
	Total   int          `json:"total"`
	OK      int          `json:"ok"`
	Failing int          `json:"failing"`
	Dead    int          `json:"dead"`
	New     int          `json:"new"`
	Items   []feedHealth `json:"items"`
}

func (s *Server) sourcesReport(r *http.Request) (*sourcesReport, error) {
	fs, err := s.Index.Store.Feeds(r.Context())
	if err != nil {
		return nil, err
	}
	now := s.Now()
	rep := &sourcesReport{Total: len(fs), Items: []feedHealth{}}
	for _, f := range fs {
		h := newFeedHealth(f, now)
		switch h.Status {
		case index.FeedOK:
			rep.OK++
		case index.FeedFailing:
			rep.Failing++
		case index.FeedDead:
			rep.Dead++
		case index.FeedNew:
			rep.New++
		}
		rep.Items = append(rep.Items, h)
	}
	return rep, nil
}

// sourcesPage is the data of /sources.
type sourcesPage struct {
	base
	Report    *sourcesReport
	DeadAfter string
}

// handleSources serves /sources: the health of every feed. It does not
// follow the catalogue's generation, so its ETag is its content's hash.
func (s *Server) handleSources(w http.ResponseWriter, r *http.Request) {
	rep, err := s.sourcesReport(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := &sourcesPage{base: base{Title: "Sources", Nav: "sources",
		Description: "The news feeds undersigned reads, and their health."},
		Report: rep, DeadAfter: humanDuration(index.DeadAfter)}
	var buf bytes.Buffer
	if err := s.pages.byName["sources"].ExecuteTemplate(&buf, "layout.html", p); err != nil {
		s.fail(w, r, err)
		return
	}
	writeValidated(w, r, "text/html; charset=utf-8", cacheHealth, buf.Bytes())
}

// handleAPISources serves /api/sources.
func (s *Server) handleAPISources(w http.ResponseWriter, r *http.Request) {
	rep, err := s.sourcesReport(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeValidated(w, r, "application/json; charset=utf-8", cacheHealth, append(b, '\n'))
}

// humanDuration writes whole days as days ("1 day"), else as Go does.
func humanDuration(d time.Duration) string {
	if d > 0 && d%(24*time.Hour) == 0 {
		return plural(int(d/(24*time.Hour)), "day", "days")
	}
	return d.String()
}
