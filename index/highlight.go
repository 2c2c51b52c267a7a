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
// for keyword fields, followed by its wildcard patterns, lower-cased and
// kept as written ("sales*", "te?t"): a prefix or wildcard matches words
// as they are, not their stems. An invalid query gives no terms.
func (ix *Index) QueryTerms(text string) []string {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	q, err := query.NewQueryStringQuery(text).Parse()
	if err != nil {
		return nil
	}
	var raw, patterns []string
	collectTerms(q, &raw, &patterns)
	var out []string
	for _, r := range raw {
		for _, t := range enAnalyzer.Analyze([]byte(r)) {
			s := string(t.Term)
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	for _, p := range patterns {
		p = strings.ToLower(p)
		// A pattern of wildcards alone ("*") would mark every word.
		if strings.Trim(p, "*?") != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

func textField(f string) bool { return f == "" || f == "text" }

// collectTerms gathers the words (to analyse) and the wildcard patterns a
// query searches text for.
func collectTerms(q query.Query, raw, patterns *[]string) {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must != nil {
			collectTerms(q.Must, raw, patterns)
		}
		if q.Should != nil {
			collectTerms(q.Should, raw, patterns)
		}
	case *query.ConjunctionQuery:
		for _, c := range q.Conjuncts {
			collectTerms(c, raw, patterns)
		}
	case *query.DisjunctionQuery:
		for _, d := range q.Disjuncts {
			collectTerms(d, raw, patterns)
		}
	case *query.MatchQuery:
		if textField(q.Field()) {
			*raw = append(*raw, q.Match)
		}
	case *query.MatchPhraseQuery:
		if textField(q.Field()) {
			*raw = append(*raw, q.MatchPhrase)
		}
	case *query.TermQuery:
		if textField(q.Field()) {
			*raw = append(*raw, q.Term)
		}
	case *query.FuzzyQuery:
		if textField(q.Field()) {
			*raw = append(*raw, q.Term)
		}
	case *query.PrefixQuery:
		if textField(q.Field()) {
			*patterns = append(*patterns, q.Prefix+"*")
		}
	case *query.WildcardQuery:
		if textField(q.Field()) {
			*patterns = append(*patterns, q.Wildcard)
		}
	}
}

// isPattern reports whether a term from QueryTerms is a wildcard pattern
// (analysed words never hold * or ?).
func isPattern(term string) bool { return strings.ContainsAny(term, "*?") }

// wildcardMatch reports whether s matches pattern, where * stands for any
// run of characters and ? for one.
func wildcardMatch(pattern, s string) bool {
	if prefix, ok := strings.CutSuffix(pattern, "*"); ok && !isPattern(prefix) {
		return strings.HasPrefix(s, prefix)
	}
	p, r := []rune(pattern), []rune(s)
	// Iterative matching with backtracking to the last star.
	pi, ri, star, mark := 0, 0, -1, 0
	for ri < len(r) {
		switch {
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, ri
			pi++
		case pi < len(p) && (p[pi] == '?' || p[pi] == r[ri]):
			pi++
			ri++
		case star >= 0:
			pi = star + 1
			mark++
			ri = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

// Highlight splits text into segments, marking the words whose analysed
// form is one of terms, or whose lower-cased form as written matches one
// of its wildcard patterns (terms as returned by QueryTerms).
func Highlight(text string, terms []string) []Segment {
	if len(terms) == 0 || text == "" {
		return []Segment{{Text: text}}
	}
	var words, patterns []string
	for _, t := range terms {
		if isPattern(t) {
			patterns = append(patterns, t)
		} else {
			words = append(words, t)
		}
	}
	var out []Segment
	last := 0
	for _, t := range enAnalyzer.Analyze([]byte(text)) {
		if t.Start < last || t.End > len(text) || !matches(text[t.Start:t.End], string(t.Term), words, patterns) {
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

// matches reports whether a token — written, and analysed to term — is
// one of words or matches one of patterns.
func matches(written, term string, words, patterns []string) bool {
	if slices.Contains(words, term) {
		return true
	}
	if len(patterns) == 0 {
		return false
	}
	lower := strings.ToLower(written)
	for _, p := range patterns {
		if wildcardMatch(p, lower) {
			return true
		}
	}
	return false
}
