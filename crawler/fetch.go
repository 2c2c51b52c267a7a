package crawler

import (
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Errors a fetch can fail with, for errors.Is.
var (
	// ErrTooLarge: the body, after decompression, exceeds its cap.
	ErrTooLarge = errors.New("crawler: response too large")
	// ErrTimeout: a request took longer than Timeout, or its connection
	// longer than ConnectTimeout.
	ErrTimeout = errors.New("crawler: request timed out")
	// ErrRedirect: too many redirects, a redirect loop, or a redirect to
	// something that is not http or https.
	ErrRedirect = errors.New("crawler: bad redirect")
)

// kind says what a request fetches; it sets the size cap and whether
// robots.txt is consulted.
type kind int

const (
	kindPage kind = iota
	kindFeed
	kindRobots
)

func (k kind) String() string {
	switch k {
	case kindFeed:
		return "feed"
	case kindRobots:
		return "robots.txt"
	}
	return "page"
}

// maxRobotsBytes caps robots.txt (Google reads the first 500 KiB).
const maxRobotsBytes = 512 << 10

// reqInfo travels in a request's context through the client, the redirect
// policy and the transport.
type reqInfo struct {
	kind kind

	mu    sync.Mutex
	hops  []hop         // redirects followed, in order
	spent time.Duration // time its hops took, from their turn to their end
}

// left returns what remains of the request's time budget d.
func (info *reqInfo) left(d time.Duration) time.Duration {
	info.mu.Lock()
	defer info.mu.Unlock()
	return d - info.spent
}

func (info *reqInfo) spend(d time.Duration) {
	info.mu.Lock()
	info.spent += d
	info.mu.Unlock()
}

// hop is one redirect: the status that caused it and where it led.
type hop struct {
	status   int
	from, to string
}

type infoKey struct{}

func withInfo(ctx context.Context, k kind) (context.Context, *reqInfo) {
	info := &reqInfo{kind: k}
	return context.WithValue(ctx, infoKey{}, info), info
}

func infoFrom(ctx context.Context) *reqInfo {
	if info, ok := ctx.Value(infoKey{}).(*reqInfo); ok {
		return info
	}
	return &reqInfo{kind: kindPage}
}

// tooLargeError says which body exceeded which cap, e.g. "page exceeds 5 MiB".
type tooLargeError struct {
	what  string
	limit int64
}

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("%s exceeds %s", e.what, formatBytes(e.limit))
}

func (e *tooLargeError) Is(target error) bool { return target == ErrTooLarge }

// formatBytes gives n in the largest binary unit that divides it evenly
// enough to read well: 5 MiB, 512 KiB, 1500 bytes.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// statusError is a response whose status is not a success.
type statusError struct {
	code   int
	status string
	header http.Header
}

func (e *statusError) Error() string {
	if e.status != "" {
		return "HTTP " + e.status
	}
	return fmt.Sprintf("HTTP %d %s", e.code, http.StatusText(e.code))
}

func newStatusError(res *http.Response) *statusError {
	return &statusError{code: res.StatusCode, status: res.Status, header: res.Header}
}

// limit returns the decoded-size cap for requests of kind k.
func (c *Crawler) limit(k kind) int64 {
	switch k {
	case kindFeed:
		return c.MaxFeedBytes
	case kindRobots:
		return maxRobotsBytes
	}
	return c.MaxPageBytes
}

// httpClient returns the one client used for feeds, robots.txt and pages:
// its dialer refuses forbidden addresses after DNS resolution, its transport
// keeps per-host politeness, obeys robots.txt, applies the total timeout and
// decompresses bodies itself under the size caps.
func (c *Crawler) httpClient() *http.Client {
	c.clientOnce.Do(func() {
		control := c.control
		if control == nil {
			control = dialControl(c.AllowPrivate)
		}
		dialer := &net.Dialer{
			Timeout:   c.ConnectTimeout,
			KeepAlive: 30 * time.Second,
			Control:   control,
		}
		dial := dialer.DialContext
		if c.lookup != nil {
			dial = func(ctx context.Context, network, address string) (net.Conn, error) {
				to, err := c.lookup(ctx, address)
				if err != nil {
					return nil, &net.OpError{Op: "dial", Net: network, Err: err}
				}
				return dialer.DialContext(ctx, network, to)
			}
		}
		base := &http.Transport{
			Proxy:                 nil, // a proxy would be dialled instead of the checked address
			DialContext:           dial,
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          100,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       90 * time.Second,
			TLSHandshakeTimeout:   c.ConnectTimeout,
			ExpectContinueTimeout: time.Second,
			DisableCompression:    true, // decoded by transport, under the cap
		}
		c.client = &http.Client{
			Transport:     &transport{c: c, base: base},
			CheckRedirect: c.checkRedirect,
			// No Client.Timeout: the transport applies Timeout to the
			// request, all its hops together, counting each hop from its
			// host's turn, so waiting behind other requests to the same
			// host (politeness) does not eat into it.
		}
	})
	return c.client
}

