package index

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"time"

	"undersigned/index/catalog"
)

// Campaign is one company's workers against one target: the mentions that
// report it, its dated count history, largest count, first and last report.
// Its ID is stable and readable ("salesforce-cbp"), because feeds, links and
// researchers' citations depend on it.
type Campaign struct {
	ID          string `json:"id"`
	Company     string `json:"company"`
	InGazetteer bool   `json:"in_gazetteer"`
	// Agency is the canonical government target, "" when there is none;
	// AgencyName its display name. Target is the target in the words of
	// the reports; Issue the slug of a non-government target.
	Agency     string `json:"agency,omitempty"`
	AgencyName string `json:"agency_name,omitempty"`
	Target     string `json:"target,omitempty"`
	Issue      string `json:"issue,omitempty"`

	// Action is the campaign's main action (the most reported one);
	// Actions every action reported, most reported first.
	Action  string   `json:"action"`
	Actions []string `json:"actions"`

	// Signatures is the largest exact count reported, 0 when none;
	// Qualifier its hedge and CountAction the action it counts (the
	// signers of a letter, not the few who resigned). CountText keeps a
	// vague amount ("hundreds") when no exact count was reported.
	Signatures  int    `json:"signatures,omitempty"`
	Qualifier   string `json:"qualifier,omitempty"`
	CountAction string `json:"count_action,omitempty"`
	CountText   string `json:"count_text,omitempty"`

	// ContractValueUSD is the largest contract value reported, 0 if none.
	ContractValueUSD int64 `json:"contract_value_usd,omitempty"`

	// Outcome is the company's answer as the latest source that reports
	// one tells it ("contract dropped"...; see catalog.Outcomes), with that
	// source's URL; empty while none does.
	Outcome    string `json:"outcome,omitempty"`
	OutcomeURL string `json:"outcome_url,omitempty"`

	// FirstReported and LastReported are the publication dates of the
	// oldest and newest source (zero if none has a date). LastSeen is when
	// undersigned first fetched its most recently found source.
	FirstReported time.Time `json:"first_reported,omitzero"`
	LastReported  time.Time `json:"last_reported,omitzero"`
	LastSeen      time.Time `json:"last_seen,omitzero"`

	// History is every dated figure the campaign was given, oldest first.
	History []Figure `json:"history,omitempty"`
	// Sources is one entry per distinct article (syndicated copies are one
	// source with several URLs), oldest first.
	Sources []Source `json:"sources"`
}

// Figure is one dated count a source gave a campaign, and what it counts.
type Figure struct {
	// Date is the event date where the report gives one, else its
	// publication date.
	Date      time.Time `json:"date"`
	Count     int       `json:"count"`
	Qualifier string    `json:"qualifier,omitempty"`
	Text      string    `json:"text,omitempty"`
	// Action is the action counted; Kind is catalog.KindSignatures or
	// catalog.KindParticipants.
	Action string `json:"action"`
	Kind   string `json:"kind,omitempty"`
	URL    string `json:"url"`
}

