package crawler

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// pageMeta is what the page says about itself, before trafilatura's guesses.
type pageMeta struct {
	ogTitle, ldHeadline, h1, titleTag string
	siteName                          string
	author                            string
	description                       string
	language                          string
	canonical, ogURL                  string // raw hrefs
	base                              string // <base href>
	body                              string // JSON-LD articleBody
	published                         time.Time
	modified                          time.Time
}

// jsonLD is the part of a schema.org object the crawler reads.
type jsonLD struct {
	types                  []string
	headline, name         string
	published, created     string
	modified               string
	authors                []string
	publisher, description string
	language               string
	body                   string
}

// articleTypes are the schema.org types of a news story or post.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "socialmediaposting": true, "report": true,
	"scholarlyarticle": true, "techarticle": true, "posting": true, "discussionforumposting": true,
}

// readMeta reads the page's metadata: <meta> tags, JSON-LD, <link
// rel=canonical>, <html lang>, the first <h1> and <title>.
func readMeta(doc *goquery.Document) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok {
			return
		}
		content = strings.TrimSpace(content)
		for _, a := range []string{"property", "name", "itemprop", "http-equiv"} {
			if k, ok := s.Attr(a); ok {
				k = strings.ToLower(strings.TrimSpace(k))
				if _, seen := metas[k]; !seen && content != "" {
					metas[k] = content
				}
			}
		}
	})
	get := func(keys ...string) string {
		for _, k := range keys {
			if v := metas[k]; v != "" {
				return v
			}
		}
		return ""
	}

	lds := readJSONLD(doc)
	var art *jsonLD
	for i := range lds {
		for _, t := range lds[i].types {
			if articleTypes[strings.ToLower(t)] && art == nil {
				art = &lds[i]
			}
		}
	}

	m.ogTitle = clean(get("og:title", "twitter:title"))
	if art != nil {
		m.ldHeadline = clean(firstNonEmpty(art.headline, art.name))
		m.body = art.body
	}
	m.titleTag = clean(doc.Find("head title").First().Text())
	if m.titleTag == "" {
		m.titleTag = clean(doc.Find("title").First().Text())
	}

	m.siteName = clean(get("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"))
	if strings.HasPrefix(m.siteName, "@") {
		m.siteName = ""
	}
	if m.siteName == "" {
		for _, ld := range lds {
			if ld.publisher != "" {
				m.siteName = clean(ld.publisher)
				break
			}
		}
	}

	m.h1 = headline(doc, m.siteName)

	if art != nil && len(art.authors) > 0 {
		m.author = strings.Join(art.authors, ", ")
	}
	if m.author == "" {
		for _, a := range []string{get("author"), get("article:author"), get("parsely-author"), get("sailthru.author"), get("dc.creator"), get("byl")} {
			if a != "" && !strings.Contains(a, "://") {
				m.author = a
				break
			}
		}
	}
	if m.author == "" {
		m.author = bylineAuthor(doc)
	}
	m.author = cleanAuthor(m.author)

	m.description = clean(get("description", "og:description", "twitter:description", "dc.description"))
	if m.description == "" && art != nil {
		m.description = clean(art.description)
	}

	lang, _ := doc.Find("html").First().Attr("lang")
	if lang == "" {
		lang = get("content-language", "language", "dc.language", "og:locale")
	}
	if lang == "" && art != nil {
		lang = art.language
	}
	m.language = primaryLanguage(lang)

	doc.Find("link[rel]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, rel := range strings.Fields(strings.ToLower(s.AttrOr("rel", ""))) {
			if rel == "canonical" {
				m.canonical = strings.TrimSpace(s.AttrOr("href", ""))
				return false
			}
		}
		return true
	})
	m.ogURL = get("og:url")
	m.base = strings.TrimSpace(doc.Find("head base[href]").First().AttrOr("href", ""))

	// Publication date from metadata, in order of trust.
	if art != nil {
		m.published = firstDate(art.published, art.created)
		m.modified = firstDate(art.modified)
	}
	if m.published.IsZero() {
		for _, ld := range lds {
			if t := firstDate(ld.published); !t.IsZero() {
				m.published = t
				break
			}
		}
	}
	if m.published.IsZero() {
		m.published = firstDate(get(publishedMetaKeys...))
	}
	if m.published.IsZero() {
		// itemprop=datePublished on something other than <meta>.
		doc.Find("[itemprop=datePublished]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if inComments(s) {
				return true
			}
			m.published = firstDate(s.AttrOr("datetime", ""), s.AttrOr("content", ""), s.Text())
			return m.published.IsZero()
		})
	}
	if m.modified.IsZero() {
		m.modified = firstDate(get("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"))
	}
	return m
}

