package catalog

import "testing"

func TestCompanyKey(t *testing.T) {
	tests := []struct {
		name string
		gaz  bool
		want string
	}{
		{"Lumora Systems", false, "Lumora"},
		{"Lumora", false, "Lumora"},
		{"Halvard Labs Inc.", false, "Halvard"},
		{"kestrel maps", false, "kestrel"},
		{"Brightwater Holdings Group", false, "Brightwater"},
		{"Graystone Vision", false, "Graystone Vision"}, // not a corporate word
		{"Harborline Communications", false, "Harborline"},
		{"General Dynamics", false, "General Dynamics"}, // a first word many firms share
		{"Digital Ocean Cloud", false, "Digital Ocean Cloud"},
		{"Palantir Technologies", true, "Palantir Technologies"}, // the gazetteer's name stands
		{"Systems", false, "Systems"},
		{"", false, ""},
	}
	for _, tc := range tests {
		if got := CompanyKey(tc.name, tc.gaz); got != tc.want {
			t.Errorf("CompanyKey(%q, %v) = %q, want %q", tc.name, tc.gaz, got, tc.want)
		}
	}
}
