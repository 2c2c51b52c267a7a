package crawler

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Dates are kept with the offset the page gives them in, so that the
// calendar date is the one the page shows: 2018-06-25T18:02:00-04:00 stays
// on June 25. A date without an offset is read as UTC; a date written out in
// words ("June 25, 2018") is midnight UTC of that day.

// machineLayouts are the layouts of dates in attributes and metadata.
var machineLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	time.RFC850,
	time.ANSIC,
}

// months maps English month names and abbreviations (with or without a
// dot: "Sept.", "Aug") to months.
var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthNames = `jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?\.?|july?\.?|aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?`

var (
	// "June 25, 2018", "Aug. 17, 2018", "Sept 3 2019"
	mdyDate = regexp.MustCompile(`(?i)\b(` + monthNames + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	// "25 June 2018", "3rd of March, 2019"
	dmyDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthNames + `),?\s+((?:19|20)\d\d)\b`)
	// "2018-06-25" inside text
	isoDate = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)?)?\b`)
)

// parseDate reads a date in any of the forms pages use: ISO 8601 and its
// relatives, RFC 1123, or English words ("June 25, 2018 6:02 p.m. EDT",
// "25 June 2018"). ok is false for anything else, and for dates before 1990
// or implausibly far in the future.
func parseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return time.Time{}, false
	}
	for _, layout := range machineLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, plausible(t)
		}
	}
	return parseTextDate(s)
}

// parseTextDate finds a date in running text.
func parseTextDate(s string) (time.Time, bool) {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		iso := m[1] + "-" + m[2] + "-" + m[3]
		if m[4] != "" {
			iso += "T" + m[4]
			if len(m[4]) == 5 {
				iso += ":00"
			}
			iso += m[5]
		}
		if t, ok := parseMachine(iso); ok {
			return t, true
		}
	}
	type hit struct {
		at             int
		year, month, d string
	}
	var best *hit
	if m := mdyDate.FindStringSubmatchIndex(s); m != nil {
		best = &hit{m[0], s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]]}
	}
	if m := dmyDate.FindStringSubmatchIndex(s); m != nil && (best == nil || m[0] < best.at) {
		best = &hit{m[0], s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]]}
	}
	if best == nil {
		return time.Time{}, false
	}
	return dateOf(best.year, best.month, best.d)
}

func parseMachine(s string) (time.Time, bool) {
	for _, layout := range machineLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, plausible(t)
		}
	}
	return time.Time{}, false
}

// dateOf builds midnight UTC of a day from its year, month name and day.
func dateOf(year, month, day string) (time.Time, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	m, ok := months[strings.TrimSuffix(strings.ToLower(month), ".")]
	if err1 != nil || err2 != nil || !ok || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // February 30th
		return time.Time{}, false
	}
	return t, plausible(t)
}

// plausible rejects dates before the web news era and more than two days
// in the future (time zones, embargoes).
func plausible(t time.Time) bool {
	return t.Year() >= 1990 && t.Before(time.Now().Add(48*time.Hour))
}

// dateline matches a wire-style dateline opening a story, with its date:
// "MOUNTAIN VIEW, Calif. (Aug. 17, 2018) —", "WASHINGTON, June 3, 2019 -",
// "SEATTLE (Reuters) June 3, 2019 —", "REDMOND, Wash., Feb. 26, 2019
// (Wirepoint) -".
var dateline = regexp.MustCompile(`^\s*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][a-z.]+)?)?\s*(?:\([^)]{1,30}\)\s*)?[,(]?\s*(` +
	`(?i:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}\s+(?i:` + monthNames + `),?\s+(?:19|20)\d\d)\s*\)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}`)

// datelineDate returns the date of a dateline opening para.
func datelineDate(para string) (time.Time, bool) {
	m := dateline.FindStringSubmatch(para)
	if m == nil {
		return time.Time{}, false
	}
	return parseTextDate(m[1])
}

// copyrightYear matches "© 2025", "Copyright 2025", "(c) 1998-2025".
var copyrightYear = regexp.MustCompile(`(?i)(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d\d)`)

// pageTimes are the dates marked up in a page's body (no comment or
// related-story dates).
type pageTimes struct {
	published time.Time // a <time> or element marked as the publication date
	other     time.Time // the first <time> not marked either way
	updated   time.Time // the first marked as an update
}

var (
	publishedTokens = tokenSet("published", "publish", "pubdate", "posted", "publication", "publishdate",
		"publishedat", "publishedon", "datepublished", "postdate", "postedon", "entrydate", "firstpublished")
	updatedTokens = tokenSet("updated", "update", "modified", "datemodified", "lastupdated", "updatedate",
		"updatedat", "moddate", "lastmodified", "revised")
	dateTokens = tokenSet("date", "dateline", "timestamp", "time", "byline", "meta", "postmeta", "entrymeta", "articledate", "storydate")
)

// readTimes collects the dates marked up in doc: <time> elements, elements
// with itemprop datePublished/dateModified, short elements whose class says
// they hold a date ("pubdate", "post-date", "timestamp") and short lines
// announcing one ("Published 11 April 2019"). Page furniture (comments,
// related stories, sidebars) is skipped, but not headers and footers, which
// may carry the story's date although they are pruned from its text.
func readTimes(doc *html.Node) pageTimes {
	var pt pageTimes
	total := paragraphTextLen(doc)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.DataAtom != atom.Header && n.DataAtom != atom.Footer && removable(n, total) {
				return
			}
			if t, role, ok := elementDate(n); ok {
				switch role {
				case "published":
					if pt.published.IsZero() {
						pt.published = t
					}
				case "updated":
					if pt.updated.IsZero() {
						pt.updated = t
					}
				default:
					if pt.other.IsZero() {
						pt.other = t
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return pt
}

// elementDate reads the date n holds, if it is a date element, and whether
// it is marked as the publication date, an update, or neither.
func elementDate(n *html.Node) (t time.Time, role string, ok bool) {
	itemprop := strings.ToLower(attr(n, "itemprop"))
	isTime := n.DataAtom == atom.Time
	marked := itemprop == "datepublished" || itemprop == "datemodified" || itemprop == "datecreated"
	classed := hasToken(n, publishedTokens) || hasToken(n, updatedTokens) || hasToken(n, dateTokens)
	text := clean(nodeText(n))
	// a wire's credits box, "pws-filed": "Reporting by ... Filed
	// Wednesday, October 2, 2024 11:30 a.m. EDT"; not "filed-under" tags
	filed := hasToken(n, filedTokens) && !hasToken(n, underTokens) && filedLine.MatchString(text)
	if filed {
		if i := filedLine.FindStringIndex(text); i != nil {
			text = text[i[0]:]
		}
		classed = true
	}
	if !isTime && !marked && !classed && !announcesDate(text) {
		return t, "", false
	}
	if !isTime && !marked && (len(text) > 120 || containsBlock(n) || hasDateChild(n)) {
		return t, "", false // look inside instead
	}
	t, ok = firstDateOK(attr(n, "datetime"), attr(n, "content"), text)
	if !ok {
		return t, "", false
	}
	switch {
	case itemprop == "datepublished" || itemprop == "datecreated" || hasAttr(n, "pubdate"):
		role = "published"
	case itemprop == "datemodified":
		role = "updated"
	case filed:
		role = "published"
	default:
		role = markedRole(n, text)
	}
	return t, role, true
}

// dateWords open a line that gives a date: "Published 11 April 2019".
var dateWords = regexp.MustCompile(`(?i)^(?:first published|published|posted|last updated|updated|modified)(?: on| at)?:?\s+\S`)

// filedTokens mark a wire's filing line; underTokens a "filed under" list
// of topics.
var (
	filedTokens = tokenSet("filed")
	underTokens = tokenSet("under")
	filedLine   = regexp.MustCompile(`\bFiled\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[A-Z][a-z]+\.?\s+\d`)
)

// announcesDate reports whether text is a short line announcing a date.
func announcesDate(text string) bool {
	return len(text) <= 100 && dateWords.MatchString(text)
}

// markedRole says whether a date element, its two nearest ancestors or the
// words before it mark it as the publication date or an update.
func markedRole(n *html.Node, text string) string {
	lead := strings.ToLower(text)
	if p := n.PrevSibling; p != nil && p.Type == html.TextNode {
		lead = strings.ToLower(strings.TrimSpace(p.Data)) + " " + lead
	}
	switch {
	case strings.HasPrefix(lead, "updated") || strings.HasPrefix(lead, "last updated") || strings.HasPrefix(lead, "modified"):
		return "updated"
	case strings.HasPrefix(lead, "published") || strings.HasPrefix(lead, "posted") || strings.HasPrefix(lead, "first published") || strings.HasPrefix(lead, "filed"):
		return "published"
	}
	for m, i := n, 0; m != nil && m.Type == html.ElementNode && i < 3; m, i = m.Parent, i+1 {
		// Closest mark wins: "entry-date published" on the element
		// itself beats an "updated" wrapper.
		up, pub := hasToken(m, updatedTokens), hasToken(m, publishedTokens)
		switch {
		case pub && !up:
			return "published"
		case up:
			return "updated"
		}
	}
	return ""
}

// hasDateChild reports whether a descendant of n is itself a date element,
// which says more precisely what it is.
func hasDateChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Time || attr(c, "itemprop") != "" || hasToken(c, publishedTokens) ||
			hasToken(c, updatedTokens) || hasToken(c, dateTokens) || hasDateChild(c) {
			return true
		}
	}
	return false
}

func containsBlock(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] || containsBlock(c)) {
			return true
		}
	}
	return false
}

func firstDateOK(vs ...string) (time.Time, bool) {
	t := firstDate(vs...)
	return t, !t.IsZero()
}

// chooseDates picks the publication and modification dates from what the
// page offers, in order of trust (see ExtractArticle).
func chooseDates(m pageMeta, pt pageTimes, text []string, traf time.Time, page []byte) (published, modified time.Time) {
	modified = m.modified
	if modified.IsZero() {
		modified = pt.updated
	}
	switch {
	case !m.published.IsZero():
		return m.published, modified
	case !pt.published.IsZero():
		return pt.published, modified
	}
	for i, p := range text {
		if i >= 3 {
			break
		}
		if t, ok := datelineDate(p); ok {
			return t, modified
		}
	}
	switch {
	case !pt.other.IsZero():
		return pt.other, modified
	case !traf.IsZero() && plausible(traf) && !isCopyrightDate(traf, page):
		if !modified.IsZero() && sameDay(traf, modified) {
			return modified, modified // the same day, more precisely
		}
		return traf, modified
	}
	return modified, modified
}

// isCopyrightDate reports whether t is January 1st of a year the page
// names in a copyright notice: a date guessed from "© 2025".
func isCopyrightDate(t time.Time, page []byte) bool {
	if t.Month() != time.January || t.Day() != 1 {
		return false
	}
	for _, m := range copyrightYear.FindAllSubmatch(page, -1) {
		if string(m[1]) == strconv.Itoa(t.Year()) {
			return true
		}
	}
	return false
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own offset.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}
