package catalog

import "strings"

// StoryBreak is a paragraph of its own between the stories of a page that
// lists several (a topic page's headlines and summaries); the crawler
// writes it. Each story is read on its own, its first paragraph as its
// headline when it reads like one, so that one story's headline, count or
// company never passes to the next; what the stories say of one campaign
// is joined.
//
// It is three asterisms: an author's own section break is one.
const StoryBreak = "⁂⁂⁂"

// maxHeadlineWords is the longest first paragraph read as a story's
// headline.
const maxHeadlineWords = 25

// span is a range of byte offsets in a document.
type span struct{ start, end int }

// storySpans cuts text at its story breaks, or before the numbered
// headings of a digest's items; nil when it has neither.
func storySpans(text string) []span {
	if !strings.Contains(text, StoryBreak) {
		if out := numberedSpans(text); out != nil {
			return out
		}
		return signedSpans(text)
	}
	var out []span
	start := 0
	off := 0
	for off <= len(text) {
		end := strings.Index(text[off:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if strings.TrimSpace(text[off:end]) == StoryBreak {
			if strings.TrimSpace(text[start:off]) != "" {
				out = append(out, span{start, off})
			}
			start = end
		}
		off = end + 2
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, span{start, len(text)})
	}
	if len(out) < 2 {
		return nil
	}
	// a story that is a digest of numbered items is cut at its headings
	var cut []span
	for _, sp := range out {
		if inner := numberedSpans(blankExcept(text, sp)); inner != nil {
			cut = append(cut, inner...)
		} else {
			cut = append(cut, sp)
		}
	}
	return cut
}

// numberedSpans cuts a digest before each numbered heading of its items
// ("2. Five days a week at Quillmark"), each a paragraph of its own over
// a paragraph of text, numbered one after another; nil when the text has
// fewer than two such headings. A list of short numbered lines with no
// text under each (a letter's demands) is no digest.
func numberedSpans(text string) []span {
	type para struct {
		span
		num int // the heading's number, 0 when the paragraph is none
	}
	var paras []para
	for _, sp := range paragraphs(text) {
		paras = append(paras, para{sp, headingNumber(strings.TrimSpace(text[sp.start:sp.end]))})
	}
	var heads []int
	for i, p := range paras {
		if p.num == 0 {
			continue
		}
		if i+1 >= len(paras) || paras[i+1].num != 0 {
			return nil // an item with no text under it
		}
		if len(heads) > 0 && p.num != paras[heads[len(heads)-1]].num+1 {
			return nil
		}
		heads = append(heads, i)
	}
	if len(heads) < 2 {
		return nil
	}
	// the items of a digest are about different things, named in their
	// headings ("Five days a week at Quillmark", "A severance spat at
	// Emberlight"); "1. The letter", "2. The petition" tell one story
	names := map[string]bool{}
	named := 0
	for _, h := range heads {
		fields := strings.Fields(strings.TrimSpace(text[paras[h].start:paras[h].end]))
		has := false
		for n, f := range fields[min(1, len(fields)):] {
			f = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(f, ",:;'’\"“”"), "'s"), "’s")
			if f == "" || f[0] < 'A' || f[0] > 'Z' {
				continue
			}
			if l := strings.ToLower(f); n == 0 && (functionWords[l] || headingStarters[l] || unitWords[l] > 0 || tensWords[l] > 0) {
				continue // "The letter", "How it began", "Five days a week"
			}
			names[f], has = true, true
		}
		if has {
			named++
		}
	}
	if len(names) < 2 || named < 2 {
		return nil
	}
	var out []span
	if first := paras[heads[0]].start; strings.TrimSpace(text[:first]) != "" {
		out = append(out, span{0, first})
	}
	for k, h := range heads {
		end := len(text)
		if k+1 < len(heads) {
			end = paras[heads[k+1]].start
		}
		out = append(out, span{paras[h].start, end})
	}
	return out
}

