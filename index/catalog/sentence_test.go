package catalog

import (
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Workers walked out. The company said nothing.", []string{"Workers walked out.", "The company said nothing."}},
		{"abbreviations", "The U.S. Army signed on Oct. 12 with Mr. Smith. Staff objected.", []string{"The U.S. Army signed on Oct. 12 with Mr. Smith.", "Staff objected."}},
		{"dateline", "REDMOND, Wash. — Staff objected. More followed.", []string{"REDMOND, Wash. — Staff objected.", "More followed."}},
		{"quotes", `"We will not build it," they wrote. "Never." The end.`, []string{`"We will not build it," they wrote.`, `"Never."`, "The end."}},
		{"paragraphs", "First line\n\nSecond para. Third.", []string{"First line", "Second para.", "Third."}},
		{"initials", "J. R. Smith signed. Others did too.", []string{"J. R. Smith signed.", "Others did too."}},
		{"decimal", "A $19.4 million deal. Next.", []string{"A $19.4 million deal.", "Next."}},
		{"lower after period", "at 11:30 a.m. before marching. Then home.", []string{"at 11:30 a.m. before marching.", "Then home."}},
		{"time zone after the clock", "UPDATE, 3:50 p.m. PST: Organizers said 250 had signed. At 9 a.m. Staff met.", []string{"UPDATE, 3:50 p.m. PST: Organizers said 250 had signed.", "At 9 a.m.", "Staff met."}},
		{"day after the clock", "Staff filed out at 11:10 a.m. Thursday, joining a protest. At noon Pacific time they left at 1 p.m. Eastern time. Done at 2 p.m. Friday. They went home.", []string{"Staff filed out at 11:10 a.m. Thursday, joining a protest.", "At noon Pacific time they left at 1 p.m. Eastern time.", "Done at 2 p.m. Friday.", "They went home."}},
		{"no day after the clock", "They met at 9 a.m. Fridays are quiet.", []string{"They met at 9 a.m.", "Fridays are quiet."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitSentences(tt.in)
			var texts []string
			for _, s := range got {
				if tt.in[s.start:s.end] != s.text {
					t.Errorf("offsets %d:%d select %q, want %q", s.start, s.end, tt.in[s.start:s.end], s.text)
				}
				texts = append(texts, s.text)
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", texts, tt.want)
			}
		})
	}
}

func TestSplitSentencesParagraphs(t *testing.T) {
	got := splitSentences("One. Two.\n\nThree.\n\n\nFour.")
	want := []int{0, 0, 1, 2}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, s := range got {
		if s.para != want[i] {
			t.Errorf("sentence %q: got paragraph %d, want %d", s.text, s.para, want[i])
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by spaces, possessives marked with +
	}{
		{"Microsoft's letter", "Microsoft+ letter"},
		{"employees' calls", "employees+ calls"},
		{"the U.S. Army", "the U.S. Army"},
		{"4,000 workers", "4,000 workers"},
		{"$19.4 million", "$ 19.4 million"},
		{"AT&T and Salesforce.com", "AT&T and Salesforce.com"},
		{"re-examine it, now", "re-examine it , now"},
		{"O'Sullivan’s note", "O'Sullivan+ note"},
		{"1, 650 people", "1 , 650 people"},
	}
	for _, tt := range tests {
		var parts []string
		toks := tokenize(tt.in, 0)
		for _, tk := range toks {
			p := tk.text
			if tk.poss {
				p += "+"
			}
			parts = append(parts, p)
			if tt.in[tk.start:tk.end] != tk.text {
				t.Errorf("%q: token offsets %d:%d select %q, want %q", tt.in, tk.start, tk.end, tt.in[tk.start:tk.end], tk.text)
			}
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
