package catalog

import (
	"slices"
	"strings"
)

// Records are the rows of tables and fact boxes, which the crawler writes
// one to a paragraph as "Label: value" fields separated by " | ":
//
//	Company: GitHub | Target: ICE | Action: Letter | Signers: 200+ | Contract value: $200,000
//
// A record states its facts by column rather than in a sentence, so it is
// read by its labels: the company, the target, the action, the count of
// signers or participants, the contract's value and the date. Records are
// kept out of the reading of the prose, and what they state joins the
// prose's mentions: a fact box's count fills in a mention the prose gives
// none, a row the prose does not tell becomes a mention of its own.

// RecordSep separates the fields of a record; the crawler writes it.
const RecordSep = " | "

// record is one paragraph of "Label: value" fields.
type record struct {
	start, end int
	text       string
	fields     []recordField
}

// recordField is one field of a record; start is the offset of its value
// in the document.
type recordField struct {
	label string // lower case
	value string
	start int
}

// readRecords finds the paragraphs of text that are records: two or more
// fields, each a short label, a colon and a value.
func readRecords(text string) []record {
	var out []record
	off := 0
	for off < len(text) {
		end := strings.Index(text[off:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if r, ok := readRecord(text, off, end); ok {
			out = append(out, r)
		}
		off = end + 2
	}
	return out
}

func readRecord(text string, start, end int) (record, bool) {
	p := text[start:end]
	lead := len(p) - len(strings.TrimLeft(p, " \n\t"))
	p = strings.TrimSpace(p)
	if !strings.Contains(p, RecordSep) || strings.Contains(p, "\n") {
		return record{}, false
	}
	r := record{start: start + lead, end: start + lead + len(p), text: p}
	at := r.start
	for _, part := range strings.Split(p, RecordSep) {
		label, value, ok := strings.Cut(part, ": ")
		n := len(strings.Fields(label))
		if !ok || n == 0 || n > 6 || strings.ContainsAny(label, ".!?\"“") || strings.TrimSpace(value) == "" {
			return record{}, false
		}
		vs := at + len(label) + 2
		r.fields = append(r.fields, recordField{label: strings.ToLower(strings.TrimSpace(label)), value: value, start: vs})
		at += len(part) + len(RecordSep)
	}
	return r, len(r.fields) >= 2
}

// blankRecords returns text with the records replaced by spaces, so that
// the prose keeps its offsets.
func blankRecords(text string, recs []record) string {
	b := []byte(text)
	for _, r := range recs {
		for i := r.start; i < r.end; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// Field roles.
const (
	roleNone = iota
	roleCompany
	roleTarget
	roleAction
	roleCount
	roleValue
	roleContract // a contract: its value, and the agency it is with
	roleDate
)

// fieldRole tells what a field's label names.
func fieldRole(label string) int {
	ws := strings.FieldsFunc(label, func(r rune) bool { return r == ' ' || r == '-' || r == '/' || r == '(' || r == ')' || r == ',' })
	has := func(set map[string]bool) bool {
		for _, w := range ws {
			if set[w] {
				return true
			}
		}
		return false
	}
	if len(ws) == 0 || has(recordIgnored) {
		return roleNone
	}
	for _, w := range ws {
		if strings.HasPrefix(w, "sign") && w != "sign" {
			return roleCount // signers, signatures, signatories, signed
		}
	}
	switch {
	case has(recordCountWords):
		return roleCount
	case has(recordDateWords):
		return roleDate
	case has(recordValueWords):
		return roleValue
	case ws[len(ws)-1] == "contract" || ws[len(ws)-1] == "contracts" || ws[len(ws)-1] == "deal":
		return roleContract
	case recordCompanyWords[ws[len(ws)-1]]:
		return roleCompany
	case has(recordActionWords):
		return roleAction
	case has(recordTargetWords):
		return roleTarget
	}
	return roleNone
}

var (
	// recordIgnored are labels of facts about the company or its answer,
	// never the action: "Company size", "Company response".
	recordIgnored = wordSet("size", "headcount", "workforce", "revenue", "revenues", "response", "statement",
		"spokesperson", "founded", "headquarters", "hq", "valuation", "funding", "employs", "ceo", "outcome",
		"result", "status", "demands", "demand", "source", "sources", "reporter", "ticker", "price", "shares")
	recordCountWords = wordSet("participants", "participation", "turnout", "attendance", "attendees", "walked",
		"protesters", "protestors", "strikers", "count", "number", "supporters", "backers", "involved", "people",
		"resignations", "resigned")
	recordDateWords    = wordSet("date", "when", "delivered", "sent", "held", "began", "started", "day", "month", "filed")
	recordValueWords   = wordSet("value", "amount", "worth")
	recordCompanyWords = wordSet("company", "companies", "employer", "employers", "firm", "workplace", "studio", "startup")
	recordActionWords  = wordSet("action", "actions", "tactic", "tactics", "type", "form", "activity", "method", "what")
	recordTargetWords  = wordSet("target", "targets", "client", "clients", "customer", "customers", "agency", "agencies",
		"government", "buyer", "partner", "against", "protesting", "opposing", "issue", "cause", "concern", "program",
		"project", "department", "objection", "aim", "over")
)

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// recordActionOf reads the action a field's value names ("Open letter",
// "Walkout", "Sit-in at headquarters"), or "".
func recordActionOf(toks []token) string {
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].lower
		}
		switch t.lower {
		case "letter", "letters":
			return "letter"
		case "petition", "petitions":
			return "petition"
		case "walkout", "walkouts", "walk-out", "walk-outs":
			return "walkout"
		case "walk", "walked", "walking":
			if next == "out" || next == "outs" {
				return "walkout"
			}
		case "sit-in", "sit-ins":
			return "sit-in"
		case "sit":
			if next == "in" {
				return "sit-in"
			}
		case "strike", "strikes":
			return "strike"
		case "protest", "protests", "rally", "rallies", "demonstration", "demonstrations", "vigil", "die-in", "march":
			return "protest"
		case "resignation", "resignations", "resigned", "resign", "quit":
			return "resignation"
		case "union", "unionization", "unionisation", "unionize", "unionise", "unionizing":
			if t.lower != "union" || next == "drive" || next == "campaign" || next == "election" || next == "vote" || next == "filing" {
				return "union drive"
			}
		}
	}
	return ""
}

// recordOutsiders are the people of a record's action who are not a
// company's workers: "Customer petition", "Shareholder letter".
var recordOutsiders = wordSet("customer", "customers", "user", "users", "shareholder", "shareholders", "investor",
	"investors", "student", "students", "public", "consumer", "consumers", "academics", "researchers")

// recordMentions reads the mentions the records state. A record must name
// a company and an action (or a count of signers, which is a letter's);
// an action the catalogue cannot name is "other" when the same table
// names actions in other rows.
func (x *Extractor) recordMentions(recs []record, doc Document) []Mention {
	type row struct {
		m       Mention
		ok      bool
		unnamed bool // an action field whose words name no action
		labels  string
	}
	rows := make([]row, len(recs))
	named := map[string]bool{} // tables (by their labels) with a named action
	for ri, r := range recs {
		var m Mention
		var target, contract *recordField
		var actionField bool
		var labels []string
		countKind := ""
		outside := false
		for k := range r.fields {
			f := &r.fields[k]
			labels = append(labels, f.label)
			toks := tokenize(f.value, f.start)
			switch fieldRole(f.label) {
			case roleCompany:
				if m.Company == "" {
					m.Company, m.InGazetteer = x.recordCompany(f.value)
				}
				outside = outside || anyWord(toks, recordOutsiders)
			case roleTarget:
				if target == nil {
					target = f
				}
			case roleContract:
				if contract == nil {
					contract = f
				}
				if m.ContractValueUSD == 0 {
					m.ContractValueUSD = firstMoney(toks)
				}
			case roleValue:
				if m.ContractValueUSD == 0 {
					m.ContractValueUSD = firstMoney(toks)
				}
			case roleAction:
				actionField = true
				if m.Action == "" {
					m.Action = recordActionOf(toks)
				}
				outside = outside || anyWord(toks, recordOutsiders)
			case roleCount:
				if m.Count == nil {
					m.Count = recordCount(toks, doc.Text)
					countKind = KindParticipants
					if strings.Contains(f.label, "sign") {
						countKind = KindSignatures
					}
				}
			case roleDate:
				if m.EventDate == "" {
					m.EventDate = eventDate(toks, doc.Published)
				}
			}
		}
		if m.Company == "" || outside {
			continue
		}
		key := strings.Join(labels, "|")
		rows[ri].labels = key
		if m.Action == "" && !actionField && countKind == KindSignatures && m.Count != nil {
			m.Action = "letter"
		}
		if m.Action != "" {
			named[key] = true
		} else if actionField {
			rows[ri].unnamed = true
		}
		if m.Count != nil {
			m.Count.Kind = countKind
			if m.Action == "letter" || m.Action == "petition" {
				m.Count.Kind = KindSignatures
			}
		}
		t := target
		if t == nil {
			t = contract
		}
		if t != nil {
			x.recordTarget(&m, t, doc.Text)
		} else {
			m.Issue = "other"
		}
		m.Evidence = []Evidence{{Text: r.text, Start: r.start, End: r.end}}
		rows[ri].m, rows[ri].ok = m, true
	}
	var out []Mention
	for _, rw := range rows {
		if !rw.ok {
			continue
		}
		m := rw.m
		if m.Action == "" {
			if !rw.unnamed || !named[rw.labels] || m.Agency == "" && m.Issue == "other" {
				continue
			}
			m.Action = "other"
		}
		// a labour action with no aim is another beat
		if m.Agency == "" && m.Issue == "other" && (m.Action == "strike" || m.Action == "union drive" || m.Action == "other") {
			continue
		}
		out = append(out, m)
	}
	return out
}

// recordCompany reads a company cell: "Spindle Analytics (Pasadena,
// Calif.)" is Spindle Analytics, "Alphabet" is Google.
func (x *Extractor) recordCompany(v string) (string, bool) {
	if i := strings.IndexAny(v, "(;,"); i > 0 {
		v = v[:i]
	}
	v = strings.TrimSpace(v)
	for _, suf := range []string{" Inc", " Inc.", " Corp", " Corp.", " LLC", " Ltd", " Ltd."} {
		v = strings.TrimSuffix(v, suf)
	}
	if v == "" || len(strings.Fields(v)) > 5 || !isCapitalized(token{text: v, word: true}) {
		return "", false
	}
	return x.canonicalCompany(v)
}

// recordTarget reads a target cell: an agency by name, acronym or
// nickname, else an issue the catalogue knows, else the cell's words.
func (x *Extractor) recordTarget(m *Mention, f *recordField, text string) {
	s := sentence{start: f.start, end: f.start + len(f.value), text: f.value, toks: tokenize(f.value, f.start)}
	words := strings.TrimSpace(f.value)
	if refs := x.agencyRefs(&s, text); len(refs) > 0 {
		m.Agency, m.Target = x.agencyName(refs[0].id), words
		return
	}
	if refs := x.issueRefs(&s, text); len(refs) > 0 {
		m.Issue, m.Target = x.g.issues[refs[0].id].Slug, words
		return
	}
	if firstMoney(s.toks) == 0 && !dashOnly(words) {
		m.Target = words
	}
	m.Issue = "other"
}

// recordCount reads a count cell: "250+", "~150", "Eleven, out of a team
// of 40", "Hundreds"; a dash or no number gives none.
func recordCount(toks []token, text string) *Count {
	for i := range toks {
		a, ok := amountAt(toks, i)
		if !ok || i < len(toks) && isYear(toks[i]) {
			continue
		}
		c := &Count{Qualifier: a.qualifier, Text: spanText(text, toks, a.from, a.to)}
		if a.vague {
			return c
		}
		n := a.countValue()
		if n == 0 {
			continue
		}
		c.N = n
		if c.Qualifier == "" && i > 0 && (toks[i-1].text == "~" || toks[i-1].lower == "c" || toks[i-1].lower == "approx" || toks[i-1].lower == "ca") {
			c.Qualifier = "about"
			c.Text = spanText(text, toks, i-1, a.to)
		}
		return c
	}
	return nil
}

func firstMoney(toks []token) int64 {
	for i := range toks {
		if v, _, ok := moneyAt(toks, i); ok {
			return v
		}
	}
	return 0
}

func anyWord(toks []token, set map[string]bool) bool {
	for _, t := range toks {
		if set[t.lower] {
			return true
		}
	}
	return false
}

// dashOnly reports whether a cell says nothing: "—", "-", "n/a".
func dashOnly(s string) bool {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "("); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	switch strings.ToLower(s) {
	case "", "-", "—", "–", "n/a", "na", "none", "unknown", "?":
		return true
	}
	return false
}

