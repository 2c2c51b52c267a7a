package catalog

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Version is the version of the extraction rules. It changes whenever
// Extract may give different mentions for the same document, so that
// stored mentions can be recomputed.
const Version = 173

// Extractor reads documents into mentions with one gazetteer. It is safe
// for concurrent use.
type Extractor struct {
	g *Gazetteer
	// foreign holds the foreign government bodies one document names, as
	// agencies numbered after the gazetteer's (Extract works on a copy).
	foreign []string
	// pastInTitle marks a headline whose agency is one of before: "After
	// Pentagon fight, ...".
	pastInTitle bool
	// defence is the foreign defence ministry the document named, which a
	// bare "Ministry of Defence" then stands for; set when hasDefence
	defence    int
	hasDefence bool
	// localMilitary are the bodies a bare "military" was read as in a
	// story set abroad ("German military")
	localMilitary map[int]bool
	// acronyms maps the initials a document uses for a state agency it
	// names ("DPS") to the agency's id.
	acronyms map[string]int
	// categoryTo maps an agency of a kind (Police, Prisons) to the one
	// body of that kind a document names, when it names one.
	categoryTo map[int]int
	// categoryYears are the years of the sentences that name the one body
	// of a kind: the document's year when a sentence tells none
	categoryYears map[int][]int
	// pubYear is the document's year of publication, or 0
	pubYear int
	// titleCompany is the company the headline names, or ""
	titleCompany string
	// acting holds the companies whose workers act in the document, once
	// its candidate actions are known
	acting map[string]bool
	// border is the one foreign border body the document names (the
	// Canada Border Services Agency), which a generic "border agency"
	// then is; set when hasBorder
	border    int
	hasBorder bool
	// docCountry is the one foreign country the document names, whose
	// body a bare "the Ministry of Defense" is; set when hasDocCountry
	docCountry int
	// usStory is whether the document speaks of the United States as
	// often as of its one foreign country: its bodies are then no foreign
	// country's
	usStory bool
	// countryNamed is whether the document names its country itself, not
	// only the country's cities ("Google's Dublin office" is no Irish story)
	countryNamed bool
	// docCity is the one foreign city the document names, "-" when it
	// names several
	docCity       string
	hasDocCountry bool
	// docState is the one US state the document names, whose department
	// a bare "the Department of Adult Correction" is; "" when it names
	// none or several
	docState string
	// bodyAlias maps a named body's shorter name to its full one
	bodyAlias map[string]string
	// firstWords are the first words of discovered names that stand for
	// them alone ("Civitas" for "Civitas Data")
	firstWords map[string]bool
	// contractorNames are the organisations a document describes as
	// working under contract for an agency, each mapped to that agency
	contractorNames *phraseSet
}

// agencyName returns the canonical name of agency id: the gazetteer's, or a
// foreign government body the document named.
func (x *Extractor) agencyName(id int) string {
	if id < len(x.g.agencies) {
		return x.g.agencies[id].Name
	}
	return x.foreign[id-len(x.g.agencies)]
}

// New returns an Extractor with the embedded gazetteer (gazetteer.json).
func New() (*Extractor, error) {
	return NewFrom(bytes.NewReader(defaultGazetteer))
}

// NewFrom returns an Extractor with the gazetteer read from r, in the
// format of the embedded gazetteer.json. Errors name the line or entry
// that is wrong.
func NewFrom(r io.Reader) (*Extractor, error) {
	g, err := ParseGazetteer(r)
	if err != nil {
		return nil, err
	}
	return &Extractor{g: g}, nil
}

// Gazetteer returns the extractor's gazetteer.
func (x *Extractor) Gazetteer() *Gazetteer { return x.g }

// obs is one count an article gives for an action.
type obs struct {
	a       amount
	n       int
	sent    int
	text    string
	earlier bool
	// pledge marks workers who pledged to act ("more than 400 had
	// pledged to walk out"): the turnout, when told, is the count
	pledge bool
	// final marks the figure a source gives as final ("Organizers'
	// final figure is about 250"): it is the count even when lower
	final bool
	// increment marks more on top of a count ("Another 118 people added
	// their names"): the count only when the action has no other
	increment bool
}

// cand is one action found in one sentence, before merging.
type cand struct {
	company  string
	inGaz    bool
	action   string
	sent     int
	trig     trigger
	counts   []obs
	weak     bool
	borrowed bool // actor from a possessive or a pronoun, not a worker noun
	joint    bool // one of several companies' workers acting together
	// countOnly marks an action known only from a company's share of a
	// count ("and Google's more than 90"): the action told before it.
	countOnly bool
	// labour marks an action whose own sentence states only a pay or
	// conditions aim: it takes no other target
	labour bool
	sents  map[int]bool

	agency, issue int // -1 when none
	target        string
}

// oneCompany reports whether several coordinated worker phrases are all
// one company's workers, and which.
func oneCompany(ws []*workerRef) (string, bool) {
	if len(ws) < 2 {
		return "", false
	}
	for _, w := range ws {
		if len(w.names) != 1 || w.names[0] != ws[0].names[0] {
			return "", false
		}
	}
	return ws[0].names[0], true
}

// summed returns the count of coordinated phrases of one company's
// workers: their numbers added up, a worker named in the singular counting
// one ("an engineer and two colleagues" are 3). It gives none when one
// phrase is plural without a number, vague, or not a count of actors.
func summed(toks []token, ws []*workerRef) (amount, bool) {
	total := 0
	a := amount{from: ws[0].from, numFrom: ws[0].from}
	for _, w := range ws {
		switch {
		case w.hasCount && w.countable() && !w.count.vague:
			total += w.count.countValue()
			if a.qualifier == "" {
				a.qualifier = w.count.qualifier
			}
		case !w.hasCount && !plural(toks[w.head]):
			total++
		default:
			return amount{}, false
		}
	}
	a.value, a.to = float64(total), ws[len(ws)-1].to
	return a, total >= 2
}

// genericAct returns the action a counted phrase of people ("about 500
// people") does as the subject right before it ("joined the walkout",
// "signed the letter", "walked out") or is the turnout of ("the walkout
// drew about 300 people").
func genericAct(toks []token, trigs []trigger, w *workerRef) (trigger, bool) {
	for _, t := range trigs {
		if t.noun && t.end <= w.from && w.from-t.end <= 5 && hasVerb(toks, t.end, w.from, turnoutVerbs) && !commaBetween(toks, t.end, w.from) {
			return t, true // "the walkout drew about 300 people"
		}
		to := w.to
		if e, ok := shareAside(toks, to); ok && e < t.at {
			to = e // "more than two hundred people, out of a staff of about 310, had signed it"
		}
		if t.at < to || t.at-to > 6 || t.weak || clauseBreak(toks, to, t.at) || commaBetween(toks, to, t.at) {
			continue
		}
		switch {
		case t.noun && actionClass(t.action) == "presence" && hasVerb(toks, to, t.at, presenceVerbs):
			return t, true
		case t.noun && actionClass(t.action) == "doc" && hasVerb(toks, to, t.at, signVerbs):
			return t, true
		case !t.noun && directSubject(toks, to, t.at):
			// "took part in last Wednesday's walkout": the action named
			// after the verb of taking part
			for _, n := range trigs {
				if n.noun && actionClass(n.action) == "presence" && n.at >= t.end && n.at-t.end <= 5 && !clauseBreak(toks, t.end, n.at) && !commaBetween(toks, t.end, n.at) && (toks[t.at].lower == "took" || toks[t.at].lower == "joined" || toks[t.at].lower == "join" || toks[t.at].lower == "take") {
					return n, true
				}
			}
			return t, true
		}
	}
	return trigger{}, false
}

// shareAside returns the end of a ", out of a staff of about 310," aside
// opening at toks[at], past its closing comma.
func shareAside(toks []token, at int) (int, bool) {
	if at+3 >= len(toks) || toks[at].text != "," || toks[at+1].lower != "out" || toks[at+2].lower != "of" {
		return 0, false
	}
	for k := at + 3; k < len(toks) && k <= at+12; k++ {
		if toks[k].text == "," {
			return k + 1, true
		}
	}
	return 0, false
}

// actionOf returns the action among one actor's actions in a sentence
// that trigger t adds to, or nil for a new action: one actor may do
// several ("walked out and sent a letter"), but a weak verb, a purpose
// ("a petition protesting the contract", "resigned in protest") and an
// action of the same kind ("walked out ... at the rally") add to the one
// told.
func actionOf(cs []*cand, toks []token, t trigger) *cand {
	if len(cs) == 0 {
		return nil
	}
	if t.weak || t.action == "other" || purpose(toks, t) || t.noun && !governed(toks, t) || docOpener(toks) {
		return cs[0]
	}
	for _, c := range cs {
		if actionClass(c.action) == actionClass(t.action) || c.weak || c.action == "other" {
			return c
		}
	}
	return nil
}

// governed reports whether an action noun is the object of a verb that
// does it, right before it: "organized a walkout", "sent a letter",
// "released a list of demands" — not "in the wake of national protests".
func governed(toks []token, t trigger) bool {
	for k := t.at - 1; k >= 0 && k >= t.at-3; k-- {
		l := toks[k].lower
		if presenceVerbs[l] || docVerbs[l] {
			return true
		}
		if !toks[k].word || !(determiners[l] || l == "a" || l == "an" || l == "their" || l == "its" || !isCapitalized(toks[k]) && k > t.at-3) {
			return false
		}
	}
	return false
}

// docOpener reports whether a sentence opens "In a letter ...": its verbs
// say what the letter says, not other actions.
func docOpener(toks []token) bool {
	for k := 1; k < len(toks) && k <= 4; k++ {
		switch toks[k].lower {
		case "letter", "petition", "email", "memo", "note":
			return toks[0].lower == "in"
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// purpose reports whether a protest word states what another action is
// for: "protesting the contract", "to protest", "in protest".
func purpose(toks []token, t trigger) bool {
	l := toks[t.at].lower
	prev := ""
	if t.at > 0 {
		prev = toks[t.at-1].lower
	}
	next := ""
	if t.at+1 < len(toks) {
		next = toks[t.at+1].lower
	}
	// "a protest letter", "a strike petition": the kind of letter
	return l == "protesting" || prev == "to" || prev == "in" || next == "of" || next == "letter" || next == "letters" || next == "petition" || next == "email" || next == "note"
}

// pendingCount is a count of a letter's signatures told before the
// sentence that says whose letter it is.
type pendingCount struct {
	company string // the company its sentence names, else the one in focus; "" for none
	o       obs
}

// otherAuthors write letters that are not a company's workers'.
var otherAuthors = map[string]bool{
	"group": true, "groups": true, "coalition": true, "organization": true, "organizations": true,
	"nonprofit": true, "nonprofits": true, "union": true, "unions": true, "senators": true,
	"lawmakers": true, "senator": true, "congressman": true, "congresswoman": true,
	"academics": true, "scholars": true, "professors": true, "experts": true, "researchers": true,
	"scientists": true, "alumni": true, "celebrities": true, "artists": true, "authors": true,
	"critics": true, "campaigners": true,
}

// authoredByOther reports whether a sentence says someone other than
// workers wrote or started a letter: the public, "a coalition of groups",
// "started by the ACLU".
func authoredByOther(toks []token) bool {
	if hasPublic(toks) {
		return true
	}
	for k, t := range toks {
		if otherAuthors[t.lower] && !groupOfWorkers(toks, k) && !staffUnion(toks, k) {
			return true
		}
		// "In an email to staff, chief executive Sundar Pichai said": the
		// management's
		if (t.lower == "memo" || t.lower == "email" || t.lower == "e-mail" || t.lower == "note" || t.lower == "letter") && k+2 < len(toks) && toks[k+1].lower == "to" &&
			(workerNouns[toks[k+2].lower] || k+3 < len(toks) && workerNouns[toks[k+3].lower]) {
			return true
		}
		if (t.lower == "chief" || t.lower == "ceo" || t.lower == "spokesperson" || t.lower == "spokesman" || t.lower == "spokeswoman") && hasVerb(toks, k, k+6, sayVerbs) {
			return true
		}
		if t.lower == "by" && k+1 < len(toks) && isCapitalized(toks[k+1]) && !(k > 0 && reportVerbs[toks[k-1].lower]) && months[toks[k+1].lower] == 0 && !isWeekday(toks[k+1].lower) {
			return true // not "a letter reviewed by Meridian Wire"
		}
	}
	return false
}

// staffUnion reports whether the union at toks[k] is the company's own
// staff's: "the company's union", "their union", "the workers' union".
func staffUnion(toks []token, k int) bool {
	if toks[k].lower != "union" || k == 0 {
		return false
	}
	p := toks[k-1]
	return p.lower == "their" || p.lower == "its" || p.lower == "our" || p.poss && (employerNouns[p.lower] || workerNouns[p.lower])
}

// groupOfWorkers reports whether the group at toks[k] is one of workers:
// "a group of data engineers", not "an advocacy group".
func groupOfWorkers(toks []token, k int) bool {
	if (toks[k].lower != "group" && toks[k].lower != "groups") || k+1 >= len(toks) || toks[k+1].lower != "of" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		if workerNouns[toks[j].lower] {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// definiteDoc reports whether a sentence speaks of a letter or petition
// already told: "The letter had 1,150 signatures", "Their petition...",
// not "A separate petition has 30,000 signatures".
func definiteDoc(toks []token, trigs []trigger) bool {
	for _, t := range trigs {
		if !t.noun || actionClass(t.action) != "doc" {
			continue
		}
		k := t.at - 1
		for k >= 0 && toks[k].word && (toks[k].lower == "open" || toks[k].lower == "internal" || toks[k].lower == "employee" || toks[k].lower == "employees") {
			k--
		}
		if k >= 0 && (toks[k].lower == "the" || toks[k].lower == "their" || toks[k].lower == "this" || toks[k].lower == "that") {
			return true
		}
		if k == afterLead(toks) && (toks[k].lower == "a" || toks[k].lower == "an") && sentToLeaders(toks, t.end) {
			return true // "A letter sent to chief executive Miriam Sato on Monday had 480 signatures"
		}
	}
	return false
}

// sentToLeaders reports whether the words from toks[at] tell of a document
// sent to a company's leaders: "sent to chief executive Miriam Sato",
// "delivered to the company's founders".
func sentToLeaders(toks []token, at int) bool {
	if at+1 >= len(toks) || !docSendVerbs[toks[at].lower] || toks[at+1].lower != "to" {
		return false
	}
	for k := at + 2; k < len(toks) && k <= at+5 && toks[k].word; k++ {
		if leadershipNouns[toks[k].lower] || toks[k].lower == "chief" {
			return true
		}
	}
	return false
}

// docTold reports whether the letter or petition of a sentence is the
// workers' own: one already told ("The letter had 1,150 signatures"), or
// one told beside their action ("The walkout drew 260 employees, while a
// petition against the deal has 1,480 signatures"), not "a separate
// petition".
func docTold(toks []token, trigs []trigger, here []*cand, company string) bool {
	if definiteDoc(toks, trigs) {
		return true
	}
	if hasVerb(toks, 0, len(toks), otherDocWords) {
		return false
	}
	// "The walkout follows a petition against the mandate that has drawn
	// 1,150 signatures": a document of the workers whose walkout was told
	for _, t := range trigs {
		if t.noun && actionClass(t.action) == "presence" && t.at == afterLead(toks)+1 && toks[t.at-1].lower == "the" && t.end < len(toks) && (toks[t.end].lower == "follows" || toks[t.end].lower == "followed") {
			return true
		}
	}
	for _, c := range here {
		if c.company == company && !c.borrowed && !c.weak {
			return true
		}
	}
	return false
}

// outsideDoc reports whether the count starting at toks[at] is that of a
// letter or petition the sentence marks as someone else's: "a week after
// an outside petition with more than 12,000 signatures".
func outsideDoc(toks []token, at int) bool {
	for k := at - 1; k >= 1 && k >= at-4; k-- {
		switch toks[k].lower {
		case "letter", "petition", "letters", "petitions":
			return outsideMark(toks, k)
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// notTheAim reports whether a sentence says the workers' action is not
// about what it names: "a relationship the letter does not mention", "a
// contract the petition does not address".
func notTheAim(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower != "not" && toks[k].lower != "never" && !strings.HasSuffix(toks[k].lower, "n't") {
			continue
		}
		switch toks[k+1].lower {
		case "mention", "mentions", "mentioned", "address", "addresses", "addressed", "cover", "covers", "target", "targets", "targeted":
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if l := toks[j].lower; l == "letter" || l == "petition" || l == "campaign" || l == "protest" || l == "walkout" {
					return true
				}
			}
		}
	}
	return false
}

// separateMatter reports whether a sentence opens another matter than the
// one told before it: "Separately, a civil liberties group delivered a
// petition with 12,000 signatures".
func separateMatter(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[0].lower {
	case "separately", "elsewhere", "unrelatedly":
		return true
	}
	return false
}

// othersDoc reports whether a sentence's letter or petition is marked as
// written by people who are not staff: "A separate student petition",
// "a customer petition".
func othersDoc(toks []token) bool {
	for k, t := range toks {
		switch t.lower {
		case "letter", "petition", "letters", "petitions":
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if outsiderModifiers[toks[j].lower] {
					return true
				}
			}
		}
	}
	return false
}

// outsiderModifiers name who wrote a letter or petition when they are not
// a company's staff: "a student petition", "a shareholder letter".
var outsiderModifiers = wordSet("student", "students", "faculty", "customer", "customers", "user", "users", "shareholder", "shareholders", "investor", "investors", "parent", "parents", "community", "alumni", "academic", "academics")

// outsideMark reports whether the letter or petition at toks[k] is marked
// as someone else's: "an outside petition", "a rival letter". Not "public"
// or "separate": workers' own letters are often both.
func outsideMark(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch toks[j].lower {
		case "outside", "external", "rival":
			return true
		}
	}
	return false
}

// otherDocWords mark a letter or petition as not the workers' own.
var otherDocWords = map[string]bool{"separate": true, "another": true, "rival": true, "counter-petition": true}

// pledgeTold reports whether the sentences just before told of a pledge
// signed: "900-plus employees who had signed a pledge promising to take
// part".
func pledgeTold(before []sentInfo) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		toks := before[k].toks
		for j := 0; j+1 < len(toks); j++ {
			if (toks[j].lower == "signed" || toks[j].lower == "sign") && pledgeToAct(toks, j+1) {
				return true
			}
		}
	}
	return false
}

// lastDoc returns the kind of document ("letter" or "petition") the two
// sentences before told of, or def when they told of none.
func lastDoc(before []sentInfo, def string) string {
	for k := len(before) - 1; k >= 0 && k >= len(before)-4; k-- {
		for j := len(before[k].trigs) - 1; j >= 0; j-- {
			if t := before[k].trigs[j]; t.noun && actionClass(t.action) == "doc" {
				return t.action
			}
		}
	}
	return def
}

// nextDoc returns the letter or petition the next two sentences name, or
// "".
func nextDoc(after []sentence) string {
	for k := 0; k < len(after) && k < 2; k++ {
		toks := after[k].toks
		for _, t := range triggers(toks) {
			if (t.noun || t.sign) && !t.weak && actionClass(t.action) == "doc" {
				// "a Change.org petition from customers": not theirs; but
				// "Employees at Ring have signed a petition asking ... to
				// ask customers for their footage" is
				if hasPublic(toks) && !(t.sign && workersBefore(toks, t.at)) {
					return ""
				}
				return t.action
			}
		}
		if hasPublic(toks) {
			return ""
		}
	}
	return ""
}

// workersBefore reports whether a worker phrase comes before toks[at]:
// the subject of a signing there.
func workersBefore(toks []token, at int) bool {
	for _, w := range workerRefs(toks, nil) {
		if w.to <= at && !w.generic {
			return true
		}
	}
	return false
}

// docNoun reports whether a sentence names a letter or petition.
func docNoun(trigs []trigger) bool {
	for _, t := range trigs {
		if t.noun && actionClass(t.action) == "doc" {
			return true
		}
	}
	return false
}

// sentInfo is what one sentence says.
type sentInfo struct {
	toks     []token
	comps    []companyRef
	workers  []workerRef
	trigs    []trigger
	agencies []targetRef
	issues   []targetRef
	sigs     []sigCount
	names    []string // companies the sentence speaks of, resolved
	focus    string   // the company in focus when the sentence begins
	para     int      // the paragraph the sentence is in
	group    []string // the companies whose workers last acted together, when in focus
}

// Extract returns the worker actions doc reports, in the order the text
// first gives them. It returns nil for a document that reports none. It
// never panics: should a rule fail on some input, it logs the failure with
// the document's title (a bug to report, as the fuzz test hunts for) and
// returns nil.
func (x *Extractor) Extract(doc Document) (ms []Mention) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("catalog: extraction failed on %q: %v (a bug; the article gets no mentions)", doc.Title, r)
			ms = nil
		}
	}()
	y := &Extractor{g: x.g}
	return y.extract(doc)
}

func (x *Extractor) extract(doc Document) []Mention {
	if stories := storySpans(doc.Text); stories != nil {
		return x.extractStories(doc, stories)
	}
	return x.extractRecords(doc)
}

// extractRecords reads the mentions of one story: its prose's, and its
// records'.
func (x *Extractor) extractRecords(doc Document) []Mention {
	all := readRecords(doc.Text)
	tally := x.tallyRecords(all)
	recs := x.companyRecords(all, doc.Text)
	if len(recs) == 0 && len(tally) == 0 {
		return x.recordValues(x.extractProse(doc), all, doc.Text)
	}
	prose := doc
	prose.Text = blankRecords(blankRecords(doc.Text, recs), tally)
	ms := x.extractProse(prose)
	ms = withTally(withRecords(ms, x.recordMentions(recs, doc)), tally, doc)
	return x.recordValues(ms, all, doc.Text)
}

// recordValues gives a mention with a target and no contract value the
// value a record of the same company states for that target, when the
// company's records state one value only: "Vendor: Orbitra Imaging |
// Award date: Sept. 2020 | Value: $14.2 million", under the story of its
// workers' letter against the imagery deal with CBP. A record that names
// another buyer ("Agency: Department of Defense") is another deal.
func (x *Extractor) recordValues(ms []Mention, recs []record, text string) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.ContractValueUSD != 0 || m.Agency == "" {
			continue
		}
		var value int64
		n := 0
		for _, r := range recs {
			named, other := false, false
			var v int64
			for k, role := range x.fieldRoles(r, text) {
				f := r.fields[k]
				ws := strings.Fields(f.label)
				switch {
				case role == roleCompany || len(ws) > 0 && vendorLabels[ws[len(ws)-1]]:
					cs := x.recordCompanies(f.value)
					named = named || len(cs) > 0 && cs[0].name == m.Company
				case role == roleValue || role == roleContract:
					if v == 0 {
						v = firstMoney(tokenize(f.value, f.start))
					}
				case role == roleTarget:
					s := sentence{text: f.value, start: f.start, toks: tokenize(f.value, f.start)}
					same := false
					for _, a := range x.agencyRefs(&s, f.value) {
						same = same || x.agencyName(a.id) == m.Agency
					}
					other = other || !same
				}
			}
			if named && !other && v > 0 && v != value {
				value = v
				n++
			}
		}
		if n == 1 {
			m.ContractValueUSD = value
		}
	}
	return ms
}

// vendorLabels name a company in a table of awards, which records only
// read for values: "Vendor: Orbitra Imaging".
var vendorLabels = wordSet("vendor", "vendors", "contractor", "supplier")

// extractProse reads the mentions the sentences of the text state.
func (x *Extractor) extractProse(doc Document) []Mention {
	text := doc.Text
	sents := splitSentences(text)
	for i := range sents {
		sents[i].toks = tokenize(sents[i].text, sents[i].start)
	}
	// the headline speaks of employers too: "Shopify employees press
	// leadership on extremist storefronts"
	found := sents
	if doc.Title != "" {
		found = append([]sentence{{text: doc.Title, toks: tokenize(doc.Title, 0), para: -1}}, sents...)
	}
	if !doc.Published.IsZero() {
		x.pubYear = doc.Published.Year()
	}
	var countryTimes int
	x.docCountry, countryTimes, x.countryNamed, x.hasDocCountry = x.onlyCountry(found)
	// a story set abroad speaks of its country more than of the US
	x.usStory = usMentions(found) >= countryTimes
	x.docState = x.onlyState(found)
	x.stateAgencies(found)
	x.namedBodies(found)
	x.border, x.hasBorder = x.foreignBorder(found)
	x.contractors(found)
	names := x.discoverEmployers(found)
	if doc.Publisher != "" {
		kept := names[:0]
		for _, n := range names {
			if !strings.EqualFold(n, strings.TrimSpace(doc.Publisher)) {
				kept = append(kept, n)
			}
		}
		names = kept
	}
	names = dropDescriptors(found, names)
	var local *phraseSet
	if len(names) > 0 {
		names = x.fullNames(found, names)
		local = newPhraseSet()
		short := shortNames(names)
		for i, n := range names {
			local.add(n, i)
			if long, ok := short[n]; ok {
				names[i] = long
			}
		}
		// "the Kinzie Street Tech Workers Union" of Kinzie Street
		// Software: a union named for the company
		for i, n := range names {
			if p, ok := unionPrefix(found, n); ok {
				local.add(p, i)
			}
		}
		// "Civitas Data ... Civitas decline to renew": a discovered name's
		// first word alone, when it is distinctive, names it too
		for i, n := range names {
			if first, ok := x.firstWordName(n, names); ok {
				local.add(first, i)
				if x.firstWords == nil {
					x.firstWords = map[string]bool{}
				}
				x.firstWords[first] = true
			}
		}
	}
	info := make([]sentInfo, len(sents))
	freq := map[string]int{}
	inGaz := map[string]bool{}
	for i := range sents {
		s := &sents[i]
		in := &info[i]
		in.toks = s.toks
		in.para = s.para
		in.comps = x.companyRefs(s.toks, local, names)
		in.workers = dropUnionNames(s.toks, dropSources(s.toks, dropBreakdown(s.toks, workerRefs(s.toks, in.comps))))
		in.trigs = triggers(s.toks)
		kept := in.trigs[:0]
		for k := range in.trigs {
			t := in.trigs[k]
			if t.docless {
				a := lastDoc(info[:i], "")
				if pledgeTold(info[:i]) {
					continue // "many who signed stayed at their desks": the pledge told before
				}
				if a == "" {
					// a deck's "employees are signing under their own
					// names": the document the story goes on to name
					a = nextDoc(sents[i+1:])
				}
				if a != "" {
					t.action = a
				}
			}
			kept = append(kept, t)
		}
		in.trigs = kept
		if i > 0 {
			// "About 230 employees of Bramblecode rode down to the
			// street and stood on the footpath. It was the first
			// organised walkout ...": the action the next sentence names
			if t, ok := namedAfter(s.toks, in.trigs, len(in.workers)); ok {
				if at, ok := actedBefore(&info[i-1]); ok {
					info[i-1].trigs = append(info[i-1].trigs, trigger{at: at, end: at + 1, action: t.action})
				}
			}
		}
		in.agencies = x.agencyRefs(s, text)
		in.issues = x.issueRefs(s, text)
		in.sigs = sigCounts(s.toks, in.comps)
		if sc, ok := ellipticQuits(s.toks); ok {
			in.sigs = append(in.sigs, sc)
		}
		if i > 0 {
			if sc, ok := answerCount(sents[i-1].toks, s.toks); ok {
				in.sigs = append(in.sigs, sc)
			} else if i > 1 && !speakerLabel(s.toks) && speakerLabel(sents[i-1].toks) {
				// the answer's second sentence
				if sc, ok := answerCount(sents[i-2].toks, s.toks); ok && !sc.resign && !sc.turnout {
					in.sigs = append(in.sigs, sc)
				}
			}
		}
		for _, c := range in.comps {
			if !c.product {
				if !exampleList(s.toks, c.from, c.to) {
					freq[c.name]++ // not "companies such as Google, Amazon and Apple"
				}
				inGaz[c.name] = c.inGaz
			}
		}
	}
	titleToks := tokenize(doc.Title, 0)
	titleComps := x.companyRefs(titleToks, local, names)
	titleCompany := ""
	for _, c := range titleComps {
		if !c.product {
			titleCompany = c.name
			break
		}
	}
	x.titleCompany = titleCompany
	// "Petition by SAP workers over ICE deal gathers pace": the headline
	// says whose letter or petition the story's "the petition" is
	titleDoc, titleDocBy, titleDocPoss := "", "", false
	titleTrigs := triggers(titleToks)
	if !actionTold(info, titleTrigs) {
		// "More than 100,000 employees took part" in a giving campaign:
		// taking part is an action's only where the story tells of one
		for i := range info {
			kept := info[i].trigs[:0]
			for _, t := range info[i].trigs {
				if !takingPart(info[i].toks, t) {
					kept = append(kept, t)
				}
			}
			info[i].trigs = kept
		}
	}
	for _, t := range titleTrigs {
		if t.noun && actionClass(t.action) == "doc" {
			ws := workerRefs(titleToks, titleComps)
			for _, w := range ws {
				if len(w.names) == 1 && !w.generic {
					titleDoc, titleDocBy = t.action, w.names[0]
				}
			}
			// "Hearth petition swells as staff cite new data": the
			// company's name before the petition, its staff in the
			// headline; "Tessellate's petition grows": the company's own
			for _, c := range titleComps {
				if titleDocBy == "" && !c.product && c.to == t.at && (!c.poss || !c.inGaz) && (len(ws) > 0 || c.poss) && !hasPublic(titleToks) {
					titleDoc, titleDocBy, titleDocPoss = t.action, c.name, len(ws) == 0
				}
				// "Tucano Dados: the letter keeps growing", a digest's
				// heading: the letter of the company it is about
				if titleDocBy == "" && !c.product && !c.poss && c.from <= 2 && c.to+2 < len(titleToks) && titleToks[c.to].text == ":" && titleToks[c.to+1].lower == "the" && c.to+2 == t.at && !hasPublic(titleToks) &&
					(t.end >= len(titleToks) || growthHeadVerbs[titleToks[t.end].lower]) {
					titleDoc, titleDocBy = t.action, c.name
				}
			}
			break
		}
	}
	topCompany := ""
	for _, n := range sortedKeys(freq) {
		if topCompany == "" || freq[n] > freq[topCompany] {
			topCompany = n
		}
	}
	if freq[topCompany] == 0 {
		topCompany = "" // only examples in a list
	}

	// sequential pass: resolve workers, bind actions to actors
	var cands []*cand
	var pending []pendingCount
	lastCompany := ""
	var lastGroup []string
	resolve := func(in *sentInfo, toks []token, at int) string {
		best := -1
		for k, c := range in.comps {
			if c.product || c.from >= at || inAside(toks, in.comps, c.from, at) {
				continue
			}
			best = k
		}
		if best < 0 && pluralCompanies(toks, at) {
			return "" // "None of the companies cancelled a contract because of employee pressure": several, none alone
		}
		switch {
		case best >= 0:
			return in.comps[best].name
		case lastCompany != "":
			return lastCompany
		case titleCompany != "":
			return titleCompany
		}
		return topCompany
	}
	gazOf := func(name string) bool {
		if v, ok := inGaz[name]; ok {
			return v
		}
		_, ok := x.g.Company(name)
		return ok
	}
	lastCand := func(within, sent int, pred func(*cand) bool) *cand {
		for k := len(cands) - 1; k >= 0; k-- {
			c := cands[k]
			if sent-c.sent > within {
				return nil
			}
			if pred == nil || pred(c) {
				return c
			}
		}
		return nil
	}
	// the company a first-person writer or guest works at: "the
	// Manchester firm where I have worked", "My guest today works at
	// Amazon"; "we" acting are its workers
	speaker, speakerGaz := speakerCompany(info)
	wr := writers{sent: -1}
	writersCands := map[*cand]bool{} // the writers' own actions
	if speaker == "" {
		// "We are 240 engineers at Lumenforge": a page the workers write
		wr = writersOf(info)
		speaker, speakerGaz = wr.company, wr.inGaz
	}
	if speaker == "" && titleCompany != "" && staffTitle(titleToks, titleTrigs) && interviewPage(info) {
		// "Before the walkout there was a list of demands. Who signed
		// it? / We wrote a letter to the studio heads": an interview's
		// answers speak for the workers of the company its headline names
		// with its staff
		speaker, speakerGaz = titleCompany, gazOf(titleCompany)
	}
	if speaker == "" && interviewPage(info) {
		// "about 40 employees of Halvorsen Cloud sat down in the lobby
		// ... Inés Calloway, a site reliability engineer who was among
		// those let go, talked with Signal Static": an interview whose
		// introduction tells of one company's staff speaks for them
		if name, ok := introStaff(info); ok {
			speaker, speakerGaz = name, gazOf(name)
		}
	}
	outsideGroup := outsideGroups(sents)
	// a transcript of several speakers: "us" is whoever speaks, the
	// company just asked about, not the story's
	labels := 0
	for _, s := range sents {
		if speakerLabel(s.toks) {
			labels++
		}
	}
	transcript := labels >= 3
	lastDocSent, lastDocAction := -1, ""
	headingAt, headingCompany := -1, "" // the latest section heading that names a company, and the company
	headings := sectionHeadings(sents, info)
	for i := range sents {
		s := &sents[i]
		in := &info[i]
		toks := s.toks
		docBefore, docActionBefore := lastDocSent, lastDocAction // the document told in an earlier sentence
		if c := definiteAction(toks, in.trigs, cands, lastCompany, info[:i]); c != nil && len(in.comps) == 0 && !(c.sent < headingAt && c.company != lastCompany) {
			// "Organizers plan to present the petition at the company's
			// meeting": the petition told of before is the focus again,
			// not the company of an aside since
			lastCompany, lastGroup = c.company, nil
		}
		if correctionNote(toks) && (titleCompany != "" || topCompany != "") {
			// "Correction, Nov. 8: An earlier version of this article
			// said...": a note about the article's own story, not the
			// aside told last
			lastCompany, lastGroup = titleCompany, nil
			if lastCompany == "" {
				lastCompany = topCompany
			}
		}
		if len(in.comps) == 0 {
			// "About 30 employees took part across the two locations":
			// in the action just told, at its company, not at the
			// company named last in passing
			for k, t := range in.trigs {
				if l := toks[t.at].lower; !(l == "took" || l == "take" || l == "taking") && l != "participated" {
					continue
				}
				if e := t.at + 2; e < len(toks) && (toks[e].lower == "in" || toks[t.at].lower == "participated" && toks[t.at+1].lower == "in") {
					continue // "took part in a hunger strike", "in the Redmond vigil": an action of its own
				}
				prev := lastCand(4, i, func(c *cand) bool {
					return actionClass(c.action) == "presence" && !c.weak && !c.joint && (!c.borrowed || c.trig.again != "")
				})
				if prev != nil {
					lastCompany, lastGroup = prev.company, nil
					in.trigs[k].action, in.trigs[k].again = prev.action, prev.trig.again
				}
			}
		}
		if c, ok := sectionHeading(sents, info, i, headings); ok {
			// "Halden Cloud and the border towers", a section's heading:
			// the section is about that company's staff, whoever acted
			// last in the one before
			lastCompany, lastGroup = c.name, nil
			headingAt, headingCompany = i, c.name
			lastDocSent, lastDocAction = -1, ""
		}
		in.focus = lastCompany
		in.group = lastGroup
		for k := range in.workers {
			w := &in.workers[k]
			if len(w.names) == 0 && toks[w.head].lower == "us" && !hasPublic(toks) && (speaker != "" || !quotedOrSaid(toks)) {
				// "hundreds of us here signed a letter": the writer's
				// colleagues, whoever was named last
				if n := firstOf(speaker, titleCompany, topCompany); n != "" && !transcript {
					w.names, w.inGaz, w.pronoun = []string{n}, []bool{gazOf(n)}, false
				}
			}
			if w.generic && w.hasCount && !w.count.vague && speaker != "" && firstPluralBefore(toks, w.from) && !hasPublic(toks) {
				// "We had planned our walkout, and almost 1,800 people had
				// pledged to walk out": the writer's colleagues
				w.names, w.inGaz, w.generic = []string{speaker}, []bool{speakerGaz}, false
				continue
			}
			if w.generic && w.pronoun && w.hasCount && !w.count.vague && signerNouns[toks[w.head].lower] && !hasPublic(toks) && (i == 0 || !hasPublic(info[i-1].toks)) {
				// "About 85 of the signers walked out": some of the
				// workers whose letter was told, acting again
				w.generic = false
			}
			if w.generic && w.hasCount && !w.count.vague && toks[w.head].lower == "people" && resigns(toks, w.to) && !hasPublic(toks) && !slices.ContainsFunc(toks[w.count.from:w.count.to], func(t token) bool { return t.lower == "dozen" }) {
				// (not "roughly a dozen people", which reporters give as a
				// rough size)
				// "at least five people resigned over the renewal": who
				// resigns leaves a job, the company's told in the story
				w.generic = false
			}
			if w.generic && w.hasCount && !w.count.vague && w.to+1 < len(toks) && toks[w.to].lower == "signed" && toks[w.to+1].lower == "it" && !hasPublic(toks) && len(in.agencies) > 0 {
				// (over a government deal: not the fans of "The Netflix
				// petition to save the show")
				// "The Google petition over Maven is the obvious one: about
				// 4,000 people signed it": the signers of the company's
				// document the sentence named
				if c, ok := docOwner(toks, in.comps, in.trigs, w.from); ok {
					w.names, w.inGaz, w.generic = []string{c.name}, []bool{c.inGaz}, false
					continue
				}
			}
			if w.generic && w.hasCount {
				// "employees at Google, where about 20,000 people walked
				// out in 2018", "the walkout at Wayfair, where hundreds
				// of employees in Boston left work": people of the place
				// named before "where"
				if f := w.count.from; f >= 4 && toks[f-1].lower == "where" && toks[f-2].text == "," && walkedOutAfter(toks, w.to) {
					for _, c := range in.comps {
						if c.to == f-2 && c.from >= 1 && (toks[c.from-1].lower == "at" || toks[c.from-1].lower == "of") && !c.product && !c.poss {
							w.names, w.inGaz, w.generic = []string{c.name}, []bool{c.inGaz}, false
						}
					}
				}
			}
			if len(w.names) == 0 && w.backref {
				for _, c := range namedBefore(info, i, w.from) {
					w.names, w.inGaz = append(w.names, c.name), append(w.inGaz, c.inGaz)
				}
				// "employees of the three biggest cloud providers" with
				// none named before: companies the article does not name
				w.unowned = len(w.names) == 0
				continue
			}
			if len(w.names) == 0 && !w.unowned && !w.hasCount && len(in.group) > 1 && definite(toks, w.from) && !namesBefore(in.comps, w.from) {
				// "Employees of Google and Amazon called ... the workers said"
				for _, n := range in.group {
					w.names, w.inGaz = append(w.names, n), append(w.inGaz, gazOf(n))
				}
				continue
			}
			if len(w.names) == 0 && !w.unowned && yourWorkers(toks, w) {
				// "a third of your engineers signing a letter is a
				// business problem": the reader's, anyone's
				w.unowned = true
				continue
			}
			if len(w.names) == 0 && !w.unowned && outsiders(toks, w) {
				// "More than 1,000 academic researchers", "open-source
				// developers": no company's staff
				w.unowned = true
				continue
			}
			if len(w.names) == 0 && !w.unowned && w.to < len(toks) && toks[w.to].lower == "there" && i > 0 {
				// "Organizers point to Quillmark as their model. In 2023,
				// 460 employees there signed a petition": the place the
				// sentence before names, not the company in focus
				if name, gz, ok := thereCompany(info[i-1]); ok {
					w.names, w.inGaz = []string{name}, []bool{gz}
					continue
				}
				if unknownPlace(info[i-1].toks) {
					w.unowned = true // "point to Quillmark as their model": a place not known
					continue
				}
			}
			if len(w.names) == 0 && !w.unowned && surveyed(toks) && surveyPopulation(toks, *w) {
				// "14% - share of UK tech workers who say they have quit a
				// job over an ethical concern, according to a survey": a
				// population, no company's staff
				w.unowned = true
				continue
			}
			if len(w.names) == 0 && !w.unowned && (indefiniteEmployer(toks, w.from) || countedEmployers(toks, w.from)) {
				// "A reader at a mid-size fintech company writes that
				// about 40 of her colleagues signed": an employer not named
				w.unowned = true
				continue
			}
			if len(w.names) == 0 && !w.unowned && otherPlace(toks, w.from) {
				// "At the foundation that runs Wikipedia, 230 staff
				// signed": not the company told before, unless that one
				// is the foundation ("Wikimedia Foundation")
				if lastCompany != "" && strings.Contains(strings.ToLower(lastCompany), toks[2].lower) {
					w.names, w.inGaz = []string{lastCompany}, []bool{gazOf(lastCompany)}
				} else {
					w.unowned = true
				}
				continue
			}
			if len(w.names) == 0 && !w.unowned && w.to+2 < len(toks) && (toks[w.to].lower == "letter" || toks[w.to].lower == "petition") && toks[w.to+1].lower == "at" {
				// "The employee letter at Halyard Systems": the place named
				for _, c := range in.comps {
					if c.from == w.to+2 && !c.product && !c.poss {
						w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
					}
				}
			}
			if c, ok := actedAtCompany(toks, w, in.trigs, in.comps); len(w.names) == 0 && !w.unowned && ok {
				// "employees staged sit-ins at Google offices in New
				// York": the company whose offices they sat in
				w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
			}
			if at := quitFrom(toks, w.to, true); len(w.names) == 0 && !w.unowned && at > 0 {
				// "seven engineers quit Harlow Mapping", "three engineers
				// resigned from Google": the company they left
				for _, c := range in.comps {
					if c.from == at && !c.product && !c.poss {
						w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
					}
				}
				// "Two researchers resigned from Stanford Medicine": a
				// hospital's or a school's staff, no company's
				if e := capitalRun(toks, at); len(w.names) == 0 && e > at && institutionName(bodyText(toks, at, e)) {
					w.unowned = true
				}
			}
			if len(w.names) == 0 && !w.unowned && parentOf(toks, w.head+1) {
				// "Employees of the parent company wrote to chief executive
				// Satya Nadella ... objecting to Microsoft's own cloud
				// work": the owner, named in the sentence or the one before
				for _, j := range []int{i, i - 1} {
					if o, ok := ownerIn(info, j); ok && len(w.names) == 0 {
						w.names, w.inGaz = []string{o.name}, []bool{o.inGaz} // "Amazon bought Whole Foods in 2017"
					}
				}
				for _, cs := range [][]companyRef{in.comps, prevComps(info, i)} {
					for _, c := range cs {
						if !c.product && c.name != lastCompany && len(w.names) == 0 {
							w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
						}
					}
				}
			}
			if len(w.names) == 0 && !w.unowned && !w.generic && !w.pronoun {
				// "No Tech for Apartheid at Google, where about 50 workers
				// were fired in April after sit-ins", "borrowed tactics
				// from Kestrel Metrics in Boulder, Colo., where a petition
				// ... and a walkout by some 260 workers": the workers of the
				// company the clause is about
				if c, ok := whereOwner(toks, in.comps, w.from); ok && len(w.names) == 0 {
					w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
				}
			}
			if len(w.names) == 0 && !w.unowned && !w.generic {
				// "dozens of employees affiliated with the campaign occupied
				// offices at Google in New York": the company whose place
				// they took
				if c, ok := placeOwner(toks, in.comps, in.trigs, w.to); ok {
					w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
				}
			}
			if len(w.names) == 0 && !w.unowned {
				n := resolve(in, toks, w.from)
				if n != "" && n == lastCompany && titleCompany != "" && n != titleCompany && !w.pronoun && !w.backref && !plural(toks[w.head]) &&
					!slices.ContainsFunc(in.comps, func(c companyRef) bool { return !c.product && c.from < w.from }) &&
					!slices.ContainsFunc(cands, func(c *cand) bool { return c.company == n }) &&
					slices.ContainsFunc(cands, func(c *cand) bool { return c.company == titleCompany && !c.borrowed && !c.weak }) && subjectBefore(info, in, n) {
					// "Twitter had placed a warning label on the same
					// message. At least one engineer said he was
					// resigning": a company named in passing, whose workers
					// did nothing, is not where the headline's one worker
					// works
					n = titleCompany
				}
				if n != "" {
					w.names, w.inGaz = []string{n}, []bool{gazOf(n)}
				}
			}
		}
		// bind triggers to actors
		type binding struct {
			w        *workerRef
			key      *workerRef // the phrase that stands for the actor, when w is a copy
			company  string
			inGaz    bool
			borrowed bool
			joint    bool
		}
		var here []*cand
		byActor := map[string][]*cand{}
		counted := map[string]bool{} // actors whose number one of their actions took
		addCand := func(b binding, t trigger, countOK bool) {
			if b.w != nil && b.w.from >= 2 && toks[b.w.from-1].lower == "the" && toks[b.w.from-2].lower == "of" && b.w.from-2 == afterLead(toks) {
				// "Of the seven employees who drafted it, five have left":
				// the set, not who acted after the comma; but "Of the 300
				// employees who signed the letter, 40 resigned" counts the
				// letter's signers
				comma := -1
				for k := b.w.to; k < len(toks); k++ {
					if toks[k].text == "," {
						comma = k
						break
					}
				}
				if comma >= 0 && t.at > comma {
					countOK = false
				}
			}
			if disruptVerbs[toks[t.at].lower] && b.w != nil && b.w.count.countValue() < 10 && !disruptersLead(toks, b.w, t.at) {
				countOK = false // "when two employees interrupted the celebration": a few of the campaign, not its turnout
			}
			if b.w != nil && b.w.from > 0 && (toks[b.w.from-1].lower == "no" || toks[b.w.from-1].lower == "none") && toks[b.w.from].lower != "fewer" && toks[b.w.from].lower != "less" && toks[b.w.from].lower != "more" {
				return // "no Verity employees had signed"
			}
			if b.w != nil && b.w.from > 1 && toks[b.w.from-1].lower == "of" && (toks[b.w.from-2].lower == "none" || toks[b.w.from-2].lower == "neither") && noneDenied(toks, b.w.to) {
				return // "None of Amazon's employees joined the rally": no one of theirs did
			}
			if t.weak && b.w != nil && campaignVerb(toks, t) && directSubject(toks, b.w.to, t.at) && plural(toks[b.w.head]) && len(in.agencies)+len(in.issues) > 0 {
				t.weak = false // "GitHub's employees began pressuring ... the immigration agency"
			}
			names, gaz := []string{b.company}, []bool{b.inGaz}
			if b.w != nil {
				names, gaz = b.w.names, b.w.inGaz
			}
			for j, n := range names {
				if n == "" {
					continue
				}
				actor := b.w
				if b.key != nil {
					actor = b.key
				}
				key := fmt.Sprintf("%s|%p", n, actor)
				c := actionOf(byActor[key], toks, t)
				if c == nil {
					c = &cand{company: n, inGaz: gaz[j], action: t.action, sent: i, trig: t, weak: t.weak, borrowed: b.borrowed, sents: map[int]bool{i: true}, agency: -1, issue: -1}
					c.joint = b.joint || len(names) > 1
					byActor[key] = append(byActor[key], c)
					here = append(here, c)
				} else if actionPriority[t.action] > actionPriority[c.action] || c.weak && !t.weak {
					c.action, c.trig = t.action, t
					c.weak = c.weak && t.weak
				}
				if countOK && b.w != nil && len(names) == 1 && b.w.countable() && len(c.counts) == 0 && !counted[key] && !(t.weak && !b.w.count.vague && !(pressureVerbs[toks[t.at].lower] && directSubject(toks, b.w.to, t.at) || askedOwnEmployer(toks, t.at) && directSubject(toks, b.w.to, t.at))) {
					if !(b.w.generic && hasPublic(toks)) {
						c.counts = append(c.counts, obs{a: b.w.count, n: b.w.count.countValue(), sent: i, text: spanText(text, toks, b.w.count.from, b.w.to), pledge: pledged(toks, t), final: finalFigure(toks), earlier: correctedAway(toks), increment: b.w.increment || b.w.share})
						counted[key] = true
					}
				}
			}
		}
		labourOnly := len(in.workers) == 0 && x.g.labourContext.any(toks[:min(len(toks), 4)])
		for _, t := range in.trigs {
			if labourOnly {
				break // couriers or warehouse staff acting: none of the office workers told before
			}
			if t.noun && actionClass(t.action) == "doc" && outsideMark(toks, t.at) && len(in.trigs) > 1 {
				continue // "a week after an outside petition made the same demand"
			}
			if ws, countOK := bindActors(toks, in.workers, t); len(ws) > 0 {
				if t.noun && t.at > 0 && toks[t.at-1].lower == "the" && organizedBy(toks, t) && jointWorkers(ws) && lastCand(2, i, func(c *cand) bool { return c.action == t.action }) != nil {
					// "The sit-ins were organized by No Tech for Apartheid, a
					// coalition of Google and Amazon workers": the sit-ins
					// told before, organised by a group of both companies
					continue
				}
				if one, ok := oneCompany(ws); ok {
					// "A Microsoft engineer and two colleagues resigned":
					// one company's workers, counted together or not at all
					w := *ws[0]
					w.to = ws[len(ws)-1].to
					w.count, w.hasCount = summed(toks, ws)
					w.names, w.inGaz = []string{one}, ws[0].inGaz[:1]
					addCand(binding{w: &w, key: ws[0]}, t, countOK)
					continue
				}
				for _, w := range ws {
					addCand(binding{w: w, joint: len(ws) > 1}, t, countOK)
				}
				continue
			}
			// "Engineers there began gathering names ... Their petition
			// calls for an end to that arrangement": the workers just told
			if t.noun && actionClass(t.action) == "doc" && len(here) == 0 && i > 0 && possessedByThem(toks, t.at) {
				for _, w := range info[i-1].workers {
					if len(w.names) == 1 && !w.generic && !w.unowned && !w.workforce && !w.sanctioned {
						addCand(binding{company: w.names[0], inGaz: w.inGaz[0]}, t, false)
						break
					}
				}
			}
			// "Six weeks after Microsoft employees went public with their
			// objections, their letter now carries 312 names": the
			// workers the sentence told before "their"
			if t.noun && actionClass(t.action) == "doc" && !slices.ContainsFunc(here, func(c *cand) bool { return !c.weak && c.action == t.action }) {
				if k := theirAt(toks, t.at); k > 0 && !isSentenceOpener(toks, k) {
					var owner *workerRef
					for j := range in.workers {
						w := &in.workers[j]
						if w.to <= k && len(w.names) == 1 && plural(toks[w.head]) && !w.generic && !w.unowned && !w.workforce && !w.sanctioned {
							owner = w
						}
					}
					if owner != nil && (hasVerb(toks, owner.to, k, theirBlockers) || hasPublic(toks[owner.to:k])) {
						owner = nil // "human rights groups said their open letter": another's
					}
					if owner != nil {
						addCand(binding{company: owner.names[0], inGaz: owner.inGaz[0]}, t, false)
					}
				}
			}
			// "modelled their letter on the one Salesforce employees sent
			// to Marc Benioff in 2018": another document of its kind, by
			// the workers named after "one"
			if t.noun && actionClass(t.action) == "doc" {
				if w, one, ok := oneOfOthers(toks, t.end, in.workers); ok {
					addCand(binding{company: w.names[0], inGaz: w.inGaz[0]}, trigger{at: one, end: one + 1, action: t.action, noun: true}, false)
				}
			}
			// "Microsoft's letter", "Amazon's open letter"
			if t.noun {
				for _, c := range in.comps {
					if c.poss && !c.product && (c.to == t.at || c.to == t.at-1 && toks[t.at-1].lower == "open") {
						addCand(binding{company: c.name, inGaz: c.inGaz, borrowed: true}, t, false)
					}
				}
			}
			// "... and about a dozen resigned": a number standing for workers
			if !t.noun && !t.weak {
				for s0 := t.at - 1; s0 >= 0 && s0 >= t.at-4; s0-- {
					a, ok := amountAt(toks, s0)
					// "about a dozen resigned", "at least 14 have resigned"
					if !ok || a.to != t.at && afterAux(toks, a.to) != t.at || a.money || a.percent || (a.countValue() == 0 && !a.vague) {
						continue
					}
					if a.numFrom == a.to-1 && isYear(toks[a.numFrom]) {
						break // "spent much of 2021 and 2022 protesting": a year
					}
					name, gz := "", false
					for _, w := range in.workers {
						if w.head < a.from && len(w.names) == 1 {
							name, gz = w.names[0], w.inGaz[0]
						}
					}
					if name == "" && lastCompany != "" {
						name, gz = lastCompany, gazOf(lastCompany)
					}
					if name != "" {
						ref := workerRef{head: a.to - 1, from: a.from, to: a.to, names: []string{name}, inGaz: []bool{gz}, count: a, hasCount: true}
						addCand(binding{w: &ref}, t, true)
					}
					break
				}
			}
			// "At Microsoft, a letter ... gathered more than 100 signatures"
			if t.noun && (t.action == "letter" || t.action == "petition") && (len(in.sigs) > 0 || signaturesInside(toks) || circulatedInternally(toks, t.end)) && !hasPublic(withoutAsides(toks)) {
				var by *companyRef
				for k := range in.comps {
					if c := &in.comps[k]; !c.product && c.to <= t.at && !inAside(toks, in.comps, c.from, t.at) {
						by = c // not "When GitHub, which Microsoft owns, faced ..."
					}
				}
				if by != nil {
					// "At Amazon Web Services, ... a petition that crossed
					// 1,000 signatures": the place opening the sentence is
					// where it circulates, among the company's workers
					at := by.from == 1 && placePreps[toks[0].lower] && by.to < len(toks) && (toks[by.to].text == "," || placeThenComma(toks, by.to)) && !authoredByOther(toks)
					addCand(binding{company: by.name, inGaz: by.inGaz, borrowed: !at}, t, false)
				} else if titleDocBy != "" && t.action == titleDoc && (definiteDoc(toks, in.trigs) || len(in.sigs) > 0 && len(in.workers) == 0 && len(in.comps) == 0 && !titleDocPoss) && (!titleDocPoss || organizersTell(toks)) && len(here) == 0 &&
					lastCand(1<<30, i, func(c *cand) bool { return actionClass(c.action) == "doc" }) == nil {
					// the headline binds it to the workers: not borrowed
					addCand(binding{company: titleDocBy, inGaz: gazOf(titleDocBy)}, t, false)
				} else if c, ok := weakActor(here, t); ok && len(in.sigs) > 0 {
					// "Staff pushed back fast: a petition asking leadership
					// to keep the schedule had 2,340 signatures": the
					// document of the workers the sentence says pushed
					addCand(binding{company: c.company, inGaz: c.inGaz}, t, false)
				} else if name, gz, ok := workersUnion(toks, in.comps); ok {
					// "a petition asking Google to withdraw drew 2,300
					// signatures, according to the Alphabet Workers Union":
					// the workers' own union tells of their petition
					addCand(binding{company: name, inGaz: gz}, t, false)
				} else if sigsFromWorkers(toks, in.sigs) || companySignatures(toks, in.comps) && len(in.sigs) > 0 || internalDoc(toks, t) || signaturesInside(toks) || circulatedInternally(toks, t.end) || organizersTell(toks) && addressesFocus(toks, in.comps, t, lastCompany) && !slices.ContainsFunc(in.workers, func(w workerRef) bool { return w.from < t.at }) && lastCand(3, i, func(c *cand) bool { return c.company == lastCompany && !c.borrowed && !c.weak }) != nil {
					// "A petition calling on Salesforce to cancel the contract
					// has more than 1,100 signatures from employees", "An
					// internal letter urging Microsoft to stop ... had
					// collected more than 300 employee signatures": the
					// company it addresses, else the one in focus
					name := lastCompany
					for _, c := range in.comps {
						// not "targets a Palantir system": a thing of the
						// company's, not the company addressed
						if !c.product && c.from > t.at && !(c.from >= 1 && (toks[c.from-1].lower == "a" || toks[c.from-1].lower == "an")) {
							name = c.name
							break
						}
					}
					if name != "" {
						addCand(binding{company: name, inGaz: gazOf(name)}, t, false)
					}
				}
			}
			// "The letter we drafted", "We had already planned our
			// walkout", "we published it": the writer's colleagues
			if speaker != "" && len(here) == 0 && !t.weak && weActed(toks, t) && !hasPublic(toks) && !(wr.company != "" && t.action == "resignation" && len(in.agencies)+len(in.issues) == 0 && !protestSaid(toks)) {
				// not "We left the company over the years", of a page its
				// former staff write
				addCand(binding{company: speaker, inGaz: speakerGaz}, t, false)
				if wr.company != "" && len(here) > 0 {
					writersCands[here[len(here)-1]] = true
				}
			}
			// "for signing this letter", on the letter its writers
			// publish: the page's own document
			if wr.company != "" && len(here) == 0 && t.noun && actionClass(t.action) == "doc" && t.at > 0 && toks[t.at-1].lower == "this" && !quotedOrSaid(toks) && !hasPublic(toks) && !authoredByOther(toks) {
				addCand(binding{company: wr.company, inGaz: wr.inGaz}, t, false)
				if len(here) > 0 {
					writersCands[here[len(here)-1]] = true
				}
			}
			// "You had tried a petition first.", an interviewer's words to
			// the organizers of a transcript: the interviewees' action
			if (transcript || i+1 < len(sents) && speakerLabel(sents[i+1].toks)) && len(here) == 0 && lastCompany != "" && !t.weak && !hasPublic(toks) && !speakerLabel(toks) && !(i+1 < len(sents) && answerDenies(sents[i+1].toks)) {
				for k := t.at - 1; k >= 0 && k >= t.at-4; k-- {
					if l := toks[k].lower; (l == "you" || l == "your") && (k == 0 || toks[k-1].lower != "if" && toks[k-1].lower != "when") {
						addCand(binding{company: lastCompany, inGaz: gazOf(lastCompany)}, t, false)
						break
					}
					if !toks[k].word {
						break
					}
				}
			}
			// "I read it twice and signed it before lunch": the writer's
			// own name on the document the essay is about
			if speaker != "" && len(here) == 0 && t.sign && !t.noun && actionClass(t.action) == "doc" && !quotedOrOtherSaid(toks) && !hasPublic(toks) {
				for k := t.at - 1; k >= 0 && k >= t.at-6; k-- {
					l := toks[k].lower
					if l == "i" {
						addCand(binding{company: speaker, inGaz: speakerGaz}, t, false)
						break
					}
					if !toks[k].word || l == "we" || l == "they" || l == "who" || l == "that" || l == "which" || l == "he" || l == "she" {
						break
					}
				}
			}
			// "I resigned on October 4": the writer's own resignation
			if speaker != "" && len(here) == 0 && t.action == "resignation" && !t.noun && !quotedOrOtherSaid(toks) {
				for k := t.at - 1; k >= 0 && k >= t.at-3; k-- {
					if l := toks[k].lower; l == "i" || l == "i'm" || l == "i’m" || l == "i've" || l == "i’ve" {
						addCand(binding{company: speaker, inGaz: speakerGaz}, t, false)
						break
					}
				}
				if toks[t.at].lower == "my" && len(here) == 0 {
					addCand(binding{company: speaker, inGaz: speakerGaz}, t, false) // "Today is my last day doing it"
				}
			}
			// "On Monday, Anika Rahimi resigned from Meridian Vision ... Her
			// reason was a contract Meridian signed with the Ministry of
			// Interior": a named employee's resignation over a deal
			if t.action == "resignation" && !t.noun && len(here) == 0 && len(in.workers) == 0 && t.end+1 < len(toks) && toks[t.end].lower == "from" {
				if ci := compAt(in.comps, t.end+1); ci >= 0 && !in.comps[ci].product && namedSubject(toks, t.at) && !hasPublic(toks) &&
					(protestSaid(toks) || reasonWords(toks) || i+1 < len(info) && len(info[i+1].agencies)+len(info[i+1].issues) > 0 && reasonWords(info[i+1].toks)) {
					addCand(binding{company: in.comps[ci].name, inGaz: in.comps[ci].inGaz}, t, false)
				}
			}
			// "At Quillmark, a Portland mapping firm, a 2023 petition
			// persuaded the company to walk away": an action at the place
			// opening the sentence, with no one else named acting, is its
			// workers'
			if t.noun && len(here) == 0 && len(in.workers) == 0 && len(in.comps) > 0 && atOpener(toks, in.comps[0], t.at) && !hasPublic(toks) && !authoredByOther(toks) {
				addCand(binding{company: in.comps[0].name, inGaz: in.comps[0].inGaz}, t, false)
			}
			// "The group has circulated a petition inside Google against
			// the deal": signed by the staff of the company it goes round,
			// whoever started it
			if t.noun && actionClass(t.action) == "doc" && len(here) == 0 && !hasPublic(toks) {
				if c, ok := insideCompany(toks, in.comps, t); ok {
					addCand(binding{company: c.name, inGaz: c.inGaz}, t, false)
				} else if insideTheCompany(toks, t) && lastCompany != "" && !authoredByOther(toks) && staffTold(info, lastCompany, i) {
					// "A petition against the deal circulated inside the
					// company last autumn": the company in focus
					addCand(binding{company: lastCompany, inGaz: gazOf(lastCompany)}, t, false)
				}
			}
			// "the employee letter opposing its jail contract", "a staff
			// petition": the workers who qualify the document wrote it
			if t.noun && actionClass(t.action) == "doc" && !hasPublic(toks) && !authoredByOther(toks) {
				for k := range in.workers {
					w := &in.workers[k]
					if w.to != t.at || w.head != t.at-1 || len(w.names) != 1 || w.generic || w.unowned || w.workforce {
						continue
					}
					// the company named before it in the sentence, not one
					// of before: "The employee letter at Halyard Systems"
					// is Halyard's, told next
					named := false
					for _, c := range in.comps {
						if c.name == w.names[0] && c.to <= w.from {
							named = true
						}
					}
					if named {
						told := false
						for _, c := range here {
							if c.company == w.names[0] && c.trig.at == t.at {
								c.borrowed, told = false, true
							}
						}
						if !told {
							addCand(binding{w: w}, t, false)
						}
					}
				}
				// "the only thing they shared was the employees' letter
				// itself": the staff of the company in focus
				if p := toks[max(t.at-1, 0)]; len(in.comps) == 0 && len(here) == 0 && in.focus != "" && t.at >= 2 && toks[t.at-2].lower == "the" && (p.poss && workerNouns[p.lower] && !notRankAndFile[p.lower] || !p.poss && staffModifiers[p.lower]) && !supportSaid(toks) && !fromNamed(toks, t.end) && staffTold(info, in.focus, i) {
					addCand(binding{company: in.focus, inGaz: gazOf(in.focus)}, t, false)
				}
				// "A draft petition to chief executive Viktor Hale
				// circulates in a private channel": a document addressed to
				// the company's own chief, in a story of its staff
				if len(here) == 0 && len(in.comps) == 0 && in.focus != "" && toTheChief(toks, t.end) && !supportSaid(toks) && staffTold(info, in.focus, i) {
					addCand(binding{company: in.focus, inGaz: gazOf(in.focus)}, t, false)
				}
				// "A worker petition asking Halyard Cloud to abandon its
				// deal": the staff of the company it asks
				if c, ok := askedCompany(toks, in.comps, t); ok && len(here) == 0 && internalDoc(toks, t) {
					addCand(binding{company: c.name, inGaz: c.inGaz}, t, false)
				}
				// "The petition against Tessellate's RCMP hosting contract
				// passed 350 signatures": a document against a company's
				// own deal, counted in signatures, is its staff's.
				// "Organizers of an employee letter opposing Kestrel Maps'
				// border-surveillance contract": so is a staff document
				// against it, whatever else the story tells
				if c, ok := opposedDeal(toks, in.comps, t); ok && len(here) == 0 && !hasPublic(toks) && !authoredByOther(toks) && !hasVerb(toks, 0, len(toks), outsideSigners) {
					counted := len(in.workers) == 0 && len(in.sigs) > 0 && staffTold(info, c.name, i)
					staffDoc := t.at > 0 && !toks[t.at-1].poss && staffModifiers[toks[t.at-1].lower] && !notRankAndFile[toks[t.at-1].lower]
					if counted || staffDoc {
						addCand(binding{company: c.name, inGaz: c.inGaz}, t, false)
					}
				}
				// "The group's petition, which asks Microsoft to end all Azure
				// contracts with the Israeli military, had about 1,000
				// signatures": signed inside the company it asks, whose
				// staff the story tells of
				if c, ok := askedCompany(toks, in.comps, t); ok && len(here) == 0 && len(in.workers) == 0 && len(in.sigs) > 0 && !hasPublic(toks) && !authoredByOther(toks) && !hasVerb(toks, 0, len(toks), outsideSigners) && (staffTold(info, c.name, i) || !c.inGaz && t.at > 0 && toks[t.at-1].lower == "the" && staffActionsTold(info, i) && !publicOf(info, c.name)) {
					addCand(binding{company: c.name, inGaz: c.inGaz}, t, false)
				}
				// "an open letter to chief executive Hamish Todd, asking the
				// company to exit the contract, is delivered with 160
				// signatures": signed inside the company in focus, whose
				// staff the story tells of
				if organized := staffOrganized(toks, in.workers, in.focus); in.focus != "" && len(here) == 0 && (len(in.workers) == 0 || organized) && len(in.comps) == 0 && len(in.sigs) > 0 && asksTheCompany(toks, t) && !hasPublic(toks) && !authoredByOther(toks) && !hasVerb(toks, 0, len(toks), outsideSigners) && (staffTold(info, in.focus, i) || organized) {
					addCand(binding{company: in.focus, inGaz: gazOf(in.focus)}, t, false)
				}
			}
			// "The internal letter at Norrland Robotics now has 71
			// signatures", "the walkout at Google": an action held at a
			// company is its staff's
			if t.noun && len(here) == 0 && !hasPublic(toks) && !authoredByOther(toks) {
				p, ok := actionAtPlace(toks, t.end-1)
				if !ok && actionClass(t.action) == "doc" && t.end+1 < len(toks) && (toks[t.end].lower == "at" && t.at > 0 && toks[t.at-1].lower == "the" || toks[t.end].lower == "inside" || toks[t.end].lower == "within") && !placeAfterName(toks, in.comps, t.end+1) {
					// "the petition at Ferrow Data", "the No Azure for
					// Apartheid petition inside Microsoft": at a company
					// the article knows, the staff's
					p, ok = t.end+1, true
				}
				if ok {
					for _, c := range in.comps {
						if (c.from == p || c.from > p && c.from <= p+3 && describedBefore(toks, p, c.from)) && !c.product && !c.poss {
							addCand(binding{company: c.name, inGaz: c.inGaz}, t, false)
						}
					}
				}
			}
			// "[24:05] Microsoft and the HoloLens: a letter objecting to the
			// company's $480 million deal": a list item's heading names
			// the company whose own deal its document opposes
			if t.noun && actionClass(t.action) == "doc" && len(here) == 0 && t.at >= 3 && toks[t.at-2].text == ":" && (toks[t.at-1].lower == "a" || toks[t.at-1].lower == "an") && ownDealAfter(toks, t.end) && !hasPublic(toks) && !authoredByOther(toks) {
				if c, ok := itemHeading(toks, in.comps, t.at-2); ok {
					addCand(binding{company: c.name, inGaz: c.inGaz}, t, false)
				}
			}
			// "an open letter that 140 Quillfeather engineers sent to
			// management": the workers of the relative clause wrote it
			if t.noun && actionClass(t.action) == "doc" && !slices.ContainsFunc(here, func(c *cand) bool { return c.trig.at == t.at }) && t.end+2 < len(toks) && (toks[t.end].lower == "that" || toks[t.end].lower == "which") && !hasPublic(toks) {
				for k := range in.workers {
					w := &in.workers[k]
					if w.from == t.end+1 && len(w.names) == 1 && !w.generic && !w.unowned && !w.workforce && w.to < len(toks) && docSendVerbs[toks[w.to].lower] {
						addCand(binding{w: w}, t, true)
						break
					}
				}
			}
			// "Google has faced employee protests over Project Maven", "The
			// company has weathered a string of staff walkouts": the staff
			// of the company that faced them
			if t.noun && actionClass(t.action) == "presence" && !slices.ContainsFunc(here, func(c *cand) bool { return c.trig.at == t.at }) && t.at >= 1 && !toks[t.at-1].poss && staffModifiers[toks[t.at-1].lower] && !hasPublic(toks) {
				when := hasVerb(toks, 0, t.at, whenWord)
				if name, ok := facedBy(toks, in.comps, in.focus, t.at-1); ok {
					addCand(binding{company: name, inGaz: gazOf(name)}, t, false)
				} else if len(in.workers) > 0 && in.workers[0].from == 0 && len(in.workers[0].names) == 1 && !in.workers[0].generic && !in.workers[0].hasCount && in.workers[0].to < t.at-1 && when {
					// "Google workers set the template last year, when
					// employee protests over Project Maven led their company
					// to drop it": the staff the sentence opens with
					w := &in.workers[0]
					addCand(binding{company: w.names[0], inGaz: w.inGaz[0]}, t, false)
				} else if len(in.comps) > 0 && in.comps[0].from == 1 && toks[0].lower == "for" && !in.comps[0].product && when {
					// "For Google, the letter revives a fight from 2018,
					// when employee protests over Project Maven led the
					// company to let that contract expire"
					addCand(binding{company: in.comps[0].name, inGaz: in.comps[0].inGaz}, t, false)
				}
			}
			// "No Azure for Apartheid, a group of current and former
			// employees that wants Microsoft to end cloud contracts ...
			// The group's petition has gathered about 1,500 signatures":
			// the staff of the company the group was told to ask
			if c, ok := groupDefinedFor(info, i, toks, t); ok && len(here) == 0 && len(in.comps) == 0 && !hasPublic(toks) && !authoredByOther(toks[t.at:]) {
				addCand(binding{company: c.name, inGaz: c.inGaz}, t, false)
			}
			// "The No Azure for Apartheid petition has now topped 2,000
			// signatures": a group named for its company's product or
			// name, in a story of that company's staff
			if c, ok := groupNamedFor(toks, in.comps, t); ok && len(here) == 0 && !hasPublic(toks) && staffTold(info, c.name, i) {
				addCand(binding{company: c.name, inGaz: c.inGaz}, t, false)
			}
			// "They walked out", "She resigned the next day."
			if startsWithPronoun(toks, !t.weak && (t.action == "resignation" || t.sign)) && !(len(toks) > 1 && toks[0].lower == "the" && outsideGroup[toks[1].lower]) {
				prev := lastCand(3, i, nil)
				if t.noun && actionClass(t.action) == "doc" && definiteNoun(toks, t.at) {
					// "Organizers plan to present the petition": the petition
					// already told, whoever acted last; nothing new
					if told := lastCand(1<<30, i, func(c *cand) bool { return c.action == t.action }); told != nil {
						prev = nil
					}
				}
				if prev != nil && prev.sent < i {
					addCand(binding{company: prev.company, inGaz: prev.inGaz, borrowed: true}, t, false)
				} else if i > 0 && !t.weak && len(here) == 0 && theyGoverns(toks, t) {
					// "Google workers took more visible risks. When they
					// held sit-ins ...": the workers who open the sentence
					// before
					for _, w := range info[i-1].workers {
						if len(w.names) == 1 && !w.generic && !w.unowned && w.from <= 1 {
							addCand(binding{company: w.names[0], inGaz: w.inGaz[0]}, t, false)
						}
						break
					}
				}
			}
			// "Police removed a group of protesters, including current and
			// former Microsoft employees, from the office ... after they
			// staged a sit-in": the one company's workers the sentence told
			// before "they"
			if len(here) == 0 && !t.weak && !startsWithPronoun(toks, false) && theyGoverns(toks, t) && !hasPublic(toks) && !negatedBefore(toks, t.at) && !passiveBefore(toks, t.at) {
				var owner *workerRef
				for j := range in.workers {
					w := &in.workers[j]
					if w.to <= t.at && len(w.names) == 1 && !w.generic && !w.unowned && !w.workforce && !w.sanctioned {
						if owner != nil && owner.names[0] != w.names[0] {
							owner = nil
							break
						}
						owner = w
					}
				}
				if owner != nil {
					addCand(binding{company: owner.names[0], inGaz: owner.inGaz[0]}, t, false)
				}
			}
			// "Hundreds of Facebook employees refused to work ... The
			// virtual walkout was organized on message boards": the
			// action told before, named
			if len(here) == 0 && t.noun && (t.action == "walkout" || t.action == "sit-in" || t.action == "strike") && definiteNoun(toks, t.at) && len(in.comps) == 0 {
				if prev := lastCand(2, i, func(c *cand) bool {
					return c.company == lastCompany && (c.action == "other" || c.action == "protest") && !c.joint
				}); prev != nil && prev.sent < i {
					prev.action = t.action
				}
			}
		}
		// "Workers at Tableau are asking their managers to ..., according
		// to an internal letter": the weak verb is what the letter does
		for _, t := range in.trigs {
			if !t.noun || actionClass(t.action) != "doc" || !(internalDoc(toks, t) || docIn(toks, t)) || authoredByOther(toks) {
				continue
			}
			for _, c := range here {
				if c.weak && !c.borrowed && c.trig.at < t.at {
					c.action, c.trig, c.weak = t.action, t, false
					break
				}
			}
		}
		// "Organizers said roughly 320 people joined the walkout": a count
		// of people, not said to be workers, adds to the workers' action
		// already told
		if !hasPublic(toks) {
			for k := range in.workers {
				w := &in.workers[k]
				if !w.generic || !w.countable() {
					continue
				}
				t, ok := genericAct(toks, in.trigs, w)
				if !ok {
					continue
				}
				if c := lastCand(1<<30, i, func(c *cand) bool {
					return lastCompany != "" && c.company == lastCompany && actionClass(c.action) == actionClass(t.action) && !c.joint
				}); c != nil {
					c.counts = append(c.counts, obs{a: w.count, n: w.count.countValue(), sent: i, text: spanText(text, toks, w.count.from, w.to), increment: w.increment || w.share})
					c.sents[i] = true
				} else if org, ok := organizersAt(toks, in.comps, w.from); ok && len(here) == 0 && t.noun && actionClass(t.action) == "presence" {
					// "Organizers at Marrow & Finch Games now say 210
					// people took part in last Wednesday's walkout": the
					// staff's action, counted by their organisers
					c := &cand{company: org.name, inGaz: org.inGaz, action: t.action, sent: i, trig: t, sents: map[int]bool{i: true}, agency: -1, issue: -1}
					c.counts = append(c.counts, obs{a: w.count, n: w.count.countValue(), sent: i, text: spanText(text, toks, w.count.from, w.to)})
					here = append(here, c)
				}
			}
		}
		// "a petition with 300,000 signatures (including 500 employees)"
		// "More than 1,200 people have signed an open letter ..., among them
		// 400 Amazon employees": the workers among the signers signed it
		for _, w := range in.workers {
			if !w.including || !w.countable() || w.count.vague || len(w.names) != 1 {
				continue
			}
			o := obs{a: w.count, n: w.count.countValue(), sent: i, text: spanText(text, toks, w.count.from, w.to)}
			found := false
			for _, c := range here {
				if c.company == w.names[0] && (c.action == "letter" || c.action == "petition") {
					if len(c.counts) == 0 {
						c.counts = append(c.counts, o) // not "4,000 employees signed, including 30 engineers"
					}
					found = true
					break
				}
			}
			if found || hasPublic(toks) || !hasVerb(toks, 0, w.from, signVerbs) && !hasVerb(toks, 0, w.from, sigNouns) && !hasVerb(toks, 0, w.from, signerNouns) {
				continue
			}
			t, ok := trigger{}, false
			for _, tt := range in.trigs {
				if tt.noun && actionClass(tt.action) == "doc" && tt.at < w.from {
					t, ok = tt, true
					break
				}
			}
			if !ok {
				// "Signers include 300 Salesforce employees": of the letter
				// just told
				if prev := lastCand(2, i, func(c *cand) bool { return actionClass(c.action) == "doc" }); prev != nil {
					t, ok = trigger{at: w.head, end: w.head + 1, action: prev.action, noun: true}, true
				} else if lastDocSent >= 0 && i-lastDocSent <= 2 && !hasPublic(info[lastDocSent].toks) {
					// "More than 1,800 tech workers have signed an open
					// letter ... Among the signers were more than 400
					// Google employees": the letter of no one company
					t, ok = trigger{at: w.head, end: w.head + 1, action: lastDocAction, noun: true}, true
				}
			}
			if ok {
				c := &cand{company: w.names[0], inGaz: w.inGaz[0], action: t.action, sent: i, trig: t, sents: map[int]bool{i: true}, agency: -1, issue: -1}
				for _, v := range in.workers {
					if v.including && len(v.names) == 1 && v.names[0] != c.company {
						c.joint = true // "300 Amazon employees and 90 Google employees" signed one letter
					}
				}
				c.counts = append(c.counts, o)
				here = append(here, c)
			}
		}
		// "the letter protesting her exit ... By the time it closed, it
		// carried the names of 2,695 Google employees and more than 4,300
		// supporters": the company's workers among the signers of the
		// letter just told, counted apart from the rest
		if len(here) == 0 && len(in.trigs) == 0 && lastDocSent >= 0 && i-lastDocSent <= 2 && !hasPublic(info[lastDocSent].toks) {
			for _, w := range in.workers {
				if !w.signer || !w.countable() || w.count.vague || len(w.names) != 1 || w.generic || w.workforce || !itCarried(toks, w.from) {
					continue
				}
				t := trigger{at: w.head, end: w.head + 1, action: lastDocAction, noun: true}
				c := &cand{company: w.names[0], inGaz: w.inGaz[0], action: t.action, sent: i, trig: t, sents: map[int]bool{i: true, lastDocSent: true}, agency: -1, issue: -1}
				c.counts = append(c.counts, obs{a: w.count, n: w.count.countValue(), sent: i, text: spanText(text, toks, w.count.from, w.to)})
				here = append(here, c)
				break
			}
		}
		// "We posted it in an internal channel", "When we published it
		// there were about 3,500 names on it": the letter just told, the
		// writer's colleagues'
		if speaker != "" && len(here) == 0 && lastDocSent >= 0 && i-lastDocSent <= 6 && !hasPublic(toks) {
			for k := 0; k+2 < len(toks); k++ {
				if toks[k].lower == "we" && docVerbs[toks[k+1].lower] && toks[k+2].lower == "it" {
					t := trigger{at: k + 1, end: k + 3, action: lastDocAction}
					c := &cand{company: speaker, inGaz: speakerGaz, action: t.action, sent: i, trig: t, sents: map[int]bool{i: true}, agency: -1, issue: -1}
					here = append(here, c)
					break
				}
			}
		}
		for _, t := range in.trigs {
			if t.noun && actionClass(t.action) == "doc" {
				lastDocSent, lastDocAction = i, t.action
			}
		}
		// "Signed,\n1,206 employees of Corvane AI": the signers under a
		// letter's sign-off
		if i > 0 && len(here) == 0 && len(in.trigs) == 0 && signOff(sents[i-1].toks) && !hasPublic(toks) {
			for k := range in.workers {
				w := &in.workers[k]
				if w.from != 0 || !w.countable() || w.count.vague || len(w.names) != 1 || w.generic || w.unowned || w.workforce || hasWordAfter(toks, w.to) {
					continue // "Regards,\n2,000 Google workers in Zurich were not consulted": no signature line
				}
				action := lastDoc(info[:i], "letter")
				t := trigger{at: w.head, end: w.head + 1, action: action, noun: true}
				c := &cand{company: w.names[0], inGaz: w.inGaz[0], action: action, sent: i, trig: t, sents: map[int]bool{i: true}, agency: -1, issue: -1}
				c.counts = append(c.counts, obs{a: w.count, n: w.count.countValue(), sent: i, text: spanText(text, toks, w.count.from, w.to)})
				here = append(here, c)
				break
			}
		}
		// "after a letter signed by 1,150 employees and a lobby sit-in":
		// an action joined to the workers' own, theirs too
		for _, t := range in.trigs {
			if !t.noun || slices.ContainsFunc(here, func(c *cand) bool { return c.trig.at == t.at }) {
				continue
			}
			k := t.at - 1
			for k > 0 && t.at-k <= 2 && toks[k].word && (toks[k].text == toks[k].lower || months[toks[k].lower] > 0) && toks[k].lower != "a" && toks[k].lower != "an" {
				k-- // "a lobby sit-in", "an April walkout"
			}
			if k < 1 || toks[k].lower != "a" && toks[k].lower != "an" || toks[k-1].lower != "and" {
				continue
			}
			// a bare "and a lobby sit-in", not "and a protest organized
			// by the activist group", "a walkout by its subcontractors",
			// "a rally of 2,000 residents", "a walkout that took place";
			// but "an April walkout that organizers said drew about 300
			// people": its turnout
			if e := t.end; e < len(toks) && toks[e].word && !joinedPlace[toks[e].lower] && !turnoutClause(toks, e) {
				continue
			}
			for _, c := range here {
				if c.trig.noun && c.trig.at < k && c.action != t.action && !c.weak {
					addCand(binding{company: c.company, inGaz: c.inGaz, borrowed: c.borrowed}, t, false)
					break
				}
			}
		}
		// counts that are not worker phrases
		byEmployer := slices.ContainsFunc(in.sigs, func(sc sigCount) bool { return sc.staff })
		for _, sc := range in.sigs {
			if sc.bare && !(docBefore == i-1 && len(info[i-1].sigs) > 0) {
				continue // "Halyard was founded with a dozen engineers. It now has more than 900": a headcount
			}
			if byEmployer && sc.company == "" && !sc.earlier {
				continue // "signed by 350 people, of whom 90 work at Amazon": the total is no one company's
			}
			o := obs{a: sc.a, n: sc.a.countValue(), sent: i, text: spanText(text, toks, sc.a.from, sc.a.to), earlier: sc.earlier || correctedAway(toks), final: finalFigure(toks)}
			if sc.resign {
				// "How many of you resigned?" "Five.": the speaker's
				// colleagues, or the company in focus
				name, gz := speaker, speakerGaz
				if name == "" && len(here) > 0 {
					name, gz = here[0].company, here[0].inGaz // "Ninety engineers at Quillon signed it; six resigned"
				}
				if name == "" {
					name, gz = lastCompany, gazOf(lastCompany)
				}
				if name != "" {
					t := trigger{at: sc.at, end: sc.a.to, action: "resignation"}
					c := &cand{company: name, inGaz: gz, action: "resignation", sent: i, trig: t, sents: map[int]bool{i: true}, agency: -1, issue: -1}
					c.counts = append(c.counts, o)
					here = append(here, c)
				}
				continue
			}
			if sc.company != "" && len(in.workers) == 0 && (hasPublic(withoutAsides(toks)) || advocatesLead(toks)) {
				continue // "A coalition of immigrant-rights organizations ... delivered a petition it said carried 100,000 names"
			}
			if sc.staff && !staffBreakdown(info, i, docBefore, institutionName(sc.company), titleDoc != "" || docNoun(titleTrigs) && !hasPublic(titleToks), func(j int) bool {
				return slices.ContainsFunc(cands, func(c *cand) bool {
					return c.sent == j && actionClass(c.action) == "doc" && !c.joint && slices.ContainsFunc(info[j].comps, func(r companyRef) bool { return r.name == c.company })
				})
			}) {
				continue // "About 40 of them came from Microsoft" of hires, "800 of them work at Amazon" of residents
			}
			if sc.company != "" {
				action := "letter"
				if sc.staff && docBefore >= 0 && i-docBefore <= 2 {
					action = docActionBefore // "The petition has 1,100 names. ... about 400 work at Amazon"
				}
				for _, t := range in.trigs {
					if t.noun && actionClass(t.action) == "doc" {
						action = t.action // "The petition against Tesmark's contract passed 350 signatures"
						break
					}
				}
				for _, c := range here {
					if c.action == "letter" || c.action == "petition" {
						action = c.action
					}
				}
				c := &cand{company: sc.company, inGaz: sc.inGaz, action: action, sent: i, trig: trigger{at: sc.at, end: sc.at + 1, action: action, noun: true}, borrowed: !sc.staff, countOnly: true, sents: map[int]bool{i: true}, agency: -1, issue: -1}
				c.counts = append(c.counts, o)
				here = append(here, c)
				continue
			}
			if hasPublic(withoutAsides(toks)) || outsideDoc(toks, sc.a.from) || separateMatter(toks) && len(in.workers) == 0 ||
				len(in.workers) == 0 && len(in.comps) == 0 && othersDoc(toks) {
				// "A separate student petition, which has collected more
				// than 1,100 signatures, asks the university ...": others'
				continue
			}
			if len(in.workers) == 0 && publicDocTold(toks, in.trigs, info[:i]) {
				// "illustrators launched a public petition ... That petition
				// had passed 38,000 signatures": the public's, told just before
				continue
			}
			if labourOnly {
				// "Couriers for the grocery app Zipcart logged off ...; about
				// 1,500 took part": drivers and warehouse staff, no one's
				// office workers told before
				continue
			}
			if !sc.earlier && !sc.tally && restated(cands, here, o.n) {
				continue // "4,000 signatures is less than 3 percent of that": a count told already
			}
			// a count of signatures is a letter's or a petition's, never
			// a walkout's or a resignation's
			fits := func(c *cand) bool {
				return (!sc.sig || actionClass(c.action) == "doc") && (!sc.turnout || actionClass(c.action) == "presence")
			}
			var target *cand
			if sc.earlier {
				for _, c := range here {
					if len(c.counts) > 0 && fits(c) {
						target = c
					}
				}
			}
			if target == nil && !sc.earlier && len(in.comps) == 0 {
				// "the letter closed with 1,870 signatures, up from the
				// 1,200 reported above": the action that had the earlier
				// figure, however far back
				if m := upFrom(toks, sc.a.to); m > 0 && m < o.n {
					noun := ""
					for _, t := range in.trigs {
						if t.noun && actionClass(t.action) == "doc" {
							noun = t.action
						}
					}
					target = lastCand(1<<30, i, func(c *cand) bool {
						return fits(c) && (noun == "" || c.action == noun) && slices.ContainsFunc(c.counts, func(x obs) bool { return x.n == m })
					})
				}
			}
			if t, ok := newDocOfThem(toks, in.trigs, sc); ok && target == nil && lastCompany != "" && !authoredByOther(toks) {
				// "Last August, more than 1,300 of them signed a petition
				// asking Google ...": the workers just told, signing a
				// document of its own, not the letter told before
				name := lastCompany
				for _, c := range in.comps {
					if !c.product && c.from > sc.at {
						name = c.name
						break
					}
				}
				c := &cand{company: name, inGaz: gazOf(name), action: t.action, sent: i, trig: t, sents: map[int]bool{i: true}, agency: -1, issue: -1}
				c.counts = append(c.counts, o)
				here = append(here, c)
				continue
			}
			if target == nil {
				// the company named nearest before the count, else after
				name := ""
				for _, c := range in.comps {
					if !c.product && c.to <= sc.at && !inAside(toks, in.comps, c.from, sc.at) {
						name = c.name // not "When GitHub, which Microsoft owns, faced ..."
					}
				}
				if name == "" {
					for _, c := range in.comps {
						if !c.product && c.from > sc.at && !(sc.turnout && placeList(toks, c.from)) {
							name = c.name
							break
						}
					}
				}
				for _, c := range here {
					if (name == "" || c.company == name) && fits(c) && !(sc.tally && c.trig.noun && whenBegan(toks, c.trig)) {
						target = c
						if name != "" {
							break
						}
					}
				}
				if target == nil && name != "" {
					target = lastCand(1<<30, i, func(c *cand) bool { return c.company == name && (c.action == "letter" || c.action == "petition") })
					if target == nil {
						target = lastCand(1<<30, i, func(c *cand) bool { return c.company == name && fits(c) })
					}
				}
				if target == nil && name == "" && sc.tally && slices.ContainsFunc(in.trigs, func(t trigger) bool { return t.noun && whenBegan(toks, t) }) {
					// the walkout only dates the count: the document
					// counted just before
					target = lastCand(2, i, func(c *cand) bool { return actionClass(c.action) == "doc" && len(c.counts) > 0 })
				}
				if target == nil && name == "" && sc.tally && lastCompany != "" {
					// "Organizers' count has now reached 650": the running
					// count of the company's walkout told before, however far
					target = lastCand(1<<30, i, func(c *cand) bool {
						return c.company == lastCompany && actionClass(c.action) == "presence" && !c.joint
					})
				}
				if target == nil && name == "" && !sc.turnout && correctionNote(toks) && lastCompany != "" {
					// "Update, 5:40 p.m.: organizers said the petition had
					// reached 710 signatures": the story's own document,
					// not the one of another company told in passing
					target = lastCand(1<<30, i, func(c *cand) bool { return c.company == lastCompany && fits(c) })
				}
				if c, ok := itsDocOwner(toks, in.trigs, info, i); target == nil && name == "" && sc.sig && ok && !hasPublic(toks) && lastCand(1<<30, i, func(d *cand) bool { return d.company == c.name }) == nil {
					// "Lumenfield, an Austin computer-vision company, is the
					// textbook case. Its letter began with 212 names": the
					// letter of the company the sentence before is about,
					// not the last one told of another company
					for _, t := range in.trigs {
						if t.noun && t.at == 1 {
							target = &cand{company: c.name, inGaz: c.inGaz, action: t.action, sent: i, trig: t, sents: map[int]bool{i: true}, agency: -1, issue: -1}
							here = append(here, target)
							break
						}
					}
				}
				if target == nil && name == "" && !sc.turnout {
					// "100,000 — signatures on the Redline Circuit petition"
					// is no count of the letter told before
					other := ""
					for _, t := range in.trigs {
						if t.noun && actionClass(t.action) == "doc" {
							other = t.action
						}
					}
					// "The petition she co-wrote launched in May. It had 430
					// names": the document the sentence before named
					itBefore := other == "" && lastDocSent == i-1 && len(toks) > 0 && toks[0].lower == "it"
					if itBefore {
						other = lastDocAction
					}
					target = lastCand(1<<30, i, func(c *cand) bool {
						return (c.action == "letter" || c.action == "petition") && (other == "" || other == c.action)
					})
					if target == nil && !itBefore {
						target = lastCand(6, i, fits)
					}
					if target != nil && target.sent < headingAt && target.company != headingCompany {
						target = nil // a document of the section before another company's heading
					}
				}
			}
			if target != nil && target.sent < i && yearsApart(sents[target.sent].toks, toks) {
				// "in May 2020, 250 employees signed a petition ... By
				// early 2025 the petition had gathered more than 1,500": a
				// petition of years later, not the same one grown
				target = nil
			}
			if target != nil && target.joint && sc.company == "" {
				target = nil // a total for a letter of several companies' workers is none's count
			} else if target == nil && sc.sig && !sc.earlier && docTold(toks, in.trigs, here, lastCompany) && len(in.comps) == 0 && lastCompany != "" && !authoredByOther(toks) &&
				(lastCand(1<<30, i, func(c *cand) bool { return c.company == lastCompany && !c.borrowed && !c.weak }) != nil || workersTold(info[:i], lastCompany) || i > 0 && headingOf(info[i-1].toks, lastCompany) && asksDescribed(toks) || headingAt >= 0 && headingCompany == lastCompany) {
				// "Hundreds of Dell employees walked out ... The letter had
				// 1,150 signatures when organizers delivered it": a letter
				// no one else wrote, in a story of the company's workers
				// acting, is theirs
				if c := countedDoc(lastCompany, gazOf(lastCompany), in.trigs, i, o); c != nil {
					c.borrowed = !organizersTell(toks) // the organisers who count it speak for the workers
					here = append(here, c)
				}
			} else if c, ok := letterAsksCompany(toks, in.trigs, in.comps); target == nil && sc.sig && !sc.earlier && ok && len(in.workers) == 0 && o.n < 10000 && !authoredByOther(toks) && !hasPublic(toks) {
				// "The letter asking Orbitra Imaging to drop its Customs and
				// Border Protection imagery deal has nearly 230 signatures
				// now": a letter no one else is said to write, to the
				// company about its own deal, is its staff's
				if c := countedDoc(c.name, c.inGaz, in.trigs, i, o); c != nil {
					here = append(here, c)
				}
			} else if target == nil && sc.sig && !sc.earlier && lastCompany == "" && speaker != "" && len(in.comps) == 0 && docTold(toks, in.trigs, here, speaker) && !authoredByOther(toks) && !hasPublic(toks) &&
				(firstPerson(toks) || i > 0 && firstPerson(info[i-1].toks)) {
				// "I pressed send on an email to the executive team of the
				// company where I have worked ... Below the letter were
				// seventy-three names, mine among them": the writer's
				// colleagues', before the essay names the company
				if c := countedDoc(speaker, speakerGaz, in.trigs, i, o); c != nil {
					here = append(here, c)
				}
			} else if target == nil && sc.sig && !sc.earlier && docBefore == i-1 && (toks[0].lower == "it" && !docNoun(in.trigs) || len(toks) > 1 && toks[0].lower == "the" && toks[1].lower == docActionBefore) &&
				onlyName(in.comps, lastCompany) && lastCompany != "" &&
				!authoredByOther(toks) && !hasPublic(toks) && !authoredByOther(info[i-1].toks) && !hasPublic(info[i-1].toks) && onlyName(info[i-1].comps, lastCompany) &&
				(workersTold(info[:i], lastCompany) || len(info[i-1].comps) > 0 && len(info[i-1].workers) > 0) {
				// "When it was finally sent to the chief executive as a
				// formal letter, it asked for three things. It carried 87
				// names.": the letter just told, in a story of the
				// company's workers; "in a Google conference room, where
				// a young engineer watches the count on a letter against
				// Project Maven ... The letter would eventually collect
				// some 4,000 signatures"
				t := trigger{at: 0, end: 1, action: docActionBefore, noun: true}
				c := &cand{company: lastCompany, inGaz: gazOf(lastCompany), action: t.action, sent: i, trig: t, sents: map[int]bool{i: true, i - 1: true}, agency: -1, issue: -1}
				c.counts = append(c.counts, o)
				here = append(here, c)
			} else if w, ok := drafter(toks, in.workers, in.comps); target == nil && sc.sig && !sc.earlier && ok && (w.inGaz[0] || staffTold(info, w.names[0], i)) && docNoun(in.trigs) && !hasPublic(toks) && !authoredByOther(toks) {
				// "The letter had been signed by more than 1,100 people by
				// Thursday morning, according to a Google engineer who
				// helped draft it": the drafters' company's letter
				if c := countedDoc(w.names[0], w.inGaz[0], in.trigs, i, o); c != nil {
					here = append(here, c)
				}
			} else if target == nil && sc.sig && !sc.earlier && docNoun(in.trigs) {
				// "The letter drew 3,100 signatures in its first days. Nearly
				// 4,000 employees have now signed it": the letter's count,
				// kept for the letter its signers are told of next
				name := lastCompany
				for _, c := range in.comps {
					if !c.product {
						name = c.name
						break
					}
				}
				pending = append(pending, pendingCount{company: name, o: o})
			}
			if target != nil {
				target.counts = append(target.counts, o)
				target.sents[i] = true
			}
		}
		// companies this sentence speaks of
		seen := map[string]bool{}
		for _, c := range in.comps {
			if !c.product && !seen[c.name] {
				seen[c.name] = true
				in.names = append(in.names, c.name)
			}
		}
		for _, w := range in.workers {
			for _, n := range w.names {
				if n != "" && !seen[n] {
					seen[n] = true
					in.names = append(in.names, n)
				}
			}
		}
		for _, c := range here {
			if !seen[c.company] {
				seen[c.company] = true
				in.names = append(in.names, c.company)
			}
		}
		// "It calls on both companies to pull out of Project Nimbus": the
		// companies whose workers acted in the sentences just before
		if len(in.names) == 0 && bothCompanies(toks) {
			in.names = append(in.names, recentActors(cands, i)...)
		}
		if len(here) > 0 {
			lastCompany = here[len(here)-1].company
			lastGroup = nil
			for _, c := range here {
				if c.joint && !contains(lastGroup, c.company) {
					lastGroup = append(lastGroup, c.company)
				}
			}
		} else {
			for _, c := range in.comps {
				if !c.product && !exampleList(toks, c.from, c.to) {
					lastCompany, lastGroup = c.name, nil // "Like Google, Microsoft has": Microsoft
					break
				}
			}
		}
		// counts told before the letter's signers: theirs when told soon
		// after, but not a total the sentence breaks down by company
		// ("1,020 of them came from Brightline ... and 385 from Norvale")
		owners := map[string]bool{}
		staffShare := false
		for _, sc := range in.sigs {
			if sc.company != "" {
				owners[sc.company] = true
			}
			staffShare = staffShare || sc.staff
		}
		if len(owners) >= 2 || staffShare {
			pending = pending[:0]
		}
		kept := pending[:0]
		for _, p := range pending {
			var target *cand
			for _, c := range here {
				if actionClass(c.action) == "doc" && !c.joint && (p.company == "" || c.company == p.company) {
					target = c
					break
				}
			}
			switch {
			case target != nil:
				target.counts = append(target.counts, p.o)
				target.sents[p.o.sent] = true
			case i-p.o.sent < 3:
				kept = append(kept, p)
			}
		}
		pending = kept
		cands = append(cands, here...)
	}
	// "A group of Microsoft employees is demanding the company abandon a
	// contract ... The letter, addressed to chief executive Satya Nadella,
	// had more than 100 signatures": the demand just told was made in the
	// letter the next sentence counts
	for _, c := range cands {
		if c.action != "other" || c.joint || c.borrowed || c.weak && len(info[c.sent].workers) == 0 || c.sent+1 >= len(sents) {
			continue
		}
		n := &info[c.sent+1]
		toks := n.toks
		if len(toks) < 3 || toks[0].lower != "the" || len(n.workers) > 0 || len(n.comps) > 0 || len(n.sigs) != 1 || n.sigs[0].earlier || hasPublic(toks) || authoredByOther(toks) || hasVerb(toks, 0, len(toks), outsideSigners) {
			continue
		}
		for _, t := range n.trigs {
			if t.at == 1 && t.noun && (t.action == "letter" || t.action == "petition") && !slices.ContainsFunc(cands, func(d *cand) bool { return d != c && d.sents[c.sent+1] }) {
				sc := n.sigs[0]
				c.action, c.trig, c.weak = t.action, t, false
				c.sent = c.sent + 1
				c.sents[c.sent] = true
				c.counts = append(c.counts, obs{a: sc.a, n: sc.a.countValue(), sent: c.sent, text: spanText(text, toks, sc.a.from, sc.a.to)})
				break
			}
		}
	}
	// "We are 240 engineers ... at Lumenforge": the number the writers
	// give themselves is their letter's, when it has no other
	if wr.count != nil {
		for _, c := range cands {
			if writersCands[c] && c.company == wr.company && actionClass(c.action) == "doc" && len(c.counts) == 0 && !c.joint {
				t := sents[wr.sent].toks
				c.counts = append(c.counts, obs{a: wr.count.count, n: wr.count.count.countValue(), sent: wr.sent, text: spanText(text, t, wr.count.count.from, wr.count.to)})
				c.sents[wr.sent] = true
				break
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	// an article must have at least one action bound to a worker phrase
	worker := false
	for _, c := range cands {
		if !c.borrowed && !c.weak {
			worker = true
		}
	}
	if !worker {
		return nil
	}

	// what the article ties to each company
	// Scores count the sentences that name both, doubled where the company's
	// workers act; the fraction breaks ties in favour of the earlier one.
	actors := make([]map[string]bool, len(info))
	for _, c := range cands {
		if actors[c.sent] == nil {
			actors[c.sent] = map[string]bool{}
		}
		actors[c.sent][c.company] = true
	}
	assoc := map[string]map[int]int{}
	issueAssoc := map[string]map[int]int{}
	bump := func(m map[string]map[int]int, n string, id, w, i int) {
		if m[n] == nil {
			m[n] = map[int]int{}
		}
		if m[n][id] == 0 {
			m[n][id] = 10000 - min(i, 9999)
		}
		m[n][id] += w * 10000
	}
	for i := range info {
		if notTheAim(sents[i].toks) {
			continue // "a relationship the letter does not mention"
		}
		// "In 2018, thousands of its employees protested Project Maven":
		// background years before the story ties nothing but a tie-break
		past := false
		if y := toldYear(sents[i].toks); y > 0 && x.pubYear > 0 && x.pubYear-y >= 2 {
			past = true
		}
		for _, n := range info[i].names {
			w := 1
			if actors[i][n] {
				w = 2
			}
			if past {
				w = 0
			}
			for _, a := range info[i].agencies {
				bump(assoc, n, a.id, w, i)
			}
			for _, is := range info[i].issues {
				bump(issueAssoc, n, is.id, w, i)
			}
		}
		// "The buyer, Stonegate Services, runs the facility under a
		// contract with ICE": the agency behind the company's customer
		if len(info[i].names) == 0 && info[i].focus != "" && hasVerb(sents[i].toks, 0, len(sents[i].toks), dealWords) {
			for _, a := range info[i].agencies {
				bump(assoc, info[i].focus, a.id, 1, i)
			}
		}
	}
	// an action whose own sentence states only a pay or conditions aim
	// after it ("a strike ... over wages") is out of scope, whatever the
	// company's other actions are about
	kept := cands[:0]
	for _, c := range cands {
		in := &info[c.sent]
		if len(in.agencies) == 0 && len(in.issues) == 0 && x.labourAim(sents[c.sent].toks, c.trig.at) {
			if !x.officeEmployer(c.company, c.inGaz) && !techDescribed(c.company, info) {
				continue
			}
			c.labour = true // a tech employer's workers: kept, aimed at pay alone
		}
		kept = append(kept, c)
	}
	cands = kept
	if len(cands) == 0 {
		return nil
	}
	x.acting = map[string]bool{}
	for _, c := range cands {
		x.acting[c.company] = true
	}
	titleSent := sentence{text: doc.Title, toks: titleToks}
	titleAgencies := x.agencyRefs(&titleSent, doc.Title)
	// "After Pentagon fight, Google faces new worker revolt": a target of
	// before, not the story's
	if len(titleAgencies) > 0 {
		for k := titleAgencies[0].from - 1; k >= 0 && k >= titleAgencies[0].from-2; k-- {
			switch titleToks[k].lower {
			case "after", "since", "following", "before":
				x.pastInTitle = true
			}
		}
	}
	titleIssues := x.issueRefs(&titleSent, doc.Title)
	prevOf := map[string]*cand{} // the company's previous action with a target
	told := map[string][]*cand{} // the company's actions with a target, in order
	var lastTargeted *cand
	lastOfKind := map[string]*cand{} // the last action of each kind with a target
	for _, c := range cands {
		prev := prevOf[c.company]
		if prev == nil && c.countOnly && lastTargeted != nil && lastTargeted.action == c.action {
			// "Organizers said 412 of the signers work at Microsoft":
			// a share of the letter told before, whoever's it was
			prev = lastTargeted
		}
		if noted := notedAction(told[c.company], c, titleAgencies); noted != nil && len(info[c.sent].agencies)+len(info[c.sent].issues) == 0 && (correctedAway(sents[c.sent].toks) || correctionNote(sents[c.sent].toks)) {
			// "Correction: An earlier version of this story said more
			// than 300 Amazon employees backed the letter", "UPDATE: 250
			// employees had now signed the letter": the note speaks of
			// the story's own action of the kind, however far back and
			// whatever asides came between
			c.agency, c.issue, c.target = noted.agency, noted.issue, noted.target
		} else if same := joinedTold(told[c.company], c, sents[c.sent].toks); same != nil {
			// "said a data analyst, 26, who joined the walkout": the
			// walkout told before, whatever the quote says
			c.agency, c.issue, c.target = same.agency, same.issue, same.target
		} else if same := toldBefore(told[c.company], c); same != nil && signersOfThe(sents[c.sent].toks, c.trig) {
			// "about 60 people who signed the petition were among those
			// laid off": the petition told before, whatever befell them
			c.agency, c.issue, c.target = same.agency, same.issue, same.target
		} else if same := sameDocTold(told[c.company], c, sents[c.sent].toks); same != nil && len(info[c.sent].agencies)+len(info[c.sent].issues) == 0 && !yearsApart(info[same.sent].toks, info[c.sent].toks) && (c.sent-same.sent > 3 || prev != nil && prev != same && prev.action != c.action) {
			// "the employees behind the petition", paragraphs after the
			// petition against the Ministry of Defence: that petition
			c.agency, c.issue, c.target = same.agency, same.issue, same.target
		} else if sameAgency(sents[c.sent].toks) && (len(info[c.sent].agencies) == 0 || ownSameAgency(sents[c.sent].toks, c, info[c.sent].agencies)) && lastTargeted != nil && lastTargeted.agency >= 0 && lastTargeted.company != c.company {
			// "the 2018 letter in which Salesforce employees asked their
			// company to reconsider its relationship with the same
			// agency": the body of the action told before, another
			// company's
			c.agency, c.target = lastTargeted.agency, lastTargeted.target
		} else {
			x.resolveTarget(c, sents[c.sent].toks, info, assoc, issueAssoc, titleAgencies, titleIssues, prev)
			if il, ok := x.knownAgency("Israel"); ok && c.agency < 0 && c.issue >= 0 && x.g.issues[c.issue].Slug == "gaza" && len(info[c.sent].agencies) == 0 && assoc[c.company][il] > 0 {
				// "a letter ... who said they could not support technology
				// that would be used against Palestinians", in a story
				// that ties the company to Project Nimbus: Israel's
				c.agency, c.issue, c.target = il, -1, x.agencyName(il)
			}
			if like := lastOfKind[c.action]; c.targetKey() == "" && prev == nil && like != nil && like.company != c.company && ofTheirOwn(sents[c.sent].toks, c.trig) {
				// "At Lumora, the startup that writes software for the
				// towers' cameras, organizers said their own letter now has
				// 58 signatures": a letter like the one told, to the same end
				c.agency, c.issue, c.target = like.agency, like.issue, like.target
			}
			x.specificTarget(c, sents, info)
			x.bodyOfKind(c, info)
			if prev != nil && strings.EqualFold(c.target, "military") && len(info[c.sent].agencies) == 1 && c.agency >= 0 && c.agency < len(x.g.agencies) && x.g.agencies[c.agency].Name == "Pentagon" &&
				prev.agency >= 0 && prev.agency < len(x.g.agencies) && militaryBranch[x.g.agencies[prev.agency].Name] && !yearsApart(info[prev.sent].toks, info[c.sent].toks) {
				// "... in a die-in against the company's work on an Army
				// program. ... a letter asking it to publish rules for its
				// military work": the branch the company was told to serve
				c.agency, c.target = prev.agency, prev.target
			}
		}
		if c.targetKey() != "" {
			prevOf[c.company] = c
			lastTargeted = c
			lastOfKind[c.action] = c
			told[c.company] = append(told[c.company], c)
		}
	}
	// "Googlers have challenged military work before", in a story of
	// Google's Dublin staff: a US company's military work is the
	// Pentagon's, wherever its staff sit
	if pentagon, ok := x.g.agencyByKey["pentagon"]; ok && len(x.localMilitary) > 0 {
		for _, c := range cands {
			if c.inGaz && x.localMilitary[c.agency] {
				c.agency = pentagon
			}
		}
	}
	// "A letter at Anvilry and a walkout at Sable Forge bring an old fight
	// to companies built for military work. ... 23 employees of Sable
	// Forge walked out ... about the company's bid for an Army program":
	// the action aimed at "military work" is the one whose branch the
	// story names
	for _, c := range cands {
		if c.agency < 0 || c.agency >= len(x.g.agencies) || x.g.agencies[c.agency].Name != "Pentagon" || !strings.EqualFold(c.target, "military") {
			continue
		}
		var branch *cand
		for _, d := range cands {
			if d != c && d.company == c.company && d.action == c.action && d.agency >= 0 && d.agency < len(x.g.agencies) && militaryBranch[x.g.agencies[d.agency].Name] {
				if branch != nil && branch.agency != d.agency {
					branch = nil // two branches: which one is unknown
					break
				}
				branch = d
			}
		}
		if branch != nil {
			c.agency, c.target = branch.agency, branch.target
		}
	}
	// "a letter ... that asked Wayfair to stop doing business with BCFS,
	// the nonprofit operating the camp under an agreement with the
	// Department of Health and Human Services", beside a walkout aimed at
	// HHS: one target, the one the other action has, when the sentence
	// names both
	for _, c := range cands {
		if c.agency < 0 {
			continue
		}
		for _, d := range cands {
			if d.company != c.company || d.agency < 0 || d.agency == c.agency || d.sent == c.sent {
				continue
			}
			// the other body, named after this one as whom it works for
			named := false
			toks := info[c.sent].toks
			for _, a := range info[c.sent].agencies {
				if a.id != c.agency {
					continue
				}
				for _, b := range info[c.sent].agencies {
					if b.id == d.agency && b.from > a.to && (underAgreement(toks, a.to, b.from) || b.from-a.to <= 3 && toks[b.from-1].lower == "for") {
						named = true
					}
				}
			}
			if named {
				c.agency = d.agency
				break
			}
		}
	}
	targeted := map[string]map[int]bool{}
	for _, c := range cands {
		if c.agency >= 0 {
			if targeted[c.company] == nil {
				targeted[c.company] = map[int]bool{}
			}
			targeted[c.company][c.agency] = true
		}
	}
	values := x.contractValues(sents, info, assoc, targeted)
	ms := x.merge(cands, sents, info, values, doc)
	outside := map[int]bool{} // counts the body gives people of no company
	for _, in := range info {
		for _, w := range in.workers {
			if w.unowned && w.hasCount {
				outside[w.count.countValue()] = true
			}
		}
	}
	titleTargets := map[string]bool{}
	for _, a := range titleAgencies {
		titleTargets[x.agencyName(a.id)] = true
	}
	for _, is := range titleIssues {
		titleTargets[x.g.issues[is.id].Slug] = true
	}
	headlineCounts(ms, doc.Title, titleToks, titleComps, titleCompany, outside, titleTargets)
	x.outcomes(ms, sents, info)
	return ms
}

// belowQualifier are hedges of a round figure the count has not reached.
var belowQualifier = map[string]bool{"nearly": true, "almost": true, "close to": true, "just under": true, "under": true,
	"less than": true, "fewer than": true, "just shy of": true, "shy of": true}

// exampleList reports whether the company named at toks[at] is one of a
// list of examples: "companies such as Google, Amazon and Apple", "firms
// like Palantir", "including Microsoft".
func exampleList(toks []token, at, end int) bool {
	if at > 0 && toks[at-1].text == "," && (end >= len(toks) || toks[end].text != "," && toks[end].lower != "and" && toks[end].lower != "or") {
		return false // "Like Google, Microsoft has": the subject after the example
	}
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		l := toks[k].lower
		switch {
		case l == "as" && k > 0 && toks[k-1].lower == "such", l == "like", l == "including":
			return true
		case !toks[k].word && toks[k].text != ",", toks[k].word && !isCapitalized(toks[k]) && l != "and" && l != "or":
			return false
		}
	}
	return false
}

// dropBreakdown drops the counted workers of an aside between dashes that
// breaks down the count before it: "Sixty-nine employees of Ashgrove
// Software — 57 engineers and 12 members of the support team — have
// signed" counts 69.
func dropBreakdown(toks []token, ws []workerRef) []workerRef {
	for _, w := range ws {
		if !w.hasCount || w.count.vague || w.to+1 >= len(toks) || !dash(toks[w.to].text) {
			continue
		}

		end := -1
		for k := w.to + 1; k < len(toks) && k <= w.to+25; k++ {
			if dash(toks[k].text) {
				end = k
				break
			}
		}
		if end < 0 {
			continue
		}
		sum := 0
		for _, v := range ws {
			if v.from > w.to && v.to <= end && v.hasCount {
				sum += v.count.countValue()
			}
		}
		if sum == 0 || sum > w.count.countValue() {
			continue
		}
		kept := ws[:0:0]
		for _, v := range ws {
			if !(v.from > w.to && v.to <= end) {
				kept = append(kept, v)
			}
		}
		return kept
	}
	return ws
}

func dash(s string) bool { return s == "—" || s == "–" || s == "--" }

// workersOpen reports whether the clause after a sentence's opening
// ("Separately,") starts with its workers: "several engineers on the
// company's perception team told managers", not "Google said employees
// who refused ...".
func workersOpen(in sentInfo) bool {
	k := afterLead(in.toks)
	if k+1 < len(in.toks) && in.toks[k+1].text == "," {
		k += 2
	}
	for _, w := range in.workers {
		if w.from < k || w.from > k+4 {
			continue
		}
		// "several engineers", "a group of engineers"
		lead := true
		for j := k; j < w.from; j++ {
			if !groupWords[in.toks[j].lower] {
				lead = false
			}
		}
		if lead {
			return true
		}
	}
	return false
}

// groupWords open a phrase of some of a company's workers: "a group of",
// "a handful of", "several".
var groupWords = wordSet("a", "an", "group", "of", "handful", "few", "several", "some", "dozen", "dozens", "number", "small", "core")

// saidSeparately reports whether a sentence opens "Separately,": what it
// tells is another action.
func saidSeparately(toks []token) bool {
	k := afterLead(toks)
	return k+1 < len(toks) && toks[k].lower == "separately" && toks[k+1].text == ","
}

// headlineCounts gives a mention the count its headline states ("More
// than 1,000 Google employees sign petition...", "letter passes 300
// signatures") when the text gives it none, or only a smaller one: a
// headline carries the latest figure. The headline joins the evidence.
// The count must be bound in the headline as in the text, to the
// mention's company and kind of action, and only one mention may fit.
func headlineCounts(ms []Mention, title string, toks []token, comps []companyRef, titleCompany string, outside map[int]bool, titleTargets map[string]bool) {
	if len(ms) == 0 || len(toks) == 0 || hasPublic(toks) {
		return
	}
	type hc struct {
		company, class string
		o              obs
	}
	var found []hc
	workers := workerRefs(toks, comps)
	trigs := triggers(toks)
	// each worker phrase does its weightiest action, as in the text
	best := map[*workerRef]trigger{}
	var order []*workerRef
	for _, t := range trigs {
		ws, countOK := bindActors(toks, workers, t)
		if !countOK || t.weak || len(ws) != 1 {
			continue
		}
		w := ws[0]
		if b, ok := best[w]; !ok {
			order = append(order, w)
			best[w] = t
		} else if actionPriority[t.action] > actionPriority[b.action] {
			best[w] = t
		}
	}
	for _, w := range order {
		if !w.countable() || w.count.vague || w.generic || outside[w.count.countValue()] {
			continue // "Over 1,000 researchers petition ...": the body's academics
		}
		name := titleCompany
		if len(w.names) == 1 {
			name = w.names[0]
		}
		found = append(found, hc{company: name, class: actionClass(best[w].action), o: obs{a: w.count, n: w.count.countValue(), text: spanText(title, toks, w.count.from, w.to)}})
	}
	// "200 Kestrel Maps employees object to Frontex deal": a headline
	// whose workers only oppose gives its count to the company's one
	// action when the text counts none
	for k := range workers {
		w := &workers[k]
		if _, ok := best[w]; ok || !w.countable() || w.count.vague || w.generic || w.other || outside[w.count.countValue()] || w.to >= len(toks) || !headlineOppose[toks[w.to].lower] {
			continue
		}
		name := titleCompany
		if len(w.names) == 1 {
			name = w.names[0]
		}
		found = append(found, hc{company: name, class: "", o: obs{a: w.count, n: w.count.countValue(), text: spanText(title, toks, w.count.from, w.to)}})
	}
	if docNoun(trigs) {
		for _, sc := range sigCounts(toks, comps) {
			if sc.earlier || sc.a.vague || !sc.sig {
				continue
			}
			name := sc.company
			if name == "" {
				name = titleCompany
			}
			found = append(found, hc{company: name, class: "doc", o: obs{a: sc.a, n: sc.a.countValue(), text: spanText(title, toks, sc.a.from, sc.a.to)}})
		}
	}
	for _, h := range found {
		if h.company == "" || h.o.n == 0 {
			continue
		}
		fit := -1
		for j, m := range ms {
			if m.Company == h.company && (actionClass(m.Action) == h.class || h.class == "" && m.Count == nil && (titleTargets[m.Agency] || titleTargets[m.Issue])) {
				if fit >= 0 {
					fit = -2
					break
				}
				fit = j
			}
		}
		if fit < 0 {
			continue
		}
		m := &ms[fit]
		if m.Count != nil && (m.Count.N >= h.o.n || m.Count.N > 0 && belowQualifier[h.o.a.qualifier]) {
			continue // "Nearly 2,000 ... now back petition" over the body's 1,912
		}
		if h.class == "" {
			if slices.ContainsFunc(ms, func(o Mention) bool { return o.Company == h.company && o.Count != nil }) {
				continue
			}
			h.class = actionClass(m.Action)
		}
		kind := KindParticipants
		if h.class == "doc" {
			kind = KindSignatures
		}
		c := &Count{N: h.o.n, Qualifier: h.o.a.qualifier, Text: h.o.text, Kind: kind}
		if m.Count != nil {
			c.Earlier = append(c.Earlier, m.Count.Earlier...)
			if m.Count.N > 0 {
				c.Earlier = append(c.Earlier, m.Count.N)
			}
			sort.Ints(c.Earlier)
		}
		m.Count = c
		m.Evidence = append(m.Evidence, Evidence{Text: title, Headline: true})
	}
}

// headlineOppose are the verbs of a headline whose workers oppose
// without naming their action: "200 Kestrel Maps employees object to".
var headlineOppose = wordSet("object", "oppose", "condemn", "protest", "demand", "urge", "decry", "slam", "challenge", "rebel", "revolt", "reject")

// notedAction returns the action an editor's note about the story speaks
// of, among the company's actions told before: the one of the note's kind
// aimed at the headline's target, else the only one of its kind, else the
// only one of its kind with a count (a note updates or corrects a count);
// nil when the note does not say which.
func notedAction(before []*cand, c *cand, titleAgencies []targetRef) *cand {
	var kind, counted []*cand
	for _, h := range before {
		if actionClass(h.action) != actionClass(c.action) {
			continue
		}
		for _, a := range titleAgencies {
			if h.agency == a.id {
				return h
			}
		}
		kind = append(kind, h)
		if len(h.counts) > 0 {
			counted = append(counted, h)
		}
	}
	switch {
	case len(kind) == 1:
		return kind[0]
	case len(counted) == 1:
		return counted[0]
	}
	return nil
}

// militaryBranch holds the armed services that are targets of their own,
// apart from the Pentagon.
var militaryBranch = map[string]bool{"US Army": true, "US Navy": true, "US Air Force": true, "US Space Force": true}

// inAnAction reports whether the action noun at toks[at] follows "in a"
// or "in an", with at most two words between: "in a die-in", "in a
// 10-hour sit-in".
func inAnAction(toks []token, at int) bool {
	for k := at - 1; k >= 1 && k >= at-3; k-- {
		if (toks[k].lower == "a" || toks[k].lower == "an") && toks[k-1].lower == "in" {
			return true
		}
	}
	return false
}

// onlookerWords tell of a subject that did not act: "watched ... as
// activists chanted in a protest", "were stuck inside in a protest".
var onlookerWords = map[string]bool{
	"watched": true, "watching": true, "looked": true, "were": true, "was": true, "been": true,
	"stuck": true, "trapped": true, "criticized": true, "criticised": true,
}

// onlyWorker reports whether no other worker phrase comes between w and
// toks[at].
func onlyWorker(workers []workerRef, w *workerRef, at int) bool {
	for j := range workers {
		if o := &workers[j]; o != w && o.from > w.from && o.from < at {
			return false
		}
	}
	return true
}

// firstWorker reports whether w is the first worker phrase of its
// sentence.
func firstWorker(workers []workerRef, w *workerRef) bool {
	for j := range workers {
		if workers[j].from < w.from {
			return false
		}
	}
	return true
}

// bindActors finds the worker phrases that do the action t: the phrase
// after "signed by" (and any joined to it by "and"), else its subject on the
// left within the clause, else the phrase after "from" or "on behalf of",
// or after an opening "In a letter, ...". countOK reports whether the
// phrases' numbers count the action's signers or participants.
func bindActors(toks []token, workers []workerRef, t trigger) ([]*workerRef, bool) {
	docAction := t.action == "letter" || t.action == "petition"
	if t.noun && t.at > 0 && toks[t.at-1].lower == "whose" {
		// "a group of current and former employees whose petition ... has
		// gathered about 1,500 signatures", "The 300 Amazon workers,
		// whose letter demanded": theirs
		for j := range workers {
			if w := &workers[j]; (w.to == t.at-1 || w.to == t.at-2 && toks[w.to].text == ",") && !w.generic {
				return []*workerRef{w}, true
			}
		}
	}
	right := func(k int) ([]*workerRef, bool) {
		var out []*workerRef
		for j := range workers {
			w := &workers[j]
			if w.generic {
				continue
			}
			if len(out) == 0 && w.from > k && w.from <= k+6 {
				out = append(out, w)
				continue
			}
			if len(out) > 0 {
				last := out[len(out)-1]
				if w.from < last.to || w.from > len(toks) {
					continue
				}
				gap := toks[last.to:w.from]
				if len(gap) <= 2 && len(gap) >= 1 && (gap[0].lower == "and" || gap[0].text == ",") {
					out = append(out, w)
				}
			}
		}
		if len(out) == 0 {
			return nil, false
		}
		countOK := !docAction
		for m := t.at; m < out[0].from; m++ {
			if signVerbs[toks[m].lower] || toks[m].lower == "from" || toks[m].lower == "attributed" {
				countOK = true
			}
		}
		for m := t.at; m < out[0].from; m++ {
			if authorVerbs[toks[m].lower] {
				countOK = false
			}
		}
		return out, countOK
	}
	// "The walkout drew about 260 employees", "the protest attracted 300
	// workers": the action's turnout
	if t.noun {
		k := t.end
		skipped := 0
		for k < len(toks) && k < t.end+4+skipped && (toks[k].lower == "has" || toks[k].lower == "had" || toks[k].lower == "have" || toks[k].lower == "which" || toks[k].lower == "that" || toks[k].lower == "ultimately" || toks[k].lower == "eventually" || toks[k].text == "," && k == t.end && k+1 < len(toks) && toks[k+1].lower == "which") {
			k++
			// "a walkout that organisers said on Friday had drawn ...":
			// the attribution is no part of the clause
			if e := attribution(toks, k); e > k {
				skipped += e - k
				k = e
			}
		}
		if k < len(toks) && turnoutVerbs[toks[k].lower] {
			for j := range workers {
				// "drew about 2,000 workers", "drew an estimated 2,000 workers"
				if w := &workers[j]; !w.generic && w.hasCount && w.from > k && (w.from <= k+2 || w.from <= k+3 && toks[k+1].lower == "an" && toks[k+2].lower == "estimated") {
					return []*workerRef{w}, true
				}
			}
		}
	}
	// "Google's employee letter", "the Corvane staff petition": the
	// workers the document is named for wrote it
	if t.noun && docAction {
		for j := range workers {
			if w := &workers[j]; w.to == t.at && w.head == t.at-1 && w.from < w.head && len(w.names) == 1 && !w.generic && !w.hasCount && (toks[w.head].lower == "employee" || toks[w.head].lower == "staff" || toks[w.head].lower == "worker") {
				return []*workerRef{w}, false
			}
		}
	}
	// "the letter Microsoft employees sent last year": the workers the
	// reduced relative clause names wrote it
	if t.noun && docAction && t.at > 0 && (toks[t.at-1].lower == "the" || toks[t.at-1].lower == "a" || toks[t.at-1].lower == "an") {
		for j := range workers {
			w := &workers[j]
			theirs := t.end < len(toks) && (toks[t.end].lower == "their" || toks[t.end].lower == "our") && w.from == t.end+1 && w.pronoun
			// "a letter that employees sent to management in August"
			rel := t.end < len(toks) && (toks[t.end].lower == "that" || toks[t.end].lower == "which") && w.from == t.end+1
			if w.from != t.end && !theirs && !rel || w.generic || w.to >= len(toks) || len(w.names) != 1 && !theirs {
				continue
			}
			// "a letter their colleagues have been circulating"
			v := w.to
			for v+1 < len(toks) && (auxWords[toks[v].lower] || toks[v].lower == "been") {
				v++
			}
			switch toks[v].lower {
			case "sent", "wrote", "signed", "circulated", "circulating", "delivered", "published", "drafted":
				return []*workerRef{w}, false
			}
		}
	}
	// passive first: "signed by 1,400 employees"
	for k := t.end; k < len(toks) && k < t.end+9; k++ {
		if toks[k].lower == "by" && (t.sign || t.noun) {
			if ws, ok := right(k); ws != nil {
				return ws, ok
			}
			break
		}
		if k < t.end+4 && (toks[k].text == "," || toks[k].lower == "signed" || toks[k].lower == "backed" || toks[k].lower == "was" || toks[k].lower == "were" || toks[k].lower == "is" || toks[k].lower == "has" || toks[k].lower == "been" || toks[k].lower == "first" || toks[k].lower == "now" || toks[k].lower == "to" || toks[k].word && k == t.end) {
			continue
		}
		// "The petition was started in early April by a group of engineers"
		if t.noun && (docVerbs[toks[k].lower] && strings.HasSuffix(toks[k].lower, "ed") || passiveWhen(toks, k)) {
			continue
		}
		break
	}
	// left
	var best *workerRef
	subj := numberSubject(toks, t)
	for k := range workers {
		w := &workers[k]
		if w.head >= t.at || w.generic {
			continue
		}
		if subj >= 0 && w.to <= subj {
			continue // "... signed a petition, and about a dozen resigned": the dozen did
		}
		if inParens(toks, w.head, t.at) {
			continue // "Two Google engineers (... a software developer ...) quit"
		}
		if w.workforce && best != nil && !best.workforce {
			continue // "93 engineers at Hanbit, a company with about 400 staff, signed"
		}
		if best != nil && best.hasCount && best.to < len(toks) && toks[best.to].text == "," && w.from > best.to && !commaBetween(toks, best.to+1, w.from) && commaBetween(toks, w.to, t.at) {
			continue // "140 employees of Quarry, roughly half the staff of the drone maker, signed"
		}
		if best != nil && best.hasCount && best.to < len(toks) && dash(toks[best.to].text) && w.from > best.to && slices.ContainsFunc(toks[w.to:t.at], func(x token) bool { return dash(x.text) }) {
			continue // "More than 400 employees — well over half of the company's staff — had signed"
		}
		if t.noun && !docAction && !t.weak && t.at-w.to <= 50 && inAnAction(toks, t.at) && firstWorker(workers, w) && onlyWorker(workers, w, t.at) && subjectPhrase(toks, w.from) &&
			!hasVerb(toks, w.to, t.at, sayVerbs) && !hasVerb(toks, w.to, t.at, onlookerWords) && !(t.end < len(toks) && toks[t.end].lower == "by") {
			// "About 60 employees of Lumen Vantage lay down on the lobby
			// floor ..., some draped in white sheets, in a die-in": the
			// sentence's subject did what it did in the action
			best = w
			continue
		}
		limit := 20
		if t.weak {
			limit = 5
		}
		end := w.to
		if e := workplaceClause(toks, w.to); e > end && e < t.at {
			end = e // "Seventy-five people who work at Wayfold Maps, the Portland startup ..., have put their names"
		}
		if e, ok := appositiveAfter(toks, end, t.at); ok {
			end = e // "Workers at Tableau, the business Salesforce bought, are asking"
		} else if e, ok := appositiveSpan(toks, end, t.at); ok && t.noun {
			end = e // "Google employees, some of whom were arrested, staged a sit-in"
		}
		if t.at-end > limit {
			continue
		}
		if t.weak && commaBetween(toks, end, t.at) {
			continue
		}
		if w.sanctioned && t.noun && actionClass(t.action) == "presence" {
			// "fired 28 employees after sit-ins", "50 workers were fired
			// after sit-ins": they sat in
			j := w.to
			for j < len(toks) && j < w.to+4 && (toks[j].lower == "were" || toks[j].lower == "was" || toks[j].lower == "been" || toks[j].lower == "have" || toks[j].lower == "later" || sanctionVerbs[toks[j].lower]) {
				j++
			}
			if j+2 < len(toks) && toks[j].lower == "lost" && toks[j+1].lower == "their" && (toks[j+2].lower == "jobs" || toks[j+2].lower == "job") {
				j += 3 // "lost their jobs last week after sit-ins"
			}
			// "dismissed about 50 workers last year after sit-ins"
			if j+2 < len(toks) && (toks[j].lower == "last" || toks[j].lower == "this" || toks[j].lower == "earlier") && (toks[j+1].lower == "year" || toks[j+1].lower == "week" || toks[j+1].lower == "month") {
				j += 2
			}
			// "50 workers were fired in April after sit-ins"
			if _, ok := months[toks[min(j+1, len(toks)-1)].lower]; ok && j+2 < len(toks) && (toks[j].lower == "in" || toks[j].lower == "on") {
				j += 2
				for j < len(toks) && (toks[j].text == "," || dayOfMonth(toks, j) || isYear(toks[j])) {
					j++
				}
			}
			if j+2 < len(toks) && toks[j].lower == "in" && toks[j+1].lower == "connection" && toks[j+2].lower == "with" {
				j += 2 // "fired 28 employees in connection with Tuesday's sit-ins"
			}
			if j < len(toks) && (punishedFor[toks[j].lower] || toks[j].lower == "with" && toks[j-1].lower == "connection") && t.at-j <= 4 && t.at > j && !othersActed(toks, j, t) {
				best = w
				continue
			}
		}
		if w.sanctioned && !t.noun && actionClass(t.action) == "presence" && t.at >= 2 && t.at > w.to && t.at-w.to <= 12 && toks[t.at-1].lower == "they" && punishedFor[toks[t.at-2].lower] {
			// "Police arrested nine Google employees late Tuesday after
			// they occupied company offices", "Microsoft has fired two
			// employees who were among seven people arrested on Tuesday
			// after they occupied the office": they sat in
			best = w
			continue
		}
		if w.sanctioned && !t.noun && actionClass(t.action) == "presence" && t.at > w.to && t.at-w.to <= 25 && theyRoseTo(toks, w.to, t.at) {
			// "Five Microsoft employees were escorted out of a town hall
			// ... after they stood up to protest": the five are the
			// protest, all of it
			w.disrupted = true
			best = w
			continue
		}
		if clauseBreak(toks, end, t.at) {
			continue
		}
		if t.close && (t.at-w.to > 20 || hasVerb(toks, end, t.at, sayVerbs) || hasVerb(toks, end, t.at, otherSubjects)) {
			continue // "employees said the company refused to build"
		}
		if nounAsVerb(toks, w, t) || w.signer && docAction && t.noun && !clauseBreak(toks, w.to, t.at) {
			best = w // "Amazon employees protest the deal", "signatures from 1,000 employees were attached to the letter"
			continue
		}
		if t.noun && w.to < t.at && t.at-w.to <= 3 && toks[w.to].lower == "behind" {
			best = w // "the engineers behind a petition", "the organizers behind the walkout"
			continue
		}
		if t.noun && actionClass(t.action) == "presence" && !hasVerb(toks, w.to, t.at, presenceVerbs) {
			continue // "while staff cope with the protests"
		}
		// "the project that about 1,400 employees had questioned in a
		// letter": workers saying a thing in a letter signed it
		if t.noun && docAction && t.at >= 2 && (toks[t.at-1].lower == "a" || toks[t.at-1].lower == "an") && toks[t.at-2].lower == "in" && t.at-w.to <= 5 && !hasVerb(toks, w.to, t.at, objectSayVerbs) && subjectPhrase(toks, w.from) && (w.hasCount || !w.generic) {
			best = w // "About 300 Microsoft employees said in a letter"
			continue
		}
		if t.noun && docAction && t.at >= 2 && (toks[t.at-1].lower == "a" || toks[t.at-1].lower == "an") && toks[t.at-2].lower == "with" && t.at-w.to <= 10 && hasVerb(toks, w.to, t.at, triedWith) && !newSubjectWithin(toks, w.to, t.at) && !hasVerb(toks, w.to, t.at, objectSayVerbs) && subjectPhrase(toks, w.from) && (w.hasCount || !w.generic) {
			best = w // "Microsoft workers tried the same approach in early 2019 with a letter"
			continue
		}
		if t.noun && docAction && !docVerbBefore(toks, w.to, t.at, docVerbs) && !publicWith(toks, w.to, t.at) && !answeredWith(toks, w.to, t.at) {
			continue // "told employees in a memo"
		}
		best = w
	}
	if best != nil {
		countOK := true
		inLetter := t.noun && docAction && t.at >= 2 && toks[t.at-2].lower == "in" && best.hasCount && best.to <= t.at && t.at-best.to <= 5 && !hasVerb(toks, best.to, t.at, docVerbs) && !hasVerb(toks, best.to, t.at, objectSayVerbs)
		if t.noun && !nounAsVerb(toks, best, t) && !best.signer && !inLetter {
			countOK = docAction && docVerbBefore(toks, best.to, t.at, signVerbs) || !docAction && !hasVerb(toks, best.to, t.at, authorVerbs) ||
				docAction && writersCount(toks, best, t)
		}
		out := coordinated(toks, workers, best)
		if !docAction {
			// "walked out on Tuesday, joined by about 50 workers from Square"
			for k := t.end; k+2 < len(toks) && k <= t.end+12; k++ {
				if toks[k].lower == "joined" && toks[k+1].lower == "by" || toks[k].lower == "along" && toks[k+1].lower == "with" || toks[k].lower == "together" && toks[k+1].lower == "with" {
					for j := range workers {
						if w := &workers[j]; w.from >= k+2 && w.from <= k+5 && !w.generic {
							out = append(out, w)
						}
					}
					break
				}
			}
		}
		return out, countOK
	}
	// "a petition, delivered to the chief executive last month, in which
	// 600 employees asked the company to withdraw": its signers
	if t.noun && docAction {
		for k := t.end + 1; k < len(toks) && k < t.end+16; k++ {
			if toks[k].lower == "which" && toks[k-1].lower == "in" {
				if ws, _ := right(k); ws != nil && ws[0].from <= k+3 {
					return ws, true
				}
				break
			}
			if toks[k].text == ";" {
				break
			}
		}
	}
	// right: "criticism from Chef employees", "on behalf of a group of colleagues"
	for k := t.end; k < len(toks) && k < t.end+16; k++ {
		l := toks[k].lower
		// "an open letter published in The Guardian and attributed to
		// more than 90 Google employees"
		attributed := docAction && t.noun && l == "to" && k > t.end && toks[k-1].lower == "attributed" && k < t.end+10
		// "a letter asking the company to withdraw has been circulating
		// among staff"
		among := docAction && t.noun && l == "among" && k > 0 && circulateVerbs[toks[k-1].lower] && !hasVerb(toks, t.end, k, map[string]bool{"by": true, "from": true})
		// "An anonymous open letter ... appears in The Guardian, backed by
		// more than 90 Google workers"
		backedBy := docAction && t.noun && l == "by" && k >= 2 && signVerbs[toks[k-1].lower] && toks[k-2].text == "," && k < t.end+14
		// "a letter of support collected the names of 2,695 Google employees"
		// "The letter ... carries the support of more than 400 Google employees"
		namesOf := docAction && t.noun && l == "of" && k >= 1 && (toks[k-1].lower == "names" || toks[k-1].lower == "signatures" || toks[k-1].lower == "support" || toks[k-1].lower == "backing") && k < t.end+10 && gatheredBefore(toks, k-1)
		// "The petition now carries more than 2,000 names from current
		// and former Microsoft workers"
		namesFrom := docAction && t.noun && l == "from" && k >= 1 && sigNouns[toks[k-1].lower] && k < t.end+12 && !clauseBreak(toks, t.end, k)
		if k >= t.end+4 && l != "behalf" && !attributed && !among && !backedBy && !namesOf && !namesFrom {
			continue
		}
		if namesOf {
			if ws, _ := right(k); ws != nil {
				return ws, true
			}
			continue
		}
		if l == "by" || l == "from" || l == "behalf" || attributed || backedBy || l == "among" && t.noun && docAction && k > 0 && circulateVerbs[toks[k-1].lower] {
			if ws, ok := right(k); ws != nil {
				return ws, ok
			}
			break
		}
	}
	// "In an open letter posted on Tuesday, hundreds of employees ...",
	// "In an internal letter, 85 Shopify staff asked..."
	in := -1
	for k := t.at - 2; t.noun && k >= 0 && k >= t.at-4; k-- {
		if toks[k].lower == "in" && (toks[k+1].lower == "a" || toks[k+1].lower == "an" || toks[k+1].lower == "their" || toks[k+1].lower == "the") {
			in = k
			break
		}
		if !toks[k].word || isCapitalized(toks[k]) {
			break
		}
	}
	if in >= 0 && isSentenceOpener(toks, in) {
		for j := range workers {
			w := &workers[j]
			from := w.from
			if from > 0 && determiners[toks[from-1].lower] {
				from-- // "In a letter ..., the workers said"
			}
			if !w.generic && w.from > t.end && w.from <= t.end+25 && toks[from-1].text == "," {
				return []*workerRef{w}, true // the letter's voice: its signers
			}
		}
	}
	return nil, false
}

// passiveWhen reports whether toks[k] belongs to a short phrase of time
// between a passive verb and its "by": "in early April", "on Tuesday",
// "last week", "in 2019".
func passiveWhen(toks []token, k int) bool {
	l := toks[k].lower
	switch {
	case l == "in" || l == "on" || l == "early" || l == "late" || l == "mid" || l == "last" || l == "this" || l == "week" || l == "month" || l == "earlier":
		return true
	case months[l] != 0 || weekdays[l] != 0 || l == "sunday":
		return true
	case len(l) == 4 && isYear(toks[k]):
		return true
	case len(l) <= 4 && k > 0 && months[toks[k-1].lower] != 0 && l[0] >= '0' && l[0] <= '9':
		return true // "on March 12", "on March 12th"
	}
	return false
}

// numberSubject returns where a bare number that is the subject of the
// verb t starts ("and about a dozen resigned"), or -1.
func numberSubject(toks []token, t trigger) int {
	if t.noun || t.weak {
		return -1
	}
	for s0 := t.at - 1; s0 >= 0 && s0 >= t.at-4; s0-- {
		a, ok := amountAt(toks, s0)
		if ok && a.to == t.at && !a.money && !a.percent && (a.vague || a.countValue() > 0) {
			return a.from
		}
	}
	return -1
}

// inAside reports whether toks[at] stands in an aside set off by commas
// that closes before toks[end]: a relative clause ("Microsoft, which
// bought GitHub last year, faced a protest by its own employees") or an
// appositive after a company ("Microsoft, GitHub's owner, faced...").
// The company named there is not whose employees they are.
func inAside(toks []token, comps []companyRef, at, end int) bool {
	open := -1
	for k := at - 1; k >= 0; k-- {
		if toks[k].text == "," {
			if k+1 < len(toks) && (toks[k+1].lower == "which" || toks[k+1].lower == "who" || toks[k+1].lower == "whose") {
				open = k
			}
			for _, c := range comps {
				if c.to == k && !c.product {
					open = k
				}
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := at + 1; k < end && k < len(toks); k++ {
		if toks[k].text == "," || toks[k].text == "—" {
			return true
		}
	}
	return false
}

// determiners may open a worker phrase that names no number: "the
// workers", "these employees".
var determiners = map[string]bool{"the": true, "these": true, "those": true}

// describedBefore reports whether toks[from:to] only describe the company
// named at to: "at HR-software maker Pallwick".
func describedBefore(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if !toks[k].word || toks[k].text != toks[k].lower && !strings.Contains(toks[k].text, "-") {
			return false // "HR-software" describes; "Acme" names
		}
	}
	return employerNouns[toks[to-1].lower] || toks[to-1].lower == "maker" || toks[to-1].lower == "developer" || toks[to-1].lower == "provider" || toks[to-1].lower == "vendor"
}

// placeList reports whether the name at toks[k] stands in a list of
// places a turnout spans: "175 participants across Tampa, Orlando and
// remote staff".
func placeList(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].lower {
		case "across", "in", "from", "between":
			return true
		}
		if toks[j].text != "," && !isCapitalized(toks[j]) {
			return false
		}
	}
	return false
}

// placeThenComma reports whether toks[k:] is a place and the comma that
// closes an opening phrase: "At Brightwell Cloud in Austin, ...".
func placeThenComma(toks []token, k int) bool {
	_, ok := placeComma(toks, k)
	return ok
}

// placeComma returns where the comma after "in PLACE" at toks[k] stands.
func placeComma(toks []token, k int) (int, bool) {
	if k+2 >= len(toks) || toks[k].lower != "in" && toks[k].lower != "outside" && toks[k].lower != "near" || !isCapitalized(toks[k+1]) {
		return 0, false // "At Brightwell Cloud in Austin,", "At Stridewell Robotics outside Boston,"
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j].text == "," {
			return j, true
		}
		if !isCapitalized(toks[j]) {
			return 0, false
		}
	}
	return 0, false
}

// definite reports whether the worker phrase at toks[from] opens with "the",
// "these" or "those": workers the text has already spoken of.
func definite(toks []token, from int) bool {
	return from > 0 && determiners[toks[from-1].lower]
}

// namesBefore reports whether a company (not a product) is named before
// token at.
func namesBefore(comps []companyRef, at int) bool {
	for _, c := range comps {
		if !c.product && c.from < at {
			return true
		}
	}
	return false
}

// turnoutVerbs give an action's turnout as their object: "the walkout
// drew 260 employees".
var turnoutVerbs = map[string]bool{
	"drew": true, "draws": true, "drawn": true, "attracting": true, "drawing": true, "attracted": true, "attracts": true, "involved": true,
	"included": true, "brought": true, "mobilized": true, "mobilised": true,
}

// nounAsVerb reports whether an action noun stands right after a plural
// worker phrase as its verb: "Amazon employees protest the deal", "Google
// workers petition against the bid", "Salesforce staff rally".
func nounAsVerb(toks []token, w *workerRef, t trigger) bool {
	if !t.noun || w.to != t.at || !plural(toks[w.head]) || toks[w.head].poss {
		return false
	}
	switch toks[t.at].lower {
	case "protest", "petition", "rally", "strike", "picket", "march", "demonstrate":
	default:
		return false
	}
	next := ""
	if t.end < len(toks) {
		next = toks[t.end].lower
	}
	// "employees protest the deal", "workers petition against it": a verb
	// takes an object or a preposition, not a verb of its own
	return next == "" || !toks[t.end].word || determiners[next] || next == "against" || next == "over" || next == "for" || next == "outside" || next == "at" || next == "in" || next == "to" || next == "their" || next == "its" || next == "a" || next == "an" || next == "on" || isCapitalized(toks[t.end])
}

// placeAfterName reports whether the company at toks[at] names a place,
// not an employer: "the letter at Amazon headquarters".
func placeAfterName(toks []token, comps []companyRef, at int) bool {
	for _, c := range comps {
		if c.from == at && c.to < len(toks) && (placeNouns[toks[c.to].lower] || toks[c.to].lower == "hq" || toks[c.to].lower == "tower") {
			return true
		}
	}
	return false
}

// answeredWith reports whether the workers before toks[from] answer with
// the document at toks[at]: "Salesforce workers followed days later with
// a letter", "employees responded with a petition".
func answeredWith(toks []token, from, at int) bool {
	if at < 2 || toks[at-2].lower != "with" || toks[at-1].lower != "a" && toks[at-1].lower != "an" && toks[at-1].lower != "their" {
		return false
	}
	if from > 0 && (toks[from-1].lower == "managers" || toks[from-1].lower == "manager") {
		return false // "managers replied with a letter": management's
	}
	// the workers are the verb's subject: only adverbs between them, not
	// "workers protested and Benioff responded with a letter"
	for k := from; k < at-2 && k <= from+3; k++ {
		switch toks[k].lower {
		case "followed", "responded", "answered", "replied", "countered", "retorted":
			return true
		}
		if !toks[k].word || isCapitalized(toks[k]) || toks[k].lower == "and" || toks[k].lower == "but" {
			return false
		}
	}
	return false
}

// sayVerbs report what someone else said or did: a worker phrase before
// them is not the subject of a verb after them.
var sayVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "according": true,
	"reported": true, "claimed": true, "wrote": true, "argued": true, "noted": true, "added": true,
	"asked": true, "learned": true, "heard": true, "alleged": true, "believe": true, "believed": true,
}

// otherSubjects stand for someone other than the workers: "employees say
// the company refused to work with them".
var otherSubjects = map[string]bool{
	"it": true, "company": true, "firm": true, "he": true, "she": true, "management": true,
	"executives": true, "leadership": true, "government": true, "police": true,
}

// campaignVerb reports whether a weak trigger presses the company over
// time ("pressuring", "lobbying", "demanded", "called on"), rather than
// only voicing a view ("criticized", "asked").
func campaignVerb(toks []token, t trigger) bool {
	switch l := toks[t.at].lower; {
	case pressureVerbs[l]:
		return true
	case l == "demanded" || l == "demanding" || l == "urged" || l == "urging" || l == "called" || l == "calling":
		return true
	}
	return false
}

// plural reports whether a worker noun names more than one person.
func plural(t token) bool {
	return strings.HasSuffix(t.lower, "s") || t.lower == "staff"
}

// directSubject reports whether only auxiliaries and adverbs stand
// between a worker phrase ending at from and its verb at to: "30
// employees is lobbying", "200 workers have also been pressing".
func directSubject(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		switch toks[k].lower {
		case "is", "are", "was", "were", "has", "have", "had", "been", "also", "publicly", "openly",
			"began", "begun", "started", "now", "all", "together", "jointly", "collectively",
			"repeatedly", "privately", "quietly", "internally", "increasingly":
		default:
			return false
		}
	}
	return true
}

// partOfThemLead reports whether a sentence opens, after a short time
// phrase and a comma, with part of the people told before: "For seven
// weeks, a group of them also held a lunchtime rally", "Some of them
// walked out".
func partOfThemLead(toks []token) bool {
	k := 0
	if len(toks) > 0 && (toks[0].lower == "for" || toks[0].lower == "in" || toks[0].lower == "on" || toks[0].lower == "since" || toks[0].lower == "during" || toks[0].lower == "last" || toks[0].lower == "later") {
		for j := 1; j < len(toks) && j <= 5; j++ {
			if toks[j].text == "," {
				k = j + 1
				break
			}
		}
		if k == 0 {
			return false
		}
	}
	if k < len(toks) && (toks[k].lower == "a" || toks[k].lower == "an") {
		k++
		if k < len(toks) && (toks[k].lower == "small" || toks[k].lower == "core") {
			k++
		}
	}
	if k+2 >= len(toks) || toks[k+1].lower != "of" || toks[k+2].lower != "them" {
		return false
	}
	switch toks[k].lower {
	case "group", "handful", "some", "many", "several", "dozens", "hundreds", "most", "few":
		return true
	}
	return false
}

// disruptersLead reports whether the workers w, two or more, open the
// sentence as the subject of the disruption at toks[at]: "Two Microsoft
// employees interrupted the company's 50th anniversary celebration". Not
// the few told in passing: "In April, two employees interrupted the
// company's 50th anniversary celebration", "when two employees
// interrupted the celebration".
func disruptersLead(toks []token, w *workerRef, at int) bool {
	return w.count.countValue() >= 2 && w.count.from == 0 && directSubject(toks, w.to, at)
}

// circulateVerbs pass a letter around: "a letter circulated among
// employees" makes them its signers.
var circulateVerbs = map[string]bool{
	"circulated": true, "circulating": true, "shared": true, "passed": true, "spread": true,
}

// punishedFor links punished workers to the action they were punished
// for: "fired 28 employees after sit-ins", "arrested nine workers during a
// sit-in".
var punishedFor = map[string]bool{"after": true, "for": true, "over": true, "following": true, "during": true}

// theyRoseTo reports whether the words before a presence verb at toks[at]
// say the punished workers rose to do it: "were escorted out ... after
// they stood up to protest".
func theyRoseTo(toks []token, from, at int) bool {
	if at < 5 || toks[at-1].lower != "to" || toks[at-2].lower != "up" || !punishedFor[toks[at-5].lower] || toks[at-4].lower != "they" {
		return false
	}
	switch toks[at-3].lower {
	case "stood", "got", "rose", "stand", "get":
	default:
		return false
	}
	for k := from; k < at-5; k++ {
		if !toks[k].word && toks[k].text != "," && toks[k].text != "-" {
			return false
		}
	}
	return true
}

// coordinated returns the subject best with the worker phrases joined to
// it by "and" or commas before it: "More than 90 Google workers and more
// than 300 Amazon employees have signed" gives both, each with its count.
func coordinated(toks []token, workers []workerRef, best *workerRef) []*workerRef {
	out := []*workerRef{best}
	first := best
	for {
		var prev *workerRef
		for k := range workers {
			w := &workers[k]
			if w.to <= first.from && !w.generic && (prev == nil || w.to > prev.to) {
				prev = w
			}
		}
		if prev == nil {
			break
		}
		gap := toks[prev.to:first.from]
		if prev.to == first.from && first.from < len(toks) {
			gap = toks[first.from : first.from+1] // "X employees and Y employees": the "and" read as a modifier
		}
		if !onlyConjunctions(gap) || prev.workforce != first.workforce {
			break // "a company with 180 employees, thirty-seven staff": a workforce, then the signers
		}
		out = append([]*workerRef{prev}, out...)
		first = prev
	}
	return out
}

// inParens reports whether toks[at] stands in a parenthesis that closes
// before toks[end].
func inParens(toks []token, at, end int) bool {
	open := false
	for k := 0; k < at && k < len(toks); k++ {
		switch toks[k].text {
		case "(":
			open = true
		case ")":
			open = false
		}
	}
	if !open {
		return false
	}
	for k := at; k < end && k < len(toks); k++ {
		if toks[k].text == ")" {
			return true
		}
	}
	return false
}

// triedWith are what workers do "with a letter": "tried the same approach
// with a letter", "pushed back with a petition"; not "responded with a
// letter", which management does too.
var triedWith = wordSet("tried", "followed", "fought", "pushed", "protested", "objected", "hit")

// docVerbs link workers to a letter or petition they wrote, sent or signed.
var docVerbs = map[string]bool{
	"signed": true, "sign": true, "signing": true, "backed": true, "backing": true, "endorsed": true, "joined": true,
	"back": true, "backs": true, "endorse": true, "endorses": true, "support": true, "supports": true,
	"added": true, "put": true, "putting": true, "supported": true, "sent": true, "send": true,
	"sending": true, "wrote": true, "written": true, "writing": true, "published": true,
	"publish": true, "posted": true, "circulated": true, "circulating": true, "delivered": true,
	"drafted": true, "organized": true, "organised": true, "launched": true, "started": true,
	"penned": true, "issued": true, "released": true, "shared": true, "submitted": true,
	"presented": true, "created": true, "addressed": true, "co-signed": true, "cosigned": true,
	"petitioned": true, "write": true, "circulate": true, "set": true, "began": true,
	"begun": true, "start": true, "launch": true, "organize": true, "organise": true,
	"passing": true, "handed": true, "handing": true,
	"gathered": true, "gathering": true, "collected": true, "collecting": true,
}

// presenceVerbs link workers to a protest, strike or walkout named as a
// thing: "staged a walkout", "joined the strike".
var presenceVerbs = map[string]bool{
	"staged": true, "stage": true, "staging": true, "held": true, "hold": true, "holding": true,
	"joined": true, "joining": true, "join": true, "organized": true, "organised": true,
	"organizing": true, "led": true, "took": true, "take": true, "taking": true,
	"participated": true, "participating": true, "attended": true, "launched": true,
	"planned": true, "planning": true, "called": true, "went": true, "go": true, "going": true,
	"mounted": true, "began": true, "started": true, "walked": true, "gathered": true,
	"begun": true, "begin": true, "escalated": true,
	// "About 150 people came to a lunchtime rally"
	"came": true, "showed": true, "turned": true,
	// "dismissed more than 20 workers connected to last week's sit-ins"
	"involved": true, "connected": true, "linked": true, "tied": true,
}

// docVerbBefore reports whether one of verbs links the workers before
// toks[from] to the document at toks[to]. A present-tense verb of support
// ("back", "supports") must take the document as its object ("now back
// letter", "back the petition"), as "engineers back the ICE contract, in a
// letter" support the deal.
func docVerbBefore(toks []token, from, to int, verbs map[string]bool) bool {
	for k := from; k < to && k < len(toks); k++ {
		l := toks[k].lower
		if !verbs[l] {
			continue
		}
		if !presentSupport[l] {
			return true
		}
		// the document is the verb's object: a noun phrase ending in it
		// ("support this petition", "back Amazon Employees for Climate
		// Justice's letter"), no comma or deal between
		object := true
		for j := k + 1; j < to; j++ {
			if !toks[j].word && toks[j].text != "'" && toks[j].text != "-" || dealObjects[toks[j].lower] {
				object = false
				break
			}
		}
		if object && to-k <= 8 {
			return true
		}
	}
	return false
}

// dealObjects are what workers may back instead of a document: "back the
// ICE contract, in a letter".
var dealObjects = map[string]bool{"contract": true, "contracts": true, "deal": true, "deals": true, "agreement": true,
	"decision": true, "plan": true, "policy": true, "work": true, "company": true, "management": true, "ceo": true}

// presentSupport are the present-tense verbs of support that sign a
// document only when it is their object.
var presentSupport = map[string]bool{"back": true, "backs": true, "endorse": true, "endorses": true, "support": true, "supports": true}

func hasVerb(toks []token, from, to int, verbs map[string]bool) bool {
	for k := from; k < to && k < len(toks); k++ {
		if verbs[toks[k].lower] {
			return true
		}
	}
	return false
}

func commaBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// clauseBreak reports whether a relative or contrastive clause starts
// between two tokens, so that a worker phrase before it is not the subject
// of an action after it.
func clauseBreak(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if k+1 < len(toks) && strings.HasSuffix(toks[k+1].lower, "ing") {
			switch toks[k].lower {
			case "after", "before", "while", "when":
				continue // "were arrested after staging a sit-in": same subject
			}
		}
		// "612 employees voted, and both winning candidates had signed":
		// a new subject
		if toks[k].text == "," && k+2 < to && toks[k+1].lower == "and" {
			switch toks[k+2].lower {
			case "both":
				return true
			case "the", "its", "their":
				// "raised concerns at a town hall, and the company's
				// executives later sent a letter"; not a list of
				// companies, "at Google, Amazon, and the Seattle startup"
				for j := from; j < k; j++ {
					if strings.HasSuffix(toks[j].lower, "ed") && !isCapitalized(toks[j]) {
						return true
					}
				}
			}
		}
		switch toks[k].lower {
		case ";", "where", "which", "while", "whereas", "but", "although", "though", "when", "after", "before", "because", "unless", "if":
			return true
		case "who", "whom":
			if k > from && !(k == from+1 && toks[from].text == ",") {
				return true // "employees took part, said organizers, who released a list": another's clause
			}
		}
	}
	return false
}

func startsWithPronoun(toks []token, singular bool) bool {
	if partOfThemLead(toks) {
		return true // "For seven weeks, a group of them also held a rally"
	}
	lead := true
	for k, t := range toks {
		if !t.word {
			continue
		}
		if lead && subordinators[t.lower] {
			lead = false
			continue // "When they held sit-ins ..."
		}
		lead = false
		switch t.lower {
		case "they", "organizers", "organisers", "signatories", "signers":
			return true
		case "she", "he":
			return singular
		case "the":
			if k+1 < len(toks) {
				switch toks[k+1].lower {
				case "organizers", "organisers", "signatories", "signers":
					return true
				default:
					if groupNouns[toks[k+1].lower] {
						return true
					}
				}
			}
		}
		return false
	}
	return false
}

// respectively marks parallel lists: "... ICE and CBP, respectively".
var respectively = map[string]bool{"respectively": true}

// pairedTarget reads parallel lists: "employees at Microsoft and
// Salesforce objected to their companies' dealings with ICE and CBP"
// pairs each company with the agency in the same place of the list after
// the action, when both lists are as long and the agencies are listed one
// after another.
func pairedTarget(c *cand, toks []token, in *sentInfo) (targetRef, bool) {
	if !c.joint || !hasVerb(toks, 0, len(toks), respectively) {
		return targetRef{}, false // "Microsoft and GitHub ... ICE and CBP" may be both's
	}
	var names []string
	for _, w := range in.workers {
		if len(w.names) >= 2 && w.to <= c.trig.at {
			for _, n := range w.names {
				if n == c.company {
					names = w.names
				}
			}
		}
	}
	if names == nil {
		return targetRef{}, false
	}
	var list []targetRef
	for _, a := range in.agencies {
		if a.from < c.trig.at {
			continue
		}
		if n := len(list); n > 0 {
			if a.id == list[n-1].id {
				continue
			}
			for k := list[n-1].to; k < a.from; k++ {
				if l := toks[k].lower; l != "," && l != "and" && l != "or" {
					return targetRef{}, false
				}
			}
		}
		list = append(list, a)
	}
	if len(list) != len(names) {
		return targetRef{}, false
	}
	for k, n := range names {
		if n == c.company {
			return list[k], true
		}
	}
	return targetRef{}, false
}

// groupNouns name an organisation: "the coalition", "the group".
var groupNouns = map[string]bool{
	"group": true, "coalition": true, "organization": true, "organisation": true, "alliance": true,
	"caucus": true, "collective": true, "network": true, "committee": true,
}

// outsideGroups returns the group nouns that, in this article, stand for
// an organisation of people other than workers: after "The Chicago
// Coalition for Data Justice", "the coalition" is not the workers, unless
// the article also names a workers' one ("the Tech Workers Coalition").
func outsideGroups(sents []sentence) map[string]bool {
	outside, workers := map[string]bool{}, map[string]bool{}
	for _, s := range sents {
		toks := s.toks
		for k, t := range toks {
			if !groupNouns[t.lower] || !isCapitalized(t) || k == 0 || !isCapitalized(toks[k-1]) && toks[k-1].lower != "the" {
				continue
			}
			// the name around it: capitalized words and the small words
			// between them
			from, to := k, k+1
			for from > 0 && (isCapitalized(toks[from-1]) || toks[from-1].lower == "for" || toks[from-1].lower == "of") && !toks[from-1].poss {
				from--
			}
			for to < len(toks) && (isCapitalized(toks[to]) || (toks[to].lower == "for" || toks[to].lower == "of" || toks[to].lower == "and") && to+1 < len(toks) && isCapitalized(toks[to+1])) {
				to++
			}
			mine := false
			for j := from; j < to; j++ {
				if workerNouns[toks[j].lower] || toks[j].lower == "tech" || toks[j].lower == "labor" || toks[j].lower == "labour" {
					mine = true
				}
			}
			if mine {
				workers[t.lower] = true
			} else if t.lower != "group" {
				// not "the Carlyle Group": a business, no body of people
				outside[t.lower] = true
			}
		}
	}
	for g := range workers {
		delete(outside, g)
	}
	return outside
}

// demandVerbs ask for a target to be dropped: "drop its ICE contract".
var demandVerbs = map[string]bool{
	"drop": true, "end": true, "cancel": true, "stop": true, "quit": true, "abandon": true,
	"terminate": true, "withdraw": true, "sever": true, "halt": true,
}

// contentVerbs tell what a letter says: "the letter says", "it argues".
var contentVerbs = map[string]bool{
	"says": true, "said": true, "argues": true, "argued": true, "warns": true, "warned": true,
	"notes": true, "noted": true, "claims": true, "claimed": true, "describes": true, "described": true,
}

// subordinators may open a sentence before its subject: "When they held
// sit-ins, the company fired dozens".
var subordinators = map[string]bool{
	"when": true, "after": true, "once": true, "before": true, "while": true,
}

// specificTarget narrows a letter or petition against "military
// contracts" to the body the document's next sentences single out: "The
// letter singles out Project Nimbus, the cloud deal with the Israeli
// government."
func (x *Extractor) specificTarget(c *cand, sents []sentence, info []sentInfo) {
	if c.agency < 0 || c.agency >= len(x.g.agencies) || !strings.EqualFold(c.target, "military") || actionClass(c.action) != "doc" {
		return
	}
	for j := c.sent + 1; j < len(sents) && j <= c.sent+6; j++ {
		toks := sents[j].toks
		opens := false
		for k := 0; k < len(toks) && k < 3; k++ {
			if toks[k].lower == c.action || toks[k].lower == "it" {
				opens = true
			}
		}
		if len(info[j].names) > 0 && !opens {
			break // another company's story
		}
		if !opens {
			continue
		}
		for _, a := range info[j].agencies {
			if a.id != c.agency && !strings.EqualFold(a.text, "military") {
				c.agency, c.target = a.id, a.text
				return
			}
		}
	}
}

// bodyKinds are the words that make a body the article names ("the
// Missouri Department of Corrections", "the Pierce County Sheriff's
// Office") one of a gazetteer's kinds of body ("Prisons", "Police").
var bodyKinds = map[string][]string{
	"Prisons": {"corrections", "correctional", "prison", "prisons", "jail", "jails", "criminal justice", "rehabilitation"},
	"Police":  {"police", "sheriff", "sheriff's", "public safety", "constabulary"},
}

// bodyOfKind gives an action aimed at a kind of body ("Missouri's state
// prisons") the body of that kind that a sentence near it names with the
// company ("Under the agreement with the Missouri Department of
// Corrections, Brightpath licenses ..."): the named one is the target a
// reader looks for.
func (x *Extractor) bodyOfKind(c *cand, info []sentInfo) {
	if c.agency < 0 || c.agency >= len(x.g.agencies) {
		return
	}
	kinds := bodyKinds[x.g.agencies[c.agency].Name]
	if kinds == nil {
		return
	}
	// the states the action's own sentence names: "state prisons in
	// Missouri" is no Texas department
	var states []string
	at := info[c.sent].toks
	for k := range at {
		if _, n := x.g.statePhrases.match(at, k); n > 0 {
			states = append(states, strings.ToLower(bodyText(at, k, k+n)))
		}
	}
	best := -1
	for j := max(0, c.sent-3); j < len(info) && j <= c.sent+3 && best < 0; j++ {
		if !slices.ContainsFunc(info[j].comps, func(r companyRef) bool { return r.name == c.company && !r.product }) ||
			slices.ContainsFunc(info[j].comps, func(r companyRef) bool { return r.name != c.company && !r.product }) {
			continue // named there alone, not a worker phrase resolved to it
		}
		if hasVerb(info[j].toks, 0, len(info[j].toks), otherDealWords) || toldYear(info[j].toks) > 0 && x.pubYear > 0 && x.pubYear-toldYear(info[j].toks) >= 2 {
			continue // "a separate agreement", "ended its 2016 contract": not the deal the workers oppose
		}
		for _, a := range info[j].agencies {
			if a.id < len(x.g.agencies) || !strings.Contains(a.text, " ") || !isCapitalized(info[j].toks[a.from]) {
				continue // not "police" that stands for a department named before
			}
			if !dealBefore(info[j].toks, info[j].agencies, a.from) {
				continue // not "and to support calls to defund the Seattle Police Department"
			}
			name := " " + strings.ToLower(a.text) + " "
			if len(states) > 0 && !slices.ContainsFunc(states, func(st string) bool { return strings.Contains(name, " "+st+" ") }) {
				continue
			}
			for _, k := range kinds {
				if strings.Contains(name, " "+k+" ") {
					best = a.id
					break
				}
			}
			if best >= 0 {
				break
			}
		}
	}
	if best >= 0 {
		c.agency, c.target = best, x.agencyName(best)
	}
}

// otherDealWords say a deal is not the one a campaign opposes: "a
// separate agreement", "ended its contract", "a lawsuit over its contract".
var otherDealWords = wordSet("separate", "ended", "ending", "former", "previous", "earlier", "lawsuit", "expired", "cancelled", "canceled", "terminated", "dropped")

// dealBefore reports whether a word of a deal comes shortly before the
// body at toks[at], with no other body between: "the agreement with the
// Missouri Department of Corrections".
func dealBefore(toks []token, refs []targetRef, at int) bool {
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		if overlaps(refs, k, k+1) {
			return false
		}
		if contractWords[toks[k].lower] {
			return true
		}
	}
	return false
}

func (x *Extractor) resolveTarget(c *cand, toks []token, info []sentInfo, assoc, issueAssoc map[string]map[int]int, titleAgencies, titleIssues []targetRef, prev *cand) {
	in := &info[c.sent]
	if c.labour {
		return
	}
	// "Their letter, signed by 188 employees, says ... police forces
	// under the ministry have used similar tools": bodies the letter
	// speaks of are not its target when the workers' target was just told
	if prev != nil && prev.agency >= 0 && c.sent-prev.sent <= 2 && c.sent > prev.sent && len(in.agencies) > 0 {
		content := !hasVerb(toks, 0, len(toks), otherDocWords)
		for _, a := range in.agencies {
			if a.id == prev.agency || a.from <= c.trig.end || !hasVerb(toks, c.trig.end, a.from, contentVerbs) {
				content = false
			}
			// "says the company should drop its ICE contract": the
			// letter's own aim, not a body it speaks of
			if hasVerb(toks, max(a.from-4, 0), min(a.to+3, len(toks)), contractWords) || hasVerb(toks, max(a.from-6, 0), a.from, demandVerbs) {
				content = false
			}
		}
		if content {
			c.agency, c.issue, c.target = prev.agency, prev.issue, prev.target
			return
		}
	}
	if r, ok := pairedTarget(c, toks, in); ok {
		c.agency, c.target = r.id, r.text
		return
	}
	score := func(id int) int { return assoc[c.company][id] }
	if c.countOnly && len(in.agencies) == 0 && prev != nil && c.sent-prev.sent <= 3 {
		c.agency, c.issue, c.target = prev.agency, prev.issue, prev.target
		return
	}
	// "More than 1,800 people who work in the technology industry have
	// signed an open letter calling on their employers to end contracts
	// with ICE. ... more than 400 signers work at Google": the aim of the
	// letter of no one company told just before
	if c.countOnly && len(in.agencies)+len(in.issues) == 0 && prev == nil {
		for j := c.sent - 1; j >= 0 && j >= c.sent-3; j-- {
			for _, t := range info[j].trigs {
				if !t.noun || t.action != c.action {
					continue
				}
				if r, ok := pickTarget(info[j].agencies, t.at, score); ok {
					c.agency, c.target = r.id, r.text
					return
				}
				if r, ok := nearestAfter(info[j].issues, t.at); ok && !x.g.issues[r.id].AgencyTopic {
					c.issue, c.target = r.id, r.text
					return
				}
			}
		}
	}
	// "650 Salesforce employees signed a letter about CBP, and 20,000
	// Google employees walked out over sexual harassment claims": an
	// issue right after the action, with no agency between, is its aim
	if is, ok := nearestAfter(in.issues, c.trig.at); ok && !x.g.issues[is.id].AgencyTopic {
		if ag, ok := nearestAfter(in.agencies, c.trig.at); !ok || clauseBreak(toks, c.trig.end, ag.from) {
			if !clauseBreak(toks, c.trig.end, is.from) {
				c.issue, c.target = is.id, is.text
				return
			}
		}
	}
	if _, ok := nearestAfter(in.agencies, c.trig.at); !ok && len(in.agencies) > 1 {
		// "At Pennant Pay, which runs accounts for jails, 130 employees
		// signed a letter asking leadership not to renew a four-year,
		// $28 million contract with the U.S. Marshals Service": the body
		// of the contract the action asks about, further on, over one in
		// an aside about the company
		if r, ok := contractedAfter(toks, in.agencies, c.trig.end); ok {
			c.agency, c.target = r.id, r.text
			return
		}
	}
	if r, ok := pickTarget(in.agencies, c.trig.at, score); ok {
		c.agency, c.target = r.id, r.text
		return
	}
	if r, ok := pickTarget(in.issues, c.trig.at, func(id int) int { return issueAssoc[c.company][id] }); ok {
		if x.g.issues[r.id].AgencyTopic {
			if prev != nil && prev.agency >= 0 && c.sent-prev.sent <= 3 {
				c.agency, c.target = prev.agency, prev.target
				return
			}
			if id, ok := argmax(assoc[c.company]); ok {
				c.agency, c.target = id, x.agencyName(id)
				return
			}
			if a, ok := onlyAgency(info, assoc, c.company); ok {
				c.agency, c.target = a.id, a.text
				return
			}
			// "a petition asking it to walk away from a contract to run
			// ... Australia's immigration detention network. ... The A$14
			// million contract with the Australian Border Force": the one
			// body of that kind the headline names, or the one no other
			// company's action claims
			slug := x.g.issues[r.id].Slug
			if len(titleAgencies) > 0 && c.company == x.titleCompany && fitsTopic(slug, x.agencyName(titleAgencies[0].id)) {
				c.agency, c.target = titleAgencies[0].id, titleAgencies[0].text
				return
			}
			if a, ok := unclaimedAgency(info, assoc, c.company, x.acting); ok && fitsTopic(slug, x.agencyName(a.id)) {
				c.agency, c.target = a.id, a.text
				return
			}
		}
		c.issue, c.target = r.id, r.text
		return
	}
	// "At Fenmark, which sells analytics to the agency through a
	// reseller, several dozen workers signed": the agency last named
	if len(in.agencies) == 0 && theAgency(toks) {
		// "... reconsider its relationship with the same agency": the
		// body the story is about, as its headline names it, not one
		// named in passing just before
		if sameAgency(toks) && len(titleAgencies) > 0 {
			c.agency, c.target = titleAgencies[0].id, titleAgencies[0].text
			return
		}
		for j := c.sent - 1; j >= 0 && j >= c.sent-3; j-- {
			if as := info[j].agencies; len(as) > 0 {
				c.agency, c.target = as[len(as)-1].id, as[len(as)-1].text
				return
			}
		}
	}
	// "... asking him to stop selling Rekognition to police departments.
	// Employees also organized behind the climate resolution. A letter
	// supporting it ...": an aim told between the company's previous
	// action and this one is this one's
	if prev != nil && c.sent-prev.sent <= 3 && c.sent-prev.sent >= 2 {
		j := c.sent - 1
		if as, is := info[j].agencies, info[j].issues; len(as) == 0 && len(is) == 1 && !x.g.issues[is[0].id].AgencyTopic && is[0].id != prev.issue &&
			workersOrganized(info[j].toks) {
			c.issue, c.target = is[0].id, is[0].text
			return
		}
	}
	// "In August it was Dragonfly, the censored search engine ... Some
	// 1,400 employees signed a letter demanding transparency": the aim the
	// sentence before names, opening a new paragraph after the company's
	// previous action
	if prev != nil && c.sent >= 1 && prev.sent < c.sent-1 && info[c.sent-1].para == in.para && info[prev.sent].para != in.para && len(info[c.sent-1].trigs) == 0 {
		j := c.sent - 1
		as, is := info[j].agencies, info[j].issues
		if len(as) > 0 && len(is) == 0 && as[0].id != prev.agency && !slices.ContainsFunc(as, func(r targetRef) bool { return r.id != as[0].id }) {
			c.agency, c.target = as[0].id, as[0].text
			return
		}
		if len(is) > 0 && len(as) == 0 && is[0].id != prev.issue && !slices.ContainsFunc(is, func(r targetRef) bool { return r.id != is[0].id }) {
			c.issue, c.target = is[0].id, is[0].text
			return
		}
	}
	// the same company's previous action nearby, when this one names no
	// target, and is not dated years apart from it
	if prev != nil && c.sent-prev.sent <= 3 && !yearsApart(info[prev.sent].toks, toks) {
		c.agency, c.issue, c.target = prev.agency, prev.issue, prev.target
		return
	}
	// "... part of a coordinated walkout. The protest was set off by a
	// report of a sexual misconduct payout": the sentences after that
	// speak of the action tell its aim
	if r, agency, ok := x.followingTarget(c, info); ok {
		if agency {
			c.agency, c.target = r.id, r.text
		} else {
			c.issue, c.target = r.id, r.text
		}
		return
	}
	// the company's agency told just before: "They oppose Project Nimbus,
	// a cloud contract with the Israeli government. Around 50 workers
	// joined the sit-ins."
	if id := recentAgencyOf(info, c.sent, assoc[c.company], c.company); id >= 0 && !c.weak {
		c.agency, c.target = id, x.agencyName(id)
		for j := c.sent - 1; j >= 0 && j >= c.sent-2; j-- {
			if as := info[j].agencies; len(as) > 0 {
				c.target = as[len(as)-1].text
				break
			}
		}
		return
	}
	// "Inside the Nimbus fight, with a Google engineer": the headline's
	// target, when the story ties the company to it, over the rest
	if len(titleAgencies) > 0 && assoc[c.company][titleAgencies[0].id] > 0 && !x.pastInTitle {
		c.agency, c.target = titleAgencies[0].id, titleAgencies[0].text
		return
	}
	if id, ok := argmax(assoc[c.company]); ok {
		c.agency, c.target = id, x.agencyName(id)
		for _, s := range info {
			for _, a := range s.agencies {
				if a.id == id {
					c.target = a.text
					return
				}
			}
		}
		return
	}
	if id, ok := argmax(issueAssoc[c.company]); ok {
		c.issue, c.target = id, x.g.issues[id].Slug
		for _, s := range info {
			for _, a := range s.issues {
				if a.id == id {
					c.target = a.text
					return
				}
			}
		}
		return
	}
	// an action dated years before the story ("in 2017 some Shopify
	// employees pressed the company to ...") is an earlier one: the
	// story's target, the headline's, is not its own
	if y := yearOfAction(toks, c.trig.at); y > 0 && x.pubYear > 0 && x.pubYear-y >= 2 && !sameBodyAgain(toks) {
		return // but "objecting to that company's contract with the same agency" is the story's
	}
	if len(titleAgencies) > 0 && !(x.titleCompany != "" && c.company != x.titleCompany && !c.joint && ownAimAfter(toks, c.trig.end)) {
		// not "hundreds of Facebook employees staged a virtual walkout
		// ... to object to Mark Zuckerberg's decision", in a story
		// headlined on Googlers and the police: another company's
		// action, with an aim of its own
		c.agency, c.target = titleAgencies[0].id, titleAgencies[0].text
		return
	}
	// the one agency the whole story names: "It stood for Air and Marine
	// Operations, the aviation arm of U.S. Customs and Border Protection.
	// ... Thirty-seven of us signed a letter"
	if len(titleIssues) == 0 {
		if a, ok := onlyAgency(info, assoc, c.company); ok {
			c.agency, c.target = a.id, a.text
			return
		}
	}
	if len(titleIssues) > 0 {
		c.issue, c.target = titleIssues[0].id, titleIssues[0].text
	}
}

// ofTheirOwn reports whether an action noun is told as one more like
// another's: "their own letter", "its own petition", "a similar letter".
func ofTheirOwn(toks []token, t trigger) bool {
	if !t.noun || t.at < 2 {
		return false
	}
	p, pp := toks[t.at-1].lower, toks[t.at-2].lower
	return p == "own" && (pp == "their" || pp == "its" || pp == "our") || p == "similar" && (pp == "a" || pp == "an")
}

// joinedPlace may follow an action joined to the workers' own: "and a
// sit-in at its headquarters".
var joinedPlace = wordSet("at", "in", "outside", "inside", "on", "last", "this")

// upFrom returns the figure an "up from" after toks[from] gives: ", up
// from the 1,200 reported above" gives 1200; 0 for none.
func upFrom(toks []token, from int) int {
	for k := from; k+2 < len(toks) && k <= from+3; k++ {
		if toks[k].lower != "up" || toks[k+1].lower != "from" {
			continue
		}
		j := k + 2
		if toks[j].lower == "the" {
			j++
		}
		if a, ok := amountAt(toks, j); ok && !a.vague && !a.money && !a.percent {
			return a.countValue()
		}
	}
	return 0
}

// headingOf reports whether a sentence is only the name of the company:
// a roundup's heading, "Tessaloop.".
func headingOf(toks []token, company string) bool {
	return len(toks) >= 2 && len(toks) <= 5 && toks[len(toks)-1].text == "." && strings.EqualFold(bodyText(toks, 0, len(toks)-1), company)
}

// asksDescribed reports whether a document in a sentence asks a company
// called by what it is: "The petition asking the sensor maker to
// withdraw".
func asksDescribed(toks []token) bool {
	for k := 0; k+2 < len(toks); k++ {
		switch toks[k].lower {
		case "asking", "urging", "demanding", "calling":
		default:
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if employerNouns[toks[j].lower] || appositiveNouns[toks[j].lower] {
				return toks[k+1].lower == "the" || toks[k+2].lower == "the"
			}
		}
	}
	return false
}

// workersOrganized reports whether a sentence tells of workers organizing
// behind something: "Employees also organized behind the climate
// resolution", "Staff have rallied around a shareholder proposal".
func workersOrganized(toks []token) bool {
	k := afterLead(toks)
	for k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "its" || toks[k].lower == "many" || toks[k].lower == "some") {
		k++
	}
	if k >= len(toks) || !workerNouns[toks[k].lower] {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		switch toks[j].lower {
		case "organized", "organised", "rallied", "mobilized", "mobilised", "campaigned", "lobbied":
			return true
		}
	}
	return false
}

// whenBegan reports whether an action noun only dates the sentence: "By
// the time the walkout began on Wednesday, organizers said, the count had
// reached about 2,600" is the letter's count, told before.
func whenBegan(toks []token, t trigger) bool {
	if t.end >= len(toks) {
		return false
	}
	switch toks[t.end].lower {
	case "began", "started", "begins", "starts":
	default:
		return false
	}
	if hasVerb(toks, 0, len(toks), turnoutWords) {
		return false // "the count of participants had reached 1,800": the walkout's
	}
	for k := t.at - 1; k >= 0 && k >= t.at-4; k-- {
		if l := toks[k].lower; l == "when" || l == "before" || l == "as" || l == "time" && k >= 2 && toks[k-2].lower == "by" {
			return true
		}
	}
	return false
}

// turnoutWords count the people of a walkout or protest, not a letter's
// signers.
var turnoutWords = wordSet("participants", "strikers", "protesters", "protestors", "walkers", "marchers", "attendees", "people")

// parentOf reports whether the words from toks[k] are "of the parent
// company" or "of its parent": the owner of the company in focus.
func parentOf(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].lower != "of" {
		return false
	}
	return (toks[k+1].lower == "the" || toks[k+1].lower == "its") && toks[k+2].lower == "parent"
}

// ownerIn returns the company sentence j tells owns another: "Amazon
// bought Whole Foods in 2017", "GitHub was acquired by Microsoft".
func ownerIn(info []sentInfo, j int) (companyRef, bool) {
	if j < 0 || j >= len(info) {
		return companyRef{}, false
	}
	toks, comps := info[j].toks, info[j].comps
	for _, c := range comps {
		if c.product {
			continue
		}
		if c.to < len(toks) {
			switch toks[c.to].lower {
			case "bought", "acquired", "owns", "purchased":
				return c, true
			}
		}
		if c.from >= 2 && toks[c.from-1].lower == "by" {
			switch toks[c.from-2].lower {
			case "acquired", "bought", "owned", "purchased":
				return c, true
			}
		}
	}
	return companyRef{}, false
}

// prevComps returns the companies the sentence before sentence i names.
func prevComps(info []sentInfo, i int) []companyRef {
	if i == 0 {
		return nil
	}
	return info[i-1].comps
}

// pluralCompanies reports whether a sentence speaks of companies in the
// plural, so that workers it does not name are no one company's: "None of
// the companies", "employees at the largest software companies",
// "pushed technology companies to drop work".
func pluralCompanies(toks []token, at int) bool {
	plural := func(k int) bool {
		l := toks[k].lower
		return l == "companies" || l == "firms" || l == "employers"
	}
	// "None of the companies", "All of the firms": the sentence's subject
	if s := afterLead(toks); s+3 < len(toks) && toks[s+1].lower == "of" && toks[s+2].lower == "the" && plural(s+3) {
		return true
	}
	// "employees at the largest software companies"
	for k := at + 1; k+1 < len(toks) && k < at+4; k++ {
		if toks[k].lower == "at" || toks[k].lower == "of" {
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if plural(j) {
					return true
				}
				if !toks[j].word {
					break
				}
			}
			break
		}
	}
	// "employees have pushed technology companies to drop work"
	for k := at; k+2 < len(toks); k++ {
		switch toks[k].lower {
		case "pushed", "pressed", "pressured", "forced":
			for j := k + 1; j+1 < len(toks) && j <= k+3; j++ {
				if plural(j) && toks[j+1].lower == "to" {
					return true
				}
			}
		}
	}
	return false
}

// theAgency reports whether a sentence speaks of "the agency" or "that
// agency", a body named before it.
func theAgency(toks []token) bool {
	for k := 2; k < len(toks); k++ {
		if toks[k].lower != "agency" || toks[k-1].lower != "the" && toks[k-1].lower != "that" && toks[k-1].lower != "same" {
			continue
		}
		// what the company does for the agency: "sells analytics to the
		// agency", "work for the agency"; not "a spokesperson for the
		// agency", nor "the agency has not commented"
		b := k - 2
		if toks[k-1].lower == "same" && b >= 1 && toks[b].lower == "the" {
			b-- // "its relationship with the same agency"
		}
		p := toks[b].lower
		if p == "to" || p == "for" || p == "with" {
			if b >= 1 && (strings.HasPrefix(toks[b-1].lower, "spokes") || toks[b-1].lower == "official" || toks[b-1].lower == "officials" || toks[b-1].lower == "representative") {
				continue
			}
			return true
		}
	}
	return false
}

// ownSameAgency reports whether "the same agency" after c's trigger is
// its aim, the agencies the sentence names coming after it in another
// subject's clause: "Salesforce employees sent a letter ... asking him to
// reconsider the company's work with the same agency, and Microsoft
// workers protested their employer's contract with ICE".
func ownSameAgency(toks []token, c *cand, agencies []targetRef) bool {
	p := sameAgencyAt(toks)
	if p <= c.trig.at {
		return false
	}
	for _, a := range agencies {
		if a.from < p || !clauseBreak(toks, p, a.from) && !newSubjectBetween(toks, p, a.from) {
			return false
		}
	}
	return true
}

// newSubjectBetween reports whether a clause with a named subject of its
// own opens between toks[from] and toks[to]: ", and Microsoft workers".
func newSubjectBetween(toks []token, from, to int) bool {
	for k := from; k+2 < to; k++ {
		if toks[k].text == "," && toks[k+1].lower == "and" && isCapitalized(toks[k+2]) {
			return true
		}
	}
	return false
}

// sameAgencyAt returns where a sentence says "the same agency", or -1.
func sameAgencyAt(toks []token) int {
	for k := 1; k < len(toks); k++ {
		if toks[k].lower == "agency" && toks[k-1].lower == "same" {
			return k
		}
	}
	return -1
}

// sameAgency reports whether a sentence speaks of "the same agency".
func sameAgency(toks []token) bool { return sameAgencyAt(toks) >= 0 }

// sameBodyAgain reports whether a sentence points back to the body the
// story is about: "the same agency", "that agency".
func sameBodyAgain(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		switch toks[k].lower {
		case "agency", "department", "bureau", "ministry", "force", "contract", "program", "programme":
			if p := toks[k-1].lower; p == "same" || p == "that" || p == "this" {
				return true
			}
		}
	}
	return false
}

// officeEmployer reports whether a company is a tech employer the
// gazetteer knows and does not mark labour_beat: its workers' actions over
// pay or conditions alone are the employer's conduct, in scope.
func (x *Extractor) officeEmployer(name string, inGaz bool) bool {
	c, ok := x.g.Company(name)
	return inGaz && ok && !c.LabourBeat
}

// techWords describe a technology business: "the IT services company",
// "a design-software company", "the game studio".
var techWords = map[string]bool{
	"software": true, "tech": true, "technology": true, "it": true, "game": true, "games": true,
	"gaming": true, "fintech": true, "cloud": true, "ai": true, "internet": true, "chip": true,
	"semiconductor": true, "cybersecurity": true, "saas": true, "app": true, "analytics": true,
}

// makerVerbs and techProducts say what a company makes: "which makes the
// budgeting app Pennywise".
var makerVerbs = map[string]bool{"makes": true, "builds": true, "develops": true, "sells": true, "writes": true, "designs": true, "publishes": true}
var techProducts = map[string]bool{"app": true, "apps": true, "software": true, "platform": true, "game": true, "games": true,
	"chips": true, "website": true, "websites": true, "service": true, "tools": true, "models": true}

// techDescribed reports whether the article calls a company, in a
// sentence naming it, a technology business: "asking the IT services
// company to withdraw an order", "Paperkite, the Boston design-software
// company". Its office workers' complaints about their conditions are
// then its conduct, as at a technology company the gazetteer knows.
func techDescribed(company string, info []sentInfo) bool {
	if techName(company) && !otherTradeDescribed(company, info) {
		return true
	}
	for _, in := range info {
		named := false
		for _, c := range in.comps {
			if c.name == company && !c.product {
				named = true
			}
		}
		if !named {
			continue
		}
		toks := in.toks
		for k, t := range toks {
			if makerVerbs[t.lower] && k > 0 && (toks[k-1].lower == "which" || toks[k-1].lower == "that" || isCapitalized(toks[k-1]) && slices.ContainsFunc(in.comps, func(c companyRef) bool { return c.name == company && c.to == k })) {
				// "Kestrel Mobile, which makes the budgeting app Pennywise",
				// "Pellucid sells its software to private employers"
				for j := k + 1; j < len(toks) && j <= k+5 && toks[j].word; j++ {
					if techProducts[toks[j].lower] {
						return true
					}
				}
			}
			if !employerNouns[t.lower] {
				continue
			}
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				w := toks[j].lower
				if techWords[w] && (w != "it" || toks[j].text == "IT") || strings.HasSuffix(w, "-software") || strings.HasSuffix(w, "-tech") {
					return true
				}
				if !toks[j].word && toks[j].text != "-" {
					break
				}
			}
		}
	}
	return false
}

// techName reports whether a company's name says it makes technology:
// "Quillfeather Games", "Daeho Semiconductor", "Meridian Wireless".
func techName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-1] {
	case "Games", "Studios", "Interactive", "Software", "Semiconductor", "Semiconductors", "Wireless", "Telecom", "Telekom",
		"Technologies", "Cloud", "Robotics", "Analytics", "Computing", "Microsystems", "Electronics":
		return true
	}
	return false
}

// nonTechTrades describe a business that is no technology maker, whatever
// its name says: "Brookfield Electronics, a chain of appliance stores",
// "Seminole Games, a casino operator".
var nonTechTrades = wordSet("store", "stores", "chain", "casino", "casinos", "lottery", "museum", "channel", "cable", "retailer", "restaurant", "restaurants", "hotel", "hotels", "grocery", "supermarket")

// otherTradeDescribed reports whether a sentence naming the company calls
// it a business of another trade.
func otherTradeDescribed(company string, info []sentInfo) bool {
	for _, in := range info {
		if slices.ContainsFunc(in.comps, func(c companyRef) bool { return c.name == company }) && hasVerb(in.toks, 0, len(in.toks), nonTechTrades) {
			return true
		}
	}
	return false
}

// followingTarget returns the target of the first of the next three
// sentences that speaks of the action c as known ("The protest was set
// off by ...", "The stoppage ..."), as long as none of them turns to
// another company.
func (x *Extractor) followingTarget(c *cand, info []sentInfo) (targetRef, bool, bool) {
	for j := c.sent + 1; j < len(info) && j <= c.sent+3; j++ {
		for _, n := range info[j].names {
			if n != c.company {
				return targetRef{}, false, false
			}
		}
		refers := false
		for _, t := range info[j].trigs {
			if t.noun && actionClass(t.action) == actionClass(c.action) && t.at <= 3 {
				refers = true
			}
		}
		if !refers {
			continue
		}
		for _, t := range info[j].toks {
			if isYear(t) {
				refers = false // "The walkout drew comparisons to the 2018 protest over harassment"
			}
		}
		if !refers {
			continue
		}
		for _, a := range info[j].agencies {
			// "Their letter ... says police forces under the ministry
			// have used similar tools": bodies it speaks of are no aim
			if !hasVerb(info[j].toks, 0, a.from, contentVerbs) {
				return a, true, true
			}
		}
		if len(info[j].agencies) > 0 {
			return targetRef{}, false, false
		}
		if len(info[j].issues) > 0 && !x.g.issues[info[j].issues[0].id].AgencyTopic {
			return info[j].issues[0], false, true
		}
	}
	return targetRef{}, false, false
}

// attribution returns the end of a speaker's aside starting at toks[k]
// ("organisers said on Friday", "organizers say"), or k when there is none.
func attribution(toks []token, k int) int {
	j := k
	if j < len(toks) && (toks[j].lower == "the" || toks[j].lower == "its") {
		j++
	}
	if j >= len(toks) || !(toks[j].lower == "organisers" || toks[j].lower == "organizers" || toks[j].lower == "they" || toks[j].lower == "it" || toks[j].lower == "officials" || toks[j].lower == "company" || toks[j].lower == "union" || toks[j].lower == "group") {
		return k
	}
	j++
	if j >= len(toks) || !sayVerbs[toks[j].lower] && toks[j].lower != "estimated" && toks[j].lower != "estimate" {
		return k
	}
	j++
	if j+1 < len(toks) && toks[j].lower == "on" && weekdays[toks[j+1].lower] != 0 || j+1 < len(toks) && toks[j].lower == "on" && toks[j+1].lower == "sunday" {
		j += 2
	}
	return j
}

// surveyed reports whether a sentence reports a survey or poll of
// workers, whose answers are no action.
func surveyed(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "survey", "surveys", "surveyed", "poll", "polled", "polling", "respondents":
			return true
		}
	}
	return false
}

// thereCompany returns the company whose place "there" points back to in
// the sentence before: the owner of a place ("Microsoft's Redmond
// campus"), else the one company it names.
func thereCompany(prev sentInfo) (string, bool, bool) {
	var named []companyRef
	for _, c := range prev.comps {
		if c.product || exampleList(prev.toks, c.from, c.to) {
			continue // "Like Google, Microsoft has faced protests": not Google
		}
		named = append(named, c)
		if c.poss {
			for k := c.to; k < len(prev.toks) && k <= c.to+3; k++ {
				if placeNouns[prev.toks[k].lower] {
					return c.name, c.inGaz, true
				}
			}
		}
	}
	if len(named) == 1 {
		return named[0].name, named[0].inGaz, true
	}
	return "", false, false
}

// unknownPlace reports whether a sentence points to a name the extractor
// does not know as its subject's model or example: "Organizers point to
// Quillmark as their model".
func unknownPlace(toks []token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if (toks[k].lower == "to" || toks[k].lower == "at") && isCapitalized(toks[k+1]) && k+2 < len(toks) && (toks[k+2].lower == "as" || toks[k+2].lower == "for") {
			return true
		}
	}
	return false
}

// outsiders reports whether a worker phrase names people outside any
// company: "academic researchers", "university scientists", "outside
// developers", "researchers at more than 90 universities".
func outsiders(toks []token, w *workerRef) bool {
	switch toks[w.head].lower {
	case "employees", "employee", "staff", "staffers", "staffer", "workers", "worker", "colleagues":
		return false // always some employer's
	}
	// "The petition was started by a group of linguists and computer
	// scientists ... at more than 90 universities"
	for _, t := range toks {
		switch t.lower {
		case "academics", "academic", "scholars", "professors", "faculty", "universities", "linguists":
			return true
		}
	}
	for k := max(w.from-2, 0); k <= w.head && k < len(toks); k++ {
		switch toks[k].lower {
		case "academic", "university", "outside", "independent", "freelance", "open-source", "volunteer":
			return true
		}
	}
	for k := w.to; k+1 < len(toks) && k <= w.to+4; k++ {
		if l := toks[k].lower; l == "universities" || l == "university" || l == "colleges" {
			return true
		}
		// "more than 2,400 AI researchers and 160 organisations signed a
		// pledge": signers of a field, with institutions beside them
		if l := toks[k].lower; (l == "organisations" || l == "organizations" || l == "institutions") && toks[w.to].lower == "and" && fieldNouns[toks[w.head].lower] {
			return true
		}
	}
	return false
}

// fieldNouns name people by their field, who sign as a field does: "AI
// researchers and 160 organisations".
var fieldNouns = map[string]bool{
	"researchers": true, "scientists": true, "experts": true, "technologists": true, "academics": true,
}

// surveyPopulation reports whether the worker phrase w is the population
// a survey speaks of ("14% - share of UK tech workers who say", "38
// percent of engineers said"), not workers acting.
func surveyPopulation(toks []token, w workerRef) bool {
	if w.from >= 2 && toks[w.from-1].lower == "of" {
		switch toks[w.from-2].lower {
		case "%", "percent", "per", "cent", "share", "proportion", "majority", "third", "half", "quarter", "fifth":
			return true
		}
	}
	if w.to+1 < len(toks) && toks[w.to].lower == "who" && (sayVerbs[toks[w.to+1].lower] || toks[w.to+1].lower == "say") {
		return true
	}
	return w.to < len(toks) && (toks[w.to].lower == "said" || toks[w.to].lower == "say") && w.hasCount && w.count.percent
}

// atOpener reports whether company c opens the sentence as a place ("At
// Quillmark, a Portland mapping firm, ...") and the action noun at toks[at]
// is the subject of the clause after it: "a 2023 petition", "the walkout".
func atOpener(toks []token, c companyRef, at int) bool {
	if c.product || c.from != 1 || !placePreps[toks[0].lower] || c.to >= len(toks) || toks[c.to].text != "," || at <= c.to {
		return false
	}
	if at+1 < len(toks) && (toks[at+1].lower == "from" || toks[at+1].lower == "by") {
		return false // "At Microsoft, the letter from president Brad Smith"
	}
	comma := -1
	for k := at - 1; k > c.to; k-- {
		if toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		comma = c.to
	}
	for k := comma + 1; k < at; k++ {
		l := toks[k].lower
		if !(l == "a" || l == "an" || l == "the" || l == "its" || l == "one" || l == "open" || l == "internal" || l == "employee" || l == "staff" || isYear(toks[k])) {
			return false
		}
	}
	return true
}

// pledged reports whether the action at t is one its workers pledged to
// take: "more than 400 employees had pledged in advance to walk out".
func pledged(toks []token, t trigger) bool {
	if t.noun || t.at < 2 || toks[t.at-1].lower != "to" {
		return false
	}
	for k := t.at - 2; k >= 0 && k >= t.at-5; k-- {
		switch toks[k].lower {
		case "pledged", "pledging", "promised", "promising", "pledge", "vowed", "vowing", "committed", "signed":
			return true
		}
	}
	return false
}

// finalFigure reports whether a sentence gives a final figure: "Organizers'
// final figure is about 250", "Final count from the organizers".
func finalFigure(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower != "final" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			switch toks[j].lower {
			case "figure", "count", "tally", "number", "total", "estimate":
				return true
			}
		}
	}
	return false
}

// actionAtPlace reports whether the action noun at toks[k] is one held at
// the place right after it, and where that place begins: "the walkout at
// Google", "the internal letter at Norrland Robotics". A letter or
// petition must be the staff's own by its words ("internal", "staff");
// a protest or sit-in at a company's door may be anyone's.
func actionAtPlace(toks []token, k int) (int, bool) {
	if k < 0 || k+2 >= len(toks) {
		return 0, false
	}
	if l := toks[k].lower; l == "letter" || l == "petition" {
		// "a letter against Nimbus circulating at Google DeepMind"; not
		// "their letter on one that circulated at Palantir", another's
		for j := k + 1; j+2 < len(toks) && j <= k+6; j++ {
			if !toks[j].word || (toks[j].lower == "one" || toks[j].lower == "another") && j+1 < len(toks) && (toks[j+1].lower == "that" || toks[j+1].lower == "which" || docSendVerbs[toks[j+1].lower] || toks[j+1].lower == "circulating") {
				break
			}
			if (toks[j].lower == "circulating" || toks[j].lower == "circulated") && (toks[j+1].lower == "at" || toks[j+1].lower == "inside" || toks[j+1].lower == "within") && isCapitalized(toks[j+2]) {
				return j + 2, true
			}
		}
	}
	if l := toks[k].lower; (l == "letter" || l == "petition") && (toks[k+1].lower == "inside" || toks[k+1].lower == "within") && isCapitalized(toks[k+2]) {
		return k + 2, true // "The letter inside Tessaract Systems": the staff's own
	}
	if toks[k+1].lower != "at" || !isCapitalized(toks[k+2]) {
		return 0, false
	}
	switch toks[k].lower {
	case "walkout", "walkouts", "walk-out", "sit-in", "sit-ins", "dissent", "revolt", "unrest", "uprising", "rebellion":
		// "Four weeks of dissent at Kestrel Vision"
		return k + 2, true // not "strike": "an Israeli strike at Nuseirat"
	case "letter", "petition":
		if k >= 1 {
			switch toks[k-1].lower {
			case "internal", "staff", "employee", "employees", "workers", "worker":
				return k + 2, true
			}
		}
	case "out":
		// "Hundreds walk out at Tessellate Maps"
		if k >= 1 {
			switch toks[k-1].lower {
			case "walk", "walks", "walked", "walking":
				return k + 2, true
			}
		}
	}
	return 0, false
}

// correctionNote reports whether a sentence opens an editor's note on
// the article itself: "Correction, Nov. 8, 2024:", "Clarification:",
// "Editor's note:".
func correctionNote(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[0].lower {
	case "correction", "corrections", "clarification", "update", "updated":
		return toks[1].text == ":" || toks[1].text == ","
	case "editor", "editors":
		return toks[0].poss && toks[1].lower == "note"
	}
	return false
}

// turnoutClause reports whether toks[at:] is a relative clause that
// gives the action's turnout: "that drew about 300 people", "that
// organizers said drew about 300 people".
func turnoutClause(toks []token, at int) bool {
	if at >= len(toks) || toks[at].lower != "that" && toks[at].lower != "which" {
		return false
	}
	k := at + 1
	if k+1 < len(toks) && (toks[k].lower == "organizers" || toks[k].lower == "organisers") && sayVerbs[toks[k+1].lower] {
		k += 2
	}
	if k >= len(toks) || toks[k].lower != "drew" && toks[k].lower != "attracted" && toks[k].lower != "involved" && toks[k].lower != "included" {
		return false
	}
	// the drawn are people or staff, and no outsiders among them: not
	// "that drew 2,000 residents", "drew about 3,000 people, most of
	// them students"
	a, ok := amountAt(toks, k+1)
	for j := k + 2; !ok && j <= k+3 && j < len(toks); j++ {
		a, ok = amountAt(toks, j)
	}
	if !ok || a.to >= len(toks) || toks[a.to].lower != "people" && !workerNouns[toks[a.to].lower] {
		return false
	}
	for j := a.to + 1; j < len(toks); j++ {
		if outsideActors[toks[j].lower] || publicWords[toks[j].lower] {
			return false
		}
	}
	return true
}

// correctedAway reports whether a sentence tells a figure since corrected:
// "An earlier version of this live blog said about 300 employees".
func correctedAway(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower == "earlier" && (toks[k+1].lower == "version" || toks[k+1].lower == "versions") {
			return true
		}
		// "Organizers first announced 1,100 signatures before revising
		// the figure": the figure told is the one taken back; not
		// "before revising the figure to 780", which gives the new one
		if toks[k].lower == "before" && revisingVerbs[toks[k+1].lower] && k+3 < len(toks) && (toks[k+2].lower == "the" || toks[k+2].lower == "their" || toks[k+2].lower == "that") && figureNouns[toks[k+3].lower] {
			if k+4 >= len(toks) || toks[k+4].lower != "to" && toks[k+4].lower != "down" && toks[k+4].lower != "up" {
				return true
			}
		}
	}
	return false
}

// revisingVerbs take back a figure; figureNouns name it.
var (
	revisingVerbs = wordSet("revising", "correcting", "lowering", "adjusting", "withdrawing", "retracting", "cutting", "reducing")
	figureNouns   = wordSet("figure", "count", "number", "total", "tally", "claim")
)

// gatheredBefore reports whether the names or signatures at toks[at]
// were gathered ("collected the names of"), not listed.
func gatheredBefore(toks []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-2; k-- {
		switch toks[k].lower {
		case "collected", "gathered", "garnered", "drew", "bore", "carried", "carries", "attracted", "collects", "gathers", "won", "earned":
			return true
		case "has", "had", "enjoys":
			// "has the support of 400 employees", not "had the names of
			// 20 employees who worked on it"
			return toks[at].lower == "support" || toks[at].lower == "backing"
		}
	}
	return false
}

// subjectPhrase reports whether the worker phrase starting at toks[from]
// is a subject, not the object of someone's verb or preposition: "About
// 300 Microsoft employees said", not "Pichai wrote to employees".
func subjectPhrase(toks []token, from int) bool {
	k := from - 1
	for k >= 0 && (toks[k].lower == "the" || toks[k].lower == "its" || toks[k].lower == "his" || toks[k].lower == "her" || toks[k].lower == "their" || toks[k].lower == "our" || toks[k].lower == "a") {
		k--
	}
	if k < 0 || !toks[k].word {
		return true
	}
	l := toks[k].lower
	if l == "to" || l == "from" || l == "with" || objectSayVerbs[l] || l == "addressed" || l == "reassured" || strings.HasSuffix(l, "ed") {
		return false
	}
	return true
}

// publicWith reports whether workers "have gone public with" or "came
// out with" the document at to: they published it.
func publicWith(toks []token, from, to int) bool {
	for k := from; k+1 < to && k+1 < len(toks); k++ {
		if (toks[k].lower == "public" || toks[k].lower == "out") && toks[k+1].lower == "with" && to-(k+1) <= 4 {
			return true // "have gone public with an unsigned letter"
		}
	}
	return false
}

// objectSayVerbs take their hearers as object: "told employees in a
// memo", "informed staff".
var objectSayVerbs = map[string]bool{
	"told": true, "tells": true, "tell": true, "informed": true, "informs": true, "reminded": true,
	"assured": true, "warned": true, "asked": true, "urged": true, "thanked": true,
}

// answerCount reads the count a reply gives to a question about the
// action told before, in an interview or a transcript: "And how many
// people signed it?" "THACKERAY: About two hundred."
func answerCount(q, toks []token) (sigCount, bool) {
	if len(q) < 4 || q[len(q)-1].text != "?" {
		return sigCount{}, false
	}
	how, sign, present, resign := false, false, false, false
	for k, t := range q {
		if t.lower == "how" && k+1 < len(q) && q[k+1].lower == "many" {
			how = true
			if k+2 < len(q) {
				switch q[k+2].lower {
				case "years", "times", "days", "weeks", "months", "hours", "minutes", "dollars":
					return sigCount{}, false // "How many years had you worked there?"
				}
			}
		}
		if signVerbs[t.lower] && t.lower != "joined" && t.lower != "supported" {
			sign = true
		}
		if t.lower == "walked" || t.lower == "took" && k+1 < len(q) && q[k+1].lower == "part" || t.lower == "joined" || t.lower == "showed" || t.lower == "turned" && k+1 < len(q) && q[k+1].lower == "out" {
			present = true
		}
		if t.lower == "resigned" || t.lower == "quit" || t.lower == "left" && k+1 < len(q) && (q[k+1].lower == "the" || q[k+1].lower == "over") {
			resign = true
		}
	}
	if !how || sign && present || sign && resign || present && resign || !sign && !present && !resign {
		return sigCount{}, false
	}
	k := 0
	for k < len(toks) && !toks[k].word {
		k++
	}
	// a speaker's label: "THACKERAY:", "A:"
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].text == ":" {
			k = j + 1
			break
		}
		if !toks[j].word || strings.ToUpper(toks[j].text) != toks[j].text {
			break
		}
	}
	var a amount
	ok := false
	for j := k; j < len(toks) && j < k+4 && !ok; j++ {
		if a, ok = amountAt(toks, j); ok && a.from != k {
			ok = false // only a hedge before the number: "About two hundred."
		}
	}
	if !ok && sign {
		// "By the end of the first day we had 23. When we delivered it,
		// it was 57.": the tally the answer tells
		a, ok = answerTally(toks)
	}
	if !ok || a.money || a.percent || a.vague || a.countValue() == 0 || isYear(toks[a.numFrom]) {
		return sigCount{}, false
	}
	if a.to < len(toks) && toks[a.to].word && !workerNouns[toks[a.to].lower] && !genericNouns[toks[a.to].lower] && !sigNouns[toks[a.to].lower] {
		return sigCount{}, false
	}
	return sigCount{a: a, at: a.from, sig: sign, turnout: present, resign: resign}, true
}

// firstOf returns the first of names that is not empty.
func firstOf(names ...string) string {
	for _, n := range names {
		if n != "" {
			return n
		}
	}
	return ""
}

// answerTally returns the last tally an answer states of what was signed:
// "we had 23", "it was 57", "it reached about 200".
func answerTally(toks []token) (amount, bool) {
	var best amount
	ok := false
	for k := 0; k+2 < len(toks); k++ {
		switch toks[k].lower {
		case "we", "it", "they":
		default:
			continue
		}
		switch toks[k+1].lower {
		case "had", "was", "were", "reached", "hit":
		default:
			continue
		}
		a, found := amountAt(toks, k+2)
		if !found || a.money || a.percent || a.vague || a.countValue() == 0 || isYear(toks[a.numFrom]) {
			continue
		}
		if a.to < len(toks) && toks[a.to].word && !workerNouns[toks[a.to].lower] && !genericNouns[toks[a.to].lower] && !sigNouns[toks[a.to].lower] {
			continue // "it was 40 percent", "we had 12 days"
		}
		best, ok = a, true
	}
	return best, ok
}

// speakerLabel reports whether a sentence opens with a speaker's label:
// "TOMÁS:", "Q:".
func speakerLabel(toks []token) bool {
	for j := 0; j < len(toks) && j < 4; j++ {
		if toks[j].text == ":" {
			return j > 0
		}
		if !toks[j].word || strings.ToUpper(toks[j].text) != toks[j].text {
			break
		}
	}
	// "Mara: Constantly.", "Ben: Forty-one of us sat in.": a first name,
	// not "Update:" or "Correction:"
	if len(toks) > 2 && toks[1].text == ":" && toks[0].word && isCapitalized(toks[0]) && !toks[0].poss && !notSpeakers[toks[0].lower] && strings.ToUpper(toks[0].text) != toks[0].text {
		// a line said, ending as a sentence does: not a section's heading,
		// "Toronto: maps and the Mounties"
		switch toks[len(toks)-1].text {
		case ".", "?", "!", "\"", "”", "…":
			return true
		}
	}
	return false
}

// notSpeakers open a line with a colon without naming who speaks.
var notSpeakers = wordSet("update", "updated", "correction", "clarification", "note", "disclosure", "source", "sources",
	"related", "read", "watch", "listen", "photo", "photos", "video", "transcript", "editor", "background", "context",
	"why", "what", "how", "who", "when", "where", "bottom", "verdict", "takeaway", "timeline", "target", "company",
	"action", "status", "outcome", "demand", "demands", "date", "location", "signatures", "count", "agency", "contract",
	"also", "plus", "bonus", "tl", "p.s", "ps", "q", "a", "question", "answer", "quote", "statement", "response", "result")

// interviewPage reports whether a story is told as questions and
// answers: at least three paragraphs that end with a question, and answers
// in the first person.
func interviewPage(info []sentInfo) bool {
	questions, first := 0, 0
	for i, in := range info {
		n := len(in.toks)
		if n == 0 {
			continue
		}
		last := i+1 >= len(info) || info[i+1].para != in.para
		if last && in.toks[n-1].text == "?" {
			questions++
		}
		if in.toks[n-1].text != "?" && !quotedOrSaid(in.toks) && (in.toks[0].lower == "we" || in.toks[0].lower == "i") {
			first++
			// "I left Microsoft in 2020", "I work at a small firm called
			// Corvane": the answers say where the speaker works
			for k, t := range in.toks {
				switch t.lower {
				case "left", "leave", "quit", "work", "works", "worked", "joined":
					if k <= 3 { // the answer's own verb, not "during work hours"
						return false
					}
				}
			}
		}
	}
	return questions >= 3 && first >= 2
}

// introStaff returns the one company whose named staff the paragraphs
// before an interview's first question tell of.
func introStaff(info []sentInfo) (string, bool) {
	name := ""
	one := false // a single worker, the one interviewed: "an engineer who was among those let go"
	for i, in := range info {
		if n := len(in.toks); n > 0 && in.toks[n-1].text == "?" {
			break
		}
		if i >= 8 {
			break
		}
		for _, c := range in.comps {
			if !c.product && name != "" && c.name != name && !personAppositive(in.toks, c.to) {
				return "", false // "he spent four years at Amazon Web Services"
			}
		}
		for _, t := range in.toks {
			if outsiderRoles[t.lower] || intervieweeOthers[t.lower] {
				return "", false // "labor lawyer Tom Haskins", "the director of Just Futures"
			}
			if workerNouns[t.lower] && !strings.HasSuffix(t.lower, "s") {
				one = true
			}
		}
		for _, w := range in.workers {
			if w.generic || w.unowned || w.workforce || len(w.names) != 1 || w.names[0] == "" {
				continue
			}
			if name != "" && name != w.names[0] {
				return "", false
			}
			name = w.names[0]
		}
	}
	return name, name != "" && one
}

// personAppositive reports whether a person's description follows a name
// ending at toks[at]: "Priya Raman, a designer at the company".
func personAppositive(toks []token, at int) bool {
	if at+2 >= len(toks) || toks[at].text != "," || toks[at+1].lower != "a" && toks[at+1].lower != "an" && toks[at+1].lower != "the" {
		return false
	}
	for k := at + 2; k < len(toks) && k <= at+5; k++ {
		if workerNouns[toks[k].lower] || intervieweeOthers[toks[k].lower] || outsiderRoles[toks[k].lower] {
			return true
		}
	}
	return false
}

// intervieweeOthers are roles of people who speak of the workers from
// outside: a lawyer, a historian, a group's director.
var intervieweeOthers = wordSet("lawyer", "attorney", "professor", "director", "historian", "activist", "advocate", "scholar", "economist", "author", "journalist")

// speakerCompany returns the employer of the first person of a text, or
// of the guest it introduces: "Brightwater Analytics, the Manchester firm
// where I have worked", "I work at Google", "My guest today works at
// Amazon".
func speakerCompany(info []sentInfo) (string, bool) {
	for idx, in := range info {
		toks := in.toks
		if quotedOrSaid(toks) {
			continue // "'I worked at Amazon for five years,' said Lee": a quote in a report
		}
		// "My guest this week is Dana Okafor, a data engineer at
		// Stratamark", "I'm a designer at Kestrel"; "My guest today is Tom
		// Okafor. Until March he was a backend engineer at Kite."
		intro := firstOrGuest(toks) || idx > 0 && guestIntro(info[idx-1].toks) && !quotedOrSaid(info[idx-1].toks) ||
			idx+1 < len(info) && guestEssay(info[idx+1].toks)
		if intro {
			for _, w := range in.workers {
				if len(w.names) != 1 || w.generic || w.hasCount || plural(toks[w.head]) {
					continue
				}
				// "a data engineer at", "an engineer at"
				for k := w.from - 1; k >= 0 && k >= w.from-3; k-- {
					if toks[k].lower == "a" || toks[k].lower == "an" {
						return w.names[0], w.inGaz[0]
					}
					if !toks[k].word || isCapitalized(toks[k]) {
						break
					}
				}
			}
		}
		for k := range toks {
			// "Today is my last day at Ardent Maps", "Why I'm leaving
			// Ardent Maps"
			if at := ownJobAt(toks, k); at > 0 {
				for _, c := range in.comps {
					if c.from == at && !c.product {
						return c.name, c.inGaz
					}
				}
			}
		}
		for k, t := range toks {
			l := t.lower
			if l != "work" && l != "works" && l != "worked" && l != "working" {
				continue
			}
			// who works: "I", "I have", "I've", "my guest today"
			first := false
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				w := toks[j].lower
				if w == "i" || w == "guest" || w == "i've" || w == "i’ve" {
					first = true
					break
				}
				if !(w == "have" || w == "has" || w == "today" || w == "also" || w == "still" || w == "'ve" || w == "ve") {
					break
				}
			}
			if !first {
				continue
			}
			// "where I have worked": the company before "where"
			if j := k - 1; j >= 1 {
				for j >= 0 && toks[j].lower != "where" && k-j <= 4 {
					j--
				}
				if j >= 0 && toks[j].lower == "where" {
					var best *companyRef
					for c := range in.comps {
						if cr := &in.comps[c]; !cr.product && cr.to <= j {
							best = cr
						}
					}
					if best != nil {
						return best.name, best.inGaz
					}
					// "the company where I have worked for four years.
					// ... The company is Fernway Identity.": named soon
					// after
					for n := idx + 1; n < len(info) && n <= idx+3; n++ {
						if c, ok := companyIs(info[n]); ok {
							return c.name, c.inGaz
						}
					}
				}
			}
			// "works at Amazon", "worked as a data engineer for Brightwater"
			for j := k + 1; j < len(toks) && j <= k+7; j++ {
				if toks[j].lower != "at" && toks[j].lower != "for" {
					continue
				}
				for _, c := range in.comps {
					if c.from == j+1 && !c.product {
						return c.name, c.inGaz
					}
				}
			}
		}
	}
	return ownWorkplace(info)
}

// subjectBefore reports whether the last of the two sentences before in
// that names company opens with it as the subject of a verb: "Twitter had placed a warning label", not a
// roundup's heading "Riot Games, May 2019."
func subjectBefore(info []sentInfo, in *sentInfo, company string) bool {
	for j := 1; j < len(info); j++ {
		if &info[j] != in {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			prev := info[k]
			for _, c := range prev.comps {
				if c.name == company {
					return c.from == afterLead(prev.toks) && c.to < len(prev.toks) && prev.toks[c.to].word && !isCapitalized(prev.toks[c.to])
				}
			}
		}
		return false
	}
	return false
}

// askedOwnEmployer reports whether the verb at toks[k] makes a demand of
// the workers' own employer: "more than 1,600 Google employees asked their
// company to stop selling technology to police departments", "urged their
// employer to".
func askedOwnEmployer(toks []token, k int) bool {
	switch toks[k].lower {
	case "asked", "urged", "demanded", "called":
	default:
		return false
	}
	j := k + 1
	if j < len(toks) && toks[k].lower == "called" && toks[j].lower == "on" {
		j++
	}
	return j+2 < len(toks) && (toks[j].lower == "their" || toks[j].lower == "the") && (toks[j+1].lower == "company" || toks[j+1].lower == "employer" || toks[j+1].lower == "own" && (toks[j+2].lower == "company" || toks[j+2].lower == "employer"))
}

// itCarried reports whether the signer phrase at toks[from] is what "it"
// (the document told before) carried: "it carried the names of 2,695
// Google employees", "It bore the signatures of".
func itCarried(toks []token, from int) bool {
	for k := from - 1; k >= 1 && k >= from-6; k-- {
		switch toks[k].lower {
		case "carried", "bore", "had", "held", "listed", "drew", "collected", "gathered":
			return toks[k-1].lower == "it"
		}
	}
	return false
}

// whereOwner returns the company a ", where" clause around toks[at] is
// about: "Kestrel Metrics in Boulder, Colo., where a petition ...", "at
// Google, where". The company may be followed by its place.
func whereOwner(toks []token, comps []companyRef, at int) (companyRef, bool) {
	w := -1
	for k := at - 1; k >= 1 && k >= at-30; k-- {
		if t := toks[k].text; t == ";" || t == ":" || t == "—" || t == "(" || t == ")" {
			return companyRef{}, false
		}
		if toks[k].lower == "where" && toks[k-1].text == "," {
			w = k - 1
			break
		}
	}
	if w < 1 {
		return companyRef{}, false
	}
	for _, c := range comps {
		if c.from > w && c.from < at && !c.product {
			return companyRef{}, false // "at Riot Games, where ..., and the 2018 walkout at Google, in which roughly 20,000"
		}
	}
	// back over "in Boulder, Colo." to the name
	e := w
	for p := e; p > 0 && e-p < 6; p-- {
		if p < e && toks[p].lower == "in" {
			e = p
			break
		}
		if t := toks[p-1]; !(t.word && isCapitalized(t) || t.text == "," || t.text == ".") {
			break
		}
	}
	for _, c := range comps {
		if c.to == e && !c.product && !c.poss && !(c.to < len(toks) && toks[c.to].poss) {
			return c, true
		}
	}
	return companyRef{}, false
}

// othersActed reports whether the action at t, told after toks[j]
// ("after"), was done by others: "after activists staged a sit-in", "after
// protests at ICE offices by outside activists".
func othersActed(toks []token, j int, t trigger) bool {
	for k := j + 1; k < t.at; k++ {
		if outsideActors[toks[k].lower] {
			return true
		}
	}
	for k := t.end; k < len(toks) && k < t.end+6; k++ {
		if toks[k].lower == "by" {
			return true
		}
		if !toks[k].word {
			break
		}
	}
	return false
}

// outsideActors are people other than a company's workers who act.
var outsideActors = wordSet("activists", "protesters", "protestors", "students", "residents", "demonstrators", "campaigners", "supporters", "members", "groups")

// staffBreakdown reports whether a count of signers by employer ("1,020
// of them came from Brightline", "about 250 work at Microsoft") in
// sentence i breaks down a letter or petition of no one company: one the
// sentence or one of the two before tells (at docAt), signed by no public,
// that no company's workers were already told to have written (owned), or
// one the headline tells (titleDoc).
// A university or a hospital is no employer of such signers.
func staffBreakdown(info []sentInfo, i, docAt int, institution, titleDoc bool, owned func(j int) bool) bool {
	if institution || hasPublic(info[i].toks) {
		return false
	}
	if docNoun(info[i].trigs) {
		return !owned(i)
	}
	if docAt < 0 && titleDoc && i <= 2 {
		return true // the headline's: "More than 1,800 tech workers sign letter ..."
	}
	if docAt < 0 || i-docAt > 2 {
		return false
	}
	for j := docAt; j < i; j++ {
		if hasPublic(info[j].toks) || owned(j) {
			return false
		}
	}
	return true
}

// staffTitle reports whether a headline speaks of a company's staff or
// organisers, or of an action: "a Bramblecat organizer on the studio
// walkout", "Inside the walkout at Ardent Games".
func staffTitle(toks []token, trigs []trigger) bool {
	for _, t := range toks {
		if workerNouns[t.lower] || t.lower == "organizer" || t.lower == "organizers" || t.lower == "organiser" || t.lower == "organisers" {
			return true
		}
	}
	// "Inside the walkout at Ardent Games": the staff's action
	for _, t := range trigs {
		if t.noun && !t.weak {
			return true
		}
	}
	return false
}

// officeStaffActed reports whether the sentences of an action name office
// workers: engineers, developers, designers, researchers.
func officeStaffActed(sents []sentence, set map[int]bool) bool {
	for i := range set {
		for _, t := range sents[i].toks {
			switch t.lower {
			case "engineers", "engineer", "developers", "developer", "programmers", "designers", "researchers", "scientists", "software":
				return true
			}
		}
	}
	return false
}

// organizersAt returns the company of "Organizers at X say" opening the
// sentence before toks[before].
func organizersAt(toks []token, comps []companyRef, before int) (companyRef, bool) {
	k := afterLead(toks)
	if k+2 >= before || toks[k].lower != "organizers" && toks[k].lower != "organisers" || toks[k+1].lower != "at" && toks[k+1].lower != "inside" {
		return companyRef{}, false
	}
	for _, c := range comps {
		if c.from == k+2 && !c.product && !c.poss {
			return c, true
		}
	}
	return companyRef{}, false
}

// firstPerson reports whether a sentence speaks in the first person, out
// of quotation marks: "mine among them", "I pressed send".
func firstPerson(toks []token) bool {
	if quotedOrSaid(toks) {
		return false
	}
	for _, t := range toks {
		switch t.lower {
		case "i", "me", "my", "mine", "we", "us", "our":
			return true
		}
	}
	return false
}

// companyIs returns the company a sentence "The company is Fernway
// Identity." names.
func companyIs(in sentInfo) (companyRef, bool) {
	toks := in.toks
	if len(toks) < 4 || toks[0].lower != "the" && toks[0].lower != "my" || !employerNouns[toks[1].lower] || toks[2].lower != "is" {
		return companyRef{}, false
	}
	for _, c := range in.comps {
		if c.from == 3 && !c.product && (c.to == len(toks) || !toks[c.to].word) {
			return c, true
		}
	}
	return companyRef{}, false
}

// outsiderRoles are what a first-person writer who is no tech worker says
// they are: "I am a parent", "I'm a customer".
var outsiderRoles = wordSet("parent", "teacher", "nurse", "doctor", "officer", "customer", "user", "student", "volunteer",
	"resident", "voter", "subscriber", "shareholder", "investor", "reader", "listener", "driver", "courier", "mother", "father",
	"retiree", "pastor", "lawyer", "journalist", "reporter", "professor", "activist")

// ownWorkplace returns the company a first-person essay's writer works
// at when no sentence says so outright: the one company it names, in an
// essay whose writer speaks of "our chief executive", "my colleagues" or
// "the people who work here".
func ownWorkplace(info []sentInfo) (string, bool) {
	first, own := 0, false
	name, inGaz := "", false
	for _, in := range info {
		toks := in.toks
		if quotedOrSaid(toks) {
			continue
		}
		for k, t := range toks {
			if t.lower == "i'm" || t.lower == "i’m" || t.lower == "am" && k > 0 && toks[k-1].lower == "i" {
				// "I am a parent in Austin", "I'm an ICE officer": no
				// employee of the company named
				if j := k + 1; j < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an") {
					for e := j + 1; e < len(toks) && e <= j+4 && toks[e].word; e++ {
						if outsiderRoles[toks[e].lower] {
							return "", false
						}
					}
				}
			}
			switch t.lower {
			case "i", "my", "me", "mine", "i've", "i’ve", "i'm", "i’m":
				first++
			case "our":
				if k+1 < len(toks) {
					switch toks[k+1].lower {
					case "chief", "ceo", "company", "leadership", "executives", "employer", "founders", "management":
						own = true
					}
				}
			case "teach", "volunteer", "volunteered", "taught":
				if k > 0 && toks[k-1].lower == "i" {
					return "", false // "I teach fifth grade": the writer works elsewhere
				}
			case "here":
				if k >= 2 && toks[k-1].lower == "work" && toks[k-2].lower == "who" {
					own = true
				}
			}
		}
		for _, c := range in.comps {
			if c.product {
				continue
			}
			if name != "" && name != c.name {
				return "", false // two companies: whose is the writer's is unknown
			}
			name, inGaz = c.name, c.inGaz
		}
	}
	if first < 3 || !own {
		return "", false
	}
	return name, inGaz
}

// guestIntro reports whether a sentence introduces a show's guest: "My
// guest today is Tom Okafor."
func guestIntro(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].lower == "guest" && (toks[k-1].lower == "my" || toks[k-1].lower == "our") {
			return true
		}
	}
	return false
}

// guestEssay reports whether a sentence introduces the text as a guest's
// own: "Stacktrace runs occasional guest essays".
func guestEssay(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].lower == "guest" && (toks[k+1].lower == "essay" || toks[k+1].lower == "essays" || toks[k+1].lower == "post" || toks[k+1].lower == "column") {
			return true
		}
	}
	return false
}

// quotedOrSaid reports whether a sentence holds a quotation or an
// attribution ("said Jane Doe"): another's words in a report.
func quotedOrSaid(toks []token) bool {
	return quotedOrSaidBy(toks, true)
}

// quotedOrOtherSaid is quotedOrSaid but for the writer's own saying: "I
// said it in private for six months" is no report of another's words.
func quotedOrOtherSaid(toks []token) bool {
	return quotedOrSaidBy(toks, false)
}

// quotedOrSaidBy reports whether a sentence holds a quotation or a
// saying, the writer's own ("I said") counted only when own is true.
func quotedOrSaidBy(toks []token, own bool) bool {
	for k, t := range toks {
		switch t.text {
		case "\"", "“", "”":
			return true
		}
		switch t.lower {
		case "said", "says", "told":
			if own || k == 0 || toks[k-1].lower != "i" && toks[k-1].lower != "we" {
				return true
			}
		}
	}
	return false
}

// firstOrGuest reports whether a sentence introduces its writer ("I'm a
// designer at ...", "I am an engineer at") or a show's guest ("My guest
// this week is ...").
func firstOrGuest(toks []token) bool {
	if guestIntro(toks) {
		return true
	}
	for k, t := range toks {
		if (t.lower == "i'm" || t.lower == "i’m" || t.lower == "i" && k+1 < len(toks) && (toks[k+1].lower == "am" || toks[k+1].lower == "'m" || toks[k+1].lower == "’m")) && k+3 < len(toks) {
			return true
		}
	}
	return false
}

// firstPluralBefore reports whether "we", "our" or "us" speaks before
// toks[at] with no "as", "when" or "where" between: "We had planned our
// walkout, and almost 1,800 people had pledged", not "We watched the news
// as about 700 people protested".
func firstPluralBefore(toks []token, at int) bool {
	for k := at - 1; k >= 0; k-- {
		switch toks[k].lower {
		case "we", "our", "us":
			return true
		case "as", "when", "where", "while", "after", "before", "because", "since", "if":
			return false
		}
	}
	return false
}

// weActed reports whether "we" did the action at t: "we walked out",
// "The letter we drafted", "We had already planned our walkout", "we
// published it" of a letter told before.
func weActed(toks []token, t trigger) bool {
	if t.at > 0 && (toks[t.at-1].lower == "we" || t.at > 1 && toks[t.at-2].lower == "we" && toks[t.at-1].lower == "hereby") {
		return true // "We petition Arborline's leadership to": the verb
	}
	if t.noun && t.at > 0 && (toks[t.at-1].lower == "our" || t.at > 1 && toks[t.at-2].lower == "our" && (toks[t.at-1].lower == "open" || toks[t.at-1].lower == "own" || toks[t.at-1].lower == "internal")) {
		return true
	}
	if t.noun && t.end+1 < len(toks) && toks[t.end].lower == "we" && (docVerbs[toks[t.end+1].lower] || presenceVerbs[toks[t.end+1].lower]) {
		return true
	}
	for k := t.at - 1; k >= 0 && k >= t.at-5; k-- {
		l := toks[k].lower
		if l == "we" {
			return !t.noun || hasVerb(toks, k, t.at, docVerbs) || hasVerb(toks, k, t.at, presenceVerbs)
		}
		if !toks[k].word || l == "they" || l == "who" || l == "that" || l == "which" || l == "i" {
			return false
		}
	}
	return false
}

// definiteAction returns the action a sentence speaks of as known ("the
// petition") when it is another company's than the one in focus, which
// has no action of that kind: the latest such action told before.
func definiteAction(toks []token, trigs []trigger, cands []*cand, focus string, before []sentInfo) *cand {
	for _, t := range trigs {
		if !t.noun || t.at == 0 {
			continue
		}
		// "the HoloLens letter": the letter told before that the name
		// qualifies
		named, ok := namedKnown(toks, t.at)
		if !ok {
			continue
		}
		for _, c := range cands {
			if c.company == focus && c.action == t.action && (named == "" || mentionsWord(before, c.sent, named)) {
				return nil
			}
		}
		for k := len(cands) - 1; k >= 0; k-- {
			if cands[k].action == t.action && !cands[k].joint && (named == "" || mentionsWord(before, cands[k].sent, named)) {
				// not when a letter of someone else's was told since:
				// "Senator Warren sent a letter ... The letter asked"
				// the latest told decides: "That effort is separate from
				// the employee petition" brings the staff's back
			latest:
				for j := len(before) - 1; j > cands[k].sent; j-- {
					for u := len(before[j].trigs) - 1; u >= 0; u-- {
						if tr := before[j].trigs[u]; tr.noun && tr.action == t.action {
							// "The letter says ..." in between is the same
							// letter, told again
							if !staffDoc(before[j].toks, tr.at) && !(tr.at <= 1 && definiteNoun(before[j].toks, tr.at) && !authoredByOther(before[j].toks)) {
								return nil
							}
							break latest
						}
					}
				}
				return cands[k]
			}
		}
	}
	return nil
}

// organizersTell reports whether a sentence cites the organisers of the
// document it counts: "Organisers tell me the letter closed with 240
// signatures".
func organizersTell(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].lower == "organisers" || toks[k].lower == "organizers") && (sayVerbs[toks[k+1].lower] || toks[k+1].lower == "tell" || toks[k+1].lower == "say") {
			return true
		}
	}
	return false
}

// askedCompany returns the company the document at t asks, named right
// after it: "a petition asking Halyard Cloud to abandon its deal", "a
// petition calling on Tessellate to".
func askedCompany(toks []token, comps []companyRef, t trigger) (companyRef, bool) {
	at := t.end
	if at+2 < len(toks) && toks[at].text == "," && (toks[at+1].lower == "which" || toks[at+1].lower == "that") {
		at += 2 // "The group's petition, which asks Microsoft to end"
	}
	if at+1 >= len(toks) {
		return companyRef{}, false
	}
	switch toks[at].lower {
	case "asking", "urging", "calling", "demanding", "pressing", "telling", "to":
	case "asks", "urges", "calls", "demands":
		if at == t.end {
			return companyRef{}, false // "An internal petition asks Salesforce": a headline's verb, maybe of a subsidiary's staff
		}
	default:
		return companyRef{}, false
	}
	for _, c := range comps {
		if !c.product && c.from > at && c.from <= at+3 {
			return c, true
		}
	}
	// "A petition demanding that the four be reinstated, and that
	// Lumenfold promise not to retaliate": the company a later demand
	// of the same document names
	if toks[at].lower == "demanding" || toks[at].lower == "asking" || toks[at].lower == "urging" {
		for _, c := range comps {
			if !c.product && c.from > at+3 && c.from <= at+15 && toks[c.from-1].lower == "that" && toks[c.from-2].lower == "and" || !c.product && c.from > at+3 && c.from <= at+15 && toks[c.from-1].lower == "that" && toks[c.from-2].text == "," {
				return c, true
			}
		}
	}
	return companyRef{}, false
}

// insideTheCompany reports whether the document at t goes round inside
// the company the story speaks of: "A petition against the deal
// circulated inside the company".
func insideTheCompany(toks []token, t trigger) bool {
	at := t.end
	for at < len(toks) && at < t.end+6 && toks[at].word && !circulateVerbs[toks[at].lower] {
		at++ // "A petition against the deal circulated"
	}
	if at >= len(toks) || !circulateVerbs[toks[at].lower] {
		return false
	}
	at++
	if at < len(toks) && toks[at].lower == "internally" {
		return true
	}
	return at+2 < len(toks) && insideWords[toks[at].lower] &&
		(toks[at+1].lower == "the" || toks[at+1].lower == "its") && toks[at+2].lower == "company" // not "the firm", maybe a law firm told of
}

// weakActor returns the one company whose workers the sentence, before
// the document at t, says pressed or pushed back without naming a
// document: "Staff pushed back fast: a petition ...".
func weakActor(here []*cand, t trigger) (*cand, bool) {
	var one *cand
	for _, c := range here {
		if !c.weak && c.action != "other" || c.borrowed || c.trig.at >= t.at {
			return nil, false // "pushed back" is weak, or "other" when an aim stands by it
		}
		if one != nil && one.company != c.company {
			return nil, false
		}
		one = c
	}
	return one, one != nil
}

// insideWords say where a document goes round: "inside Google", "across
// the company".
var insideWords = wordSet("inside", "within", "throughout", "across")

// insideCompany returns the company inside which the document at t goes
// round, named right after it: "has circulated a petition inside Google",
// "a letter circulating within Salesforce".
func insideCompany(toks []token, comps []companyRef, t trigger) (companyRef, bool) {
	at := t.end
	if at < len(toks) && circulateVerbs[toks[at].lower] {
		at++
	}
	if at+1 >= len(toks) || !insideWords[toks[at].lower] {
		return companyRef{}, false
	}
	for _, c := range comps {
		if !c.product && c.from == at+1 && !c.poss {
			return c, true
		}
	}
	return companyRef{}, false
}

// placeOwner returns the company whose place the workers ending at
// toks[from] occupied, sat in or walked out of: "occupied offices at
// Google", "sat in the lobby of Corvane's headquarters".
func placeOwner(toks []token, comps []companyRef, trigs []trigger, from int) (companyRef, bool) {
	for _, t := range trigs {
		if t.at < from || t.at > from+8 || actionClass(t.action) != "presence" || t.noun {
			continue
		}
		for k := t.end; k+2 < len(toks) && k <= t.end+4; k++ {
			if !toks[k].word {
				break
			}
			if !placeNouns[toks[k].lower] || toks[k+1].lower != "at" && toks[k+1].lower != "of" {
				continue
			}
			for _, c := range comps {
				if c.from == k+2 && !c.product {
					return c, true
				}
			}
		}
		break
	}
	return companyRef{}, false
}

// resignedNext reports whether "resigned" or "quit" follows at toks[at],
// after "have", "has also" and the like, leaving a job rather than a
// seat, a program or a platform. It returns the verb's index.
func resignedNext(toks []token, at int) (int, bool) {
	for n := 0; at < len(toks) && n < 3 && (toks[at].lower == "have" || toks[at].lower == "had" || toks[at].lower == "has" || toks[at].lower == "also" || toks[at].lower == "since"); n++ {
		at++
	}
	if at >= len(toks) || toks[at].lower != "resigned" && toks[at].lower != "quit" {
		return 0, false
	}
	// not "quit Google's advisory council", "resigned from the company's
	// ethics board", "quit Twitter's API program": a seat or a program,
	// no job
	for k := at + 1; k < len(toks) && k <= at+6 && toks[k].word; k++ {
		switch toks[k].lower {
		case "board", "council", "committee", "panel", "commission", "program", "programme", "forum", "community":
			return 0, false
		}
	}
	// not "Several developers quit Lerna": users leaving a project
	if toks[at].lower == "quit" && at+1 < len(toks) && isCapitalized(toks[at+1]) {
		return 0, false
	}
	// not "quit the platform", "quit using it": users leaving
	if toks[at].lower == "quit" && at+2 < len(toks) && (toks[at+1].lower == "the" || toks[at+1].lower == "using") {
		switch toks[at+2].lower {
		case "company", "firm", "startup", "lab", "project":
			return at, toks[at+1].lower == "the"
		}
		return 0, false
	}
	// not "resigned from the city's advisory board": a post elsewhere
	if at+2 < len(toks) && toks[at+1].lower == "from" {
		l := toks[at+2].lower
		return at, (l == "the" || l == "their") && at+3 < len(toks) && (employerNouns[toks[at+3].lower] || toks[at+3].lower == "jobs" || toks[at+3].lower == "posts" || toks[at+3].lower == "positions")
	}
	return at, true
}

// leavesJob reports whether the verb after toks[at] leaves a job for
// certain.
func leavesJob(toks []token, at int) bool {
	v, ok := resignedNext(toks, at)
	return ok && leftJob(toks, v)
}

// resigns reports whether resignedNext finds the verb at toks[at].
func resigns(toks []token, at int) bool {
	_, ok := resignedNext(toks, at)
	return ok
}

// leftJob reports whether the verb at toks[v] leaves a job for certain:
// "resigned", "quit the company", "quit their jobs"; who quits may leave a
// platform.
func leftJob(toks []token, v int) bool {
	if toks[v].lower == "resigned" {
		return true
	}
	return v+2 < len(toks) && (toks[v+1].lower == "the" && (toks[v+2].lower == "company" || toks[v+2].lower == "firm" || toks[v+2].lower == "startup") || toks[v+1].lower == "their" && toks[v+2].lower == "jobs")
}

// answerDenies reports whether a speaker's answer says no or speaks for
// outsiders: "Eli: No, I'm a customer.", "Kim: I did, with 3,000 other
// people who use it."
func answerDenies(toks []token) bool {
	if hasPublic(toks) {
		return true
	}
	k := 0
	for k < len(toks) && k < 4 && toks[k].text != ":" {
		k++
	}
	if k+1 < len(toks) && toks[k].text == ":" {
		l := toks[k+1].lower
		return l == "no" || l == "not" || l == "never" || l == "nope"
	}
	return false
}

// docOwner returns the company that names a letter or petition before
// toks[before]: "The Google petition", "Google's letter".
func docOwner(toks []token, comps []companyRef, trigs []trigger, before int) (companyRef, bool) {
	for _, t := range trigs {
		if !t.noun || actionClass(t.action) != "doc" || t.at >= before {
			continue
		}
		for _, c := range comps {
			if c.product || c.to != t.at && !(c.to == t.at-1 && staffModifiers[toks[t.at-1].lower]) {
				continue
			}
			return c, true
		}
	}
	return companyRef{}, false
}

// toTheChief reports whether a document noun ending at toks[end] is
// addressed to the company's chief: "to chief executive Viktor Hale", "to
// the CEO", "to the company's founders".
func toTheChief(toks []token, end int) bool {
	if end+1 >= len(toks) || toks[end].lower != "to" {
		return false
	}
	k := end + 1
	if toks[k].lower == "the" || toks[k].lower == "its" {
		k++
		if k+1 < len(toks) && toks[k].poss && (toks[k].lower == "company's" || toks[k].lower == "company’s") {
			k++
		}
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "ceo", "founders", "co-founders", "cofounders", "founder", "co-founder":
		return true
	case "chief":
		return k+1 < len(toks) && (toks[k+1].lower == "executive" || toks[k+1].lower == "executives")
	}
	return false
}

// staffTold reports whether the text tells of the company's workers, in
// another sentence than the i-th: a petition against its deal is then
// theirs rather than the public's.
func staffTold(info []sentInfo, name string, i int) bool {
	for j := range info {
		if j == i {
			continue
		}
		for _, w := range info[j].workers {
			if !w.generic && !w.unowned && !w.workforce && slices.Contains(w.names, name) {
				return true
			}
			// "Lumen Lingua's chief executive told employees at an
			// all-hands": the staff of the one company the sentence names
			if len(w.names) == 0 && !w.generic && !w.unowned && !w.workforce && !w.other && !w.hasCount && onlyCompany(info[j], name) {
				return true
			}
		}
	}
	return false
}

// notRankAndFile are worker nouns that speak for management or outsiders
// before a document: "the managers' letter", "the consultants' letter".
var notRankAndFile = wordSet("managers", "manager", "consultants", "consultant", "contractors", "analysts", "analyst")

// supportSaid reports whether a sentence speaks of backing something:
// "The managers' letter supporting the contract".
func supportSaid(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "supporting", "backing", "defending", "favor", "favour", "praising":
			return true
		}
	}
	return false
}

// fromNamed reports whether "from" and a name follow toks[at]: "The staff
// letter from Andy Jassy".
func fromNamed(toks []token, at int) bool {
	return at+1 < len(toks) && toks[at].lower == "from" && isCapitalized(toks[at+1])
}

// staffOrganized reports whether a sentence says staff organized its
// document: "according to two of the employees who organized it".
func staffOrganized(toks []token, workers []workerRef, focus string) bool {
	for _, w := range workers {
		// "the employees who organized it", not "the county employees"
		if w.generic || w.workforce || w.unowned || w.to+1 >= len(toks) || toks[w.to].lower != "who" || len(w.names) > 1 || len(w.names) == 1 && w.names[0] != focus || w.head == 0 || toks[w.head-1].lower != "the" {
			continue
		}
		switch toks[w.to+1].lower {
		case "organized", "organised", "started", "launched", "wrote", "drafted", "circulated":
			return true
		}
	}
	return false
}

// onlyCompany reports whether name is the one company a sentence speaks
// of: by name, or as the story's focus when it names none.
func onlyCompany(in sentInfo, name string) bool {
	named := false
	for _, c := range in.comps {
		if c.product {
			continue
		}
		if c.name != name {
			return false
		}
		named = true
	}
	return named || len(in.comps) == 0 && in.focus == name
}

// staffActionsTold reports whether a sentence other than info[i] tells of
// a named company's staff acting: in a story of staff campaigns, "The
// petition asking Keller & Lowe not to renew its contract" is its staff's
// too, though the paragraph names none of them.
func staffActionsTold(info []sentInfo, i int) bool {
	for j := range info {
		if j == i || len(info[j].trigs) == 0 {
			continue
		}
		for _, w := range info[j].workers {
			if !w.generic && !w.unowned && !w.workforce && len(w.names) > 0 {
				return true
			}
		}
	}
	return false
}

// publicOf reports whether a sentence speaks of a company's customers,
// users or the public: "Lumen Optics customers were more vocal".
func publicOf(info []sentInfo, name string) bool {
	for _, in := range info {
		if slices.ContainsFunc(in.comps, func(c companyRef) bool { return c.name == name }) && hasPublic(in.toks) {
			return true
		}
	}
	return false
}

// opposedDeal returns the company whose own deal the document at t
// opposes: "the petition against Tessellate's RCMP hosting contract".
func opposedDeal(toks []token, comps []companyRef, t trigger) (companyRef, bool) {
	if !t.noun || actionClass(t.action) != "doc" || t.end+2 >= len(toks) {
		return companyRef{}, false
	}
	switch toks[t.end].lower {
	case "against", "opposing", "protesting":
	default:
		return companyRef{}, false
	}
	for _, c := range comps {
		if c.product || !c.poss || c.from <= t.end || c.from > t.end+2 {
			continue
		}
		if dealWithin(toks, c.to, 5) {
			return c, true
		}
	}
	return companyRef{}, false
}

// addressesFocus reports whether the document at t asks the company in
// focus: "A petition asking Tessellate not to renew its contract now has
// about 110 signatures, organizers said", after its engineers' sit-in.
func addressesFocus(toks []token, comps []companyRef, t trigger, focus string) bool {
	c, ok := askedCompany(toks, comps, t)
	return ok && focus != "" && c.name == focus
}

// restated reports whether n is a count an action already told has:
// "4,000 signatures is less than 3 percent of that" speaks of the
// petition that had 4,000, not of the letter told last.
func restated(cands, here []*cand, n int) bool {
	for _, cs := range [][]*cand{cands, here} {
		for _, c := range cs {
			for _, o := range c.counts {
				if o.n == n && !o.earlier {
					return true
				}
			}
		}
	}
	return false
}

// staffDoc reports whether the document noun at toks[at] is called the
// staff's: "the employee petition", "the workers' letter".
func staffDoc(toks []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-2; k-- {
		switch toks[k].lower {
		case "employee", "employees", "staff", "worker", "workers", "internal":
			return true
		}
	}
	return false
}

// companyUse reports whether a name ending at toks[end] is used as a
// company's: possessive ("Palisade Analytics' work"), before its workers
// ("Palisade Analytics employees"), or described as a firm ("Palisade
// Analytics, the Reston data broker"), or as a workplace ("at Ferrow
// Data,").
func companyUse(toks []token, from, end int) bool {
	if toks[end].poss {
		return true
	}
	if from > 0 && (toks[from-1].lower == "at" || toks[from-1].lower == "inside" || toks[from-1].lower == "within") && (end+1 >= len(toks) || !toks[end+1].word || functionWords[toks[end+1].lower] && !isCapitalized(toks[end+1])) {
		return true // "At Ferrow Data, a CBP petition", "staff at Kestrel Analytics for a letter"
	}
	// "More than 140 employees of San Diego-based Brightwater Analytics,
	// which", "the short history of Marigold Systems."
	for k := from - 1; k >= 1 && k >= from-5; k-- {
		if toks[k].lower == "of" && (workerNouns[toks[k-1].lower] || k == from-1 && (end+1 >= len(toks) || !toks[end+1].word)) {
			if end+1 >= len(toks) || !toks[end+1].word || !isCapitalized(toks[end+1]) && functionWords[toks[end+1].lower] {
				return true
			}
		}
		if toks[k].word && isCapitalized(toks[k]) || toks[k].text == "-" || toks[k].lower == "based" {
			continue
		}
		if toks[k].lower != "of" {
			break
		}
	}
	if end+1 >= len(toks) {
		return false
	}
	if from >= 2 && toks[from-1].lower == "with" && (toks[from-2].lower == "agreement" || toks[from-2].lower == "contract" || toks[from-2].lower == "deal") {
		return true // "renewed its data-hosting agreement with Tessellate Cloud"
	}
	if from > 0 && (toks[from-1].lower == "asking" || toks[from-1].lower == "urging" || toks[from-1].lower == "pressing") && toks[end+1].lower == "to" {
		return true // "A letter asking Marigold Systems to end its work"
	}
	if workerNouns[toks[end+1].lower] && !isCapitalized(toks[end+1]) {
		return true // not a job title: "a Nuvola Software Engineer"
	}
	if namedSubjectVerbs[toks[end+1].lower] || toks[end+1].lower == "has" || toks[end+1].lower == "wins" || toks[end+1].lower == "won" {
		return true // "Kestrel Analytics said", "Kestrel Analytics wins a Home Office deal"
	}
	if toks[end+1].text == "," && end+2 < len(toks) && appositiveOpener(toks[end+2]) {
		for k := end + 3; k < len(toks) && k <= end+8; k++ {
			if employerNouns[toks[k].lower] {
				return true
			}
			if toks[k].text == "," {
				break
			}
		}
	}
	return false
}

// unionPrefix returns a discovered company name without its company word
// when the text names a workers' union by it: "the Kinzie Street Tech
// Workers Union" for Kinzie Street Software.
func unionPrefix(sents []sentence, name string) (string, bool) {
	if !corporateName(name) {
		return "", false
	}
	f := strings.Fields(name)
	f = f[:len(f)-1]
	if len(f) < 2 {
		return "", false // "the Denver Tech Workers Union" is a city's, not Denver Software's
	}
	for _, s := range sents {
		toks := s.toks
		for i := 0; i+len(f)+1 < len(toks); i++ {
			if !textsAt(toks, i, f) {
				continue
			}
			e := i + len(f)
			if toks[e].text == "Tech" {
				e++
			}
			if e+1 < len(toks) && (toks[e].text == "Workers" || toks[e].text == "Employees") && toks[e+1].text == "Union" {
				return strings.Join(f, " "), true
			}
		}
	}
	return "", false
}

// textsAt reports whether words, as written, stand at toks[k:]; the
// caller keeps k+len(words) within toks.
func textsAt(toks []token, k int, words []string) bool {
	for j, w := range words {
		if toks[k+j].text != w {
			return false
		}
	}
	return true
}

// legalForm holds the words that give a company's legal form, not its name.
var legalForm = map[string]bool{"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Corporation": true}

// headingTail reports whether toks[from:end+1] ends a short heading after
// a colon: "Denver: Larkspur Aero", a roundup's item on the company.
func headingTail(toks []token, from, end int) bool {
	return end == len(toks)-1 && from >= 1 && toks[from-1].text == ":" && len(toks) <= 8
}

// fullNames adds, for a discovered name the text also gives followed by a
// company word, that longer name: "A Palisade spokesperson" with "the
// campaign against Palisade Analytics' work" names Palisade Analytics, so
// the short name maps onto it. Gazetteer companies keep their own names
// ("Google Cloud" stays Google).
func (x *Extractor) fullNames(sents []sentence, names []string) []string {
	have := map[string]bool{}
	for _, n := range names {
		have[n] = true
	}
	out := names
	heading := map[string]string{} // a long form only a heading gives
	for _, s := range sents {
		for i := 0; i+1 < len(s.toks); i++ {
			if !s.toks[i].word || s.toks[i].poss {
				continue
			}
			for _, n := range names {
				f := strings.Fields(n)
				end := i + len(f)
				if end >= len(s.toks) || !s.toks[end].word {
					continue
				}
				ok := true
				for k, w := range f {
					if s.toks[i+k].text != w || k < len(f)-1 && s.toks[i+k].poss {
						ok = false
						break
					}
				}
				if !ok || s.toks[end-1].poss || x.gazetteerName(s.toks, i) {
					continue
				}
				// a legal form ("Orbitra Inc") is no part of the name; the
				// longer name must be told as a company's: its work, its
				// employees, or described as a firm - not "Nuvola AI tools"
				// or "the Brightline Data Summit"
				long := n + " " + s.toks[end].text
				if have[long] || !corporateName(long) || legalForm[s.toks[end].text] {
					continue
				}
				if companyUse(s.toks, i, end) {
					have[long] = true
					out = append(out, long)
				} else if headingTail(s.toks, i, end) && heading[n] == "" {
					heading[n] = long
				}
			}
		}
	}
	// "Denver: Larkspur Aero" over a story that says only "Larkspur": the
	// heading's form, when the text gives the name no other long form
	for _, n := range names {
		long := heading[n]
		if long == "" || have[long] {
			continue
		}
		other := false
		for _, o := range out {
			other = other || o != n && strings.HasPrefix(o, n+" ")
		}
		if !other {
			have[long] = true
			out = append(out, long)
		}
	}
	return out
}

// firstWordName returns the first word of a discovered name of several
// words ("Civitas" of "Civitas Data") when the article may use it alone
// for the company: no other name, company, agency, place or common
// capitalised word begins with it.
func (x *Extractor) firstWordName(name string, names []string) (string, bool) {
	f := strings.Fields(name)
	if len(f) < 2 || len(f[0]) < 4 || x.g.notCompanies[f[0]] || functionWords[strings.ToLower(f[0])] {
		return "", false
	}
	if !isCapitalized(token{text: f[0], word: true}) {
		return "", false
	}
	if _, ok := x.g.Company(f[0]); ok {
		return "", false
	}
	if _, ok := x.g.Agency(f[0]); ok {
		return "", false
	}
	toks := tokenize(f[0], 0)
	if _, n := x.g.statePhrases.match(toks, 0); n > 0 {
		return "", false
	}
	if _, n := x.g.countryPhrases.match(toks, 0); n > 0 {
		return "", false
	}
	for _, o := range names {
		if o != name && (o == f[0] || strings.HasPrefix(o, f[0]+" ")) {
			return "", false
		}
	}
	return f[0], true
}

// onlyAgency returns the one agency the whole story names, when no other
// company is tied to it.
func onlyAgency(info []sentInfo, assoc map[string]map[int]int, company string) (targetRef, bool) {
	// "for military planning": the bare word names no body when the
	// story names one
	named := false
	for i := range info {
		for _, a := range info[i].agencies {
			if !strings.EqualFold(a.text, "military") {
				named = true
			}
		}
	}
	only, ok := oneAgency(info, func(a *targetRef) bool { return named && strings.EqualFold(a.text, "military") })
	if !ok {
		return targetRef{}, false
	}
	for name, m := range assoc {
		if name != company && m[only.id] > 0 {
			return targetRef{}, false
		}
	}
	return only, true
}

// oneAgency returns the one agency the story names, those skip passes
// over left out, and false when it names none or several; sentences that
// say a body is not the aim are passed over.
func oneAgency(info []sentInfo, skip func(*targetRef) bool) (targetRef, bool) {
	var only *targetRef
	for i := range info {
		if notTheAim(info[i].toks) {
			continue // "a relationship the letter does not mention"
		}
		for k := range info[i].agencies {
			a := &info[i].agencies[k]
			if skip(a) {
				continue
			}
			if only != nil && only.id != a.id {
				return targetRef{}, false
			}
			if only == nil {
				only = a
			}
		}
	}
	if only == nil {
		return targetRef{}, false
	}
	return *only, true
}

// unclaimedAgency returns the one agency the story names that no other
// acting company is tied to, if there is exactly one: "Salesforce's
// letter about Customs and Border Protection" leaves "the contract with
// the Australian Border Force" to the company in focus.
func unclaimedAgency(info []sentInfo, assoc map[string]map[int]int, company string, acting map[string]bool) (targetRef, bool) {
	return oneAgency(info, func(a *targetRef) bool {
		if strings.EqualFold(a.text, "military") {
			return true
		}
		for name, m := range assoc {
			if name != company && acting[name] && m[a.id] > 0 {
				return true // another acting company's
			}
		}
		return false
	})
}

// argmax returns the key with the largest value, the smallest key on ties.
func argmax(m map[int]int) (int, bool) {
	best, bestV := -1, 0
	for k, v := range m {
		if v > bestV || v == bestV && k < best {
			best, bestV = k, v
		}
	}
	return best, best >= 0
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (c *cand) targetKey() string {
	switch {
	case c.agency >= 0:
		return fmt.Sprintf("a%d", c.agency)
	case c.issue >= 0:
		return fmt.Sprintf("i%d", c.issue)
	}
	return ""
}

func actionClass(a string) string {
	switch a {
	case "letter", "petition":
		return "doc"
	case "walkout", "strike", "protest", "sit-in":
		return "presence"
	}
	return a
}

// distinctPresence reports whether c, a counted walkout, sit-in or strike,
// is another event than the counted ones of a different kind in cs.
func distinctPresence(cs []*cand, c *cand) bool {
	counted := func(c *cand) bool {
		for _, o := range c.counts {
			if o.n > 0 && !o.a.vague {
				return true
			}
		}
		return false
	}
	if c.trig.disrupt && !c.borrowed && !c.weak {
		// "occupied the office of Brad Smith ... In April, a software
		// engineer interrupted the company's 50th anniversary
		// celebration": the disruption of an event is a protest of its
		// own beside a sit-in or walkout told elsewhere
		for _, h := range cs {
			if h.action != "protest" && h.sent != c.sent {
				return true
			}
		}
		return false
	}
	if actionClass(c.action) != "presence" || c.action == "protest" || !counted(c) {
		return false
	}
	other := false
	for _, h := range cs {
		if h.action == c.action {
			return false
		}
		if h.action != "protest" && counted(h) {
			other = true
		}
	}
	return other
}

var presenceOrder = map[string]int{"walkout": 4, "sit-in": 3, "strike": 2, "protest": 1}

// merge groups the candidates of one article into mentions: one per
// company, target and kind of action.
func (x *Extractor) merge(cands []*cand, sents []sentence, info []sentInfo, values map[string]contractValue, doc Document) []Mention {
	type group struct {
		cs    []*cand
		first int
	}
	groups := map[string]*group{}
	var order []string
	add := func(key string, c *cand) {
		g := groups[key]
		if g == nil {
			g = &group{first: c.sent}
			groups[key] = g
			order = append(order, key)
		}
		g.cs = append(g.cs, c)
	}
	// concrete actions first, then "other" and target-less ones join them;
	// an action the text dates two or more years before the article ("In
	// February 2019 more than 100 employees signed a letter") is an
	// earlier one, not the one reported now
	pubYear := 0
	if !doc.Published.IsZero() {
		pubYear = doc.Published.Year()
	}
	for _, c := range cands {
		if c.action == "other" || c.targetKey() == "" {
			continue
		}
		key := c.company + "|" + c.targetKey() + "|" + actionClass(c.action)
		y := openingYear(sents[c.sent].toks)
		if y == 0 {
			y = yearBefore(sents[c.sent].toks, c.trig.at)
		}
		if pubYear > 0 && y > 0 && y <= pubYear-2 && !originTold(sents[c.sent].toks, c.trig) {
			key += fmt.Sprintf("|%d", y)
		} else if y == 0 && len(c.counts) == 0 && c.trig.noun && knownNoun(sents[c.sent].toks, c.trig.at) && !newlyTold(sents[c.sent].toks) {
			// "the HoloLens letter", after "In 2019, more than 250
			// employees signed a letter": that earlier one, when it is
			// the only one
			var dated []string
			for _, k := range order {
				if strings.HasPrefix(k, key+"|") && len(k) == len(key)+5 {
					dated = append(dated, k)
				}
			}
			if len(dated) == 1 && groups[key] == nil {
				key = dated[0]
			}
		} else if y == 0 && len(c.counts) > 0 && groups[key] == nil && definiteDoc(sents[c.sent].toks, info[c.sent].trigs) && !newlyTold(sents[c.sent].toks) {
			// "In October 2021, workers ... published a letter ... the
			// letter was anonymous; organizers said about 90 Google
			// employees ... had signed": the dated letter just told,
			// counted
			for _, k := range order {
				if strings.HasPrefix(k, key+"|") && len(k) == len(key)+5 {
					if g := groups[k]; c.sent-g.cs[len(g.cs)-1].sent <= 2 {
						key = k
					}
				}
			}
		}
		if g := groups[key]; g != nil && actionClass(c.action) == "doc" && lastYearOpener(sents[c.sent].toks) && !slices.ContainsFunc(g.cs, func(h *cand) bool { return h.action == c.action }) {
			// "Ring employees have signed a petition ... Last year a group
			// of Amazon employees wrote to chief executive Jeff Bezos":
			// a letter of the year before, not the petition
			key += "|" + c.action
		}
		if g := groups[key]; g != nil && actionClass(c.action) == "doc" && c.trig.noun && otherDocBefore(sents[c.sent].toks, c.trig.at) && !slices.ContainsFunc(g.cs, func(h *cand) bool { return h.action == c.action }) {
			// "The petition comes after an open letter that 140
			// engineers sent in October": another document than the
			// petition told
			key += "|" + c.action
		}
		if g := groups[key]; g != nil && distinctPresence(g.cs, c) {
			// "Forty-one employees occupied the lobby in a sit-in ... On
			// Feb. 13, about 210 employees walked out": two counted
			// events of different kinds, not one
			key += "|" + c.action
		}
		if g := groups[key]; g != nil && c.trig.again != "" && g.cs[0].sent < c.sent {
			// "Organizers are planning a second walkout": one more,
			// not the one told before
			key += "|" + c.trig.again
		}
		add(key, c)
	}
	for _, c := range cands {
		if !(c.action == "other" || c.targetKey() == "") {
			continue
		}
		joined := false
		if c.action == "other" && c.weak {
			// "Open letter passes 1,150 signatures; workers ask for an
			// ethics board": a demand of the action the same sentence
			// tells
			for _, key := range order {
				g := groups[key]
				for _, h := range g.cs {
					if h.company == c.company && (h.sent == c.sent || h.sents[c.sent]) && h.action != "other" && !h.weak {
						joined = true
					}
				}
				if joined {
					g.cs = append(g.cs, c)
					break
				}
			}
			if joined {
				continue
			}
		}
		if c.action == "other" && c.borrowed && c.weak {
			// "About 20,000 employees walked out ... The organizers demanded
			// an end to forced arbitration": a demand of the action just told
			for _, key := range order {
				g := groups[key]
				last := g.cs[len(g.cs)-1]
				if g.cs[0].company == c.company && g.cs[0].action != "other" && last.sent < c.sent && c.sent-last.sent <= 2 {
					g.cs = append(g.cs, c)
					joined = true
				}
				if joined {
					break
				}
			}
			if joined {
				continue
			}
		}
		for _, key := range order {
			g := groups[key]
			h := g.cs[0]
			if h.company != c.company {
				continue
			}
			if c.labour != h.labour {
				continue // an action about pay alone is not one with a target
			}
			if c.action == "other" && !c.weak && !c.borrowed && h.action != "other" && saidSeparately(sents[c.sent].toks) && workersOpen(info[c.sent]) && !x.g.labourContext.any(sents[c.sent].toks) {
				// "Separately, several engineers ... told managers that
				// they would not work on the targeting module": an action
				// of its own
				continue
			}
			if c.targetKey() == "" && (c.action == "other" || actionClass(c.action) == actionClass(h.action)) || c.action == "other" && c.targetKey() == h.targetKey() {
				g.cs = append(g.cs, c)
				joined = true
				break
			}
		}
		if !joined && c.targetKey() == "" && c.action != "other" {
			// a target-less action of its own kind: find one of the same kind with a target
			add(c.company+"||"+actionClass(c.action), c)
			joined = true
		}
		if !joined && c.action == "other" && c.targetKey() != "" {
			add(c.company+"|"+c.targetKey()+"|other", c)
		}
	}
	// one company's walkout (or letter) told under two issues, "a walkout
	// over harassment" and "demands an end to forced arbitration", is one
	// action: the weaker group joins the one with more strong reports
	strong := func(g *group) int {
		n := 0
		for _, c := range g.cs {
			if !c.weak && !c.borrowed {
				n++
			}
		}
		return n
	}
	counted := func(g *group) bool {
		for _, c := range g.cs {
			if len(c.counts) > 0 {
				return true
			}
		}
		return false
	}
	kept := order[:0:0]
	for _, key := range order {
		g := groups[key]
		h := g.cs[0]
		merged := false
		if h.agency < 0 && h.issue >= 0 && !h.labour {
			for _, k2 := range kept {
				g2 := groups[k2]
				h2 := g2.cs[0]
				if h2.company != h.company || h2.agency >= 0 || h2.issue < 0 || h2.labour || actionClass(h2.action) != actionClass(h.action) && h.action != "other" && h2.action != "other" || h2.issue == h.issue {
					continue
				}
				// only a group with no report of its own (no worker phrase
				// bound to it, no count) joins: two campaigns each told
				// with its workers stay two
				if min(strong(g), strong(g2)) > 0 || counted(g) && counted(g2) {
					continue
				}
				if strong(g) > strong(g2) {
					g.cs = append(g.cs, g2.cs...)
					groups[k2] = g // the stronger takes the earlier's place
				} else {
					g2.cs = append(g2.cs, g.cs...)
				}
				merged = true
				break
			}
		}
		if !merged {
			kept = append(kept, key)
		}
	}
	order = kept
	var out []Mention
	for _, key := range order {
		g := groups[key]
		m, ok := x.mention(g.cs, sents, info, values, doc)
		if ok {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Evidence[0].Start != out[j].Evidence[0].Start {
			return out[i].Evidence[0].Start < out[j].Evidence[0].Start
		}
		if out[i].Company != out[j].Company {
			return out[i].Company < out[j].Company
		}
		return out[i].Action < out[j].Action
	})
	return out
}

func (x *Extractor) mention(cs []*cand, sents []sentence, info []sentInfo, values map[string]contractValue, doc Document) (Mention, bool) {
	head := cs[0]
	for _, c := range cs {
		if head.targetKey() == "" && c.targetKey() != "" {
			head = c
		}
	}
	// the action: most frequent concrete word; for presence, the most specific
	freq := map[string]int{}
	firstAt := map[string]int{}
	for k, c := range cs {
		if c.action == "other" {
			continue
		}
		freq[c.action]++
		if _, ok := firstAt[c.action]; !ok {
			firstAt[c.action] = k
		}
	}
	action := "other"
	for a, n := range freq {
		switch {
		case action == "other":
			action = a
		case actionClass(a) == "presence" && presenceOrder[a] > presenceOrder[action]:
			action = a
		case actionClass(a) != "presence" && (n > freq[action] || n == freq[action] && firstAt[a] < firstAt[action]):
			action = a
		}
	}
	m := Mention{Company: head.company, InGazetteer: head.inGaz, Action: action}
	if !head.inGaz {
		if _, ok := x.g.Company(head.company); ok {
			m.InGazetteer = true
		}
	}
	if head.agency >= 0 {
		m.Agency = x.agencyName(head.agency)
		m.Target = head.target
	} else if head.issue >= 0 {
		m.Issue = x.g.issues[head.issue].Slug
		m.Target = head.target
	} else {
		m.Issue = "other"
	}
	sentSet := map[int]bool{}
	weakOnly := true
	for _, c := range cs {
		for s := range c.sents {
			sentSet[s] = true
		}
		if !c.weak {
			weakOnly = false
		}
	}
	// scope: pay and conditions alone are another beat, except at a
	// tech employer the gazetteer knows, whose office workers' strikes and
	// letters over pay or conditions are the employer's conduct; labour in
	// a warehouse, a store or on the road stays another beat everywhere
	if m.Agency == "" && (m.Issue == "other" || m.Issue == "") {
		known := x.officeEmployer(m.Company, m.InGazetteer) || techDescribed(m.Company, info)
		// a strike with no aim the catalogue knows is a labour action
		if weakOnly || action == "other" || action == "union drive" || action == "strike" && !known {
			return Mention{}, false
		}
		paras := map[int]bool{}
		for s := range sentSet {
			paras[sents[s].para] = true
			if x.g.labourContext.any(sents[s].toks) {
				return Mention{}, false
			}
		}
		title := tokenize(doc.Title, 0)
		if x.g.labourContext.any(title) || unionDrive(title) {
			return Mention{}, false
		}
		if len(sents) > 0 && actionClass(action) == "presence" && x.g.labourContext.any(sents[0].toks) && !officeStaffActed(sents, sentSet) {
			// the lead: "The Teamsters began a strike at seven Amazon
			// delivery stations ... about 100 workers and supporters
			// marched", not "A report on Teamsters organizing drivers
			// made the rounds. Then 900 Microsoft engineers signed"
			return Mention{}, false
		}
		for s := range sents {
			if paras[sents[s].para] && unionDrive(sents[s].toks) {
				return Mention{}, false // "filed a petition with the labor board for the election"
			}
		}
		if !known {
			// an action states no aim the catalogue knows: it is out of
			// scope when its own paragraph or the headline speaks of pay
			// or conditions; the action's own sentence may state a
			// non-labour aim after it, when its paragraph is not about a
			// union or a strike
			stated := false
			for _, c := range cs {
				if toks := sents[c.sent].toks; !c.borrowed && aimAfter(toks, c.trig.end) && !x.labourAim(toks, c.trig.at) {
					stated = true
				}
			}
			for s := range sents {
				if stated && paras[sents[s].para] && hasVerb(sents[s].toks, 0, len(sents[s].toks), labourBeat) {
					stated = false
				}
			}
			for s := range sents {
				if !stated && paras[sents[s].para] && x.labourWords(sents[s].toks) {
					return Mention{}, false
				}
			}
			if !stated && x.labourWords(title) {
				return Mention{}, false
			}
		}
	}
	if action == "union drive" && m.Agency == "" {
		return Mention{}, false // union elections are another beat
	}
	// counts
	var exact []obs
	var vague *obs
	var earlier []int
	var onlyEarlier *obs // "At the time, it had more than 3,100 signatures": no later figure
	others := false      // a figure that is not "another N"
	for _, c := range cs {
		for _, o := range c.counts {
			others = others || !o.increment && o.n > 0
		}
	}
	for _, c := range cs {
		for k := range c.counts {
			o := c.counts[k]
			switch {
			case o.increment && others:
				// "Another 118 people added their names": neither the
				// count nor an earlier figure of it
			case o.earlier:
				earlier = append(earlier, o.n)
				if o.n > 0 && (onlyEarlier == nil || o.n > onlyEarlier.n) {
					onlyEarlier = &o
				}
			case o.a.vague:
				if vague == nil {
					vague = &o
				}
			case o.n > 0:
				exact = append(exact, o)
			}
		}
	}
	kind := KindParticipants
	if action == "letter" || action == "petition" {
		kind = KindSignatures
	}
	// a pledge yields to a turnout told, and a figure given as final to
	// none
	done := exact[:0:0]
	for _, o := range exact {
		if !o.pledge {
			done = append(done, o)
		}
	}
	anyOrder := false // earlier figures may be larger than the count
	if len(done) > 0 && len(done) < len(exact) {
		anyOrder = true
		for _, o := range exact {
			if o.pledge {
				earlier = append(earlier, o.n)
			}
		}
		exact = done
	}
	if len(exact) > 0 {
		best := exact[0]
		for _, o := range exact[1:] {
			if o.n > best.n && !best.final || o.final && (!best.final || o.n > best.n) {
				best = o
			}
		}
		if best.final {
			for _, o := range exact {
				if o.n > best.n {
					earlier = append(earlier, o.n)
				}
			}
		}
		anyOrder = anyOrder || best.final
		cnt := &Count{N: best.n, Qualifier: best.a.qualifier, Text: best.text, Kind: kind}
		seen := map[int]bool{best.n: true}
		for _, o := range exact {
			if !seen[o.n] && (o.n < best.n || anyOrder) {
				seen[o.n] = true
				cnt.Earlier = append(cnt.Earlier, o.n)
			}
		}
		for _, n := range earlier {
			if !seen[n] && (n < best.n || anyOrder) {
				seen[n] = true
				cnt.Earlier = append(cnt.Earlier, n)
			}
		}
		sort.Ints(cnt.Earlier)
		m.Count = cnt
		sentSet[best.sent] = true
	} else if onlyEarlier != nil && vague == nil {
		m.Count = &Count{N: onlyEarlier.n, Qualifier: onlyEarlier.a.qualifier, Text: onlyEarlier.text, Kind: kind}
		sentSet[onlyEarlier.sent] = true
	} else if vague != nil {
		m.Count = &Count{Qualifier: vague.a.qualifier, Text: vague.text, Kind: kind}
		sentSet[vague.sent] = true
	}
	if m.Agency != "" {
		if v, ok := values[m.Company+"|"+m.Agency]; ok {
			m.ContractValueUSD = v.usd
			sentSet[v.sent] = true
		}
	}
	// date: near the first non-weak trigger
	for _, c := range cs {
		if c.weak || c.borrowed {
			continue
		}
		toks := sents[c.sent].toks
		lo, hi := c.trig.at-10, c.trig.end+10
		if lo < 0 {
			lo = 0
		}
		if hi > len(toks) {
			hi = len(toks)
		}
		if lo < hi {
			m.EventDate = eventDate(toks[lo:hi], doc.Published)
		}
		if m.EventDate != "" {
			break
		}
	}
	idx := make([]int, 0, len(sentSet))
	for s := range sentSet {
		idx = append(idx, s)
	}
	sort.Ints(idx)
	for _, s := range idx {
		m.Evidence = append(m.Evidence, Evidence{Text: sents[s].text, Start: sents[s].start, End: sents[s].end})
	}
	return m, true
}

// aimWords introduce what an action is for: "strike over pay", "walked
// out demanding hazard pay", "was about wages".
var aimWords = map[string]bool{
	"over": true, "about": true, "against": true, "demanding": true, "demand": true,
	"demanded": true, "demands": true, "seeking": true, "seek": true, "sought": true,
	"protesting": true, "protest": true, "protested": true, "regarding": true, "concerning": true,
	"concern": true, "concerns": true, "fear": true, "fears": true, "worried": true, "urging": true,
	"urged": true, "requesting": true, "requested": true, "asks": true, "because": true,
	"objecting": true, "opposing": true, "criticizing": true, "criticising": true,
}

// forAim follow "for" when it gives an aim: "for better pay", "for fewer
// hours", "for union recognition".
var forAim = map[string]bool{
	"better": true, "higher": true, "fair": true, "fairer": true, "more": true, "increased": true,
	"improved": true, "paid": true, "hazard": true, "equal": true, "guaranteed": true,
	"living": true, "minimum": true, "decent": true, "fewer": true, "less": true, "safer": true,
	"shorter": true, "stable": true, "job": true, "union": true, "pay": true, "wage": true,
	"wages": true, "raises": true, "benefits": true, "overtime": true, "their": true,
}

// askVerbs make "for" give an aim: "calling for", "pushing for".
var askVerbs = map[string]bool{
	"calling": true, "called": true, "call": true, "asking": true, "asked": true, "ask": true,
	"pushing": true, "pushed": true, "push": true, "fighting": true, "fight": true, "fought": true,
	"pressing": true, "pressed": true, "press": true, "campaigning": true, "lobbying": true,
}

// labourBeat words put a paragraph on the labour beat: its pay words are
// then the action's aim whatever else it says.
var labourBeat = map[string]bool{
	"union": true, "unions": true, "strike": true, "strikes": true, "striking": true,
	"strikers": true, "unionized": true, "unionize": true, "teamsters": true,
}

// aimAfter reports whether the sentence states what the action at
// toks[from-1] is for: "to protest", "over", "against", "because of".
func aimAfter(toks []token, from int) bool {
	for k := max(from, 0); k < len(toks); k++ {
		l := toks[k].lower
		if aimWords[l] && l != "concern" && l != "concerns" || l == "to" && k+1 < len(toks) && (toks[k+1].lower == "protest" || toks[k+1].lower == "oppose" || toks[k+1].lower == "demand" || toks[k+1].lower == "object") {
			return true
		}
	}
	return false
}

// ownAimAfter reports whether toks, from toks[from] on, state an aim
// that is not a pointer back to one told: "to object to Mark Zuckerberg's
// decision", not "over it", "against the same contract".
func ownAimAfter(toks []token, from int) bool {
	for k := max(from, 0); k+1 < len(toks); k++ {
		l := toks[k].lower
		at := -1
		if aimWords[l] && l != "concern" && l != "concerns" {
			at = k + 1
		} else if l == "to" && (toks[k+1].lower == "protest" || toks[k+1].lower == "oppose" || toks[k+1].lower == "demand" || toks[k+1].lower == "object") {
			at = k + 2
			if at < len(toks) && toks[at].lower == "to" {
				at++
			}
		}
		if at < 0 {
			continue
		}
		if at >= len(toks) || !toks[at].word {
			return false // "a letter of protest."
		}
		switch toks[at].lower {
		case "it", "this", "that", "them", "these", "those", "same":
			return false
		case "the":
			return at+1 < len(toks) && toks[at+1].lower != "same"
		}
		return true
	}
	return false
}

// labourAim reports whether toks, from toks[from] on, state a pay or
// conditions aim: a labour word of the gazetteer governed by a word that
// gives an aim ("over the new pay formula", "demanding hazard pay", "for
// fewer hours", "to demand better wages"), not one that is only nearby
// ("opting for a severance package").
func (x *Extractor) labourAim(toks []token, from int) bool {
	for k := max(from, 0); k < len(toks); k++ {
		if _, n := x.g.labourPhrases.match(toks, k); n == 0 || productSafety(toks, k) || notPay(toks, k) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-14 && j >= from; j-- {
			l := toks[j].lower
			if l == "." || l == ";" {
				break
			}
			next := ""
			if j+1 < len(toks) {
				next = toks[j+1].lower
			}
			switch {
			case aimWords[l], askVerbs[l] && l != "press" && l != "push" && l != "fight":
				return true
			case l == "for" && (forAim[next] || j >= 1 && askVerbs[toks[j-1].lower]):
				return true
			case l == "to" && (next == "demand" || next == "improve" || next == "raise" || next == "restore" || next == "secure" || next == "win" || next == "protest" || next == "oppose"):
				return true
			}
		}
	}
	return false
}

// labourWords reports whether toks speak of pay or conditions: a labour
// word of the gazetteer that is not a product's safety or a verb.
func (x *Extractor) labourWords(toks []token) bool {
	for k := range toks {
		if _, n := x.g.labourPhrases.match(toks, k); n > 0 && !productSafety(toks, k) && !notPay(toks, k) {
			return true
		}
	}
	return false
}

// notPay reports whether the labour word at toks[k] names no pay or
// conditions: a verb ("would commission an outside review", "to pay the
// fine", "the feature raises questions") or a span of time ("in its first
// 24 hours", "within hours").
func notPay(toks []token, k int) bool {
	l := toks[k].lower
	if l == "hours" && k > 0 {
		if _, ok := amountAt(toks, k-1); ok || toks[k-1].lower == "within" || toks[k-1].lower == "first" || toks[k-1].lower == "few" || toks[k-1].lower == "several" || toks[k-1].lower == "for" || toks[k-1].lower == "in" {
			return true
		}
	}
	if k > 0 && (l == "commission" || l == "pay") {
		switch toks[k-1].lower {
		case "to", "would", "will", "could", "should", "might", "may", "must", "can", "did", "not", "also":
			return true
		}
	}
	if l == "raises" && k+1 < len(toks) {
		switch toks[k+1].lower {
		case "questions", "concerns", "doubts", "the", "a", "an", "serious", "new", "fears":
			return true
		}
	}
	return false
}

// workplaceWords name where or who works, after "the safety of".
var workplaceWords = wordSet("warehouse", "warehouses", "workplace", "workplaces", "drivers", "couriers", "staff",
	"frontline", "delivery", "factory", "factories", "plant", "plants", "site", "sites", "offices", "office", "us", "people")

// productSafety reports whether "safety" at toks[k] is a product's or its
// users', not the workers' own: "an internal safety review", "AI safety",
// "child safety".
func productSafety(toks []token, k int) bool {
	if toks[k].lower != "safety" {
		return false
	}
	if k+1 < len(toks) {
		switch toks[k+1].lower {
		case "review", "reviews", "team", "teams", "testing", "tests", "research", "researchers", "evaluation", "evaluations", "features", "settings", "filters", "report", "guardrails",
			"board", "boards", "framework", "commitments":
			// not "a workplace safety board"
			return k == 0 || toks[k-1].lower != "workplace" && toks[k-1].lower != "worker" && toks[k-1].lower != "plant" && toks[k-1].lower != "factory" && toks[k-1].lower != "site"
		}
	}
	if k > 0 {
		switch toks[k-1].lower {
		case "ai", "child", "children's", "user", "users", "product", "model", "online", "platform", "brand", "public":
			return true
		}
	}
	// "the safety of Covid-19 vaccines", "the safety of its cars": a
	// thing's, not the workplace's
	if k+2 < len(toks) && toks[k+1].lower == "of" {
		// not "the safety of frontline workers", "the safety of our
		// delivery drivers": the workplace's
		for j := k + 2; j < len(toks) && j <= k+5 && toks[j].word; j++ {
			if workerNouns[toks[j].lower] || workplaceWords[toks[j].lower] {
				return false
			}
		}
		return true
	}
	// "asking the San Francisco AI developer to let staff warn the public
	// about safety risks": the safety of what an AI maker builds
	if k+1 < len(toks) {
		switch toks[k+1].lower {
		case "risks", "risk", "concerns", "issues", "practices", "culture", "commitments", "policies":
			for _, t := range toks {
				if t.text == "AI" || t.lower == "artificial" || t.lower == "models" {
					return true
				}
			}
		}
	}
	return false
}

// namedBefore returns the companies that "these companies" at token at of
// sentence i stands for: those the sentence names before it, else those
// the previous sentence names, when they are two or more.
func namedBefore(info []sentInfo, i, at int) []companyRef {
	pick := func(comps []companyRef, at int) []companyRef {
		var out []companyRef
		seen := map[string]bool{}
		for _, c := range comps {
			if !c.product && c.from < at && !seen[c.name] {
				seen[c.name] = true
				out = append(out, c)
			}
		}
		return out
	}
	if out := pick(info[i].comps, at); len(out) >= 2 {
		return out
	}
	if i > 0 {
		if out := pick(info[i-1].comps, 1<<30); len(out) >= 2 {
			return out
		}
	}
	return nil
}

// companySignatures reports whether a company's name qualifies the
// signatures a sentence counts: "1,300-plus Googler signatures".
func companySignatures(toks []token, comps []companyRef) bool {
	for _, c := range comps {
		if !c.product && !c.poss && c.to < len(toks) && (toks[c.to].lower == "signatures" || toks[c.to].lower == "signatories") {
			return true
		}
	}
	return false
}

// writeVerbs make their subject the whole of a letter's authors when
// nothing else counts its signers: "two dozen engineers sent the founders a
// letter". Carrying verbs ("delivered", "presented") do not.
var writeVerbs = map[string]bool{
	"sent": true, "wrote": true, "penned": true, "drafted": true, "published": true,
	"posted": true, "released": true, "circulated": true, "issued": true,
}

// writersCount reports whether the counted workers w who wrote the letter
// at t are its count: a new letter ("a letter"), written by them as the
// sentence's subject, in a sentence that counts no signers otherwise and
// names no one it was written for or organized by.
func writersCount(toks []token, w *workerRef, t trigger) bool {
	from := w.to
	if e, ok := appositiveSpan(toks, w.to, t.at); ok {
		from = e // "400 employees of Ferrous Labs, which builds encryption libraries, published an open letter"
	}
	if !w.hasCount || w.count.vague || w.generic || !hasVerb(toks, from, t.at, writeVerbs) || clauseBreak(toks, from, t.at) {
		return false
	}
	k := t.at - 1
	for k > w.to && (toks[k].lower == "open" || toks[k].lower == "internal" || toks[k].lower == "joint" || toks[k].lower == "anonymous") {
		k--
	}
	if toks[k].lower == "own" && k-1 > w.to && toks[k-1].lower == "their" {
		k-- // "sent their own note"
	} else if toks[k].lower != "a" && toks[k].lower != "an" {
		return false
	}
	for _, x := range toks {
		switch x.lower {
		case "signed", "signatures", "signers", "signatories", "behalf", "names", "organizers", "organisers", "organized", "organised", "colleagues", "including":
			return false
		}
	}
	return true
}

// definiteNoun reports whether the action noun at toks[at] is one already
// told: "the walkout", "the virtual walkout", "their sit-in".
func definiteNoun(toks []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		switch toks[k].lower {
		case "the", "their", "this", "that":
			return true
		}
		if !toks[k].word || isCapitalized(toks[k]) && k > 0 {
			return false
		}
	}
	return false
}

// newDocOfThem returns the letter or petition that "N of them" sign in a
// sentence when it is a new one, "signed a petition", not "signed it" or
// "signed the letter".
func newDocOfThem(toks []token, trigs []trigger, sc sigCount) (trigger, bool) {
	if sc.earlier || sc.company != "" || sc.a.to+1 >= len(toks) || toks[sc.a.to].lower != "of" || toks[sc.a.to+1].lower != "them" {
		return trigger{}, false
	}
	for _, t := range trigs {
		if !t.noun || actionClass(t.action) != "doc" || t.at <= sc.a.to || t.at-sc.a.to > 6 {
			continue
		}
		k := t.at - 1
		for k > sc.a.to && (toks[k].lower == "open" || toks[k].lower == "internal" || toks[k].lower == "online") {
			k--
		}
		if toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "another" {
			return t, true
		}
		return trigger{}, false
	}
	return trigger{}, false
}

// appositiveAfter reports whether toks[from:to] opens with an appositive
// set off by commas or dashes (", the data business Salesforce bought in
// 2019,") followed only by auxiliaries before to, and returns the index
// after the closing mark.
func appositiveAfter(toks []token, from, to int) (int, bool) {
	e, ok := appositiveSpan(toks, from, to)
	if !ok {
		return 0, false
	}
	for j := e; j < to; j++ {
		switch toks[j].lower {
		case "are", "is", "were", "was", "have", "has", "had", "now", "also", "reportedly", "still":
		case "who":
			// "employees of Pellucid Games, a Fremont game studio, who
			// walked out", not "employees of Harbor Cloud, led by chief
			// executive Dana Ruiz, who resigned"
			if !companyAside(toks, from, e) {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	return e, true
}

// withoutAsides returns toks without the descriptions set off by commas
// or dashes that open with "the", "a" or "an": "A petition
// calling on the company to suspend Porchlight, the program through which
// police request footage from customers, now has 520 signatures" speaks
// of no customers signing.
func withoutAsides(toks []token) []token {
	var out []token
	for k := 0; k < len(toks); k++ {
		// not after an opening word: "Separately, an open letter from
		// developers who use GitHub has passed 1,700" is the sentence
		if k > 1 && k+1 < len(toks) && (toks[k+1].lower == "the" || toks[k+1].lower == "a" || toks[k+1].lower == "an") {
			if e, ok := appositiveSpan(toks, k, len(toks)); ok && !actorAside(toks[k:e]) {
				k = e - 1
				continue
			}
		}
		out = append(out, toks[k])
	}
	return out
}

// actorAside reports whether an aside tells of people acting on a
// document: "an online campaign that customers also joined", "the one
// started by customers".
func actorAside(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "campaign", "by", "started", "launched", "shared", "circulated", "joined":
			return true
		}
		if signVerbs[t.lower] {
			return true
		}
	}
	return false
}

// appositiveSpan returns the index after an appositive set off by commas
// or dashes that opens toks[from:to], whatever follows it.
func appositiveSpan(toks []token, from, to int) (int, bool) {
	if from >= to || from >= len(toks) || (toks[from].text != "," && toks[from].text != "—") {
		return 0, false
	}
	open := toks[from].text
	for k := from + 1; k < to && k <= from+24; k++ {
		if toks[k].text == "." || toks[k].text == ";" {
			return 0, false
		}
		if toks[k].text == open {
			if open == "," && k+3 < to && isCapitalized(toks[k-1]) && toks[k+1].word && isCapitalized(toks[k+1]) {
				// "Verant Mapping, a Portland, Oregon, company that makes
				// routing software,", "Pillar, the Bloomington, Minn.,
				// company whose ...": a city and its state inside
				j := k + 2
				if toks[j].text == "." {
					j++
				}
				if j+1 < to && toks[j].text == "," && toks[j+1].word && !isCapitalized(toks[j+1]) && toks[j+1].lower != "and" {
					k = j
					continue
				}
			}
			return k + 1, true
		}
	}
	return 0, false
}

// otherPlace reports whether a sentence opens by placing what follows at
// an organisation it describes but does not name, other than a company:
// "At the foundation that runs Wikipedia, ...", "At the nonprofit, ...".
func otherPlace(toks []token, before int) bool {
	if len(toks) < 3 || before < 3 || toks[0].lower != "at" || toks[1].lower != "the" || employerNouns[toks[2].lower] {
		return false
	}
	switch toks[2].lower {
	case "foundation", "nonprofit", "non-profit", "charity", "university", "college", "school",
		"hospital", "agency", "newspaper", "museum", "library", "union", "council":
	default:
		return false
	}
	for k := 3; k < before; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// reportVerbs before "by" make the press the reader of a letter, not its
// author: "reviewed by", "seen by", "obtained by".
var reportVerbs = map[string]bool{
	"reviewed": true, "seen": true, "obtained": true, "viewed": true, "examined": true,
	"read": true, "verified": true, "confirmed": true, "shared": true,
}

// docIn reports whether the letter or petition at t is the means of what
// the sentence's subject does: "in a letter", "in an open letter".
func docIn(toks []token, t trigger) bool {
	k := t.at - 1
	for k >= 0 && (toks[k].lower == "open" || toks[k].lower == "internal" || toks[k].lower == "joint") {
		k--
	}
	return k >= 1 && (toks[k].lower == "a" || toks[k].lower == "an") && toks[k-1].lower == "in"
}

// internalDoc reports whether the letter or petition at t is said to be
// the staff's own: "an internal petition", "an employee letter", "a staff
// petition".
func internalDoc(toks []token, t trigger) bool {
	for k := t.at - 1; k >= 0 && k >= t.at-2; k-- {
		switch toks[k].lower {
		case "internal", "employee", "staff", "worker":
			return !toks[k].poss
		case "workers", "employees":
			return toks[k].poss // "the workers' petition"
		case "open":
			continue
		}
		return false
	}
	return false
}

// hasWordAfter reports whether a word follows toks[at] in the sentence.
func hasWordAfter(toks []token, at int) bool {
	for k := at; k < len(toks); k++ {
		if toks[k].word {
			return true
		}
	}
	return false
}

// signOff reports whether a sentence is a letter's closing line alone:
// "Signed,", "Sincerely,", "In solidarity,".
func signOff(toks []token) bool {
	n := len(toks)
	if n < 2 || n > 3 || toks[n-1].text != "," {
		return false
	}
	switch strings.ToLower(toks[0].text) {
	case "signed", "sincerely", "regards":
		return n == 2
	case "in":
		return n == 3 && toks[1].lower == "solidarity"
	}
	return false
}

// circulatedInternally reports whether the document told before toks[from]
// went round inside the company: "A petition asking the company to leave
// the contract circulated internally in late January".
func circulatedInternally(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k <= from+15; k++ {
		switch toks[k].lower {
		case "circulated", "circulating", "circulates", "shared", "posted", "passed":
			if toks[k+1].lower == "internally" {
				return true
			}
			// "A petition posted on an internal company forum", "shared on
			// the company's internal message board"; not one on an
			// agency's board, nor one posted there by others
			if p := toks[k+1].lower; p == "on" || p == "to" || p == "in" || p == "via" || p == "through" {
				for j := k + 2; j < len(toks) && j <= k+5 && toks[j].word; j++ {
					if l := toks[j].lower; l == "agency" || l == "department" || l == "government" || l == "ministry" {
						break
					}
					if toks[j].lower == "internal" {
						return !postedByOthers(toks, j+1)
					}
				}
			}
		}
	}
	return false
}

// postedByOthers reports whether the forum phrase from toks[from] names
// who posted there, with no worker among them ("on an internal Homeland
// Security forum by border agents"), or is a public body's.
func postedByOthers(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+6; k++ {
		if isCapitalized(toks[k]) && k+1 < len(toks) && isCapitalized(toks[k+1]) {
			return true // "an internal Homeland Security forum"
		}
		if toks[k].lower == "by" {
			for j := k + 1; j < len(toks) && j <= k+4 && toks[j].word; j++ {
				if workerNouns[toks[j].lower] {
					return false
				}
			}
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// signaturesInside reports whether a sentence gathers signatures inside
// the company: "more than a thousand signatures inside the company",
// "picking up signatures fast inside the Boston cloud data company".
func signaturesInside(toks []token) bool {
	for k := range toks {
		for j := k + 1; toks[k].lower == "signatures" && j+1 < len(toks) && j <= k+2; j++ {
			if (toks[j].lower == "inside" || toks[j].lower == "within" || toks[j].lower == "across") && toks[j+1].lower == "the" {
				for e := j + 2; e < len(toks) && e <= j+6; e++ {
					if employerNouns[toks[e].lower] {
						return true
					}
				}
			}
		}
	}
	return false
}

// sigsFromWorkers reports whether a sentence counts signatures "from
// employees" (or staff, workers...) or "employee signatures": a petition
// it names is theirs.
func sigsFromWorkers(toks []token, sigs []sigCount) bool {
	if len(sigs) == 0 {
		return false
	}
	for k := 0; k+2 < len(toks); k++ {
		if workerNouns[toks[k].lower] && !toks[k].poss && toks[k+1].lower == "signatures" {
			return true // "more than 300 employee signatures"
		}

		// "carrying the names of 40 employees", "the signatures of 300
		// engineers"
		if (toks[k].lower == "names" || toks[k].lower == "signatures") && toks[k+1].lower == "of" {
			for j := k + 2; j < len(toks) && j <= k+5; j++ {
				if workerNouns[toks[j].lower] {
					return true
				}
			}
		}
		if toks[k].lower == "signatures" && toks[k+1].lower == "from" {
			for j := k + 2; j < len(toks) && j <= k+6; j++ {
				if workerNouns[toks[j].lower] {
					return true
				}
			}
		}
	}
	return false
}

// jointCompanies reports whether a sentence names two companies joined by
// "and" (or one worker phrase of two companies): a contract it prices may
// be either's or both's.
func jointCompanies(toks []token, in *sentInfo) bool {
	for _, w := range in.workers {
		if len(w.names) > 1 {
			return true
		}
	}
	for a := 0; a+1 < len(in.comps); a++ {
		x, y := in.comps[a], in.comps[a+1]
		if x.name != y.name && y.from == x.to+1 && x.to < len(toks) && (toks[x.to].lower == "and" || toks[x.to].text == ",") {
			return true
		}
	}
	_, ok := epithetPair(toks, in)
	return ok
}

// holdVerbs say two companies hold a contract together: "jointly won",
// "share", "run".
var holdVerbs = wordSet("jointly", "together", "won", "win", "share", "shared", "hold", "held", "run", "provide", "supply")

// epithets are the phrases the press calls a company by.
var epithets = map[string]string{
	"search giant": "Google", "search company": "Google", "e-commerce giant": "Amazon", "retail giant": "Amazon",
	"online retailer": "Amazon", "Redmond company": "Microsoft", "software giant": "Microsoft", "social media giant": "Meta",
	"social network": "Meta", "iPhone maker": "Apple",
}

// epithetPair returns the two companies a sentence joins when it calls
// the first by what it is or by "it": "a contract that the search giant
// and Amazon jointly won", after "Workers at Google", gives Google and
// Amazon, as does "a contract ... that it shares with Amazon" in a story
// of Google's workers.
func epithetPair(toks []token, in *sentInfo) ([]string, bool) {
	for _, c := range in.comps {
		k := c.from
		// "the $1.2 billion cloud contract ... that it shares with Amazon"
		if !c.product && k >= 3 && toks[k-1].lower == "with" && (toks[k-2].lower == "shares" || toks[k-2].lower == "shared") && toks[k-3].lower == "it" && in.focus != "" && in.focus != c.name {
			return []string{in.focus, c.name}, true
		}
		if c.product || k < 4 || toks[k-1].lower != "and" || !employerNouns[toks[k-2].lower] {
			continue
		}
		j := k - 3
		if toks[j].lower != "the" {
			j--
		}
		if j < 0 || toks[j].lower != "the" || !toks[k-3].word || !hasVerb(toks, c.to, min(c.to+3, len(toks)), holdVerbs) {
			continue
		}
		other := ""
		for _, d := range in.comps {
			if d.from < j && !d.product && d.name != c.name {
				other = d.name
			}
		}
		if other == "" && in.focus != c.name {
			other = in.focus
		}
		// "the search giant": the company the phrase is known to mean
		if known, ok := epithets[bodyText(toks, j+1, k-1)]; ok {
			other = known
		}
		if other != "" && other != c.name {
			return []string{other, c.name}, true
		}
	}
	return nil, false
}

// jointSet returns the companies a sentence joins by "and" or commas (or
// names in one worker phrase), in text order: "Google and Amazon".
func jointSet(toks []token, in *sentInfo) []string {
	for _, w := range in.workers {
		if len(w.names) > 1 {
			return w.names
		}
	}
	if pair, ok := epithetPair(toks, in); ok {
		return pair
	}
	var out []string
	for a := 0; a+1 < len(in.comps); a++ {
		x, y := in.comps[a], in.comps[a+1]
		if x.product || y.product || x.name == y.name || y.from < x.to || !onlyConjunctions(toks[x.to:y.from]) {
			if len(out) > 0 {
				break
			}
			continue
		}
		if len(out) == 0 {
			out = append(out, x.name)
		}
		if !contains(out, y.name) {
			out = append(out, y.name)
		}
	}
	return out
}

// competing reports whether a sentence has companies compete for a
// contract, not share it: "Oracle and SAP bid for", not "the contract
// that Google and Amazon jointly won".
func competing(toks []token) bool {
	for k, t := range toks {
		if !competeWords[t.lower] {
			continue
		}
		shared := false
		for j := max(0, k-2); j < len(toks) && j <= k+2; j++ {
			switch toks[j].lower {
			case "jointly", "together", "shared", "co-won":
				shared = true
			}
		}
		if !shared {
			return true
		}
	}
	return false
}

// competeWords make a contract named with several companies one they
// compete for, not one they share.
var competeWords = map[string]bool{
	"compete": true, "competed": true, "competing": true, "competition": true, "competitor": true,
	"competitors": true, "bid": true, "bids": true, "bidding": true, "bidder": true, "bidders": true,
	"vied": true, "vying": true, "rival": true, "rivals": true, "lost": true, "won": true, "win": true,
	"wins": true, "winning": true, "beat": true, "finalist": true, "finalists": true,
	"contender": true, "contenders": true, "race": true, "instead": true, "versus": true, "vs": true,
	"either": true,
}

// worthBefore reports whether an amount at toks[k] is stated as a value:
// "worth $3.5 million", "valued at $10 billion".
func worthBefore(toks []token, k int) bool {
	_, k = qualifierBefore(toks, k) // "worth about $90 million"
	if k >= 2 && (toks[k-1].text == "(" || toks[k-1].lower == "or" && toks[k-2].text == ",") {
		// "worth €15 million (about $17.5 million)": the dollars of the
		// amount before
		j := k - 1
		if toks[j].lower == "or" {
			j--
		}
		for m := j - 1; m >= 1 && m >= j-4; m-- {
			if worthBefore(toks, m) {
				return true
			}
		}
	}
	if k >= 1 && toks[k-1].lower == "worth" {
		return true
	}
	// "valued at $12.7 million", "records put its value at as much as
	// $78 million", "which a procurement database values at $7.5 million"
	if k >= 2 && toks[k-1].lower == "at" && (toks[k-2].lower == "valued" || toks[k-2].lower == "value" || toks[k-2].lower == "values") {
		return true
	}
	return k >= 2 && toks[k-1].lower == "of" && toks[k-2].lower == "value"
}

// recentAgency returns the agency named last in the two sentences before
// sentence i, if it is one of the company's (in known), else -1: "... a
// pending sale of servers to U.S. Customs and Border Protection. The
// order, valued at $12.7 million, would supply the agency ...".
func recentAgency(info []sentInfo, i int, known map[int]int) int {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if as := info[j].agencies; len(as) > 0 {
			id := as[len(as)-1].id
			if _, ok := known[id]; ok {
				return id
			}
			return -1
		}
	}
	return -1
}

// recentAgencyOf is recentAgency for an action of company: an agency
// told just before in a sentence that names no other company is its too
// ("The HoloLens letter surfaced with about 100 signatures. By Wednesday
// more than 250 employees had signed").
func recentAgencyOf(info []sentInfo, i int, known map[int]int, company string) int {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if as := info[j].agencies; len(as) > 0 {
			if _, ok := known[as[len(as)-1].id]; ok {
				return as[len(as)-1].id
			}
			for _, n := range info[j].names {
				if n != company {
					return -1
				}
			}
			return as[len(as)-1].id
		}
	}
	return -1
}

// dealWords tie an agency named in a sentence that names no company to
// the deal the company in focus is in: its customer, the contractor it
// sells to, the facility it supplies.
var dealWords = map[string]bool{
	"buyer": true, "customer": true, "client": true, "contractor": true, "contractors": true,
	"contract": true, "contracts": true, "order": true, "purchase": true, "deal": true,
	"subcontract": true, "subcontracts": true, "supplies": true, "supplier": true,
	"agreement": true, "agreements": true, "subscription": true, "license": true, "licence": true,
	"facility": true, "facilities": true, "camp": true, "center": true, "centre": true,
	"shelter": true, "shelters": true, "runs": true, "operates": true, "operated": true, "run": true,
}

// contractValue is the stated value of one company's contract with one
// agency, and the sentence that states it.
type contractValue struct {
	usd  int64
	sent int
}

var contractWords = map[string]bool{
	"contract": true, "contracts": true, "deal": true, "deals": true, "order": true, "licenses": true,
	"sale": true, "license": true, "pilot": true, "subcontract": true, "subcontracts": true,
	"licences": true, "agreement": true, "bid": true, "award": true, "extension": true, "renewal": true,
	"solicitation": true,
}

// worthTo reports whether the amount ending at toks[next] is worth it to
// a company named right after: "is worth $96 million to Lumen Vantage".
func worthTo(toks []token, next int, comps []companyRef) bool {
	if next >= len(toks) || toks[next].lower != "to" {
		return false
	}
	for _, c := range comps {
		if c.from == next+1 && !c.product {
			return true
		}
	}
	return false
}

// agencyProgram reports whether one of the three sentences before
// sentence i told of an agency's program or project by the noun ("an Army
// program", "a project for ICE").
func agencyProgram(sents []sentence, info []sentInfo, i int, noun string) bool {
	if noun != "program" && noun != "programme" && noun != "project" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		toks := sents[j].toks
		for _, a := range info[j].agencies {
			if a.to < len(toks) && toks[a.to].lower == noun {
				return true
			}
			if a.from >= 2 && toks[a.from-2].lower == noun && (toks[a.from-1].lower == "for" || toks[a.from-1].lower == "with") {
				return true
			}
		}
	}
	return false
}

// acquiredFor reports whether the amount at toks[k] is the price a
// company was bought for: "which bought GitHub for $7.5 billion",
// "acquired Kestrel for $40 million".
func acquiredFor(toks []token, comps []companyRef, agencies []targetRef, k int) bool {
	if k < 3 || toks[k-1].lower != "for" {
		return false
	}
	buy := func(l string) bool {
		switch l {
		case "bought", "buy", "buying", "acquired", "acquire", "acquiring", "purchased", "purchase":
			return true
		}
		return false
	}
	for _, c := range comps {
		// "which bought GitHub for", not "ICE purchased Clearview AI for"
		if c.to == k-1 && c.from > 1 && buy(toks[c.from-1].lower) && !slices.ContainsFunc(agencies, func(a targetRef) bool { return a.to == c.from-1 }) {
			return true
		}
		// "Tableau, which Salesforce bought for $15.7 billion"
		if c.to == k-2 && buy(toks[k-2].lower) && c.from > 0 && toks[c.from-1].lower == "which" {
			return true
		}
	}
	return false
}

// purchaseWords price an agency's purchase when the agency is named in the
// same sentence: "the police department agreed to pay $340,000 for four".
var purchaseWords = map[string]bool{
	"pay": true, "paid": true, "purchase": true, "purchased": true, "bought": true, "buy": true,
}

// marketWords tell of what a company is worth, not a contract: "The
// company's stock puts its value at", "Investors put its value at".
var marketWords = wordSet("stock", "stocks", "shares", "investors", "investor", "market", "valuation", "traders")

var notContractMoney = map[string]bool{
	"budget": true, "aside": true, "donate": true, "donated": true, "donation": true, "donations": true,
	"revenue": true, "revenues": true, "raised": true, "raise": true, "fund": true, "funds": true,
	"funding": true, "grant": true, "invested": true, "investment": true, "spent": true, "sales": true,
	"profit": true, "income": true, "salary": true, "fine": true, "settlement": true, "bail": true,
	"minimum": true, "valuation": true, "earnings": true, "pledged": true, "committed": true,
}

// contractValues finds the stated values of companies' contracts with
// agencies: "$19.4 million contract with ICE", "a $95,500 one-year
// contract", "a deal that could be worth $10 billion". The company is the
// one named nearest the amount; the agency is named in the sentence.
func (x *Extractor) contractValues(sents []sentence, info []sentInfo, assoc map[string]map[int]int, targeted map[string]map[int]bool) map[string]contractValue {
	out := map[string]contractValue{}
	for i := range sents {
		toks := sents[i].toks
		in := &info[i]
		for k := range toks {
			usd, next, ok := moneyAt(toks, k)
			if !ok {
				continue
			}
			near := false
			coref := false // the contract is the one the sentence before told of
			bad := false
			back := 6
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if toks[j].text == "(" || toks[j].lower == "or" && j > 0 && toks[j-1].text == "," {
					back = 12 // "worth R$95 million (roughly US$17.4 million)", "A$34 million, or roughly US$22 million": the dollars of the amount before
				}
			}
			for j := k - back; j < next+4; j++ {
				if j < 0 || j >= len(toks) {
					continue
				}
				if contractWords[toks[j].lower] || purchaseWords[toks[j].lower] && len(in.agencies) > 0 {
					near = true
				}
				// "a $94,000 lease of two robots to the New York Police
				// Department", not "a $9 million lease on office space"
				if (toks[j].lower == "lease" || toks[j].lower == "leases") && len(in.agencies) > 0 && j+1 < len(toks) && toks[j+1].lower != "on" && toks[j+1].lower != "for" {
					near = true
				}
				// "a $9.75 million project for the New York Police
				// Department", not "a $7.2 billion project to build data
				// centers in Israel"
				if toks[j].lower == "project" && j+1 < len(toks) && (toks[j+1].lower == "for" || toks[j+1].lower == "with") {
					for _, a := range in.agencies {
						if a.from > j+1 && a.from <= j+3 {
							near = true
						}
					}
				}
				if notContractMoney[toks[j].lower] {
					bad = true
				}
			}
			if acquiredFor(toks, in.comps, in.agencies, k) {
				continue // "Microsoft, which bought GitHub for $7.5 billion": a company's price
			}
			if awardedToOther(toks, in.comps, k) {
				continue // "the department gave Northrop Grumman a $95 million contract": another's
			}
			if !near && worthBefore(toks, k) {
				// "The contract for the pilot, which ..., is worth $3.5
				// million", "The purchase ... is worth about $200,000"
				for j := 0; j < k; j++ {
					if contractWords[toks[j].lower] {
						near = true
					}
					if toks[j].lower == "purchase" && j > 0 && determiners[toks[j-1].lower] && len(in.comps) == 0 && i > 0 && hasVerb(sents[i-1].toks, 0, len(sents[i-1].toks), contractWords) {
						near = true // "The contract covers licenses ... The purchase ... is worth about $200,000"
					}
				}
				// "Nimbus is worth $1.2 billion": the program stands for
				// the contract; "It is worth about $200,000" after a
				// sentence about the contract
				if len(in.agencies) > 0 && in.agencies[0].from < k {
					near = true
				}
				// "... on an Army program that ... The program, known as
				// Sentinel Ridge, is worth $96 million": the agency's
				// program told just before
				if !near && len(toks) > 1 && toks[0].lower == "the" && agencyProgram(sents, info, i, toks[1].lower) && worthTo(toks, next, in.comps) {
					near, coref = true, true
				}
				_, q := qualifierBefore(toks, k)
				itsValue := q >= 3 && toks[q-1].lower == "at" && toks[q-2].lower == "value" && toks[q-3].lower == "its" && !hasVerb(toks, 0, q, marketWords)
				if !near && len(toks) > 0 && (toks[0].lower == "it" || toks[0].lower == "that" || itsValue) && i > 0 {
					// "Procurement records put its value at as much as $78
					// million", after "The CBP solicitation is for ..."
					for _, t := range sents[i-1].toks {
						if contractWords[t.lower] {
							near, coref = true, true
						}
					}
				}
			}
			if !near || bad {
				continue
			}
			// the company nearest the amount
			company, dist := "", 1<<30
			consider := func(name string, at int) {
				d := at - k
				if d < 0 {
					d = -d
				}
				if d < dist {
					company, dist = name, d
				}
			}
			for _, c := range in.comps {
				if !c.product && !(coref && c.from > k) && !(c.from < k && inAside(toks, in.comps, c.from, k)) {
					consider(c.name, c.from) // not the owner in "GitHub, which Microsoft owns, ..."
				}
			}
			for _, w := range in.workers {
				if len(w.names) == 1 && !(coref && w.head > k) {
					consider(w.names[0], w.head)
				}
			}
			parties := []string{company}
			if company == "" {
				// "The $1.2 billion contract ... provides cloud computing to
				// Israel" after Amazon's and Google's workers acted together
				company = in.focus
				if len(in.group) > 1 && contains(in.group, company) && !competing(toks) {
					parties = in.group
				} else {
					parties = []string{company}
				}
			}
			if company == "" {
				continue
			}
			if jointCompanies(toks, in) {
				// a contract two companies share is each one's: "a $1.2
				// billion contract under which Google and Amazon supply..."
				// but not one they compete for
				js := jointSet(toks, in)
				if !contains(js, company) || competing(toks) {
					continue
				}
				parties = js
			}
			agency := -1
			ad := 1 << 30
			for _, a := range in.agencies {
				d := a.from - k
				if d < 0 {
					d = -d
				}
				if d < ad {
					agency, ad = a.id, d
				}
			}
			if agency < 0 && len(targeted[company]) == 1 {
				// "Halyard signed the $62m contract last year": the
				// contract of the one agency its workers act against
				for id := range targeted[company] {
					agency = id
				}
			}
			if agency < 0 {
				agency = recentAgency(info, i, assoc[company])
			}
			if agency < 0 {
				if len(assoc[company]) != 1 {
					continue
				}
				agency, _ = argmax(assoc[company])
			}
			for _, p := range parties {
				a := agency
				if p != company && len(in.agencies) == 0 {
					if len(assoc[p]) != 1 {
						continue
					}
					a, _ = argmax(assoc[p])
				}
				key := p + "|" + x.agencyName(a)
				if _, ok := out[key]; !ok {
					out[key] = contractValue{usd: usd, sent: i}
				}
			}
		}
	}
	return out
}

// awardedToOther reports whether the amount at toks[k] is that of a
// contract given to a named party the story does not know as a company:
// "In 2018 the department gave Northrop Grumman a $95 million contract".
func awardedToOther(toks []token, comps []companyRef, k int) bool {
	j := k - 1
	if j < 2 || toks[j].lower != "a" && toks[j].lower != "an" {
		return false
	}
	end := j
	for j-1 >= 0 && toks[j-1].word && isCapitalized(toks[j-1]) && !toks[j-1].poss {
		j--
	}
	if j == end || j < 1 {
		return false
	}
	switch toks[j-1].lower {
	case "gave", "awarded", "handed", "granted", "gives", "awards":
	default:
		return false
	}
	for _, c := range comps {
		if c.from < end && c.to > j {
			return false
		}
	}
	return true
}

// workersUnion returns the company whose workers' union the sentence
// names: "the Alphabet Workers Union", "the Kickstarter Employees Union".
func workersUnion(toks []token, comps []companyRef) (string, bool, bool) {
	for _, c := range comps {
		if c.to+1 < len(toks) && !c.poss && (toks[c.to].lower == "workers" || toks[c.to].lower == "employees") && toks[c.to+1].lower == "union" {
			return c.name, c.inGaz, true
		}
	}
	return "", false, false
}

// unionDrive reports whether toks speak of organising a union: an
// election, a vote, recognition, the labor board. Such campaigns are
// another beat at every employer.
func unionDrive(toks []token) bool {
	lw := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].lower
	}
	for i, t := range toks {
		switch t.lower {
		case "unionize", "unionise", "unionized", "unionised", "unionizing", "unionising", "unionization", "unionisation", "nlrb":
			return true
		case "union":
			if n := lw(i + 1); n == "election" || n == "elections" || n == "vote" || n == "drive" || n == "recognition" {
				return true
			}
			if p := lw(i - 1); (p == "a" || p == "the") && (lw(i-2) == "form" || lw(i-2) == "formed" || lw(i-2) == "forming" || lw(i-2) == "join" || lw(i-2) == "recognize" || lw(i-2) == "recognise") {
				return true
			}
		case "board":
			if p := lw(i - 1); p == "labor" || p == "labour" {
				return true
			}
		case "unit":
			if lw(i-1) == "bargaining" {
				return true
			}
		}
	}
	return false
}

// theirBlockers are words between workers and "their" that give "their"
// another owner, someone else speaking or acting: "human rights groups
// said their open letter".
var theirBlockers = map[string]bool{"groups": true, "group": true,
	"customers": true, "shareholders": true, "executives": true, "union": true, "unions": true, "organizations": true,
	"organisations": true, "investors": true, "activists": true, "managers": true, "leaders": true, "founders": true,
	"board": true, "advocates": true, "nonprofits": true, "veterans": true}

// outsideSigners are signers who are not a company's staff: "300
// signatures, most of them veterans".
var outsideSigners = map[string]bool{"groups": true, "customers": true, "shareholders": true, "investors": true,
	"activists": true, "veterans": true, "advocates": true, "nonprofits": true, "users": true, "residents": true,
	"citizens": true, "parents": true, "students": true, "academics": true}

// theirAt returns the index of "their" before the noun at toks[at] ("their
// open letter", "their 2018 letter"), or -1.
func theirAt(toks []token, at int) int {
	k := at - 1
	for k >= 0 && (toks[k].lower == "open" || toks[k].lower == "internal" || toks[k].lower == "own" || isYear(toks[k])) {
		k--
	}
	if k >= 0 && toks[k].lower == "their" {
		return k
	}
	return -1
}

// possessedByThem reports whether the noun at toks[at] is "their", opening
// the sentence: "Their petition", "Their open letter".
func possessedByThem(toks []token, at int) bool {
	// the subject opening the sentence: "Their petition calls for", not
	// "In their letter, they write" of a letter already told
	k := theirAt(toks, at)
	return k >= 0 && isSentenceOpener(toks, k)
}

// theyGoverns reports whether "they" is the subject of the action at t:
// "When they held sit-ins", not "As they watched, protesters staged".
func theyGoverns(toks []token, t trigger) bool {
	for k := t.at - 1; k >= 0 && k >= t.at-3; k-- {
		if !toks[k].word {
			return false
		}
		if toks[k].lower == "they" {
			return true
		}
	}
	return false
}

// indefiniteEmployer reports whether the words before toks[before] place
// someone at an employer they do not name: "at a mid-size fintech
// company", "for an unnamed startup".
func indefiniteEmployer(toks []token, before int) bool {
	for k := 0; k+1 < before && k+1 < len(toks); k++ {
		if (toks[k].lower != "at" && toks[k].lower != "for") || (toks[k+1].lower != "a" && toks[k+1].lower != "an") {
			continue
		}
		for e := k + 2; e < before && e <= k+6; e++ {
			if !toks[e].word || isCapitalized(toks[e]) {
				break
			}
			if employerNouns[toks[e].lower] {
				return true
			}
		}
	}
	return false
}

// publicDocTold reports whether a sentence's "that petition" or "the
// petition" is one the public started, as the last sentence naming a
// document of its kind tells: "... illustrators who use Paperkite
// launched a public petition. That petition had passed 38,000 signatures".
func publicDocTold(toks []token, trigs []trigger, before []sentInfo) bool {
	action := ""
	for _, t := range trigs {
		if t.noun && actionClass(t.action) == "doc" && t.at > 0 {
			switch toks[t.at-1].lower {
			case "that", "the", "this":
				action = t.action
			}
			break
		}
	}
	if action == "" && len(toks) > 0 && toks[0].lower == "it" && len(before) > 0 {
		// "Privacy advocates launch a public online petition urging
		// Ostrava to drop the contract. It passes 18,000 signatures": the
		// document the sentence before told, whatever its kind
		prev := before[len(before)-1]
		for _, t := range prev.trigs {
			if t.noun && actionClass(t.action) == "doc" {
				return hasPublic(prev.toks) && !namedWorkersSign(prev)
			}
		}
	}
	if action == "" {
		return false
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		for _, t := range before[k].trigs {
			if t.noun && t.action == action {
				return hasPublic(before[k].toks) && !namedWorkersSign(before[k])
			}
		}
	}
	return false
}

// namedWorkersSign reports whether a sentence has a company's workers in
// it: their document, not the public's.
func namedWorkersSign(in sentInfo) bool {
	for _, w := range in.workers {
		if len(w.names) > 0 && !w.generic && !w.unowned {
			return true
		}
	}
	return false
}

// countedEmployers reports whether the words before toks[before] count
// companies the sentence does not name: "Two vendors are dealing with
// employee pushback", "several contractors whose staff objected".
func countedEmployers(toks []token, before int) bool {
	for k := 0; k+1 < before && k+1 < len(toks) && k <= 1; k++ {
		a, ok := amountAt(toks, k)
		if !ok || a.money || a.percent {
			if l := toks[k].lower; l != "several" && l != "many" && l != "some" && l != "few" {
				continue
			}
			a.to = k + 1
		}
		if a.to < before && a.to < len(toks) {
			n := strings.TrimSuffix(toks[a.to].lower, "s")
			if strings.HasSuffix(n, "ie") {
				n = strings.TrimSuffix(n, "ie") + "y" // "companies"
			}
			if n != toks[a.to].lower && (employerNouns[n] || n == "contractor" || n == "supplier") {
				return true
			}
		}
	}
	return false
}

// walkedOutAfter reports whether the words from toks[k] say that people
// walked out or struck: only a company's own staff leave its work.
func walkedOutAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		switch toks[j].lower {
		case "walked", "walk", "struck", "strike", "striking":
			return true
		case "left":
			return j+1 < len(toks) && (toks[j+1].lower == "work" || toks[j+1].lower == "their")
		}
	}
	return false
}

// workersTold reports whether the sentences before spoke of the company's
// workers by a worker noun: "a controls engineer at Pallas Robotics posted
// a document ... the petition carried 312 signatures".
func workersTold(before []sentInfo, company string) bool {
	for _, in := range before {
		for _, w := range in.workers {
			if !w.generic && !w.unowned && !w.workforce && len(w.names) == 1 && w.names[0] == company {
				return true
			}
		}
	}
	return false
}

// yearBefore returns the year a clause gives its action just before it
// ("the same one that, in April 2019, published an open letter"; "made
// its name in 2019, when more than 8,700 employees signed a letter"), or
// 0.
func yearBefore(toks []token, at int) int {
	for k := at - 1; k >= 3 && k >= at-10; k-- {
		if toks[k].lower == "when" && toks[k-1].text == "," {
			if y := yearBefore(toks, k-1); y > 0 {
				return y
			}
			break
		}
		if t := toks[k].text; t == ";" || t == ":" || t == "—" || t == "(" || t == ")" {
			break
		}
	}
	for k := at - 1; k >= 1 && k >= at-6; k-- {
		if !isYear(toks[k]) {
			continue
		}
		p := toks[k-1].lower
		// "campaigned against Nimbus since 2021, when more than 90
		// employees signed a letter"
		if p == "in" || months[p] != 0 && k >= 2 && toks[k-2].lower == "in" || p == "since" && k+2 < len(toks) && toks[k+1].text == "," && toks[k+2].lower == "when" {
			y, _ := strconv.Atoi(toks[k].text)
			return y
		}
		return 0
	}
	return 0
}

// yearOfAction is yearBefore, or the year that qualifies the action's
// noun: "the 2019 walkout at Nettlebrook Games".
func yearOfAction(toks []token, at int) int {
	if at >= 2 && isYear(toks[at-1]) && (toks[at-2].lower == "the" || toks[at-2].poss || toks[at-2].lower == "its" || toks[at-2].lower == "their") {
		y, _ := strconv.Atoi(toks[at-1].text)
		return y
	}
	return yearBefore(toks, at)
}

// originTold reports whether a dated sentence tells where the story's own
// document began: "The petition first circulated in 2020, when 73 staff
// signed it" is the revived petition's first figure, not another one.
func originTold(toks []token, t trigger) bool {
	k := afterLead(toks)
	if k+2 >= len(toks) || toks[k].lower != "the" || actionClass(t.action) != "doc" {
		return false
	}
	switch toks[k+1].lower {
	case "letter", "petition", "statement", "pledge":
	default:
		return false
	}
	n := k + 2
	if toks[n].lower == "was" || toks[n].lower == "had" {
		n++
	}
	return n < len(toks) && (toks[n].lower == "first" || toks[n].lower == "originally" || toks[n].lower == "initially")
}

// yearsApart reports whether two sentences are dated three or more years
// apart: "in May 2020" and "By early 2025".
func yearsApart(a, b []token) bool {
	ya, yb := toldYear(a), toldYear(b)
	return ya > 0 && yb > 0 && (ya-yb >= 3 || yb-ya >= 3)
}

// toldYear returns the year a sentence opens by dating itself ("In 2020",
// "in May 2020", "By early 2025"), or 0.
func toldYear(toks []token) int {
	// the sentence's own date opens it; not "by 2030" (a goal) or "since
	// 2014" (a background) further on
	for k := 1; k < len(toks) && k <= 8; k++ {
		if !isYear(toks[k]) {
			continue
		}
		p := toks[k-1].lower
		if p == "in" || p == "early" || p == "late" || p == "mid" || months[p] != 0 {
			if y, err := strconv.Atoi(toks[k].text); err == nil {
				return y
			}
		}
	}
	return 0
}

// openingYear returns the year a sentence opens by dating itself ("In
// February 2019 ...", "Back in 2018, ..."), or 0.
func openingYear(toks []token) int {
	for k := 0; k < len(toks) && k < 5; k++ {
		if isYear(toks[k]) {
			if y, err := strconv.Atoi(toks[k].text); err == nil && k > 0 {
				switch toks[k-1].lower {
				case "in", "of":
					return y
				}
				// a timeline's entry: "February 2024 — A new open letter"
				if k == 1 && months[toks[0].lower] != 0 && k+1 < len(toks) && (toks[k+1].text == "—" || toks[k+1].text == "–" || toks[k+1].text == ":" || toks[k+1].text == "-") {
					return y
				}
				if k >= 2 && toks[k-2].lower == "in" && months[toks[k-1].lower] != 0 {
					return y
				}
				// "In early 2019", "In late 2018"
				if k >= 2 && toks[k-2].lower == "in" && (toks[k-1].lower == "early" || toks[k-1].lower == "late" || toks[k-1].lower == "mid") {
					return y
				}
			}
			return 0
		}
		if !toks[k].word {
			return 0
		}
	}
	return 0
}

// protestSaid reports whether a sentence calls what it tells a protest:
// "resigned in protest", "quit to protest the contract".
func protestSaid(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "protest", "protesting", "protested", "objection", "conscience":
			return true
		}
	}
	return false
}

// namedAfter returns the action a sentence names as what the sentence
// before told, when it opens "It was the first walkout", "This was a
// sit-in" and names no workers of its own.
func namedAfter(toks []token, trigs []trigger, workers int) (trigger, bool) {
	if workers > 0 || len(toks) < 4 {
		return trigger{}, false
	}
	switch toks[0].lower {
	case "it", "this", "that":
	default:
		return trigger{}, false
	}
	switch toks[1].lower {
	case "was", "is", "became", "marked":
	default:
		return trigger{}, false
	}
	for _, t := range trigs {
		if t.noun && t.at <= 6 && actionClass(t.action) != "doc" {
			for k := t.end; k < len(toks) && k <= t.end+3; k++ {
				if toks[k].lower == "by" || toks[k].lower == "organised" || toks[k].lower == "organized" || toks[k].lower == "on" {
					return trigger{}, false // "the first sit-in by the activist group", "the first drone strike on a factory"
				}
			}
			return t, true
		}
	}
	return trigger{}, false
}

// actedBefore returns where the action of a sentence that tells workers
// acting, but names no action, stands: right after its workers, named
// with their employer or counted ("about 230 employees of Bramblecode
// ... rode down to the street").
func actedBefore(in *sentInfo) (int, bool) {
	if len(in.trigs) > 0 || len(in.workers) != 1 {
		return 0, false
	}
	w := in.workers[0]
	if len(w.names) != 1 || w.generic || w.workforce || w.other || !w.hasCount || w.to >= len(in.toks) {
		return 0, false
	}
	k := w.to
	if in.toks[k].text == "," {
		// ", a software company that occupies four floors, rode down"
		k++
		for k < len(in.toks) && in.toks[k].text != "," {
			k++
		}
		k++
	}
	if k >= len(in.toks) || !in.toks[k].word || !gatherVerbs[in.toks[k].lower] {
		return 0, false
	}
	return k, true
}

// gatherVerbs tell workers leaving their work or gathering, which a
// sentence after may name as a walkout or a protest: "rode down to the
// street", "filed out of the building", "gathered in the plaza".
var gatherVerbs = wordSet("rode", "filed", "poured", "streamed", "gathered", "assembled", "rallied", "marched",
	"stood", "lined", "left", "downed", "logged", "stopped", "massed", "spilled", "crowded", "packed", "sat", "walked")

// asksTheCompany reports whether the document at t asks "the company" (or
// its leaders) something, right after it or after an addressee: "a
// petition asking the company to", "an open letter to chief executive
// Hamish Todd, asking the company to exit the contract".
func asksTheCompany(toks []token, t trigger) bool {
	// "an open letter", "a petition", not "Their open letter" (someone
	// else's, told before) nor a letter "at a rival mapping firm"
	k := t.at - 1
	for k >= 0 && t.at-k <= 3 && toks[k].word && toks[k].text == toks[k].lower && !determiners[toks[k].lower] && toks[k].lower != "their" && toks[k].lower != "a" && toks[k].lower != "an" {
		k-- // "a two-page letter", "an anonymous letter"
	}
	if k < 0 || toks[k].lower != "a" && toks[k].lower != "an" && toks[k].lower != "the" {
		return false
	}
	for _, tk := range toks {
		if tk.lower == "rival" || tk.lower == "competitor" || tk.lower == "competitors" {
			return false
		}
	}
	for k := t.end; k < len(toks) && k <= t.end+10; k++ {
		l := toks[k].lower
		if l == "asking" || l == "urging" || l == "calling" && k+1 < len(toks) && toks[k+1].lower == "on" {
			j := k + 1
			if l == "calling" {
				j++
			}
			if j+1 < len(toks) && toks[j].lower == "the" && (employerNouns[toks[j+1].lower] || leadershipNouns[toks[j+1].lower]) {
				return true
			}
			return false
		}
		if l == "." || l == ";" || isVerbLike(l) {
			return false
		}
	}
	return false
}

// isVerbLike reports whether a word is a finite verb that ends the
// document's noun phrase: "was", "is", "has".
func isVerbLike(l string) bool {
	switch l {
	case "was", "is", "were", "are", "has", "have", "had", "drew", "got", "gathered":
		return true
	}
	return false
}

// mentionsWord reports whether the sent-th sentence holds the word w.
func mentionsWord(info []sentInfo, sent int, w string) bool {
	if sent < 0 || sent >= len(info) {
		return false
	}
	for _, t := range info[sent].toks {
		if t.text == w {
			return true
		}
	}
	return false
}

// knownNoun reports whether the action noun at toks[at] is one already
// told: "the HoloLens letter", "the letter".
func knownNoun(toks []token, at int) bool {
	_, ok := namedKnown(toks, at)
	return ok
}

// namedKnown reports whether the action noun at toks[at] is one already
// told, named by what it was about: "the HoloLens letter", or "the letter".
// It returns the name that qualifies it, "HoloLens", or "".
func namedKnown(toks []token, at int) (string, bool) {
	k := at - 1
	for k >= 0 && at-k <= 3 && toks[k].lower != "the" && isCapitalized(toks[k]) && !toks[k].poss {
		k--
	}
	if k < 0 || toks[k].lower != "the" {
		return "", false
	}
	if k < at-1 {
		return toks[at-1].text, true
	}
	return "", true
}

// organizedBy reports whether the action at t is said to be organised or
// led by someone named after it: "The sit-ins were organized by ...".
func organizedBy(toks []token, t trigger) bool {
	for k := t.end; k+1 < len(toks) && k <= t.end+3; k++ {
		switch toks[k].lower {
		case "organized", "organised", "led", "coordinated", "called", "planned":
			return toks[k+1].lower == "by"
		}
	}
	return false
}

// jointWorkers reports whether the workers bound to an action belong to
// more than one company: "a coalition of Google and Amazon workers".
func jointWorkers(ws []*workerRef) bool {
	names := map[string]bool{}
	for _, w := range ws {
		for _, n := range w.names {
			names[n] = true
		}
	}
	return len(names) > 1
}

// sameDocTold returns the company's latest action told before of the
// kind that c names as known ("the petition"), or nil.
func sameDocTold(told []*cand, c *cand, toks []token) *cand {
	d := c.trig.at
	if !c.trig.noun && c.trig.sign {
		// "reads the petition, which has been signed by roughly a third
		// of the studio's 520 employees": the noun the signing is of
		for k := c.trig.at - 1; k >= 1 && k >= c.trig.at-10; k-- {
			if toks[k].lower == c.action {
				d = k
				break
			}
		}
	}
	if d == c.trig.at && !c.trig.noun || d == 0 || toks[d-1].lower != "the" {
		return nil // "the petition", not "the Army petition": that one may be another
	}
	for k := len(told) - 1; k >= 0; k-- {
		if told[k].action == c.action && told[k].sent < c.sent {
			return told[k]
		}
	}
	return nil
}

// newlyTold reports whether a sentence tells of something new or of this
// week: "released the Army letter, a new appeal", "On Tuesday".
func newlyTold(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "new", "second", "another", "fresh", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "released", "published", "launched", "sent", "delivered":
			return true
		}
	}
	return false
}

// workplaceClause returns where a relative clause that places workers
// ends, "who work at Wayfold Maps", when one opens at toks[at], or at.
func workplaceClause(toks []token, at int) int {
	if at+3 >= len(toks) || toks[at].lower != "who" {
		return at
	}
	switch toks[at+1].lower {
	case "work", "works", "worked":
	default:
		return at
	}
	if toks[at+2].lower != "at" && toks[at+2].lower != "for" {
		return at
	}
	k := at + 3
	for k < len(toks) && toks[k].word && isCapitalized(toks[k]) {
		k++
	}
	return k
}

// isWeekday reports whether w names a day of the week: "by Friday" is a
// time, no author.
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// underAgreement reports whether toks[from:to] say the first body works
// under the second's agreement: "under an agreement with", "under a
// contract with".
func underAgreement(toks []token, from, to int) bool {
	for k := from; k+2 < to; k++ {
		if toks[k].lower != "under" {
			continue
		}
		for j := k + 1; j < to && j <= k+3; j++ {
			switch toks[j].lower {
			case "agreement", "contract", "deal", "subcontract":
				return true
			}
		}
	}
	return false
}

// companyAside reports whether the aside toks[from:to] describes a company
// and no person: ", a Fremont game studio,".
func companyAside(toks []token, from, to int) bool {
	company := false
	for k := from; k < to; k++ {
		l := toks[k].lower
		if employerNouns[l] {
			company = true
		}
		switch l {
		case "by", "including", "led", "founded", "chief", "executive", "officer", "ceo", "president", "founder", "head":
			return false
		}
	}
	return company
}

// growthHeadVerbs tell, in a headline, how a document's tally goes:
// "Tucano Dados: the letter keeps growing" (not "the letter Congress
// sent").
var growthHeadVerbs = wordSet("keeps", "grows", "gains", "tops", "passes", "hits", "reaches", "climbs", "swells", "nears", "doubles", "grew", "passed", "topped", "is", "still")

// dropDescriptors drops a found name that the text uses only to describe
// another company: the headline's "quit Bermondsey start-up" where the
// story tells "Lamplight Vision, a Bermondsey start-up".
func dropDescriptors(sents []sentence, names []string) []string {
	return dropNames(names, func(n string) bool { return describesAnother(sents, n) })
}

// dropNames keeps, in order and in place, the names drop does not match.
func dropNames(names []string, drop func(string) bool) []string {
	kept := names[:0]
	for _, n := range names {
		if !drop(n) {
			kept = append(kept, n)
		}
	}
	return kept
}

// describesAnother reports whether the story's text uses name only in an
// appositive of another name, before its noun: "Lamplight Vision, a
// Bermondsey start-up" (a headline may use it otherwise). A name the
// text uses otherwise too ("Engineers at Quillmark ... Tessen, a
// Quillmark company") is a company.
func describesAnother(sents []sentence, name string) bool {
	words := strings.Fields(name)
	described := false
	for _, s := range sents {
		if s.para < 0 {
			continue // the headline
		}
		toks := s.toks
		for k := 0; k+len(words) <= len(toks); k++ {
			if !textsAt(toks, k, words) {
				continue
			}
			if !descriptorAt(toks, k, len(words)) {
				return false
			}
			described = true
		}
	}
	return described
}

// descriptorAt reports whether the n words at toks[k] describe the name
// before them: ", a Bermondsey start-up".
func descriptorAt(toks []token, k, n int) bool {
	if k < 3 || toks[k-2].text != "," || (toks[k-1].lower != "a" && toks[k-1].lower != "an") || !isCapitalized(toks[k-3]) {
		return false
	}
	for j := k + n; j < len(toks) && j <= k+n+2 && toks[j].word; j++ {
		if appositiveNouns[toks[j].lower] {
			return true
		}
		if isCapitalized(toks[j]) {
			break
		}
	}
	return false
}

// joinedTold returns the company's action of c's kind told before, when
// c is that action joined: "who joined the walkout"; nil otherwise.
func joinedTold(told []*cand, c *cand, toks []token) *cand {
	if !joinedThe(toks, c.trig) {
		return nil
	}
	for k := len(told) - 1; k >= 0; k-- {
		if told[k].action == c.action {
			return told[k]
		}
	}
	return nil
}

// joinedThe reports whether a trigger is the action someone joined, named
// as the one already told: "who joined the walkout", "took part in the
// sit-in".
func joinedThe(toks []token, t trigger) bool {
	at := t.at
	if !t.noun || at < 2 || toks[at-1].lower != "the" {
		return false
	}
	switch toks[at-2].lower {
	case "joined", "join", "joins", "joining", "attended", "attend":
		return true
	case "in":
		return at >= 4 && toks[at-3].lower == "part" && (toks[at-4].lower == "took" || toks[at-4].lower == "take" || toks[at-4].lower == "taking")
	}
	return false
}

// ellipticQuits reads a count of resignations whose people the clause
// before names: "Ninety engineers signed it; six eventually resigned",
// "..., and six people resigned over it".
func ellipticQuits(toks []token) (sigCount, bool) {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k-1].text != ";" && toks[k-1].lower != "and" {
			continue
		}
		a, ok := amountAt(toks, k)
		if !ok || a.from != k || a.money || a.percent || a.vague || a.countValue() == 0 || isYear(toks[a.numFrom]) {
			continue
		}
		j := a.to
		if j < len(toks) && (toks[j].lower == "people" || toks[j].lower == "others" || toks[j].lower == "more") {
			j++
		} else if toks[k-1].lower == "and" {
			continue // "and six" alone may be a number of anything
		}
		if j < len(toks) && quitAdverbs[toks[j].lower] {
			j++
		}
		if j < len(toks) && (toks[j].lower == "resigned" || toks[j].lower == "quit") && actionClauseBefore(toks, k-1) && !boardLeft(toks, j+1) {
			return sigCount{a: a, at: a.from, resign: true}, true
		}
	}
	return sigCount{}, false
}

// quitAdverbs may stand between an elliptical count and "resigned".
var quitAdverbs = wordSet("eventually", "later", "also", "then", "ultimately", "subsequently", "since", "have", "had")

// onlyName reports whether every company refs names is name (none counts).
func onlyName(refs []companyRef, name string) bool {
	for _, c := range refs {
		if !c.product && c.name != name {
			return false
		}
	}
	return true
}

// actedAtCompany returns the company at whose offices the workers w acted,
// when a presence action follows them there: "employees staged sit-ins
// at Google offices", "staff rallied outside Amazon's headquarters".
func actedAtCompany(toks []token, w *workerRef, trigs []trigger, comps []companyRef) (companyRef, bool) {
	for _, t := range trigs {
		if actionClass(t.action) != "presence" || t.at < w.to || t.at > w.to+4 {
			continue
		}
		for k := t.end; k < len(toks) && k <= t.end+2; k++ {
			if l := toks[k].lower; l != "at" && l != "outside" && l != "inside" {
				continue
			}
			for _, c := range comps {
				if c.from != k+1 || c.product || c.to >= len(toks) {
					continue
				}
				if siteNouns[toks[c.to].lower] || toks[c.to].lower == "campuses" {
					return c, true
				}
			}
		}
	}
	return companyRef{}, false
}

// yourWorkers reports whether workers are the reader's, addressed in a
// statement: "a third of your engineers", not a question to a guest ("How
// many of your colleagues signed?") nor a quotation.
func yourWorkers(toks []token, w *workerRef) bool {
	if len(toks) > 0 && toks[len(toks)-1].text == "?" || quotedOrSaid(toks) || w.hasCount && !w.share && !w.count.vague {
		return false // "We, 3,100 of your employees, sign this letter": its signers, to their chief
	}
	for k := max(w.from-1, 0); k < w.head && k < len(toks); k++ {
		if toks[k].lower == "your" {
			// "more than 8,700 of your employees have signed this letter":
			// its signers, to their chief; "a third of your engineers":
			// anyone's
			if k >= 2 && toks[k-1].lower == "of" {
				if a, ok := amountAt(toks, k-2); ok && a.to == k-1 && a.countValue() > 0 && !a.percent {
					return false
				}
				if p := toks[k-2].text; p != "" && p[0] >= '0' && p[0] <= '9' {
					return false
				}
			}
			return true
		}
	}
	return false
}

// signersOfThe reports whether the document at t is named in a clause
// about its signers: "people who signed the petition were among those
// laid off".
func signersOfThe(toks []token, t trigger) bool {
	v := t.at // the verb of signing
	if t.noun {
		if v < 2 || toks[v-1].lower != "the" {
			return false
		}
		v -= 2
	} else if v+2 >= len(toks) || toks[v+1].lower != "the" || !docWords[toks[v+2].lower] {
		return false
	}
	if v < 1 || !signVerbs[toks[v].lower] {
		return false
	}
	return toks[v-1].lower == "who" || (toks[v-1].lower == "had" || toks[v-1].lower == "have") && v >= 2 && toks[v-2].lower == "who"
}

// toldBefore returns the company's last action of c's kind told in an
// earlier sentence, or nil.
func toldBefore(told []*cand, c *cand) *cand {
	for k := len(told) - 1; k >= 0; k-- {
		if told[k].action == c.action && told[k].sent < c.sent {
			return told[k]
		}
	}
	return nil
}

// actionClauseBefore reports whether the clause before toks[k] tells workers
// acting, whose number the clause after takes up: "Ninety engineers
// signed it; six resigned", not "Three executives were named in the
// lawsuit; two later resigned".
func actionClauseBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if toks[j].text == ";" || toks[j].text == "." {
			break
		}
		switch toks[j].lower {
		case "signed", "letter", "petition", "walked", "walkout", "protested", "protest", "sit-in", "struck", "marched", "rallied":
			return true
		}
	}
	return false
}

// boardLeft reports whether what was resigned from, after toks[k], is a
// board or a council: "resigned from the company's advisory council".
func boardLeft(toks []token, k int) bool {
	if k >= len(toks) || toks[k].lower != "from" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch toks[j].lower {
		case "board", "council", "committee", "panel", "commission":
			return true
		}
	}
	return false
}

// fitsTopic reports whether an agency can be the body an aim stands for:
// a deportation letter's is a border or immigration body, never the
// Pentagon of a headline about another deal.
func fitsTopic(slug, agency string) bool {
	if slug != "immigration" {
		return true
	}
	switch agency {
	case "ICE", "CBP", "DHS", "USCIS", "ORR", "HHS", "CBSA", "Australian Border Force", "UK Home Office", "Frontex":
		return true
	}
	return false
}

// bothCompanies reports whether a sentence asks something of two
// companies told before together: "It calls on both companies to",
// "urging the two firms"; not "The two companies have contracts with the
// Pentagon".
func bothCompanies(toks []token) bool {
	if !hasVerb(toks, 0, len(toks), askBoth) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if employerPlurals[toks[k].lower] && (toks[k-1].lower == "both" || toks[k-1].lower == "two" && k >= 2 && toks[k-2].lower == "the") {
			return true
		}
	}
	return false
}

// askBoth are the verbs of a document asking its companies.
var askBoth = wordSet("asks", "ask", "asked", "asking", "calls", "called", "calling", "urges", "urged", "urging", "demands", "demanded", "demanding", "wants")

// sectionHeading returns the company a section's heading opens with: a
// paragraph of one short line with no closing stop, "Halden Cloud and the
// border towers", "Corvane and Project Halyard".
// headings is the article's count of them (sectionHeadings): a look-back
// has two or more.
func sectionHeading(sents []sentence, info []sentInfo, i, headings int) (companyRef, bool) {
	in := info[i]
	if headings < 2 || !headingLine(sents, i) || i+1 >= len(info) || len(in.trigs) > 0 {
		return companyRef{}, false
	}
	for _, c := range in.comps {
		if c.from == 0 && !c.product && !c.poss {
			return c, true
		}
	}
	return companyRef{}, false
}

// sectionHeadings counts the one-line paragraphs with no closing stop that
// open with a company's name, not its possessive: a look-back's sections.
func sectionHeadings(sents []sentence, info []sentInfo) int {
	n := 0
	for i, in := range info {
		if headingLine(sents, i) && slices.ContainsFunc(in.comps, func(c companyRef) bool { return c.from == 0 && !c.product && !c.poss }) {
			n++
		}
	}
	return n
}

// headingLine reports whether sentence i is a paragraph of one short line
// with no closing stop.
func headingLine(sents []sentence, i int) bool {
	s := sents[i]
	n := len(s.toks)
	if n == 0 || n > 8 || i+1 < len(sents) && sents[i+1].para == s.para || i > 0 && sents[i-1].para == s.para {
		return false
	}
	last := s.toks[n-1].text
	return last != "." && last != "?" && last != "!" && last != ":"
}

// itemHeading returns the one company a list item's heading names before
// the colon at toks[colon], after any timestamp or number: "[24:05]
// Microsoft and the HoloLens:", "3. Tessellate:".
func itemHeading(toks []token, comps []companyRef, colon int) (companyRef, bool) {
	start := 0
	if toks[0].text == "[" || toks[0].text == "(" {
		for start < colon && toks[start].text != "]" && toks[start].text != ")" {
			start++
		}
		start++
	}
	for start < colon && !toks[start].word {
		start++
	}
	var found []companyRef
	for _, c := range comps {
		if c.product || c.poss || c.from < start || c.to > colon {
			continue
		}
		found = append(found, c)
	}
	if len(found) != 1 || found[0].from != start || colon-start > 6 {
		return companyRef{}, false
	}
	return found[0], true
}

// ownDealAfter reports whether a document's aim, right after it, is the
// company's own deal: "objecting to the company's $480 million deal",
// "against the firm's contract".
func ownDealAfter(toks []token, at int) bool {
	for k := at; k < len(toks) && k <= at+3; k++ {
		if (toks[k].lower == "company" || toks[k].lower == "firm") && toks[k].poss && k > 0 && toks[k-1].lower == "the" {
			for j := k + 1; j < len(toks) && j <= k+6 && toks[j].text != "," && toks[j].text != "."; j++ {
				if dealNouns[toks[j].lower] {
					return true // past "$480 million"
				}
			}
			return false
		}
	}
	return false
}

// dropUnionNames drops the worker noun inside the name of the union whose
// members were counted just before: in "More than 300 members of the Tech
// Workers Guild at Arbor Health Tech walked off the job", the members
// walked out, not "Workers".
func dropUnionNames(toks []token, ws []workerRef) []workerRef {
	inName := func(k int) bool {
		w := ws[k]
		if k == 0 || !isCapitalized(toks[w.head]) || w.head+1 >= len(toks) || toks[w.head+1].text != "Guild" && toks[w.head+1].text != "Union" {
			return false
		}
		m := ws[k-1]
		return m.hasCount && toks[m.head].lower == "members" && m.head+1 < len(toks) && toks[m.head+1].lower == "of" && w.head-m.head <= 5
	}
	var kept []workerRef
	for k, w := range ws {
		if inName(k) {
			if kept == nil {
				kept = append(make([]workerRef, 0, len(ws)), ws[:k]...)
			}
			continue
		}
		if kept != nil {
			kept = append(kept, w)
		}
	}
	if kept == nil {
		return ws
	}
	return kept
}

// dropSources drops the workers of an opening attribution, who tell the
// story rather than act in it: "According to the complaint and to former
// employees, about 60 Hollis Labs workers walked out".
func dropSources(toks []token, ws []workerRef) []workerRef {
	if len(toks) < 3 || toks[0].lower != "according" || toks[1].lower != "to" {
		return ws
	}
	comma := -1
	for k := 2; k < len(toks) && k <= 14; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return ws
	}
	// only when workers of their own act after the comma
	acting := slices.ContainsFunc(ws, func(w workerRef) bool { return w.from > comma && !w.generic })
	kept := ws[:0:0]
	for _, w := range ws {
		if acting && w.to <= comma && !w.hasCount && w.from >= 1 && (toks[w.from-1].lower == "to" || toks[w.from-1].lower == "former" || toks[w.from-1].lower == "current") {
			continue
		}
		kept = append(kept, w)
	}
	return kept
}

// otherDocBefore reports whether the words before the document noun at
// toks[at] set it apart from one told: "comes after an open letter",
// "follows a letter", "an earlier letter", "a separate petition".
func otherDocBefore(toks []token, at int) bool {
	if at+1 < len(toks) && (toks[at+1].lower == "drive" || toks[at+1].lower == "campaign" || toks[at+1].lower == "effort") {
		return false // "after a petition drive that lasted two weeks": the signing of the one told
	}
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		switch toks[k].lower {
		case "earlier", "separate", "previous", "prior":
			return true
		case "a", "an":
			if k > 0 {
				switch toks[k-1].lower {
				case "after", "follows", "followed", "following":
					return true
				}
			}
			return false
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// docSendVerbs are what a document's authors do with it: "a letter that
// 140 engineers sent to management".
var docSendVerbs = wordSet("sent", "signed", "wrote", "delivered", "drafted", "circulated", "published", "posted", "handed", "presented", "submitted", "addressed")

// whenWord opens the clause of a past action told in passing: "Google
// workers set the template last year, when employee protests ...".
var whenWord = wordSet("when")

// faceVerbs tell what a company went through: "has faced employee
// protests", "weathered staff walkouts".
var faceVerbs = wordSet("faced", "faces", "facing", "face", "seen", "saw", "sees", "weathered", "endured", "experienced")

// facedBy returns the company that, as the sentence's subject, faced the
// action whose staff modifier is at toks[mod]: "Google has faced employee
// protests", "The company has faced a string of employee protests" (the
// company in focus).
func facedBy(toks []token, comps []companyRef, focus string, mod int) (string, bool) {
	v := -1
	for k := mod - 1; k >= 0 && k >= mod-5; k-- {
		if faceVerbs[toks[k].lower] {
			v = k
			break
		}
		if !toks[k].word || toks[k].lower == "few" || toks[k].lower == "no" || toks[k].lower == "little" || toks[k].lower == "fewer" || toks[k].lower == "any" {
			return "", false // "has faced few employee protests"
		}
	}
	if v < 1 {
		return "", false
	}
	s := v
	for s > 0 && (toks[s-1].lower == "has" || toks[s-1].lower == "had" || toks[s-1].lower == "have" || toks[s-1].lower == "also" || toks[s-1].lower == "already" || toks[s-1].lower == "repeatedly") {
		s--
	}
	if s == 0 {
		return "", false
	}
	for _, c := range comps {
		if c.to == s && c.from <= 1 && !c.product {
			return c.name, true
		}
	}
	if focus != "" && (s == 1 && toks[0].lower == "it" || s == 2 && toks[0].lower == "the" && (toks[1].lower == "company" || toks[1].lower == "firm")) {
		return focus, true
	}
	return "", false
}

// groupDefinedFor returns the company the document at t belongs to when
// it is "the group's" and one of the three sentences before defines the
// group as workers asking that company: "a group of current and former
// employees that wants Microsoft to end ...", "a coalition of engineers
// who are urging Ravelin to drop ...".
func groupDefinedFor(info []sentInfo, i int, toks []token, t trigger) (companyRef, bool) {
	if !t.noun || actionClass(t.action) != "doc" || t.at < 2 || toks[t.at-2].lower != "the" || !toks[t.at-1].poss || !groupNouns[toks[t.at-1].lower] {
		return companyRef{}, false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		pt := info[j].toks
		for k := 0; k+2 < len(pt); k++ {
			if !groupNouns[pt[k].lower] || pt[k+1].lower != "of" {
				continue
			}
			// "a group of current and former employees": the workers
			// within a few words of "of"
			h := -1
			for m := k + 2; m < len(pt) && m <= k+6; m++ {
				if workerNouns[pt[m].lower] {
					h = m
					break
				}
			}
			if h < 0 || h+2 >= len(pt) || pt[h+1].lower != "that" && pt[h+1].lower != "who" {
				continue
			}
			if slices.ContainsFunc(info[j].comps, func(c companyRef) bool { return c.from > k && c.to <= h }) {
				return companyRef{}, false // "a group of Google employees that wants Amazon to ...": Google's, told otherwise
			}
			v := h + 2
			if v < len(pt) && (pt[v].lower == "are" || pt[v].lower == "is" || pt[v].lower == "has" || pt[v].lower == "have") {
				v++
			}
			if v >= len(pt) || !askBoth[pt[v].lower] {
				continue
			}
			for _, c := range info[j].comps {
				if !c.product && c.from == v+1 {
					return c, true
				}
			}
		}
	}
	return companyRef{}, false
}

// recentActors returns the companies whose workers acted in the latest
// sentence before sentence i, within two, that tells actions of more than
// one company; nil when there is none.
func recentActors(cands []*cand, i int) []string {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		var names []string
		for _, c := range cands {
			if c.sent == j && !c.borrowed && !contains(names, c.company) {
				names = append(names, c.company)
			}
		}
		if len(names) > 1 {
			return names
		}
	}
	return nil
}

// drafter returns the worker of one named company the sentence tells
// wrote or started the document it counts: "according to a Google
// engineer who helped draft it", "said an Ostrava engineer who started
// the petition".
func drafter(toks []token, workers []workerRef, comps []companyRef) (*workerRef, bool) {
	for j := range workers {
		w := &workers[j]
		if len(w.names) != 1 || w.generic || w.hasCount || w.to+2 >= len(toks) || toks[w.to].lower != "who" {
			continue
		}
		// the company named in the phrase, not one its reader infers:
		// not "two of the county employees who organized it"
		if !slices.ContainsFunc(comps, func(c companyRef) bool { return c.from >= w.from && c.to <= w.to && c.name == w.names[0] }) {
			continue
		}
		k := w.to + 1
		if toks[k].lower == "helped" {
			k++
		}
		switch toks[k].lower {
		case "draft", "drafted", "write", "wrote", "start", "started", "organize", "organized", "organise", "organised", "launch", "launched":
		default:
			continue
		}
		// the document itself: "draft it", "started the petition"; not
		// "wrote the software", "organized the protest"
		if k+1 < len(toks) && toks[k+1].lower == "it" || k+2 < len(toks) && toks[k+1].lower == "the" && (toks[k+2].lower == "letter" || toks[k+2].lower == "petition") {
			return w, true
		}
	}
	return nil, false
}

// againstWords tie an action to what it opposes.
var againstWords = wordSet("against", "over", "opposing", "protest", "protesting", "urging")

// contractedAfter returns the body named as a contract's other party
// ("contract with the U.S. Marshals Service") in the clause after toks[at],
// before any sentence break.
func contractedAfter(toks []token, refs []targetRef, at int) (targetRef, bool) {
	for _, r := range refs {
		if r.from <= at || r.from > at+30 || slices.ContainsFunc(toks[at:r.from], func(t token) bool { return t.text == ";" || t.text == "." }) {
			continue
		}
		// the action asks about it: "asking leadership not to renew", not
		// "and some of them said the company's separate contract"
		if !hasVerb(toks, at, r.from, askBoth) && !hasVerb(toks, at, r.from, againstWords) {
			continue
		}
		k := r.from - 1
		if k >= 0 && toks[k].lower == "the" {
			k--
		}
		if k >= 1 && (toks[k].lower == "with" || toks[k].lower == "for") && contractWords[toks[k-1].lower] {
			return r, true
		}
	}
	return targetRef{}, false
}

// itsDocOwner returns the company whose document a sentence opening "Its
// letter" or "Its petition" counts: the one the sentence before opens
// with as its subject.
func itsDocOwner(toks []token, trigs []trigger, info []sentInfo, i int) (companyRef, bool) {
	if i == 0 || len(toks) < 3 || toks[0].lower != "its" {
		return companyRef{}, false
	}
	if !slices.ContainsFunc(trigs, func(t trigger) bool { return t.noun && t.at == 1 && actionClass(t.action) == "doc" }) {
		return companyRef{}, false
	}
	prev := info[i-1]
	if len(prev.comps) == 0 || prev.comps[0].from != 0 || prev.comps[0].product || prev.comps[0].poss {
		return companyRef{}, false
	}
	return prev.comps[0], true
}

// lastYearOpener reports whether a sentence opens by dating what it tells
// a year or more back: "Last year", "A year ago", "Two years ago".
func lastYearOpener(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	if toks[0].lower == "last" && toks[1].lower == "year" {
		return true
	}
	return (toks[1].lower == "year" || toks[1].lower == "years") && toks[2].lower == "ago"
}

// groupNamedFor returns the company named inside the group's name that
// stands before a document noun: "The No Azure for Apartheid petition"
// (Azure, Microsoft's). The name runs from "the" to the noun, capitalized
// words and "for", "against", "of" only, and names one company.
func groupNamedFor(toks []token, comps []companyRef, t trigger) (companyRef, bool) {
	if !t.noun || actionClass(t.action) != "doc" || t.at < 3 {
		return companyRef{}, false
	}
	k := t.at - 1
	for k >= 0 && toks[k].lower != "the" && (isCapitalized(toks[k]) && !toks[k].poss || toks[k].lower == "for" || toks[k].lower == "against" || toks[k].lower == "of") {
		k--
	}
	if k < 0 || toks[k].lower != "the" || t.at-k < 3 || !isCapitalized(toks[k+1]) {
		return companyRef{}, false
	}
	var found []companyRef
	for _, c := range comps {
		if c.from > k && c.to < t.at {
			found = append(found, c)
		}
	}
	for j := k + 1; j < t.at && len(found) == 0; j++ {
		if owner, ok := productOwners[toks[j].text]; ok {
			found = append(found, companyRef{name: owner, inGaz: true, from: j, to: j + 1})
		}
	}
	if len(found) != 1 {
		return companyRef{}, false
	}
	return found[0], true
}

// productOwners are the companies whose products workers' groups name
// themselves after: "No Azure for Apartheid".
var productOwners = map[string]string{"Azure": "Microsoft", "YouTube": "Google", "Instagram": "Meta", "WhatsApp": "Meta", "Alexa": "Amazon"}

// countedDoc returns a new action of company for the letter or petition
// sentence i names first, with the count o; nil when it names none.
func countedDoc(company string, inGaz bool, trigs []trigger, i int, o obs) *cand {
	for _, t := range trigs {
		if t.noun && actionClass(t.action) == "doc" {
			c := &cand{company: company, inGaz: inGaz, action: t.action, sent: i, trig: t, sents: map[int]bool{i: true}, agency: -1, issue: -1}
			c.counts = append(c.counts, o)
			return c
		}
	}
	return nil
}

// takingPart reports whether t is "took part" or "participated" with
// nothing of a protest in what was taken part in: bare, or "in a
// volunteering day"; not "in a boycott" or "in the day of action against
// the contract".
func takingPart(toks []token, t trigger) bool {
	l, k := toks[t.at].lower, t.at+1
	if l == "took" || l == "take" || l == "taking" || l == "taken" || l == "takes" {
		if k >= len(toks) || toks[k].lower != "part" {
			return false
		}
		k++
	} else if l != "participated" {
		return false
	}
	return !hasVerb(toks, k, k+10, protestPartWords)
}

// protestPartWords, in what workers took part in, make it a protest.
var protestPartWords = wordSet("against", "over", "protest", "protests", "boycott", "march", "rally", "vigil",
	"demonstration", "action", "campaign", "banner", "strike", "walkout", "sit-in", "demand", "demanding", "opposing", "refusal")

// actionTold reports whether the title's or a sentence's triggers tell of
// an action other than taking part.
func actionTold(info []sentInfo, titleTrigs []trigger) bool {
	for _, t := range titleTrigs {
		if !t.weak {
			return true // the title's "part" is no "took part"
		}
	}
	for i := range info {
		for _, t := range info[i].trigs {
			if !t.weak && !takingPart(info[i].toks, t) {
				return true
			}
		}
	}
	return false
}

// compAt returns the index of the company reference starting at toks[at],
// or -1.
func compAt(comps []companyRef, at int) int {
	for i, c := range comps {
		if c.from == at {
			return i
		}
	}
	return -1
}

// namedSubject reports whether a person's name (two or three capitalised
// words) is the subject right before toks[at], perhaps after an opening
// time: "Anika Rahimi resigned", "On Monday, Anika Rahimi resigned". Not
// an executive: "chief executive Dana Holt resigned".
func namedSubject(toks []token, at int) bool {
	k := at - 1
	n := 0
	for k >= 0 && toks[k].word && isCapitalized(toks[k]) && !toks[k].poss {
		k--
		n++
	}
	if n < 2 || n > 3 {
		return false
	}
	if k >= 0 && toks[k].word && (personTitles[toks[k].lower] || leadershipNouns[toks[k].lower] || toks[k].lower == "executive" || toks[k].lower == "president" || toks[k].lower == "founder") {
		return false
	}
	return k < 0 || toks[k].text == ","
}

// reasonWords report whether a sentence gives a reason: "Her reason was a
// contract", "The reason: the company's deal", "resigned over", "citing".
func reasonWords(toks []token) bool { return hasVerb(toks, 0, len(toks), reasons) }

var reasons = wordSet("reason", "because", "objected", "objection", "over", "citing")

// oneOfOthers returns the workers of one company named right after "one"
// following a document noun, who sent or wrote that one, and where "one"
// is: "their letter on the one Salesforce employees sent to Marc Benioff".
func oneOfOthers(toks []token, from int, workers []workerRef) (workerRef, int, bool) {
	for k := from; k < len(toks) && k < from+4 && toks[k].word; k++ {
		if toks[k].lower != "one" {
			continue
		}
		for _, w := range workers {
			if (w.from == k+1 || w.from == k) && len(w.names) == 1 && !w.generic && !w.unowned && w.to < len(toks) && docSendVerbs[toks[w.to].lower] {
				return w, k, true
			}
		}
		return workerRef{}, 0, false
	}
	return workerRef{}, 0, false
}

// newSubjectWithin reports whether a clause of another subject may open
// between toks[from] and toks[to]: an "and", a name: "Salesforce workers
// protested and Benioff responded with a letter".
func newSubjectWithin(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].lower == "and" || toks[k].lower == "but" || toks[k].word && isCapitalized(toks[k]) {
			return true
		}
	}
	return false
}

// negatedBefore reports whether a "not" or "never" stands within the two
// words before toks[at]: "they did not protest".
func negatedBefore(toks []token, at int) bool {
	return hasVerb(toks, max(at-2, 0), at, negationWords)
}

// passiveBefore reports whether a form of "be" stands within the two words
// before the verb at toks[at]: "deals before they are signed", whose
// "they" are no workers.
func passiveBefore(toks []token, at int) bool {
	return hasVerb(toks, max(at-2, 0), at, beWords)
}

var (
	negationWords = wordSet("not", "never", "n't", "didn't", "didn’t", "no")
	beWords       = wordSet("are", "were", "is", "was", "be", "been", "being")
)

// letterAsksCompany returns the one company a sentence's definite letter asks
// to drop its own deal: "The letter asking Orbitra Imaging to drop its
// Customs and Border Protection imagery deal". Not a petition, which the
// public signs as often as staff.
func letterAsksCompany(toks []token, trigs []trigger, comps []companyRef) (companyRef, bool) {
	if len(comps) != 1 || comps[0].product || comps[0].poss {
		return companyRef{}, false
	}
	c := comps[0]
	for _, t := range trigs {
		if !t.noun || t.action != "letter" || t.at == 0 || toks[t.at-1].lower != "the" || t.end+1 >= len(toks) {
			continue
		}
		switch toks[t.end].lower {
		case "asking", "urging", "calling":
		default:
			continue
		}
		at := t.end + 1
		if toks[at].lower == "on" {
			at++
		}
		if c.from == at && c.to+1 < len(toks) && toks[c.to].lower == "to" && dealWithin(toks, c.to+1, 10) {
			for k := c.to + 1; k < len(toks) && k < c.to+6; k++ {
				if toks[k].lower == "its" {
					return c, true
				}
			}
		}
	}
	return companyRef{}, false
}
