package site

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gorilla/feeds"

	"undersigned/index"
)

// Feeds carry campaign events — a new campaign, a count that grew, a
// further report — each with an ID that never changes, so a reader shows
// each change once. The digest feeds carry one item per ISO week. Every
// feed comes as RSS 2.0 and Atom 1.0 (written by gorilla/feeds) and JSON
// Feed 1.1 (gorilla/feeds writes version 1.0, so it is encoded here).

// feedFormat is one way of writing a feed.
type feedFormat struct {
	ext   string // of the feed's path: /feed.{ext}
	mime  string // for the autodiscovery link
	label string
}

var (
	formatRSS      = feedFormat{ext: "xml", mime: "application/rss+xml", label: "RSS"}
	formatAtom     = feedFormat{ext: "atom", mime: "application/atom+xml", label: "Atom"}
	formatJSONFeed = feedFormat{ext: "json", mime: "application/feed+json", label: "JSON Feed"}
	feedFormats    = []feedFormat{formatRSS, formatAtom, formatJSONFeed}
)

// feedLinks returns the feeds of a scope (search parameters), events and
// weekly digest in each format; desc says what the scope selects.
func feedLinks(scope url.Values, desc string) []feedLink {
	var out []feedLink
	for _, f := range feedFormats {
		out = append(out, feedLink{Label: f.label, Title: "undersigned: " + desc + " (" + f.label + ")",
			Type: f.mime, Href: href("/feed."+f.ext, scope)})
	}
	for _, f := range feedFormats {
		out = append(out, feedLink{Label: "weekly digest (" + f.label + ")",
			Title: "undersigned weekly digest: " + desc + " (" + f.label + ")",
			Type:  f.mime, Href: href("/digest."+f.ext, scope)})
	}
	return out
}

// feedDoc is a feed before it is written in a format.
type feedDoc struct {
	Title       string
	Description string
	HomeURL     string // the HTML page of the same scope
	SelfURL     string
	ID          string
	Updated     time.Time
	Items       []feedItem
}

// feedItem is one item of a feed.
type feedItem struct {
	ID          string
	Title       string
	URL         string
	ExternalURL string
	HTML        string
	Summary     string
	Published   time.Time
	Tags        []string
}

// handleFeed serves /feed.{xml,atom,json}: the events of the campaigns the
// search parameters select (or of one campaign, ?campaign=ID), newest
// first.
func (s *Server) handleFeed(f feedFormat) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.serveFeed(w, r, f, false)
	}
}

// handleDigest serves /digest.{xml,atom,json}: one item per ISO week
// summarising that week's events.
func (s *Server) handleDigest(f feedFormat) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.serveFeed(w, r, f, true)
	}
}

