package site

import (
	"bytes"
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
	// Kind is what an event item reports, as it was when found: "new",
	// "grew" or "report"; "digest" for a week.
	Kind        string
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
	q, err := parseQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// A digest also changes when a week ends and joins it: its validators
	// carry the week in progress.
	var week string
	var weekBegan, since time.Time
	limit := s.FeedItems
	if digest {
		now := s.Now().UTC()
		week, weekBegan = isoWeek(now), weekStart(now)
		limit = 0
		if s.DigestWeeks > 0 {
			since = weekBegan.AddDate(0, 0, -7*s.DigestWeeks)
		}
	}
	if s.notModifiedBy(w, r, cacheFeed, week, weekBegan) {
		return
	}
	scope := filterValues(r, paramCampaign)
	desc := describeFilters(scope)
	if id := scope.Get(paramCampaign); id != "" {
		// One campaign's feed goes by its name; an unknown one is a 404.
		c, err := s.Index.Campaign(r.Context(), id)
		if err != nil {
			if !s.redirectMoved(w, r, err, id, paramTo(r)) {
				s.fail(w, r, err)
			}
			return
		}
		desc = campaignName(c)
	}
	evs, err := s.Index.Events(r.Context(), q, limit, since)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	base := s.base(r)
	doc := &feedDoc{
		HomeURL: base + scopePage(scope),
		SelfURL: base + r.URL.Path + querySuffix(scope),
	}
	kind := "feed"
	if digest {
		kind = "digest"
		doc.Title = "undersigned weekly digest: " + desc
		doc.Description = "One item a week: what undersigned found among " + desc + " — new campaigns, counts that grew, further reports."
		doc.Items = s.digestItems(base, scope, evs, week)
	} else {
		doc.Title = "undersigned: " + desc
		doc.Description = "Tech-worker activism in the news: new campaigns, counts that grew and further reports, for " + desc + ", newest found first."
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

// discovered is when undersigned found an event's source, else (for
// records without a fetch time) the event's own date.
func discovered(e index.Event) time.Time {
	if !e.Seen.IsZero() {
		return e.Seen
	}
	return e.Date
}

// eventItemHTML is the body of an event's feed item.
var eventItemHTML = template.Must(template.New("event").Parse(
	`<p>{{.Lead}}</p>
{{- range .Facts}}
<p>{{.}}</p>
{{- end}}
{{- if .SourceTitle}}
<p>Source: <a href="{{.SourceHref}}">{{.SourceTitle}}</a>{{with .Site}}, {{.}}{{end}}, {{with .Published}}published {{.}}{{else}}undated{{end}}{{with .Found}}; found by undersigned {{.}}{{end}}.</p>
{{- end}}
{{- range .Evidence}}
<blockquote>{{.}}</blockquote>
{{- end}}
<p><a href="{{.CampaignHref}}">{{.Name}}: the campaign, its count over time and every source</a></p>`))

// eventNews is what an event tells, as it was when undersigned found its
// source: what the feeds' items and the digest's lines are made of.
type eventNews struct {
	// Kind is "new" for the campaign's first report found, "grew", or
	// "report".
	Kind   string
	Title  string
	Lead   string
	Facts  []string
	Action string
	Src    *index.Source
	// Count and Previous are a "grew" event's count, and the one it grew
	// from; Outcome the outcome a report gives.
	Count, Previous int
	Outcome         string
}

// newsOf tells an event as it was when undersigned found its source —
// what that report says, and what was known before it — never the
// campaign's state now, so it does not change as later reports arrive.
func newsOf(e index.Event) eventNews {
	c := e.Campaign
	name := campaignName(c)
	n := eventNews{Src: findSource(c, e.URL), Action: c.Action}
	if n.Src != nil {
		if a := sourceAction(n.Src); a != "" {
			n.Action = a
		}
	}
	if e.Kind == "grew" {
		n.Kind, n.Count, n.Previous = "grew", e.Count, previousAsFound(c, e)
		n.Title = name + ": the count grows to " + formatInt(e.Count) + " (was " + formatInt(n.Previous) + ")"
		n.Lead = "A report puts the count at " + figureLabel(c, e) + ", up from " + formatInt(n.Previous) + "."
		return n
	}
	against := c.Company + " workers’ " + n.Action + " against " + targetLong(c) + "."
	if foundFirst(c, n.Src, e) {
		n.Kind = "new"
		n.Title = "New campaign: " + name + " (" + n.Action + ")"
		n.Lead = "A first report of " + against
	} else {
		n.Kind = "report"
		n.Title = "Further report: " + name
		n.Lead = "Another report on " + against
	}
	if n.Src != nil {
		if l := sourceCount(n.Src); l != "" {
			n.Facts = append(n.Facts, "It gives a count: "+l+".")
		}
		if n.Outcome = sourceOutcome(n.Src); n.Outcome != "" {
			n.Title += " — outcome: " + n.Outcome
			n.Facts = append(n.Facts, "It reports the company’s answer: "+n.Outcome+".")
		}
	}
	if n.Kind == "report" && e.Title != "" {
		n.Title += " — " + e.Title
	}
	return n
}

// eventItem turns an event into a feed item whose ID is the event's and
// whose content, told as it was when found, never changes, so a reader
// shows each change once.
func (s *Server) eventItem(base string, e index.Event) feedItem {
	c := e.Campaign
	n := newsOf(e)
	it := feedItem{
		Kind:      n.Kind,
		ID:        "urn:undersigned:event:" + e.ID,
		Title:     n.Title,
		URL:       base + campaignURL(c.ID),
		Published: discovered(e),
		Tags:      []string{n.Kind, c.Company, targetName(c), n.Action},
	}
	data := struct {
		Lead, SourceTitle, SourceHref, Site, Published, Found, CampaignHref, Name string
		Facts, Evidence                                                           []string
	}{Lead: n.Lead, Facts: n.Facts, CampaignHref: it.URL, Name: campaignName(c)}
	if src := n.Src; src != nil {
		for _, m := range src.Mentions {
			for _, ev := range m.Evidence {
				if ev.Text != "" && !slices.Contains(data.Evidence, ev.Text) {
					data.Evidence = append(data.Evidence, ev.Text)
				}
			}
		}
		data.SourceTitle, data.Site = src.Title, src.SiteName
		if data.SourceTitle == "" {
			data.SourceTitle = src.URL
		}
		if !src.Published.IsZero() {
			data.Published = displayDate(src.Published)
		}
		if !src.FoundAt.IsZero() {
			data.Found = displayDate(src.FoundAt)
		}
		data.SourceHref = absoluteSource(base, src.URL)
		it.ExternalURL = data.SourceHref
	}
	var b strings.Builder
	eventItemHTML.Execute(&b, data)
	it.HTML = b.String()
	it.Summary = n.Lead
	if len(data.Evidence) > 0 {
		it.Summary += " " + data.Evidence[0]
	}
	return it
}

// findSource returns the source of c with URL u, nil if none.
func findSource(c *index.Campaign, u string) *index.Source {
	for i := range c.Sources {
		if c.Sources[i].URL == u {
			return &c.Sources[i]
		}
	}
	return nil
}

// foundBefore reports whether source a was found before source b: by
// fetch time, then publication date, then URL — an order that sources
// found later do not change.
func foundBefore(a, b *index.Source) bool {
	if !a.FoundAt.Equal(b.FoundAt) {
		return a.FoundAt.Before(b.FoundAt)
	}
	if !a.Published.Equal(b.Published) {
		return a.Published.Before(b.Published)
	}
	return a.URL < b.URL
}

// foundFirst reports whether src was the campaign's first source when it
// was found. Without fetch times it falls back on the index's kind.
func foundFirst(c *index.Campaign, src *index.Source, e index.Event) bool {
	if src == nil || src.FoundAt.IsZero() {
		return e.Kind == "new"
	}
	for i := range c.Sources {
		if o := &c.Sources[i]; o.URL != src.URL && foundBefore(o, src) {
			return false
		}
	}
	return true
}

// previousAsFound returns the count a "grew" event grew from as it was
// when its source was found: the largest earlier-dated figure of the same
// action among the sources found before it. An event that only a later
// find made one (an older, smaller figure) keeps the index's.
func previousAsFound(c *index.Campaign, e index.Event) int {
	fig, src := eventFigure(c, e), findSource(c, e.URL)
	if fig == nil || src == nil {
		return e.Previous
	}
	prev := 0
	for _, f := range c.History {
		if f.Action != fig.Action || f.URL == fig.URL || f.Date.After(fig.Date) || f.Count >= fig.Count {
			continue
		}
		if o := findSource(c, f.URL); o != nil && foundBefore(o, src) {
			prev = max(prev, f.Count)
		}
	}
	if prev == 0 {
		return e.Previous
	}
	return prev
}

// eventFigure returns the figure a "grew" event reports.
func eventFigure(c *index.Campaign, e index.Event) *index.Figure {
	for i := range c.History {
		if f := &c.History[i]; f.URL == e.URL && f.Count == e.Count {
			return f
		}
	}
	return nil
}

// figureLabel describes the figure of a "grew" event: "more than 200
// signatures".
func figureLabel(c *index.Campaign, e index.Event) string {
	f := eventFigure(c, e)
	if f == nil {
		return formatInt(e.Count)
	}
	return countWords(f.Qualifier, f.Count, f.Kind)
}

// countWords writes a count with its hedge and what it counts.
func countWords(qualifier string, n int, kind string) string {
	if kind == "" {
		kind = "people"
	}
	if n == 1 {
		kind = strings.TrimSuffix(kind, "s")
	}
	out := formatInt(n) + " " + kind
	if qualifier != "" {
		out = qualifier + " " + out
	}
	return out
}

// sourceAction returns the action a source reports (its first mention's).
func sourceAction(src *index.Source) string {
	for _, m := range src.Mentions {
		if m.Action != "" {
			return m.Action
		}
	}
	return ""
}

// sourceCount describes the largest count a source gives, or its vague
// words; "" when it gives none.
func sourceCount(src *index.Source) string {
	var best *index.Count
	for _, m := range src.Mentions {
		if m.Count != nil && (best == nil || m.Count.N > best.N) {
			best = m.Count
		}
	}
	switch {
	case best == nil:
		return ""
	case best.N == 0:
		return vagueCount(best.Text)
	}
	return countWords(best.Qualifier, best.N, best.Kind)
}

// sourceOutcome returns the outcome a source reports, "" if none.
func sourceOutcome(src *index.Source) string {
	for _, m := range src.Mentions {
		if m.Outcome != "" {
			return m.Outcome
		}
	}
	return ""
}

// targetLong names a campaign's target in full: the agency's full name,
// else its issue or target.
func targetLong(c *index.Campaign) string {
	if c.AgencyName != "" {
		return c.AgencyName
	}
	return targetName(c)
}

// absoluteSource returns the absolute URL of a source: the site's own copy
// of a sample article, else the article's URL.
func absoluteSource(base, u string) string {
	if h := sourceHref(u); strings.HasPrefix(h, "/") {
		return base + h
	}
	return u
}

// digestItemHTML is the body of a weekly digest item: a line per campaign.
var digestItemHTML = template.Must(template.New("digest").Parse(
	`<p>{{.Summary}}</p>
<ul>
{{- range .Lines}}
<li><a href="{{.Href}}">{{.Name}}</a>: {{.What}}</li>
{{- end}}
{{- if .More}}
<li>{{.More}}: <a href="{{.Page}}">see them all</a></li>
{{- end}}
</ul>`))

// digestLines is the number of campaigns a week's digest item lists.
const digestLines = 30

// digestItems groups events (newest found first) by the ISO week
// undersigned found them in, one item per week, leaving out the week in
// progress (current), at most DigestWeeks. A report found late lands in
// the week it was found, which no reader has read yet. An item counts the
// week's events and says in a line per campaign what was new of it,
// campaigns found newest first.
func (s *Server) digestItems(base string, scope url.Values, evs []index.Event, current string) []feedItem {
	// campaignWeek is what one week brought one campaign.
	type campaignWeek struct {
		c               *index.Campaign
		isNew           bool
		reports         int
		count, previous int
		outcome         string
	}
	type week struct {
		key       string
		start     time.Time
		counts    map[string]int
		campaigns []*campaignWeek
		byID      map[string]*campaignWeek
	}
	var weeks []*week
	byKey := map[string]*week{}
	for _, e := range evs {
		at := discovered(e)
		if at.IsZero() {
			continue
		}
		key := isoWeek(at.UTC())
		if key == current {
			continue
		}
		wk := byKey[key]
		if wk == nil {
			wk = &week{key: key, start: weekStart(at.UTC()), counts: map[string]int{}, byID: map[string]*campaignWeek{}}
			byKey[key] = wk
			weeks = append(weeks, wk)
		}
		cw := wk.byID[e.Campaign.ID]
		if cw == nil {
			cw = &campaignWeek{c: e.Campaign}
			wk.byID[e.Campaign.ID] = cw
			wk.campaigns = append(wk.campaigns, cw)
		}
		n := newsOf(e)
		wk.counts[n.Kind]++
		switch n.Kind {
		case "new":
			cw.isNew = true
		case "report":
			cw.reports++
		case "grew":
			if n.Count > cw.count {
				cw.count = n.Count
			}
			if cw.previous == 0 || n.Previous < cw.previous {
				cw.previous = n.Previous
			}
		}
		if n.Outcome != "" && cw.outcome == "" {
			cw.outcome = n.Outcome // the latest found
		}
	}
	sort.Slice(weeks, func(i, j int) bool { return weeks[i].start.After(weeks[j].start) })
	if s.DigestWeeks > 0 && len(weeks) > s.DigestWeeks {
		weeks = weeks[:s.DigestWeeks]
	}
	page := base + scopePage(scope)
	type line struct{ Href, Name, What string }
	var out []feedItem
	for _, wk := range weeks {
		var parts []string
		if n := wk.counts["new"]; n > 0 {
			parts = append(parts, plural(n, "new campaign", "new campaigns"))
		}
		if n := wk.counts["grew"]; n > 0 {
			parts = append(parts, plural(n, "count grew", "counts grew"))
		}
		if n := wk.counts["report"]; n > 0 {
			parts = append(parts, plural(n, "further report", "further reports"))
		}
		summary := strings.Join(parts, ", ")
		var lines []line
		for _, cw := range wk.campaigns[:min(len(wk.campaigns), digestLines)] {
			var what []string
			if cw.isNew {
				what = append(what, "new campaign ("+cw.c.Action+")")
			}
			if cw.count > 0 {
				what = append(what, "the count grew to "+formatInt(cw.count)+" (was "+formatInt(cw.previous)+")")
			}
			if cw.reports > 0 {
				what = append(what, plural(cw.reports, "further report", "further reports"))
			}
			if cw.outcome != "" {
				what = append(what, "outcome: "+cw.outcome)
			}
			lines = append(lines, line{Href: base + campaignURL(cw.c.ID), Name: campaignName(cw.c), What: strings.Join(what, "; ")})
		}
		var more string
		if n := len(wk.campaigns) - len(lines); n > 0 {
			more = "and " + plural(n, "more campaign", "more campaigns")
		}
		end := wk.start.AddDate(0, 0, 6)
		title := fmt.Sprintf("Week of %s to %s: %s", wk.start.Format("2 Jan"), end.Format("2 Jan 2006"), summary)
		lead := "Found this week: " + summary + "."
		var b strings.Builder
		digestItemHTML.Execute(&b, struct {
			Summary    string
			Lines      []line
			More, Page string
		}{lead, lines, more, page})
		out = append(out, feedItem{
			Kind:    "digest",
			ID:      "urn:undersigned:digest:" + wk.key + querySuffix(scope),
			Title:   title,
			URL:     page,
			HTML:    b.String(),
			Summary: lead,
			// A week's digest is complete, and published, when it ends.
			Published: wk.start.AddDate(0, 0, 7),
			Tags:      []string{"digest"},
		})
	}
	return out
}

// isoWeek names t's ISO week: "2019-W34".
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
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
