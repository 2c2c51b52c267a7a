// Package sample holds undersigned's embedded sample corpus: a dozen short
// articles the project wrote itself about real tech-worker actions (and one
// control story with none), so that a new install shows a working catalogue
// without network. `serve` ingests them on first start through the same
// extraction and catalogue as crawled pages; the site serves them at
// /sample/{name} so their source links work offline.
package sample

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// BaseURL prefixes the URL of every sample article. The .invalid domain is
// reserved (RFC 2606): it says plainly that these are not pages on the web.
const BaseURL = "https://sample.undersigned.invalid/"

// FeedURL is recorded as the feed of every sample article.
const FeedURL = BaseURL + "feed.xml"

//go:embed pages/*.html
var pages embed.FS

// Page is one sample article.
type Page struct {
	// Name is the file name ("google-maven-letter.html").
	Name string
	// URL is BaseURL + Name.
	URL  string
	HTML []byte
}

// Pages returns every sample article, by name.
func Pages() []Page {
	ents, _ := fs.ReadDir(pages, "pages")
	var out []Page
	for _, e := range ents {
		b, err := pages.ReadFile(path.Join("pages", e.Name()))
		if err != nil {
			continue
		}
		out = append(out, Page{Name: e.Name(), URL: BaseURL + e.Name(), HTML: b})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Lookup returns the HTML of the sample article called name, and whether
// there is one.
func Lookup(name string) ([]byte, bool) {
	if strings.ContainsAny(name, "/\\") || !strings.HasSuffix(name, ".html") {
		return nil, false
	}
	b, err := pages.ReadFile(path.Join("pages", name))
	return b, err == nil
}

// LocalPath maps the URL of a sample article to the site path that serves
// it ("/sample/x.html"), and reports whether u is a sample URL.
func LocalPath(u string) (string, bool) {
	name, ok := strings.CutPrefix(u, BaseURL)
	if !ok || name == "" {
		return "", false
	}
	return "/sample/" + name, true
}
