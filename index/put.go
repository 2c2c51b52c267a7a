package index

// Outcome says what Put did with an article.
type Outcome int

// Outcomes of Put.
const (
	// New: the article was not stored before.
	New Outcome = iota + 1
	// Updated: the article was stored and its text or metadata changed.
	Updated
	// Unchanged: the article was stored with the same text.
	Unchanged
	// Duplicate: the article's text is a near-duplicate of another stored
	// article (syndication); its URLs were added to that article's sources.
	Duplicate
)

func (o Outcome) String() string {
	switch o {
	case New:
		return "new"
	case Updated:
		return "updated"
	case Unchanged:
		return "unchanged"
	case Duplicate:
		return "duplicate"
	}
	return "unknown"
}

// PutResult reports what Put did with one article.
type PutResult struct {
	Outcome Outcome
	// URL is the canonical URL of the stored article: the article's own, or
	// for a Duplicate the one it was folded into.
	URL string
	// Mentions is the number of mentions the catalogue found in it.
	Mentions int
}
