package catalog

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestSeedFacts checks the canonical example, told in the project's own
// words (testdata/articles/border-contracts-roundup.txt): four campaigns
// in one article, each count with its own company.
func TestSeedFacts(t *testing.T) {
	d, err := readArticle("testdata/articles/border-contracts-roundup.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range newExtractor(t).Extract(d) {
		got[m.Company] = fmt.Sprintf("%s/%s/%d/%d", m.Agency, m.Action, m.Signatures(), m.ContractValueUSD)
	}
	want := map[string]string{
		"Salesforce": "CBP/letter/650/0",
		"Microsoft":  "ICE/letter/300/19400000",
		"Amazon":     "Police/letter/100/0",
		"Google":     "Pentagon/protest/0/0",
	}
	for c, w := range want {
		if got[c] != w {
			t.Errorf("%s: got %q, want %q", c, got[c], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got companies %v, want %v", got, want)
	}
}

func TestExtractCases(t *testing.T) {
	x := newExtractor(t)
	pub := time.Date(2019, 9, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		want []string // company/agency-or-issue/action/N, in order
	}{
		{"elliptical possessives",
			"Workers at Microsoft sent a letter opposing the company's work for ICE. Amazon employees asked the company to stop selling face recognition to police. Microsoft's letter had drawn over 300 signatures and Amazon's over 100.",
			[]string{"Microsoft/ICE/letter/300", "Amazon/Police/letter/100"}},
		{"money is not a count",
			"A charity refused a $250,000 donation from Salesforce after raising $20 million online. Over 650 Salesforce employees had signed a letter against the company's deal with CBP.",
			[]string{"Salesforce/CBP/letter/650"}},
		{"workforce is not a count",
			"Amazon, which has 35,000 employees in Seattle, faced a walkout on Friday. Hundreds of Amazon employees walked out over the company's climate record.",
			[]string{"Amazon/climate/walkout/0"}},
		{"shareholder filers are not signers",
			"In December, 28 employees filed a shareholder resolution on climate. More than 4,000 Amazon employees have since signed an open letter on climate.",
			[]string{"Amazon/climate/letter/4000"}},
		{"other employees are not the count",
			"A Clarifai engineer resigned over the company's Pentagon work. At least two other employees have left the company over its military work.",
			[]string{"Clarifai/Pentagon/resignation/0"}},
		{"growth keeps the latest",
			"More than 3,500 Amazon employees signed a letter on climate in its first two days. By Thursday the total had passed 4,000.",
			[]string{"Amazon/climate/letter/4000"}},
		{"up from",
			"Amazon employees said more than 1,800 workers had pledged to walk out over climate, up from roughly 900 last week.",
			[]string{"Amazon/climate/walkout/1800"}},
		{"customer petition",
			"More than 300,000 customers signed a petition asking Amazon to stop selling plastic.",
			nil},
		{"company statement",
			"Google told employees in a memo that it would keep its Pentagon contract.",
			nil},
		{"layoffs",
			"Meta said it would cut 11,000 jobs, about 13 percent of its staff, and employees were told by email on Wednesday.",
			nil},
		{"censorship is no agency",
			"About 1,400 Google employees signed a letter demanding answers about Dragonfly, a censored search app for China.",
			[]string{"Google/censorship/letter/1400"}},
		{"non-gazetteer employer",
			"Workers at Quillbright, a payroll startup, walked out on Monday over its contract with CBP.",
			[]string{"Quillbright/CBP/walkout/0"}},
		{"employees among public signers",
			"Two Microsoft employees presented an online petition with more than 300,000 signatures (including 500 employees) asking the company to cancel its contract with ICE.",
			[]string{"Microsoft/ICE/petition/500"}},
		{"target named in the next sentence",
			"Over 200 Tableau employees protested their company's contracts with the federal government. They called on the company to drop its work for ICE.",
			[]string{"Tableau/ICE/protest/200"}},
		{"false employer words",
			"Black employees and former employees at Seattle offices signed nothing. Tech workers met the press.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range x.Extract(Document{Text: tt.text, Published: pub}) {
				target := m.Agency
				if target == "" {
					target = m.Issue
				}
				got = append(got, fmt.Sprintf("%s/%s/%s/%d", m.Company, target, m.Action, m.Signatures()))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractCountDetails(t *testing.T) {
	x := newExtractor(t)
	ms := x.Extract(Document{Text: "Hundreds of Salesforce employees signed a letter about the company's contract with Customs and Border Protection."})
	if len(ms) != 1 || ms[0].Count == nil {
		t.Fatalf("got %+v, want one mention with a vague count", ms)
	}
	if c := ms[0].Count; c.N != 0 || c.Text != "Hundreds of Salesforce employees" || c.Kind != KindSignatures {
		t.Errorf("got count %+v, want N=0 with its words", *c)
	}
	if ms[0].Target != "Customs and Border Protection" || ms[0].Agency != "CBP" {
		t.Errorf("got target %q agency %q", ms[0].Target, ms[0].Agency)
	}
	ms = x.Extract(Document{Text: "Nearly two thousand Google workers walked out on Thursday over harassment.", Published: time.Date(2018, 11, 2, 0, 0, 0, 0, time.UTC)})
	if len(ms) != 1 || ms[0].Count == nil || ms[0].Count.N != 2000 || ms[0].Count.Qualifier != "nearly" || ms[0].Count.Kind != KindParticipants || ms[0].EventDate != "2018-11-01" {
		t.Fatalf("got %+v", ms)
	}
}

func TestExtractEmpty(t *testing.T) {
	x := newExtractor(t)
	for _, s := range []string{"", " ", "\n\n", "employees", "letter", "1,000", "$", "’s", "Google's"} {
		if ms := x.Extract(Document{Text: s}); len(ms) != 0 {
			t.Errorf("Extract(%q) = %+v, want none", s, ms)
		}
	}
}

func TestExtractDeterministic(t *testing.T) {
	x := newExtractor(t)
	d, err := readArticle("testdata/articles/long-feature-multi.txt")
	if err != nil {
		t.Fatal(err)
	}
	first, _ := json.Marshal(x.Extract(d))
	for i := 0; i < 20; i++ {
		if got, _ := json.Marshal(x.Extract(d)); string(got) != string(first) {
			t.Fatalf("run %d differs:\n%s\nvs\n%s", i, got, first)
		}
	}
}
