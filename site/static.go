package site

import (
	"mime"
	"net/http"
	"path"

	"undersigned/index/sample"
)

// handleStatic serves the embedded static files. A fingerprinted URL
// (?v= the file's hash, as templates write it) may be cached for good.
func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	b, err := staticFS.ReadFile("static/" + name)
	if err != nil {
		s.fail(w, r, notFoundf("there is no static file %q", name))
		return
	}
	cache := "public, max-age=3600"
	if v := r.URL.Query().Get("v"); v != "" && v == staticHashes[name] {
		cache = cacheStatic
	}
	writeValidated(w, r, contentType(name), cache, b)
}

func contentType(name string) string {
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		return ct
	}
	return "application/octet-stream"
}

// handleFavicon serves the icon where browsers look for it by default.
func (s *Server) handleFavicon(w http.ResponseWriter, r *http.Request) {
	b, _ := staticFS.ReadFile("static/favicon.svg")
	writeValidated(w, r, "image/svg+xml", "public, max-age=86400", b)
}

// robots asks crawlers to leave the heavy data routes alone.
const robots = `User-agent: *
Disallow: /export.
Disallow: /data/
Disallow: /api/
`

// handleRobots serves /robots.txt.
func (s *Server) handleRobots(w http.ResponseWriter, r *http.Request) {
	writeValidated(w, r, "text/plain; charset=utf-8", "public, max-age=86400", []byte(robots))
}

// handleSample serves /sample/{name}: the embedded sample articles, so the
// sample corpus's source links work offline.
func (s *Server) handleSample(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	b, ok := sample.Lookup(name)
	if !ok {
		s.fail(w, r, notFoundf("there is no sample article %q", name))
		return
	}
	writeValidated(w, r, "text/html; charset=utf-8", "public, max-age=86400", b)
}
