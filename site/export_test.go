package site

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"undersigned/index"
)

// readCSV fetches a CSV export and parses it with encoding/csv.
func readCSV(t *testing.T, h http.Handler, target string) (header []string, rows []map[string]string) {
	t.Helper()
	rec := mustGet(t, h, target)
	recs, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", target, err)
	}
	if len(recs) == 0 {
		t.Fatalf("%s: no header", target)
	}
	header = recs[0]
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, v := range r {
			m[header[i]] = v
		}
		rows = append(rows, m)
	}
	return header, rows
}

func columnNames(cols []index.Column) []string {
	var out []string
	for _, c := range cols {
		out = append(out, c.Name)
	}
	return out
}

func TestExportCSV(t *testing.T) {
	h := shared(t)
	header, rows := readCSV(t, h, "/export.csv")
	if !slices.Equal(header, columnNames(index.CampaignColumns)) {
		t.Errorf("campaigns header %q, want the contract's columns", header)
	}
	if len(rows) != 6 {
		t.Fatalf("%d campaign rows, want 6", len(rows))
	}
	byID := map[string]map[string]string{}
	for _, r := range rows {
		byID[r["campaign_id"]] = r
	}
	p := byID["palantir-ice"]
	if p == nil {
		t.Fatal("no palantir-ice row")
	}
	for col, want := range map[string]string{
		"company": "Palantir", "agency": "ICE", "action": "letter", "signatures": "200",
		"first_reported": "2019-05-03", "last_reported": "2019-08-20", "articles": "2",
		"sources":       "https://news.test/2019/05/palantir-letter https://wire.test/palantir-ice-200",
		"count_history": "2019-05-03:60;2019-08-20:200",
	} {
		if p[col] != want {
			t.Errorf("palantir-ice %s = %q, want %q", col, p[col], want)
		}
	}
	// Numbers stay numbers; no count stays empty.
	if _, err := strconv.Atoi(byID["salesforce-cbp"]["signatures"]); err != nil {
		t.Errorf("signatures %q is not a number", byID["salesforce-cbp"]["signatures"])
	}
	if w := byID["wayfair-orr"]; w["signatures"] != "" || w["count_text"] != "Hundreds of Wayfair employees" {
		t.Errorf("wayfair-orr: signatures %q count_text %q", w["signatures"], w["count_text"])
	}
}

func TestExportCSVHonoursFilters(t *testing.T) {
	h := shared(t)
	tests := []struct {
		query string
		ids   []string
	}{
		{"company=Palantir", []string{"palantir-ice"}},
		{"agency=ICE", []string{"microsoft-ice", "palantir-ice"}},
		{"q=censored", []string{"google-censorship"}},
		{"year=2018&action=letter", []string{"amazon-police", "google-censorship", "microsoft-ice", "salesforce-cbp"}},
		{"min=300&max=700", []string{"amazon-police", "salesforce-cbp"}},
		{"campaign=microsoft-ice", []string{"microsoft-ice"}},
		{"company=Nobody", nil},
	}
	for _, tt := range tests {
		_, rows := readCSV(t, h, "/export.csv?"+tt.query)
		var ids []string
		for _, r := range rows {
			ids = append(ids, r["campaign_id"])
		}
		slices.Sort(ids)
		if !slices.Equal(ids, tt.ids) {
			t.Errorf("%s: rows %q, want %q", tt.query, ids, tt.ids)
		}
	}
}

func TestExportMentionsCSV(t *testing.T) {
	h := shared(t)
	rec := mustGet(t, h, "/export.csv?level=mentions&campaign=palantir-ice")
	if got := rec.Header().Get("Content-Disposition"); got != `attachment; filename="undersigned-mentions-palantir-ice.csv"` {
		t.Errorf("Content-Disposition %q", got)
	}
	header, rows := readCSV(t, h, "/export.csv?level=mentions&campaign=palantir-ice")
	if !slices.Equal(header, columnNames(index.MentionColumns)) {
		t.Errorf("mentions header %q, want the contract's columns", header)
	}
	if len(rows) != 2 {
		t.Fatalf("%d mention rows, want 2", len(rows))
	}
	if rows[0]["published"] != "2019-05-03" || rows[0]["signatures"] != "60" || rows[1]["signatures"] != "200" ||
		rows[1]["count_qualifier"] != "more than" || rows[0]["campaign_id"] != "palantir-ice" {
		t.Errorf("rows: %v", rows)
	}
	if !strings.HasPrefix(rows[1]["evidence"], "More than 200 Palantir employees have now signed a letter") {
		t.Errorf("evidence %q", rows[1]["evidence"])
	}
	// Text a spreadsheet would run as a formula is neutralised.
	_, rows = readCSV(t, h, "/export.csv?level=mentions&company=Salesforce")
	if len(rows) != 1 || rows[0]["title"] != `'=HYPERLINK("http://evil.test") Salesforce staff letter` {
		t.Errorf("formula title: %v", rows)
	}
	// Every mention, no cap.
	_, rows = readCSV(t, h, "/data/mentions.csv")
	if len(rows) != 7 {
		t.Errorf("%d mentions in the full table, want 7", len(rows))
	}
}

