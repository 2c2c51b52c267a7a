package crawler

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"undersigned/index"
)

// EventKind says what happened in a crawl.
type EventKind int

// Kinds of crawl events.
const (
	// FeedsTotal: the number of feeds to fetch is known (N).
	FeedsTotal EventKind = iota + 1
	// FeedStarted: a feed is being fetched.
	FeedStarted
	// FeedDone: a feed was fetched and parsed, with N items.
	FeedDone
	// FeedNotModified: a feed answered 304.
	FeedNotModified
	// FeedFailed: a feed could not be fetched or parsed (Err).
	FeedFailed
	// ArticlesTotal: the number of articles listed by the feeds is known (N).
	ArticlesTotal
	// ArticleDone: an article was handed to the Sink (Outcome).
	ArticleDone
	// ArticleSkipped: an article was already stored and not updated.
	ArticleSkipped
	// ArticleFailed: an article could not be fetched or extracted (Err).
	ArticleFailed
	// CrawlDone: the crawl is over.
	CrawlDone
)

// Event is one step of a crawl, for a Progress.
type Event struct {
	Kind    EventKind
	URL     string
	N       int
	Outcome index.Outcome
	Err     error
}

// Progress receives the events of a crawl, one at a time.
type Progress interface {
	Event(e Event)
}

// NewProgress returns a Progress writing to w: on a terminal, one status
// line redrawn in place (feeds and articles done/total, failures); otherwise
// one plain line per feed and per failed or stored article.
func NewProgress(w io.Writer, terminal bool) Progress {
	if terminal {
		return &barProgress{w: w}
	}
	return &lineProgress{w: w}
}

// counts is what both progress displays keep track of.
type counts struct {
	feeds, feedsDone, feedsFailed int
	arts, artsDone, artsFailed    int
}

func (n *counts) add(e Event) {
	switch e.Kind {
	case FeedsTotal:
		n.feeds += e.N
	case FeedDone, FeedNotModified:
		n.feedsDone++
	case FeedFailed:
		n.feedsDone++
		n.feedsFailed++
	case ArticlesTotal:
		n.arts += e.N
	case ArticleDone, ArticleSkipped:
		n.artsDone++
	case ArticleFailed:
		n.artsDone++
		n.artsFailed++
	}
}

// barProgress redraws one line with \r.
type barProgress struct {
	w    io.Writer
	mu   sync.Mutex
	n    counts
	last time.Time
	drew bool
}

func (p *barProgress) Event(e Event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n.add(e)
	if e.Kind == CrawlDone {
		if p.drew {
			p.draw()
			fmt.Fprintln(p.w)
		}
		p.n, p.drew = counts{}, false
		return
	}
	// Redraw at most ten times a second, but always on a failure.
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond || e.Kind == FeedFailed || e.Kind == ArticleFailed {
		p.last = now
		p.draw()
	}
}

func (p *barProgress) draw() {
	n := p.n
	const width = 24
	total, done := n.feeds+n.arts, n.feedsDone+n.artsDone
	filled := 0
	if total > 0 {
		filled = done * width / total
	}
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	fmt.Fprintf(p.w, "\r\033[K[%s] feeds %d/%d · articles %d/%d · %d failed",
		bar, n.feedsDone, n.feeds, n.artsDone, n.arts, n.feedsFailed+n.artsFailed)
	p.drew = true
}

// lineProgress writes plain lines, for logs and pipes.
type lineProgress struct {
	w  io.Writer
	mu sync.Mutex
	n  counts
}

func (p *lineProgress) Event(e Event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n.add(e)
	n := p.n
	switch e.Kind {
	case FeedDone:
		fmt.Fprintf(p.w, "feed %d/%d ok: %s (%d items)\n", n.feedsDone, n.feeds, e.URL, e.N)
	case FeedNotModified:
		fmt.Fprintf(p.w, "feed %d/%d not modified: %s\n", n.feedsDone, n.feeds, e.URL)
	case FeedFailed:
		fmt.Fprintf(p.w, "feed %d/%d failed: %s: %s\n", n.feedsDone, n.feeds, e.URL, failureReason(unwrapURLError(e.Err)))
	case ArticleDone:
		fmt.Fprintf(p.w, "article %d/%d %s: %s\n", n.artsDone, n.arts, e.Outcome, e.URL)
	case ArticleFailed:
		fmt.Fprintf(p.w, "article %d/%d failed: %s: %s\n", n.artsDone, n.arts, e.URL, failureReason(unwrapURLError(e.Err)))
	case CrawlDone:
		fmt.Fprintf(p.w, "crawl done: feeds %d/%d, articles %d/%d, %d failed\n",
			n.feedsDone, n.feeds, n.artsDone, n.arts, n.feedsFailed+n.artsFailed)
		p.n = counts{}
	}
}
