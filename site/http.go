package site

import (
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"undersigned/index"
)

// Cache-Control values. Pages and data revalidate after a minute (a 304
// costs little: ETags come from the catalogue's generation); feed readers
// may keep a feed a quarter of an hour; static files are fingerprinted.
const (
	cachePage   = "public, max-age=60"
	cacheFeed   = "public, max-age=900"
	cacheStatic = "public, max-age=31536000, immutable"
	cacheNone   = "no-store"
	cacheHealth = "no-cache"
)

// contentSecurityPolicy allows the site's own CSS and images (and inline
// SVG data), no script, no frames, forms only to the site.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// setSecurityHeaders sets the headers every response carries. Data meant
// for other programs (API, feeds, exports) may be read cross-origin. A site
// whose address is https asks browsers to keep to HTTPS.
func setSecurityHeaders(h http.Header, path string, https bool) {
	if https {
		h.Set("Strict-Transport-Security", "max-age=31536000")
	}
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if isData(path) {
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	} else {
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
	}
}

// isData reports whether path serves data for programs rather than pages.
func isData(path string) bool {
	return isAPI(path) || strings.HasPrefix(path, "/feed.") || strings.HasPrefix(path, "/digest.") ||
		strings.HasPrefix(path, "/export.") || strings.HasPrefix(path, "/data/")
}

// siteError is a user-facing failure: its kind (index.ErrNotFound,
// index.ErrInvalid...) decides the status, its message is shown.
type siteError struct {
	kind error
	msg  string
}

func (e *siteError) Error() string { return "site: " + e.msg }
func (e *siteError) Unwrap() error { return e.kind }

// invalidf returns an error of kind index.ErrInvalid.
func invalidf(format string, args ...any) error {
	return &siteError{kind: index.ErrInvalid, msg: fmt.Sprintf(format, args...)}
}

// notFoundf returns an error of kind index.ErrNotFound.
func notFoundf(format string, args ...any) error {
	return &siteError{kind: index.ErrNotFound, msg: fmt.Sprintf(format, args...)}
}

// statusOf maps an error's kind to its HTTP status. It is the one place
// that does.
func statusOf(err error) int {
	switch {
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, index.ErrInvalid):
		return http.StatusBadRequest
	case errors.Is(err, errMethodKind):
		return http.StatusMethodNotAllowed
	}
	return http.StatusInternalServerError
}

// publicMessage is what a visitor is told about err: the problem for their
// own mistakes, nothing of the internals otherwise.
func publicMessage(err error, status int) string {
	if status == http.StatusInternalServerError {
		return "Something went wrong on our side. The error has been logged."
	}
	var se *siteError
	if errors.As(err, &se) {
		return upperFirst(se.msg)
	}
	msg := err.Error()
	if _, rest, ok := strings.Cut(msg, "invalid input: "); ok {
		msg = rest
	} else if status == http.StatusNotFound {
		msg = "not found"
	}
	return upperFirst(msg)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// fail answers a request with the error err: its status by kind, a JSON
// body under /api/ and for .json paths, an HTML page elsewhere. Only
// internal errors are logged, and not when the client went away.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	if status == http.StatusInternalServerError && !errors.Is(r.Context().Err(), context.Canceled) {
		s.Logger.Error("site: request failed", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
	}
	h := w.Header()
	for _, k := range []string{"ETag", "Last-Modified", "Content-Disposition", "Content-Length", "Content-Encoding"} {
		h.Del(k)
	}
	h.Set("Cache-Control", cacheNone)
	msg := publicMessage(err, status)
	if isAPI(r.URL.Path) || strings.HasSuffix(r.URL.Path, ".json") {
		writeJSON(w, status, apiError{Error: apiErrorBody{Status: status, Message: msg}})
		return
	}
	s.renderError(w, r, status, msg)
}

// writeJSON writes v as indented JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, "site: encode json: "+err.Error(), http.StatusInternalServerError)
		return
	}
	b = append(b, '\n')
	writeBody(w, status, "application/json; charset=utf-8", b)
}

// writeBody writes a complete body.
func writeBody(w http.ResponseWriter, status int, contentType string, b []byte) {
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(status)
	w.Write(b)
}

// notModified sets the validators of a response derived from the
// catalogue — an ETag from the catalogue's generation, the site's build and
// the request, and Last-Modified from when the catalogue last changed — and
// the cache policy; it answers 304 and returns true when the client's copy
// is current.
func (s *Server) notModified(w http.ResponseWriter, r *http.Request, cacheControl string) bool {
	return s.notModifiedBy(w, r, cacheControl, "", time.Time{})
}

// notModifiedBy is notModified for a response that also depends on
// something besides the catalogue: key joins the ETag, and since, when
// later than the catalogue's last change, is the Last-Modified (the start
// of the week a digest leaves out).
func (s *Server) notModifiedBy(w http.ResponseWriter, r *http.Request, cacheControl, key string, since time.Time) bool {
	gen, changed := s.Index.Generation()
	etag := weakETag(s.buildID, strconv.FormatUint(gen, 10), s.base(r), r.URL.Path, canonicalQuery(r.URL), key)
	if since.After(changed) {
		changed = since
	}
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", cacheControl)
	if !changed.IsZero() {
		h.Set("Last-Modified", changed.UTC().Format(http.TimeFormat))
	}
	return checkNotModified(w, r, etag, changed)
}

