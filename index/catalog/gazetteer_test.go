package catalog

import (
	"strings"
	"testing"
)

func TestGazetteerLookups(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	g := x.Gazetteer()
	companies := []struct{ in, want string }{
		{"Google", "Google"}, {"alphabet", "Google"}, {"Googlers", "Google"},
		{"AWS", "Amazon"}, {"Amazon Web Services", "Amazon"}, {"Facebook", "Meta"},
		{"GitHub", "GitHub"}, {"LinkedIn", "LinkedIn"}, {"salesforce.com", "Salesforce"},
	}
	for _, tt := range companies {
		c, ok := g.Company(tt.in)
		if !ok || c.Name != tt.want {
			t.Errorf("Company(%q) = %q, %v, want %q", tt.in, c.Name, ok, tt.want)
		}
	}
	if c, ok := g.Company("Seattle"); ok {
		t.Errorf("Company(Seattle) = %q, want none", c.Name)
	}
	agencies := []struct{ in, want, full string }{
		{"CBP", "CBP", "U.S. Customs and Border Protection"},
		{"border patrol", "CBP", "U.S. Customs and Border Protection"},
		{"Immigration and Customs Enforcement", "ICE", "U.S. Immigration and Customs Enforcement"},
		{"Project Maven", "Pentagon", "U.S. Department of Defense"},
		{"JEDI", "Pentagon", "U.S. Department of Defense"},
		{"U.S. Army", "US Army", "U.S. Army"},
		{"law enforcement", "Police", "Police and law enforcement agencies"},
		{"Project Nimbus", "Israel", "Government of Israel"},
	}
	for _, tt := range agencies {
		a, ok := g.Agency(tt.in)
		if !ok || a.Name != tt.want || a.Full != tt.full {
			t.Errorf("Agency(%q) = %q %q, %v, want %q %q", tt.in, a.Name, a.Full, ok, tt.want, tt.full)
		}
	}
	if _, ok := g.Agency("China"); ok {
		t.Error("Agency(China): censorship is an issue, not a government contract")
	}
	cs := g.Companies()
	if len(cs) < 50 {
		t.Errorf("got %d companies, want a real list", len(cs))
	}
	for i := 1; i < len(cs); i++ {
		if cs[i-1].Name > cs[i].Name {
			t.Fatalf("Companies not sorted: %q before %q", cs[i-1].Name, cs[i].Name)
		}
	}
	if len(g.Agencies()) < 5 || len(g.Issues()) < 5 {
		t.Errorf("got %d agencies and %d issues", len(g.Agencies()), len(g.Issues()))
	}
	// returned values are copies
	cs[0].Aliases = append(cs[0].Aliases, "changed")
	if c, _ := g.Company(cs[0].Name); len(c.Aliases) == len(cs[0].Aliases) {
		t.Error("Companies returned the gazetteer's own slices")
	}
}

func TestNewFromErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"syntax", "{\n \"companies\": [\n  {\"name\": \"A\",}\n ]\n}", "line 3"},
		{"type", "{\n \"companies\": [\n  {\"name\": 5}\n ]\n}", "line 3"},
		{"unknown field", `{"companys": []}`, "unknown field"},
		{"empty company", `{"companies": [{"name": ""}]}`, "company 1: empty name"},
		{"duplicate alias", `{"companies": [{"name": "A", "aliases": ["X"]}, {"name": "B", "aliases": ["x"]}]}`, `company "B": name "x" already belongs to "A"`},
		{"agency without full name", `{"agencies": [{"name": "ICE", "aliases": []}]}`, `agency "ICE": empty full name`},
		{"bad slug", `{"issues": [{"slug": "Climate Change", "words": ["climate"]}]}`, "not a lower-case slug"},
		{"issue without words", `{"issues": [{"slug": "climate", "words": []}]}`, `issue "climate": no words`},
		{"foreign country without adjective", `{"foreign": {"countries": [["Bahrain", ""]]}}`, "foreign country 1: want a name and an adjective"},
		{"empty foreign body", `{"foreign": {"bodies": [" "]}}`, "foreign body 1: empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewFrom(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("got no error, want one with %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), "catalog: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to start with \"catalog: \" and contain %q", err, tt.want)
			}
		})
	}
}

// TestNewFromCustom reads a small gazetteer of its own: a company missing
// from it is still found from how the text speaks of its workers, and is
// marked as not in the gazetteer.
func TestNewFromCustom(t *testing.T) {
	x, err := NewFrom(strings.NewReader(`{
 "companies": [{"name": "Google", "aliases": ["Alphabet"]}],
 "agencies": [{"name": "ICE", "full": "U.S. Immigration and Customs Enforcement", "aliases": ["Immigration and Customs Enforcement"]}],
 "issues": [{"slug": "climate", "words": ["climate"]}]
}`))
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract(Document{Text: "More than 200 Chef employees signed a letter asking the company to end its work for Immigration and Customs Enforcement."})
	if len(ms) != 1 {
		t.Fatalf("got %d mentions, want 1: %+v", len(ms), ms)
	}
	m := ms[0]
	if m.Company != "Chef" || m.InGazetteer || m.Agency != "ICE" || m.Signatures() != 200 {
		t.Errorf("got %s in_gazetteer=%v %s %d, want Chef false ICE 200", m.Company, m.InGazetteer, m.Agency, m.Signatures())
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Salesforce", "salesforce"},
		{"U.S. Army", "us-army"},
		{"Salesforce CBP", "salesforce-cbp"},
		{"AT&T", "att"},
		{"Activision Blizzard", "activision-blizzard"},
		{"  Harborview   Data ", "harborview-data"},
		{"Nestlé", "nestle"},
		{"return-to-office", "return-to-office"},
		{"O’Reilly Media", "oreilly-media"},
		{"!!!", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
