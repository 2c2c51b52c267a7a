package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// mappingVersion changes whenever the mapping below does; an index built
// with another version is rebuilt from the store.
const mappingVersion = "6"

// Document types in the search index.
const (
	typeCampaign = "campaign"
	typeMention  = "mention"
)

// campaignDoc is a campaign as the search index sees it.
type campaignDoc struct {
	Type       string   `json:"type"`
	Campaign   string   `json:"campaign"`
	Company    string   `json:"company"`
	CompanyKey string   `json:"company_key"`
	Agency     string   `json:"agency"`
	Action     []string `json:"action"`
	Year       []string `json:"year"`
	Signatures float64  `json:"signatures"`
	First      string   `json:"first_reported,omitempty"`
	Last       string   `json:"last_reported,omitempty"`
	Seen       string   `json:"last_seen,omitempty"`
	Text       string   `json:"text"`
}

// mentionDoc is one mention, with its article's text, as the search index
// sees it.
type mentionDoc struct {
	Type       string  `json:"type"`
	Campaign   string  `json:"campaign"`
	Company    string  `json:"company"`
	CompanyKey string  `json:"company_key"`
	Agency     string  `json:"agency"`
	Action     string  `json:"action"`
	Year       string  `json:"year"`
	Signatures float64 `json:"signatures"`
	Published  string  `json:"published,omitempty"`
	Text       string  `json:"text"`
}

// newMapping returns the one explicit mapping of the search index:
// English-analysed text, keyword company/agency/action/year, numeric
// signatures, datetime dates. Nothing goes into the catch-all _all field:
// queries without a field search "text", which holds titles, evidence,
// targets, company and agency names (and for mentions the article's text).
func newMapping() mapping.IndexMapping {
	kw := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.IncludeInAll = false
		f.Store = false
		f.DocValues = true
		return f
	}
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.IncludeInAll = false
		f.Store = false
		// Term positions: phrase queries ("open letter") need them.
		f.IncludeTermVectors = true
		f.DocValues = false
		return f
	}
	num := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.IncludeInAll = false
		f.Store = false
		return f
	}
	date := func() *mapping.FieldMapping {
		f := bleve.NewDateTimeFieldMapping()
		f.IncludeInAll = false
		f.Store = false
		return f
	}

	campaign := bleve.NewDocumentStaticMapping()
	campaign.AddFieldMappingsAt("type", kw())
	campaign.AddFieldMappingsAt("campaign", kw())
	campaign.AddFieldMappingsAt("company", kw())
	campaign.AddFieldMappingsAt("company_key", kw())
	campaign.AddFieldMappingsAt("agency", kw())
	campaign.AddFieldMappingsAt("action", kw())
	campaign.AddFieldMappingsAt("year", kw())
	campaign.AddFieldMappingsAt("signatures", num())
	campaign.AddFieldMappingsAt("first_reported", date())
	campaign.AddFieldMappingsAt("last_reported", date())
	campaign.AddFieldMappingsAt("last_seen", date())
	campaign.AddFieldMappingsAt("text", text())

	mention := bleve.NewDocumentStaticMapping()
	mention.AddFieldMappingsAt("type", kw())
	mention.AddFieldMappingsAt("campaign", kw())
	mention.AddFieldMappingsAt("company", kw())
	mention.AddFieldMappingsAt("company_key", kw())
	mention.AddFieldMappingsAt("agency", kw())
	mention.AddFieldMappingsAt("action", kw())
	mention.AddFieldMappingsAt("year", kw())
	mention.AddFieldMappingsAt("signatures", num())
	mention.AddFieldMappingsAt("published", date())
	mention.AddFieldMappingsAt("text", text())

	im := bleve.NewIndexMapping()
	im.TypeField = "type"
	im.DefaultType = "none"
	im.DefaultAnalyzer = en.AnalyzerName
	im.DefaultField = "text"
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.AddDocumentMapping(typeCampaign, campaign)
	im.AddDocumentMapping(typeMention, mention)
	return im
}

// BleveType tells bleve which document mapping applies.
func (campaignDoc) BleveType() string { return typeCampaign }

// BleveType tells bleve which document mapping applies.
func (mentionDoc) BleveType() string { return typeMention }