// checkRedirect bounds redirects, detects loops and records each hop so
// that a feed's permanent redirect can move it.
func (c *Crawler) checkRedirect(req *http.Request, via []*http.Request) error {
	prev := via[len(via)-1].URL.String()
	if info := infoFrom(req.Context()); req.Response != nil {
		info.mu.Lock()
		info.hops = append(info.hops, hop{status: req.Response.StatusCode, from: prev, to: req.URL.String()})
		info.mu.Unlock()
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return kindErrorf(ErrRedirect, nil, "redirect from %s to %s: not http or https", prev, req.URL)
	}
	next := req.URL.String()
	for i, v := range via {
		if v.URL.String() == next {
			chain := make([]string, 0, len(via)-i+1)
			for _, w := range via[i:] {
				chain = append(chain, w.URL.String())
			}
			chain = append(chain, next)
			return kindErrorf(ErrRedirect, nil, "redirect loop: %s", strings.Join(chain, " → "))
		}
	}
	if len(via) > c.MaxRedirects {
		return kindErrorf(ErrRedirect, nil, "more than %d redirects (last to %s)", c.MaxRedirects, next)
	}
	return nil
}

// transport is the crawler's http.RoundTripper. For every request, and every
// redirect hop, it checks robots.txt, waits for the host's turn, applies
// what is left of the request's Timeout, and hands back the body
// decompressed and capped.
type transport struct {
	c    *Crawler
	base http.RoundTripper
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	c := t.c
	parent := req.Context()
	info := infoFrom(parent)
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return nil, fmt.Errorf("unsupported scheme %q", req.URL.Scheme)
	}
	var gap time.Duration // robots.txt Crawl-delay
	if info.kind != kindRobots {
		var err error
		if gap, err = c.robots.check(parent, req.URL); err != nil {
			return nil, err
		}
	}
	key := hostKey(req.URL)
	release, err := c.hosts.acquire(parent, key, gap)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	left := info.left(c.Timeout)
	if left <= 0 {
		release(false)
		return nil, kindErrorf(ErrTimeout, nil, "timed out after %s", c.Timeout)
	}
	ctx, cancel := context.WithTimeout(parent, left)
	end := func(failed bool) {
		cancel()
		info.spend(time.Since(start))
		release(failed)
	}
	req = req.Clone(ctx)
	if req.Header.Get("User-Agent") == "" || strings.HasPrefix(req.Header.Get("User-Agent"), "colly") {
		req.Header.Set("User-Agent", c.UserAgent)
	}
	req.Header.Set("Accept-Encoding", "gzip, deflate")

	res, err := t.base.RoundTrip(req)
	if err != nil {
		err = c.timeoutError(err, ctx, parent)
		end(hostFault(err))
		return nil, err
	}
	failed := res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 500
	limit := c.limit(info.kind)
	if res.ContentLength > limit {
		res.Body.Close()
		end(failed)
		return nil, &tooLargeError{what: info.kind.String(), limit: limit}
	}
	decoded, err := decodeBody(res)
	if err != nil {
		res.Body.Close()
		end(failed)
		return nil, err
	}
	b := &body{
		r:      decoded,
		raw:    res.Body,
		left:   limit,
		what:   info.kind.String(),
		limit:  limit,
		ctx:    ctx,
		parent: parent,
		c:      c,
	}
	b.done = func(readFailed bool) { end(failed || readFailed) }
	res.Body = b
	res.Header.Del("Content-Encoding")
	res.Header.Del("Content-Length")
	res.ContentLength = -1
	res.Uncompressed = true // colly must not gunzip again
	return res, nil
}

