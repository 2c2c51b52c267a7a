package catalog

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestReadRecords(t *testing.T) {
	text := "A story's paragraph: with a colon | and a bar.\n\n" +
		"Company: Brisa Analytics | Target: ICE | Signers: 900\n\n" +
		"Corrowind Labs | ICE | 310\n\n" +
		"Company: Brisa | Note: \"Quoted. Words\" | Signers: 5"
	recs := readRecords(text)
	if len(recs) != 3 {
		t.Fatalf("got %d records, want 3: %+v", len(recs), recs)
	}
	r := recs[0]
	if r.text != "Company: Brisa Analytics | Target: ICE | Signers: 900" || text[r.start:r.end] != r.text {
		t.Errorf("record text/offsets wrong: %q at %d-%d", r.text, r.start, r.end)
	}
	if len(r.fields) != 3 || r.fields[1].label != "target" || r.fields[1].value != "ICE" || text[r.fields[1].start:r.fields[1].start+3] != "ICE" {
		t.Errorf("fields wrong: %+v", r.fields)
	}
	if u := recs[1].fields; len(u) != 3 || u[0].label != "" || u[2].value != "310" || text[u[2].start:u[2].start+3] != "310" {
		t.Errorf("a row without labels: %+v", recs[1])
	}
	if recs[2].fields[1].label != "note" {
		t.Errorf("third record: %+v", recs[2])
	}
	blank := blankRecords(text, recs)
	if len(blank) != len(text) || readRecords(blank) != nil {
		t.Errorf("blanking changed the length or left a record: %q", blank)
	}
}

func TestFieldRole(t *testing.T) {
	for label, want := range map[string]int{
		"company": roleCompany, "employer": roleCompany, "company size": roleNone, "company response": roleNone,
		"signers": roleCount, "signatures": roleCount, "participants": roleCount, "employees involved": roleCount,
		"target": roleTarget, "client": roleTarget, "government client": roleTarget,
		"action": roleAction, "type of action": roleAction,
		"contract": roleContract, "contract value": roleValue, "value": roleValue,
		"date": roleDate, "delivered": roleDate, "month": roleDate,
		"headquarters": roleNone, "stock price": roleNone, "demands": roleNone,
		// review 9
		"number of employees": roleNone, "staff": roleNone, "contract signed": roleNone, "date signed": roleDate,
		"offices involved": roleNone, "signature goal": roleNone, "share who signed": roleNone, "department": roleNone,
		"people involved": roleCount, "staff involved": roleCount, "names": roleCount,
	} {
		if got := fieldRole(label); got != want {
			t.Errorf("fieldRole(%q) = %d, want %d", label, got, want)
		}
	}
}

func TestRecordCount(t *testing.T) {
	for _, c := range []struct {
		cell      string
		n         int
		qualifier string
		earlier   []int
		none      bool
	}{
		{cell: "250+", n: 250, qualifier: "more than"},
		{cell: "~1,200", n: 1200, qualifier: "about"},
		{cell: "About 900", n: 900, qualifier: "about"},
		{cell: "Eleven, out of a team of 40", n: 11},
		{cell: "Hundreds", n: 0},
		{cell: "—", none: true},
		{cell: "2019", none: true},
		// review 9: the latest of several, and numbers that count no people
		{cell: "3,100 (April); 4,000 (May)", n: 4000, earlier: []int{3100}},
		{cell: "Grew from 300 to 1,100", n: 1100, earlier: []int{300}},
		{cell: "50 cities, 2,000 people", n: 2000},
		{cell: "1 in 10 employees", none: true},
		{cell: "Sept. 30, 2019", none: true},
	} {
		got := recordCount(tokenize(c.cell, 0), c.cell)
		if c.none {
			if got != nil {
				t.Errorf("%q: got %+v, want no count", c.cell, got)
			}
			continue
		}
		if got == nil || got.N != c.n || got.Qualifier != c.qualifier || !slices.Equal(got.Earlier, c.earlier) {
			t.Errorf("%q: got %+v, want %d %q", c.cell, got, c.n, c.qualifier)
		}
	}
}

