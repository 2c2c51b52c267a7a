package site

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"maps"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"undersigned/index"
	"undersigned/index/sample"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages holds one parsed template set per page, each the layout, the
// shared partials and the page's own content.
type pages struct {
	byName map[string]*template.Template
}

// pageNames are the pages in templates/, besides layout and partials.
var pageNames = []string{"home", "search", "entity", "entities", "campaign", "sources", "error"}

// mustParsePages parses every page at start-up; a broken template panics,
// so it stops boot rather than a request.
func mustParsePages() *pages {
	p := &pages{byName: map[string]*template.Template{}}
	shared := template.Must(template.New("layout.html").Funcs(templateFuncs).
		ParseFS(templateFS, "templates/layout.html", "templates/partials.html", "templates/chart.html"))
	for _, name := range pageNames {
		t := template.Must(template.Must(shared.Clone()).ParseFS(templateFS, "templates/"+name+".html"))
		p.byName[name] = t
	}
	return p
}

// base is what the layout needs from every page.
type base struct {
	// Title is the page's title, before " · undersigned".
	Title string
	// Description is the page's meta description.
	Description string
	// Nav names the navigation item of the current page.
	Nav string
	// Query is the text in the search box.
	Query string
	// OwnSearch hides the header's search box on pages that have their
	// own search form.
	OwnSearch bool
	// Feeds are the page's feeds, linked for autodiscovery in <head> and
	// shown in the page.
	Feeds []feedLink
	// Downloads are the page's exports.
	Downloads []feedLink
}

// feedLink is one feed or download offered by a page: Label is its link
// text, Title its autodiscovery title.
type feedLink struct {
	Label string
	Title string
	Type  string
	Href  string
}

// TypeAttr is the link's type attribute, written as is: html/template
// would write the "+" of "application/rss+xml" as "&#43;", which
// autodiscovery that reads raw HTML misses. Types are the site's own
// constants, never input.
func (l feedLink) TypeAttr() template.HTMLAttr {
	return template.HTMLAttr(`type="` + template.HTMLEscapeString(l.Type) + `"`)
}

// render writes the page name with data, status 200, after the page is
// fully rendered (a template error becomes a 500, not half a page).
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	s.renderStatus(w, r, http.StatusOK, name, data)
}

func (s *Server) renderStatus(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages.byName[name].ExecuteTemplate(&buf, "layout.html", data); err != nil {
		if status == http.StatusOK {
			s.fail(w, r, err)
			return
		}
		s.Logger.Error("site: render error page", "page", name, "err", err)
		http.Error(w, http.StatusText(status), status)
		return
	}
	writeBody(w, status, "text/html; charset=utf-8", buf.Bytes())
}

// errorPage is the data of the error page.
type errorPage struct {
	base
	Status  int
	Heading string
	Message string
}

// renderError writes the error page.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	heading := http.StatusText(status)
	switch status {
	case http.StatusNotFound:
		heading = "Not found"
	case http.StatusBadRequest:
		heading = "That request does not work"
	}
	s.renderStatus(w, r, status, "error", &errorPage{
		base:    base{Title: heading, OwnSearch: true, Query: r.URL.Query().Get(paramText)},
		Status:  status,
		Heading: heading,
		Message: msg,
	})
}

// templateFuncs are the helpers templates use. None returns raw HTML:
// everything a template prints goes through html/template's escaping.
var templateFuncs = template.FuncMap{
	"asset":        assetPath,
	"companyURL":   companyURL,
	"agencyURL":    agencyURL,
	"campaignURL":  campaignURL,
	"sourceHref":   sourceHref,
	"date":         displayDate,
	"isoDate":      isoDate,
	"num":          formatInt,
	"usd":          formatUSD,
	"target":       targetName,
	"campaignName": campaignName,
	"countLabel":   countLabel,
	"plural":       plural,
	"hostOf":       hostOf,
}

// companyURL returns the path of a company's page.
func companyURL(name string) string { return "/company/" + url.PathEscape(name) }

// agencyURL returns the path of an agency's page.
func agencyURL(name string) string { return "/agency/" + url.PathEscape(name) }

// campaignURL returns the path of a campaign's page.
func campaignURL(id string) string { return "/campaign/" + url.PathEscape(id) }