// hostKey is the politeness key of u: its host and port, in lower case.
func hostKey(u *url.URL) string { return strings.ToLower(u.Host) }

// decodeBody undoes the response's Content-Encoding.
func decodeBody(res *http.Response) (io.Reader, error) {
	enc := strings.ToLower(strings.TrimSpace(res.Header.Get("Content-Encoding")))
	switch enc {
	case "", "identity":
		return res.Body, nil
	case "gzip", "x-gzip":
		if res.StatusCode == http.StatusNotModified || res.Request.Method == http.MethodHead {
			return res.Body, nil
		}
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return strings.NewReader(""), nil
			}
			return nil, fmt.Errorf("bad gzip body: %w", err)
		}
		return zr, nil
	case "deflate":
		// "deflate" is meant to be zlib-wrapped; some servers send raw
		// DEFLATE. Peek at the zlib header to tell.
		br := &peekReader{r: res.Body}
		hdr, _ := br.peek(2)
		if len(hdr) == 2 && hdr[0]&0x0f == 8 && (uint16(hdr[0])<<8|uint16(hdr[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("bad deflate body: %w", err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
}

// peekReader lets decodeBody look at the first bytes of a body.
type peekReader struct {
	r   io.Reader
	buf []byte
}

func (p *peekReader) peek(n int) ([]byte, error) {
	for len(p.buf) < n {
		b := make([]byte, n-len(p.buf))
		k, err := p.r.Read(b)
		p.buf = append(p.buf, b[:k]...)
		if err != nil {
			return p.buf, err
		}
	}
	return p.buf, nil
}

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.buf) > 0 {
		n := copy(b, p.buf)
		p.buf = p.buf[n:]
		return n, nil
	}
	return p.r.Read(b)
}

// body is a decoded response body capped at limit bytes: reading past the
// cap fails with a tooLargeError, never a silent truncation. Closing it ends
// the request for the host's politeness.
type body struct {
	r      io.Reader
	raw    io.Closer
	left   int64
	what   string
	limit  int64
	ctx    context.Context
	parent context.Context
	c      *Crawler

	once       sync.Once
	done       func(readFailed bool)
	readFailed bool
}

func (b *body) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// One more byte tells a body of exactly limit bytes from a bigger one.
		var one [1]byte
		n, err := b.r.Read(one[:])
		if n > 0 {
			return 0, &tooLargeError{what: b.what, limit: b.limit}
		}
		if err != nil {
			return 0, b.wrap(err)
		}
		return 0, nil
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	if err != nil && err != io.EOF {
		err = b.wrap(err)
	}
	return n, err
}

func (b *body) wrap(err error) error {
	if err == io.EOF {
		return err
	}
	err = b.c.timeoutError(err, b.ctx, b.parent)
	if hostFault(err) {
		b.readFailed = true
	}
	return err
}

func (b *body) Close() error {
	err := b.raw.Close()
	if zc, ok := b.r.(io.Closer); ok && zc != io.Closer(b.raw) {
		zc.Close()
	}
	b.once.Do(func() { b.done(b.readFailed) })
	return err
}

// timeoutError turns the error of a request whose own deadline passed (not
// its caller's), or whose connection timed out, into one that says so.
func (c *Crawler) timeoutError(err error, ctx, parent context.Context) error {
	if parent.Err() != nil {
		return err
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return kindErrorf(ErrTimeout, err, "timed out after %s", c.Timeout)
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "dial" && oe.Timeout() {
		addr := ""
		if oe.Addr != nil {
			addr = " to " + oe.Addr.String()
		}
		return kindErrorf(ErrTimeout, err, "could not connect%s within %s", addr, c.ConnectTimeout)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return kindErrorf(ErrTimeout, err, "timed out (%v)", err)
	}
	return err
}

// hostFault reports whether err says the host is unwell (timeouts, refused
// or reset connections), which counts towards its circuit breaker; refusals
// of our own making (robots.txt, forbidden addresses, caps) do not.
func hostFault(err error) bool {
	switch {
	case err == nil,
		errors.Is(err, context.Canceled),
		errors.Is(err, ErrForbiddenAddress),
		errors.Is(err, ErrDisallowed),
		errors.Is(err, ErrRobotsUnavailable),
		errors.Is(err, ErrHostPaused),
		errors.Is(err, ErrTooLarge),
		errors.Is(err, ErrRedirect):
		return false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return false
	}
	return true
}

// retryable reports whether a failed attempt may succeed if tried again
// soon: 429 and 5xx gateway/availability statuses, and connections refused
// or reset. Timeouts are not retried: a host that stalled once is likely to
// stall again, and each retry would hold the host for another Timeout.
func retryable(err error) bool {
	var se *statusError
	if errors.As(err, &se) {
		switch se.code {
		case http.StatusTooManyRequests, http.StatusBadGateway,
			http.StatusServiceUnavailable, http.StatusGatewayTimeout:
			return true
		}
		return false
	}
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, io.ErrUnexpectedEOF)
}

