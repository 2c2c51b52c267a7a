package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"time"
)

// DefaultUserAgent names the crawler and where to learn about it.
const DefaultUserAgent = "undersigned/0.1 (+https://github.com/undersigned; tech-worker activism tracker)"

// Crawler fetches feeds and the article pages they list, politely, and hands
// each article to Sink. Its exported fields are its options: set them before
// the first Crawl or Run (the HTTP client is built on first use from
// AllowPrivate and ConnectTimeout). A Crawler is safe for concurrent use;
// politeness (one request in flight per host, the gap between requests,
// robots.txt, paused hosts) is shared by everything it fetches.
type Crawler struct {
	// UserAgent is sent with every request; its first word ("undersigned")
	// is the name robots.txt groups are matched against.
	UserAgent string
	// AllowPrivate lets the crawler connect to loopback, private,
	// link-local and other non-public addresses (tests, intranets).
	AllowPrivate bool

	// MinHostDelay is the minimum gap between the end of one request to a
	// host and the start of the next. A robots.txt Crawl-delay longer than
	// it wins, up to MaxCrawlDelay.
	MinHostDelay  time.Duration
	MaxCrawlDelay time.Duration

	// ConnectTimeout bounds DNS, TCP and TLS set-up of one connection.
	// Timeout bounds one request, all its redirects included, to the end
	// of its body; each hop counts from its host's turn, so the time spent
	// waiting behind other requests to a host (politeness) is not counted.
	ConnectTimeout time.Duration
	Timeout        time.Duration

	// MaxFeedBytes and MaxPageBytes cap bodies after decompression; a
	// bigger body is a failure, never truncated.
	MaxFeedBytes int64
	MaxPageBytes int64
	// MaxRedirects bounds the redirects followed for one request.
	MaxRedirects int
	// RobotsTTL is how long a site's robots.txt is cached, in memory and
	// in the Store; after it, it is asked for again conditionally.
	RobotsTTL time.Duration

	// MaxAttempts bounds the attempts at one URL answering 429, 502, 503,
	// 504 or a reset connection. A Retry-After up to MaxRetryAfter is
	// waited for; a longer one pauses the host and the request fails at
	// once. Without Retry-After the wait is RetryBackoff, doubled each
	// time, with jitter.
	MaxAttempts   int
	MaxRetryAfter time.Duration
	RetryBackoff  time.Duration
	// HostFailures consecutive failures (5xx, 429, timeouts, refused
	// connections) pause a host for HostPause: its requests then fail at
	// once instead of hammering it.
	HostFailures int
	HostPause    time.Duration

	// Concurrency is how many hosts are fetched from at once.
	Concurrency int

	// PollEvery is the first polling interval of a feed without history
	// (serve's --every); Run then adapts each feed's interval to how often
	// it publishes, within MinInterval and MaxInterval.
	PollEvery   time.Duration
	MinInterval time.Duration
	MaxInterval time.Duration

	// Store holds feed state and robots.txt copies and says which
	// articles are stored; Sink stores each article. Both are required.
	Store Store
	Sink  Sink
	// AfterFeed, if set, is called (never concurrently) after a feed's
	// articles were handed to Sink, before the feed's state is stored, so
	// the caller can flush its index. An error stops the crawl.
	AfterFeed func(ctx context.Context) error
	// Progress, if set, receives crawl events.
	Progress Progress
	// Logger receives warnings (each failure, with url and err) and debug
	// detail; nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock for recorded times (fetch times, feed health,
	// schedules); nil means time.Now.
	Now func() time.Time

	defaultsOnce sync.Once
	clientOnce   sync.Once
	client       *http.Client
	hosts        hosts
	robots       robots
	afterMu      sync.Mutex

	// For tests. lookup, if set, stands in for DNS: it maps the host:port
	// dialled to the ip:port to connect to. control, if set, replaces the
	// dialer's address check. runRetry is Run's first wait after a failed
	// round (default relistEvery).
	lookup   func(ctx context.Context, hostport string) (string, error)
	control  func(network, address string, c syscall.RawConn) error
	runRetry time.Duration
}