// writeValidated writes a body whose ETag is its own hash, for responses
// that do not follow the catalogue's generation (feed health).
func writeValidated(w http.ResponseWriter, r *http.Request, contentType, cacheControl string, b []byte) {
	etag := weakETag(contentType, string(b))
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", cacheControl)
	if checkNotModified(w, r, etag, time.Time{}) {
		return
	}
	writeBody(w, http.StatusOK, contentType, b)
}

// weakETag hashes parts into a weak entity tag: weak, because the same
// representation is served gzipped or not.
func weakETag(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return `W/"` + hex.EncodeToString(h.Sum(nil)[:12]) + `"`
}

// canonicalQuery returns the query string with its keys sorted.
func canonicalQuery(u *url.URL) string { return u.Query().Encode() }

// checkNotModified evaluates If-None-Match (weak comparison), else
// If-Modified-Since, and writes 304 when the client's copy is current.
func checkNotModified(w http.ResponseWriter, r *http.Request, etag string, modified time.Time) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return false
	}
	fresh := false
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		fresh = etagMatches(inm, etag)
	} else if ims := r.Header.Get("If-Modified-Since"); ims != "" && !modified.IsZero() {
		t, err := http.ParseTime(ims)
		fresh = err == nil && !modified.Truncate(time.Second).After(t)
	}
	if !fresh {
		return false
	}
	h := w.Header()
	h.Del("Content-Type")
	h.Del("Content-Length")
	w.WriteHeader(http.StatusNotModified)
	return true
}

// etagMatches reports whether an If-None-Match list names etag, comparing
// weakly (W/ prefixes ignored).
func etagMatches(list, etag string) bool {
	want := strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(list, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == want {
			return true
		}
	}
	return false
}

// base returns the site's absolute URL without a trailing slash: BaseURL,
// else the scheme and host of the request.
func (s *Server) base(r *http.Request) string {
	if s.BaseURL != "" {
		return strings.TrimRight(s.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	host := r.Host
	if host == "" {
		host = "localhost"
	}
	return scheme + "://" + host
}

// gzipWriter compresses compressible responses for clients that accept
// gzip. It decides when the status is written, from the Content-Type.
type gzipWriter struct {
	http.ResponseWriter
	accepts  bool
	decided  bool
	gz       *gzip.Writer
	closeErr error
}

var gzipPool = sync.Pool{New: func() any { return gzip.NewWriter(nil) }}

func newGzipWriter(w http.ResponseWriter, r *http.Request) *gzipWriter {
	return &gzipWriter{ResponseWriter: w, accepts: acceptsGzip(r.Header.Get("Accept-Encoding"))}
}

func (g *gzipWriter) decide(code int) {
	if g.decided {
		return
	}
	g.decided = true
	h := g.Header()
	if !strings.Contains(strings.ToLower(strings.Join(h.Values("Vary"), ",")), "accept-encoding") {
		h.Add("Vary", "Accept-Encoding")
	}
	if !g.accepts || code < 200 || code == http.StatusNoContent || code == http.StatusNotModified ||
		h.Get("Content-Encoding") != "" || !compressible(h.Get("Content-Type")) {
		return
	}
	h.Del("Content-Length")
	h.Set("Content-Encoding", "gzip")
	g.gz = gzipPool.Get().(*gzip.Writer)
	g.gz.Reset(g.ResponseWriter)
}

func (g *gzipWriter) WriteHeader(code int) {
	g.decide(code)
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if !g.decided {
		if g.Header().Get("Content-Type") == "" {
			g.Header().Set("Content-Type", http.DetectContentType(b))
		}
		g.WriteHeader(http.StatusOK)
	}
	if g.gz != nil {
		return g.gz.Write(b)
	}
	return g.ResponseWriter.Write(b)
}

// Flush sends what is compressed so far, for streamed exports.
func (g *gzipWriter) Flush() {
	if g.gz != nil {
		g.gz.Flush()
	}
	if f, ok := g.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (g *gzipWriter) Unwrap() http.ResponseWriter { return g.ResponseWriter }

// Close finishes the gzip stream.
func (g *gzipWriter) Close() error {
	if g.gz == nil {
		return nil
	}
	err := g.gz.Close()
	gzipPool.Put(g.gz)
	g.gz = nil
	return err
}

// abandon drops the gzip stream unfinished, when the response is aborted.
func (g *gzipWriter) abandon() { g.gz = nil }

// acceptsGzip reports whether an Accept-Encoding header accepts gzip.
func acceptsGzip(header string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(p), "q="); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					q = f
				}
			}
		}
		switch name {
		case "gzip", "x-gzip":
			return q > 0
		case "*":
			star = q > 0
		}
	}
	return star
}

// compressible reports whether a content type is worth gzipping.
func compressible(contentType string) bool {
	ct, _, _ := strings.Cut(strings.ToLower(contentType), ";")
	ct = strings.TrimSpace(ct)
	switch {
	case strings.HasPrefix(ct, "text/"),
		ct == "application/json", ct == "application/xml", ct == "image/svg+xml",
		strings.HasSuffix(ct, "+json"), strings.HasSuffix(ct, "+xml"):
		return true
	}
	return false
}
