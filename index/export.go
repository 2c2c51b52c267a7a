package index

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"undersigned/index/catalog"
)

// Export formats.
const (
	FormatCSV  = "csv"
	FormatJSON = "json"
)

// Column describes one column of an export table: its name, its Frictionless
// Table Schema type ("string", "integer", "date", "boolean", "array") and
// what it means. The same list drives the CSV header, the JSON keys, the
// README's data dictionary and the site's datapackage.json.
type Column struct {
	Name        string
	Type        string
	Description string
	// Sep joins the items of an array column in CSV.
	Sep string
}

// MentionColumns are the columns of the mentions table, in order. The first
// nine are a contract; later ones may be added, never reordered.
var MentionColumns = []Column{
	{Name: "article_url", Type: "string", Description: "Canonical URL of the article that reports the action (final URL after redirects, rel=canonical, tracking parameters removed)."},
	{Name: "published", Type: "date", Description: "The article's first-publication date (YYYY-MM-DD), from the page, else from its feed."},
	{Name: "title", Type: "string", Description: "The article's headline."},
	{Name: "company", Type: "string", Description: "Canonical name of the company whose workers acted (Alphabet and Googlers are Google, AWS is Amazon)."},
	{Name: "agency", Type: "string", Description: "Government target: the gazetteer's canonical name (CBP, ICE, DHS, Pentagon, US Army, Police, Israel...), or the body as the article names it when the gazetteer lacks it (a state agency such as Texas Department of Public Safety, a foreign body such as Ministry of National Defense, or the one police or prison body an article names, such as Atlanta Police Department); empty when the action has no government target."},
	{Name: "action", Type: "string", Description: "What the workers did: letter, petition, walkout, protest, sit-in, strike, resignation, union drive or other (see cait_action)."},
	{Name: "signatures", Type: "integer", Description: "The count the article gives for this company's action: signers of a letter or petition, participants in a walkout or protest. Empty when the article gives none or only a vague amount (see count_text)."},
	{Name: "contract_value_usd", Type: "integer", Description: "Value in US dollars of the company's contract with the target as the article states it ($19.4 million = 19400000); empty when none is stated."},
	{Name: "evidence", Type: "string", Description: "The sentence(s) of the article that support this row, quoted from its main text; several are joined by \" … \". A fact stated in a table or fact box is quoted as its row, written \"Label: value | Label: value\" (\"Company: GitHub | Target: ICE | Signers: 200+\")."},
	{Name: "count_qualifier", Type: "string", Description: "The hedge the article puts on the count, kept apart from the number: \"more than\", \"about\", \"at least\", \"nearly\"...; empty for an exact count."},
	{Name: "count_text", Type: "string", Description: "The count as written (\"more than 650 employees\", \"hundreds of workers\"); a vague amount keeps its words here and leaves signatures empty."},
	{Name: "event_date", Type: "date", Description: "Date of the action where the article gives one (YYYY-MM-DD), which may differ from published; empty otherwise."},
	{Name: "target", Type: "string", Description: "The target in the article's own words (\"Customs and Border Protection\", \"Project Nimbus\", \"climate\")."},
	{Name: "in_gazetteer", Type: "boolean", Description: "true when the company is in undersigned's gazetteer; false when it was recognised only from how the text speaks of its workers, so it can be reviewed."},
	{Name: "count_kind", Type: "string", Description: "What the count counts: signatures or participants; empty without a count."},
	{Name: "earlier_counts", Type: "array", Sep: ";", Description: "Smaller figures the same article gives for the same action before the latest one (\"first 300, now 500\" gives 300), separated by \";\"."},
	{Name: "campaign_id", Type: "string", Description: "ID of the campaign (company and target) this mention belongs to; see the campaigns table."},
	{Name: "site_name", Type: "string", Description: "Name of the publication, where the page gives it."},
	{Name: "cait_action", Type: "string", Description: "The action in the vocabulary of the Collective Actions in Tech dataset's actions column (letter = \"open letter\"), for joining with it."},
	{Name: "issue", Type: "string", Description: "Short slug of a non-government target (climate, harassment, censorship...); empty when agency is set."},
	{Name: "outcome", Type: "string", Description: "The company's answer where the article reports one: contract dropped, contract not renewed, contract renewed, contract kept, demands met or workers fired; the sentence is in evidence."},
	{Name: "copy_of", Type: "string", Description: "Empty for the article itself. A syndicated copy of the story (the same text under another URL) gets a row of its own with its URL in article_url and the original's URL here; its other fields repeat the original's. Keep rows with an empty copy_of to count each story once."},
}