func TestExportJSON(t *testing.T) {
	h := shared(t)
	rec := mustGet(t, h, "/export.json?agency=ICE")
	if got := rec.Header().Get("Content-Disposition"); got != `attachment; filename="undersigned-campaigns-ice.json"` {
		t.Errorf("Content-Disposition %q", got)
	}
	var rows []map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want 2", len(rows))
	}
	for _, r := range rows {
		if len(r) != len(index.CampaignColumns) {
			t.Errorf("row has %d keys, want %d", len(r), len(index.CampaignColumns))
		}
		if r["agency"] != "ICE" {
			t.Errorf("agency %v", r["agency"])
		}
		if _, ok := r["signatures"].(float64); !ok {
			t.Errorf("signatures %v is not a number", r["signatures"])
		}
		if _, ok := r["sources"].([]any); !ok {
			t.Errorf("sources %v is not an array", r["sources"])
		}
	}
	var mentions []map[string]any
	if err := json.Unmarshal(mustGet(t, h, "/export.json?level=mentions").Body.Bytes(), &mentions); err != nil {
		t.Fatal(err)
	}
	if len(mentions) != 7 {
		t.Errorf("%d mentions, want 7", len(mentions))
	}
	var empty []map[string]any
	if err := json.Unmarshal(mustGet(t, h, "/export.json?company=Nobody").Body.Bytes(), &empty); err != nil || len(empty) != 0 {
		t.Errorf("an empty export: %v %v", empty, err)
	}
}

