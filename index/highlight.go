package index

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Segment is a piece of highlighted text: Mark is true for a matched word.
type Segment struct {
	Text string
	Mark bool
}

var enAnalyzer analysis.Analyzer

func init() {
	cache := registry.NewCache()
	a, err := cache.AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		panic("index: english analyzer: " + err.Error())
	}
	enAnalyzer = a
}

// QueryTerms returns the analysed (lower-cased, stemmed) words a query
// string searches for in text, leaving out excluded words (-word) and words
// for keyword fields. An invalid query gives no terms.
func (ix *Index) QueryTerms(text string) []string {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	q, err := query.NewQueryStringQuery(text).Parse()
	if err != nil {
		return nil
	}
	var raw []string
	collectTerms(q, &raw)
	var out []string
	for _, r := range raw {
		for _, t := range enAnalyzer.Analyze([]byte(r)) {
			s := string(t.Term)
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

func textField(f string) bool { return f == "" || f == "text" }

func collectTerms(q query.Query, out *[]string) {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil {
			collectTerms(q.Must, out)
		}
		if q.Should != nil {
			collectTerms(q.Should, out)
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			collectTerms(c, out)
		}
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			collectTerms(d, out)
		}
	case *query.MatchQuery:
		if textField(q.Field()) {
			*out = append(*out, q.Match)
		}
	case *query.MatchPhraseQuery:
		if textField(q.Field()) {
			*out = append(*out, q.MatchPhrase)
		}
	case *query.TermQuery:
		if textField(q.Field()) {
			*out = append(*out, q.Term)
		}
	case *query.FuzzyQuery:
		if textField(q.Field()) {
			*out = append(*out, q.Term)
		}
	case *query.PrefixQuery:
		if textField(q.Field()) {
			*out = append(*out, q.Prefix)
		}
	}
}

// Highlight splits text into segments, marking the words whose analysed
// form is one of terms (as returned by QueryTerms).
func Highlight(text string, terms []string) []Segment {
	if len(terms) == 0 || text == "" {
		return []Segment{{Text: text}}
	}
	var out []Segment
	last := 0
	for _, t := range enAnalyzer.Analyze([]byte(text)) {
		if !slices.Contains(terms, string(t.Term)) || t.Start < last || t.End > len(text) {
			continue
		}
		if t.Start > last {
			out = append(out, Segment{Text: text[last:t.Start]})
		}
		out = append(out, Segment{Text: text[t.Start:t.End], Mark: true})
		last = t.End
	}
	if last < len(text) {
		out = append(out, Segment{Text: text[last:]})
	}
	return out
}
