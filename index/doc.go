// Package index owns undersigned's data: the durable article store (bbolt),
// the source of truth; the catalogue derived from it — each article's
// mentions of worker actions (read by package catalog), grouped into
// campaigns of one company's workers against one target; and the bleve
// search index over campaigns and mentions, with facets. Everything derived
// can be rebuilt from the store with Reindex. It also owns the export
// tables: their columns, meanings and encoders.
package index
