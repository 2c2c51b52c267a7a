// Package crawler pulls feeds (RSS 2.0, Atom 1.0, JSON Feed, with gofeed) and
// the article pages they list (with colly), politely, and extracts each
// article's main text and metadata (with go-trafilatura). It knows nothing of
// companies, campaigns or search: it hands each article to a Sink and records
// each feed's health in a Store.
//
// The files, one noun each:
//
//   - crawler.go: the Crawler, its options and New; Summary.
//   - crawl.go: Crawl, one pass over a list of feeds.
//   - schedule.go: Run, for serve: each feed on its own adaptive schedule.
//   - feed.go: fetching a feed (conditional GET, permanent redirects) and
//     recording its health.
//   - page.go: fetching an article page with colly.
//   - fetch.go: the one HTTP client, its transport, retries and size caps.
//   - host.go: per-host politeness and the circuit breaker.
//   - robots.go: robots.txt, cached per site in memory and in the Store.
//   - ssrf.go: the addresses the crawler refuses to connect to.
//   - canon.go: Canonicalize, and news-search redirectors.
//   - extract.go, meta.go, text.go, date.go, charset.go: ExtractArticle.
//   - feedlist.go: feed lists (OPML 2.0 and plain text), DefaultFeeds.
//   - progress.go: Progress, and the Console that shows it on a terminal
//     or as log lines, carrying the log so that each failure is told once.
//   - errors.go: how failures read: the URL once, then the reason.
//
// # Politeness
//
// Every request, including each redirect hop and robots.txt itself, goes
// through one transport shared by the whole Crawler: at most one request in
// flight per host, MinHostDelay (or a longer robots.txt Crawl-delay) between
// the end of one and the start of the next. robots.txt is fetched once per
// site and kept for RobotsTTL, in memory and in the Store so that the next
// run does not ask again, then refreshed with a conditional request; its
// Disallow rules apply to feeds and pages alike. A 4xx robots.txt allows
// everything; a 5xx, 429 or unreachable one holds the site off for ten
// minutes (ErrRobotsUnavailable, saying why; the last good copy is used if
// there is one), as Google does. 429, 502, 503 and 504 are retried up to
// MaxAttempts times, waiting for Retry-After when it is within
// MaxRetryAfter, else backing off exponentially with jitter; a longer
// Retry-After (on any attempt), or HostFailures failures in a row, pause
// the host so its requests fail at once. Timeouts are not retried. Timeout
// bounds a request with all its redirects; ConnectTimeout each connection.
// Waits are on the real clock; Now is only for recorded times.
//
// # Safety
//
// The dialer refuses loopback, private, link-local, CGNAT, multicast and
// other non-public addresses, and any address with an IPv6 zone, after DNS
// resolution, unless AllowPrivate is set, so DNS rebinding and redirects to
// internal hosts are refused too.
// Bodies are decompressed by the crawler's transport, not by net/http or
// colly, and capped after decompression (MaxFeedBytes, MaxPageBytes): a body
// over its cap is a failure, never truncated, so a gzip bomb is cut off.
//
// # Incremental
//
// Feeds are fetched with If-None-Match and If-Modified-Since; a 304 costs
// nothing more. An article already stored (by any URL it was seen under) is
// not fetched again unless its feed item's updated stamp is newer than the
// one stored. A feed's state, validators included, is stored only after its
// articles were handed to the Sink, and its old validators are kept when one
// of them failed in a way that may pass, so no item is lost to a 304. A
// page that failed for good (404, 410, not HTML, too large, no text) is not
// fetched again by the same Crawler for a day, unless its item was updated.
// A feed listed under a URL it moved away from (301, 308) is crawled at its
// new URL with its stored state, and the log asks for the list to be
// updated.
//
// # Articles
//
// An article's URL is its rel=canonical (same site only: a page cannot claim
// another site's story; syndicated copies are folded by the store by their
// text), else the URL it was fetched from after redirects, canonicalised.
// See ExtractArticle for the text, title and date rules.
package crawler
