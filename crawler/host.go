package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
)

// ErrHostPaused is returned (wrapped) for a request to a host the crawler
// has paused: after too many consecutive failures (a circuit breaker), or
// because the host asked for a Retry-After longer than MaxRetryAfter.
var ErrHostPaused = errors.New("crawler: host paused")

// hosts keeps per-host politeness for the whole Crawler: at most one request
// in flight per host, a minimum gap between the end of one request and the
// start of the next, and a circuit breaker for hosts that keep failing. One
// hosts value is shared by feeds, robots.txt and pages, and by concurrent
// Crawl and Run calls.
type hosts struct {
	c  *Crawler
	mu sync.Mutex
	m  map[string]*host
}

// host is one host's politeness state.
type host struct {
	slot chan struct{} // holds a token while a request is in flight

	mu         sync.Mutex
	gap        time.Duration // minimum gap; 0 means the Crawler's MinHostDelay
	nextStart  time.Time     // earliest start of the next request
	failures   int           // consecutive failures
	pausedTill time.Time     // circuit breaker or long Retry-After: fail fast
	pauseWhy   string        // why, for the error
}

func (hs *hosts) get(key string) *host {
	key = strings.ToLower(key)
	hs.mu.Lock()
	defer hs.mu.Unlock()
	if hs.m == nil {
		hs.m = make(map[string]*host)
	}
	h := hs.m[key]
	if h == nil {
		h = &host{slot: make(chan struct{}, 1)}
		hs.m[key] = h
	}
	return h
}

// setCrawlDelay makes d the host's minimum gap if it is longer than the
// Crawler's MinHostDelay (robots.txt Crawl-delay), bounded by MaxCrawlDelay.
func (hs *hosts) setCrawlDelay(key string, d time.Duration) {
	if max := hs.c.MaxCrawlDelay; max > 0 && d > max {
		d = max
	}
	h := hs.get(key)
	h.mu.Lock()
	h.gap = d
	h.mu.Unlock()
}

// acquire waits for the host's turn: no other request in flight and the
// minimum gap since the last one elapsed. It fails at once, with
// ErrHostPaused, if the host is paused for longer than MaxRetryAfter. The
// returned release must be called exactly once when the request is over,
// with whether it failed in a way that counts against the host.
func (hs *hosts) acquire(ctx context.Context, key string) (release func(failed bool), err error) {
	h := hs.get(key)
	if err := hs.checkPaused(key, h); err != nil {
		return nil, err
	}
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	h.mu.Lock()
	wait := time.Until(h.nextStart)
	h.mu.Unlock()
	if wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-h.slot
			return nil, ctx.Err()
		}
	}
	// The pause may have been set while this request waited its turn.
	if err := hs.checkPaused(key, h); err != nil {
		<-h.slot
		return nil, err
	}
	var once sync.Once
	return func(failed bool) {
		once.Do(func() {
			hs.finish(key, h, failed)
			<-h.slot
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
	return fmt.Errorf("crawler: %s paused for %s (%s): %w", key, left.Round(time.Second), h.pauseWhy, ErrHostPaused)
}

// finish records the end of a request: the next one may start after the gap,
// and failures count towards the circuit breaker.
func (hs *hosts) finish(key string, h *host, failed bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	gap := hs.c.MinHostDelay
	if h.gap > gap {
		gap = h.gap
	}
	if next := time.Now().Add(gap); next.After(h.nextStart) {
		h.nextStart = next
	}
	if !failed {
		h.failures = 0
		return
	}
	h.failures++
	if hs.c.HostFailures > 0 && h.failures >= hs.c.HostFailures {
		h.pausedTill = time.Now().Add(hs.c.HostPause)
		h.pauseWhy = fmt.Sprintf("%d consecutive failures", h.failures)
		hs.c.logger().Warn("crawler: pausing host after repeated failures",
			slog.String("host", key), slog.Int("failures", h.failures),
			slog.Duration("pause", hs.c.HostPause))
		h.failures = 0
	}
}

// holdUntil makes every request to the host wait until t (a Retry-After
// within MaxRetryAfter), or, if long, pauses the host until t so that
// requests fail at once instead of waiting.
func (hs *hosts) holdUntil(key string, t time.Time, long bool) {
	h := hs.get(key)
	h.mu.Lock()
	defer h.mu.Unlock()
	if long {
		if t.After(h.pausedTill) {
			h.pausedTill = t
			h.pauseWhy = "it asked to retry after " + t.UTC().Format(time.RFC1123)
		}
		return
	}
	if t.After(h.nextStart) {
		h.nextStart = t
	}
}
