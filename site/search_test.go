package site

import (
	"errors"
	"fmt"
	"html"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"undersigned/index"
)

func TestSearchHighlightsMatches(t *testing.T) {
	h := shared(t)
	body := mustGet(t, h, "/search?q=censored").Body.String()
	contains(t, "search censored", body, "1 campaign", "Google workers vs. censorship",
		"<mark>censored</mark>", // in the headline and the evidence
		"demanding more transparency about a <mark>censored</mark> search engine")
	// The analysed form matches other forms of the word.
	body = mustGet(t, h, "/search?q=walking").Body.String()
	contains(t, "search walking", body, "<mark>walked</mark>")
	// A prefix marks the words that start with it, as written.
	body = mustGet(t, h, "/search?q=sales*").Body.String()
	contains(t, "search sales*", body, "More than 650 <mark>Salesforce</mark> employees")
}

func TestSearchFacetsNarrowAndWiden(t *testing.T) {
	h := shared(t)
	body := mustGet(t, h, "/search?q=letter").Body.String()
	// Facet values link to narrower searches, keeping the words.
	contains(t, "facets", body, `href="/search?company=Palantir&amp;q=letter"`, `href="/search?agency=ICE&amp;q=letter"`,
		`href="/search?action=letter&amp;q=letter"`, `href="/search?q=letter&amp;year=2019"`)
	narrowed := mustGet(t, h, "/search?q=letter&agency=ICE").Body.String()
	contains(t, "narrowed", narrowed, "2 campaigns", "Palantir workers vs. ICE", "Microsoft workers vs. ICE",
		// The filter shows, with a link that removes it.
		"Agency: <strong>ICE</strong>", `<a href="/search?q=letter">Remove`,
		// It travels with the next search.
		`<input type="hidden" name="agency" value="ICE">`)
	lacks(t, "narrowed", narrowed, "Salesforce workers vs. CBP")
	// The active facet value links to its removal.
	contains(t, "active facet", narrowed, `<a href="/search?q=letter" class="active" aria-current="true">ICE`)
}

func TestSearchRangeAndSort(t *testing.T) {
	h := shared(t)
	body := mustGet(t, h, "/search?min=300&sort=signatures").Body.String()
	got := campaignOrder(body)
	want := []string{"Google workers vs. censorship", "Salesforce workers vs. CBP", "Amazon workers vs. Police"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("min=300 by signatures: got %q, want %q", got, want)
	}
	contains(t, "range", body, `value="300"`, `<option value="signatures" selected>`)
	body = mustGet(t, h, "/search?min=100&max=250&sort=newest").Body.String()
	got = campaignOrder(body)
	want = []string{"Palantir workers vs. ICE", "Microsoft workers vs. ICE"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("min=100&max=250 newest: got %q, want %q", got, want)
	}
}

var campaignHeading = regexp.MustCompile(`<h3><a href="/campaign/[^"]+">([^<]+)</a></h3>`)

// campaignOrder returns the names of the campaigns listed on a page.
func campaignOrder(body string) []string {
	var out []string
	for _, m := range campaignHeading.FindAllStringSubmatch(body, -1) {
		out = append(out, html.UnescapeString(m[1]))
	}
	return out
}

func TestSearchPages(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	h := newTestServer(ix).Handler()
	// Six campaigns, twenty a page: one page, no pagination.
	lacks(t, "one page", mustGet(t, h, "/search").Body.String(), `aria-label="Pages of results"`)
	// Deep pages beyond the results say so.
	contains(t, "page 9", mustGet(t, h, "/search?page=9").Body.String(), "no results on this page")
}