// parseRetryAfter reads a Retry-After header: delta-seconds or an HTTP-date
// (relative to now). ok is false when the header is absent or unreadable.
func parseRetryAfter(v string, now time.Time) (d time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		if secs > int64(365*24*time.Hour/time.Second) {
			secs = int64(365 * 24 * time.Hour / time.Second)
		}
		return time.Duration(secs) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	if d = t.Sub(now); d < 0 {
		d = 0
	}
	return d, true
}

// withRetry runs try up to MaxAttempts times while it fails retryably. A
// Retry-After longer than MaxRetryAfter pauses the host and fails at once,
// whatever the attempt; one within it is honoured (the whole host waits,
// not only this request, also after the last attempt); without one, the
// wait is an exponential backoff with jitter.
func (c *Crawler) withRetry(ctx context.Context, rawURL string, try func(ctx context.Context) error) error {
	u, err := url.Parse(rawURL)
	if err != nil {
		return err
	}
	key := hostKey(u)
	for attempt := 1; ; attempt++ {
		err := try(ctx)
		if err == nil || !retryable(err) || ctx.Err() != nil {
			return err
		}
		ra, hasRA := retryAfter(err)
		if hasRA && ra > c.MaxRetryAfter {
			ra = ra.Round(time.Second)
			c.hosts.pause(key, ra, "it asked to retry after "+ra.String())
			return fmt.Errorf("%w (asked to retry after %s, more than the %s allowed)", err, ra, c.MaxRetryAfter)
		}
		if attempt >= c.MaxAttempts {
			if hasRA {
				c.hosts.hold(key, ra)
			}
			if attempt > 1 {
				return fmt.Errorf("%w (gave up after %d attempts)", err, attempt)
			}
			return err
		}
		wait := ra
		if !hasRA {
			wait = c.backoff(attempt)
		}
		c.logger().Debug("crawler: retrying", "url", rawURL, "err", err, "attempt", attempt, "wait", wait)
		c.hosts.hold(key, wait)
	}
}

// backoff is the wait after the failed attempt n (from 1) of a request
// answered without Retry-After: RetryBackoff doubled for each attempt
// (RetryBackoff, 2×, 4×…, at most MaxRetryAfter), times a random factor
// from 0.5 to 1.5 so that clients that failed together do not retry
// together.
func (c *Crawler) backoff(n int) time.Duration {
	d := c.RetryBackoff
	for i := 1; i < n && d < c.MaxRetryAfter; i++ {
		d *= 2
	}
	d = min(d, max(c.MaxRetryAfter, c.RetryBackoff))
	return d/2 + rand.N(d+1)
}

// retryAfter reads the Retry-After of a failed response. An HTTP-date is
// taken relative to the response's own Date, so that the server's clock
// is compared with itself, else to time.Now, the clock holds are kept on.
func retryAfter(err error) (time.Duration, bool) {
	var se *statusError
	if !errors.As(err, &se) {
		return 0, false
	}
	ref := time.Now()
	if t, err := http.ParseTime(se.header.Get("Date")); err == nil {
		ref = t
	}
	return parseRetryAfter(se.header.Get("Retry-After"), ref)
}

// unwrapURLError drops the "Get \"…\": " wrapping that net/http adds, for
// errors reported next to the URL they are about.
func unwrapURLError(err error) error {
	for {
		ue, ok := err.(*url.Error)
		if !ok || ue.Err == nil {
			return err
		}
		err = ue.Err
	}
}