// bylineSelectors find the author's name in a byline, most specific first.
var bylineSelectors = []string{
	"[itemprop=author] [itemprop=name]", "[itemprop=author]", "a[rel~=author]", ".author.vcard .fn",
	".vcard .fn", ".byline .author", ".author-name", ".byline-name", ".byline a[href*='/author']",
	"a[href*='/author/']", "a[href*='/staff/']",
}

// bylineAuthor returns the name in the page's byline, outside comments.
func bylineAuthor(doc *goquery.Document) string {
	if name := firstByline(doc, bylineSelectors, 6); name != "" {
		return name
	}
	if name := bylineText(doc); name != "" {
		return name
	}
	// A whole byline: "By the technology desk".
	return firstByline(doc, []string{".byline", ".byl", "[class*=byline]", ".author"}, 8)
}

// firstByline returns the text of the first element matching one of sels,
// in order, that is at most maxWords words once "By" is dropped.
func firstByline(doc *goquery.Document, sels []string, maxWords int) string {
	for _, sel := range sels {
		found := ""
		doc.Find(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if inComments(s) {
				return true
			}
			name := cleanAuthor(s.Text())
			if name != "" && wordCount(name) <= maxWords {
				found = name
				return false
			}
			return true
		})
		if found != "" {
			return found
		}
	}
	return ""
}

// byPrefix matches a byline's name: "By Jordan Wells · July 2, 2019".
var byPrefix = regexp.MustCompile(`^(?i:by)\s+([\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|&|de|van|von|da|del|la|le))*)`)

// bylineText finds an unmarked byline: a short element whose text starts
// with "By" and a capitalised name.
func bylineText(doc *goquery.Document) string {
	found := ""
	doc.Find("body div, body span, body p").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		text := clean(s.Text())
		if len(text) > 80 || inComments(s) {
			return true
		}
		if m := byPrefix.FindStringSubmatch(text); m != nil {
			name := strings.TrimSpace(m[1])
			if words := wordCount(name); words >= 2 && words <= 8 {
				found = name
				return false
			}
		}
		return true
	})
	return found
}

// publishedMetaKeys are <meta> names and properties that carry the
// publication date, most trusted first.
var publishedMetaKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"dc.date.created", "dcterms.created", "publish-date", "publish_date", "publishdate",
	"pubdate", "article.published", "parsely-pub-date", "sailthru.date",
	"cxenseparse:recs:publishtime", "citation_publication_date", "citation_date", "date",
}

// readJSONLD decodes the page's JSON-LD objects (including @graph members
// and arrays), tolerating trailing commas.
func readJSONLD(doc *goquery.Document) []jsonLD {
	var out []jsonLD
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		raw := strings.TrimSpace(s.Text())
		var v any
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			fixed := trailingComma.ReplaceAllString(raw, "$1")
			if err := json.Unmarshal([]byte(fixed), &v); err != nil {
				return
			}
		}
		collectLD(v, &out, 0)
	})
	return out
}

var trailingComma = regexp.MustCompile(`,\s*([}\]])`)

func collectLD(v any, out *[]jsonLD, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			collectLD(e, out, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			collectLD(g, out, depth+1)
		}
		types := ldStrings(x["@type"])
		if len(types) == 0 {
			return
		}
		ld := jsonLD{
			types:       types,
			headline:    ldString(x["headline"]),
			name:        ldString(x["name"]),
			published:   ldString(x["datePublished"]),
			created:     ldString(x["dateCreated"]),
			modified:    ldString(x["dateModified"]),
			description: ldString(x["description"]),
			language:    ldString(x["inLanguage"]),
			authors:     ldNames(x["author"]),
			body:        ldString(x["articleBody"]),
		}
		if p := ldNames(x["publisher"]); len(p) > 0 {
			ld.publisher = p[0]
		}
		*out = append(*out, ld)
		if me, ok := x["mainEntity"]; ok {
			collectLD(me, out, depth+1)
		}
	}
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(x["@value"])
	}
	return ""
}

func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldNames returns the names of a schema.org Person/Organization value: a
// string, an object with a name, or a list of them.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if s := clean(x); s != "" && !strings.Contains(s, "://") {
			return []string{s}
		}
	case map[string]any:
		if s := clean(ldString(x["name"])); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// firstDate parses the first of vs that is a date.
