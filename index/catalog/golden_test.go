package catalog

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// goldenMention is one expected mention of a labelled test article.
type goldenMention struct {
	Company     string `json:"company"`
	Agency      string `json:"agency"`
	Issue       string `json:"issue"`
	Action      string `json:"action"`
	Signatures  *int   `json:"signatures"`
	Qualifier   string `json:"qualifier"`
	Earlier     []int  `json:"earlier"`
	Value       int64  `json:"contract_value_usd"`
	EventDate   string `json:"event_date"`
	InGazetteer bool   `json:"in_gazetteer"`
	Outcome     string `json:"outcome"`
}

type goldenArticle struct {
	name     string
	doc      Document
	Relevant bool            `json:"relevant"`
	Mentions []goldenMention `json:"mentions"`
}

// readArticle reads a test article: "Title:", "Published:" and "URL:"
// header lines, a blank line, then the main text.
func readArticle(path string) (Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Document{}, err
	}
	var d Document
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	off := 0
	for sc.Scan() {
		line := sc.Text()
		off += len(line) + 1
		if line == "" {
			break
		}
		k, v, ok := strings.Cut(line, ": ")
		if !ok {
			return Document{}, fmt.Errorf("%s: bad header line %q", path, line)
		}
		switch k {
		case "Title":
			d.Title = v
		case "URL":
			d.URL = v
		case "Published":
			t, err := time.Parse("2006-01-02", v)
			if err != nil {
				return Document{}, fmt.Errorf("%s: %w", path, err)
			}
			d.Published = t
		}
	}
	if off > len(b) {
		off = len(b)
	}
	d.Text = string(b[off:])
	return d, nil
}

func loadGolden(t testing.TB) []goldenArticle {
	t.Helper()
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Fatalf("got %d labelled articles, want at least 30", len(files))
	}
	var out []goldenArticle
	for _, f := range files {
		d, err := readArticle(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".golden.json")
		if err != nil {
			t.Fatal(err)
		}
		var g goldenArticle
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		g.name = strings.TrimSuffix(filepath.Base(f), ".txt")
		g.doc = d
		out = append(out, g)
	}
	return out
}

// prf counts true positives, false positives and false negatives of one
// field over the whole labelled set.
type prf struct{ tp, fp, fn int }

func (c *prf) add(got, want map[string]bool) (fps, fns []string) {
	for k := range got {
		if want[k] {
			c.tp++
		} else {
			c.fp++
			fps = append(fps, k)
		}
	}
	for k := range want {
		if !got[k] {
			c.fn++
			fns = append(fns, k)
		}
	}
	sort.Strings(fps)
	sort.Strings(fns)
	return fps, fns
}

func (c prf) p() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c prf) r() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