func TestDataPackage(t *testing.T) {
	h := shared(t)
	var dp struct {
		Profile   string `json:"profile"`
		Name      string `json:"name"`
		Resources []struct {
			Name      string `json:"name"`
			Path      string `json:"path"`
			Profile   string `json:"profile"`
			Format    string `json:"format"`
			MediaType string `json:"mediatype"`
			Encoding  string `json:"encoding"`
			Dialect   struct {
				LineTerminator string `json:"lineTerminator"`
				Header         bool   `json:"header"`
			} `json:"dialect"`
			Schema struct {
				Fields []struct {
					Name        string `json:"name"`
					Type        string `json:"type"`
					Description string `json:"description"`
				} `json:"fields"`
				PrimaryKey  []string `json:"primaryKey"`
				ForeignKeys []struct {
					Fields    []string `json:"fields"`
					Reference struct {
						Resource string   `json:"resource"`
						Fields   []string `json:"fields"`
					} `json:"reference"`
				} `json:"foreignKeys"`
			} `json:"schema"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(mustGet(t, h, "/data/datapackage.json").Body.Bytes(), &dp); err != nil {
		t.Fatal(err)
	}
	if dp.Profile != "tabular-data-package" || dp.Name != "undersigned" || len(dp.Resources) != 2 {
		t.Fatalf("package %+v", dp)
	}
	tableSchemaTypes := []string{"string", "number", "integer", "boolean", "object", "array", "date", "time",
		"datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"}
	for i, cols := range [][]index.Column{index.CampaignColumns, index.MentionColumns} {
		res := dp.Resources[i]
		if res.Name != []string{"campaigns", "mentions"}[i] || res.Profile != "tabular-data-resource" ||
			res.Format != "csv" || res.MediaType != "text/csv" || res.Encoding != "utf-8" {
			t.Errorf("resource %d: %+v", i, res)
		}
		// The resource's path is served, next to the package, as described.
		raw := mustGet(t, h, "/data/"+res.Path).Body.String()
		if !res.Dialect.Header || !strings.HasSuffix(raw, res.Dialect.LineTerminator) ||
			(res.Dialect.LineTerminator == "\n" && strings.Contains(raw, "\r\n")) {
			t.Errorf("%s: dialect %+v does not describe the file", res.Name, res.Dialect)
		}
		if len(res.Schema.Fields) != len(cols) {
			t.Fatalf("%s: %d fields, want %d", res.Name, len(res.Schema.Fields), len(cols))
		}
		for j, c := range cols {
			f := res.Schema.Fields[j]
			if f.Name != c.Name {
				t.Errorf("%s field %d: %q, want %q", res.Name, j, f.Name, c.Name)
			}
			if !slices.Contains(tableSchemaTypes, f.Type) {
				t.Errorf("%s.%s: type %q is not a Table Schema type", res.Name, f.Name, f.Type)
			}
			if !strings.HasPrefix(f.Description, c.Description) {
				t.Errorf("%s.%s: description %q", res.Name, f.Name, f.Description)
			}
			if c.Type == "array" && (f.Type != "string" || !strings.Contains(f.Description, "separated by")) {
				t.Errorf("%s.%s: a list column described as %q: %q", res.Name, f.Name, f.Type, f.Description)
			}
			if c.Type != "array" && f.Type != c.Type {
				t.Errorf("%s.%s: type %q, want %q", res.Name, f.Name, f.Type, c.Type)
			}
		}
	}
	if pk := dp.Resources[0].Schema.PrimaryKey; !slices.Equal(pk, []string{"campaign_id"}) {
		t.Errorf("primary key %q", pk)
	}
	if fk := dp.Resources[1].Schema.ForeignKeys; len(fk) != 1 || fk[0].Reference.Resource != "campaigns" {
		t.Errorf("foreign keys %+v", fk)
	}
}

func TestExportFilename(t *testing.T) {
	tests := []struct {
		level, query, format, want string
	}{
		{"campaigns", "", "csv", "undersigned-campaigns.csv"},
		{"mentions", "company=AT%26T&q=cloud+contract", "json", "undersigned-mentions-cloud-contract-att.json"},
		{"campaigns", "campaign=salesforce-cbp&agency=CBP", "csv", "undersigned-campaigns-salesforce-cbp-cbp.csv"},
		{"campaigns", "q=%22%3B%0D%0A", "csv", "undersigned-campaigns.csv"},
	}
	for _, tt := range tests {
		v := parseValues(t, tt.query)
		if got := exportFilename(tt.level, v, tt.format); got != tt.want {
			t.Errorf("exportFilename(%s, %s) = %q, want %q", tt.level, tt.query, got, tt.want)
		}
	}
}

func parseValues(t *testing.T, query string) url.Values {
	t.Helper()
	v, err := url.ParseQuery(query)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestExportOutcome checks the outcome columns in both tables, their JSON
// keys and their place in the data package.
func TestExportOutcome(t *testing.T) {
	ix := newFixtureIndex(t, t.TempDir())
	defer ix.Close()
	putLaterReports(t, ix)
	h := newTestServer(ix).Handler()
	_, rows := readCSV(t, h, "/export.csv?campaign=palantir-ice")
	if len(rows) != 1 || rows[0]["outcome"] != "contract not renewed" || rows[0]["outcome_source"] != "https://wire.test/palantir-ice-renew" {
		t.Errorf("campaigns: %v, want the outcome and its source", rows)
	}
	_, rows = readCSV(t, h, "/export.csv?campaign=palantir-ice&level=mentions&sort=newest")
	if len(rows) != 4 || rows[0]["outcome"] != "contract not renewed" || rows[1]["outcome"] != "" {
		t.Errorf("mentions: %d rows, outcomes %q then %q", len(rows), rows[0]["outcome"], rows[1]["outcome"])
	}
	var js []map[string]any
	if err := json.Unmarshal(mustGet(t, h, "/export.json?campaign=palantir-ice").Body.Bytes(), &js); err != nil {
		t.Fatal(err)
	}
	if len(js) != 1 || js[0]["outcome"] != "contract not renewed" || js[0]["outcome_source"] != "https://wire.test/palantir-ice-renew" {
		t.Errorf("json export: %v", js)
	}
	var dp struct {
		Resources []struct {
			Name   string `json:"name"`
			Schema struct {
				Fields []struct {
					Name string `json:"name"`
				} `json:"fields"`
			} `json:"schema"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(mustGet(t, h, "/data/datapackage.json").Body.Bytes(), &dp); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"campaigns": {"outcome", "outcome_source"}, "mentions": {"outcome"}}
	for _, res := range dp.Resources {
		var names []string
		for _, f := range res.Schema.Fields {
			names = append(names, f.Name)
		}
		for _, w := range want[res.Name] {
			if !slices.Contains(names, w) {
				t.Errorf("data package: %s has no field %s", res.Name, w)
			}
		}
	}
}
