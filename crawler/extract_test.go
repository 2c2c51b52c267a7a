package crawler

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// golden is what testdata/pages/x.golden.json says ExtractArticle must make
// of testdata/pages/x.html. Empty optional fields are not checked.
type golden struct {
	URL            string   `json:"url"`
	ContentType    string   `json:"content_type"`
	Title          string   `json:"title"`
	SiteName       string   `json:"site_name"`
	Author         string   `json:"author"`
	Language       string   `json:"language"`
	Description    string   `json:"description"`
	Published      string   `json:"published"` // RFC 3339, offset included
	Canonical      string   `json:"canonical"`
	FirstParagraph string   `json:"first_paragraph"`
	LastParagraph  string   `json:"last_paragraph"`
	Include        []string `json:"include"`
	Exclude        []string `json:"exclude"`
}

func TestExtractArticleGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/pages/*.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 5 {
		t.Fatalf("found %d golden files, want at least 5", len(files))
	}
	for _, gf := range files {
		name := strings.TrimSuffix(filepath.Base(gf), ".golden.json")
		t.Run(name, func(t *testing.T) {
			var want golden
			data, err := os.ReadFile(gf)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("%s: %v", gf, err)
			}
			page, err := os.ReadFile(filepath.Join("testdata/pages", name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := ExtractArticle(want.URL, page, want.ContentType)
			if err != nil {
				t.Fatalf("ExtractArticle: %v", err)
			}
			check := func(field, got, want string) {
				t.Helper()
				if want != "" && got != want {
					t.Errorf("%s: got %q, want %q", field, got, want)
				}
			}
			check("title", a.Title, want.Title)
			check("site name", a.SiteName, want.SiteName)
			check("author", a.Author, want.Author)
			check("language", a.Language, want.Language)
			check("description", a.Description, want.Description)
			check("published", a.Published.Format(time.RFC3339), want.Published)
			check("canonical", a.URL, want.Canonical)
			paras := strings.Split(a.Text, "\n\n")
			check("first paragraph", paras[0], want.FirstParagraph)
			check("last paragraph", paras[len(paras)-1], want.LastParagraph)
			for _, s := range want.Include {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q; text:\n%s", s, a.Text)
				}
			}
			for _, s := range want.Exclude {
				if strings.Contains(a.Text, s) {
					t.Errorf("text has %q; text:\n%s", s, a.Text)
				}
			}
			if a.ExtractorVersion != ExtractorVersion {
				t.Errorf("extractor version: got %d, want %d", a.ExtractorVersion, ExtractorVersion)
			}
			if a.URLs[0] != a.URL {
				t.Errorf("URLs[0]: got %q, want the canonical %q", a.URLs[0], a.URL)
			}
			if !strings.Contains(string(a.HTML), paras[len(paras)-1][:20]) {
				t.Errorf("HTML does not hold the decoded page")
			}
		})
	}
}

// Headings, blockquotes and list items are paragraphs of their own.
func TestExtractArticleParagraphs(t *testing.T) {
	page, err := os.ReadFile("testdata/pages/wordpress.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ExtractArticle("https://pinewoodpost.example/2021/05/lattice-cloud-petition/", page, "")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Text, "\n\n")
	for _, want := range []string{
		"A contract few knew about",
		"We are asking leadership to listen to the people who write the code.",
		"an end to the detention contract when its first term expires;",
		"a public list of government customers.",
	} {
		found := false
		for _, p := range paras {
			found = found || p == want
		}
		if !found {
			t.Errorf("no paragraph %q in:\n%s", want, strings.Join(paras, "\n--\n"))
		}
	}
}

// A no-break or thin space between a number's digit groups ("1 240", as
// European papers write it) keeps the number whole through extraction;
// other no-break spaces become ordinary ones.
func TestExtractArticleDigitGroups(t *testing.T) {
	page := []byte(`<html><head><title>Staff petition grows</title></head><body><article><h1>Staff petition grows</h1>
<p>More than 1&nbsp;240 employees of Fjordline Data have signed a petition asking the company to end a border agency contract, organisers said&nbsp;on Wednesday.</p>
<p>In March 2023&nbsp;400 engineers joined. The company employs about 6&#8239;900 people in 11&nbsp;countries. The petition passed 800 signatures within a day of being posted on the intranet, and 2&nbsp;0000 is not a number.</p>
</article></body></html>`)
	a, err := ExtractArticle("https://eurotech.example/2023/06/petition", page, "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"More than 1\u00a0240 employees", "organisers said on Wednesday", "about 6\u00a0900 people in 11 countries", "In March 2023 400 engineers", "2 0000 is not"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%q", want, a.Text)
		}
	}
	if strings.ContainsRune(a.Text, groupMark) {
		t.Errorf("text keeps the placeholder: %q", a.Text)
	}
}

// The stored page is UTF-8 and says so, so that re-extracting it (reindex)
// gives the same text.
func TestExtractArticleReextract(t *testing.T) {
	for _, name := range []string{"cp1252", "latin1"} {
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile("testdata/pages/" + name + ".html")
			if err != nil {
				t.Fatal(err)
			}
			a, err := ExtractArticle("https://example.org/story", page, "text/html")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(strings.ToLower(string(a.HTML)), "charset=windows-1252") ||
				strings.Contains(strings.ToLower(string(a.HTML)), `charset="iso-8859-1"`) {
				t.Errorf("stored HTML still declares a legacy charset")
			}
			b, err := ExtractArticle("https://example.org/story", a.HTML, "")
			if err != nil {
				t.Fatal(err)
			}
			if b.Text != a.Text || b.Title != a.Title {
				t.Errorf("re-extraction differs:\ngot  %q\nwant %q", b.Text, a.Text)
			}
		})
	}
}

func TestExtractArticleCharsets(t *testing.T) {
	const story = "Les employés de Zürich ont signé une pétition — “non” au contrat, dit Zoë."
	body := func(head string) string {
		return "<html><head>" + head + "<title>Pétition à Zürich</title></head><body><article><h1>Pétition à Zürich</h1><p>" +
			story + "</p><p>" + strings.Repeat("Une phrase de remplissage pour que le texte soit assez long. ", 8) + "</p></article></body></html>"
	}
	enc := func(s string) []byte {
		b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	latin1 := func(s string) []byte {
		s = strings.NewReplacer("—", "-", "“", `"`, "”", `"`).Replace(s)
		b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	latinStory := strings.NewReplacer("—", "-", "“", `"`, "”", `"`).Replace(story)
	tests := []struct {
		name        string
		page        []byte
		contentType string
		want        string
	}{
		{"header only, windows-1252", enc(body("")), "text/html; charset=windows-1252", story},
		{"header only, iso-8859-1", latin1(body("")), "text/html; charset=ISO-8859-1", latinStory},
		{"meta charset only, iso-8859-1", latin1(body(`<meta charset="iso-8859-1">`)), "text/html", latinStory},
		{"meta http-equiv only, windows-1252", enc(body(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`)), "", story},
		{"nothing declared, legacy bytes", enc(body("")), "text/html", story},
		{"nothing declared, utf-8", []byte(body("")), "", story},
		{"header says latin-1, bytes are utf-8", []byte(body("")), "text/html; charset=iso-8859-1", story},
		{"header says utf-8, bytes are windows-1252", enc(body("")), "text/html; charset=utf-8", story},
		{"header beats meta", enc(body(`<meta charset="koi8-r">`)), "text/html; charset=windows-1252", story},
		{"meta after a long head", enc(body(`<script>` + strings.Repeat("var x = 1;\n", 300) + `</script><meta charset="windows-1252">`)), "", story},
		{"utf-8 BOM", append([]byte("\xef\xbb\xbf"), body("")...), "text/html; charset=windows-1252", story},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractArticle("https://example.org/petition", tt.page, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("got text %q, want it to contain %q", a.Text, tt.want)
			}
			if a.Title != "Pétition à Zürich" {
				t.Errorf("got title %q, want %q", a.Title, "Pétition à Zürich")
			}
		})
	}
}

func TestExtractArticleCanonical(t *testing.T) {
	page := func(head string) []byte {
		return []byte("<html><head>" + head + "<title>T</title></head><body><article><h1>A headline of some length</h1><p>" +
			strings.Repeat("Workers signed a letter about the contract this week. ", 10) + "</p></article></body></html>")
	}
	const at = "https://news.example.com/2020/story-1?utm_source=x&id=7#top"
	tests := []struct {
		name, head, want string
	}{
		{"none: the page URL, canonicalised", "", "https://news.example.com/2020/story-1?id=7"},
		{"relative", `<link rel="canonical" href="/2020/story-one">`, "https://news.example.com/2020/story-one"},
		{"same site, other host", `<link rel="canonical" href="https://www.example.com/2020/story-one">`, "https://www.example.com/2020/story-one"},
		{"other site ignored", `<link rel="canonical" href="https://aggregator.example.net/copy/1">`, "https://news.example.com/2020/story-1?id=7"},
		{"home page ignored", `<link rel="canonical" href="https://news.example.com/">`, "https://news.example.com/2020/story-1?id=7"},
		{"not http ignored", `<link rel="canonical" href="javascript:alert(1)">`, "https://news.example.com/2020/story-1?id=7"},
		{"tracking dropped", `<link rel="canonical" href="https://news.example.com/2020/story-one?utm_campaign=c&amp;fbclid=1">`, "https://news.example.com/2020/story-one"},
		{"og:url when no link", `<meta property="og:url" content="https://news.example.com/2020/story-one">`, "https://news.example.com/2020/story-one"},
		{"base href", `<base href="https://news.example.com/archive/"><link rel="canonical" href="story-one">`, "https://news.example.com/archive/story-one"},
		{"rel with several tokens", `<link rel="alternate canonical" href="/2020/story-one">`, "https://news.example.com/2020/story-one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractArticle(at, page(tt.head), "text/html")
			if err != nil {
				t.Fatal(err)
			}
			if a.URL != tt.want {
				t.Errorf("got %q, want %q", a.URL, tt.want)
			}
			if len(a.URLs) == 0 || a.URLs[0] != a.URL {
				t.Errorf("URLs: got %q, want the canonical first", a.URLs)
			}
		})
	}
}

func TestExtractArticleDates(t *testing.T) {
	text := "<p>" + strings.Repeat("Employees signed a petition against the contract on the day. ", 8) + "</p>"
	page := func(head, body string) []byte {
		return []byte("<html><head>" + head + "<title>Story</title></head><body><article><h1>Petition over contract</h1>" +
			body + text + "</article></body></html>")
	}
	tests := []struct {
		name, head, body, want string
	}{
		{"JSON-LD beats meta", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-06-25T18:02:00-04:00"}</script><meta property="article:published_time" content="2018-06-20T10:00:00Z">`, "", "2018-06-25T18:02:00-04:00"},
		{"meta", `<meta property="article:published_time" content="2019-02-01T23:30:00-08:00">`, "", "2019-02-01T23:30:00-08:00"},
		{"DC.date", `<meta name="DC.date" content="2017-05-09">`, "", "2017-05-09T00:00:00Z"},
		{"itemprop", "", `<span itemprop="datePublished" content="2016-03-04T05:06:07Z">March 4</span>`, "2016-03-04T05:06:07Z"},
		{"time marked published beats updated", "", `<time class="updated" datetime="2020-02-02T00:00:00Z">Feb 2</time> <time class="published" datetime="2020-01-01T12:00:00+01:00">Jan 1</time>`, "2020-01-01T12:00:00+01:00"},
		{"time pubdate attribute", "", `<time datetime="2015-07-08T09:00:00Z" pubdate>July 8</time>`, "2015-07-08T09:00:00Z"},
		{"class with text date", "", `<div class="byline">By A. Writer <span class="pubdate">Published June 25, 2018 6:02 p.m. EDT</span></div>`, "2018-06-25T00:00:00Z"},
		{"dateline", "", `<p>WASHINGTON (Oct. 26, 2019) — The award came late on Friday, officials said.</p>`, "2019-10-26T00:00:00Z"},
		{"dateline beats a plain time", "", `<p>SEATTLE, June 12, 2020 — Workers gathered downtown.</p><time datetime="2021-01-01">x</time>`, "2020-06-12T00:00:00Z"},
		{"plain time", "", `<time datetime="2014-11-12T10:00:00Z">Nov 12</time>`, "2014-11-12T10:00:00Z"},
		{"time in an article header without h1", "", `<header class="post-header"><h2>Petition</h2><time datetime="2018-02-03T04:05:06Z">Feb 3</time></header>`, "2018-02-03T04:05:06Z"},
		{"related-story times never", "", `<div class="related-stories"><time datetime="2010-01-01T00:00:00Z">x</time></div><time datetime="2011-02-02T00:00:00Z">y</time>`, "2011-02-02T00:00:00Z"},
		{"announced in words", "", `<span>Published 11 April 2019</span>`, "2019-04-11T00:00:00Z"},
		{"announced update loses to announced publication", "", `<div>Updated April 12, 2019</div><div>First published April 10, 2019</div>`, "2019-04-10T00:00:00Z"},
		{"updated only when nothing else", "", `<span class="updated">Updated <time datetime="2013-04-05T06:07:08Z">April 5</time></span>`, "2013-04-05T06:07:08Z"},
		{"comment dates never", "", `<div class="comments"><time datetime="2012-01-01T00:00:00Z">c</time></div><p>TORONTO (May 3, 2011) — Story text.</p>`, "2011-05-03T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ExtractArticle("https://example.org/story", page(tt.head, tt.body), "text/html")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published.Format(time.RFC3339); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractArticleAuthor(t *testing.T) {
	text := "<p>" + strings.Repeat("Employees signed a petition against the contract on the day. ", 8) + "</p>"
	tests := []struct{ name, head, body, want string }{
		{"JSON-LD", `<script type="application/ld+json">{"@type":"BlogPosting","author":[{"@type":"Person","name":"Ana Ruiz"},"Bo Li"]}</script>`, "", "Ana Ruiz, Bo Li"},
		{"meta", `<meta name="author" content="Sam Okoro">`, "", "Sam Okoro"},
		{"meta URL ignored", `<meta property="article:author" content="https://facebook.com/someone">`, `<a rel="author" href="/staff/kim">Kim Park</a>`, "Kim Park"},
		{"vcard", "", `<span class="author vcard"><a class="url fn n" href="/a">Ines Okafor</a></span>`, "Ines Okafor"},
		{"unmarked byline", "", `<div>By Jordan Wells · July 2, 2019</div>`, "Jordan Wells"},
		{"byline class", "", `<div class="byline">By the technology desk</div>`, "the technology desk"},
		{"not from comments", "", `<div class="comments"><a rel="author" href="/u/troll">Troll Account</a></div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "<title>Story</title></head><body><article><h1>Petition over contract</h1>" + tt.body + text + "</article></body></html>"
			a, err := ExtractArticle("https://example.org/story", []byte(page), "text/html")
			if err != nil {
				t.Fatal(err)
			}
			if a.Author != tt.want {
				t.Errorf("got %q, want %q", a.Author, tt.want)
			}
		})
	}
}

// A page whose only year is its copyright notice has no date (the feed's
// will be used), not January 1st of that year.
func TestExtractArticleNoCopyrightDate(t *testing.T) {
	page := "<html><head><title>Story</title></head><body><article><h1>A story without a date</h1><p>" +
		strings.Repeat("Staff walked out of the office over the contract with the agency. ", 8) +
		"</p></article><footer>Copyright © 2019 Example Media</footer><p class=\"copyright\">© 2019 Example Media. All rights reserved.</p></body></html>"
	a, err := ExtractArticle("https://example.org/story", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.IsZero() {
		t.Errorf("got published %v, want none", a.Published)
	}
	if strings.Contains(a.Text, "2019") {
		t.Errorf("copyright leaked into text: %q", a.Text)
	}
}

// A page rendered by script has its text only in JSON-LD articleBody.
func TestExtractArticleBodyFromJSONLD(t *testing.T) {
	page := `<html><head><title>Walkout at Vantage | Wire</title><script type="application/ld+json">
{"@type":"NewsArticle","headline":"Walkout at Vantage","datePublished":"2022-09-01T10:00:00Z",
"articleBody":"Hundreds of Vantage employees walked out on Thursday over the company's contract with the border agency.\nThey gathered outside the headquarters for an hour and read a letter signed by 800 colleagues.\nThe company said it respected the right to protest."}
</script></head><body><div id="root"><nav><a href="/">Wire</a></nav><p>Loading…</p></div></body></html>`
	a, err := ExtractArticle("https://example.org/vantage", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	want := "Hundreds of Vantage employees walked out on Thursday over the company's contract with the border agency.\n\n" +
		"They gathered outside the headquarters for an hour and read a letter signed by 800 colleagues.\n\n" +
		"The company said it respected the right to protest."
	if a.Text != want {
		t.Errorf("got %q, want %q", a.Text, want)
	}
}

func TestExtractArticleErrors(t *testing.T) {
	if _, err := ExtractArticle("not a url", []byte("<p>x</p>"), ""); err == nil {
		t.Error("relative page URL: got no error")
	}
	_, err := ExtractArticle("https://example.org/empty", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), "text/html")
	if !errors.Is(err, ErrNoText) {
		t.Errorf("empty page: got %v, want ErrNoText", err)
	}
	if err != nil && !strings.Contains(err.Error(), "https://example.org/empty") {
		t.Errorf("error %q does not name the page", err)
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct {
		title, site string
		loose       bool
		headlines   []string
		want        string
	}{
		{"Story about a letter | The Ledger", "The Ledger", false, nil, "Story about a letter"},
		{"Story about a letter – Circuit & Civic", "", true, nil, "Story about a letter"},
		{"Story about a letter - Bayline Dispatch", "", true, nil, "Story about a letter"},
		{"Workers walk out - and win a pay rise", "", true, nil, "Workers walk out - and win a pay rise"},
		{"The Ledger | Story about a letter", "The Ledger", false, nil, "Story about a letter"},
		{"Story about a letter | Tech | The Ledger", "The Ledger", true, nil, "Story about a letter"},
		{"Story - part two - Gazette", "", true, []string{"Story - part two"}, "Story - part two"},
		{"Story about a letter | The Ledger", "", false, nil, "Story about a letter | The Ledger"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.site, tt.loose, tt.headlines...); got != tt.want {
			t.Errorf("stripSiteName(%q, %q): got %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2018-06-25T18:02:00-04:00", "2018-06-25T18:02:00-04:00"},
		{"2018-06-25T18:02:00.123Z", "2018-06-25T18:02:00Z"},
		{"2018-06-25T18:02:00-0400", "2018-06-25T18:02:00-04:00"},
		{"2018-06-25 18:02:00", "2018-06-25T18:02:00Z"},
		{"2018-06-25", "2018-06-25T00:00:00Z"},
		{"Mon, 25 Jun 2018 18:02:00 -0400", "2018-06-25T18:02:00-04:00"},
		{"June 25, 2018", "2018-06-25T00:00:00Z"},
		{"Published Sept. 3, 2019 at 4:05 p.m.", "2019-09-03T00:00:00Z"},
		{"3rd of March, 2019", "2019-03-03T00:00:00Z"},
		{"Feb 30, 2019", ""},
		{"1987-01-01", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := parseDate(tt.in); ok {
			got = d.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("parseDate(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"MOUNTAIN VIEW, Calif. (Aug. 17, 2018) — About 1,400 employees", "2018-08-17"},
		{"WASHINGTON (Oct. 26, 2019) — The Defense Department", "2019-10-26"},
		{"SAN JOSE, Calif., Jan. 9, 2020 — Three engineers", "2020-01-09"},
		{"LONDON, 4 March 2021 - Staff at", "2021-03-04"},
		{"SEATTLE (Reuters) June 3, 2019 — Amazon", "2019-06-03"},
		{"REDMOND, Wash., Feb. 26, 2019 (Wirepoint) - The number of Microsoft employees", "2019-02-26"},
		{"LONDON, June 3, 2019 (and after) the staff", ""},
		{"The letter, dated June 3, 2019, was signed by 300 people.", ""},
		{"In 2018 — the year of the walkout — things changed.", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := datelineDate(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("datelineDate(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanParagraphs(t *testing.T) {
	story := "Employees at the company signed a letter this week asking leaders to end the contract with the agency."
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"title dropped", []string{"The Headline", story}, []string{story}},
		{"labels dropped", []string{story, "ADVERTISEMENT", "Advertisement", "Story continues below advertisement", story}, []string{story, story}},
		{"promos dropped", []string{story, "READ MORE: Another story", "Sign up for our newsletter", story}, []string{story, story}},
		{"placeholder dropped", []string{"{mosads}" + story}, []string{story}},
		{"copyright tail cut", []string{story, story, "Copyright 2025 Example. All rights reserved.", "AROUND THE WEB", "Cheap flights", "TRENDING NOW"}, []string{story, story}},
		{"trailing section cut", []string{story, story, "Most read", "Short link one", "Short link two"}, []string{story, story}},
		{"early heading with story after kept", []string{story, "Related", story, story, story, story}, []string{story, story, story, story, story}},
		{"story sentences that look like furniture kept", []string{
			story,
			"Copyright lawyers said the letter raised no legal issue for the 1,400 employees who signed it.",
			"1,400 people read the letter before it was taken down from the internal forum.",
			"Sign up sheets for the walkout were passed around the cafeteria on Monday.",
		}, []string{
			story,
			"Copyright lawyers said the letter raised no legal issue for the 1,400 employees who signed it.",
			"1,400 people read the letter before it was taken down from the internal forum.",
			"Sign up sheets for the walkout were passed around the cafeteria on Monday.",
		}},
		{"newsletter pitch dropped", []string{story, "58,000 engineers read our Friday newsletter. Get it in your inbox.", story}, []string{story, story}},
		{"tool bar dropped", []string{story, "Print this story | E-mail this story | Letters to the editor", "Share · Comments (12) · Reprints", story}, []string{story, story}},
		{"story with bars kept", []string{story, "Signed: 1,400 | Walked out: 300 | Print this story"}, []string{story, "Signed: 1,400 | Walked out: 300 | Print this story"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := cleanParagraphs(tt.in, "The Headline")
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func BenchmarkExtractArticle(b *testing.B) {
	page, err := os.ReadFile("testdata/pages/wordpress.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ExtractArticle("https://pinewoodpost.example/2021/05/lattice-cloud-petition/", page, "text/html"); err != nil {
			b.Fatal(err)
		}
	}
}

// A live blog whose updates sit inside the page's own <article> is read
// whole too, not as its newest update.
func TestExtractArticleLiveBlogInsideArticle(t *testing.T) {
	page, err := os.ReadFile("testdata/pages/liveblog.html")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(page), `<div class="hl-live-feed" aria-live="polite">`, `<article class="liveblog"><div class="hl-live-feed" aria-live="polite">`, 1)
	s = strings.Replace(s, `<div class="hl-live-end">`, `</article><div class="hl-live-end">`, 1)
	if s == string(page) {
		t.Fatal("test page changed: cannot wrap its updates")
	}
	a, err := ExtractArticle("https://harborlive.example/live/fernwick-walkout", []byte(s), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"at about 420, out of roughly 1,100", "covers route-planning software only", "plan to leave work at 11 a.m."} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q; text:\n%s", want, a.Text)
		}
	}
}

// A newsletter laid out in a table keeps the words after an <i> title in
// its paragraph (go-trafilatura alone dropped them).
func TestExtractArticleInlineItalicInTableLayout(t *testing.T) {
	page := `<html><head><title>Shop Talk #12</title></head><body>
<table role="presentation" width="100%"><tr><td>
<div class="issue-body">
<p>Good morning, and welcome to issue twelve. Two stories from inside game studios this week and one from a chip maker.</p>
<h3>1. Testers push back</h3>
<p>At Brambleway Games, the studio behind the racing game <i>Dust Circuit</i>, 64 testers have signed a petition asking management to reverse the layoff of 30 contractors.</p>
<p>The studio said it would not revisit the decision, and the organizers say they will raise it again next month.</p>
</div>
</td></tr></table>
</body></html>`
	a, err := ExtractArticle("https://shoptalk.example/12", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if want := "the racing game Dust Circuit, 64 testers have signed a petition"; !strings.Contains(a.Text, want) {
		t.Errorf("text lacks %q; text:\n%s", want, a.Text)
	}
}

// A story's own timeline box ("How it unfolded"), an <aside> inside the
// <article> after the body, carries dated steps the paragraphs do not;
// its entries join the text. A rail's list of other stories does not.
func TestExtractArticleStoryTimeline(t *testing.T) {
	page := `<html><head><title>Ferrow Data lets its sheriff contract lapse</title></head><body>
<article><h1>Ferrow Data lets its sheriff contract lapse</h1>
<div class="story-body">
<p>Ferrow Data will not renew its location-data contract with the county sheriff when the current term ends, the company confirmed this week, closing one of the longer employee campaigns at a mid-sized software firm.</p>
<p>A spokesperson called the decision routine. Organizers said they had outlasted the contract rather than won the argument, and that some of them had left the company along the way.</p>
</div>
<aside class="story-timeline"><h2>How it unfolded</h2><ul>
<li><strong>Mar. 2, 2023</strong> — An employee petition against the deal appears on the company wiki with 212 signatures.</li>
<li><strong>May 11, 2023</strong> — Organizers hand the petition, now carrying 520 names, to the chief executive.</li>
</ul></aside>
</article>
<aside class="rail-list"><h2>More stories</h2><ul>
<li>Mar. 4, 2023 — Harbor staff petition passes 1,400 signatures after a sheriff deal comes to light.</li>
</ul></aside>
</body></html>`
	a, err := ExtractArticle("https://review.example/ferrow", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"closing one of the longer employee campaigns", "now carrying 520 names", "with 212 signatures"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "1,400") {
		t.Errorf("text keeps a rail's list:\n%s", a.Text)
	}
}

// An old table layout's right-hand column ("rightcol"), with other
// stories' headlines in a table of its own, is furniture: its counts are
// other stories'.
func TestExtractArticleTableLayoutRightColumn(t *testing.T) {
	page := `<html><head><title>Ferrow Data staff walk out over sheriff deal</title></head><body>
<table width="100%"><tr><td valign="top" class="maincol">
<h1>Ferrow Data staff walk out over sheriff deal</h1>
<p>About 140 employees of Ferrow Data walked out of the company's Tacoma office on Tuesday to protest a contract to sell location data to the county sheriff, organizers said.</p>
<p>The walkout lasted an hour. The company said it respects its employees' views and would keep the contract, which it said is worth $2.1 million over three years.</p>
<p>Organizers said they would keep pressing managers, and that a letter was being drafted for the board's next meeting in March.</p>
</td>
<td width="300" valign="top" class="rightcol">
<div class="boxhead">MORE HEADLINES</div>
<table width="100%" class="list"><tr><td><a href="/a/1">Lumen staff: 1,400 sign letter over border deal</a><br><font size="1">Aug. 17, 2018</font></td></tr>
<tr><td><a href="/a/2">Port council backs $275 head tax</a><br><font size="1">June 12, 2018</font></td></tr></table>
</td></tr></table>
</body></html>`
	a, err := ExtractArticle("https://wire.example/ferrow", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "1,400 sign letter") || strings.Contains(a.Text, "MORE HEADLINES") {
		t.Errorf("text keeps the right column's headlines:\n%s", a.Text)
	}
	if want := "About 140 employees of Ferrow Data walked out"; !strings.Contains(a.Text, want) {
		t.Errorf("text lacks %q:\n%s", want, a.Text)
	}
}

// A list whose every item is only a link (other stories' headlines under
// "Mentioned in this episode") is not the story, however it is named; a
// list of the story's own points, with a link inside one item, is.
func TestExtractArticleDropsLinkLists(t *testing.T) {
	page := `<html><head><title>Ep. 40: The letter at Fenmore</title></head><body><main>
<div class="episode-head"><h1>Ep. 40: The letter at Fenmore</h1></div>
<section class="show-notes">
<h2>Show notes</h2>
<p>Two people who helped write the internal letter at Fenmore Data join us this week. When we first covered it the letter had 90 signatures, and it has kept growing since then, they told us.</p>
<p>We talk about how it started, what the contract with the county sheriff buys, and how managers have answered so far.</p>
<ul class="points"><li>The letter asks for a warrant rule, as <a href="/letter">the full text</a> shows.</li><li>Organizers meet managers on Friday.</li></ul>
<p>In the second half we look back at the model for much of this, the revolt over a military drone-imaging program at a much larger company, and ask what carries over to a company of a few hundred people.</p>
<h3>Chapters</h3>
<ul class="chapters"><li><span class="ts">[00:00]</span> Intro</li><li><span class="ts">[03:15]</span> How the letter started</li><li><span class="ts">[17:40]</span> What the sheriff's contract covers</li></ul>
<h3>Mentioned in this episode</h3>
<ul class="links"><li><a href="/articles/fenmore-letter-passes-200.html">Data Desk: Fenmore letter passes 200 signatures</a></li><li><a href="/articles/pulse-12.html">Procurement Weekly #12</a></li><li><a href="#">Auditor's report on county purchases of commercial location data</a></li></ul>
<p class="recorded">Recorded March 1. Guests' names withheld at their request.</p>
</section>
</main></body></html>`
	a, err := ExtractArticle("https://podcast.example/40", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "passes 200 signatures") {
		t.Errorf("text keeps the list of linked headlines:\n%s", a.Text)
	}
	for _, want := range []string{"it has kept growing since then", "as the full text shows", "Organizers meet managers on Friday"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
}

// A campaign site's live counter ("612" over "Lumenforge workers have
// signed") is furniture to the main-text extractor; it reaches the text as
// one sentence after the story. Counters of anything but signing stay out.
func TestExtractArticleSigningCounter(t *testing.T) {
	page := `<html><head><title>FAQ — No Corrandel for ICE</title></head><body>
<div class="hero"><div class="counter-box"><span class="counter">612</span><div class="counter-label">Corrandel workers have signed</div><div class="note">Live count of verified signatures.</div></div>
<div class="days"><span class="big">18</span><div>days until the board meeting</div></div></div>
<main><h1>Frequently asked questions</h1>
<p>We launched the letter on March 6 with 240 signatures and passed 410 on March 20. Every signature is checked against a work email address before it is counted, and we never publish names without permission.</p>
<p>Corrandel signed a $14.2 million agreement with Immigration and Customs Enforcement in January to provide dashboards to the agency's removal operations, and leadership has not paused the work.</p>
</main></body></html>`
	a, err := ExtractArticle("https://example.org/faq/", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Text, "\n\n")
	if last := paras[len(paras)-1]; last != "612 Corrandel workers have signed." {
		t.Errorf("last paragraph %q, want the counter's sentence; text:\n%s", last, a.Text)
	}
	if strings.Contains(a.Text, "18 days") || strings.Contains(a.Text, "Live count") {
		t.Errorf("a counter of days, or a counter's note, reached the text:\n%s", a.Text)
	}
}

// Review 12: a timeline's years are no counters, and cards of several
// campaigns beside the story are no tally of its own.
func TestExtractArticleNoCounterFromYearsOrCards(t *testing.T) {
	page := `<html><head><title>A short history</title></head><body><main><h1>A short history of tech worker dissent</h1>
<p>Organizers at Lumio say they studied earlier campaigns before writing their own letter about the company's ICE contract, and they have read every account they could find.</p>
<ul class="timeline"><li><span class="year">2018</span><p>Google employees signed a letter against Project Maven.</p></li>
<li><span class="year">2019</span><p>Microsoft workers signed a letter over the HoloLens Army contract.</p></li></ul>
<p>This year more than 300 Lumio engineers signed a letter asking the company to end the ICE contract.</p></main>
<div class="more"><div class="card"><span class="big">2,600</span><p>Lumio workers signed the letter</p></div>
<div class="card"><span class="big">900</span><p>Corvane staff signed the petition</p></div></div></body></html>`
	a, err := ExtractArticle("https://example.org/history", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"2018 Google", "2019 Microsoft", "2,600 Lumio", "900 Corvane"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("%q reached the text as a counter:\n%s", bad, a.Text)
		}
	}
}

// A lead written straight into the story's container, before its first
// <p>, is part of the text: a wire template puts the dateline and the
// first paragraph there.
func TestExtractArticleLooseLead(t *testing.T) {
	page := []byte(`<!DOCTYPE html><html><head><title>Staff object to drone programme | Harbour Wire</title></head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<main><article><h1>Staff object to drone programme</h1>
<div class="article-text"><span class="dateline">LEEDS, 3 March (Harbour Wire) &ndash;</span> Around 70 engineers at Corvane Systems, a Leeds maker of flight software, have signed an internal letter asking the board to leave a Ministry of Defence programme.
<p>The programme was awarded last year by the ministry's procurement arm, and the company values it at several million pounds over four years.</p>
<p>A spokeswoman said the firm respected the right of colleagues to raise concerns and that the work complied with export law.</p>
</div></article></main>
<footer><p>Copyright Harbour Wire. All rights reserved.</p></footer></body></html>`)
	a, err := ExtractArticle("https://harbourwire.example/corvane", page, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 3 || !strings.Contains(paras[0], "Around 70 engineers at Corvane Systems") || !strings.HasPrefix(paras[1], "The programme was awarded") {
		t.Fatalf("got paragraphs %q, want the loose lead first, then the two <p>s", paras)
	}
}

// Loose text beside paragraphs that is furniture (a byline, a breadcrumb,
// a meta line) stays out of the story.
func TestExtractArticleLooseFurniture(t *testing.T) {
	for _, loose := range []string{
		`By <a href="/a/jd">Jane Doe</a>, Senior Technology Reporter, and <a href="/a/br">Bob Roe</a>, Staff Writer`,
		`<a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a href="/tech">Technology</a> &gt; <a href="/labor">Labor and Workplace</a> &gt; Kestrel`,
		`Posted by Jane Doe on <time>April 2, 2021</time> | 1,245 Comments | 3,100 Shares | 4 min read`,
	} {
		page := []byte(`<!DOCTYPE html><html><head><title>Staff object to drone programme</title></head><body><main><article><h1>Staff object to drone programme</h1>
<div class="article-text">` + loose + `
<p>Around 70 engineers at Corvane Systems, a Leeds maker of flight software, have signed an internal letter asking the board to leave a defence programme.</p>
<p>A spokeswoman said the firm respected the right of colleagues to raise concerns and that the work complied with export law.</p>
</div></article></main></body></html>`)
		a, err := ExtractArticle("https://harbourwire.example/corvane", page, "text/html")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(a.Text, "Around 70 engineers") {
			t.Errorf("loose %q: text starts %q, want the story's first paragraph", loose, a.Text[:min(len(a.Text), 80)])
		}
	}
}

// A story written straight into a <div> with its paragraphs parted by
// <br><br>, under a page whose only <h1> is the site's logo: the
// paragraphs come out one by one, without the menu above them, and the
// headline is the story's, not the logo's.
func TestExtractArticleBreakParagraphsAndLogoHeading(t *testing.T) {
	page := []byte(`<!DOCTYPE html><html><head><title>Staff at Tessel object to passport-gate project - The Riverside Herald</title>
<meta property="og:site_name" content="The Riverside Herald"></head><body>
<div class="top"><span>Thursday, November 4, 2021</span> <a href="/login">Login</a></div>
<div class="header"><h1 class="masthead"><a href="/">THE RIVERSIDE HERALD</a></h1>
<ul class="menu"><li><a href="/national">National</a></li><li><a href="/business">Business</a></li></ul></div>
<div class="view"><h3 class="view_tit">Staff at Tessel object to passport-gate project</h3>
<div class="view_con">
About 60 employees of Tessel, a start-up building airport passport gates, have signed a statement asking the company to leave a government project.<br><br>The statement was handed to the chief executive on Wednesday, and the company has around 230 employees in two offices.<br><br>A spokesperson said the firm would cooperate with any review of the project.
</div></div>
<div class="footer"><p>The Riverside Herald. All rights reserved.</p></div></body></html>`)
	a, err := ExtractArticle("https://riverside.example/view/1", page, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Staff at Tessel object to passport-gate project" {
		t.Errorf("title %q, want the story's headline", a.Title)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 3 || !strings.HasPrefix(paras[0], "About 60 employees of Tessel") || !strings.HasPrefix(paras[1], "The statement was handed") || !strings.HasPrefix(paras[2], "A spokesperson said") {
		t.Fatalf("got paragraphs %q, want the three parted by <br><br>", paras)
	}
}

// A wire page whose only date is a "Filed" line among the credits, with a
// later "Updated" time: the filing date is the publication date.
func TestExtractArticleFiledLineDate(t *testing.T) {
	page := []byte(`<!DOCTYPE html><html><head><title>Quarrel Labs to end border contract - Lakeside Wire</title></head><body>
<table><tr><td><h1>Quarrel Labs to end border contract after walkout</h1>
<div class="lw-filed">Reporting by Ana Ruiz; editing by Tom Hale<br>Filed Thursday, March 7, 2024 9:10 a.m. EST<br>Updated 1:45 p.m. EST</div>
<p>Quarrel Labs said on Thursday it would end its contract with Customs and Border Protection after about 200 employees walked out last week.</p>
<p>A spokesman said the decision followed a review of the work and was not a response to the protest.</p>
</td></tr></table></body></html>`)
	a, err := ExtractArticle("https://lakesidewire.example/quarrel", page, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.Format("2006-01-02"); got != "2024-03-07" {
		t.Fatalf("published %s, want 2024-03-07 from the Filed line", got)
	}
}

// Not every "filed" is a filing date: a "Filed under" list of topics in a
// byline leaves the byline's date standing, and a court filing's date in a
// case card is not the story's.
func TestExtractArticleFiledUnderIsNoDate(t *testing.T) {
	body := `<p>About 200 employees of Quarrel Labs walked out last week over its contract with Customs and Border Protection, organizers said, and the company has since said it will end the contract.</p>
<p>A spokesman said the decision followed a review of the work and was not a response to the protest, which drew workers from three offices.</p>`
	for _, tt := range []struct{ name, head string }{
		{"filed under", `<div class="byline">By Jane Doe | March 3, 2024 | <span class="filed-under">Filed under: Labor, Tech</span></div>`},
		{"case card", `<div class="doc-card"><p>Filed January 5, 2023</p><p>U.S. District Court</p></div><div class="post-date">March 3, 2024</div>`},
	} {
		page := []byte(`<html><head><title>Quarrel Labs ends contract - Blog</title></head><body><h1>Quarrel Labs ends contract</h1>` + tt.head + body + `</body></html>`)
		a, err := ExtractArticle("https://blog.example/quarrel", page, "text/html")
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Published.Format("2006-01-02"); got != "2024-03-03" {
			t.Errorf("%s: published %s, want 2024-03-03", tt.name, got)
		}
	}
}

// Reader comments under a heading such as "Reader comments (2)", in a
// block whose class names no comments by a word of its own
// ("readercomments"), are no part of the story.
func TestExtractArticleReaderCommentsHeading(t *testing.T) {
	for _, heading := range []string{"Reader comments (2)", "Readers' comments", "User comments", "Comments (14)"} {
		page := []byte(`<!DOCTYPE html><html><head><title>Staff ask firm to drop agency deal</title></head><body><table><tr><td class="main">
<h1>Staff ask firm to drop agency deal</h1>
<div class="body"><p>More than 150 employees of Lantern Systems have signed a letter asking the company to end a licence sale to the border agency.</p>
<p>A spokesman said the company would respond to the staff directly and declined to say more about the sale.</p></div>
<div class="readerbox"><h4>` + heading + `</h4>
<div class="rc"><span>octo_fan</span> wrote:<br />They will cave in a week. Remember the old letter got 300 names.</div></div>
</td></tr></table></body></html>`)
		a, err := ExtractArticle("https://ledger.example/lantern", page, "text/html")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "300 names") || strings.Contains(a.Text, "octo_fan") {
			t.Errorf("heading %q: comments kept in the text: %q", heading, a.Text)
		}
		if !strings.Contains(a.Text, "More than 150 employees") {
			t.Errorf("heading %q: story lost: %q", heading, a.Text)
		}
	}
}

// A photo gallery tells its story in captions, with little paragraph
// text: the captions of its slides are the story's text, without their
// counters ("1 of 3") and credits; a gallery promoted in a rail is not.
func TestExtractArticleGalleryCaptions(t *testing.T) {
	page := []byte(`<!DOCTYPE html><html><head><title>In pictures: Lantern staff walk out</title></head><body>
<main id="gallery"><div class="gallery-head"><h1>In pictures: Lantern staff walk out</h1>
<p class="intro">Scenes from Thursday's walkout in Leeds.</p></div>
<div class="slides">
<figure class="slide"><img src="/1.jpg" alt=""><figcaption><span class="counter">1 of 3</span> <span class="caption-text">Lantern Systems employees leave the Leeds office at noon on Thursday to protest the company's contract with the Home Office.</span> <span class="credit">Ana Reyes for Lens</span></figcaption></figure>
<figure class="slide"><img src="/2.jpg" alt=""><figcaption><span class="counter">2 of 3</span> <span class="caption-text">Organisers said about 140 workers took part in the walkout, which lasted an hour.</span></figcaption></figure>
<figure class="slide"><img src="/3.jpg" alt=""><figcaption><span class="counter">3 of 3</span> <span class="caption-text">A spokesman said the company would meet staff representatives next week.</span></figcaption></figure>
</div></main>
<aside class="more-galleries"><figure><a href="/g/9"><img src="/9.jpg" alt=""></a><figcaption>In pictures: 5,000 runners cross the bridge on a sunny morning</figcaption></figure></aside>
</body></html>`)
	a, err := ExtractArticle("https://lens.example/lantern", page, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Organisers said about 140 workers took part in the walkout", "Lantern Systems employees leave the Leeds office"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q: %q", want, a.Text)
		}
	}
	for _, bad := range []string{"1 of 3", "2 of 3", "5,000 runners", "Ana Reyes for Lens"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text keeps %q: %q", bad, a.Text)
		}
	}
}