// TestGolden runs the extractor over the labelled articles and reports
// precision and recall per field; it fails below the targets.
func TestGolden(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	fields := []string{"relevance", "company", "agency", "action", "signatures", "contract value", "event date", "outcome"}
	stats := map[string]*prf{}
	for _, f := range fields {
		stats[f] = &prf{}
	}
	falseNumbers := 0
	var qualOK, qualN, earlierOK, earlierN, gazOK, gazN int
	for _, g := range loadGolden(t) {
		ms := x.Extract(g.doc)
		checkEvidence(t, g.name, g.doc, ms)
		sets := func(f func(company, agency, action string, sig int, value int64, date string) string, gold bool) map[string]bool {
			out := map[string]bool{}
			if gold {
				for _, m := range g.Mentions {
					sig := 0
					if m.Signatures != nil {
						sig = *m.Signatures
					}
					if k := f(m.Company, m.Agency, m.Action, sig, m.Value, m.EventDate); k != "" {
						out[k] = true
					}
				}
				return out
			}
			for _, m := range ms {
				if k := f(m.Company, m.Agency, m.Action, m.Signatures(), m.ContractValueUSD, m.EventDate); k != "" {
					out[k] = true
				}
			}
			return out
		}
		outcomes := func(gold bool) map[string]bool {
			out := map[string]bool{}
			if gold {
				for _, m := range g.Mentions {
					if m.Outcome != "" {
						out[m.Company+"/"+m.Agency+"="+m.Outcome] = true
					}
				}
				return out
			}
			for _, m := range ms {
				if m.Outcome != "" {
					out[m.Company+"/"+m.Agency+"="+m.Outcome] = true
				}
			}
			return out
		}
		keys := map[string]func(company, agency, action string, sig int, value int64, date string) string{
			"company": func(c, _, _ string, _ int, _ int64, _ string) string { return c },
			"agency": func(c, a, _ string, _ int, _ int64, _ string) string {
				if a == "" {
					return ""
				}
				return c + "/" + a
			},
			"action": func(c, _, act string, _ int, _ int64, _ string) string { return c + "/" + act },
			"signatures": func(c, _, _ string, n int, _ int64, _ string) string {
				if n == 0 {
					return ""
				}
				return fmt.Sprintf("%s=%d", c, n)
			},
			"contract value": func(c, a, _ string, _ int, v int64, _ string) string {
				if v == 0 {
					return ""
				}
				return fmt.Sprintf("%s/%s=$%d", c, a, v)
			},
			"event date": func(c, _, _ string, _ int, _ int64, d string) string {
				if d == "" {
					return ""
				}
				return c + "@" + d
			},
		}
		rel := map[string]bool{}
		if len(ms) > 0 {
			rel["relevant"] = true
		}
		wantRel := map[string]bool{}
		if g.Relevant {
			wantRel["relevant"] = true
		}
		if fps, fns := stats["relevance"].add(rel, wantRel); len(fps)+len(fns) > 0 {
			t.Logf("%s: relevance: got %v, want %v", g.name, len(ms) > 0, g.Relevant)
		}
		if fps, fns := stats["outcome"].add(outcomes(false), outcomes(true)); len(fps)+len(fns) > 0 {
			t.Logf("%s: outcome: extra %q, missing %q", g.name, fps, fns)
		}
		for _, f := range fields[1 : len(fields)-1] {
			fps, fns := stats[f].add(sets(keys[f], false), sets(keys[f], true))
			if len(fps)+len(fns) > 0 {
				t.Logf("%s: %s: extra %q, missing %q", g.name, f, fps, fns)
			}
			if f == "signatures" {
				falseNumbers += len(fps)
			}
		}
		// qualifiers, earlier counts and gazetteer flags of the counts found
		for _, want := range g.Mentions {
			for _, m := range ms {
				if m.Company != want.Company || m.Action != want.Action {
					continue
				}
				gazN++
				if m.InGazetteer == want.InGazetteer {
					gazOK++
				} else {
					t.Logf("%s: %s in_gazetteer = %v, want %v", g.name, m.Company, m.InGazetteer, want.InGazetteer)
				}
				if want.Signatures != nil && m.Signatures() == *want.Signatures {
					qualN++
					earlierN++
					if m.Count.Qualifier == want.Qualifier {
						qualOK++
					} else {
						t.Logf("%s: %s qualifier %q, want %q", g.name, m.Company, m.Count.Qualifier, want.Qualifier)
					}
					if slices.Equal(m.Count.Earlier, want.Earlier) || len(m.Count.Earlier) == 0 && len(want.Earlier) == 0 {
						earlierOK++
					} else {
						t.Logf("%s: %s earlier %v, want %v", g.name, m.Company, m.Count.Earlier, want.Earlier)
					}
				}
			}
		}
	}
	targets := map[string][2]float64{ // minimum precision, recall
		"relevance":      {0.95, 0.95},
		"company":        {0.95, 0.95},
		"agency":         {0.90, 0.90},
		"action":         {0.85, 0.85},
		"signatures":     {0.95, 0.90},
		"contract value": {0.95, 0.80},
		"event date":     {0.80, 0.70},
		"outcome":        {0.95, 0.80},
	}
	for _, f := range fields {
		s := stats[f]
		t.Logf("%-15s P=%.2f R=%.2f (tp=%d fp=%d fn=%d)", f, s.p(), s.r(), s.tp, s.fp, s.fn)
		if s.p() < targets[f][0] || s.r() < targets[f][1] {
			t.Errorf("%s: P=%.2f R=%.2f, want P≥%.2f R≥%.2f", f, s.p(), s.r(), targets[f][0], targets[f][1])
		}
	}
	t.Logf("false numbers=%d qualifiers %d/%d earlier counts %d/%d in_gazetteer %d/%d", falseNumbers, qualOK, qualN, earlierOK, earlierN, gazOK, gazN)
	if falseNumbers != 0 {
		t.Errorf("false numbers = %d, want 0", falseNumbers)
	}
	if qualOK < qualN || earlierOK < earlierN {
		t.Errorf("qualifiers %d/%d, earlier counts %d/%d: want all right", qualOK, qualN, earlierOK, earlierN)
	}
}

// checkEvidence checks the proof of every mention: offsets that select
// the evidence text, counts that are positive or vague with words, actions
// in the vocabulary.
func checkEvidence(t testing.TB, name string, d Document, ms []Mention) {
	t.Helper()
	for _, m := range ms {
		if len(m.Evidence) == 0 {
			t.Errorf("%s: %s/%s has no evidence", name, m.Company, m.Action)
		}
		for _, e := range m.Evidence {
			if e.Headline {
				if e.Text != d.Title || e.Start != 0 || e.End != 0 {
					t.Errorf("%s: headline evidence %d:%d %q is not the title %q", name, e.Start, e.End, e.Text, d.Title)
				}
				continue
			}
			if e.Start < 0 || e.End > len(d.Text) || e.Start > e.End || d.Text[e.Start:e.End] != e.Text {
				t.Errorf("%s: evidence %d:%d does not select %q", name, e.Start, e.End, e.Text)
			}
		}
		if !slices.Contains(Actions, m.Action) {
			t.Errorf("%s: action %q not in the vocabulary", name, m.Action)
		}
		if m.Count != nil {
			if m.Count.N < 0 || m.Count.N == 0 && m.Count.Text == "" {
				t.Errorf("%s: count %+v has neither a number nor words", name, *m.Count)
			}
			if m.Count.N > 0 && !strings.Contains(m.EvidenceText(), m.Count.Text) {
				t.Errorf("%s: count text %q not in the evidence", name, m.Count.Text)
			}
		}
		if m.Company == "" {
			t.Errorf("%s: mention without a company", name)
		}
	}
}
