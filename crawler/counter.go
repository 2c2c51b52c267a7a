package crawler

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A campaign's own site shows its tally as a counter: a big number in an
// element of its own, its label beside it ("612" over "Lumenforge workers
// have signed"). The main-text extractor drops both, as page furniture.
// renderCounters writes each such counter as one sentence, "612 Lumenforge
// workers have signed.", at the end of the page's main text, where a live
// figure belongs: after the story of how the count grew.

// maxCounterLabel is the longest label of a counter, in words.
const maxCounterLabel = 8

// renderCounters replaces each signing counter in doc with a sentence
// appended to the main content (<main> or <article>, else in place).
func renderCounters(doc *html.Node) {
	var counters []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && isCounterNumber(n) {
			counters = append(counters, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	type counter struct{ num, label *html.Node }
	var found []counter
	for _, num := range counters {
		if label := counterLabel(num); label != nil {
			found = append(found, counter{num, label})
		}
	}
	if len(found) != 1 {
		return // cards of several campaigns, or none: no tally of the page's own
	}
	main := mainContent(doc)
	for _, c := range found {
		num, label := c.num, c.label
		sentence := strings.TrimSpace(nodeText(num)) + " " + strings.TrimRight(strings.TrimSpace(nodeText(label)), ".") + "."
		box := num.Parent
		if box == nil || box.Parent == nil {
			continue
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: sentence})
		if main != nil && !within(box, []*html.Node{main}) && !within(main, []*html.Node{box}) && box != main {
			main.AppendChild(p)
			box.Parent.RemoveChild(box)
			continue
		}
		box.Parent.InsertBefore(p, box)
		box.Parent.RemoveChild(box)
	}
}

// isCounterNumber reports whether n holds only a whole number, "612" or
// "1,480" or "2,000+", in an element with no element inside.
func isCounterNumber(n *html.Node) bool {
	if n.FirstChild == nil || n.FirstChild != n.LastChild || n.FirstChild.Type != html.TextNode {
		return false
	}
	switch n.DataAtom {
	case atom.Span, atom.Div, atom.Strong, atom.B, atom.P, atom.Output, atom.Data:
	default:
		return false
	}
	s := strings.TrimSuffix(strings.TrimSpace(n.FirstChild.Data), "+")
	if s == "" || len(s) > 9 {
		return false
	}
	if y, err := strconv.Atoi(s); err == nil && y >= 1900 && y <= 2100 {
		return false // a year, as in a timeline
	}
	digits := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case r == ',' || r == '.' || r == '\u00a0' || r == ' ':
		default:
			return false
		}
	}
	return digits > 0 && unicode.IsDigit(rune(s[0]))
}

// counterLabel returns the element after the number that says what it
// counts, when it counts people signing: "Lumenforge workers have signed",
// "verified signatures".
func counterLabel(num *html.Node) *html.Node {
	for s := num.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		if s.Type != html.ElementNode {
			return nil
		}
		t := strings.ToLower(strings.TrimSpace(nodeText(s)))
		ws := strings.Fields(t)
		if len(ws) == 0 || len(ws) > maxCounterLabel {
			return nil
		}
		signs := false
		for _, w := range ws {
			w = strings.Trim(w, ".,:;!")
			switch w {
			case "signed", "signatures", "signers", "signatories", "names", "co-signers":
				signs = true
			case "days", "since", "percent", "%", "dollars", "raised", "cards", "union", "contract", "contracts", "letters", "petitions", "pledge", "pledges":
				return nil // "days since Lumio signed the contract", "members have signed union cards"
			}
		}
		if signs {
			return s
		}
		return nil
	}
	return nil
}

// mainContent returns the page's <main>, else its only <article>, or nil.
func mainContent(doc *html.Node) *html.Node {
	var mains, articles []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Main:
				mains = append(mains, n)
			case atom.Article:
				articles = append(articles, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	switch {
	case len(mains) == 1:
		return mains[0]
	case len(articles) == 1:
		return articles[0]
	}
	return nil
}
