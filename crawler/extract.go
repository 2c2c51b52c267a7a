package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/publicsuffix"

	"undersigned/index"
)

// ExtractorVersion is the version of ExtractArticle's main-text and
// metadata extraction. Bump it when the output changes, so that reindex
// re-extracts stored pages.
const ExtractorVersion = 21

// ErrNoText is returned (wrapped) for a page in which no main text was
// found.
var ErrNoText = errors.New("crawler: no main text found")

// ExtractArticle reads an article page: pageURL is where it was fetched from
// (after redirects), body the page as received and contentType the
// Content-Type it was served with (may be empty). It does no I/O, so it also
// re-extracts stored pages.
//
// The page is decoded to UTF-8 (see decodeHTML: BOM, header charset, <meta>,
// sniffing). The article's URL is its <link rel="canonical"> (else og:url)
// when that is an http(s) URL on the same site (same registrable domain) and
// not the site's home page, else pageURL; either way canonicalised. Text is
// the main text found by go-trafilatura once navigation, sidebars, related
// and popular stories, comments, newsletter boxes, ads and footers are
// pruned, as paragraphs (headings, blockquotes and list items each their
// own) separated by blank lines. Title prefers og:title, JSON-LD headline and
// <h1> to <title>, without the site name. Published is, in order: JSON-LD
// datePublished, a <meta> publication date, a <time> or element marked as
// the publication date, a dateline opening the story, another <time> on the
// page, trafilatura's date (never a copyright year), and last the
// modification date; it keeps the page's own UTC offset. HTML is the decoded
// page, declaring UTF-8; FetchedAt is now (callers re-extracting a stored
// page should keep its original fetch time).
func ExtractArticle(pageURL string, body []byte, contentType string) (*index.Article, error) {
	page, err := url.Parse(pageURL)
	if err != nil || (page.Scheme != "http" && page.Scheme != "https") || page.Host == "" {
		return nil, &targetError{what: "extract", url: fmt.Sprintf("%q", pageURL), err: errors.New("not an http or https URL")}
	}
	decoded, encName := decodeHTML(body, contentType)
	if encName != "utf-8" {
		decoded = declareUTF8(decoded)
	}
	doc, err := html.Parse(bytes.NewReader(decoded))
	if err != nil {
		return nil, &targetError{what: "extract", url: pageURL, err: err}
	}
	meta := readMeta(goquery.NewDocumentFromNode(doc))
	headings := headingTexts(doc)

	times := readTimes(doc)
	captions, timeline := storyExtras(doc) // before pruning, which takes figures and timelines for furniture
	pruneFurniture(doc)
	pruneBylines(doc)
	renderCounters(doc)
	markStories(doc, meta.titleTag)
	mergeEntryArticles(doc)
	renderRecords(doc) // before unwrapInline: a bold cell is a label
	unwrapInline(doc)
	wrapLooseText(doc)
	markDigitGroups(doc) // trafilatura would make "1 240" two numbers

	res, terr := trafilatura.ExtractDocument(doc, trafilatura.Options{
		OriginalURL:     page,
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
		HtmlDateMode:    trafilatura.Fast,
	})
	var tm trafilatura.Metadata
	var paras []string
	if terr == nil && res != nil {
		tm = res.Metadata
		if res.ContentNode != nil {
			paras = paragraphs(res.ContentNode)
		}
	}

	a := &index.Article{
		ExtractorVersion: ExtractorVersion,
		FetchedAt:        time.Now(),
		HTML:             decoded,
	}
	a.Title = chooseTitle(meta, headings, tm.Title)
	a.SiteName = firstNonEmpty(meta.siteName, siteFromTitle(meta.titleTag, a.Title), clean(tm.Sitename))
	a.Author = firstNonEmpty(meta.author, cleanAuthor(tm.Author))
	a.Description = firstNonEmpty(meta.description, clean(tm.Description))
	a.Language = firstNonEmpty(meta.language, primaryLanguage(tm.Language))

	text := cleanParagraphs(paras, a.Title)
	if wordTotal(text) < 25 {
		// trafilatura found little or nothing: take the page's own
		// paragraphs, furniture pruned.
		if body := bodyNode(doc); body != nil {
			if alt := cleanParagraphs(paragraphs(body), a.Title); wordTotal(alt) > wordTotal(text) {
				text = alt
			}
		}
	}
	if body := bodyParagraphs(meta.body); wordTotal(text) < 50 && wordTotal(body) >= wordTotal(text) {
		// A page rendered by script: its JSON-LD articleBody has the text.
		text = cleanParagraphs(body, a.Title)
	}
	if len(text) == 0 {
		return nil, &targetError{what: "extract", url: pageURL, err: kindErrorf(ErrNoText, nil, "no main text found")}
	}
	a.Published, a.Modified = chooseDates(meta, times, text, tm.Date, decoded)
	text = withCaptions(text, captions, a.Published.Year())
	text = withCaptions(text, timeline, 0)
	a.Text = strings.ReplaceAll(strings.Join(text, "\n\n"), string(groupMark), "\u00a0")

	a.URL = canonicalURL(page, meta)
	if own, err := Canonicalize(pageURL); err == nil {
		a.URLs = appendUnique([]string{a.URL}, own)
		if own != a.URL {
			a.PageURL = own
		}
	} else {
		a.URLs = []string{a.URL}
	}
	return a, nil
}