// paragraphs returns the spans of text's non-empty paragraphs.
func paragraphs(text string) []span {
	var out []span
	off := 0
	for off < len(text) {
		end := strings.Index(text[off:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if strings.TrimSpace(text[off:end]) != "" {
			out = append(out, span{off, end})
		}
		off = end + 2
	}
	return out
}

// signedSpans cuts a page of readers' letters after each letter's
// sign-off ("... It should publish how it looked. — Name withheld,
// Redmond"), so that one writer's "400 of us walked out" is not another's;
// nil when fewer than two paragraphs end so.
func signedSpans(text string) []span {
	var ends []int
	for _, sp := range paragraphs(text) {
		if signedOff(strings.TrimSpace(text[sp.start:sp.end])) {
			ends = append(ends, sp.end)
		}
	}
	if len(ends) < 2 {
		return nil
	}
	var out []span
	start := 0
	for _, e := range ends {
		out = append(out, span{start, e})
		start = e
	}
	if strings.TrimSpace(text[start:]) != "" {
		out = append(out, span{start, len(text)})
	}
	return out
}

// signedOff reports whether a paragraph of a letter ends with its writer's
// sign-off after a dash: "— Karen Ohlsson, Sammamish", "- Luis Aranda,
// teacher". The sign-off is a short name in capitals and a comma, with no
// sentence in it.
func signedOff(p string) bool {
	k := max(strings.LastIndex(p, "— "), strings.LastIndex(p, "– "), strings.LastIndex(p, " - "))
	if k <= 0 {
		return false
	}
	before := strings.TrimSpace(p[:k])
	if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?\"”") {
		return false // a dash inside a sentence
	}
	// a letter says more than one sentence, in its own voice: not a
	// pull quote ("\"We build tools, not cages.\" — Lena Ortiz, engineer")
	if strings.HasPrefix(before, "\"") || strings.HasPrefix(before, "“") || len(splitSentences(before)) < 2 {
		return false
	}
	sig := strings.TrimSpace(strings.TrimLeft(p[k:], "—–- "))
	f := strings.Fields(sig)
	// a name and where the writer is from or what they do, not a live
	// blog's reporter ("— Karen Weise")
	if len(f) < 2 || len(f) > 10 || f[0][0] < 'A' || f[0][0] > 'Z' || !strings.Contains(sig, ",") || strings.ContainsAny(strings.TrimSuffix(sig, "."), ".!?") {
		return false
	}
	return true
}

// headingNumber returns the number of a digest item's heading, "3. Robot
// dogs, reconsidered" or "3) Robot dogs": a number below 100, a period or
// parenthesis, and a short line in capitals that ends no sentence; 0 for
// any other paragraph.
func headingNumber(p string) int {
	n, k := 0, 0
	for k < len(p) && k < 2 && p[k] >= '0' && p[k] <= '9' {
		n = n*10 + int(p[k]-'0')
		k++
	}
	if k == 0 || k+2 >= len(p) || (p[k] != '.' && p[k] != ')') || p[k+1] != ' ' {
		return 0
	}
	rest := strings.TrimSpace(p[k+2:])
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' || strings.ContainsAny(rest, "\n") || strings.HasSuffix(rest, ".") || len(strings.Fields(rest)) > maxHeadlineWords {
		return 0
	}
	return n
}

// blankExcept returns text with everything outside [keep.start, keep.end)
// replaced by spaces (line breaks kept), so that the offsets stay those of
// the whole document.
func blankExcept(text string, keep span) string {
	b := []byte(text)
	for i := range b {
		if (i < keep.start || i >= keep.end) && b[i] != '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}

// storyHeadline returns a story's first paragraph and its span when it
// reads as a headline: short, and not ending a sentence.
func storyHeadline(text string, sp span) (string, span, bool) {
	s := sp.start
	for s < sp.end && (text[s] == '\n' || text[s] == ' ') {
		s++
	}
	e := strings.Index(text[s:sp.end], "\n\n")
	if e < 0 {
		e = sp.end
	} else {
		e += s
	}
	h := strings.TrimSpace(text[s:e])
	if h == "" || len(strings.Fields(h)) > maxHeadlineWords || strings.HasSuffix(h, ".") || e == sp.end {
		return "", span{}, false
	}
	return h, span{s, e}, true
}

// extractStories reads each story of a page on its own and joins what
// they say of one campaign.
func (x *Extractor) extractStories(doc Document, stories []span) []Mention {
	var ms []Mention
	for _, sp := range stories {
		d := doc
		d.Title = ""
		body := sp
		if h, hs, ok := storyHeadline(doc.Text, sp); ok {
			d.Title, body.start = h, hs.end
		}
		d.Text = blankExcept(doc.Text, body)
		y := &Extractor{g: x.g}
		got := y.extractRecords(d)
		if len(got) == 0 && body != sp {
			// a summary that names the company only in its headline
			// ("Google staff sign letter ..." over "More than 3,000
			// signed"): the headline is read as its first sentence
			d.Text = blankExcept(doc.Text, sp)
			y = &Extractor{g: x.g}
			got = y.extractRecords(d)
		}
		ms = joinStories(ms, got)
	}
	return ms
}

// joinStories joins the mentions of one story to those of the stories
// before: a mention of the same company, action and target is one
// campaign told twice, whose largest count is its latest and the other
// an earlier figure.
func joinStories(ms, more []Mention) []Mention {
	same := func(m, r *Mention) bool {
		return m.Company == r.Company && m.Action == r.Action && m.Agency == r.Agency && (m.Agency != "" || m.Issue == r.Issue)
	}
	return joinMentions(ms, more, same, func(m *Mention, r Mention) { keepLatest(m, r.Count) })
}

// headingStarters open the headings of a story's own sections.
var headingStarters = map[string]bool{
	"how": true, "what": true, "why": true, "where": true, "who": true, "inside": true,
	"background": true, "timeline": true, "update": true, "response": true, "reaction": true,
	"aftermath": true, "outcome": true, "first": true, "next": true, "final": true, "part": true,
}
