package crawler

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ErrHostPaused is returned (wrapped) for a request to a host the crawler
// has paused: after too many consecutive failures (a circuit breaker), or
// because the host asked for a Retry-After longer than MaxRetryAfter.
var ErrHostPaused = errors.New("crawler: host paused")

// hostIdle is how long a host's politeness state is kept after its last
// request once it holds nothing that still matters (no pause, no hold, its
// gap elapsed), so that a long-running serve does not keep every host it
// ever met.
const hostIdle = 10 * time.Minute

// hosts keeps per-host politeness for the whole Crawler: at most one request
// in flight per host, a minimum gap between the end of one request and the
// start of the next, and a circuit breaker for hosts that keep failing. One
// hosts value is shared by feeds, robots.txt and pages, and by concurrent
// Crawl and Run calls. Times are on the real clock (time.Now): they are
// waited for.
type hosts struct {
	c     *Crawler
	mu    sync.Mutex
	m     map[string]*host
	swept time.Time
}

// host is one host's politeness state.
type host struct {
	slot chan struct{} // holds a token while a request is in flight
	refs int           // users between get and done; guarded by hosts.mu

	mu         sync.Mutex
	lastEnd    time.Time // end of the last request
	holdTill   time.Time // no request before (a Retry-After within bounds)
	failures   int       // consecutive failures
	pausedTill time.Time // circuit breaker or long Retry-After: fail fast
	pauseWhy   string    // why, for the error
}

// get returns the host's state, counted as in use until done.
func (hs *hosts) get(key string) *host {
	key = strings.ToLower(key)
	hs.mu.Lock()
	defer hs.mu.Unlock()
	if hs.m == nil {
		hs.m = make(map[string]*host)
	}
	now := time.Now()
	if now.Sub(hs.swept) > hostIdle {
		hs.sweep(now)
	}
	h := hs.m[key]
	if h == nil {
		h = &host{slot: make(chan struct{}, 1)}
		hs.m[key] = h
	}
	h.refs++
	return h
}

// done ends a use of h begun with get.
func (hs *hosts) done(h *host) {
	hs.mu.Lock()
	h.refs--
	hs.mu.Unlock()
}

// sweep forgets the hosts that are not in use and hold nothing that still
// matters. Called with hs.mu held.
func (hs *hosts) sweep(now time.Time) {
	hs.swept = now
	idle := max(hostIdle, hs.c.MaxCrawlDelay, hs.c.MinHostDelay)
	for k, h := range hs.m {
		if h.refs > 0 {
			continue
		}
		h.mu.Lock()
		stale := now.Sub(h.lastEnd) > idle && now.After(h.holdTill) && now.After(h.pausedTill)
		h.mu.Unlock()
		if stale {
			delete(hs.m, k)
		}
	}
}

// acquire waits for the host's turn: no other request in flight, and gap
// (at least MinHostDelay) since the end of the last one, and any hold
// elapsed. It fails at once, with ErrHostPaused, if the host is paused. The
// returned release must be called exactly once when the request is over,
// with whether it failed in a way that counts against the host.
func (hs *hosts) acquire(ctx context.Context, key string, gap time.Duration) (release func(failed bool), err error) {
	h := hs.get(key)
	fail := func(err error) (func(bool), error) {
		hs.done(h)
		return nil, err
	}
	if err := hs.checkPaused(key, h); err != nil {
		return fail(err)
	}
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return fail(ctx.Err())
	}
	gap = max(gap, hs.c.MinHostDelay)
	h.mu.Lock()
	start := h.lastEnd.Add(gap)
	if h.holdTill.After(start) {
		start = h.holdTill
	}
	h.mu.Unlock()
	if wait := time.Until(start); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-h.slot
			return fail(ctx.Err())
		}
	}
	// The pause may have been set while this request waited its turn.
	if err := hs.checkPaused(key, h); err != nil {
		<-h.slot
		return fail(err)
	}
	var once sync.Once
	return func(failed bool) {
		once.Do(func() {
			hs.finish(key, h, failed)
			<-h.slot
			hs.done(h)
		})
	}, nil
}

// checkPaused returns an ErrHostPaused error if the host is paused.
func (hs *hosts) checkPaused(key string, h *host) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	left := time.Until(h.pausedTill)
	if left <= 0 {
		return nil
	}
	return kindErrorf(ErrHostPaused, nil, "not contacting %s for %s: %s", key, left.Round(time.Second), h.pauseWhy)
}

// finish records the end of a request, and failures towards the circuit
// breaker.
func (hs *hosts) finish(key string, h *host, failed bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastEnd = time.Now()
	if !failed {
		h.failures = 0
		return
	}
	h.failures++
	if hs.c.HostFailures > 0 && h.failures >= hs.c.HostFailures {
		h.pausedTill = time.Now().Add(hs.c.HostPause)
		h.pauseWhy = pluralize(h.failures, "consecutive failure")
		hs.c.logger().Warn("crawler: pausing host after repeated failures",
			slog.String("host", key), slog.Int("failures", h.failures),
			slog.Duration("pause", hs.c.HostPause))
		h.failures = 0
	}
}

// hold makes every request to the host wait d from now (a Retry-After
// within MaxRetryAfter, or a backoff).
func (hs *hosts) hold(key string, d time.Duration) { hs.until(key, d, "") }

// pause makes requests to the host fail at once for d, saying why.
func (hs *hosts) pause(key string, d time.Duration, why string) { hs.until(key, d, why) }

// until holds the host for d from now, or pauses it if why is given; a
// shorter hold or pause than the one in place changes nothing.
func (hs *hosts) until(key string, d time.Duration, why string) {
	h := hs.get(key)
	defer hs.done(h)
	h.mu.Lock()
	defer h.mu.Unlock()
	t := time.Now().Add(d)
	switch {
	case why == "" && t.After(h.holdTill):
		h.holdTill = t
	case why != "" && t.After(h.pausedTill):
		h.pausedTill, h.pauseWhy = t, why
	}
}

// pluralize gives "1 thing" or "n things".
func pluralize(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return strconv.Itoa(n) + " " + thing + "s"
}
