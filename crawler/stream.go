package crawler

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"undersigned/index/catalog"
)

// A page that lists several stories (a topic or tag page, each story a
// linked headline over a summary) is kept whole, its stories apart: a
// paragraph of catalog.StoryBreak goes before each, so that the catalogue
// reads each story on its own instead of one story's headline as the
// next one's. Main-text extractors drop such streams as "teasers"; the
// stories lose the class names that would have them dropped.

// minTeaserWords is the fewest words a story's summary holds.
const minTeaserWords = 8

// markStories finds a run of two or more sibling stories that holds at
// least half the page's paragraph text, and marks it; else, on a page
// that calls itself a newsletter, digest or week in review (in its
// headline, or in its first words: "a weekly newsletter from ...",
// "Issue 41"), it marks the sections under its item headings.
func markStories(doc *html.Node, title string) {
	total := paragraphTextLen(doc)
	if total == 0 {
		return
	}
	if !markTeasers(doc, total) && (digestTitle.MatchString(headlinePart(title)) || digestLead.MatchString(pageLead(doc))) {
		markDigest(doc)
	}
}

var (
	// digestTitle is the headline of a page of several stories, naming
	// itself at its start: "Organizer's Digest #112: ...", "Week in
	// review: ...", "Worker Watch #41: ...", "Daily Briefing, issue 9:" -
	// not a story that mentions a newsletter or a union local's number.
	digestTitle = regexp.MustCompile(`(?i)^(?:week in review|the week in \w+|this week in \w+)\b|^[^:#]{0,40}\b(?:newsletter|digest|roundup|round-up|briefing|weekly|bulletin)\b\s*(?:#\s?\d+|no\.?\s*\d+|,?\s*issue\s+\d+)?\s*[:—–]|^[^:#]{0,40}#\s?\d+\s*[:—–]`)
	// digestLead is how a newsletter names itself in its first words:
	// "a weekly newsletter from ...", "Issue 41".
	digestLead = regexp.MustCompile(`(?i:\b(?:a|our|this)\s+(?:weekly|daily|monthly|fortnightly)\s+(?:newsletter|digest|roundup|round-up|briefing)\b|\b(?:this week's|today's)\s+(?:newsletter|digest|roundup|briefing)\b)|\bIssue\s+(?:No\.?\s*)?\d+`)
)

// headlinePart is a <title> without the site's name after its last
// separator: "Week in review: ... · The Weekly Diff" is "Week in review:
// ...", so that a site called "The Tech Briefing" calls no page a digest.
func headlinePart(title string) string {
	for _, sep := range []string{" | ", " · ", " - ", " — ", " – "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			title = title[:i]
		}
	}
	return title
}

// pageLead is the first words of the page's body text.
func pageLead(doc *html.Node) string {
	body := bodyNode(doc)
	if body == nil {
		return ""
	}
	lead := strings.Join(strings.Fields(nodeText(body)), " ")
	if len(lead) > 300 {
		lead = lead[:300]
	}
	return lead
}

// minDigestItems is the fewest item headings that make a digest.
const minDigestItems = 3

// markDigest puts a story break before each item heading of a digest: the
// highest level of heading (h2 to h4) that opens three or more sections of
// text, so that an item's own subheadings do not cut it.
func markDigest(doc *html.Node) {
	items := map[atom.Atom][]*html.Node{}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.H2, atom.H3, atom.H4:
			if wordCount(nodeText(n)) > 0 && sectionText(n) >= minTeaserWords {
				items[n.DataAtom] = append(items[n.DataAtom], n)
			}
		}
	}
	// the highest level with three sections, unless the next level's
	// headings fall under two or more of its sections ("Top stories",
	// "Also" over items): then those are the items
	levels := []atom.Atom{atom.H2, atom.H3, atom.H4}
	var best []*html.Node
	for i, a := range levels {
		if len(items[a]) < minDigestItems {
			continue
		}
		best = items[a]
		for _, b := range levels[i+1:] {
			if len(items[b]) >= minDigestItems && spreadUnder(doc, a, items[b]) >= 2 {
				best = items[b]
				break
			}
		}
		break
	}
	if best == nil {
		return
	}
	for _, h := range best {
		h.Parent.InsertBefore(storyBreak(), h)
		// the item's headline is its story's: kept as a paragraph, as
		// the main-text extractor drops some headings ("1. Tessellate
		// Cloud: past 350")
		for c := range h.Descendants() {
			if c.Type == html.ElementNode {
				dropClasses(c)
			}
		}
		dropClasses(h)
		h.DataAtom, h.Data = atom.P, "p"
	}
}