// withRecords joins the records' mentions to the prose's: a record of the
// same company and action fills in what the prose's mention lacks (count,
// target, value, date) and adds its row to the evidence; another record
// is a mention of its own.
func withRecords(ms, recs []Mention) []Mention {
	same := func(m, r *Mention) bool {
		return m.Company == r.Company && m.Action == r.Action && (m.Agency == "" || r.Agency == "" || m.Agency == r.Agency)
	}
	return joinMentions(ms, recs, same, func(m *Mention, r Mention) {
		if r.Count != nil && (m.Count == nil || m.Count.N == 0 && r.Count.N > 0) {
			m.Count = r.Count
		}
		if m.Agency == "" && r.Agency != "" && (m.Issue == "" || m.Issue == "other") {
			m.Agency, m.Issue, m.Target = r.Agency, "", r.Target
		}
	})
}

// joinMentions adds each of more to ms: to the first mention of ms that
// tells the same action (same), by merge and fillFrom, else as a mention
// of its own.
func joinMentions(ms, more []Mention, same func(m, r *Mention) bool, merge func(m *Mention, r Mention)) []Mention {
	for _, r := range more {
		i := slices.IndexFunc(ms, func(m Mention) bool { return same(&m, &r) })
		if i < 0 {
			ms = append(ms, r)
			continue
		}
		merge(&ms[i], r)
		fillFrom(&ms[i], r)
	}
	return ms
}

// fillFrom gives m what another telling of its action, r, states and m
// lacks (the contract's value, the date, the outcome), and r's evidence.
func fillFrom(m *Mention, r Mention) {
	if m.ContractValueUSD == 0 {
		m.ContractValueUSD = r.ContractValueUSD
	}
	if m.EventDate == "" {
		m.EventDate = r.EventDate
	}
	if m.Outcome == "" {
		m.Outcome = r.Outcome
	}
	m.Evidence = append(m.Evidence, r.Evidence...)
}
