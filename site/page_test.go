package site

import (
	"strings"
	"testing"
	"time"

	"undersigned/index"
)

func TestCampaignPage(t *testing.T) {
	h := shared(t)
	body := mustGet(t, h, "/campaign/palantir-ice").Body.String()
	contains(t, "campaign page", body,
		"<h1>Palantir workers vs. ICE</h1>",
		`<a href="/company/Palantir">Palantir</a>`, `<a href="/agency/ICE">ICE</a> (U.S. Immigration and Customs Enforcement)`,
		"more than 200 signatures", "as written: “More than 200 Palantir employees”",
		// the count's history, drawn and tabled
		`<svg viewBox="0 0 640 240" role="img" aria-labelledby="history-chart-title history-chart-desc"`,
		"Counts reported, oldest first: 3 May 2019: about 60; 20 Aug 2019: more than 200.",
		`<polyline points="`, "<td>letter signatures</td>",
		// every source with its date and evidence
		`<a href="https://wire.test/palantir-ice-200" rel="nofollow noopener noreferrer">Palantir letter on ICE grows to 200 names</a>`,
		`published <time datetime="2019-05-03">3 May 2019</time>`,
		`<blockquote class="evidence">About 60 Palantir employees have signed a letter asking the company to stop working for Immigration and Customs Enforcement.</blockquote>`,
		"Target as reported</dt><dd>Immigration and Customs Enforcement",
		"<code>palantir-ice</code>",
		`href="/export.csv?campaign=palantir-ice&amp;level=mentions"`,
	)
	// A vague count keeps its words and draws no chart.
	body = mustGet(t, h, "/campaign/wayfair-orr").Body.String()
	contains(t, "vague count", body, "Hundreds of Wayfair employees", "No source gives a number")
	lacks(t, "vague count", body, "<svg")
}

// TestNotInGazetteer checks the flag on a company the gazetteer does not
// know.
func TestNotInGazetteer(t *testing.T) {
	c := &index.Campaign{ID: "acme-ice", Company: "Acme", InGazetteer: false, Agency: "ICE", Action: "letter",
		Actions: []string{"letter"}, FirstReported: day(2020, 1, 1), LastReported: day(2020, 1, 1),
		Sources: []index.Source{{URL: "https://news.test/acme", Title: "Acme staff letter", Published: day(2020, 1, 1)}}}
	s := New(nil)
	var b strings.Builder
	if err := s.pages.byName["campaign"].ExecuteTemplate(&b, "layout.html", &campaignPage{C: c, Name: campaignName(c)}); err != nil {
		t.Fatal(err)
	}
	contains(t, "campaign page", b.String(), `<span class="flag" title="Recognised only from how the text speaks of its workers">not in gazetteer</span>`)
	b.Reset()
	item := campaignItems([]*index.Campaign{c}, nil)
	if err := s.pages.byName["search"].ExecuteTemplate(&b, "layout.html", &searchPage{Items: item, Total: 1}); err != nil {
		t.Fatal(err)
	}
	contains(t, "search result", b.String(), `<span class="flag">not in gazetteer</span>`)
}

func TestCompanyPage(t *testing.T) {
	h := shared(t)
	body := mustGet(t, h, "/company/Microsoft").Body.String()
	contains(t, "company page", body, "<h1>Microsoft</h1>", "Microsoft workers vs. ICE",
		"<dt>Largest count</dt><dd>250</dd>", "<dt>Total of the largest counts</dt><dd>250</dd>",
		`aria-labelledby="company-chart-title company-chart-desc"`, "Campaigns reported each year (Microsoft): 2018: 1 campaign.",
		`href="/search?company=Microsoft"`)
	body = mustGet(t, h, "/agency/ICE").Body.String()
	contains(t, "agency page", body, "<dt>Campaigns</dt><dd>2</dd>", "<dt>Largest count</dt><dd>250</dd>",
		"<dt>Total of the largest counts</dt><dd>450</dd>",
		"Campaigns reported each year (ICE): 2018: 1 campaign; 2019: 1 campaign.")
}

func TestSourcesPage(t *testing.T) {
	h := shared(t)
	body := mustGet(t, h, "/sources").Body.String()
	contains(t, "sources page", body, "3 feeds: 1 working, 1 failing, 1 dead (failing for 1 day or more).",
		`<span class="badge badge-dead">dead</span>`, `<span class="badge badge-failing">failing</span>`,
		`<span class="badge badge-ok">ok</span>`, "404 Not Found", "timeout after 30s",
		`<time datetime="2020-03-04T09:00:00Z">4 Mar 2020 09:00 UTC</time>`)
	// Dead means failing for a day, by the server's clock.
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	s := newTestServer(ix)
	s.Now = func() time.Time { return fixtureNow.Add(24 * time.Hour) }
	contains(t, "a day later", mustGet(t, s.Handler(), "/sources").Body.String(), "3 feeds: 1 working, 0 failing, 2 dead")
}