func firstDate(vs ...string) time.Time {
	for _, v := range vs {
		if t, ok := parseDate(v); ok {
			return t
		}
	}
	return time.Time{}
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}

// clean collapses whitespace.
func clean(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
}

// cleanAuthor drops a "By " prefix and trailing separators from a byline.
func cleanAuthor(s string) string {
	s = clean(s)
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.Trim(s, " |·,-–—")
}

// primaryLanguage returns the primary subtag of a language tag, lower case:
// "en" for "en-US" or "en_GB".
func primaryLanguage(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	tag = strings.ToLower(tag)
	for _, r := range tag {
		if !unicode.IsLetter(r) {
			return ""
		}
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	return tag
}

// inComments reports whether s is inside a comments section.
func inComments(s *goquery.Selection) bool {
	for n := s.Get(0); n != nil; n = n.Parent {
		if n.Type == html.ElementNode && hasToken(n, commentTokens) {
			return true
		}
	}
	return false
}

// titleSeparators split a page title from the site name around it.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " • ", " » ", " // "}

// stripSiteName removes the site name from a title ("Story | Site",
// "Site - Story", "Story – Section – Site"). The part removed must be the
// known site name, or, when loose, look like one: a few capitalised words,
// much shorter than the rest, or the rest being the page's own headline.
func stripSiteName(title, site string, loose bool, headlines ...string) string {
	title = clean(title)
	for range 3 {
		stripped := false
		for _, sep := range titleSeparators {
			i := strings.LastIndex(title, sep)
			if i <= 0 {
				continue
			}
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if sameName(tail, site) || isHeadline(head, headlines) || (loose && looksLikeSiteName(tail, head, sep)) {
				title, stripped = head, true
				break
			}
			j := strings.Index(title, sep)
			head, tail = strings.TrimSpace(title[:j]), strings.TrimSpace(title[j+len(sep):])
			if sameName(head, site) || isHeadline(tail, headlines) {
				title, stripped = tail, true
				break
			}
		}
		if !stripped {
			break
		}
	}
	return title
}

// sameName reports whether two site names are the same, ignoring case,
// punctuation and a leading "The".
func sameName(a, b string) bool {
	na, nb := letters(a), letters(b)
	return na != "" && nb != "" && (na == nb || strings.TrimPrefix(na, "the") == strings.TrimPrefix(nb, "the"))
}

func isHeadline(s string, headlines []string) bool {
	for _, h := range headlines {
		if h != "" && strings.EqualFold(clean(h), s) {
			return true
		}
	}
	return false
}

// looksLikeSiteName reports whether tail, cut from a title at sep, reads
// like a publication's name rather than part of the headline.
func looksLikeSiteName(tail, head, sep string) bool {
	words := strings.Fields(tail)
	if len(words) == 0 || len(words) > 5 || len(tail) >= len(head) {
		return false
	}
	if sep != " - " {
		return true
	}
	// " - " also joins headline clauses: insist on a capitalised name.
	for _, w := range words {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "&" && w != "of" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

// headline returns the text of the page's first <h1> that is a headline,
// the story's own first: an <h1> that is the site's logo ("THE HAN RIVER
// HERALD", a link home, class "logo") is passed over.
func headline(doc *goquery.Document, siteName string) string {
	for _, sel := range []string{"article h1, main h1, [role=main] h1", "body h1"} {
		found := ""
		doc.Find(sel).EachWithBreak(func(_ int, h *goquery.Selection) bool {
			t := clean(h.Text())
			if t == "" || logoHeading(h, t, siteName) {
				return true
			}
			found = t
			return false
		})
		if found != "" {
			return found
		}
	}
	return ""
}

// logoHeading reports whether a heading is the site's name or logo.
func logoHeading(h *goquery.Selection, text, siteName string) bool {
	if siteName != "" && strings.EqualFold(text, siteName) {
		return true
	}
	class := strings.ToLower(h.AttrOr("class", "") + " " + h.AttrOr("id", ""))
	if strings.Contains(class, "logo") || strings.Contains(class, "site-title") || strings.Contains(class, "brand") {
		return true
	}
	// the whole heading a link to the home page
	a := h.Find("a")
	if a.Length() == 1 && clean(a.Text()) == text {
		if href := a.AttrOr("href", ""); href == "/" || href == "./" {
			return true
		}
	}
	return false
}
