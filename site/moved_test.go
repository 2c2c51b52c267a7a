package site

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"undersigned/index"
	"undersigned/index/catalog"
)

// A gazetteer edit that names a company otherwise moves its campaigns:
// the old addresses of the campaign's page, API record, feed and export
// redirect to the new ones, so that links and subscriptions keep working.
func TestMovedCampaignRedirects(t *testing.T) {
	ctx := context.Background()
	ix := newFixtureIndex(t, t.TempDir())
	t.Cleanup(func() { ix.Close() })
	h := newTestServer(ix).Handler()
	if rec := get(t, h, "/campaign/palantir-ice"); rec.Code != http.StatusOK {
		t.Fatalf("before: status %d", rec.Code)
	}

	// The new gazetteer files Palantir's staff under its parent, "Palantir
	// Holdings Group" (invented for the test).
	raw, err := os.ReadFile(filepath.Join("..", "index", "catalog", "gazetteer.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g map[string]any
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	companies := g["companies"].([]any)
	for i, c := range companies {
		if c.(map[string]any)["name"] == "Palantir" {
			companies[i] = map[string]any{"name": "Palantir Holdings Group", "aliases": []string{"Palantir", "Palantir Technologies"}}
		}
	}
	raw, err = json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if ix.Catalog, err = catalog.NewFrom(bytes.NewReader(raw)); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Reindex(ctx, nil); err != nil {
		t.Fatal(err)
	}

	tests := []struct{ target, want string }{
		{"/campaign/palantir-ice", "/campaign/palantir-holdings-group-ice"},
		{"/campaign/palantir-ice?from=mail", "/campaign/palantir-holdings-group-ice?from=mail"},
		{"/api/campaigns/palantir-ice", "/api/campaigns/palantir-holdings-group-ice"},
		{"/feed.xml?campaign=palantir-ice", "/feed.xml?campaign=palantir-holdings-group-ice"},
		{"/export.csv?campaign=palantir-ice&level=mentions", "/export.csv?campaign=palantir-holdings-group-ice&level=mentions"},
	}
	for _, tc := range tests {
		rec := get(t, h, tc.target)
		if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != tc.want {
			t.Errorf("%s: got %d to %q, want 301 to %s", tc.target, rec.Code, rec.Header().Get("Location"), tc.want)
			continue
		}
		if rec := get(t, h, tc.want); rec.Code != http.StatusOK {
			t.Errorf("%s: status %d", tc.want, rec.Code)
		}
	}
	// An ID that never was a campaign is still not found.
	for _, target := range []string{"/campaign/nobody-ice", "/api/campaigns/nobody-ice", "/feed.xml?campaign=nobody-ice"} {
		if rec := get(t, h, target); rec.Code != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", target, rec.Code)
		}
	}
	if _, err := ix.Campaign(ctx, "palantir-ice"); err == nil {
		t.Error("the old campaign is still stored")
	}
}

// A company one report names in full and another short is one company on
// the site: its short name leads to its page, and filters find its one
// campaign.
func TestCompanyShortAndFullName(t *testing.T) {
	ctx := context.Background()
	ix, err := index.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	for _, a := range []*index.Article{
		{URL: "https://news.test/lumora-letter", Title: "Lumora Systems staff object to ICE work", Published: day(2021, 3, 2),
			Text: "More than 400 Lumora Systems employees have signed a letter asking the company to end its contract with Immigration and Customs Enforcement.\n\nThe firm sells case-management software."},
		{URL: "https://wire.test/lumora-walkout", Title: "Lumora workers walk out", Published: day(2021, 4, 9),
			Text: "About 150 Lumora workers walked out on Thursday to protest the company's contract with Immigration and Customs Enforcement.\n\nOrganizers said their letter had gone unanswered."},
	} {
		if _, err := ix.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	h := newTestServer(ix).Handler()
	for _, target := range []string{"/company/Lumora", "/company/lumora%20systems"} {
		rec := get(t, h, target)
		if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "/company/Lumora%20Systems" {
			t.Errorf("%s: got %d to %q, want 301 to /company/Lumora%%20Systems", target, rec.Code, rec.Header().Get("Location"))
		}
	}
	contains(t, "company page", mustGet(t, h, "/company/Lumora%20Systems").Body.String(), "/campaign/lumora-ice")
	var res struct {
		Items []struct {
			ID      string `json:"id"`
			Company string `json:"company"`
		} `json:"items"`
	}
	getJSON(t, h, "/api/campaigns?company=lumora", 200, &res)
	if len(res.Items) != 1 || res.Items[0].ID != "lumora-ice" || res.Items[0].Company != "Lumora Systems" {
		t.Errorf("company=lumora: got %+v, want the one campaign lumora-ice of Lumora Systems", res.Items)
	}
}
