package index

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Invented reports of one campaign whose count grows over three reports,
// one campaign with no government target, and a story with no worker action.
var testArticles = []*Article{
	{
		URL: "https://news.example/2018/06/20/letter", Title: "Salesforce staff question border agency work",
		Published: time.Date(2018, 6, 20, 15, 0, 0, 0, time.UTC),
		Text: "About 100 Salesforce employees have signed a letter asking chief executive Marc Benioff to end the company's contract with Customs and Border Protection.\n\n" +
			"The employees said the software they build should not help separate families at the border.",
	},
	{
		URL: "https://news.example/2018/06/25/letter-grows", Title: "Border agency letter at Salesforce gathers support",
		Published: time.Date(2018, 6, 25, 9, 0, 0, 0, time.UTC),
		Text: "More than 300 Salesforce employees have now signed a letter urging the company to drop its contract with Customs and Border Protection.\n\n" +
			"Organizers said they would deliver it to Marc Benioff this week.",
	},
	{
		URL: "https://other.example/salesforce-cbp-500", Title: "Salesforce letter over CBP tops 500 names",
		Published: time.Date(2018, 7, 1, 12, 0, 0, 0, time.UTC),
		Text: "A letter signed by 500 Salesforce employees asks the company to cancel its contract with Customs and Border Protection.\n\n" +
			"Salesforce said it was listening to its employees.",
	},
	{
		URL: "https://news.example/2018/11/02/walkout", Title: "Google employees walk out over harassment",
		Published: time.Date(2018, 11, 2, 8, 0, 0, 0, time.UTC),
		Text: "About 20,000 Google employees walked out of their offices on Thursday to protest the company's handling of sexual harassment claims.\n\n" +
			"The organizers demanded an end to forced arbitration.",
	},
	{
		URL: "https://news.example/2019/07/18/earnings", Title: "Microsoft tops estimates as cloud sales grow",
		Published: time.Date(2019, 7, 18, 21, 0, 0, 0, time.UTC),
		Text: "Microsoft reported revenue of $33.7 billion for the quarter, up 12 percent from a year earlier.\n\n" +
			"The company ended June with about 144,000 employees.",
	},
}

