package site

import (
	"net/http"
	"strings"
	"testing"
)

// TestRoutes requests every route and checks status, content type and a
// piece of the body.
func TestRoutes(t *testing.T) {
	h := shared(t)
	tests := []struct {
		name, target string
		status       int
		ctype        string
		body         []string
	}{
		{"home", "/", 200, "text/html; charset=utf-8", []string{"Latest campaigns", "Palantir workers vs. ICE", `href="/company/Palantir"`, `<form class="search-form home" id="search-form" role="search"`}},
		{"search", "/search?q=letter", 200, "text/html; charset=utf-8", []string{"Search results", `value="letter"`, "Narrow the results"}},
		{"search empty", "/search", 200, "text/html; charset=utf-8", []string{"Search campaigns", "6 campaigns"}},
		{"companies", "/companies", 200, "text/html; charset=utf-8", []string{"<h1>Companies</h1>", `href="/company/Wayfair"`}},
		{"agencies", "/agencies", 200, "text/html; charset=utf-8", []string{"Government targets", `href="/agency/ORR"`}},
		{"company", "/company/Palantir", 200, "text/html; charset=utf-8", []string{"<h1>Palantir</h1>", "Palantir workers vs. ICE", `role="img"`}},
		{"agency", "/agency/ICE", 200, "text/html; charset=utf-8", []string{"<h1>ICE</h1>", "U.S. Immigration and Customs Enforcement", "Microsoft workers vs. ICE", "Palantir workers vs. ICE"}},
		{"campaign", "/campaign/palantir-ice", 200, "text/html; charset=utf-8", []string{"Palantir workers vs. ICE", "more than 200 signatures", "https://wire.test/palantir-ice-200", "About 60 Palantir employees have signed a letter"}},
		{"sources", "/sources", 200, "text/html; charset=utf-8", []string{"Feed health", "https://gone.test/atom", ">dead<"}},
		{"sample", "/sample/salesforce-cbp-letter.html", 200, "text/html; charset=utf-8", []string{"Salesforce"}},
		{"feed rss", "/feed.xml", 200, "application/rss+xml; charset=utf-8", []string{"<rss", "urn:undersigned:event:palantir-ice/grew/"}},
		{"feed atom", "/feed.atom", 200, "application/atom+xml; charset=utf-8", []string{"<feed", "urn:undersigned:event:"}},
		{"feed json", "/feed.json", 200, "application/feed+json; charset=utf-8", []string{`"version": "https://jsonfeed.org/version/1.1"`}},
		{"digest rss", "/digest.xml", 200, "application/rss+xml; charset=utf-8", []string{"urn:undersigned:digest:2019-W34"}},
		{"digest atom", "/digest.atom", 200, "application/atom+xml; charset=utf-8", []string{"urn:undersigned:digest:"}},
		{"digest json", "/digest.json", 200, "application/feed+json; charset=utf-8", []string{"urn:undersigned:digest:"}},
		{"export csv", "/export.csv", 200, "text/csv; charset=utf-8; header=present", []string{"campaign_id,company,agency,action,signatures,first_reported,last_reported,articles,sources"}},
		{"export json", "/export.json?level=mentions", 200, "application/json; charset=utf-8", []string{`"article_url"`}},
		{"data package", "/data/datapackage.json", 200, "application/json; charset=utf-8", []string{`"tabular-data-package"`}},
		{"data campaigns", "/data/campaigns.csv", 200, "text/csv; charset=utf-8; header=present", []string{"campaign_id,"}},
		{"data mentions", "/data/mentions.csv", 200, "text/csv; charset=utf-8; header=present", []string{"article_url,published,title,company,agency,action,signatures,contract_value_usd,evidence"}},
		{"api index", "/api/", 200, "application/json; charset=utf-8", []string{"/api/campaigns"}},
		{"api campaigns", "/api/campaigns", 200, "application/json; charset=utf-8", []string{`"total": 6`}},
		{"api campaign", "/api/campaigns/palantir-ice", 200, "application/json; charset=utf-8", []string{`"id": "palantir-ice"`, `"events"`}},
		{"api mentions", "/api/mentions", 200, "application/json; charset=utf-8", []string{`"article_url"`}},
		{"api companies", "/api/companies", 200, "application/json; charset=utf-8", []string{`"name": "Palantir"`}},
		{"api agencies", "/api/agencies", 200, "application/json; charset=utf-8", []string{`"full_name": "U.S. Immigration and Customs Enforcement"`}},
		{"api sources", "/api/sources", 200, "application/json; charset=utf-8", []string{`"dead": 1`}},
		{"static css", "/static/style.css", 200, "text/css; charset=utf-8", []string{"--accent"}},
		{"static svg", "/static/favicon.svg", 200, "image/svg+xml", []string{"<svg"}},
		{"favicon", "/favicon.ico", 200, "image/svg+xml", []string{"<svg"}},
		{"robots", "/robots.txt", 200, "text/plain; charset=utf-8", []string{"Disallow: /api/"}},
		{"unknown page", "/no/such/page", 404, "text/html; charset=utf-8", []string{"Not found", "no page at this address"}},
		{"unknown campaign", "/campaign/nobody-nothing", 404, "text/html; charset=utf-8", []string{"Not found"}},
		{"unknown company", "/company/Nobody%20Corp", 404, "text/html; charset=utf-8", []string{"Nobody Corp"}},
		{"unknown agency", "/agency/Atlantis", 404, "text/html; charset=utf-8", []string{"Atlantis"}},
		{"unknown sample", "/sample/nope.html", 404, "text/html; charset=utf-8", []string{"nope.html"}},
		{"unknown static", "/static/nope.css", 404, "text/html; charset=utf-8", []string{"nope.css"}},
		{"unknown api", "/api/nothing", 404, "application/json; charset=utf-8", []string{`"status": 404`}},
		{"unknown api campaign", "/api/campaigns/nobody-nothing", 404, "application/json; charset=utf-8", []string{`"status": 404`}},
		{"bad query", "/search?q=%22unclosed", 400, "text/html; charset=utf-8", []string{"unterminated quote", `id="error-q" type="search" name="q" value="&#34;unclosed"`}},
		{"bad feed query", "/feed.xml?min=lots", 400, "text/html; charset=utf-8", []string{"min=&#34;lots&#34; is not a whole number"}},
		{"bad api query", "/api/campaigns?q=title%3A", 400, "application/json; charset=utf-8", []string{`"status": 400`, "syntax error"}},
		{"bad export level", "/export.csv?level=everything", 400, "text/html; charset=utf-8", []string{"everything&#34; is not campaigns or mentions"}},
		{"bad export json", "/export.json?sort=sideways", 400, "application/json; charset=utf-8", []string{`"status": 400`, "sideways"}},
		{"unknown feed campaign", "/feed.xml?campaign=nobody-nothing", 404, "text/html; charset=utf-8", []string{"Not found"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, h, tt.target)
			if rec.Code != tt.status {
				t.Fatalf("GET %s: status %d, want %d; body: %.400s", tt.target, rec.Code, tt.status, rec.Body.String())
			}
			if got := rec.Header().Get("Content-Type"); got != tt.ctype {
				t.Errorf("GET %s: content type %q, want %q", tt.target, got, tt.ctype)
			}
			contains(t, tt.target, rec.Body.String(), tt.body...)
		})
	}
}