func TestSampleLinksStayLocal(t *testing.T) {
	if got := sourceHref("https://sample.undersigned.invalid/google-maven-letter.html"); got != "/sample/google-maven-letter.html" {
		t.Errorf("sourceHref(sample) = %q", got)
	}
	if got := sourceHref("https://news.test/x"); got != "https://news.test/x" {
		t.Errorf("sourceHref(news) = %q", got)
	}
	if got := absoluteSource("https://undersigned.example", "https://sample.undersigned.invalid/x.html"); got != "https://undersigned.example/sample/x.html" {
		t.Errorf("absoluteSource(sample) = %q", got)
	}
}

func TestCharts(t *testing.T) {
	c := campaignsPerYear("c", "", []index.FacetValue{{Value: "2021", Count: 1}, {Value: "2018", Count: 4}, {Value: "2019", Count: 2}})
	if len(c.Bars) != 4 {
		t.Fatalf("%d bars, want 4 (2018 to 2021, 2020 empty)", len(c.Bars))
	}
	if c.Bars[2].Label != "2020" || c.Bars[2].H != 0 || c.Bars[0].H <= c.Bars[1].H {
		t.Errorf("bars %+v", c.Bars)
	}
	for _, b := range c.Bars {
		if b.X < c.Left || b.X+b.W > c.Right || b.Y < 0 || b.Y+b.H > c.BaseY+0.01 {
			t.Errorf("bar %+v outside the plot", b)
		}
	}
	if c.Desc != "Campaigns reported each year: 2018: 4 campaigns; 2019: 2 campaigns; 2020: 0 campaigns; 2021: 1 campaign." {
		t.Errorf("desc %q", c.Desc)
	}
	if campaignsPerYear("c", "", nil) != nil {
		t.Error("a chart of nothing")
	}
	h := countHistory("h", "letter", []index.Figure{{Date: day(2019, 8, 20), Count: 200}, {Date: day(2019, 5, 3), Count: 60}})
	if len(h.Points) != 2 || h.Points[0].X >= h.Points[1].X || h.Points[0].Y <= h.Points[1].Y {
		t.Errorf("points %+v: want oldest left, larger higher", h.Points)
	}
	one := countHistory("h", "letter", []index.Figure{{Date: day(2019, 8, 20), Count: 5}})
	if len(one.Points) != 1 || one.Points[0].X != (one.Left+one.Right)/2 {
		t.Errorf("one point: %+v", one.Points)
	}
	if countHistory("h", "letter", nil) != nil {
		t.Error("a history of nothing")
	}
}