func openTestIndex(t *testing.T) *Index {
	t.Helper()
	ix, err := Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func putAll(t *testing.T, ix *Index, arts []*Article) {
	t.Helper()
	ctx := context.Background()
	for _, a := range arts {
		cp := *a
		if _, err := ix.Put(ctx, &cp); err != nil {
			t.Fatalf("put %s: %v", a.URL, err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestCampaignHistoryGrows(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, testArticles)
	c, err := ix.Campaign(context.Background(), "salesforce-cbp")
	if err != nil {
		t.Fatal(err)
	}
	if c.Signatures != 500 {
		t.Errorf("largest count: got %d, want 500", c.Signatures)
	}
	if got, want := c.CountHistory(), "2018-06-20:100;2018-06-25:300;2018-07-01:500"; got != want {
		t.Errorf("count history: got %q, want %q", got, want)
	}
	if c.Articles() != 3 || c.FirstReported.Format(time.DateOnly) != "2018-06-20" || c.LastReported.Format(time.DateOnly) != "2018-07-01" {
		t.Errorf("sources: got %d, %v..%v", c.Articles(), c.FirstReported, c.LastReported)
	}
	if c.Agency != "CBP" || c.AgencyName == "" || c.Action != "letter" {
		t.Errorf("got agency %q (%q) action %q, want CBP letter", c.Agency, c.AgencyName, c.Action)
	}
	var kinds []string
	for _, e := range c.Events() {
		kinds = append(kinds, e.Kind)
	}
	if got, want := strings.Join(kinds, ","), "new,report,grew,report,grew"; got != want {
		t.Errorf("events: got %s, want %s", got, want)
	}
	// Event IDs are stable across rebuilds.
	before := c.Events()
	if _, err := ix.Reindex(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	c2, err := ix.Campaign(context.Background(), "salesforce-cbp")
	if err != nil {
		t.Fatal(err)
	}
	after := c2.Events()
	if len(after) != len(before) {
		t.Fatalf("events after reindex: %d, want %d", len(after), len(before))
	}
	for i := range before {
		if before[i].ID != after[i].ID {
			t.Errorf("event %d: id %q became %q", i, before[i].ID, after[i].ID)
		}
	}
}

func TestSearchFacetsAndFilters(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, testArticles)
	ctx := context.Background()
	tests := []struct {
		name string
		q    Query
		want []string // campaign IDs, in order
	}{
		{"everything newest first", Query{}, []string{"google-harassment", "salesforce-cbp"}},
		{"company alias and case", Query{Company: "salesforce"}, []string{"salesforce-cbp"}},
		{"agency alias", Query{Agency: "border patrol"}, []string{"salesforce-cbp"}},
		{"action", Query{Action: "walkout"}, []string{"google-harassment"}},
		{"year", Query{Year: "2018", Sort: SortOldest}, []string{"salesforce-cbp", "google-harassment"}},
		{"min signatures", Query{MinSignatures: 1000}, []string{"google-harassment"}},
		{"max signatures", Query{MaxSignatures: 1000}, []string{"salesforce-cbp"}},
		{"most signatures", Query{Sort: SortSignatures}, []string{"google-harassment", "salesforce-cbp"}},
		{"text in a source", Query{Text: "arbitration"}, []string{"google-harassment"}},
		{"text in evidence", Query{Text: "separate families"}, []string{"salesforce-cbp"}},
		{"no match", Query{Company: "Oracle"}, nil},
		{"one campaign", Query{Campaign: "salesforce-cbp"}, []string{"salesforce-cbp"}},
		{"a range leaves out rows without a count", Query{MaxSignatures: 100000, Company: "Microsoft"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range res.Campaigns {
				got = append(got, c.ID)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") || res.Total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", got, res.Total, tt.want)
			}
		})
	}

	res, err := ix.Search(ctx, Query{})
	if err != nil {
		t.Fatal(err)
	}
	facet := func(vs []FacetValue) map[string]int {
		m := map[string]int{}
		for _, v := range vs {
			m[v.Value] = v.Count
		}
		return m
	}
	if f := facet(res.Facets.Company); f["Salesforce"] != 1 || f["Google"] != 1 || len(f) != 2 {
		t.Errorf("company facet: got %v", f)
	}
	if f := facet(res.Facets.Agency); f["CBP"] != 1 || len(f) != 1 {
		t.Errorf("agency facet: got %v", f)
	}
	if f := facet(res.Facets.Action); f["letter"] != 1 || f["walkout"] != 1 {
		t.Errorf("action facet: got %v", f)
	}
	if f := facet(res.Facets.Year); f["2018"] != 2 {
		t.Errorf("year facet: got %v", f)
	}

	for _, bad := range []string{`"unclosed`, `company:`, `/[/`, `a /[z-a]/`} {
		if _, err := ix.Search(ctx, Query{Text: bad}); !errors.Is(err, ErrInvalid) {
			t.Errorf("bad query %q: got %v, want ErrInvalid", bad, err)
		}
	}
}

func TestCountSeriesKeepsOneAction(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, []*Article{
		{URL: "https://n.example/letter", Title: "Letter", Published: time.Date(2018, 4, 5, 0, 0, 0, 0, time.UTC),
			Text: "More than 3,100 Google employees have signed a letter asking the company to pull out of Project Maven, a Pentagon program."},
		{URL: "https://n.example/quit", Title: "Quit", Published: time.Date(2018, 5, 14, 0, 0, 0, 0, time.UTC),
			Text: "Twelve Google employees have resigned in protest over the company's work on Project Maven for the Pentagon."},
		{URL: "https://n.example/more", Title: "More", Published: time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC),
			Text: "The letter against Project Maven, the Pentagon program, has now been signed by about 4,000 Google employees."},
	})
	c, err := ix.Campaign(context.Background(), "google-pentagon")
	if err != nil {
		t.Fatal(err)
	}
	if c.Signatures != 4000 || c.CountAction != "letter" {
		t.Errorf("largest count: got %d (%s), want 4000 (letter)", c.Signatures, c.CountAction)
	}
	if got, want := c.CountHistory(), "2018-04-05:3100;2018-06-01:4000"; got != want {
		t.Errorf("count history: got %q, want %q (the resignations are another action)", got, want)
	}
	if len(c.History) != 3 {
		t.Errorf("history keeps every figure: got %d, want 3", len(c.History))
	}
	grew := 0
	for _, e := range c.Events() {
		if e.Kind == "grew" {
			grew++
			if e.Count != 4000 || e.Previous != 3100 {
				t.Errorf("grew event: %d from %d, want 4000 from 3100", e.Count, e.Previous)
			}
		}
	}
	if grew != 1 {
		t.Errorf("got %d grew events, want 1", grew)
	}
}

func TestPaging(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, testArticles)
	ctx := context.Background()
	p1, err := ix.SearchMentions(ctx, Query{PerPage: 2, Page: 1, Sort: SortOldest})
	if err != nil {
		t.Fatal(err)
	}
	p2, err := ix.SearchMentions(ctx, Query{PerPage: 2, Page: 2, Sort: SortOldest})
	if err != nil {
		t.Fatal(err)
	}
	if p1.Total != 4 || len(p1.Mentions) != 2 || len(p2.Mentions) != 2 {
		t.Fatalf("pages: total %d, %d + %d rows, want 4 = 2 + 2", p1.Total, len(p1.Mentions), len(p2.Mentions))
	}
	if p1.Mentions[0].ArticleURL != testArticles[0].URL || p2.Mentions[1].ArticleURL != testArticles[3].URL {
		t.Errorf("order: got %s ... %s", p1.Mentions[0].ArticleURL, p2.Mentions[1].ArticleURL)
	}
}

