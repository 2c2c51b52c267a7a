package crawler

import (
	"strings"
	"testing"
)

// A caption of the story's own photo is kept as a paragraph at the end of
// the text; a rail's caption, a credit and a caption of a few words are
// not.
func TestStoryCaptions(t *testing.T) {
	page := []byte(`<!doctype html><html><head><title>Harbor staff sit in over police deal</title></head><body>
<div class="layout">
<div class="post">
<h1>Harbor staff sit in over police deal</h1>
<figure><img src="/a.jpg"><figcaption>About 40 Harbor Maps engineers took part in Tuesday's sit-in at the Oakland office. (Photo courtesy of the organizers)</figcaption></figure>
<div class="entry">
<p>Engineers at Harbor Maps occupied the lobby of the company's Oakland office on Tuesday to protest its mapping contract with the Oakland Police Department.</p>
<p>The company said it would review the contract, which it signed in March, and that nobody would be disciplined for taking part.</p>
<p>Organizers said they would hold a second sit-in next week if the company did not answer their letter by Friday afternoon.</p>
<figure><img src="/b.jpg"><figcaption>The lobby.</figcaption></figure>
</div>
</div>
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
	for _, bad := range []string{"5,000 drivers", "The lobby.", "Photo courtesy"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text keeps %q:\n%s", bad, a.Text)
		}
	}
	if strings.Count(a.Text, "About 40 Harbor Maps engineers") != 1 {
		t.Errorf("caption told twice:\n%s", a.Text)
	}
}