func TestRecordMentions(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2022, 5, 9, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, text string
		want       []string // company/agency-or-issue/action/count
	}{
		{
			name: "a fact box fills in the count the prose lacks",
			text: "Engineers at Tessaline Mapping sent a letter to the board on Friday asking it to end the company's contract with ICE.\n\n" +
				"Company: Tessaline Mapping | Client: ICE | Signers: 27 | Contract: $3.4 million",
			want: []string{"Tessaline Mapping/ICE/letter/27"},
		},
		{
			name: "a Who label names the employer in a fact box",
			text: "Who: Employees of Varrow Analytics, Denver | What: Letter to the executive team | Signatures: More than 700 | Workforce: About 2,100",
			want: []string{"Varrow Analytics/other/letter/700"},
		},
		{
			name: "a running tally's rows give the page's one petition its latest count",
			text: "We are engineers and support workers at Arborvale Cloud. We petition Arborvale's leadership to withdraw from all pursuit of Pentagon task orders.\n\n" +
				"Date: Dec 14 | Verified Arborvale signers: 58 | Note: Petition launched\n\n" +
				"Date: Dec 21 | Verified Arborvale signers: 263 | Note: Delivered to the CEO's office",
			want: []string{"Arborvale Cloud/Pentagon/petition/263"},
		},
		{
			name: "a tally with two documents on the page belongs to neither",
			text: "Engineers at Arborvale Cloud signed a letter against the company's Pentagon bid. Support workers at Arborvale Cloud started a petition against its ICE contract.\n\n" +
				"Date: Dec 21 | Verified signers: 263",
			want: []string{"Arborvale Cloud/Pentagon/letter/0", "Arborvale Cloud/ICE/petition/0"},
		},
		{
			name: "review 12: a tally's column of public supporters is not the staff's",
			text: "We are engineers at Lumenvale. Our open letter asks Lumenvale to end its contract with ICE. Colleagues can sign below.\n\n" +
				"Date: March 6 | Employee signatures: 240 | Public supporters: 5,300\n\n" +
				"Date: March 20 | Employee signatures: 410 | Public supporters: 9,100",
			want: []string{"Lumenvale/ICE/letter/410"},
		},
		{
			name: "review 12: customers' signatures and a pledge's signers are no tally of the letter",
			text: "More than 200 Notewell engineers signed a letter asking the company to end its ICE contract.\n\n" +
				"Date: May 2 | Customer signatures: 40,000\n\n" +
				"Date: May 9 | Pledge signers (all tech workers): 61,000",
			want: []string{"Notewell/ICE/letter/200"},
		},
		{
			name: "review 12: a page that tells a letter and a petition keeps its tally apart",
			text: "Workers at Lumio signed a letter against the company's ICE contract. Meanwhile, drivers at Dashly started a petition over pay.\n\n" +
				"Date: Feb 2 | Signers: 310\n\nDate: Feb 9 | Signers: 1,450",
			want: []string{"Lumio/ICE/letter/0"},
		},
		{
			name: "the prose's own count stays",
			text: "Forty engineers at Tessaline Mapping signed a letter asking the company to end its contract with ICE.\n\n" +
				"Company: Tessaline Mapping | Client: ICE | Signers: 27",
			want: []string{"Tessaline Mapping/ICE/letter/40"},
		},
		{
			name: "review 9: a fact box's larger count is the latest",
			text: "Forty engineers at Tessaline Mapping signed a letter asking the company to end its contract with ICE.\n\n" +
				"Company: Tessaline Mapping | Client: ICE | Signers: 75",
			want: []string{"Tessaline Mapping/ICE/letter/75"},
		},
		{
			name: "review 9: a workforce in a fact box is no walkout's count",
			text: "Google employees walked out of offices in New York on Thursday to protest the company's cloud contract with the Israeli government.\n\n" +
				"Company: Google | Number of employees: 182,502 | Latest action: Walkout",
			want: []string{"Google/Israel/walkout/0"},
		},
		{
			name: "review 9: the date a contract was signed is no letter",
			text: "Company: Palantir | Agency: ICE | Contract signed: Sept. 30, 2019 | Value: $49.9 million\n\n" +
				"Company: Microsoft | Agency: U.S. Army | Date signed: March 31, 2021 | Value: $480 million",
		},
		{
			name: "review 9: a totals row names no company",
			text: "Company: Corrowind Labs | Target: ICE | Action: Letter | Signers: 650\n\nCompany: Total | Target: ICE | Action: Letter | Signers: 1,150",
			want: []string{"Corrowind Labs/ICE/letter/650"},
		},
		{
			name: "review 9: a record of another campaign of the company is its own",
			text: "Amazon employees signed an open letter demanding that the company adopt a climate plan.\n\n" +
				"Company: Amazon | Target: ICE | Action: Letter | Signers: 1,000",
			want: []string{"Amazon/climate/letter/0", "Amazon/ICE/letter/1000"},
		},
		{
			name: "review 9: a joint action's companies each act, with no one's count",
			text: "Companies: Google, Microsoft and Amazon | Target: ICE | Action: Joint letter | Signers: 1,200",
			want: []string{"Google/ICE/letter/0", "Microsoft/ICE/letter/0", "Amazon/ICE/letter/0"},
		},
		{
			name: "review 9: a survey's shares, creators' letters and a label in the first cell are no staff action",
			text: "Company: Microsoft | Target: Pentagon | Action: Letter | Share who signed: 12%\n\n" +
				"Company: Ravelin Games | Target: ICE | Action: Open letter from creators | Signers: 20,000\n\n" +
				"Target | Google: Pentagon | Microsoft: ICE",
		},
		{
			name: "the action's cell states its aim when no column does",
			text: "Company: Meta | Action: Resignations after return-to-office order | Date: Feb. 2",
			want: []string{"Meta/return-to-office/resignation/0"},
		},
		{
			name: "a customer petition in a table is not the workers'",
			text: "Company: Ravelin Games | Target: refund policy | Action: Customer petition | Signers: 52,000",
		},
		{
			name: "a table of contract awards names no action",
			text: "Company: Amazon | Agency: CBP | Value: $212 million | Awarded: July 9\n\nCompany: Microsoft | Agency: ICE | Value: $94 million | Awarded: August 2",
		},
		{
			name: "an unnamed action is other only beside named ones",
			text: "Company: Ferrand Software | Target: U.S. Army | Action: Engineers refuse to ship | Signers: —\n\n" +
				"Company: Corrowind Labs | Target: ICE | Action: Open letter | Signers: 310",
			want: []string{"Ferrand Software/US Army/other/0", "Corrowind Labs/ICE/letter/310"},
		},
		{
			name: "alone, an unnamed action is none",
			text: "Company: Ferrand Software | Target: U.S. Army | Action: Engineers refuse to ship",
		},
		{
			name: "rows without labels are read by what their cells hold",
			text: "Corrowind Labs; Reno, Nev. | Letter to the board | A data contract with ICE worth $6 million | 310 signatures\n\n" +
				"Quillon Systems | U.S. Air Force drone program | Walkout | about 420",
			want: []string{"Corrowind Labs/ICE/letter/310", "Quillon Systems/US Air Force/walkout/420"},
		},
		{
			name: "a campaign's cell names the company and the action",
			text: "Campaign: Halyard Robotics open letter | Target: Project Skyhook (U.S. Air Force) | Names: 143",
			want: []string{"Halyard Robotics/US Air Force/letter/143"},
		},
		{
			name: "a standings table names no action",
			text: "Riverhawks | 12 | 3 | 36 points\n\nHarbor City | 10 | 5 | 30 points",
		},
		{
			name: "a strike with no aim is another beat",
			text: "Company: Brisa Analytics | Action: Strike | Participants: 300",
		},
		{
			name: "signers with no action column are a letter's; workforce is not a count",
			text: "Company: Alphabet | Agency: Customs and Border Protection | Signatures: 1,000+ | Company size: 180,000 employees",
			want: []string{"Google/CBP/letter/1000"},
		},
	} {
		ms := x.Extract(Document{Text: c.text, Published: pub})
		var got []string
		for _, m := range ms {
			target := m.Agency
			if target == "" {
				target = m.Issue
			}
			got = append(got, m.Company+"/"+target+"/"+m.Action+"/"+strconv.Itoa(m.Signatures()))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestStorySpans(t *testing.T) {
	text := strings.ReplaceAll("Intro paragraph.\n\n#\n\nFirst headline\n\nFirst story.\n\n#\n\nSecond headline\n\nSecond story.", "#", StoryBreak)
	sps := storySpans(text)
	if len(sps) != 3 {
		t.Fatalf("got %d stories, want 3: %+v", len(sps), sps)
	}
	h, hs, ok := storyHeadline(text, sps[1])
	if !ok || h != "First headline" || text[hs.start:hs.end] != h {
		t.Errorf("headline: %q %v", h, ok)
	}
	if _, _, ok := storyHeadline(text, sps[0]); ok {
		t.Errorf("a story of one sentence has no headline")
	}
	if storySpans("No breaks here.\n\nNone.") != nil {
		t.Errorf("a text without breaks is one story")
	}
	if storySpans("An author's section.\n\n⁂\n\nAnother section of the same story.") != nil {
		t.Errorf("review 9: an author's own asterism is no break between stories")
	}
	// a digest's numbered items, each a heading over its text
	digest := "Good morning, and welcome.\n\n1. Build, interrupted\n\nMicrosoft staff protested.\n\n2. Five days a week at Quillmark\n\nStaff pushed back.\n\nMore on that.\n\n3) Robot dogs at Stridewell, reconsidered\n\nEngineers signed a letter."
	ds := storySpans(digest)
	var heads []string
	for _, sp := range ds {
		if h, _, ok := storyHeadline(digest, sp); ok {
			heads = append(heads, h)
		}
	}
	if len(ds) != 4 || strings.Join(heads, "|") != "1. Build, interrupted|2. Five days a week at Quillmark|3) Robot dogs at Stridewell, reconsidered" {
		t.Errorf("digest: %d stories, headlines %q", len(ds), heads)
	}
	if got := storySpans("The letter makes three demands:\n\n1. Cancel the ICE contract\n\n2. Publish the terms\n\n3. Protect the signers\n\nIt had 500 signatures."); got != nil {
		t.Errorf("a list of demands with no text under each is no digest: %+v", got)
	}
	if got := storySpans("Intro.\n\n1. First item\n\nText one.\n\n3. Third item\n\nText three."); got != nil {
		t.Errorf("headings numbered out of order are no digest: %+v", got)
	}
	if got := storySpans("Microsoft employees fought the ICE contract all year.\n\n1. The letter\n\nIn June, 300 of them signed a letter.\n\n2. The petition\n\nA petition had 1,000 signatures.\n\n3. The walkout at Redmond\n\nAbout 150 staff walked out."); got != nil {
		t.Errorf("review 17: numbered sections of one story are no digest: %+v", got)
	}
	if got := storySpans("Intro.\n\n2019. The year it began\n\nText."); got != nil {
		t.Errorf("a year is no item number: %+v", got)
	}
	// a page of readers' letters, each ending with its writer's sign-off
	letters := "Letters\n\nMy employer should listen. More than 600 of us signed. — Ana Ruiz, Redmond\n\nThe levy\n\nWhen 400 of us walked out, parents complained. The levy passed. – Luis Aranda, teacher\n\nSubmit a letter of up to 250 words."
	ls := storySpans(letters)
	if len(ls) != 3 || !strings.HasSuffix(letters[ls[0].start:ls[0].end], "Redmond") || !strings.Contains(letters[ls[1].start:ls[1].end], "400 of us") {
		t.Errorf("letters page: %+v", ls)
	}
	if got := storySpans("One story.\n\nHe called it \"a plan — Rubin's plan\" in May.\n\nThe end. — Ana Ruiz, Redmond"); got != nil {
		t.Errorf("one sign-off, or a dash inside a sentence, cuts nothing: %+v", got)
	}
	b := blankExcept(text, sps[2])
	if len(b) != len(text) || b[sps[2].start:] != text[sps[2].start:] {
		t.Errorf("blanking moved the kept story")
	}
}

// Two stories of one campaign on a topic page are one mention: the larger
// count, the smaller an earlier figure.
func TestJoinStories(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll("Latest coverage.\n\n#\n\nBrisa petition passes 900\n\nMore than 900 Brisa Analytics employees have signed a petition asking the company to end its contract with ICE.\n\n#\n\nBrisa staff start a petition\n\nAbout 300 Brisa Analytics employees signed a petition on Friday asking managers to drop the contract with ICE.", "#", StoryBreak)
	ms := x.Extract(Document{Text: text})
	if len(ms) != 1 {
		t.Fatalf("got %d mentions, want 1: %+v", len(ms), ms)
	}
	m := ms[0]
	if m.Signatures() != 900 || !slices.Equal(m.Count.Earlier, []int{300}) || len(m.Evidence) < 2 || m.EventDate != "" {
		t.Errorf("got %+v, count %+v", m, m.Count)
	}
}
