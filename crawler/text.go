package crawler

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"undersigned/index/catalog"
)

// Boilerplate is recognised generically, by what page templates call it
// (class, id, role, ARIA) and by what it says (copyright lines, "Most read"
// headings), never by site.

// boilerTokens are class/id words (split at "-", "_", spaces and camel
// case) that mark page furniture rather than the story.
var boilerTokens = tokenSet(
	"ad", "ads", "adslot", "adunit", "adsense", "advert", "adverts", "advertisement", "advertising", "dfp", "gpt",
	"sponsor", "sponsored", "sponsors", "promo", "promoted", "promotion", "outbrain", "taboola", "revcontent",
	"nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "skiplink", "pagination", "pager",
	"sidebar", "rail", "rightrail", "leftrail", "widget", "widgets", "masthead", "toolbar", "tools",
	"rightcol", "leftcol", "rightcolumn", "leftcolumn", "sidecol", "sidecolumn", "headlines", "moreheadlines", "morenews",
	"related", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular",
	"mostread", "mostpopular", "mostviewed", "mostshared", "aroundweb", "aroundtheweb", "morestories", "readmore", "readnext", "upnext",
	"newsletter", "newsletters", "signup", "subscribe", "subscription", "paywall", "regwall", "membership",
	"share", "sharing", "sharebar", "social", "socials", "follow",
	"cookie", "cookies", "cookiebar", "consent", "gdpr", "cmp", "modal", "popup", "overlay", "lightbox", "interstitial",
	"ticker", "marquee", "footer", "copyright", "colophon", "tags", "taglist", "keywords", "topics",
	"pullquote", "authorbio", "bio", "weather",
)

// commentTokens mark reader comments.
var commentTokens = tokenSet("comment", "comments", "commentlist", "commentlists", "disqus", "respond", "discussion", "replies")

func tokenSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// classTokens splits an element's class and id into lower-case words, and
// adds each adjacent pair joined ("most-read" gives "most", "read",
// "mostread") so compound names are matched too.
func classTokens(n *html.Node) []string {
	var out []string
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		var words []string
		for _, field := range strings.FieldsFunc(a.Val, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			words = append(words, splitCamel(field)...)
		}
		for i, w := range words {
			out = append(out, w)
			if i > 0 {
				out = append(out, words[i-1]+w)
			}
			if i > 1 {
				out = append(out, words[i-2]+words[i-1]+w)
			}
		}
	}
	return out
}

// splitCamel splits "relatedArticles" into "related", "articles".
func splitCamel(s string) []string {
	var words []string
	start := 0
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			words = append(words, strings.ToLower(string(rs[start:i])))
			start = i
		}
	}
	return append(words, strings.ToLower(string(rs[start:])))
}

func hasToken(n *html.Node, set map[string]bool) bool {
	for _, t := range classTokens(n) {
		if set[t] {
			return true
		}
	}
	return false
}

// boilerStems are word parts that mark furniture inside longer class
// names ("cookiewarn", "newsletterSignupBox", "topnav").
var boilerStems = []string{"cookie", "consent", "gdpr", "newsletter", "advert", "sponsor", "outbrain",
	"taboola", "sidebar", "breadcrumb", "trending", "mostread", "mostpopular", "related", "recommend",
	"signup", "subscribe", "paywall", "popup", "modal", "ticker", "sharing", "socialshare", "aroundtheweb"}

// hasBoilerStem reports whether one of n's class or id words contains a
// furniture stem, or starts or ends with "nav".
func hasBoilerStem(n *html.Node) bool {
	for _, t := range classTokens(n) {
		if len(t) > 3 && (strings.HasPrefix(t, "nav") || strings.HasSuffix(t, "nav")) {
			return true
		}
		for _, s := range boilerStems {
			if strings.Contains(t, s) {
				return true
			}
		}
	}
	return false
}

