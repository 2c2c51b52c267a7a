package catalog

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzExtract feeds arbitrary text to the extractor: it must not panic,
// and every mention must carry valid evidence offsets, a count that is a
// positive number or a vague amount with its words, and an action of the
// vocabulary. The labelled articles are its seed corpus.
func FuzzExtract(f *testing.F) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), "2019-09-20")
	}
	f.Add("Microsoft's letter had garnered over 300 signatures and Amazon's over 100.", "")
	f.Add("1, 650 employees’ ’s $ $1.5bn walk out", "2020-02-29")
	f.Add("Employees signed the letter.\n\nSincerely,", "2023-05-22")
	// records and story breaks, as the crawler writes tables and topic pages
	f.Add("Company: Ferrand | Target: ICE | Action: Letter | Signers: 3,100 (April); 4,000 (May)\n\nAcme; Reno | Walkout | Army | ~40\n\n⁂⁂⁂\n\nA headline\n\n|  | : x", "2021-03-01")
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		pub, _ := time.Parse("2006-01-02", published)
		d := Document{Title: "Fuzz", Text: text, Published: pub}
		ms := x.extract(d) // the unguarded rules: a panic here is a bug
		for _, m := range ms {
			if m.Company == "" {
				t.Errorf("mention without company: %+v", m)
			}
			if !slices.Contains(Actions, m.Action) {
				t.Errorf("action %q not in vocabulary", m.Action)
			}
			if len(m.Evidence) == 0 {
				t.Errorf("mention without evidence: %+v", m)
			}
			for _, e := range m.Evidence {
				if e.Headline {
					if e.Text != d.Title {
						t.Errorf("headline evidence %q is not the title", e.Text)
					}
					continue
				}
				if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
					t.Errorf("evidence %d:%d does not select %q", e.Start, e.End, e.Text)
				}
			}
			if c := m.Count; c != nil {
				if c.N < 0 || c.N == 0 && c.Text == "" {
					t.Errorf("count %+v is neither a number nor words", *c)
				}
				for _, n := range c.Earlier {
					if n <= 0 || n >= c.N {
						t.Errorf("earlier count %d not below %d", n, c.N)
					}
				}
			}
			if m.ContractValueUSD < 0 {
				t.Errorf("negative contract value %d", m.ContractValueUSD)
			}
			if m.EventDate != "" {
				if _, err := time.Parse("2006-01-02", m.EventDate); err != nil {
					t.Errorf("event date %q: %v", m.EventDate, err)
				}
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Company) {
				t.Errorf("company %q is not valid UTF-8", m.Company)
			}
		}
	})
}
