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

// Console shows a crawl's progress on w and carries the log lines written
// to it, so that the two never collide and each failure is printed once.
//
// On a terminal it draws one status line, redrawn in place (feeds and
// articles done/total, failures); a log line written while the bar is drawn
// clears it, is printed, and the bar is drawn again below it. Off a terminal
// (CI, pipes) it prints a plain line per feed and per stored article, and a
// last line with the totals; failures it only counts, since the crawler logs
// each one (with its URL and reason) through Write.
//
// Use it as the Crawler's Progress and as the writer of its Logger's
// handler. It is safe for concurrent use.
type Console struct {
	w        io.Writer
	terminal bool

	mu   sync.Mutex
	n    counts
	last time.Time // last redraw
	drew bool      // the bar is on screen
}

// NewConsole returns a Console writing to w, drawing a bar if terminal.
func NewConsole(w io.Writer, terminal bool) *Console {
	return &Console{w: w, terminal: terminal}
}

// Write writes p, one or more whole log lines, to the console's writer; on
// a terminal it clears the bar first and draws it again after.
func (p *Console) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.terminal || !p.drew {
		return p.w.Write(b)
	}
	// One write: the cleared line, the log lines, the bar again.
	var buf strings.Builder
	buf.WriteString("\r\033[K")
	buf.Write(b)
	if len(b) > 0 && b[len(b)-1] != '\n' {
		buf.WriteByte('\n')
	}
	buf.WriteString(p.bar())
	if _, err := io.WriteString(p.w, buf.String()); err != nil {
		return 0, err
	}
	return len(b), nil
}

// Event records e and shows it.
func (p *Console) Event(e Event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n.add(e)
	if p.terminal {
		p.drawEvent(e)
	} else {
		p.printEvent(e)
	}
}

// counts is what the console keeps track of.
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

// drawEvent redraws the bar, at most ten times a second but always on a
// failure, and ends it with a newline when the crawl is done.
func (p *Console) drawEvent(e Event) {
	if e.Kind == CrawlDone {
		if p.drew {
			io.WriteString(p.w, "\r\033[K"+p.bar()+"\n")
		}
		p.n, p.drew = counts{}, false
		return
	}
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond || e.Kind == FeedFailed || e.Kind == ArticleFailed {
		p.last = now
		io.WriteString(p.w, "\r\033[K"+p.bar())
		p.drew = true
	}
}

// bar is the status line.
func (p *Console) bar() string {
	n := p.n
	const width = 24
	total, done := n.feeds+n.arts, n.feedsDone+n.artsDone
	filled := 0
	if total > 0 {
		filled = min(done*width/total, width)
	}
	return fmt.Sprintf("[%s%s] feeds %d/%d · articles %d/%d · %d failed",
		strings.Repeat("=", filled), strings.Repeat(" ", width-filled),
		n.feedsDone, n.feeds, n.artsDone, n.arts, n.feedsFailed+n.artsFailed)
}

// printEvent prints a plain line for a feed or article done, and the totals
// at the end. Failures are counted, not printed: the crawler logs them.
func (p *Console) printEvent(e Event) {
	n := p.n
	switch e.Kind {
	case FeedDone:
		fmt.Fprintf(p.w, "feed %d/%d ok: %s (%d items)\n", n.feedsDone, n.feeds, e.URL, e.N)
	case FeedNotModified:
		fmt.Fprintf(p.w, "feed %d/%d not modified: %s\n", n.feedsDone, n.feeds, e.URL)
	case ArticleDone:
		fmt.Fprintf(p.w, "article %d/%d %s: %s\n", n.artsDone, n.arts, e.Outcome, e.URL)
	case CrawlDone:
		fmt.Fprintf(p.w, "crawl done: feeds %d/%d, articles %d/%d, %d failed\n",
			n.feedsDone, n.feeds, n.artsDone, n.arts, n.feedsFailed+n.artsFailed)
		p.n = counts{}
	}
}
