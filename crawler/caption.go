package crawler

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story's photo caption may carry a fact its paragraphs do not ("Around
// 30 Google workers took part in Tuesday's sit-ins"), but the main-text
// extractor drops <figure> with the images. storyCaptions keeps the
// captions of figures inside the story's own container, which it appends
// to the main text as paragraphs of their own; captions in rails and
// related-story lists are pruned as furniture before.

// minCaptionWords is the shortest caption kept: "Sundar Pichai" or "File
// photo" tell nothing.
const minCaptionWords = 6

// photoCredit matches a caption's credit: "(Photo courtesy of the
// campaign)", "Photo: Jane Doe/Reuters", "(AP Photo/Ted S. Warren)".
var photoCredit = regexp.MustCompile(`(?i)\s*(?:\((?:[^()]*\bphoto\b[^()]*|credit[^()]*)\)|(?:photo|photograph|credit|image)\s*(?:by|:)\s*[^.]*)\s*$`)

// storyCaptions returns the text of the captions of figures inside the
// element that holds most of the page's paragraph text.
func storyCaptions(doc *html.Node) []string {
	total := paragraphTextLen(doc)
	if total == 0 {
		return nil
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Figcaption {
			if inStory(n, total) {
				c := strings.TrimSpace(photoCredit.ReplaceAllString(collapse(nodeText(n)), ""))
				if wordCount(c) >= minCaptionWords {
					if !strings.ContainsAny(c[len(c)-1:], ".!?") {
						c += "."
					}
					out = append(out, c)
				}
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

// inStory reports whether one of n's four nearest ancestors holds most of
// the page's paragraph text, and none is page furniture: n belongs to the
// story, not to a rail.
func inStory(n *html.Node, total int) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom != atom.Figure && removable(p, total) {
			return false // a rail's, a related story's
		}
	}
	p := n.Parent
	for k := 0; p != nil && k < 4; k++ {
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
// already says.
func withCaptions(paras, captions []string) []string {
	for _, c := range captions {
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