func TestExportTables(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, testArticles)
	ctx := context.Background()

	var buf bytes.Buffer
	enc, err := NewEncoder(&buf, FormatCSV, MentionColumns)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.EachMention(ctx, Query{}, enc.EncodeMention); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(buf.String(), "\r\n") || strings.Count(buf.String(), "\r\n") < 5 {
		t.Errorf("CSV records must end in CRLF (RFC 4180)")
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantHead := "article_url,published,title,company,agency,action,signatures,contract_value_usd,evidence,count_qualifier,count_text,event_date,target,in_gazetteer"
	if got := strings.Join(rows[0][:14], ","); got != wantHead {
		t.Errorf("header: got %s, want %s", got, wantHead)
	}
	if len(rows) != 5 {
		t.Fatalf("got %d rows, want header + 4 mentions (none from the earnings story)", len(rows))
	}
	second := rows[2]
	if second[0] != testArticles[1].URL || second[1] != "2018-06-25" || second[3] != "Salesforce" ||
		second[4] != "CBP" || second[5] != "letter" || second[6] != "300" || second[9] != "more than" {
		t.Errorf("row: got %q", second)
	}
	if !strings.Contains(second[8], "More than 300 Salesforce employees") {
		t.Errorf("evidence: got %q", second[8])
	}

	buf.Reset()
	enc, _ = NewEncoder(&buf, FormatJSON, CampaignColumns)
	if err := ix.EachCampaign(ctx, Query{Agency: "CBP"}, enc.EncodeCampaign); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	var camps []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &camps); err != nil {
		t.Fatalf("json: %v\n%s", err, buf.String())
	}
	if len(camps) != 1 || camps[0]["campaign_id"] != "salesforce-cbp" || camps[0]["signatures"] != float64(500) ||
		camps[0]["articles"] != float64(3) || camps[0]["first_reported"] != "2018-06-20" {
		t.Errorf("campaign json: got %v", camps)
	}
	if src, ok := camps[0]["sources"].([]any); !ok || len(src) != 3 {
		t.Errorf("sources: got %v", camps[0]["sources"])
	}
}

