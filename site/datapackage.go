package site

import (
	"bytes"
	"net/http"
	"strings"
	"time"

	"undersigned/index"
)

// The data package describes the two export tables as a Frictionless Data
// Package (https://specs.frictionlessdata.io/data-package/) with a Table
// Schema for each, built from index.CampaignColumns and
// index.MentionColumns — the one data dictionary — so the CSV files load
// typed into pandas, R or a database. Its resources point at
// /data/campaigns.csv and /data/mentions.csv, next to it, so the relative
// paths work whether the package is read from the site or downloaded.

type dataPackage struct {
	Profile     string         `json:"profile"`
	Name        string         `json:"name"`
	Title       string         `json:"title"`
	Description string         `json:"description"`
	Homepage    string         `json:"homepage"`
	Version     string         `json:"version"`
	Created     string         `json:"created,omitempty"`
	Keywords    []string       `json:"keywords"`
	Resources   []dataResource `json:"resources"`
}

type dataResource struct {
	Profile     string      `json:"profile"`
	Name        string      `json:"name"`
	Title       string      `json:"title"`
	Description string      `json:"description"`
	Path        string      `json:"path"`
	Format      string      `json:"format"`
	MediaType   string      `json:"mediatype"`
	Encoding    string      `json:"encoding"`
	Dialect     csvDialect  `json:"dialect"`
	Schema      tableSchema `json:"schema"`
}

type csvDialect struct {
	Delimiter      string `json:"delimiter"`
	DoubleQuote    bool   `json:"doubleQuote"`
	QuoteChar      string `json:"quoteChar"`
	LineTerminator string `json:"lineTerminator"`
	Header         bool   `json:"header"`
}

type tableSchema struct {
	Fields        []schemaField   `json:"fields"`
	MissingValues []string        `json:"missingValues"`
	PrimaryKey    []string        `json:"primaryKey,omitempty"`
	ForeignKeys   []schemaForeign `json:"foreignKeys,omitempty"`
}

type schemaField struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Format      string   `json:"format,omitempty"`
	Description string   `json:"description"`
	TrueValues  []string `json:"trueValues,omitempty"`
	FalseValues []string `json:"falseValues,omitempty"`
}

type schemaForeign struct {
	Fields    []string         `json:"fields"`
	Reference schemaForeignRef `json:"reference"`
}

type schemaForeignRef struct {
	Resource string   `json:"resource"`
	Fields   []string `json:"fields"`
}

// schemaFields turns export columns into Table Schema fields. The CSV
// writes an array column as one string, its items joined by the column's
// separator, so it is described as a string that says so.
func schemaFields(cols []index.Column) []schemaField {
	out := make([]schemaField, len(cols))
	for i, c := range cols {
		f := schemaField{Name: c.Name, Type: c.Type, Description: c.Description}
		switch c.Type {
		case "array":
			f.Type = "string"
			sep := `one space`
			if c.Sep != " " {
				sep = `"` + c.Sep + `"`
			}
			f.Description = strings.TrimSpace(f.Description + " In CSV: a list, its items separated by " + sep + ".")
		case "date":
			f.Format = "default" // YYYY-MM-DD
		case "boolean":
			f.TrueValues, f.FalseValues = []string{"true"}, []string{"false"}
		}
		out[i] = f
	}
	return out
}

// csvLineTerminator returns the line ending index's CSV encoder writes, so
// the package describes the files as they are.
func csvLineTerminator() string {
	var b bytes.Buffer
	if enc, err := index.NewEncoder(&b, index.FormatCSV, index.CampaignColumns); err == nil && enc.Close() == nil &&
		bytes.HasSuffix(b.Bytes(), []byte("\r\n")) {
		return "\r\n"
	}
	return "\n"
}

// newDataPackage describes the exports of the site at base.
func newDataPackage(base string, changed time.Time) *dataPackage {
	dialect := csvDialect{Delimiter: ",", DoubleQuote: true, QuoteChar: `"`, LineTerminator: csvLineTerminator(), Header: true}
	p := &dataPackage{
		Profile:     "tabular-data-package",
		Name:        "undersigned",
		Title:       "undersigned: tech-worker activism in the news",
		Description: "Collective actions by workers of technology companies (open letters, petitions, walkouts, protests, resignations) about what their employer does, as news reports give them: one row per campaign (one company's workers against one target) and one row per mention (one action one article reports), each with its sources and the quoted evidence. Text that a spreadsheet would run as a formula starts with an apostrophe.",
		Homepage:    base + "/",
		Version:     "1.0.0",
		Keywords:    []string{"tech workers", "activism", "open letters", "petitions", "walkouts", "government contracts"},
		Resources: []dataResource{
			{
				Profile: "tabular-data-resource", Name: "campaigns", Title: "Campaigns",
				Description: "One row per campaign: one company's workers against one target, with the largest count any source reports and every source. The same table is at /export.csv, which takes search filters.",
				Path:        "campaigns.csv", Format: "csv", MediaType: "text/csv", Encoding: "utf-8", Dialect: dialect,
				Schema: tableSchema{Fields: schemaFields(index.CampaignColumns), MissingValues: []string{""},
					PrimaryKey: []string{"campaign_id"}},
			},
			{
				Profile: "tabular-data-resource", Name: "mentions", Title: "Mentions",
				Description: "One row per worker action one article reports, with the evidence sentence(s). The same table is at /export.csv?level=mentions, which takes search filters.",
				Path:        "mentions.csv", Format: "csv", MediaType: "text/csv", Encoding: "utf-8", Dialect: dialect,
				Schema: tableSchema{Fields: schemaFields(index.MentionColumns), MissingValues: []string{""},
					ForeignKeys: []schemaForeign{{Fields: []string{"campaign_id"},
						Reference: schemaForeignRef{Resource: "campaigns", Fields: []string{"campaign_id"}}}}},
			},
		},
	}
	if !changed.IsZero() {
		p.Created = changed.UTC().Format(time.RFC3339)
	}
	return p
}

// handleDataPackage serves /data/datapackage.json.
func (s *Server) handleDataPackage(w http.ResponseWriter, r *http.Request) {
	if s.notModified(w, r, cachePage) {
		return
	}
	_, changed := s.Index.Generation()
	writeJSON(w, http.StatusOK, newDataPackage(s.base(r), changed))
}