// New returns a Crawler with the default options.
func New() *Crawler {
	c := &Crawler{
		UserAgent:      DefaultUserAgent,
		MinHostDelay:   time.Second,
		MaxCrawlDelay:  time.Minute,
		ConnectTimeout: 10 * time.Second,
		Timeout:        20 * time.Second,
		MaxFeedBytes:   10 << 20,
		MaxPageBytes:   5 << 20,
		MaxRedirects:   10,
		RobotsTTL:      12 * time.Hour,
		MaxAttempts:    3,
		MaxRetryAfter:  30 * time.Second,
		RetryBackoff:   time.Second,
		HostFailures:   8,
		HostPause:      10 * time.Minute,
		Concurrency:    8,
		PollEvery:      time.Hour,
		MinInterval:    15 * time.Minute,
		MaxInterval:    24 * time.Hour,
		Logger:         slog.Default(),
		Now:            time.Now,
	}
	c.hosts.c = c
	c.robots.c = c
	return c
}

// check makes zero-valued options usable (once) and reports missing
// dependencies.
func (c *Crawler) check() error {
	c.defaultsOnce.Do(c.setDefaults)
	if c.Store == nil {
		return errors.New("crawler: no Store")
	}
	if c.Sink == nil {
		return errors.New("crawler: no Sink")
	}
	return nil
}

func (c *Crawler) setDefaults() {
	c.hosts.c = c
	c.robots.c = c
	d := New()
	if c.UserAgent == "" {
		c.UserAgent = d.UserAgent
	}
	setDefault(&c.ConnectTimeout, d.ConnectTimeout)
	setDefault(&c.Timeout, d.Timeout)
	setDefault(&c.MaxFeedBytes, d.MaxFeedBytes)
	setDefault(&c.MaxPageBytes, d.MaxPageBytes)
	setDefault(&c.MaxRedirects, d.MaxRedirects)
	setDefault(&c.RobotsTTL, d.RobotsTTL)
	setDefault(&c.MaxAttempts, d.MaxAttempts)
	setDefault(&c.Concurrency, d.Concurrency)
	setDefault(&c.PollEvery, d.PollEvery)
	setDefault(&c.MinInterval, d.MinInterval)
	setDefault(&c.MaxInterval, d.MaxInterval)
	setDefault(&c.MaxRetryAfter, d.MaxRetryAfter)
	setDefault(&c.RetryBackoff, d.RetryBackoff)
	if c.MaxInterval < c.MinInterval {
		c.MaxInterval = c.MinInterval
	}
}

func setDefault[T int | int64 | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

func (c *Crawler) logger() *slog.Logger {
	if c.Logger == nil {
		return slog.Default()
	}
	return c.Logger
}

func (c *Crawler) now() time.Time {
	if c.Now == nil {
		return time.Now()
	}
	return c.Now()
}

// Failure is one feed or page that could not be crawled, and why.
type Failure struct {
	URL string
	Err string
}

// Summary counts what one Crawl did.
type Summary struct {
	FeedsOK          int // fetched and parsed
	FeedsFailed      int
	FeedsNotModified int // answered 304
	ItemsSeen        int // items in the feeds fetched

	ArticlesNew       int
	ArticlesUpdated   int
	ArticlesUnchanged int
	ArticlesDuplicate int // folded into another article by the store
	PagesFailed       int
	PagesSkipped      int // already stored, or failed for good lately, and not updated in the feed

	Mentions int // mentions found in the articles stored

	Failures []Failure
}

// String gives the summary in one line: feeds ok/failed, articles
// new/updated/unchanged, mentions found.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "feeds: %d ok, %d not modified, %d failed; ", s.FeedsOK, s.FeedsNotModified, s.FeedsFailed)
	fmt.Fprintf(&b, "articles: %d new, %d updated, %d unchanged, %d duplicate, %d skipped, %d failed; ",
		s.ArticlesNew, s.ArticlesUpdated, s.ArticlesUnchanged, s.ArticlesDuplicate, s.PagesSkipped, s.PagesFailed)
	fmt.Fprintf(&b, "mentions found: %d", s.Mentions)
	return b.String()
}