func TestPaginate(t *testing.T) {
	v := url.Values{"q": {"ice"}}
	p := paginate("/search", v, 5, 20, 200)
	if p.Last != 10 || p.Current != 5 {
		t.Fatalf("paginate: last %d current %d, want 10 and 5", p.Last, p.Current)
	}
	if p.Prev != "/search?page=4&q=ice" || p.Next != "/search?page=6&q=ice" {
		t.Errorf("paginate: prev %q next %q", p.Prev, p.Next)
	}
	var ns []int
	for _, l := range p.Pages {
		ns = append(ns, l.N)
	}
	if got := fmt.Sprint(ns); got != "[1 3 4 5 6 7 10]" {
		t.Errorf("paginate pages: got %s, want [1 3 4 5 6 7 10]", got)
	}
	if !p.Pages[1].Gap || p.Pages[2].Gap || !p.Pages[6].Gap {
		t.Errorf("paginate gaps: %+v", p.Pages)
	}
	if first := paginate("/search", v, 2, 20, 200).Prev; first != "/search?q=ice" {
		t.Errorf("link to page 1: %q, want no page parameter", first)
	}
	if one := paginate("/search", v, 1, 20, 5); one.Pages != nil || one.Next != "" || one.Prev != "" {
		t.Errorf("single page: %+v", one)
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		query   string
		want    index.Query
		invalid string // part of the error message, "" when valid
	}{
		{"", index.Query{}, ""},
		{"q=+nimbus+&company=Google&agency=ICE&action=letter&year=2018&min=10&max=20&sort=signatures&page=2&per_page=5",
			index.Query{Text: "nimbus", Company: "Google", Agency: "ICE", Action: "letter", Year: "2018",
				MinSignatures: 10, MaxSignatures: 20, Sort: "signatures", Page: 2, PerPage: 5}, ""},
		{"q=%22open", index.Query{}, "unterminated quote"},
		{"min=ten", index.Query{}, `min="ten" is not a whole number`},
		{"max=-3", index.Query{}, "out of range"},
		{"min=50&max=10", index.Query{}, "larger than"},
		{"year=18", index.Query{}, `year "18"`},
		{"sort=loudest", index.Query{}, `sort "loudest"`},
		{"page=0", index.Query{}, "page=0 is out of range"},
		{"page=100000", index.Query{}, "out of range"},
		{"per_page=1000", index.Query{}, "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got, err := parseQuery(httptest.NewRequest("GET", "/search?"+tt.query, nil))
			if tt.invalid != "" {
				if err == nil || !errors.Is(err, index.ErrInvalid) {
					t.Fatalf("got error %v, want one of kind invalid", err)
				}
				if !strings.Contains(err.Error(), tt.invalid) {
					t.Errorf("got error %q, want it to say %q", err, tt.invalid)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestDescribeFilters(t *testing.T) {
	tests := []struct{ query, want string }{
		{"", "all campaigns"},
		{"company=Palantir", "campaigns at Palantir"},
		{"q=cloud&agency=ICE&min=100", "campaigns matching “cloud”, targeting ICE, with at least 100 people"},
		{"campaign=palantir-ice", "campaign palantir-ice"},
		{"campaign=palantir-ice&q=letter", "campaigns matching “letter”, in campaign palantir-ice"},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.query)
		if got := describeFilters(v); got != tt.want {
			t.Errorf("describeFilters(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

// TestSearchKeepsItsParameters checks that a search by alias marks its
// canonical facet value active, that per_page sizes the page, and that
// campaign= stays in every link of the page.
func TestSearchKeepsItsParameters(t *testing.T) {
	h := shared(t)
	body := mustGet(t, h, "/search?company=alphabet").Body.String()
	contains(t, "company=alphabet", body, "Google workers vs. censorship", "Company: <strong>Google</strong>",
		`<a href="/search" class="active" aria-current="true">Google <span class="count">1</span>`)

	body = mustGet(t, h, "/search?per_page=2&sort=oldest").Body.String()
	if got := len(campaignOrder(body)); got != 2 {
		t.Errorf("per_page=2: %d campaigns listed, want 2", got)
	}
	contains(t, "per_page=2", body, "6 campaigns, page 1 of 3",
		`href="/search?page=2&amp;per_page=2&amp;sort=oldest" rel="next"`,
		`href="/search?company=Palantir&amp;per_page=2&amp;sort=oldest"`,
		`<input type="hidden" name="per_page" value="2">`)

	body = mustGet(t, h, "/search?campaign=palantir-ice&q=letter").Body.String()
	if got := campaignOrder(body); len(got) != 1 || got[0] != "Palantir workers vs. ICE" {
		t.Errorf("campaign=palantir-ice: %q", got)
	}
	contains(t, "campaign=palantir-ice", body,
		`href="/search?campaign=palantir-ice&amp;company=Palantir&amp;q=letter"`, // a facet
		`href="/feed.xml?campaign=palantir-ice&amp;q=letter"`,
		`href="/export.csv?campaign=palantir-ice&amp;q=letter"`,
		`<input type="hidden" name="campaign" value="palantir-ice">`,
		`Campaign: <strong>palantir-ice</strong> <a href="/search?q=letter">Remove`)
	lacks(t, "campaign=palantir-ice", body, `href="/feed.xml?q=letter"`)
}
