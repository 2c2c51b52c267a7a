// Package site owns undersigned's web face: the server-rendered pages
// (home, search, company, agency, campaign, sources), the feeds subscribers
// follow (RSS 2.0, Atom 1.0 and JSON Feed 1.1 of campaign events, and a
// weekly digest), the exports researchers download (CSV and JSON of
// campaigns and mentions, and a Frictionless Data Package describing them),
// the JSON API under /api/, and the HTTP around them: conditional requests,
// gzip, caching and security headers.
//
// The site reads the catalogue through package index and knows nothing of
// fetching. Templates, CSS and icons are embedded and parsed when the Server
// is made, so a broken template stops boot, not a request. Pages use no
// JavaScript and make no external requests; crawled text is always escaped.
package site
