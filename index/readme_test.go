package index

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEDocumentsEveryColumn keeps the README's data dictionary in step
// with the export tables: every column is documented, in order, with its
// description.
func TestREADMEDocumentsEveryColumn(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for _, tab := range []struct {
		name string
		cols []Column
	}{{"mentions", MentionColumns}, {"campaigns", CampaignColumns}} {
		i := strings.Index(readme, "#### "+tab.name)
		if i < 0 {
			t.Fatalf("README has no %q table", tab.name)
		}
		rest := readme[i:]
		for n, c := range tab.cols {
			row := "| `" + c.Name + "` |"
			j := strings.Index(rest, row)
			if j < 0 {
				t.Errorf("%s column %d %q is not documented (in order) in README.md", tab.name, n+1, c.Name)
				continue
			}
			line := rest[j:]
			line = line[:strings.IndexByte(line, '\n')]
			if !strings.Contains(line, strings.ReplaceAll(c.Description, "|", "\\|")) {
				t.Errorf("%s column %q: README description differs from the code's", tab.name, c.Name)
			}
			rest = rest[j:]
		}
	}
}
