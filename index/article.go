package index

import (
	"time"

	"undersigned/index/catalog"
)

// Mention is one worker action that one article reports; see catalog.Mention.
type Mention = catalog.Mention

// Count is a count of signers or participants; see catalog.Count.
type Count = catalog.Count

// Article is one news story, keyed by its canonical URL. The article store is
// the source of truth: everything else (mentions, campaigns, the search
// index) is derived from it and can be rebuilt by Reindex.
type Article struct {
	// URL is the canonical URL: final URL after redirects, rel=canonical
	// where present, tracking parameters and fragment removed.
	URL string `json:"url"`
	// URLs is every URL the article was seen under, canonical first; it
	// includes the URLs of syndicated copies folded into this article.
	URLs []string `json:"urls,omitempty"`
	// Copies is the canonical URL of each syndicated copy of the story
	// (the same text published under another URL), folded into this
	// article; each is also in URLs.
	Copies []string `json:"copies,omitempty"`
	// PageURL is the URL this copy of the page was fetched from (after
	// redirects), when it differs from URL: a page whose rel=canonical
	// names another URL. A copy never overwrites the article fetched at its
	// canonical URL.
	PageURL string `json:"page_url,omitempty"`
	// Feeds is every feed URL that listed it.
	Feeds []string `json:"feeds,omitempty"`

	// FetchedAt is when the page was last fetched; FoundAt when it was
	// first stored, which updates of the page do not change.
	FetchedAt time.Time `json:"fetched_at"`
	FoundAt   time.Time `json:"found_at,omitzero"`
	// Published is the first-publication date from the page (JSON-LD,
	// meta, <time>, dateline), else the feed item's date.
	Published time.Time `json:"published"`
	// Modified is the page's modification date where it gives one.
	Modified time.Time `json:"modified,omitzero"`
	// FeedUpdated is the feed item's updated stamp when it was last fetched;
	// a newer stamp in the feed makes the crawler fetch the page again.
	FeedUpdated time.Time `json:"feed_updated,omitzero"`

	Title       string `json:"title"`
	SiteName    string `json:"site_name,omitempty"`
	Author      string `json:"author,omitempty"`
	Description string `json:"description,omitempty"`
	Language    string `json:"language,omitempty"`

	// Text is the main text: paragraphs separated by blank lines, without
	// navigation, sidebars, related stories, comments and footers.
	Text string `json:"text"`

	// HTML is the raw page as fetched, decoded to UTF-8. The store keeps it
	// compressed and apart from the record; it is nil on records read back
	// with Store.Article unless asked for with Store.ArticleHTML.
	HTML []byte `json:"-"`

	// ExtractorVersion is the version of the main-text extractor that
	// produced Text; Reindex re-extracts older ones from HTML.
	ExtractorVersion int `json:"extractor_version,omitempty"`
}

// Document returns the article as the catalogue reads it.
func (a *Article) Document() catalog.Document {
	return catalog.Document{URL: a.URL, Title: a.Title, Text: a.Text, Published: a.Published, Publisher: a.SiteName}
}
