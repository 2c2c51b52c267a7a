// Package crawler pulls feeds (RSS 2.0, Atom 1.0, JSON Feed, with gofeed) and
// the article pages they list (with colly), politely, and extracts each
// article's main text and metadata (with go-trafilatura). It knows nothing of
// companies, campaigns or search: it hands each article to a Sink and records
// each feed's health in a Store.
package crawler