func (s *Server) serveFeed(w http.ResponseWriter, r *http.Request, f feedFormat, digest bool) {
	q, ok := s.begin(w, r, cacheFeed)
	if !ok {
		return
	}
	scope := filterValues(r, paramCampaign)
	limit := s.FeedItems
	if digest {
		limit = 0
	}
	evs, err := s.scopeEvents(r.Context(), q, scope.Get(paramCampaign), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	base := s.base(r)
	desc := describeFilters(scope)
	doc := &feedDoc{
		HomeURL: base + scopePage(scope),
		SelfURL: base + r.URL.Path + querySuffix(scope),
	}
	kind := "feed"
	if digest {
		kind = "digest"
		doc.Title = "undersigned weekly digest: " + desc
		doc.Description = "One item a week: what was new among " + desc + " — new campaigns, counts that grew, further reports."
		doc.Items = s.digestItems(base, scope, evs)
	} else {
		doc.Title = "undersigned: " + desc
		doc.Description = "Tech-worker activism in the news: new campaigns, counts that grew and further reports, for " + desc + "."
		for _, e := range evs {
			doc.Items = append(doc.Items, s.eventItem(base, e))
		}
	}
	doc.ID = "urn:undersigned:" + kind + querySuffix(scope)
	for _, it := range doc.Items {
		if it.Published.After(doc.Updated) {
			doc.Updated = it.Published
		}
	}
	if doc.Updated.IsZero() {
		if _, changed := s.Index.Generation(); !changed.IsZero() {
			doc.Updated = changed
		} else {
			doc.Updated = s.Now()
		}
	}
	for i := range doc.Items {
		// Atom requires a date on every entry; an undated report has none.
		if doc.Items[i].Published.IsZero() {
			doc.Items[i].Published = doc.Updated
		}
	}
	doc.sanitize()
	var buf bytes.Buffer
	switch f {
	case formatRSS:
		err = doc.writeRSS(&buf)
	case formatAtom:
		err = doc.writeAtom(&buf)
	default:
		err = doc.writeJSON(&buf)
	}
	if err != nil {
		s.fail(w, r, fmt.Errorf("site: write %s feed: %w", f.label, err))
		return
	}
	writeBody(w, http.StatusOK, f.mime+"; charset=utf-8", buf.Bytes())
}

func querySuffix(v url.Values) string {
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}

// scopePage returns the HTML page showing what a feed scope selects.
func scopePage(scope url.Values) string {
	if id := scope.Get(paramCampaign); id != "" {
		return campaignURL(id)
	}
	if len(scope) == 1 {
		if c := scope.Get(paramCompany); c != "" {
			return companyURL(c)
		}
		if a := scope.Get(paramAgency); a != "" {
			return agencyURL(a)
		}
	}
	return href("/search", scope)
}

// scopeEvents returns the events of one campaign, or of the campaigns q
// selects, newest first, at most limit (0: all).
func (s *Server) scopeEvents(ctx context.Context, q index.Query, campaign string, limit int) ([]index.Event, error) {
	if campaign == "" {
		return s.Index.Events(ctx, q, limit, time.Time{})
	}
	c, err := s.Index.Campaign(ctx, campaign)
	if err != nil {
		return nil, err
	}
	evs := c.Events()
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

// eventItemHTML is the body of an event's feed item.
var eventItemHTML = template.Must(template.New("event").Parse(
	`<p>{{.Lead}}</p>
{{- if .SourceTitle}}
<p>Source: <a href="{{.SourceHref}}">{{.SourceTitle}}</a>{{with .Site}}, {{.}}{{end}}{{with .Date}}, {{.}}{{end}}</p>
{{- end}}
{{- range .Evidence}}
<blockquote>{{.}}</blockquote>
{{- end}}
<p>{{.State}}</p>
<p><a href="{{.CampaignHref}}">{{.Name}}: the campaign, its count over time and every source</a></p>`))

// eventItem turns an event into a feed item whose ID is the event's.
func (s *Server) eventItem(base string, e index.Event) feedItem {
	c := e.Campaign
	name := campaignName(c)
	var src *index.Source
	for i := range c.Sources {
		if c.Sources[i].URL == e.URL {
			src = &c.Sources[i]
		}
	}
	action := c.Action
	var evidence []string
	if src != nil {
		for _, m := range src.Mentions {
			for _, ev := range m.Evidence {
				if ev.Text != "" && !slices.Contains(evidence, ev.Text) {
					evidence = append(evidence, ev.Text)
				}
			}
		}
	}
	it := feedItem{
		ID:        "urn:undersigned:event:" + e.ID,
		URL:       base + campaignURL(c.ID),
		Published: e.Date,
		Tags:      []string{e.Kind, c.Company, targetName(c), action},
	}
	var lead string
	switch e.Kind {
	case "new":
		it.Title = "New campaign: " + name + " (" + action + ")"
		lead = "A first report of " + c.Company + " workers’ " + action + " against " + targetLong(c) + "."
	case "grew":
		it.Title = name + ": the count grows to " + formatInt(e.Count) + " (was " + formatInt(e.Previous) + ")"
		lead = "A report puts the count at " + formatInt(e.Count) + ", up from " + formatInt(e.Previous) + "."
	default:
		it.Title = "Further report: " + name
		if e.Title != "" {
			it.Title += " — " + e.Title
		}
		lead = "Another report on " + c.Company + " workers’ " + action + " against " + targetLong(c) + "."
	}
	data := struct {
		Lead, SourceTitle, SourceHref, Site, Date, State, CampaignHref, Name string
		Evidence                                                             []string
	}{Lead: lead, CampaignHref: it.URL, Name: name, Evidence: evidence, State: campaignState(c)}
	if src != nil {
		data.SourceTitle, data.Site, data.Date = src.Title, src.SiteName, displayDate(src.Published)
		data.SourceHref = absoluteSource(base, src.URL)
		it.ExternalURL = data.SourceHref
		if it.Published.IsZero() {
			it.Published = src.FetchedAt
		}
	}
	var b strings.Builder
	eventItemHTML.Execute(&b, data)
	it.HTML = b.String()
	it.Summary = lead
	if len(evidence) > 0 {
		it.Summary += " " + evidence[0]
	}
	return it
}

// targetLong names a campaign's target in full: the agency's full name,
// else its issue or target.
func targetLong(c *index.Campaign) string {
	if c.AgencyName != "" {
		return c.AgencyName
	}
	return targetName(c)
}

// campaignState sums up a campaign in a sentence.
func campaignState(c *index.Campaign) string {
	s := "Largest count so far: "
	if l := countLabel(c); l != "" {
		s += l
	} else {
		s += "none given"
	}
	return s + ". " + upperFirst(plural(c.Articles(), "source", "sources")) + " since " + displayDate(c.FirstReported) + "."
}

// absoluteSource returns the absolute URL of a source: the site's own copy
// of a sample article, else the article's URL.
func absoluteSource(base, u string) string {
	if h := sourceHref(u); strings.HasPrefix(h, "/") {
		return base + h
	}
	return u
}

// digestItemHTML is the body of a weekly digest item.
var digestItemHTML = template.Must(template.New("digest").Parse(
	`<p>{{.Summary}}</p>
<ul>
{{- range .Events}}
<li><a href="{{.Href}}">{{.Title}}</a> ({{.Date}})</li>
{{- end}}
</ul>`))

// digestItems groups events (newest first) by ISO week, one item per week,
// leaving out the week in progress, at most DigestWeeks.
func (s *Server) digestItems(base string, scope url.Values, evs []index.Event) []feedItem {
	type week struct {
		key    string
		start  time.Time
		events []index.Event
	}
	var weeks []*week
	byKey := map[string]*week{}
	nowY, nowW := s.Now().UTC().ISOWeek()
	current := fmt.Sprintf("%04d-W%02d", nowY, nowW)
	for _, e := range evs {
		if e.Date.IsZero() {
			continue
		}
		y, n := e.Date.UTC().ISOWeek()
		key := fmt.Sprintf("%04d-W%02d", y, n)
		if key == current {
			continue
		}
		wk := byKey[key]
		if wk == nil {
			wk = &week{key: key, start: weekStart(e.Date.UTC())}
			byKey[key] = wk
			weeks = append(weeks, wk)
		}
		wk.events = append(wk.events, e)
	}
	sort.Slice(weeks, func(i, j int) bool { return weeks[i].start.After(weeks[j].start) })
	if s.DigestWeeks > 0 && len(weeks) > s.DigestWeeks {
		weeks = weeks[:s.DigestWeeks]
	}
	page := base + scopePage(scope)
	var out []feedItem
	for _, wk := range weeks {
		counts := map[string]int{}
		type line struct{ Href, Title, Date string }
		var lines []line
		var latest time.Time
		for _, e := range wk.events {
			counts[e.Kind]++
			it := s.eventItem(base, e)
			lines = append(lines, line{Href: it.URL, Title: it.Title, Date: displayDate(e.Date)})
			if e.Date.After(latest) {
				latest = e.Date
			}
		}
		var parts []string
		if n := counts["new"]; n > 0 {
			parts = append(parts, plural(n, "new campaign", "new campaigns"))
		}
		if n := counts["grew"]; n > 0 {
			parts = append(parts, plural(n, "count grew", "counts grew"))
		}
		if n := counts["report"]; n > 0 {
			parts = append(parts, plural(n, "further report", "further reports"))
		}
		summary := strings.Join(parts, ", ")
		end := wk.start.AddDate(0, 0, 6)
		title := fmt.Sprintf("Week of %s to %s: %s", wk.start.Format("2 Jan"), end.Format("2 Jan 2006"), summary)
		var b strings.Builder
		digestItemHTML.Execute(&b, struct {
			Summary string
			Events  []line
		}{upperFirst(summary) + ".", lines})
		out = append(out, feedItem{
			ID:        "urn:undersigned:digest:" + wk.key + querySuffix(scope),
			Title:     title,
			URL:       page + "#week-" + wk.key,
			HTML:      b.String(),
			Summary:   upperFirst(summary) + ".",
			Published: latest,
			Tags:      []string{"digest"},
		})
	}
	return out
}

// weekStart returns midnight UTC on the Monday of t's ISO week.
func weekStart(t time.Time) time.Time {
	d := (int(t.Weekday()) + 6) % 7 // days since Monday
	y, m, day := t.AddDate(0, 0, -d).Date()
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
}

// xmlSafe removes what XML 1.0 cannot carry: control characters other than
// tab, line feed and carriage return (C1 controls too), U+FFFE and U+FFFF,
// and invalid UTF-8 such as lone surrogates.
func xmlSafe(s string) string {
	clean := true
	for _, r := range s {
		if !xmlChar(r) {
			clean = false
			break
		}
	}
	if clean && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && size == 1) && xmlChar(r) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func xmlChar(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r':
		return true
	case r < 0x20, r >= 0x7F && r <= 0x9F:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}

// sanitize makes every string of the feed safe for XML.
func (d *feedDoc) sanitize() {
	for _, p := range []*string{&d.Title, &d.Description, &d.HomeURL, &d.SelfURL, &d.ID} {
		*p = xmlSafe(*p)
	}
	for i := range d.Items {
		it := &d.Items[i]
		for _, p := range []*string{&it.ID, &it.Title, &it.URL, &it.ExternalURL, &it.HTML, &it.Summary} {
			*p = xmlSafe(*p)
		}
		for j := range it.Tags {
			it.Tags[j] = xmlSafe(it.Tags[j])
		}
	}
}

// gorilla returns the feed as gorilla/feeds sees it. RSS items carry the
// HTML as their description; Atom entries as their content.
func (d *feedDoc) gorilla(atom bool) *feeds.Feed {
	f := &feeds.Feed{
		Title:       d.Title,
		Link:        &feeds.Link{Href: d.HomeURL},
		Description: d.Description,
		Updated:     d.Updated,
		Id:          d.ID,
	}
	if atom {
		// Atom needs an author; RSS's managingEditor must be an email.
		f.Author = &feeds.Author{Name: "undersigned"}
	}
	for _, it := range d.Items {
		fi := &feeds.Item{
			Title:   it.Title,
			Link:    &feeds.Link{Href: it.URL},
			Id:      it.ID,
			Created: it.Published,
			Updated: it.Published,
		}
		if atom {
			fi.Content = it.HTML
		} else {
			fi.Description = it.HTML
			fi.IsPermaLink = "false"
		}
		f.Items = append(f.Items, fi)
	}
	return f
}

// rssDoc is gorilla/feeds' RSS channel with an atom:link to itself, as RSS
// validators recommend.
type rssDoc struct {
	XMLName   xml.Name `xml:"rss"`
	Version   string   `xml:"version,attr"`
	ContentNS string   `xml:"xmlns:content,attr"`
	AtomNS    string   `xml:"xmlns:atom,attr"`
	Channel   rssChannel
}

type rssChannel struct {
	*feeds.RssFeed
	Self rssSelfLink
}

type rssSelfLink struct {
	XMLName xml.Name `xml:"atom:link"`
	Href    string   `xml:"href,attr"`
	Rel     string   `xml:"rel,attr"`
	Type    string   `xml:"type,attr"`
}

func (d *rssDoc) FeedXml() any { return d }

func (d *feedDoc) writeRSS(w *bytes.Buffer) error {
	ch := (&feeds.Rss{Feed: d.gorilla(false)}).RssFeed()
	ch.Language = "en"
	ch.Generator = "undersigned"
	ch.Docs = "https://www.rssboard.org/rss-specification"
	ch.Ttl = 60
	doc := &rssDoc{Version: "2.0", ContentNS: "http://purl.org/rss/1.0/modules/content/",
		AtomNS: "http://www.w3.org/2005/Atom",
		Channel: rssChannel{RssFeed: ch,
			Self: rssSelfLink{Href: d.SelfURL, Rel: "self", Type: formatRSS.mime}}}
	return feeds.WriteXML(doc, w)
}

// atomDoc is gorilla/feeds' Atom feed with a link to itself besides the
// link to its page. (gorilla's AtomFeed holds one link; Links, less
// nested, takes the place of its Link.)
type atomDoc struct {
	*feeds.AtomFeed
	Links []feeds.AtomLink
}

func (d *atomDoc) FeedXml() any { return d }

func (d *feedDoc) writeAtom(w *bytes.Buffer) error {
	af := (&feeds.Atom{Feed: d.gorilla(true)}).AtomFeed()
	af.Id = d.ID // gorilla uses the page's URL, which the events feed and the digest share
	af.Link = nil
	for i, e := range af.Entries {
		it := d.Items[i]
		if !it.Published.IsZero() {
			e.Published = it.Published.Format(time.RFC3339)
		}
		if it.ExternalURL != "" {
			e.Links = append(e.Links, feeds.AtomLink{Href: it.ExternalURL, Rel: "related", Type: "text/html"})
		}
	}
	return feeds.WriteXML(&atomDoc{AtomFeed: af, Links: []feeds.AtomLink{
		{Href: d.HomeURL, Rel: "alternate", Type: "text/html"},
		{Href: d.SelfURL, Rel: "self", Type: formatAtom.mime},
	}}, w)
}

// jsonFeed is a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1).
type jsonFeed struct {
	Version     string           `json:"version"`
	Title       string           `json:"title"`
	HomePageURL string           `json:"home_page_url,omitempty"`
	FeedURL     string           `json:"feed_url,omitempty"`
	Description string           `json:"description,omitempty"`
	Authors     []jsonFeedAuthor `json:"authors,omitempty"`
	Language    string           `json:"language,omitempty"`
	Items       []jsonFeedItem   `json:"items"`
}

type jsonFeedAuthor struct {
	Name string `json:"name,omitempty"`
	URL  string `json:"url,omitempty"`
}

type jsonFeedItem struct {
	ID            string   `json:"id"`
	URL           string   `json:"url,omitempty"`
	ExternalURL   string   `json:"external_url,omitempty"`
	Title         string   `json:"title,omitempty"`
	ContentHTML   string   `json:"content_html"`
	Summary       string   `json:"summary,omitempty"`
	DatePublished string   `json:"date_published,omitempty"`
	Tags          []string `json:"tags,omitempty"`
}

func (d *feedDoc) writeJSON(w *bytes.Buffer) error {
	home := d.HomeURL
	if u, err := url.Parse(home); err == nil {
		u.Path, u.RawQuery, u.Fragment = "/", "", ""
		home = u.String()
	}
	jf := jsonFeed{
		Version:     "https://jsonfeed.org/version/1.1",
		Title:       d.Title,
		HomePageURL: d.HomeURL,
		FeedURL:     d.SelfURL,
		Description: d.Description,
		Authors:     []jsonFeedAuthor{{Name: "undersigned", URL: home}},
		Language:    "en",
		Items:       []jsonFeedItem{},
	}
	for _, it := range d.Items {
		ji := jsonFeedItem{ID: it.ID, URL: it.URL, ExternalURL: it.ExternalURL, Title: it.Title,
			ContentHTML: it.HTML, Summary: it.Summary, Tags: it.Tags}
		if !it.Published.IsZero() {
			ji.DatePublished = it.Published.Format(time.RFC3339)
		}
		jf.Items = append(jf.Items, ji)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(jf)
}