func TestCSVCells(t *testing.T) {
	tests := []struct {
		in   any
		want string
	}{
		{"=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"+1 555", "'+1 555"},
		{"-2", "'-2"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"plain", "plain"},
		{int64(-5), "-5"},
		{int64(19400000), "19400000"},
		{nil, ""},
		{true, "true"},
		{[]string{"a", "=b"}, "a =b"},
		{[]string{"=a", "b"}, "'=a b"},
		{[]int64{3100, 3500}, "3100 3500"},
	}
	for _, tt := range tests {
		if got := csvCell(tt.in, Column{Sep: " "}); got != tt.want {
			t.Errorf("csvCell(%v): got %q, want %q", tt.in, got, tt.want)
		}
	}
	if _, err := NewEncoder(&bytes.Buffer{}, "xml", MentionColumns); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad format: got %v", err)
	}
}

// TestPendingSurvivesCrash stores articles without flushing, drops the
// process state as a crash would, and checks that reopening indexes them.
func TestPendingSurvivesCrash(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	ix, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range testArticles[:2] {
		cp := *a
		if _, err := ix.Put(ctx, &cp); err != nil {
			t.Fatal(err)
		}
	}
	// Close the files without the flush Close would do.
	ix.search.Close()
	ix.Store.Close()

	ix2, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix2.Close()
	res, err := ix2.Search(ctx, Query{Company: "Salesforce"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Campaigns[0].Signatures != 300 {
		t.Fatalf("after reopen: got %d campaigns %+v, want salesforce-cbp at 300", res.Total, res.Campaigns)
	}
}

func TestUpdateReplacesMentions(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, testArticles[:1])
	ctx := context.Background()
	// The story is rewritten: the count is corrected and the target changes.
	upd := *testArticles[0]
	upd.Text = "About 120 Salesforce employees have signed a letter asking the company to end its contract with Immigration and Customs Enforcement."
	if res, err := ix.Put(ctx, &upd); err != nil || res.Outcome != Updated {
		t.Fatalf("update: %+v %v", res, err)
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Campaign(ctx, "salesforce-cbp"); !errors.Is(err, ErrNotFound) {
		t.Errorf("old campaign: got %v, want it gone", err)
	}
	c, err := ix.Campaign(ctx, "salesforce-ice")
	if err != nil || c.Signatures != 120 {
		t.Fatalf("new campaign: %+v %v", c, err)
	}
	res, err := ix.SearchMentions(ctx, Query{})
	if err != nil || res.Total != 1 {
		t.Errorf("mention docs: got %d %v, want 1", res.Total, err)
	}
}

func TestHighlight(t *testing.T) {
	ix := openTestIndex(t)
	terms := ix.QueryTerms(`letters -walkout company:Google "border protection"`)
	text := "Employees signed a letter about Customs and Border Protection; no walkout."
	var marked []string
	for _, s := range Highlight(text, terms) {
		if s.Mark {
			marked = append(marked, s.Text)
		}
	}
	if got, want := strings.Join(marked, "|"), "letter|Border|Protection"; got != want {
		t.Errorf("marked: got %q, want %q (terms %v)", got, want, terms)
	}
	var whole strings.Builder
	for _, s := range Highlight(text, terms) {
		whole.WriteString(s.Text)
	}
	if whole.String() != text {
		t.Errorf("segments do not rebuild the text: %q", whole.String())
	}
}

// BenchmarkFacetedSearch measures one page of a faceted full-text search
// (text, agency and year filters, four facets) over 6,000 reports of up to 240
// campaigns (30 companies × 8 targets), with the ReportAllocs figures.
func BenchmarkFacetedSearch(b *testing.B) {
	ix, err := Open(context.Background(), b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	companies := strings.Fields("Google Microsoft Amazon Salesforce GitHub Oracle IBM Apple Palantir Intel Dell Cisco Adobe Uber Lyft Tesla Netflix Zoom Wayfair Accenture Deloitte Infosys SAP Slack Twitter Meta Yahoo Nvidia Qualcomm Airbnb")
	agencies := []string{"Customs and Border Protection", "Immigration and Customs Enforcement", "the Pentagon",
		"police departments", "the Department of Homeland Security", "the U.S. Army", "the Israeli government", "the Navy"}
	const n = 6000
	for i := 0; i < n; i++ {
		a := &Article{
			URL:       fmt.Sprintf("https://bench.example/%d", i),
			Title:     fmt.Sprintf("Workers protest contract, report %d", i),
			Published: time.Date(2015+i%10, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC),
			Text: fmt.Sprintf("More than %d %s employees signed a letter asking the company to end its contract with %s.\n\n"+
				"The workers said the technology should not be used against migrants and protesters. Report number %d.",
				100+i, companies[i%len(companies)], agencies[(i/len(companies))%len(agencies)], i),
		}
		if _, err := ix.Put(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		b.Fatal(err)
	}
	q := Query{Text: "migrants contract", Agency: "ICE", Year: "2019", PerPage: 20}
	res, err := ix.Search(ctx, q)
	if err != nil {
		b.Fatal(err)
	}
	if res.Total == 0 || len(res.Facets.Company) == 0 {
		b.Fatalf("benchmark query matches nothing: %+v", res)
	}
	_, campaigns, _ := ix.Counts()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Search(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(res.Total), "hits")
	b.ReportMetric(float64(campaigns), "campaigns")
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// A syndicated copy is one story: the campaign counts it once, while the
// mentions table gives the copy's URL a row of its own, marked copy_of.
func TestExportSyndicatedCopyRows(t *testing.T) {
	ix := openTestIndex(t)
	ctx := context.Background()
	orig := &Article{URL: "https://wire.example/northwind-letter", Title: "Northwind Atlas engineers write to CEO", Text: story,
		Published: time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)}
	cp := &Article{URL: "https://partner.example/tech/northwind", Title: "Northwind Atlas engineers write to CEO",
		Text: "LISBON (Wire) — " + story + "\n\nThis story was first published by the Wire.", Published: orig.Published}
	putAll(t, ix, []*Article{orig, cp})

	var buf bytes.Buffer
	enc, err := NewEncoder(&buf, FormatCSV, MentionColumns)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.EachMention(ctx, Query{}, enc.EncodeMention); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, n := range rows[0] {
		col[n] = i
	}
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want header + the story's mention + its copy's:\n%q", len(rows), rows)
	}
	if r := rows[1]; r[0] != orig.URL || r[col["copy_of"]] != "" || r[col["signatures"]] != "212" {
		t.Errorf("original row: got %q", r)
	}
	if r := rows[2]; r[0] != cp.URL || r[col["copy_of"]] != orig.URL || r[col["signatures"]] != "212" || r[col["company"]] != rows[1][col["company"]] {
		t.Errorf("copy row: got %q", r)
	}
	var camps []*Campaign
	if err := ix.EachCampaign(ctx, Query{}, func(c *Campaign) error { camps = append(camps, c); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(camps) != 1 || camps[0].Articles() != 1 {
		t.Fatalf("got %d campaigns (%v), want one with one article", len(camps), camps)
	}
}

// A company that one report names in full and another short is one
// company: one campaign under its full name, found by either name.
func TestCampaignOfShortAndFullName(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, []*Article{
		{
			URL: "https://news.example/2021/03/02/lumora-letter", Title: "Lumora Systems staff object to ICE work",
			Published: time.Date(2021, 3, 2, 10, 0, 0, 0, time.UTC),
			Text: "More than 400 Lumora Systems employees have signed a letter asking the company to end its contract with Immigration and Customs Enforcement.\n\n" +
				"The firm, based in Denver, sells case-management software.",
		},
		{
			URL: "https://other.example/lumora-walkout", Title: "Lumora workers walk out",
			Published: time.Date(2021, 4, 9, 10, 0, 0, 0, time.UTC),
			Text: "About 150 Lumora workers walked out on Thursday to protest the company's contract with Immigration and Customs Enforcement.\n\n" +
				"Organizers said the letter they sent in March had gone unanswered.",
		},
	})
	ctx := context.Background()
	c, err := ix.Campaign(ctx, "lumora-ice")
	if err != nil {
		t.Fatal(err)
	}
	if c.Company != "Lumora Systems" || c.Articles() != 2 || c.Signatures != 400 {
		t.Errorf("got %q with %d sources and count %d, want Lumora Systems, 2, 400", c.Company, c.Articles(), c.Signatures)
	}
	if got := strings.Join(c.Actions, ","); got != "letter,walkout" {
		t.Errorf("actions: got %s, want letter,walkout", got)
	}
	for _, name := range []string{"Lumora", "lumora systems", "LUMORA SYSTEMS INC"} {
		res, err := ix.Search(ctx, Query{Company: name})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Campaigns) != 1 || res.Campaigns[0].ID != "lumora-ice" {
			t.Errorf("company %q: got %d campaigns, want lumora-ice", name, len(res.Campaigns))
		}
		if got := ix.CompanyName(name); got != "Lumora Systems" {
			t.Errorf("CompanyName(%q) = %q, want Lumora Systems", name, got)
		}
	}
	cs, err := ix.Companies(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Name != "Lumora Systems" || cs[0].Campaigns != 1 {
		t.Errorf("companies: got %+v, want Lumora Systems with one campaign", cs)
	}
}

// When a newer catalogue files an article's mentions under another
// campaign, the old campaign's ID leads to the new one.
func TestMovedCampaign(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, testArticles)
	ctx := context.Background()
	// What an older catalogue would have stored: the company misread.
	misread(t, ix, "https://other.example/salesforce-cbp-500", "Salesforce Tableau")
	if _, err := ix.MovedCampaign(ctx, "salesforce-tableau-cbp"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("before the new catalogue read it: got %v, want not found", err)
	}
	if _, err := ix.Reindex(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := ix.MovedCampaign(ctx, "salesforce-tableau-cbp"); err != nil || got != "salesforce-cbp" {
		t.Errorf("after reindex: got %q, %v, want salesforce-cbp", got, err)
	}
	// A campaign that exists has not moved; an unknown ID never did.
	for _, id := range []string{"salesforce-cbp", "nobody-ice"} {
		if got, err := ix.MovedCampaign(ctx, id); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s: got %q, %v, want not found", id, got, err)
		}
	}

	// The same when the article is stored again rather than reindexed.
	misread(t, ix, "https://news.example/2018/06/25/letter-grows", "Salesforce Slack Unit")
	putAll(t, ix, testArticles[1:2])
	if got, err := ix.MovedCampaign(ctx, "salesforce-slack-unit-cbp"); err != nil || got != "salesforce-cbp" {
		t.Errorf("after put: got %q, %v, want salesforce-cbp", got, err)
	}
}

// misread rewrites the stored mentions of the article at u as an older
// catalogue would have read them: of the company name, not in the
// gazetteer.
func misread(t *testing.T, ix *Index, u, name string) {
	t.Helper()
	err := ix.Store.db.Update(func(tx *bolt.Tx) error {
		rec, err := getMentions(tx, u)
		if err != nil {
			return err
		}
		rec.Version--
		for i := range rec.Mentions {
			rec.Mentions[i].Company, rec.Mentions[i].InGazetteer = name, false
		}
		return putMentions(tx, u, rec)
	})
	if err != nil {
		t.Fatal(err)
	}
}