// CampaignColumns are the columns of the campaigns table, in order. The
// first nine are a contract; later ones may be added, never reordered.
var CampaignColumns = []Column{
	{Name: "campaign_id", Type: "string", Description: "Stable, readable ID: company and target slugs (salesforce-cbp), the company without the corporate words its name ends with (lumora-ice for Lumora Systems, so that reports naming it short and in full are one campaign). Also the campaign page's path: /campaign/{campaign_id}; an ID that a newer catalogue replaced redirects there."},
	{Name: "company", Type: "string", Description: "Canonical name of the company whose workers acted, in the fullest form its reports give (Lumora Systems where one report says Lumora)."},
	{Name: "agency", Type: "string", Description: "Government target, canonical or as the article names it (see the mentions column); empty for campaigns with no government target (see target and issue)."},
	{Name: "action", Type: "string", Description: "The campaign's main action: the one most reported (see actions for all)."},
	{Name: "signatures", Type: "integer", Description: "The largest count any source reports for the campaign; empty when none gives a number."},
	{Name: "first_reported", Type: "date", Description: "Publication date of the earliest source (YYYY-MM-DD)."},
	{Name: "last_reported", Type: "date", Description: "Publication date of the latest source (YYYY-MM-DD)."},
	{Name: "articles", Type: "integer", Description: "Number of distinct articles reporting the campaign; syndicated copies of one story count once."},
	{Name: "sources", Type: "array", Sep: " ", Description: "Canonical URLs of those articles, oldest first, separated by one space."},
	{Name: "count_history", Type: "array", Sep: ";", Description: "Every dated figure the campaign's largest count was given (figures of the same action, so a letter's growing signatures are not mixed with a dozen resignations), oldest first, as YYYY-MM-DD:N pairs separated by \";\". The date is the event date where a source gives one, else its publication date."},
	{Name: "target", Type: "string", Description: "The target in the sources' own words (the most frequent wording)."},
	{Name: "issue", Type: "string", Description: "Short slug of a non-government target; empty when agency is set."},
	{Name: "in_gazetteer", Type: "boolean", Description: "true when the company is in undersigned's gazetteer."},
	{Name: "actions", Type: "array", Sep: ";", Description: "Every action reported for the campaign, most reported first, separated by \";\"."},
	{Name: "count_qualifier", Type: "string", Description: "The hedge on the largest count (\"more than\"...)."},
	{Name: "count_text", Type: "string", Description: "A vague amount (\"hundreds\") when no source gives a number."},
	{Name: "contract_value_usd", Type: "integer", Description: "The largest contract value (USD) any source states for the company's contract with the target."},
	{Name: "agency_name", Type: "string", Description: "Full name of the agency (U.S. Customs and Border Protection)."},
	{Name: "cait_action", Type: "string", Description: "The main action in the Collective Actions in Tech dataset's vocabulary."},
	{Name: "outcome", Type: "string", Description: "The company's answer as the latest source reporting one tells it (contract dropped, contract not renewed, contract renewed, contract kept, demands met, workers fired); empty while none does."},
	{Name: "outcome_source", Type: "string", Description: "URL of the source that reports the outcome."},
}

func dateValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.DateOnly)
}

func intValue[T int | int64](n T) any {
	if n == 0 {
		return nil
	}
	return int64(n)
}

