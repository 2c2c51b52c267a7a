package index

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"
)

func TestPhraseSearch(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, testArticles)
	ctx := context.Background()
	for _, tt := range []struct {
		q    string
		want int
	}{
		{`"separate families"`, 1}, // adjacent in the Salesforce report
		{`"families separate"`, 0}, // not in that order
		{`"sexual harassment"`, 1}, // the walkout
		{`"signed a letter"`, 1},   // stop words inside a phrase
	} {
		res, err := ix.Search(ctx, Query{Text: tt.q})
		if err != nil {
			t.Fatalf("%s: %v", tt.q, err)
		}
		if res.Total != tt.want {
			t.Errorf("%s: %d campaigns, want %d", tt.q, res.Total, tt.want)
		}
	}
}

// TestExportsAreComplete checks that every matching row is exported in
// every order, past the 500-row pages the search index is read in.
func TestExportsAreComplete(t *testing.T) {
	ix := openTestIndex(t)
	ctx := context.Background()
	const n = 620
	for i := 0; i < n; i++ {
		a := &Article{URL: fmt.Sprintf("https://bulk.example/%d", i), Title: fmt.Sprintf("Report %d", i),
			Published: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i),
			Text:      fmt.Sprintf("About %d Salesforce employees signed a letter asking the company to end its contract with Customs and Border Protection.", 100+i)}
		if _, err := ix.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := ix.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	for _, sort := range []string{SortOldest, SortNewest, SortSignatures, SortRelevance} {
		seen := map[string]bool{}
		err := ix.EachMention(ctx, Query{Text: "letter", Sort: sort}, func(r *MentionRow) error {
			seen[r.ArticleURL] = true
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(seen) != n {
			t.Errorf("sort %s: exported %d distinct mentions, want %d", sort, len(seen), n)
		}
	}
}

func TestUndatedReports(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, append([]*Article{{URL: "https://undated.example/a", Title: "Undated",
		Text: "More than 50 Salesforce employees signed a letter asking the company to end its contract with Customs and Border Protection."}},
		testArticles...))
	res, err := ix.Search(context.Background(), Query{})
	if err != nil {
		t.Fatal(err)
	}
	for _, y := range res.Facets.Year {
		if y.Value < "1900" {
			t.Errorf("year facet has %q", y.Value)
		}
	}
	c, err := ix.Campaign(context.Background(), "salesforce-cbp")
	if err != nil {
		t.Fatal(err)
	}
	if c.FirstReported.IsZero() || c.FirstReported.Year() != 2018 || slices.Contains(c.Years(), "0001") {
		t.Errorf("first reported %v, years %v: an undated source must not count", c.FirstReported, c.Years())
	}
	b, _ := json.Marshal(c)
	if bytes.Contains(b, []byte("0001-01-01")) {
		t.Errorf("zero date in JSON: %s", b)
	}
}

func TestQueriesThatFailAtSearchTimeAreInvalid(t *testing.T) {
	ix := openTestIndex(t)
	putAll(t, ix, testArticles)
	for _, q := range []string{"letter~3", "/.{1000}/", `/[/`} {
		_, err := ix.Search(context.Background(), Query{Text: q})
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%q: got %v, want ErrInvalid", q, err)
		}
	}
	if _, err := ix.Search(context.Background(), Query{Text: "letter~2"}); err != nil {
		t.Errorf("letter~2: %v", err)
	}
}

func TestEventsStableAndNewestFirst(t *testing.T) {
	ix := openTestIndex(t)
	ctx := context.Background()
	seen := func(h int) time.Time { return time.Date(2025, 1, 1, h, 0, 0, 0, time.UTC) }
	// Found in this order: the 25 June report, then an older one of 20 June.
	late := *testArticles[1]
	late.FetchedAt = seen(1)
	putAll(t, ix, []*Article{&late})
	before, err := ix.Events(ctx, Query{}, 0, time.Time{})
	if err != nil || len(before) != 1 || before[0].Kind != "new" {
		t.Fatalf("before: %+v %v", before, err)
	}
	early := *testArticles[0]
	early.FetchedAt = seen(2)
	putAll(t, ix, []*Article{&early})
	after, err := ix.Events(ctx, Query{}, 0, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, e := range after {
		ids[e.ID] = e.Kind
	}
	if kind, ok := ids[before[0].ID]; !ok || kind != "report" {
		t.Errorf("the first report's event changed ID when an older report arrived: %v", ids)
	}
	// Newest found first: the late-found older report leads. Its 100
	// before the 300 already known is old history, not growth: no event.
	if after[0].URL != early.URL || !after[0].Seen.Equal(seen(2)) {
		t.Errorf("first event: %+v, want the report found last", after[0])
	}
	for _, e := range after {
		if e.Kind == "grew" {
			t.Errorf("a late-found smaller figure made a grew event: %+v", e)
		}
	}

	// A limit gives the same first events as no limit.
	putAll(t, ix, testArticles[2:])
	all, err := ix.Events(ctx, Query{}, 0, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{1, 2, 3} {
		got, err := ix.Events(ctx, Query{}, limit, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != limit {
			t.Fatalf("limit %d: %d events", limit, len(got))
		}
		for i := range got {
			if got[i].ID != all[i].ID {
				t.Errorf("limit %d, event %d: %s, want %s", limit, i, got[i].ID, all[i].ID)
			}
		}
	}
	since, err := ix.Events(ctx, Query{}, 0, seen(2))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range since {
		if e.Seen.Before(seen(2)) {
			t.Errorf("since: event seen %v", e.Seen)
		}
	}
}

func TestJSONListsStayTyped(t *testing.T) {
	var buf bytes.Buffer
	enc, _ := NewEncoder(&buf, FormatJSON, MentionColumns)
	row := &MentionRow{ArticleURL: "https://a.example/x", Mention: Mention{Company: "Amazon", Action: "letter",
		Count: &Count{N: 4000, Text: "4,000", Kind: "signatures", Earlier: []int{3500}}}}
	if err := enc.EncodeMention(row); err != nil {
		t.Fatal(err)
	}
	enc.Close()
	var out []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if e, ok := out[0]["earlier_counts"].([]any); !ok || len(e) != 1 || e[0] != float64(3500) {
		t.Errorf("earlier_counts: got %#v, want [3500] as numbers", out[0]["earlier_counts"])
	}
	if out[0]["signatures"] != float64(4000) || out[0]["contract_value_usd"] != nil {
		t.Errorf("numbers: got %v and %v", out[0]["signatures"], out[0]["contract_value_usd"])
	}
}