func TestFormatting(t *testing.T) {
	ints := map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 20000: "20,000", 1234567: "1,234,567", -4500: "-4,500"}
	for n, want := range ints {
		if got := formatInt(n); got != want {
			t.Errorf("formatInt(%d) = %q, want %q", n, got, want)
		}
	}
	usd := map[int64]string{200000: "$200,000", 19_400_000: "$19.4 million", 479_000_000: "$479 million",
		1_200_000_000: "$1.2 billion", 10_000_000_000: "$10 billion"}
	for n, want := range usd {
		if got := formatUSD(n); got != want {
			t.Errorf("formatUSD(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestVagueCount(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dozens of Microsoft employees", "dozens of Microsoft employees"},
		{"Hundreds of workers", "hundreds of workers"},
		{"More than a dozen engineers", "more than a dozen engineers"},
		{"Google's own engineers", "“Google's own engineers”"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := vagueCount(tt.in); got != tt.want {
			t.Errorf("vagueCount(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// In a list, the vague count reads mid-line.
	body := mustGet(t, shared(t), "/search?company=Wayfair").Body.String()
	contains(t, "wayfair result", body, `<span class="figure">hundreds of Wayfair employees</span>`)
}

func TestFeedHealthStatus(t *testing.T) {
	now := fixtureNow
	tests := []struct {
		feed index.Feed
		want string
	}{
		{index.Feed{URL: "https://a.test/feed"}, index.FeedNew},
		{index.Feed{URL: "https://a.test/feed", LastFetch: now, LastSuccess: now}, index.FeedOK},
		{index.Feed{URL: "https://a.test/feed", LastFetch: now, ConsecutiveFailures: 1, FirstFailure: now.Add(-23 * time.Hour)}, index.FeedFailing},
		{index.Feed{URL: "https://a.test/feed", LastFetch: now, ConsecutiveFailures: 9, FirstFailure: now.Add(-24 * time.Hour)}, index.FeedDead},
	}
	for _, tt := range tests {
		if got := newFeedHealth(tt.feed, now); got.Status != tt.want || got.Dead != (tt.want == index.FeedDead) {
			t.Errorf("%+v: status %q dead %v, want %q", tt.feed, got.Status, got.Dead, tt.want)
		}
	}
	if got := humanDuration(24 * time.Hour); got != "1 day" {
		t.Errorf("humanDuration(24h) = %q", got)
	}
}

// TestOutcome checks that a campaign's outcome, with the source that
// reports it, shows on its page, in lists of campaigns and in the API, and
// a mention's next to its evidence.
func TestOutcome(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	putLaterReports(t, ix)
	h := newTestServer(ix).Handler()
	const source = `<a href="https://wire.test/palantir-ice-renew" rel="nofollow noopener noreferrer">wire.test</a>`
	body := mustGet(t, h, "/campaign/palantir-ice").Body.String()
	contains(t, "campaign page", body,
		`<dt>Outcome</dt><dd class="outcome">contract not renewed <span class="muted">(as `+source+` reports it)</span></dd>`,
		`Palantir said on Thursday that it would not renew its contract with Immigration and Customs Enforcement.</blockquote>`,
		` · outcome: <strong class="outcome">contract not renewed</strong></p>`)
	const listed = ` · outcome: <a class="outcome" href="https://wire.test/palantir-ice-renew" rel="nofollow noopener noreferrer">contract not renewed</a>`
	for _, page := range []string{"/search?q=palantir", "/company/Palantir", "/agency/ICE", "/"} {
		contains(t, page, mustGet(t, h, page).Body.String(), listed)
	}
	// A campaign without one says nothing of it.
	lacks(t, "microsoft page", mustGet(t, h, "/campaign/microsoft-ice").Body.String(), "<dt>Outcome</dt>")

	type outcome struct {
		ID         string `json:"id"`
		Outcome    string `json:"outcome"`
		OutcomeURL string `json:"outcome_url"`
	}
	var one outcome
	getJSON(t, h, "/api/campaigns/palantir-ice", 200, &one)
	var list struct {
		Items []outcome `json:"items"`
	}
	getJSON(t, h, "/api/campaigns?company=Palantir", 200, &list)
	if len(list.Items) != 1 {
		t.Fatalf("api list: %+v", list)
	}
	for _, got := range []outcome{one, list.Items[0]} {
		if got.Outcome != "contract not renewed" || got.OutcomeURL != "https://wire.test/palantir-ice-renew" {
			t.Errorf("api: %+v, want the outcome and its source", got)
		}
	}
	var mentions struct {
		Items []struct {
			ArticleURL string `json:"article_url"`
			Outcome    string `json:"outcome"`
		} `json:"items"`
	}
	getJSON(t, h, "/api/mentions?company=Palantir&sort=newest&per_page=1", 200, &mentions)
	if len(mentions.Items) != 1 || mentions.Items[0].Outcome != "contract not renewed" {
		t.Errorf("api mentions: %+v", mentions.Items)
	}
}

// TestTablesScroll checks that every table sits in a box that scrolls on
// a narrow screen, labelled by its caption, rather than widening the page.
func TestTablesScroll(t *testing.T) {
	h := shared(t)
	for _, page := range []string{"/", "/companies", "/agencies", "/campaign/palantir-ice", "/sources"} {
		body := mustGet(t, h, page).Body.String()
		tables := strings.Count(body, "<table")
		if tables == 0 {
			t.Errorf("%s: no table", page)
		}
		if got := strings.Count(body, `<div class="table-scroll" role="region" aria-labelledby="`); got != tables {
			t.Errorf("%s: %d of %d tables in a scrolling box", page, got, tables)
		}
	}
	contains(t, "home", mustGet(t, h, "/").Body.String(),
		`aria-labelledby="company-stats-caption"`, `<caption id="company-stats-caption">`,
		`aria-labelledby="agency-stats-caption"`, `<caption id="agency-stats-caption">`)
}

// TestFacetCountsSayCampaign checks the words a screen reader hears after
// a facet's count: one campaign, two campaigns.
func TestFacetCountsSayCampaign(t *testing.T) {
	body := mustGet(t, shared(t), "/search?q=letter").Body.String()
	contains(t, "facets", body, `<span class="count">1</span><span class="visually-hidden"> campaign</span>`,
		`<span class="count">2</span><span class="visually-hidden"> campaigns</span>`)
	lacks(t, "facets", body, `<span class="count">1</span><span class="visually-hidden"> campaigns</span>`)
}
