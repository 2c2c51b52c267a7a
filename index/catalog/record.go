package catalog

import (
	"slices"
	"strconv"
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
	roles      []int // what each field holds, once companyRecords has read them
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
	for _, p := range paragraphs(text) {
		if r, ok := readRecord(text, p.start, p.end); ok {
			out = append(out, r)
		}
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
	parts := strings.Split(p, RecordSep)
	at := r.start
	labelled := true
	for _, part := range parts {
		label, value, ok := strings.Cut(part, ": ")
		n := len(strings.Fields(label))
		if !ok || n == 0 || n > 6 || strings.ContainsAny(label, ".!?\"“") || strings.TrimSpace(value) == "" {
			labelled = false
			break
		}
		vs := at + len(label) + 2
		r.fields = append(r.fields, recordField{label: strings.ToLower(strings.TrimSpace(label)), value: value, start: vs})
		at += len(part) + len(RecordSep)
	}
	if labelled {
		return r, len(r.fields) >= 2
	}
	// a row of a table without a header: cells with no labels, read by
	// what they hold
	if len(parts) < 3 {
		return record{}, false
	}
	r.fields, at = nil, r.start
	for _, part := range parts {
		if strings.TrimSpace(part) == "" || len(strings.Fields(part)) > maxCellWords {
			return record{}, false
		}
		r.fields = append(r.fields, recordField{value: part, start: at})
		at += len(part) + len(RecordSep)
	}
	return r, true
}

// maxCellWords is the most words a cell of a row without labels holds;
// a longer run is prose with bars in it.
const maxCellWords = 60

// companyRecords keeps the records that name a company; the others
// (a glossary, a table of dates and events) stay prose.
func (x *Extractor) companyRecords(recs []record, text string) []record {
	kept := recs[:0]
	for _, r := range recs {
		r.roles = x.fieldRoles(r, text)
		for k, role := range r.roles {
			if role == roleCompany && len(x.recordCompanies(r.fields[k].value)) > 0 {
				kept = append(kept, r)
				break
			}
		}
	}
	return kept
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

// fieldRoles tells what each field of a record holds: by its label, or
// in a row without labels by its place and words. There the first cell
// is the company; a cell that is a number, with no more than a noun for
// people or signatures after it, is the count; the first other cell that
// names an action is the action; the first other that names an agency,
// else an issue, is the target, and a dollar amount in any other cell is
// the contract's value.
func (x *Extractor) fieldRoles(r record, text string) []int {
	roles := make([]int, len(r.fields))
	if r.fields[0].label != "" {
		for k, f := range r.fields {
			roles[k] = fieldRole(f.label)
		}
		return roles
	}
	roles[0] = roleCompany
	action, target := false, false
	for k := 1; k < len(r.fields); k++ {
		f := r.fields[k]
		toks := tokenize(f.value, f.start)
		if countCell(toks) {
			roles[k] = roleCount
		} else if !action && recordActionOf(toks) != "" {
			roles[k], action = roleAction, true
		}
	}
	for _, issues := range []bool{false, true} {
		for k := 1; k < len(r.fields) && !target; k++ {
			if roles[k] != roleNone {
				continue
			}
			f := r.fields[k]
			s := sentence{start: f.start, end: f.start + len(f.value), text: f.value, toks: tokenize(f.value, f.start)}
			if !issues && len(x.agencyRefs(&s, text)) > 0 || issues && len(x.issueRefs(&s, text)) > 0 {
				roles[k], target = roleContract, true
			}
		}
	}
	for k := 1; k < len(r.fields); k++ {
		if roles[k] == roleNone && firstMoney(tokenize(r.fields[k].value, r.fields[k].start)) > 0 {
			roles[k] = roleValue
		}
	}
	return roles
}

// countCell reports whether a cell is a count: a number, with a qualifier
// before it and a noun for people or signatures after it at most ("87
// signatures", "about 400", "1,200+").
func countCell(toks []token) bool {
	for i := 0; i < len(toks) && i < 4; i++ {
		a, ok := amountAt(toks, i)
		if !ok {
			continue
		}
		if a.from != 0 && !(i == 1 && toks[0].text == "~") || a.countValue() == 0 || isYear(toks[i]) {
			return false
		}
		rest := toks[a.to:]
		return len(rest) == 0 || len(rest) == 1 && (sigNouns[rest[0].lower] || peopleNouns[rest[0].lower])
	}
	return false
}

var (
	peopleNouns = wordSet("employees", "workers", "staff", "people", "participants", "engineers", "staffers", "members")
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
	if has(recordDateWords) {
		return roleDate // "Date signed", "Month"
	}
	signs := false
	for _, w := range ws {
		signs = signs || strings.HasPrefix(w, "sign") && w != "sign" // signers, signatures, signatories, signed
	}
	if signs && has(recordDealWords) {
		return roleNone // "Contract signed": the deal's date
	}
	if signs || len(ws) == 1 && (ws[0] == "count" || ws[0] == "number" || ws[0] == "people") {
		return roleCount
	}
	if ws[0] == "what" && (ws[len(ws)-1] == "did" || ws[len(ws)-1] == "done") {
		return roleAction // "What workers did"
	}
	if has(peopleNouns) && !has(recordCountWords) {
		return roleNone // "Number of employees", "Staff": a workforce
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
		"spokesperson", "founded", "headquarters", "hq", "valuation", "funding", "employs", "employed", "ceo", "outcome",
		"result", "status", "demands", "demand", "source", "sources", "reporter", "ticker", "price", "shares",
		"share", "percent", "percentage", "rate", "proportion", "goal", "threshold", "needed", "required",
		"offices", "cities", "locations", "sites", "countries", "days", "hours", "weeks", "analyst", "rating",
		"recommendation", "awarded", "award", "layoffs", "cuts")
	recordCountWords = wordSet("participants", "participation", "turnout", "attendance", "attendees", "walked",
		"protesters", "protestors", "strikers", "supporters", "backers", "involved", "names", "participating",
		"joined", "taking", "took", "resignations", "resigned")
	recordDealWords    = wordSet("contract", "contracts", "deal", "deals", "agreement", "award")
	recordDateWords    = wordSet("date", "when", "delivered", "sent", "held", "began", "started", "day", "month", "filed")
	recordValueWords   = wordSet("value", "amount", "worth")
	recordCompanyWords = wordSet("who", "company", "companies", "employer", "employers", "firm", "workplace", "studio", "startup", "campaign", "campaigns")
	recordActionWords  = wordSet("action", "actions", "tactic", "tactics", "type", "form", "activity", "method", "what")
	recordTargetWords  = wordSet("target", "targets", "client", "clients", "customer", "customers", "agency", "agencies",
		"government", "buyer", "partner", "against", "protesting", "opposing", "issue", "cause", "concern", "program",
		"project", "objection", "aim", "over")
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
	"investors", "student", "students", "public", "consumer", "consumers", "academics", "researchers", "creators",
	"artists", "authors", "musicians", "parents", "residents", "citizens", "scientists", "professors", "advertisers",
	"fans", "players", "subscribers", "viewers", "readers", "drivers", "couriers")

// recordMentions reads the mentions the records state (those
// companyRecords kept, with their roles). A record must name
// a company and an action (or a count of signers, which is a letter's);
// an action the catalogue cannot name is "other" when the same table
// names actions in other rows.
func (x *Extractor) recordMentions(recs []record, doc Document) []Mention {
	type row struct {
		m       Mention
		ok      bool
		unnamed bool // an action field whose words name no action
		labels  string
		others  []recordName // the other companies of a joint action
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
		roles := r.roles
		var companyToks []token
		var companies []recordName
		shares := false // a survey's or a breakdown's shares: "Share who signed: 12%"
		var actionCell *recordField
		for k := range r.fields {
			f := &r.fields[k]
			labels = append(labels, f.label)
			for _, w := range strings.Fields(f.label) {
				shares = shares || w == "share" || w == "percent" || w == "percentage" || w == "proportion" || w == "%"
			}
			toks := tokenize(f.value, f.start)
			switch roles[k] {
			case roleCompany:
				if m.Company == "" {
					companies = x.recordCompanies(f.value)
					if len(companies) > 0 {
						m.Company, m.InGazetteer = companies[0].name, companies[0].inGaz
					}
					companyToks = toks
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
				if actionCell == nil {
					actionCell = f
				}
				if m.Action == "" {
					m.Action = recordActionOf(toks)
				}
				outside = outside || anyWord(toks, recordOutsiders)
			case roleCount:
				if m.Count == nil {
					m.Count = recordCount(toks, doc.Text)
					countKind = KindParticipants
					if strings.Contains(f.label, "sign") || f.label == "" && anyWord(toks, sigNouns) {
						countKind = KindSignatures
					}
				}
			case roleDate:
				if m.EventDate == "" {
					m.EventDate = eventDate(toks, doc.Published)
				}
			}
		}
		if m.Company == "" || outside || shares {
			continue
		}
		if m.Action == "" {
			// "Campaign: Halyard Robotics open letter": the company's
			// cell names the action too
			if a := recordActionOf(companyToks); a != "" {
				m.Action, actionField = a, true
			}
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
			if actionCell != nil && m.Action != "" {
				// "Action: Resignations after return-to-office order":
				// the action's cell states its aim
				var aim Mention
				x.recordTarget(&aim, actionCell, doc.Text)
				if hasTarget(&aim) {
					m.Agency, m.Issue, m.Target = aim.Agency, aim.Issue, aim.Target
				}
			}
		}
		m.Evidence = []Evidence{{Text: r.text, Start: r.start, End: r.end}}
		rows[ri].m, rows[ri].ok = m, true
		rows[ri].others = companies[1:]
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
		if len(rw.others) > 0 {
			// "Google, Microsoft and Amazon | Joint letter | 1,200":
			// each company's action, no company's count
			m.Count = nil
			out = append(out, m)
			for _, o := range rw.others {
				j := m
				j.Company, j.InGazetteer = o.name, o.inGaz
				out = append(out, j)
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// recordName is a company a record names.
type recordName struct {
	name  string
	inGaz bool
}

// recordCompanies reads a company cell: "Spindle Analytics (Pasadena,
// Calif.)" is Spindle Analytics, "Alphabet" is Google, "Google, Microsoft
// and Amazon" and "Microsoft/GitHub" are each company; a totals row
// ("Total", "All companies") names none.
func (x *Extractor) recordCompanies(v string) []recordName {
	if i := strings.IndexAny(v, "(;"); i > 0 {
		v = v[:i]
	}
	var parts []string
	if strings.Contains(v, " and ") || strings.Contains(v, "/") {
		for _, p := range strings.FieldsFunc(strings.ReplaceAll(v, " and ", ","), func(r rune) bool { return r == ',' || r == '/' }) {
			parts = append(parts, p)
		}
	} else {
		parts = []string{strings.Split(v, ",")[0]}
	}
	var out []recordName
	for _, p := range parts {
		if n, gz, ok := x.recordCompany(p); ok && !slices.Contains(out, recordName{n, gz}) {
			out = append(out, recordName{n, gz})
		}
	}
	return out
}

// cellDeterminers start a noun phrase; a cell whose capitalised start is
// followed by one ("Print this story", "Read the letter") is a phrase.
var cellDeterminers = wordSet("this", "the", "a", "an", "your", "our", "my", "these", "those")

// recordCompany reads one company's name: "Halyard Robotics open letter"
// is Halyard Robotics.
func (x *Extractor) recordCompany(v string) (string, bool, bool) {
	v = strings.TrimSpace(v)
	for _, suf := range []string{" Inc", " Inc.", " Corp", " Corp.", " LLC", " Ltd", " Ltd."} {
		v = strings.TrimSuffix(v, suf)
	}
	// "Halyard Robotics open letter": the name, before the words that
	// are not part of it
	ws := strings.Fields(v)
	// "Employees of Pellucid AI", "Engineers at Halyard": the employer
	for len(ws) > 2 && (workerNouns[strings.ToLower(ws[0])] || workerModifiers[strings.ToLower(ws[0])]) && (ws[1] == "of" || ws[1] == "at" || ws[1] == "from") {
		ws = ws[2:]
	}
	for k := 1; k < len(ws); k++ {
		if r := ws[k][0]; r >= 'a' && r <= 'z' && !nameJoiners[ws[k]] {
			if cellDeterminers[ws[k]] {
				return "", false, false // "Print this story": a phrase, not a name
			}
			ws = ws[:k]
			break
		}
	}
	v = strings.Join(ws, " ")
	if v == "" || len(ws) > 5 || !isCapitalized(token{text: v, word: true}) || totalWords[strings.ToLower(ws[0])] || fieldRole(strings.ToLower(v)) != roleNone {
		return "", false, false
	}
	n, gz := x.canonicalCompany(v)
	return n, gz, true
}

// totalWords open a row that sums or sets apart the others: "Total",
// "All companies", "Other".
var totalWords = wordSet("total", "totals", "all", "overall", "sum", "average", "combined", "other", "others", "industry", "median", "subtotal")

// nameJoiners are the lower-case words inside a company's name.
var nameJoiners = wordSet("of", "&", "de", "for", "the")

// recordTarget reads a target cell: an agency by name, acronym or
// nickname, else an issue the catalogue knows, else the cell's words.
func (x *Extractor) recordTarget(m *Mention, f *recordField, text string) {
	s := sentence{start: f.start, end: f.start + len(f.value), text: f.value, toks: tokenize(f.value, f.start), aim: true}
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
// of 40", "Hundreds", "Grew from 300 to 1,100". The largest number that
// counts people is the count, the smaller ones earlier figures; a whole
// ("of 40"), a ratio ("1 in 10"), other things counted ("50 cities") and
// dates are not counts. A dash or no number gives none.
func recordCount(toks []token, text string) *Count {
	var best *Count
	var others []int
	for i := range toks {
		if months[toks[i].lower] != 0 && toks[i].text != toks[i].lower && (dayAt(toks, i+1) || dayAt(toks, i+2) && toks[i+1].text == "." || i > 0 && dayAt(toks, i-1)) {
			return nil // "Sept. 30, 2019", "30 September": a date
		}
	}
	for i := 0; i < len(toks); i++ {
		a, ok := amountAt(toks, i)
		if !ok || isYear(toks[i]) {
			continue
		}
		if i > 0 && (toks[i-1].lower == "of" || toks[i-1].lower == "in" || toks[i-1].lower == "per") {
			continue
		}
		if a.to < len(toks) && toks[a.to].word && !peopleNouns[toks[a.to].lower] && !sigNouns[toks[a.to].lower] && toks[a.to].lower != "in" && toks[a.to].lower != "to" {
			continue // "50 cities"
		}
		if a.to+1 < len(toks) && toks[a.to].lower == "in" && amountFollows(toks, a.to+1) {
			i = a.to + 1
			continue // "1 in 10": a share
		}
		c := &Count{Qualifier: a.qualifier, Text: spanText(text, toks, a.from, a.to)}
		if a.vague {
			if best == nil {
				best = c
			}
			continue
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
		if best == nil || best.N < n {
			if best != nil && best.N > 0 {
				others = append(others, best.N)
			}
			best = c
		} else {
			others = append(others, n)
		}
		i = a.to - 1
	}
	if best != nil && best.N > 0 && len(others) > 0 {
		slices.Sort(others)
		best.Earlier = slices.Compact(others)
	}
	return best
}

// dayAt reports whether toks[i] is a day of a month: 1 to 31.
func dayAt(toks []token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	n, err := strconv.Atoi(strings.TrimRight(toks[i].lower, "stndrh"))
	return err == nil && n >= 1 && n <= 31
}

func amountFollows(toks []token, i int) bool {
	_, ok := amountAt(toks, i)
	return ok
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
// same company, action and target (or of a target one side does not
// state) fills in what the prose's mention lacks (target, value, date),
// gives it the larger count, and adds its row to the evidence; another
// record is a mention of its own. A record with no target joins the
// company's only mention of the action.
func withRecords(ms, recs []Mention) []Mention {
	same := func(m, r *Mention) bool {
		if m.Company != r.Company || m.Action != r.Action || !sameTarget(m, r) {
			return false
		}
		if !hasTarget(r) {
			n := 0
			for _, o := range ms {
				if o.Company == r.Company && o.Action == r.Action {
					n++
				}
			}
			return n == 1
		}
		return true
	}
	return joinMentions(ms, recs, same, func(m *Mention, r Mention) {
		keepLatest(m, r.Count)
		if !hasTarget(m) && hasTarget(&r) {
			m.Agency, m.Issue, m.Target = r.Agency, r.Issue, r.Target
		}
	})
}

// hasTarget reports whether a mention states an agency or a known issue.
func hasTarget(m *Mention) bool {
	return m.Agency != "" || m.Issue != "" && m.Issue != "other"
}

// sameTarget reports whether two mentions may be of one campaign: the same
// agency or issue, or one of them states none.
func sameTarget(m, r *Mention) bool {
	if !hasTarget(m) || !hasTarget(r) {
		return true
	}
	return m.Agency == r.Agency && (m.Agency != "" || m.Issue == r.Issue)
}

// keepLatest gives a mention the larger of its count and c, the smaller
// an earlier figure: counts grow.
func keepLatest(m *Mention, c *Count) {
	switch {
	case c == nil:
	case m.Count == nil || m.Count.N == 0 && c.N > 0:
		m.Count = c
	case c.N > m.Count.N:
		earlier := append(append([]int{}, m.Count.Earlier...), c.Earlier...)
		earlier = append(earlier, m.Count.N)
		n := *c
		slices.Sort(earlier)
		n.Earlier = slices.Compact(earlier)
		m.Count = &n
	case c.N > 0 && c.N < m.Count.N:
		earlier := append(append([]int{}, m.Count.Earlier...), c.N)
		slices.Sort(earlier)
		m.Count.Earlier = slices.Compact(earlier)
	}
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

// tallyRecords returns the records of a running tally: a date and a count
// of signers, and nothing of whose or against what ("Date: Dec 21 |
// Verified Arborline signers: 263 | Note: Latest count"). A page that
// tells one letter or petition keeps its tally this way.
func (x *Extractor) tallyRecords(recs []record) []record {
	var out []record
	for _, r := range recs {
		if r.fields[0].label == "" {
			continue
		}
		date, count := false, false
		ok := true
		for _, f := range r.fields {
			switch fieldRole(f.label) {
			case roleDate:
				date = true
			case roleCount:
				count = count || tallyLabel(f.label)
			case roleNone:
			default:
				ok = false
			}
		}
		if ok && date && count {
			out = append(out, r)
		}
	}
	return out
}

// tallyLabel reports whether a column counts the signers of the page's
// letter or petition: "Verified Arborline signers", "Signatures", not
// "Public supporters", "Customer signatures", "Pledge signers (all tech
// workers)" or "Strike fund donors' names".
func tallyLabel(label string) bool {
	if !strings.Contains(label, "sign") && !strings.Contains(label, "names") {
		return false
	}
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == '-' || r == '\'' || r == '’' }) {
		if recordOutsiders[w] || tallyOthers[w] {
			return false
		}
	}
	return true
}

// tallyOthers are words of a tally's column that count another thing than
// the staff's letter or petition.
var tallyOthers = wordSet("pledge", "pledges", "card", "cards", "union", "donors", "donations", "fund", "outside",
	"external", "non-employees", "community", "supporters", "all", "total", "industry", "guests", "members")

// withTally gives the one letter or petition of ms the counts of a
// running tally, the largest its count and the others earlier figures.
// A page whose prose tells both a letter and a petition, or several
// companies' documents, keeps its tally apart.
func withTally(ms []Mention, tally []record, doc Document) []Mention {
	one := -1
	for i, m := range ms {
		if m.Action != "letter" && m.Action != "petition" {
			continue
		}
		if one >= 0 {
			return ms // two documents: whose tally is it?
		}
		one = i
	}
	if one < 0 {
		return ms
	}
	other := "petition"
	if ms[one].Action == "petition" {
		other = "letter"
	}
	for _, t := range triggers(tokenize(doc.Text, 0)) {
		if t.action == other {
			return ms // "drivers at Dashly started a petition" beside the letter
		}
	}
	for _, r := range tally {
		for _, f := range r.fields {
			if fieldRole(f.label) != roleCount || !tallyLabel(f.label) {
				continue
			}
			if c := recordCount(tokenize(f.value, f.start), doc.Text); c != nil && c.N > 0 {
				c.Kind = KindSignatures
				keepLatest(&ms[one], c)
				ms[one].Evidence = append(ms[one].Evidence, Evidence{Text: r.text, Start: r.start, End: r.end})
			}
		}
	}
	return ms
}
