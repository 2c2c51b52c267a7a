package main

import (
	"context"
	"fmt"
	"io"

	"undersigned/index"
)

// runExport writes the campaigns or mentions matching the filters to stdout.
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg Config
	var format, level string
	var q index.Query
	fs := newFlagSet("export", "export [--data DIR] [--format csv|json] [--level campaigns|mentions] [filters]\n\nWrites every matching row to stdout; columns are described in README.md (data dictionary).", stderr)
	cfg.dataFlag(fs)
	fs.StringVar(&format, "format", "csv", "output format: csv (RFC 4180, UTF-8, header first) or json (an array of objects)")
	fs.StringVar(&level, "level", "campaigns", "table: campaigns (one row per company and target) or mentions (one row per action an article reports)")
	fs.StringVar(&q.Company, "company", "", "only this company (any alias, any case: Alphabet finds Google)")
	fs.StringVar(&q.Agency, "agency", "", "only this government target (CBP, ICE, Pentagon, Police... or an alias such as \"border patrol\")")
	fs.StringVar(&q.Action, "action", "", "only this action: letter, petition, walkout, protest, sit-in, strike, resignation, union drive, other")
	fs.StringVar(&q.Year, "year", "", "only reports from this year (2018)")
	fs.StringVar(&q.Text, "q", "", "full-text query in bleve query-string syntax (rekognition, \"project maven\", +police -amazon)")
	fs.IntVar(&q.MinSignatures, "min-signatures", 0, "only rows whose count is at least this")
	fs.IntVar(&q.MaxSignatures, "max-signatures", 0, "only rows whose count is at most this")
	fs.StringVar(&q.Sort, "sort", "oldest", "row order: oldest, newest, signatures, relevance")
	if err := parse(fs, args); err != nil {
		return err
	}
	if format != index.FormatCSV && format != index.FormatJSON {
		fmt.Fprintf(stderr, "undersigned export: --format %q: want csv or json\n", format)
		return errUsage
	}
	if level != "campaigns" && level != "mentions" {
		fmt.Fprintf(stderr, "undersigned export: --level %q: want campaigns or mentions\n", level)
		return errUsage
	}
	if err := index.ValidateQuery(q.Text); err != nil {
		fmt.Fprintf(stderr, "undersigned export: --q: %v\n", err)
		return errUsage
	}
	logger := newLogger(stderr, cfg.Verbose)
	ix, err := cfg.openIndex(ctx, logger)
	if err != nil {
		return err
	}
	defer ix.Close()
	if level == "mentions" {
		enc, err := index.NewEncoder(stdout, format, index.MentionColumns)
		if err != nil {
			return err
		}
		if err := ix.EachMention(ctx, q, enc.EncodeMention); err != nil {
			return err
		}
		return enc.Close()
	}
	enc, err := index.NewEncoder(stdout, format, index.CampaignColumns)
	if err != nil {
		return err
	}
	if err := ix.EachCampaign(ctx, q, enc.EncodeCampaign); err != nil {
		return err
	}
	return enc.Close()
}
