package crawler

import (
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
// least half the page's paragraph text, and marks it.
func markStories(doc *html.Node) {
	total := paragraphTextLen(doc)
	if total == 0 {
		return
	}
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
		return
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