// Source is one article that reports a campaign.
type Source struct {
	URL string `json:"url"`
	// URLs holds other URLs of the same story (syndicated copies).
	URLs      []string  `json:"urls,omitempty"`
	Title     string    `json:"title"`
	SiteName  string    `json:"site_name,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// FoundAt is when undersigned first stored the article.
	FoundAt  time.Time `json:"found_at,omitzero"`
	Mentions []Mention `json:"mentions"`
}

// Articles returns the number of distinct articles reporting the campaign.
func (c *Campaign) Articles() int { return len(c.Sources) }

// SourceURLs returns the canonical URL of each source.
func (c *Campaign) SourceURLs() []string {
	out := make([]string, len(c.Sources))
	for i, s := range c.Sources {
		out[i] = s.URL
	}
	return out
}

// CountSeries returns the figures of the campaign's main count — those of
// CountAction — oldest first: the line along which the count grew. Counts of
// other actions (a dozen resignations beside thousands of signers) stay in
// History but are not on this line.
func (c *Campaign) CountSeries() []Figure {
	var out []Figure
	for _, f := range c.History {
		if f.Action == c.CountAction {
			out = append(out, f)
		}
	}
	return out
}

// CountHistory formats CountSeries as "YYYY-MM-DD:N" pairs joined by ";".
func (c *Campaign) CountHistory() string {
	var b strings.Builder
	for i, f := range c.CountSeries() {
		if i > 0 {
			b.WriteByte(';')
		}
		fmt.Fprintf(&b, "%s:%d", f.Date.Format(time.DateOnly), f.Count)
	}
	return b.String()
}

// Years returns the distinct years of the campaign's dated reports.
func (c *Campaign) Years() []string {
	var out []string
	for _, s := range c.Sources {
		if s.Published.IsZero() {
			continue
		}
		y := s.Published.Format("2006")
		if !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	sort.Strings(out)
	return out
}

// Event is a change to a campaign a subscriber should hear about once: the
// campaign's first report, a count that grew, or a further report.
type Event struct {
	// ID is stable: the same change has the same ID across rebuilds, and
	// when an older report turns up later (the first report then changes
	// kind, not ID).
	ID string `json:"id"`
	// Kind is "new", "grew" or "report".
	Kind string `json:"kind"`
	// Date is when it happened as the source tells it (publication, or
	// event date for a figure); Seen is when undersigned found the source.
	Date     time.Time `json:"date,omitzero"`
	Seen     time.Time `json:"seen,omitzero"`
	Campaign *Campaign `json:"-"`
	Count    int       `json:"count,omitempty"`
	Previous int       `json:"previous,omitempty"`
	URL      string    `json:"url"`
	Title    string    `json:"title"`
}

// Events returns the campaign's changes, oldest first: its first report,
// each later report, and each figure larger than every earlier one of the
// same action that was found after it.
func (c *Campaign) Events() []Event {
	var evs []Event
	seen := map[string]time.Time{}
	for i, s := range c.Sources {
		kind := "report"
		if i == 0 {
			kind = "new"
		}
		seen[s.URL] = s.FoundAt
		evs = append(evs, Event{ID: eventID(c.ID, "source", s.URL, 0), Kind: kind, Date: s.Published,
			Seen: s.FoundAt, Campaign: c, URL: s.URL, Title: s.Title})
	}
	// A count grew, as news, when its figure was found after the smaller
	// one it passes: a report turning up late with an older, smaller
	// figure tells old history, not growth, and makes no such event.
	type best struct {
		n   int
		url string
	}
	max := map[string]best{}
	for _, f := range c.History {
		if prev := max[f.Action]; f.Count > prev.n {
			if prev.n > 0 && !seen[f.URL].Before(seen[prev.url]) {
				evs = append(evs, Event{ID: eventID(c.ID, "grew", f.URL, f.Count), Kind: "grew", Date: f.Date,
					Seen: seen[f.URL], Campaign: c, Count: f.Count, Previous: prev.n, URL: f.URL, Title: c.sourceTitle(f.URL)})
			}
			max[f.Action] = best{f.Count, f.URL}
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date.Before(evs[j].Date) })
	return evs
}

func (c *Campaign) sourceTitle(u string) string {
	for _, s := range c.Sources {
		if s.URL == u {
			return s.Title
		}
	}
	return ""
}

func eventID(campaign, kind, u string, n int) string {
	h := fnv.New32a()
	h.Write([]byte(u))
	return fmt.Sprintf("%s/%s/%08x/%d", campaign, kind, h.Sum32(), n)
}

// campaignKey returns the ID of the campaign a mention belongs to:
// company and agency, or company and the non-government issue or target.
// The company is its catalog.CompanyKey, so that reports naming it short
// and in full are one campaign.
func campaignKey(m *Mention) string {
	id := companyKey(m.Company, m.InGazetteer) + "-" + campaignTarget(m)
	if len(id) > 80 {
		id = strings.TrimRight(id[:80], "-")
	}
	return id
}

// campaignTarget is the target part of a mention's campaign ID.
func campaignTarget(m *Mention) string {
	target := m.Agency
	if target == "" {
		target = m.Issue
	}
	if target == "" {
		target = m.Target
	}
	if target == "" {
		target = "other"
	}
	return catalog.Slug(target)
}

// companyKey is the slug of catalog.CompanyKey: what campaign IDs and the
// company filter know a company by.
func companyKey(name string, inGazetteer bool) string {
	return catalog.Slug(catalog.CompanyKey(name, inGazetteer))
}

// buildCampaign assembles the campaign id from the articles reporting it
// and their mentions of it. agencyName maps a canonical agency to its
// display name.
func buildCampaign(id string, arts []*Article, mentions [][]Mention, agencyName func(string) string) *Campaign {
	c := &Campaign{ID: id}
	actionCount := map[string]int{}
	targetCount := map[string]int{}
	companyCount := map[string]int{}
	figures := map[string]bool{}
	var srcs []Source
	for i, a := range arts {
		ms := mentions[i]
		if len(ms) == 0 {
			continue
		}
		src := Source{URL: a.URL, Title: a.Title, SiteName: a.SiteName, Published: a.Published,
			FoundAt: a.FoundAt, Mentions: ms}
		if src.FoundAt.IsZero() {
			src.FoundAt = a.FetchedAt
		}
		for _, u := range a.URLs {
			if u != a.URL {
				src.URLs = append(src.URLs, u)
			}
		}
		srcs = append(srcs, src)
		for _, m := range ms {
			if c.Company == "" {
				c.Company, c.InGazetteer, c.Agency, c.Issue = m.Company, m.InGazetteer, m.Agency, m.Issue
			}
			companyCount[m.Company]++
			actionCount[m.Action]++
			if m.Target != "" {
				targetCount[m.Target]++
			}
			if m.ContractValueUSD > c.ContractValueUSD {
				c.ContractValueUSD = m.ContractValueUSD
			}
			if m.Count == nil {
				continue
			}
			if m.Count.N == 0 {
				if c.CountText == "" {
					c.CountText = m.Count.Text
				}
				continue
			}
			if m.Count.N > c.Signatures {
				c.Signatures, c.Qualifier, c.CountAction = m.Count.N, m.Count.Qualifier, m.Action
			}
			date := a.Published
			if d, err := time.Parse(time.DateOnly, m.EventDate); err == nil {
				date = d
			}
			if date.IsZero() {
				continue // an undated figure counts, but has no place in a history
			}
			key := fmt.Sprintf("%s|%d|%s|%s", date.Format(time.DateOnly), m.Count.N, m.Action, a.URL)
			if !figures[key] {
				figures[key] = true
				c.History = append(c.History, Figure{Date: date, Count: m.Count.N, Qualifier: m.Count.Qualifier,
					Text: m.Count.Text, Action: m.Action, Kind: m.Count.Kind, URL: a.URL})
			}
		}
	}
	if c.Signatures > 0 {
		c.CountText = ""
	}
	sort.SliceStable(srcs, func(i, j int) bool {
		if !srcs[i].Published.Equal(srcs[j].Published) {
			return srcs[i].Published.Before(srcs[j].Published)
		}
		return srcs[i].URL < srcs[j].URL
	})
	c.Sources = srcs
	for _, src := range srcs {
		for _, m := range src.Mentions {
			if m.Outcome != "" {
				c.Outcome, c.OutcomeURL = m.Outcome, src.URL
			}
		}
		if !src.Published.IsZero() {
			if c.FirstReported.IsZero() {
				c.FirstReported = src.Published
			}
			c.LastReported = src.Published
		}
		if src.FoundAt.After(c.LastSeen) {
			c.LastSeen = src.FoundAt
		}
	}
	sort.SliceStable(c.History, func(i, j int) bool {
		if !c.History[i].Date.Equal(c.History[j].Date) {
			return c.History[i].Date.Before(c.History[j].Date)
		}
		return c.History[i].Count < c.History[j].Count
	})
	c.Company = fullestName(companyCount)
	c.Actions = keysByCount(actionCount)
	if len(c.Actions) > 0 {
		c.Action = c.Actions[0]
	}
	if ts := keysByCount(targetCount); len(ts) > 0 {
		c.Target = ts[0]
	}
	if c.Agency != "" && agencyName != nil {
		c.AgencyName = agencyName(c.Agency)
	}
	return c
}

// fullestName returns the name the campaign's reports give its company in
// full: the one with most words ("Lumora Systems" over "Lumora"), then the
// most reported, then by name.
func fullestName(names map[string]int) string {
	best := ""
	for _, n := range keysByCount(names) {
		if best == "" || fuller(n, best) {
			best = n
		}
	}
	return best
}

// fuller reports whether name a has more words than b: "Lumora Systems"
// over "Lumora".
func fuller(a, b string) bool { return len(strings.Fields(a)) > len(strings.Fields(b)) }

// keysByCount returns the keys of m, most frequent first, ties by name.
func keysByCount(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
