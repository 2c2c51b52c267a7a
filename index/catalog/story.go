package catalog

import (
	"slices"
	"strings"
	"time"
)

// StoryBreak is a paragraph of its own between the stories of a page that
// lists several (a topic page's headlines and summaries); the crawler
// writes it. Each story is read on its own, its first paragraph as its
// headline when it reads like one, so that one story's headline, count or
// company never passes to the next; what the stories say of one campaign
// is joined.
const StoryBreak = "⁂"

// maxHeadlineWords is the longest first paragraph read as a story's
// headline.
const maxHeadlineWords = 25

// span is a range of byte offsets in a document.
type span struct{ start, end int }

// storySpans cuts text at its story breaks; nil when it has none.
func storySpans(text string) []span {
	if !strings.Contains(text, StoryBreak) {
		return nil
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
	return out
}

// blankExcept returns text with everything outside [keep.start, keep.end)
// and inside [drop.start, drop.end) replaced by spaces (line breaks kept),
// so that the offsets stay those of the whole document.
func blankExcept(text string, keep, drop span) string {
	b := []byte(text)
	for i := range b {
		if (i < keep.start || i >= keep.end || i >= drop.start && i < drop.end) && b[i] != '\n' {
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
		// a story's own date is not the page's: "on Friday" cannot be
		// placed
		d.Title, d.Published = "", time.Time{}
		drop := span{}
		if h, hs, ok := storyHeadline(doc.Text, sp); ok {
			d.Title, drop = h, hs
		}
		d.Text = blankExcept(doc.Text, sp, drop)
		y := &Extractor{g: x.g}
		ms = joinStories(ms, y.extractRecords(d))
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
	return joinMentions(ms, more, same, func(m *Mention, r Mention) {
		switch {
		case m.Count == nil:
			m.Count = r.Count
		case r.Count != nil && r.Count.N > m.Count.N:
			earlier := append(append([]int{}, m.Count.Earlier...), r.Count.Earlier...)
			if m.Count.N > 0 {
				earlier = append(earlier, m.Count.N)
			}
			c := *r.Count
			slices.Sort(earlier)
			c.Earlier = slices.Compact(earlier)
			m.Count = &c
		case r.Count != nil && r.Count.N > 0 && r.Count.N < m.Count.N:
			earlier := append(append([]int{}, m.Count.Earlier...), r.Count.N)
			slices.Sort(earlier)
			m.Count.Earlier = slices.Compact(earlier)
		}
	})
}