// spreadUnder counts the sections under headings of level a, in document
// order, that hold one of hs.
func spreadUnder(doc *html.Node, a atom.Atom, hs []*html.Node) int {
	in := map[*html.Node]bool{}
	for _, h := range hs {
		in[h] = true
	}
	sections, current, counted := 0, 0, -1
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if n.DataAtom == a {
			current++
		}
		if in[n] && current > 0 && counted != current {
			sections++
			counted = current
		}
	}
	return sections
}

// sectionText counts the words that follow heading h, up to the next
// heading of its level or higher (its own subheadings' sections are its).
func sectionText(h *html.Node) int {
	level := headingLevel[h.DataAtom]
	n := 0
	for c := h.NextSibling; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if l, ok := headingLevel[c.DataAtom]; ok && l <= level {
			return n
		}
		n += wordCount(nodeText(c))
	}
	return n
}

var headingLevel = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4}

// markTeasers finds and marks a run of teasers; it reports whether it did.
func markTeasers(doc *html.Node, total int) bool {
	var best *html.Node
	bestText := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		items, text := 0, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && isTeaser(c) {
				items++
				text += paragraphTextLen(c)
			}
		}
		if items >= 2 && text > bestText {
			best, bestText = n, text
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(doc)
	if best == nil || bestText*2 < total {
		return false
	}
	dropClasses(best)
	var last *html.Node
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !isTeaser(c) {
			continue
		}
		// inside the story, so that a list item keeps it
		c.InsertBefore(storyBreak(), c.FirstChild)
		last = c
		if c.DataAtom == atom.Article {
			c.DataAtom, c.Data = atom.Div, "div"
		}
		var strip func(n *html.Node)
		strip = func(n *html.Node) {
			dropClasses(n)
			for k := n.FirstChild; k != nil; k = k.NextSibling {
				if k.Type == html.ElementNode {
					strip(k)
				}
			}
		}
		strip(c)
	}
	// the stream's end: what follows is not the last story's
	last.AppendChild(storyBreak())
	return true
}

func storyBreak() *html.Node {
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: catalog.StoryBreak})
	return p
}

// dropClasses removes an element's class and id.
func dropClasses(n *html.Node) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			kept = append(kept, a)
		}
	}
	n.Attr = kept
}

// isTeaser reports whether n is one story of a list: it opens with a
// heading that is a link, and a summary of at least minTeaserWords words
// follows in a paragraph.
func isTeaser(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Article, atom.Div, atom.Li, atom.Section:
	default:
		return false
	}
	h := firstHeading(n)
	if h == nil || !allLinked(h) {
		return false
	}
	for p := range n.Descendants() {
		if p.Type == html.ElementNode && p.DataAtom == atom.P && !within(p, []*html.Node{h}) && wordCount(nodeText(p)) >= minTeaserWords {
			return true
		}
	}
	return false
}

// firstHeading returns the first element of n with text, when it is a
// heading (h2 to h5).
func firstHeading(n *html.Node) *html.Node {
	for c := range n.Descendants() {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			for p := c.Parent; p != nil && p != n; p = p.Parent {
				switch p.DataAtom {
				case atom.H2, atom.H3, atom.H4, atom.H5:
					return p
				}
			}
			return nil
		}
	}
	return nil
}

// allLinked reports whether all the text of n sits inside a link to
// another page (not to a section of this one, "#the-letter").
func allLinked(n *html.Node) bool {
	return allTextWithin(n, func(p *html.Node) bool {
		href := strings.TrimSpace(attr(p, "href"))
		return p.DataAtom == atom.A && href != "" && !strings.HasPrefix(href, "#") && !strings.HasPrefix(strings.ToLower(href), "javascript:")
	})
}
