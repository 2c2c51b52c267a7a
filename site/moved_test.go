package site

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"testing"

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