// sourceHref returns where a source link points: the site's own copy of a
// sample article, else the article's URL.
func sourceHref(u string) string {
	if p, ok := sample.LocalPath(u); ok {
		return p
	}
	return u
}

// hostOf returns the host of a URL, for showing where a link goes.
func hostOf(u string) string {
	if _, ok := sample.LocalPath(u); ok {
		return "sample corpus"
	}
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return strings.TrimPrefix(p.Host, "www.")
}

func displayDate(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format("2 Jan 2006")
}

func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// formatInt writes n with thousands separators: 20000 → "20,000".
func formatInt(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// formatUSD writes a dollar amount the way reports do: "$1.2 billion",
// "$479 million", "$200,000".
func formatUSD(n int64) string {
	scaled := func(v float64, unit string) string {
		s := strconv.FormatFloat(v, 'f', 1, 64)
		s = strings.TrimSuffix(s, ".0")
		return "$" + s + " " + unit
	}
	switch {
	case n >= 1_000_000_000:
		return scaled(float64(n)/1e9, "billion")
	case n >= 1_000_000:
		return scaled(float64(n)/1e6, "million")
	}
	return "$" + formatInt(int(n))
}

// targetName is the short name of a campaign's target: the canonical
// agency, else the issue, else the target as reported.
func targetName(c *index.Campaign) string {
	switch {
	case c.Agency != "":
		return c.Agency
	case c.Issue != "":
		return c.Issue
	case c.Target != "":
		return c.Target
	}
	return "other"
}

// campaignName names a campaign: "Salesforce workers vs. CBP".
func campaignName(c *index.Campaign) string {
	return c.Company + " workers vs. " + targetName(c)
}

// countLabel describes a campaign's largest count: "more than 650
// signatures", "about 20,000 participants", or the vague words reported.
func countLabel(c *index.Campaign) string {
	if c.Signatures == 0 {
		return vagueCount(c.CountText)
	}
	kind := "people"
	for _, s := range c.Sources {
		for _, m := range s.Mentions {
			if m.Count != nil && m.Count.N == c.Signatures && m.Count.Kind != "" {
				kind = m.Count.Kind
			}
		}
	}
	if c.Signatures == 1 {
		kind = strings.TrimSuffix(kind, "s")
	}
	out := formatInt(c.Signatures) + " " + kind
	if c.Qualifier != "" {
		out = c.Qualifier + " " + out
	}
	return out
}

// quantityWords start the vague counts reports write, capitalised when
// they open a sentence ("Dozens of Microsoft employees"); nothing that
// starts with one is a proper noun.
var quantityWords = map[string]bool{
	"a": true, "about": true, "almost": true, "an": true, "approximately": true, "around": true,
	"at": true, "countless": true, "dozens": true, "few": true, "hundreds": true, "many": true,
	"more": true, "multiple": true, "nearly": true, "numerous": true, "over": true, "roughly": true,
	"scores": true, "several": true, "some": true, "tens": true, "thousands": true, "up": true,
}

// vagueCount shows a vague count as written mid-line: lower-cased when it
// opens with a quantity word ("dozens of Microsoft employees"), else in
// quotes, as written.
func vagueCount(text string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	first, _, _ := strings.Cut(text, " ")
	if quantityWords[strings.ToLower(first)] {
		return strings.ToLower(first) + text[len(first):]
	}
	return "“" + text + "”"
}

// plural returns "1 campaign" or "3 campaigns".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return formatInt(n) + " " + many
}

// staticHashes maps each static file to the hash of its content, for
// fingerprinted URLs that can be cached for good.
var staticHashes = func() map[string]string {
	m := map[string]string{}
	fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		m[path.Base(p)] = hex.EncodeToString(sum[:8])
		return nil
	})
	return m
}()

// assetPath returns the fingerprinted path of a static file.
func assetPath(name string) string {
	return "/static/" + name + "?v=" + staticHashes[name]
}

// buildID identifies the templates and static files of this build, so
// that ETags change when the site does.
func buildID() string {
	h := sha256.New()
	fs.WalkDir(templateFS, "templates", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := templateFS.ReadFile(p)
			h.Write(b)
		}
		return nil
	})
	for _, name := range slices.Sorted(maps.Keys(staticHashes)) {
		h.Write([]byte(name + staticHashes[name]))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
