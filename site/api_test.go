package site

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// getJSON fetches target, checks its status and JSON type, and decodes it.
func getJSON(t *testing.T, h http.Handler, target string, status int, v any) {
	t.Helper()
	rec := get(t, h, target)
	if rec.Code != status {
		t.Fatalf("GET %s: status %d, want %d; body %.300s", target, rec.Code, status, rec.Body.String())
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("GET %s: content type %q", target, ct)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
}

type apiCampaignsPage struct {
	Total   int     `json:"total"`
	Page    int     `json:"page"`
	PerPage int     `json:"per_page"`
	Pages   int     `json:"pages"`
	Self    string  `json:"self"`
	Next    *string `json:"next"`
	Prev    *string `json:"prev"`
	Items   []struct {
		ID         string `json:"id"`
		Company    string `json:"company"`
		Signatures int    `json:"signatures"`
		URL        string `json:"url"`
		APIURL     string `json:"api_url"`
		Sources    []struct {
			URL string `json:"url"`
		} `json:"sources"`
	} `json:"items"`
	Facets struct {
		Company []struct {
			Value string `json:"value"`
			Count int    `json:"count"`
		} `json:"company"`
	} `json:"facets"`
	Links struct {
		HTML string `json:"html"`
		CSV  string `json:"csv"`
		RSS  string `json:"rss"`
	} `json:"links"`
}

func TestAPICampaignsPaging(t *testing.T) {
	h := shared(t)
	var p apiCampaignsPage
	getJSON(t, h, "/api/campaigns?sort=signatures&per_page=4", 200, &p)
	if p.Total != 6 || p.Page != 1 || p.PerPage != 4 || p.Pages != 2 || len(p.Items) != 4 {
		t.Fatalf("page 1: total %d page %d per_page %d pages %d items %d", p.Total, p.Page, p.PerPage, p.Pages, len(p.Items))
	}
	if p.Items[0].ID != "google-censorship" || p.Items[0].Signatures != 1400 {
		t.Errorf("first by signatures: %+v", p.Items[0])
	}
	if p.Prev != nil || p.Next == nil || !strings.Contains(*p.Next, "page=2") || !strings.Contains(*p.Next, "sort=signatures") {
		t.Fatalf("page 1 links: prev %v next %v", p.Prev, p.Next)
	}
	if p.Items[0].URL != "http://example.com/campaign/google-censorship" || p.Items[0].APIURL != "http://example.com/api/campaigns/google-censorship" {
		t.Errorf("item addresses: %q %q", p.Items[0].URL, p.Items[0].APIURL)
	}
	if len(p.Facets.Company) == 0 || p.Links.CSV != "http://example.com/export.csv" {
		t.Errorf("facets %+v links %+v", p.Facets, p.Links)
	}
	next := strings.TrimPrefix(*p.Next, "http://example.com")
	var p2 apiCampaignsPage
	getJSON(t, h, next, 200, &p2)
	if p2.Page != 2 || len(p2.Items) != 2 || p2.Next != nil || p2.Prev == nil {
		t.Fatalf("page 2: page %d items %d next %v prev %v", p2.Page, len(p2.Items), p2.Next, p2.Prev)
	}
	seen := map[string]bool{}
	for _, it := range append(p.Items, p2.Items...) {
		if seen[it.ID] {
			t.Errorf("%s on both pages", it.ID)
		}
		seen[it.ID] = true
	}
	if len(seen) != 6 {
		t.Errorf("%d distinct campaigns over two pages, want 6", len(seen))
	}
}

func TestAPICampaignsFilters(t *testing.T) {
	h := shared(t)
	var p apiCampaignsPage
	getJSON(t, h, "/api/campaigns?agency=ICE&q=letter", 200, &p)
	if p.Total != 2 {
		t.Errorf("agency=ICE&q=letter: total %d, want 2", p.Total)
	}
	if p.Links.HTML != "http://example.com/search?agency=ICE&q=letter" || p.Links.RSS != "http://example.com/feed.xml?agency=ICE&q=letter" {
		t.Errorf("links %+v", p.Links)
	}
	// One campaign stays one campaign in the links.
	getJSON(t, h, "/api/campaigns?campaign=palantir-ice", 200, &p)
	if p.Total != 1 || p.Links.HTML != "http://example.com/campaign/palantir-ice" || p.Links.RSS != "http://example.com/feed.xml?campaign=palantir-ice" {
		t.Errorf("campaign=palantir-ice: total %d, links %+v", p.Total, p.Links)
	}
}

func TestAPICampaign(t *testing.T) {
	h := shared(t)
	var c struct {
		ID      string `json:"id"`
		URL     string `json:"url"`
		History []struct {
			Date  string `json:"date"`
			Count int    `json:"count"`
		} `json:"history"`
		Events []struct {
			ID       string `json:"id"`
			Kind     string `json:"kind"`
			Count    int    `json:"count"`
			Previous int    `json:"previous"`
		} `json:"events"`
		Links struct {
			CSV string `json:"csv"`
		} `json:"links"`
	}
	getJSON(t, h, "/api/campaigns/palantir-ice", 200, &c)
	if c.ID != "palantir-ice" || len(c.History) != 2 || len(c.Events) != 3 {
		t.Fatalf("campaign %+v", c)
	}
	if c.Events[0].Kind != "grew" || c.Events[0].Count != 200 || c.Events[0].Previous != 60 {
		t.Errorf("newest event %+v, want the count growing to 200", c.Events[0])
	}
	if c.Links.CSV != "http://example.com/export.csv?campaign=palantir-ice&level=mentions" {
		t.Errorf("csv link %q", c.Links.CSV)
	}
	var e struct {
		Error struct {
			Status  int    `json:"status"`
			Message string `json:"message"`
		} `json:"error"`
	}
	getJSON(t, h, "/api/campaigns/no-such-thing", 404, &e)
	if e.Error.Status != 404 || e.Error.Message == "" {
		t.Errorf("error body %+v", e)
	}
	getJSON(t, h, "/api/campaigns?min=x", 400, &e)
	if e.Error.Status != 400 || !strings.Contains(e.Error.Message, "min") {
		t.Errorf("error body %+v", e)
	}
}

func TestAPIMentions(t *testing.T) {
	h := shared(t)
	var p struct {
		Total int `json:"total"`
		Items []struct {
			ArticleURL  string `json:"article_url"`
			Company     string `json:"company"`
			CampaignID  string `json:"campaign_id"`
			CampaignURL string `json:"campaign_url"`
			Evidence    []struct {
				Text string `json:"text"`
			} `json:"evidence"`
		} `json:"items"`
	}
	getJSON(t, h, "/api/mentions?company=Palantir&sort=oldest", 200, &p)
	if p.Total != 2 || len(p.Items) != 2 {
		t.Fatalf("total %d items %d, want 2", p.Total, len(p.Items))
	}
	if p.Items[0].ArticleURL != "https://news.test/2019/05/palantir-letter" || p.Items[0].CampaignURL != "http://example.com/campaign/palantir-ice" ||
		len(p.Items[0].Evidence) == 0 {
		t.Errorf("first mention %+v", p.Items[0])
	}
}

func TestAPICompaniesAndAgencies(t *testing.T) {
	h := shared(t)
	var companies struct {
		Total int `json:"total"`
		Items []struct {
			Name         string `json:"name"`
			Campaigns    int    `json:"campaigns"`
			LargestCount int    `json:"largest_count"`
			URL          string `json:"url"`
			CampaignsURL string `json:"campaigns_url"`
		} `json:"items"`
	}
	getJSON(t, h, "/api/companies", 200, &companies)
	if companies.Total != 6 || len(companies.Items) != 6 {
		t.Fatalf("%d companies, want 6", companies.Total)
	}
	for _, c := range companies.Items {
		if c.Name == "Palantir" && (c.Campaigns != 1 || c.LargestCount != 200 || c.URL != "http://example.com/company/Palantir" ||
			c.CampaignsURL != "http://example.com/api/campaigns?company=Palantir") {
			t.Errorf("Palantir: %+v", c)
		}
	}
	var agencies struct {
		Items []struct {
			Name      string `json:"name"`
			FullName  string `json:"full_name"`
			Campaigns int    `json:"campaigns"`
		} `json:"items"`
	}
	getJSON(t, h, "/api/agencies", 200, &agencies)
	if len(agencies.Items) == 0 || agencies.Items[0].Name != "ICE" || agencies.Items[0].Campaigns != 2 ||
		agencies.Items[0].FullName != "U.S. Immigration and Customs Enforcement" {
		t.Errorf("agencies: %+v", agencies.Items)
	}
}

func TestAPISources(t *testing.T) {
	h := shared(t)
	var rep struct {
		Total, OK, Failing, Dead int
		Items                    []struct {
			URL       string `json:"url"`
			Status    string `json:"status"`
			Dead      bool   `json:"dead"`
			LastError string `json:"last_error"`
			Failures  int    `json:"consecutive_failures"`
			ItemsSeen int    `json:"items_seen"`
		} `json:"items"`
	}
	getJSON(t, h, "/api/sources", 200, &rep)
	if rep.Total != 3 || rep.OK != 1 || rep.Failing != 1 || rep.Dead != 1 {
		t.Errorf("report %+v", rep)
	}
	for _, it := range rep.Items {
		want := map[string]string{"https://news.test/feed.xml": "ok", "https://flaky.test/rss": "failing", "https://gone.test/atom": "dead"}[it.URL]
		if it.Status != want || it.Dead != (want == "dead") {
			t.Errorf("%s: status %q dead %v, want %q", it.URL, it.Status, it.Dead, want)
		}
	}
}
