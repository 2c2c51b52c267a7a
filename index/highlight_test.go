package index

import (
	"slices"
	"strings"
	"testing"
)

// markedWords returns the marked segments of text highlighted with terms,
// joined by "|", and checks that the segments rebuild the text.
func markedWords(t *testing.T, text string, terms []string) string {
	t.Helper()
	var marked []string
	var whole strings.Builder
	for _, s := range Highlight(text, terms) {
		whole.WriteString(s.Text)
		if s.Mark {
			marked = append(marked, s.Text)
		}
	}
	if whole.String() != text {
		t.Errorf("segments do not rebuild the text: got %q, want %q", whole.String(), text)
	}
	return strings.Join(marked, "|")
}

func TestHighlightPrefixAndWildcard(t *testing.T) {
	ix := openTestIndex(t)
	text := "Salesforce's sales staff wrote letters; a Sales team tested the text of the test."
	tests := []struct {
		name      string
		query     string
		wantTerms []string
		want      string
	}{
		{"prefix", "sales*", []string{"sales*"}, "Salesforce's|sales|Sales"},
		{"prefix in capitals", "SALESF*", []string{"salesf*"}, "Salesforce's"},
		{"prefix is not stemmed", "letters*", []string{"letters*"}, "letters"},
		{"wildcard inside a word", "te?t", []string{"te?t"}, "text|test"},
		{"wildcard star inside a word", "t*ed", []string{"t*ed"}, "tested"},
		{"stemmed word beside a prefix", "letter +sales*", []string{"letter", "sales*"}, "Salesforce's|sales|letters|Sales"},
		{"excluded prefix", "letter -sales*", []string{"letter"}, "letters"},
		{"prefix on a keyword field", "company:Sales*", nil, ""},
		{"wildcards alone", "*", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms := ix.QueryTerms(tt.query)
			if !slices.Equal(terms, tt.wantTerms) {
				t.Errorf("QueryTerms(%q): got %q, want %q", tt.query, terms, tt.wantTerms)
			}
			if got := markedWords(t, text, terms); got != tt.want {
				t.Errorf("marked: got %q, want %q (terms %q)", got, tt.want, terms)
			}
		})
	}
}

func TestWildcardMatch(t *testing.T) {
	tests := []struct {
		pattern, s string
		want       bool
	}{
		{"sales*", "salesforce", true},
		{"sales*", "sales", true},
		{"sales*", "sale", false},
		{"*force", "salesforce", true},
		{"s*s*e", "salesforce", true},
		{"s*s*x", "salesforce", false},
		{"te?t", "test", true},
		{"te?t", "tet", false},
		{"?", "é", true},
		{"a*b*c", "aXbYbZc", true},
	}
	for _, tt := range tests {
		if got := wildcardMatch(tt.pattern, tt.s); got != tt.want {
			t.Errorf("wildcardMatch(%q, %q) = %v, want %v", tt.pattern, tt.s, got, tt.want)
		}
	}
}