// chooseTitle picks the headline: og:title, JSON-LD headline, <h1>, then
// <title> and trafilatura's title, each without the site name.
func chooseTitle(m pageMeta, headings []string, trafTitle string) string {
	headlines := append([]string{m.ogTitle, m.ldHeadline, m.h1}, headings...)
	for _, t := range []string{m.ogTitle, m.ldHeadline} {
		if t = stripSiteName(t, m.siteName, false, headlines...); t != "" {
			return t
		}
	}
	fromTag := stripSiteName(m.titleTag, m.siteName, true, headlines...)
	if m.h1 != "" && (wordCount(m.h1) >= 3 || fromTag == "") {
		return m.h1
	}
	return firstNonEmpty(fromTag, clean(trafTitle), m.h1)
}

// siteFromTitle is the site name a <title> carried beside the headline,
// after it ("Story | Site") or before it ("Site | Story").
func siteFromTitle(titleTag, title string) string {
	titleTag = clean(titleTag)
	if title == "" || titleTag == title {
		return ""
	}
	var rest string
	switch {
	case strings.HasPrefix(titleTag, title):
		rest = strings.TrimSpace(titleTag[len(title):])
	case strings.HasSuffix(titleTag, title):
		rest = strings.TrimSpace(titleTag[:len(titleTag)-len(title)])
	default:
		return ""
	}
	for _, sep := range titleSeparators {
		sep = strings.TrimSpace(sep)
		s := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(rest, sep), sep))
		if s != rest && s != "" && wordCount(s) <= 5 {
			return s
		}
	}
	return ""
}

// headingTexts returns the texts of the page's h1 and h2 elements, which a
// <title> may repeat.
func headingTexts(doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) {
			if t := clean(nodeText(n)); t != "" && len(out) < 20 {
				out = append(out, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func nodeText(n *html.Node) string { return textSkipping(n, nil) }

// textSkipping is n's text without that of the elements skip reports.
func textSkipping(n *html.Node, skip func(*html.Node) bool) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if skip != nil && n.Type == html.ElementNode && skip(n) {
			return
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

func bodyNode(doc *html.Node) *html.Node {
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// bodyParagraphs splits a JSON-LD articleBody into paragraphs at line
// breaks (it is plain text, sometimes with HTML in it).
func bodyParagraphs(body string) []string {
	if strings.TrimSpace(body) == "" {
		return nil
	}
	if strings.Contains(body, "<p") || strings.Contains(body, "<br") {
		if n, err := html.Parse(strings.NewReader(body)); err == nil {
			return paragraphs(n)
		}
	}
	var out []string
	for _, p := range strings.Split(body, "\n") {
		if p = clean(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func wordTotal(paras []string) int {
	n := 0
	for _, p := range paras {
		n += wordCount(p)
	}
	return n
}

// canonicalURL is the article's key: the page's rel=canonical (else og:url)
// if it is an http(s) URL on the same site and not the home page of an
// article that is not one, else the page's URL; canonicalised.
//
// A canonical link on another site is not followed: syndicated copies are
// folded by the store by their text, and a page must not be able to claim
// another site's article.
func canonicalURL(page *url.URL, m pageMeta) string {
	base := page
	if m.base != "" {
		if b, err := page.Parse(m.base); err == nil {
			base = b
		}
	}
	for _, href := range []string{m.canonical, m.ogURL} {
		if href == "" {
			continue
		}
		u, err := base.Parse(href)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			continue
		}
		if !sameSite(u, page) {
			continue
		}
		if (u.Path == "" || u.Path == "/") && u.RawQuery == "" && page.Path != "" && page.Path != "/" {
			continue
		}
		if c, err := Canonicalize(u.String()); err == nil {
			return c
		}
	}
	c, err := Canonicalize(page.String())
	if err != nil {
		return page.String()
	}
	return c
}

// sameSite reports whether a and b share a registrable domain (eTLD+1), or
// for IP addresses and single-label hosts, the host.
func sameSite(a, b *url.URL) bool {
	ha, hb := strings.ToLower(a.Hostname()), strings.ToLower(b.Hostname())
	if ha == hb {
		return true
	}
	if net.ParseIP(ha) != nil || net.ParseIP(hb) != nil {
		return false
	}
	ea, err1 := publicsuffix.EffectiveTLDPlusOne(ha)
	eb, err2 := publicsuffix.EffectiveTLDPlusOne(hb)
	return err1 == nil && err2 == nil && ea == eb
}
