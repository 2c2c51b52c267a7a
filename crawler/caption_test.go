package crawler

import (
	"strings"
	"testing"
)

// A caption of the story's own photo is kept as a paragraph at the end of
// the text; a rail's caption, a credit and a caption of a few words are
// not.
func TestStoryCaptions(t *testing.T) {
	page := []byte(`<!doctype html><html><head><title>Harbor staff sit in over police deal</title><meta property="article:published_time" content="2021-05-04T10:00:00Z"></head><body>
<div class="layout">
<div class="post">
<h1>Harbor staff sit in over police deal</h1>
<figure><img src="/a.jpg"><figcaption>About 40 Harbor Maps engineers took part in Tuesday's sit-in at the Oakland office. (Photo courtesy of the organizers)</figcaption></figure>
<div class="entry">
<p>Engineers at Harbor Maps occupied the lobby of the company's Oakland office on Tuesday to protest its mapping contract with the Oakland Police Department.</p>
<p>The company said it would review the contract, which it signed in March, and that nobody would be disciplined for taking part.</p>
<p>Organizers said they would hold a second sit-in next week if the company did not answer their letter by Friday afternoon.</p>
<figure><img src="/b.jpg"><figcaption>The lobby.</figcaption></figure>
<figure><img src="/d.jpg"><figcaption>Thousands of Harbor Maps workers marched downtown in a file photo from an earlier dispute.</figcaption></figure>
<figure><img src="/e.jpg"><figcaption>Harbor Maps staff at the company's 2015 walkout, when some 900 engineers left their desks.</figcaption></figure>
<figure class="pullquote"><blockquote>We will not map for the police.</blockquote><figcaption>One of the 300 Harbor Maps engineers who signed the first letter.</figcaption></figure>
</div>
</div>
<div class="col-side"><figure><img src="/f.jpg"><figcaption>Some 20,000 Google workers walked out of their offices over harassment claims.</figcaption></figure></div>
<aside class="sidebar related"><h4>More stories</h4>
<figure><img src="/c.jpg"><figcaption>Some 5,000 drivers rallied downtown for higher pay last month in a separate dispute.</figcaption></figure>
</aside>
</div>
</body></html>`)
	a, err := ExtractArticle("https://example.org/harbor-sit-in", page, "text/html")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Text, "\n\n")
	last := paras[len(paras)-1]
	if last != "About 40 Harbor Maps engineers took part in Tuesday's sit-in at the Oakland office." {
		t.Errorf("last paragraph %q, want the story photo's caption without its credit", last)
	}
	for _, bad := range []string{"5,000 drivers", "The lobby.", "Photo courtesy", "file photo", "2015 walkout", "300 Harbor Maps", "20,000 Google"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text keeps %q:\n%s", bad, a.Text)
		}
	}
	if strings.Count(a.Text, "About 40 Harbor Maps engineers") != 1 {
		t.Errorf("caption told twice:\n%s", a.Text)
	}
}

func TestPhotoCredit(t *testing.T) {
	for in, want := range map[string]string{
		"Staff gather outside the office. (Getty Images)":               "Staff gather outside the office.",
		"Staff gather outside the office. Justin Sullivan/Getty Images": "Staff gather outside the office.",
		"Staff gather outside the office. Photo: Jane Doe/Reuters":      "Staff gather outside the office.",
		"Staff gather outside the office. (AP Photo/Ted S. Warren)":     "Staff gather outside the office.",
		"Engineers photograph the imagery the company sells.":           "Engineers photograph the imagery the company sells.",
	} {
		if got := strings.TrimSpace(photoCredit.ReplaceAllString(agencyCredit.ReplaceAllString(in, "$1"), "")); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
