package catalog

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZReview(t *testing.T) {
	x, _ := New()
	b, err := os.ReadFile(os.Getenv("ZZCASES"))
	if err != nil {
		t.Skip()
	}
	var cases []struct{ Title, Text string }
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for i, s := range cases {
		ms := x.Extract(Document{Title: s.Title, Text: s.Text, Published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)})
		if len(ms) == 0 {
			fmt.Printf("#%d (none)\n", i)
		}
		for _, m := range ms {
			fmt.Printf("#%d %s | %s%s | %s | %d\n", i, m.Company, m.Agency, m.Issue, m.Action, m.Signatures())
		}
	}
}
