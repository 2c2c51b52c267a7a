package site

import (
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"undersigned/index"
)

// Defaults of a new Server.
const (
	// DefaultFeedItems is the number of events a feed carries.
	DefaultFeedItems = 50
	// DefaultDigestWeeks is the number of weeks the digest feed carries.
	DefaultDigestWeeks = 26
)

// Server serves the site from a catalogue. Make it with New, set its
// exported fields, then serve Handler.
type Server struct {
	// Index is the catalogue the site reads.
	Index *index.Index
	// Logger receives internal errors (at error level) and one line per
	// request (at debug level).
	Logger *slog.Logger
	// Now is the clock; it decides when a failing feed is dead.
	Now func() time.Time
	// BaseURL is the site's absolute URL ("https://undersigned.example"),
	// used for links in feeds, the API and the data package; empty means
	// derived from each request's Host. An https BaseURL also turns on
	// Strict-Transport-Security.
	BaseURL string
	// FeedItems is the number of events a feed carries; DigestWeeks the
	// number of weeks a digest feed carries.
	FeedItems   int
	DigestWeeks int

	pages   *pages
	buildID string
}

// New returns a Server reading ix, with defaults set. It parses the
// embedded templates and panics if one is broken.
func New(ix *index.Index) *Server {
	return &Server{
		Index:       ix,
		Logger:      slog.Default(),
		Now:         time.Now,
		FeedItems:   DefaultFeedItems,
		DigestWeeks: DefaultDigestWeeks,
		pages:       mustParsePages(),
		buildID:     buildID(),
	}
}

// Handler returns the site's HTTP handler: every route, wrapped in the
// middleware that sets security headers, compresses, recovers and logs.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()

	// Pages.
	mux.HandleFunc("GET /{$}", s.handleHome)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /companies", s.handleCompanies)
	mux.HandleFunc("GET /agencies", s.handleAgencies)
	mux.HandleFunc("GET /company/{name}", s.handleCompany)
	mux.HandleFunc("GET /agency/{name}", s.handleAgency)
	mux.HandleFunc("GET /campaign/{id}", s.handleCampaign)
	mux.HandleFunc("GET /sources", s.handleSources)
	mux.HandleFunc("GET /sample/{name}", s.handleSample)

	// Feeds: campaign events, and a weekly digest of them.
	mux.HandleFunc("GET /feed.xml", s.handleFeed(formatRSS))
	mux.HandleFunc("GET /feed.atom", s.handleFeed(formatAtom))
	mux.HandleFunc("GET /feed.json", s.handleFeed(formatJSONFeed))
	mux.HandleFunc("GET /digest.xml", s.handleDigest(formatRSS))
	mux.HandleFunc("GET /digest.atom", s.handleDigest(formatAtom))
	mux.HandleFunc("GET /digest.json", s.handleDigest(formatJSONFeed))

	// Exports.
	mux.HandleFunc("GET /export.csv", s.handleExport(index.FormatCSV, ""))
	mux.HandleFunc("GET /export.json", s.handleExport(index.FormatJSON, ""))
	mux.HandleFunc("GET /data/datapackage.json", s.handleDataPackage)
	mux.HandleFunc("GET /data/campaigns.csv", s.handleExport(index.FormatCSV, levelCampaigns))
	mux.HandleFunc("GET /data/mentions.csv", s.handleExport(index.FormatCSV, levelMentions))

	// JSON API.
	mux.HandleFunc("GET /api/{$}", s.handleAPIIndex)
	mux.HandleFunc("GET /api/campaigns", s.handleAPICampaigns)
	mux.HandleFunc("GET /api/campaigns/{id}", s.handleAPICampaign)
	mux.HandleFunc("GET /api/mentions", s.handleAPIMentions)
	mux.HandleFunc("GET /api/companies", s.handleAPICompanies)
	mux.HandleFunc("GET /api/agencies", s.handleAPIAgencies)
	mux.HandleFunc("GET /api/sources", s.handleAPISources)

	// Static files.
	mux.HandleFunc("GET /static/{file}", s.handleStatic)
	mux.HandleFunc("GET /favicon.ico", s.handleFavicon)
	mux.HandleFunc("GET /robots.txt", s.handleRobots)

	return s.middleware(s.withErrorPages(mux))
}

// withErrorPages serves the mux, replacing its plain-text 404 and 405
// answers (no route matched) with the site's own error pages.
func (s *Server) withErrorPages(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := mux.Handler(r); pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		mux.ServeHTTP(&unmatchedWriter{ResponseWriter: w, s: s, r: r}, r)
	})
}

// unmatchedWriter turns the mux's answer to a request no route matched
// into an error page with the same status (and Allow header).
type unmatchedWriter struct {
	http.ResponseWriter
	s    *Server
	r    *http.Request
	done bool
}

func (u *unmatchedWriter) WriteHeader(code int) {
	if u.done {
		return
	}
	u.done = true
	err := errNotFound
	if code == http.StatusMethodNotAllowed {
		err = errMethod
	}
	u.s.fail(u.ResponseWriter, u.r, err)
}

func (u *unmatchedWriter) Write(b []byte) (int, error) {
	if !u.done {
		u.WriteHeader(http.StatusNotFound)
	}
	return len(b), nil
}

// Errors of requests no route matches.
var (
	errNotFound = &siteError{kind: index.ErrNotFound, msg: "there is no page at this address"}
	errMethod   = &siteError{kind: errMethodKind, msg: "this address only answers GET and HEAD"}
	// errMethodKind marks a method the route does not answer.
	errMethodKind = errors.New("site: method not allowed")
)

// middleware wraps every response: security headers, gzip, panic recovery
// and a debug log line.
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		// HSTS binds browsers to HTTPS for a year: only a site configured
		// as HTTPS asks it, never a client's X-Forwarded-Proto.
		setSecurityHeaders(w.Header(), r.URL.Path, strings.HasPrefix(strings.ToLower(s.BaseURL), "https://"))
		sw := &statusWriter{ResponseWriter: w}
		gz := newGzipWriter(sw, r)
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					gz.abandon()
					panic(v)
				}
				s.Logger.Error("site: panic", "path", r.URL.Path, "panic", v)
				if !sw.wrote {
					gz.abandon()
					s.fail(sw, r, errors.New("site: internal error"))
					return
				}
				gz.abandon()
				panic(http.ErrAbortHandler)
			}
			gz.Close()
			s.Logger.Debug("site: request", "method", r.Method, "path", r.URL.Path,
				"query", r.URL.RawQuery, "status", sw.code(), "duration_ms", time.Since(start).Milliseconds())
		}()
		next.ServeHTTP(gz, r)
	})
}

// statusWriter remembers the status written, for the log, and whether
// anything was written at all, for error handling.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.status, w.wrote = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *statusWriter) code() int {
	if w.status == 0 {
		return http.StatusOK
	}
	return w.status
}

// isAPI reports whether path is answered in JSON, errors included.
func isAPI(path string) bool { return strings.HasPrefix(path, "/api/") }