func stringDate(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// mentionValues returns a row's values in MentionColumns order.
func mentionValues(r *MentionRow) []any {
	var qual, text, kind string
	earlier := []int64{}
	sig := 0
	if c := r.Count; c != nil {
		qual, text, kind, sig = c.Qualifier, c.Text, c.Kind, c.N
		for _, e := range c.Earlier {
			earlier = append(earlier, int64(e))
		}
	}
	return []any{r.ArticleURL, dateValue(r.Published), r.Title, r.Company, r.Agency, r.Action,
		intValue(sig), intValue(r.ContractValueUSD), r.EvidenceText(), qual, text, stringDate(r.EventDate),
		r.Target, r.InGazetteer, kind, earlier, r.CampaignID, r.SiteName, catalog.CAITAction(r.Action), r.Issue,
		r.Outcome, r.CopyOf}
}

// campaignValues returns a campaign's values in CampaignColumns order.
func campaignValues(c *Campaign) []any {
	var hist []string
	for _, f := range c.CountSeries() {
		hist = append(hist, f.Date.Format(time.DateOnly)+":"+strconv.Itoa(f.Count))
	}
	return []any{c.ID, c.Company, c.Agency, c.Action, intValue(c.Signatures), dateValue(c.FirstReported),
		dateValue(c.LastReported), int64(c.Articles()), c.SourceURLs(), hist, c.Target, c.Issue,
		c.InGazetteer, c.Actions, c.Qualifier, c.CountText, intValue(c.ContractValueUSD), c.AgencyName,
		catalog.CAITAction(c.Action), c.Outcome, c.OutcomeURL}
}

// Encoder writes rows of one table as CSV (RFC 4180, UTF-8, header first)
// or as a JSON array of objects keyed by column name, streaming.
type Encoder struct {
	cols   []Column
	format string
	bw     *bufio.Writer
	cw     *csv.Writer
	n      int
}

// NewEncoder returns an encoder of cols in format (FormatCSV or FormatJSON)
// writing to w; the CSV header is written at once.
func NewEncoder(w io.Writer, format string, cols []Column) (*Encoder, error) {
	e := &Encoder{cols: cols, format: format, bw: bufio.NewWriterSize(w, 64<<10)}
	switch format {
	case FormatCSV:
		e.cw = csv.NewWriter(e.bw)
		e.cw.UseCRLF = true // RFC 4180 records end in CRLF
		names := make([]string, len(cols))
		for i, c := range cols {
			names[i] = c.Name
		}
		if err := e.cw.Write(names); err != nil {
			return nil, err
		}
	case FormatJSON:
		if _, err := e.bw.WriteString("["); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: export format %q (want csv or json)", ErrInvalid, format)
	}
	return e, nil
}

// EncodeMention writes one mentions-table row, then one for each
// syndicated copy of its article (copy_of set to the article's URL).
func (e *Encoder) EncodeMention(r *MentionRow) error {
	if err := e.encode(mentionValues(r)); err != nil {
		return err
	}
	for _, u := range r.Copies {
		c := *r
		c.ArticleURL, c.CopyOf, c.Copies = u, r.ArticleURL, nil
		if err := e.encode(mentionValues(&c)); err != nil {
			return err
		}
	}
	return nil
}

// EncodeCampaign writes one campaigns-table row.
func (e *Encoder) EncodeCampaign(c *Campaign) error { return e.encode(campaignValues(c)) }

func (e *Encoder) encode(vals []any) error {
	e.n++
	if e.cw != nil {
		rec := make([]string, len(vals))
		for i, v := range vals {
			rec[i] = csvCell(v, e.cols[i])
		}
		return e.cw.Write(rec)
	}
	if e.n > 1 {
		e.bw.WriteString(",")
	}
	e.bw.WriteString("\n{")
	for i, v := range vals {
		if i > 0 {
			e.bw.WriteString(",")
		}
		k, _ := json.Marshal(e.cols[i].Name)
		e.bw.Write(k)
		e.bw.WriteString(":")
		if l, ok := v.([]string); ok && l == nil {
			v = []string{}
		}
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		e.bw.Write(b)
	}
	_, err := e.bw.WriteString("}")
	return err
}

// csvCell formats one value. A text cell that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) is neutralised
// with a leading apostrophe (OWASP); numbers stay numbers.
func csvCell(v any, col Column) string {
	switch v := v.(type) {
	case nil:
		return ""
	case int64:
		return strconv.FormatInt(v, 10)
	case bool:
		return strconv.FormatBool(v)
	case []string:
		return neutralise(strings.Join(v, col.Sep))
	case []int64:
		out := make([]string, len(v))
		for i, n := range v {
			out[i] = strconv.FormatInt(n, 10)
		}
		return strings.Join(out, col.Sep)
	case string:
		return neutralise(v)
	}
	return neutralise(fmt.Sprint(v))
}

func neutralise(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// Close finishes the table and flushes it, returning any write error.
func (e *Encoder) Close() error {
	if e.cw != nil {
		e.cw.Flush()
		if err := e.cw.Error(); err != nil {
			return err
		}
	} else {
		if e.n > 0 {
			e.bw.WriteString("\n")
		}
		e.bw.WriteString("]\n")
	}
	return e.bw.Flush()
}