// TestHTMLPages checks what every HTML page shares: language, skip link,
// one h1, the stylesheet, no script, no external resource.
func TestHTMLPages(t *testing.T) {
	h := shared(t)
	for _, target := range []string{"/", "/search?q=ice", "/companies", "/agencies", "/company/Google", "/agency/CBP",
		"/campaign/palantir-ice", "/sources", "/nope", "/search?q=%22x"} {
		rec := get(t, h, target)
		body := rec.Body.String()
		contains(t, target, body, `<html lang="en">`, `<a class="skip-link" href="#main">`, `<main id="main"`,
			`<meta name="viewport"`, `<link rel="stylesheet" href="/static/style.css?v=`)
		if n := strings.Count(body, "<h1"); n != 1 {
			t.Errorf("%s: %d h1 elements, want 1", target, n)
		}
		lacks(t, target, body, "<script", "http://fonts.", "https://fonts.", " style=")
		// Every form field has a label.
		for _, id := range []string{`id="q"`, `id="header-q"`, `id="min"`, `id="max"`, `id="sort"`} {
			if strings.Contains(body, id) {
				forID := `for="` + strings.TrimSuffix(strings.TrimPrefix(id, `id="`), `"`) + `"`
				contains(t, target+" label", body, forID)
			}
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := shared(t)
	for _, target := range []string{"/", "/campaign/palantir-ice", "/feed.xml", "/export.csv", "/api/campaigns", "/nope", "/static/style.css"} {
		rec := get(t, h, target)
		hd := rec.Header()
		csp := hd.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "style-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", target, csp, want)
			}
		}
		for name, want := range map[string]string{
			"X-Content-Type-Options": "nosniff",
			"X-Frame-Options":        "DENY",
			"Referrer-Policy":        "no-referrer",
		} {
			if got := hd.Get(name); got != want {
				t.Errorf("%s: %s %q, want %q", target, name, got, want)
			}
		}
		if hd.Get("Permissions-Policy") == "" {
			t.Errorf("%s: no Permissions-Policy", target)
		}
	}
	// Data may be read cross-origin; pages may not be embedded.
	if got := get(t, h, "/api/campaigns").Header().Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("api: Access-Control-Allow-Origin %q, want *", got)
	}
	if got := get(t, h, "/").Header().Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("home: Access-Control-Allow-Origin %q, want none", got)
	}
	// HTTPS is required only of a site whose address is https, whatever
	// a client's X-Forwarded-Proto says.
	if got := get(t, h, "/").Header().Get("Strict-Transport-Security"); got != "" {
		t.Errorf("plain HTTP: Strict-Transport-Security %q", got)
	}
	if got := get(t, h, "/", "X-Forwarded-Proto", "https").Header().Get("Strict-Transport-Security"); got != "" {
		t.Errorf("X-Forwarded-Proto: https without an https BaseURL: Strict-Transport-Security %q", got)
	}
	s := newTestServer(sharedIndex)
	s.BaseURL = "https://undersigned.example"
	if got := get(t, s.Handler(), "/").Header().Get("Strict-Transport-Security"); got != "max-age=31536000" {
		t.Errorf("https BaseURL: Strict-Transport-Security %q, want max-age=31536000", got)
	}
	s.BaseURL = "http://undersigned.example"
	if got := get(t, s.Handler(), "/", "X-Forwarded-Proto", "https").Header().Get("Strict-Transport-Security"); got != "" {
		t.Errorf("http BaseURL: Strict-Transport-Security %q", got)
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h := shared(t)
	rec := do(t, h, http.MethodPost, "/search")
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST /search: status %d, want 405", rec.Code)
	}
	if allow := rec.Header().Get("Allow"); !strings.Contains(allow, "GET") {
		t.Errorf("POST /search: Allow %q, want GET", allow)
	}
	contains(t, "405 page", rec.Body.String(), "only answers GET and HEAD", `<html lang="en">`)
	rec = do(t, h, http.MethodDelete, "/api/campaigns")
	if rec.Code != http.StatusMethodNotAllowed || !strings.Contains(rec.Body.String(), `"status": 405`) {
		t.Errorf("DELETE /api/campaigns: %d %s, want a JSON 405", rec.Code, rec.Body.String())
	}
}

