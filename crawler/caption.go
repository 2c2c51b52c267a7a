package crawler

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story's photo caption may carry a fact its paragraphs do not ("Around
// 30 Google workers took part in Tuesday's sit-ins"), but the main-text
// extractor drops <figure> with the images. storyExtras keeps the
// captions of figures inside the story's own container, which it appends
// to the main text as paragraphs of their own; captions in rails and
// related-story lists are pruned as furniture before.

// minCaptionWords is the shortest caption kept: "Sundar Pichai" or "File
// photo" tell nothing.
const minCaptionWords = 6

// photoCredit matches a caption's credit: "(Photo courtesy of the
// campaign)", "Photo: Jane Doe/Reuters", "(AP Photo/Ted S. Warren)",
// "(Getty Images)", "Justin Sullivan/Getty Images".
var photoCredit = regexp.MustCompile(`(?i)\s*(?:\((?:[^()]*\b(?:photo|images?|credit)\b[^()]*)\)|\b(?:photo|photograph|credit|image)\s*(?:by|:)\s.*|\b(?:getty images|reuters|afp)\s*/.*)\s*$`)

// agencyCredit matches a credit written as the photographer and the
// agency after the caption's last sentence: "Justin Sullivan/Getty
// Images".
var agencyCredit = regexp.MustCompile(`([.!?”"])\s+[A-Z][\w.' -]{0,40}/\s*(?:Getty Images|Reuters|AP|AFP|Bloomberg|EPA)\b[^.]*$`)

// fileCaption matches a caption of a photo of another time, whose counts
// are not the story's: "File photo", "archive".
var fileCaption = regexp.MustCompile(`(?i)\b(?:file|archive|archival)\b`)

// captionYear matches a year a caption names.
var captionYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// figureFurniture mark a figure that is no photo of the story: a pull
// quote, a promotion of another story.
var figureFurniture = tokenSet("pullquote", "quote", "related", "promo", "teaser", "readmore", "more", "embed", "ad", "sponsored")

// storyExtras returns, in one walk, the text of the captions of figures
// inside the element that holds most of the page's paragraph text, and
// the entries of the story's own timeline boxes ("How it unfolded": class
// "timeline" or "chronology", inside the <article> or that element), one
// paragraph each. The main-text extractor drops both with the rails, yet a
// timeline's dated steps ("May 11, 2023 — Organizers hand the petition,
// now carrying 520 names, to the chief executive") are the story's.
func storyExtras(doc *html.Node) (captions, timeline []string) {
	total := paragraphTextLen(doc)
	// a photo gallery tells its story in captions: more caption text than
	// paragraph text on the page
	gallery := captionTextLen(doc) > total
	if total == 0 && !gallery {
		return nil, nil
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Figcaption {
			if gallery && inGallery(n) || !gallery && inStory(n, total) {
				c := strings.TrimSpace(photoCredit.ReplaceAllString(agencyCredit.ReplaceAllString(collapse(captionText(n)), "$1"), ""))
				if wordCount(c) >= minCaptionWords && !fileCaption.MatchString(c) {
					captions = append(captions, asSentence(c))
				}
			}
			return
		}
		if n.Type == html.ElementNode && storyTimeline(n) && withinStory(n, total) {
			for _, li := range listItems(n) {
				if c := collapse(nodeText(li)); wordCount(c) >= minCaptionWords {
					timeline = append(timeline, asSentence(c))
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return captions, timeline
}

// captionMarks are the parts of a caption that are not its words: the
// photo's place in a gallery ("1 of 6"), its credit.
var captionMarks = tokenSet("counter", "count", "credit", "credits", "byline", "photographer", "attribution", "copyright")

// captionText is the text of a caption without its counter and credit.
func captionText(n *html.Node) string {
	return textSkipping(n, func(c *html.Node) bool { return hasToken(c, captionMarks) })
}

// captionTextLen is the length of the text of the page's captions outside
// page furniture.
func captionTextLen(doc *html.Node) int {
	total := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Figcaption {
			total += len(strings.TrimSpace(collapse(captionText(n))))
			return
		}
		if n.Type == html.ElementNode && galleryFurniture(n) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return total
}

// galleryFurniture reports whether n is furniture on a gallery page,
// where a figure is the story's unless marked as a promotion or quote.
func galleryFurniture(n *html.Node) bool {
	if n.DataAtom == atom.Figure {
		return hasToken(n, figureFurniture)
	}
	return isFurniture(n)
}

// inGallery reports whether the caption n of a gallery page is one of
// its photos', not in page furniture nor a promotion of another story.
func inGallery(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && galleryFurniture(p) || p.DataAtom == atom.Figure && containsAtom(p, atom.A) {
			return false
		}
	}
	return true
}

// asSentence ends a caption or a timeline entry as a sentence.
func asSentence(c string) string {
	for _, end := range []string{".", "!", "?", ".”", ".\""} {
		if strings.HasSuffix(c, end) {
			return c
		}
	}
	return c + "."
}

// inStory reports whether the figure of caption n, or the element around
// it, holds most of the page's paragraph text, and no ancestor is page
// furniture, a pull quote or a link to another story: n belongs to the
// story, not to a rail.
func inStory(n *html.Node, total int) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom != atom.Figure && removable(p, total) || p.DataAtom == atom.Figure && (hasToken(p, figureFurniture) || containsAtom(p, atom.Blockquote) || containsAtom(p, atom.A)) {
			return false // a rail's, a related story's, a pull quote
		}
	}
	p := n.Parent
	for k := 0; p != nil && k < 2; k++ {
		if p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			return false
		}
		if paragraphTextLen(p)*10 >= total*6 {
			return true
		}
		p = p.Parent
	}
	return false
}

// withCaptions appends to paragraphs the captions that none of them
// already says, except those that name a year two or more before the
// story's (published, when known): "at the company's 2018 walkout, when
// some 20,000 staff left their desks" is another event's count.
func withCaptions(paras, captions []string, published int) []string {
	for _, c := range captions {
		old := false
		for _, y := range captionYear.FindAllString(c, -1) {
			if n, _ := strconv.Atoi(y); published > 0 && published-n >= 2 {
				old = true
			}
		}
		if old {
			continue
		}
		known := false
		for _, p := range paras {
			if strings.Contains(letters(p), letters(c)) {
				known = true
				break
			}
		}
		if !known {
			paras = append(paras, c)
		}
	}
	return paras
}

// listItems returns the <li> elements under n.
func listItems(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Li {
			out = append(out, c)
			continue
		}
		out = append(out, listItems(c)...)
	}
	return out
}

// withinStory reports whether n stands inside an <article> or <main>, or
// inside an element that holds most of the page's paragraph text, with no
// ancestor that is page furniture of another kind.
func withinStory(n *html.Node, total int) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
		if removable(p, total) {
			return false
		}
		if p.DataAtom != atom.Body && p.DataAtom != atom.Html && paragraphTextLen(p)*10 >= total*6 {
			return true
		}
	}
	return false
}
