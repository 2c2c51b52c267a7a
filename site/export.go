package site

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"

	"undersigned/index"
	"undersigned/index/catalog"
)

// Export levels: one row per campaign or per mention.
const (
	levelCampaigns = "campaigns"
	levelMentions  = "mentions"
)

// downloadLinks returns the exports of a scope (search parameters).
func downloadLinks(scope url.Values) []feedLink {
	return []feedLink{
		{Label: "campaigns (CSV)", Type: "text/csv", Href: href("/export.csv", scope)},
		{Label: "mentions (CSV)", Type: "text/csv", Href: href("/export.csv", with(scope, paramLevel, levelMentions))},
		{Label: "campaigns (JSON)", Type: "application/json", Href: href("/export.json", scope)},
		{Label: "mentions (JSON)", Type: "application/json", Href: href("/export.json", with(scope, paramLevel, levelMentions))},
	}
}

// handleExport serves /export.{csv,json}?level=campaigns|mentions with
// every search filter (and ?campaign=ID): every matching row, streamed,
// no cap. A non-empty level fixes the level (the data package's files).
func (s *Server) handleExport(format, level string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		lv := level
		if lv == "" {
			lv = r.URL.Query().Get(paramLevel)
		}
		switch lv {
		case "":
			lv = levelCampaigns
		case levelCampaigns, levelMentions:
		default:
			s.fail(w, r, invalidf("level %q is not campaigns or mentions", lv))
			return
		}
		q, ok := s.begin(w, r, cachePage)
		if !ok {
			return
		}
		scope := filterValues(r, paramCampaign)
		if q.Campaign != "" {
			// An unknown campaign is a 404, not an empty table.
			if _, err := s.Index.Campaign(r.Context(), q.Campaign); err != nil {
				if !s.redirectMoved(w, r, err, q.Campaign, paramTo(r)) {
					s.fail(w, r, err)
				}
				return
			}
		}
		h := w.Header()
		if format == index.FormatCSV {
			h.Set("Content-Type", "text/csv; charset=utf-8; header=present")
		} else {
			h.Set("Content-Type", "application/json; charset=utf-8")
		}
		h.Set("Content-Disposition", `attachment; filename="`+exportFilename(lv, scope, format)+`"`)
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return
		}
		tw := &trackingWriter{w: w}
		err := s.writeExport(r, tw, format, lv, q)
		if err == nil {
			return
		}
		if !tw.wrote {
			s.fail(w, r, err)
			return
		}
		// Half a file is worse than none: break the connection so the
		// client sees the download fail, and log it — unless the client
		// went away, which is no fault of ours.
		if !errors.Is(r.Context().Err(), context.Canceled) {
			s.Logger.Error("site: export failed mid-stream", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
		}
		panic(http.ErrAbortHandler)
	}
}

func (s *Server) writeExport(r *http.Request, w io.Writer, format, level string, q index.Query) error {
	ctx := r.Context()
	cols := index.CampaignColumns
	if level == levelMentions {
		cols = index.MentionColumns
	}
	enc, err := index.NewEncoder(w, format, cols)
	if err != nil {
		return err
	}
	if level == levelMentions {
		err = s.Index.EachMention(ctx, q, enc.EncodeMention)
	} else {
		err = s.Index.EachCampaign(ctx, q, enc.EncodeCampaign)
	}
	if err != nil {
		// Not Close: what is still buffered never reaches the client, so an
		// early failure can still be answered with an error status.
		return err
	}
	return enc.Close()
}

// trackingWriter records whether anything reached the client, so that an
// error before the first byte can still be answered properly.
type trackingWriter struct {
	w     io.Writer
	wrote bool
}

func (t *trackingWriter) Write(b []byte) (int, error) {
	if len(b) > 0 {
		t.wrote = true
	}
	return t.w.Write(b)
}

// exportFilename names a download after what it holds:
// undersigned-mentions-salesforce-cbp.csv.
func exportFilename(level string, scope url.Values, format string) string {
	parts := []string{"undersigned", level}
	for _, k := range append([]string{paramCampaign}, filterParams...) {
		if v := scope.Get(k); v != "" {
			if sl := catalog.Slug(v); sl != "" {
				parts = append(parts, sl)
			}
		}
	}
	name := strings.Join(parts, "-")
	if len(name) > 100 {
		name = strings.TrimRight(name[:100], "-")
	}
	return name + "." + format
}