func TestHead(t *testing.T) {
	h := shared(t)
	for _, target := range []string{"/", "/campaign/palantir-ice", "/feed.atom", "/export.csv?level=mentions", "/api/companies"} {
		got := do(t, h, http.MethodHead, target)
		want := get(t, h, target)
		if got.Code != http.StatusOK {
			t.Errorf("HEAD %s: status %d, want 200", target, got.Code)
		}
		if g, w := got.Header().Get("Content-Type"), want.Header().Get("Content-Type"); g != w {
			t.Errorf("HEAD %s: content type %q, want %q as GET", target, g, w)
		}
		if g, w := got.Header().Get("ETag"), want.Header().Get("ETag"); g != w {
			t.Errorf("HEAD %s: ETag %q, want %q as GET", target, g, w)
		}
	}
}

func TestEscapesCrawledText(t *testing.T) {
	h := shared(t)
	for _, target := range []string{"/campaign/microsoft-ice", "/company/Microsoft", "/search?q=microsoft", "/", "/sources"} {
		body := mustGet(t, h, target).Body.String()
		lacks(t, target, body, "<script", "<b>away</b>")
	}
	body := mustGet(t, h, "/campaign/microsoft-ice").Body.String()
	contains(t, "campaign page", body, "Microsoft staff &lt;script&gt;alert(1)&lt;/script&gt; protest ICE deal")
	contains(t, "sources page", mustGet(t, h, "/sources").Body.String(), "Gone &lt;b&gt;away&lt;/b&gt;")
}

func TestAliasRedirects(t *testing.T) {
	h := shared(t)
	tests := []struct{ target, location string }{
		{"/company/google", "/company/Google"},
		{"/company/Alphabet", "/company/Google"},
		{"/agency/ice", "/agency/ICE"},
		{"/agency/Immigration%20and%20Customs%20Enforcement", "/agency/ICE"},
	}
	for _, tt := range tests {
		rec := get(t, h, tt.target)
		if rec.Code != http.StatusMovedPermanently {
			t.Errorf("GET %s: status %d, want 301", tt.target, rec.Code)
			continue
		}
		if got := rec.Header().Get("Location"); got != tt.location {
			t.Errorf("GET %s: Location %q, want %q", tt.target, got, tt.location)
		}
	}
}