// tagAtom is n's tag as an atom, also for nodes built without DataAtom
// (trafilatura's output).
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// furnitureTags are elements that never hold the story's text.
var furnitureTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Iframe: true, atom.Noscript: true,
	atom.Dialog: true, atom.Template: true, atom.Svg: true, atom.Canvas: true, atom.Object: true,
	atom.Embed: true, atom.Figure: true, atom.Figcaption: true, atom.Script: true, atom.Style: true,
	atom.Menu: true, atom.Label: true,
}

// alwaysFurniture are furniture tags that cannot wrap a story; the others
// (nav, aside, footer, form, header…) are kept if they turn out to hold it.
var alwaysFurniture = map[atom.Atom]bool{
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Iframe: true,
	atom.Dialog: true, atom.Template: true, atom.Svg: true, atom.Canvas: true, atom.Object: true,
	atom.Embed: true, atom.Figure: true, atom.Figcaption: true, atom.Style: true, atom.Label: true,
}

var furnitureRoles = tokenSet("navigation", "complementary", "contentinfo", "dialog", "alertdialog",
	"search", "menu", "menubar", "toolbar", "banner", "alert", "marquee", "timer")

// isFurniture reports whether n is navigation, an ad, a sidebar, comments,
// a newsletter box, a consent banner or other page furniture.
func isFurniture(n *html.Node) bool {
	if furnitureTags[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Header && !containsAtom(n, atom.H1) {
		return true // a site header; an article header holds the headline
	}
	if furnitureRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if attr(n, "aria-hidden") == "true" || hasAttr(n, "hidden") {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	return hasToken(n, boilerTokens) || hasToken(n, commentTokens) || hasBoilerStem(n)
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func containsAtom(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || containsAtom(c, a)) {
			return true
		}
	}
	return false
}

// pruneFurniture removes page furniture from the document, in place. An
// element is kept whatever its name if it holds the story: the <h1>, an
// <article> or <main>, or at least 40% of the page's paragraph text (a
// wrapper called "content-with-sidebar" is not a sidebar).
func pruneFurniture(doc *html.Node) {
	total := paragraphTextLen(doc)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.CommentNode {
				n.RemoveChild(c)
			} else if c.Type == html.ElementNode {
				if removable(c, total) {
					n.RemoveChild(c)
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(doc)
}

func removable(n *html.Node, total int) bool {
	switch n.DataAtom {
	case atom.Html, atom.Head, atom.Body, atom.Main, atom.Article, atom.Title, atom.Meta, atom.Link, atom.Base:
		return false
	case atom.Script:
		return attr(n, "type") != "application/ld+json"
	}
	if linkList(n) {
		return true
	}
	if n.DataAtom == atom.Blockquote && wordCount(nodeText(n)) >= 8 && !strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return false // a quoted post ("social-post", "twitter-tweet"): what a worker said
	}
	if !isFurniture(n) {
		return false
	}
	if alwaysFurniture[n.DataAtom] {
		return true
	}
	if containsAtom(n, atom.H1) || containsAtom(n, atom.Article) || containsAtom(n, atom.Main) {
		return false
	}
	if total > 0 && paragraphTextLen(n)*10 >= total*4 {
		return false
	}
	return true
}

// timelineTokens name a box of the story's own dated steps.
var timelineTokens = tokenSet("timeline", "chronology", "keydates", "howitunfolded")

// storyTimeline reports whether n is a timeline box of the story (class
// "timeline", "chronology") whose items are not links to other stories.
func storyTimeline(n *html.Node) bool {
	if n.DataAtom != atom.Aside && n.DataAtom != atom.Div && n.DataAtom != atom.Section || !hasToken(n, timelineTokens) || hasToken(n, boilerTokens) {
		return false
	}
	text := wordCount(nodeText(n))
	return text >= 8 && wordCount(linkedText(n))*3 < text
}

// linkedText returns the text of the links under n, other than links to
// PDF documents (a story's own sources).
func linkedText(n *html.Node) string {
	var linked strings.Builder
	var walk func(m *html.Node)
	walk = func(m *html.Node) {
		if m.Type == html.ElementNode && m.DataAtom == atom.A && !strings.HasSuffix(strings.ToLower(attr(m, "href")), ".pdf") {
			linked.WriteString(" " + nodeText(m))
			return
		}
		for k := m.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return linked.String()
}

// linkList reports whether n is a list of two or more items each of which
// is only a link: "Mentioned in this episode", "More on this", a list of
// other stories' headlines, whatever its class is called.
func linkList(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	// under a heading of its own ("Mentioned in this episode"), not a
	// story's list of demands, each linked to its document
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	if prev == nil || prev.Type != html.ElementNode {
		return false
	}
	switch prev.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
	default:
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			return false
		}
		text := strings.Join(strings.Fields(nodeText(c)), " ")
		if text == "" || strings.Join(strings.Fields(linkedText(c)), " ") != text {
			return false
		}
		items++
	}
	return items >= 2
}

// bylineTokens mark bylines and date lines, which are metadata, not story.
var bylineTokens = tokenSet("byline", "byl", "date", "pubdate", "published", "posted", "postedon", "timestamp",
	"dateline", "postmeta", "entrymeta", "articlemeta", "storymeta", "updated", "moddate", "kicker", "eyebrow")

// pruneBylines removes bylines and date lines (short elements so marked),
// once their dates and names were read.
func pruneBylines(doc *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if hasToken(c, bylineTokens) && len(strings.TrimSpace(nodeText(c))) < 200 && paragraphTextLen(c) < 200 {
					n.RemoveChild(c)
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(doc)
}

// paragraphTextLen is the length of the text in n's <p> elements.
func paragraphTextLen(n *html.Node) int {
	total := 0
	var walk func(n *html.Node, inP bool)
	walk = func(n *html.Node, inP bool) {
		if n.Type == html.TextNode && inP {
			total += len(strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP || (c.Type == html.ElementNode && c.DataAtom == atom.P))
		}
	}
	walk(n, false)
	return total
}

// blockTags end one paragraph and start another.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Main: true, atom.Figure: true, atom.Figcaption: true, atom.Address: true,
	atom.Hr: true, atom.Body: true, atom.Html: true, atom.Caption: true, atom.Details: true, atom.Summary: true,
}

// paragraphs returns the text of n as paragraphs: each heading, paragraph,
// blockquote paragraph, list item and table cell its own, whitespace
// collapsed, a <br> kept as a line break.
func paragraphs(n *html.Node) []string {
	var out []string
	var buf strings.Builder
	flush := func() {
		if p := collapse(buf.String()); p != "" {
			out = append(out, p)
		}
		buf.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			buf.WriteString(n.Data)
			return
		case html.ElementNode:
			switch tagAtom(n) {
			case atom.Br:
				buf.WriteString("\x00")
				return
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[tagAtom(n)]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}

// collapse collapses whitespace runs to one space, keeping <br> breaks
// (marked \x00) as newlines.
func collapse(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\x00") {
		if l = joinFields(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

var (
	// placeholder matches CMS shortcodes left in text: {mosads}, [ad].
	placeholder = regexp.MustCompile(`\{[a-z_][a-z0-9_]*\}|\[(?:ad|ads|advert|embed|caption)[^\]]{0,40}\]`)

	// noiseLine is a paragraph that is only a label or a call to action.
	noiseLine = regexp.MustCompile(`(?i)^(?:advertisements?|ad|sponsored(?: content)?|paid content|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|skip to (?:main )?content|share(?: this)?(?: story| article)?(?: on \w+)?|tweet|e-?mail|print|comments?|reply|photo|video|listen(?: to this article)?|\d+ min(?:ute)?s? read|loading\.*)[.:!]?$`)

	// toolLink is one entry of a story's tool bar: "Print this story",
	// "E-mail this story", "Letters to the editor", "Reprints".
	toolLink = regexp.MustCompile(`(?i)^(?:(?:print|e-?mail|share|save|send|bookmark|tweet|comment on|discuss|listen to|download|cite|report an error in)(?: (?:this|the))?(?: (?:story|article|page|link|post|item))?(?: to a friend)?|(?:letters?|write a letter) to the editor|reprints?(?: (?:&|and) permissions)?|comments?(?: \(\d+\))?|(?:smaller|larger|text|font) (?:size|text)|a[+-]|corrections?|feedback|rss|facebook|twitter|x|linkedin|whatsapp|reddit)[.:!]?$`)

	// inlinePromo is an inline link to another story or a newsletter.
	inlinePromo = regexp.MustCompile(`(?i)^(?:read more|related(?: story| article| coverage)?|see also|also read|recommended|more from [^:]{1,40}|read next|don't miss|must read|watch|listen)\s*[:|›»>]`)

	// callToAction is a newsletter, subscription or cookie pitch.
	// (Only short paragraphs are tested against it.)
	callToAction = regexp.MustCompile(`(?i)^(?:sign up (?:for|to|now|here|today)\b|subscribe (?:to|now|here|today)\b|get (?:the|our) [^.]{0,60}(?:newsletter|briefing|headlines)|join [\d,.]+\s*(?:k\s+)?(?:readers|subscribers))|[\d,]+ (?:readers|subscribers|engineers|people) (?:read|get) (?:our|it|the) [^.]{0,40}(?:newsletter|briefing|inbox)|\b(?:we use cookies|this (?:web)?site uses cookies|by continuing to (?:browse|use) (?:this|our|the) site|accept (?:all )?cookies)\b`)

	// copyrightLine is a footer's copyright or rights notice.
	// (Only short paragraphs are tested against it.)
	copyrightLine = regexp.MustCompile(`(?i)^(?:copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by\b)|©|\(c\)\s*\d{4})|\ball rights reserved\b|\bmay not be (?:re)?published,? broadcast|\bthis material may not be (?:re)?published\b`)

	// sectionHeading is the heading of a section that follows the story:
	// related and popular stories, sponsored links, tags.
	sectionHeading = regexp.MustCompile(`(?i)^(?:from )?(?:around the web|trending(?: now| stories| today)?|most (?:read|popular|viewed|shared|emailed|commented)(?: stories| articles)?|popular(?: now| stories| articles| today)?|related(?: stories| articles| coverage| content| posts| reading| news| links)?|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories| articles| reading)?|more (?:stories|from [^.]{1,40}|news|on this(?: story| topic)?|to read|coverage)|read (?:next|more)|up next|what to read next|latest (?:news|stories|headlines)|top stories|editor'?s picks|don'?t miss|sponsored(?: stories| content| links)?|promoted(?: stories| content)?|share this(?: story| article)?|tags?|tagged|filed under|topics|about the author|e-?newsletters?)[.:!]?$`)

	// commentsHeading opens reader comments, which always come last.
	commentsHeading = regexp.MustCompile(`(?i)^(?:(?:\d+ )?(?:(?:readers?'?|users?|visitors?) )?(?:comments?|responses|replies)(?: \(\d+\))?|\d+ thoughts on .{0,200}|(?:one|two|three) thoughts? on .{0,200}|leave a (?:reply|comment)|join the (?:conversation|discussion)|discussion)[.:!]?$`)
)

// cleanParagraphs drops from the extracted paragraphs what is not the
// story: a kicker or section label before the headline, the headline
// itself, labels ("ADVERTISEMENT"), inline promotions, calls to subscribe,
// and everything from a copyright line or a comments heading on, or from a
// trailing section heading ("AROUND THE WEB", "Most read") on when no more
// story follows it.
func cleanParagraphs(paras []string, title string) (out []string) {
	cleaned := make([]string, 0, len(paras))
	for _, p := range paras {
		p = collapseSpaces(placeholder.ReplaceAllString(p, ""))
		if p != "" {
			cleaned = append(cleaned, p)
		}
	}
	paras = cleaned
	// A kicker or breadcrumb before the headline.
	if title != "" {
		for i := 0; i < len(paras) && i < 4; i++ {
			if sameText(paras[i], title) {
				short := true
				for _, p := range paras[:i] {
					short = short && wordCount(p) < 8
				}
				if short {
					paras = paras[i+1:]
				}
				break
			}
		}
	}
	defer func() { out = trimBreaks(out) }()
	substantial := false
	for i, p := range paras {
		if title != "" && sameText(p, title) {
			continue
		}
		words := wordCount(p)
		short := words <= 12
		hard := (words <= 40 && copyrightLine.MatchString(p)) || (short && commentsHeading.MatchString(p))
		soft := short && sectionHeading.MatchString(p)
		if substantial && (hard || (soft && !storyFollows(paras[i+1:]))) {
			break
		}
		if hard || soft || noiseLine.MatchString(p) || inlinePromo.MatchString(p) || (words <= 30 && callToAction.MatchString(p)) || isLabel(p) || isToolBar(p) {
			continue
		}
		if wordCount(p) >= 10 {
			substantial = true
		}
		out = append(out, p)
	}
	return out
}

// storyFollows reports whether any of rest reads like a paragraph of a
// story (15 words or more, ending a sentence) rather than the headlines and
// labels of a list of links.
func storyFollows(rest []string) bool {
	for _, p := range rest {
		if wordCount(p) >= 15 && strings.ContainsAny(p[len(p)-1:], ".!?\"”’)") {
			return true
		}
	}
	return false
}

// isToolBar reports whether p is a row of a story's tools, two or more
// toolLink entries separated by bars or dots: "Print this story | E-mail
// this story | Letters to the editor".
func isToolBar(p string) bool {
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(parts) < 2 || wordCount(p) > 24 {
		return false
	}
	for _, part := range parts {
		if !toolLink.MatchString(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}

// isLabel reports whether p is a short all-capitals label such as
// "ADVERTISEMENT" or "TRENDING NOW".
func isLabel(p string) bool {
	if wordCount(p) > 4 || strings.ContainsAny(p, ".!?") {
		return false
	}
	letters := 0
	for _, r := range p {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func collapseSpaces(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = joinFields(l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// joinFields collapses the whitespace runs of l to single spaces. A
// groupMark, which markDigitGroups put between a number's groups of digits
// ("1 240", the European "6 900"), becomes a no-break space again, so that
// the number stays one.
func joinFields(l string) string {
	l = strings.Join(strings.Fields(markGroups(l)), " ")
	return strings.ReplaceAll(l, string(groupMark), "\u00a0")
}

// markDigitGroups replaces the no-break or thin spaces between digit groups
// in the text of n with groupMark, which no whitespace handling touches.
func markDigitGroups(n *html.Node) {
	if n.Type == html.TextNode {
		n.Data = markGroups(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		markDigitGroups(c)
	}
}

// markGroups replaces each no-break or thin space of s that stands between
// a digit and exactly three digits with groupMark.
func markGroups(s string) string {
	if !strings.ContainsAny(s, groupSpaces) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune(groupSpaces, r) && leadDigits(s[:i]) && threeDigits(s[i+utf8.RuneLen(r):]) {
			b.WriteRune(groupMark)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// groupSpaces are the spaces written between digit groups; groupMark
// holds one's place through extraction.
const (
	groupSpaces = "\u00a0\u202f\u2009"
	groupMark   = '\ue000'
)

// leadDigits reports whether s ends in one to three digits that follow no
// other digit: the first group of "1 240", not the year of "2023 400".
func leadDigits(s string) bool {
	n := 0
	for n < len(s) && s[len(s)-1-n] >= '0' && s[len(s)-1-n] <= '9' {
		n++
	}
	return n >= 1 && n <= 3
}

// threeDigits reports whether s opens with exactly three digits.
func threeDigits(s string) bool {
	if len(s) < 3 || strings.IndexFunc(s[:3], func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	return len(s) == 3 || !unicode.IsLetter(rune(s[3])) && !unicode.IsDigit(rune(s[3]))
}

// sameText compares two strings ignoring case, spacing and punctuation.
func sameText(a, b string) bool {
	na := letters(a)
	return na != "" && na == letters(b)
}

// letters returns s in lower case with only its letters and digits.
func letters(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// mergeEntryArticles turns a run of sibling <article> elements that holds
// the story (a live blog's timestamped updates, each its own <article>)
// into plain <div>s, so the main-text extractor takes their container, all
// updates, instead of the first update alone. Sibling <article>s that are
// teaser cards stay as they are: their text must be more than twice that
// of any other <article> on the page, and at least half the page's
// paragraph text.
func mergeEntryArticles(doc *html.Node) {
	total := paragraphTextLen(doc)
	type group struct {
		parent *html.Node
		items  []*html.Node
		text   int
	}
	var groups []group
	var all []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		g := group{parent: n}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Article {
				g.items = append(g.items, c)
				g.text += paragraphTextLen(c)
				all = append(all, c)
			}
			walk(c)
		}
		if len(g.items) >= 2 {
			groups = append(groups, g)
		}
	}
	walk(doc)
	best := -1
	for i, g := range groups {
		if best < 0 || g.text > groups[best].text {
			best = i
		}
	}
	if best < 0 {
		return
	}
	g := groups[best]
	if g.text*2 < total {
		return
	}
	for _, a := range all {
		if a.Parent == g.parent || within(a, g.items) || a == g.parent || within(g.parent, []*html.Node{a}) {
			continue // one of the updates, inside one, or the live blog's own <article> around them
		}
		if paragraphTextLen(a)*2 >= g.text {
			return
		}
	}
	for _, a := range g.items {
		a.DataAtom, a.Data = atom.Div, "div"
	}
}

// within reports whether n is inside one of the nodes in ns.
func within(n *html.Node, ns []*html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		for _, x := range ns {
			if p == x {
				return true
			}
		}
	}
	return false
}

// inlineFormatting are elements that only style words inside a paragraph.
var inlineFormatting = map[atom.Atom]bool{
	atom.I: true, atom.Em: true, atom.B: true, atom.Strong: true, atom.U: true,
	atom.Mark: true, atom.Small: true, atom.Cite: true, atom.Abbr: true, atom.Q: true,
}

// unwrapInline replaces inline formatting elements with their children, so
// that a paragraph reads as one run of text: inside a table-laid-out page,
// go-trafilatura dropped the words after an <i> ("the farming sim
// <i>Hollowfield</i>, 86 developers have signed ..." kept only the words
// before it).
func unwrapInline(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		unwrapInline(c)
		if c.Type == html.ElementNode && inlineFormatting[c.DataAtom] {
			for g := c.FirstChild; g != nil; {
				gn := g.NextSibling
				c.RemoveChild(g)
				n.InsertBefore(g, c)
				g = gn
			}
			n.RemoveChild(c)
		}
		c = next
	}
}

// trimBreaks drops story breaks that separate nothing: at the start or
// end, or after another break.
func trimBreaks(paras []string) []string {
	out := paras[:0]
	for _, p := range paras {
		if p == catalog.StoryBreak && (len(out) == 0 || out[len(out)-1] == catalog.StoryBreak) {
			continue
		}
		out = append(out, p)
	}
	if n := len(out); n > 0 && out[n-1] == catalog.StoryBreak {
		out = out[:n-1]
	}
	return out
}

// looseInline are the elements that may stand in a run of loose text
// beside a container's paragraphs: "<span class=dateline>BRISTOL –</span>
// Around 140 engineers ..." before the first <p>.
var looseInline = map[atom.Atom]bool{
	atom.Span: true, atom.A: true, atom.Time: true, atom.I: true, atom.Em: true, atom.B: true,
	atom.Strong: true, atom.U: true, atom.Mark: true, atom.Small: true, atom.Cite: true, atom.Abbr: true,
	atom.Q: true, atom.Sup: true, atom.Sub: true, atom.Br: true,
}

// wrapLooseText puts the runs of text that stand directly in a container
// beside its paragraphs into paragraphs of their own: a lead written
// straight into the story's <div>, before the first <p>, is part of the
// story (go-trafilatura kept only the <p>s).
func wrapLooseText(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		wrapLooseText(c)
	}
	if n.Type == html.ElementNode && !containsChildAtom(n, atom.P) {
		splitAtBreaks(n)
	}
	if n.Type != html.ElementNode || !containsChildAtom(n, atom.P) {
		return
	}
	wrapRuns(n, func(c *html.Node) bool { return c.Type == html.ElementNode && !looseInline[c.DataAtom] })
}

// splitAtBreaks makes paragraphs of a story written straight into a
// <div> as text and inline elements, its paragraphs parted by blank lines
// of <br><br>: "<div id=articleText>About 60 employees ... consent.<br><br>
// The statement was delivered ...</div>". A container with a single <br>
// here and there, or with block children, is left as it is.
func splitAtBreaks(n *html.Node) {
	doubles := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && !looseInline[c.DataAtom]:
			return
		case isBreak(c) && isBreak(nextNonBlank(c)):
			doubles++
			c = nextNonBlank(c)
		}
	}
	if doubles == 0 {
		return
	}
	wrapRuns(n, func(c *html.Node) bool { return isBreak(c) && isBreak(nextNonBlank(c)) })
}

// wrapRuns wraps each run of n's children between boundaries into a
// paragraph of its own when it reads as prose (wrapProse); comments are
// left where they are.
func wrapRuns(n *html.Node, boundary func(*html.Node) bool) {
	var run []*html.Node
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case boundary(c):
			wrapProse(n, run, c)
			run = run[:0]
		case c.Type != html.CommentNode:
			run = append(run, c)
		}
		c = next
	}
	wrapProse(n, run, nil)
}

// wrapProse puts run, children of n, into a new paragraph before the
// child before when they read as a story's prose: eight words or more, not
// mostly links, no byline or meta line.
func wrapProse(n *html.Node, run []*html.Node, before *html.Node) {
	text, linked := "", 0
	for _, r := range run {
		t := nodeText(r)
		text += t
		if r.Type == html.ElementNode && r.DataAtom == atom.A {
			linked += len(strings.TrimSpace(t))
		}
	}
	if wordCount(text) < 8 || !looseProse(text, linked) {
		return
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	n.InsertBefore(p, before)
	for _, r := range run {
		n.RemoveChild(r)
		p.AppendChild(r)
	}
}

// isBreak reports whether n is a <br>.
func isBreak(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == atom.Br
}

// nextNonBlank is the sibling after n that is not blank text.
func nextNonBlank(n *html.Node) *html.Node {
	c := n.NextSibling
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	return c
}

// containsChildAtom reports whether one of n's children is an element a.
func containsChildAtom(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return true
		}
	}
	return false
}

// looseProse reports whether a run of loose text reads as a story's
// sentence rather than furniture: not mostly links (a breadcrumb, a
// menu), not a byline ("By Jane Doe, Staff Writer", "Posted by"), not a
// meta line of separators ("1,245 Comments | 3,100 Shares").
func looseProse(text string, linked int) bool {
	t := strings.TrimSpace(collapseSpaces(text))
	if t == "" || linked*2 >= len(t) {
		return false
	}
	l := strings.ToLower(t)
	if strings.HasPrefix(l, "by ") || strings.HasPrefix(l, "posted by") || strings.HasPrefix(l, "written by") {
		return false
	}
	if strings.ContainsAny(t, "|>›»") {
		return false
	}
	return strings.ContainsAny(t, ".,;") // a sentence has its punctuation
}
