package catalog

import "strings"

// sigCount is a number of signatures or participants that is not written
// as "N workers": "over 650 signatures", "signed by 1,400", "the total had
// passed 4,000", "and Amazon's over 100".
type sigCount struct {
	a       amount
	at      int
	earlier bool   // "up from roughly 900"
	sig     bool   // counts signatures: "3,100 signatures", "signed by 1,400"
	turnout bool   // counts a walkout's or protest's people: "a 600-strong walkout"
	company string // set for an elliptical "Amazon's over 100"
	tally   bool   // a running count of an action's people: "Organizers' count has reached 650"
	resign  bool   // answers "How many of you resigned?"
	inGaz   bool
	staff   bool // the company is where the signers work: "412 of the signers work at Microsoft"
	// bare marks what "it" now has, with no noun: "It now has more than
	// 300, including ...", a count only of a document counted just before
	bare bool
}

var growthVerbs = map[string]bool{
	"passed": true, "topped": true, "reached": true, "surpassed": true, "exceeded": true,
	"hit": true, "stood": true, "climbed": true, "grew": true, "rose": true, "swelled": true,
	"jumped": true, "increased": true, "grown": true, "risen": true, "ballooned": true, "crossed": true,
	"gathered": true, "collected": true, "garnered": true, "amassed": true,
	// headlines' present tense: "letter tops 250", "petition hits 500"
	"passes": true, "tops": true, "reaches": true, "surpasses": true, "exceeds": true, "hits": true,
	"climbs": true, "grows": true, "rises": true, "swells": true, "jumps": true, "crosses": true,
	"doubled": true, "tripled": true, "doubles": true, "triples": true, "soared": true, "surged": true,
}

// organizerWords name those who keep an action's count.
var organizerWords = wordSet("organisers", "organizers", "organiser", "organizer", "organisers'", "organizers'", "they", "we")

// presenceWords tell a crowd rather than names.
var presenceWords = wordSet("walkout", "walkouts", "walked", "strike", "protest", "protests", "rally", "turnout", "participants", "crowd", "attendance", "sit-in", "march", "marched")

// reviseVerbs change a count told before: "revised their count to 175".
var reviseVerbs = wordSet("revised", "raised", "updated", "lowered", "corrected", "adjusted", "upped")

var tallyNouns = map[string]bool{
	"total": true, "tally": true, "count": true, "number": true, "signatures": true,
	"list": true, "figure": true, "signers": true, "signatories": true, "names": true, "co-signers": true, "cosigners": true,
}

// publicWords mark a petition or letter of customers or the public, whose
// signatures are not workers'.
var publicWords = map[string]bool{
	"public": true, "customers": true, "users": true, "supporters": true, "activists": true,
	"readers": true, "consumers": true, "citizens": true, "residents": true, "parents": true,
	"students": true, "shareholders": true, "investors": true, "advocates": true, "online": true,
	"change.org": true, "fans": true, "fan": true, "customer": true, "user": true, "consumer": true,
	"academics": true, "academic": true, "scholars": true, "professors": true, "faculty": true,
	"players": true, "gamers": true, "reader": true, "subscriber": true, "shareholder": true, "investor": true, "citizen": true, "viewers": true, "subscribers": true, "members": true,
}

// publicObjectVerbs take "the public" as whom they reach: "warn the
// public", "mislead the public".
var publicObjectVerbs = wordSet("warn", "warning", "inform", "informing", "tell", "alert", "protect", "protecting", "mislead", "misled", "misleading", "deceive", "deceived", "endanger", "endangering", "reassure", "serve", "serving", "harm", "harming")

// disclosureVerbs before "public" make something known, not the public
// an actor: "became public", "went public", "made public".
var disclosureVerbs = map[string]bool{
	"became": true, "become": true, "becomes": true, "becoming": true, "went": true, "go": true,
	"goes": true, "gone": true, "going": true, "made": true, "make": true, "makes": true, "making": true,
}

// publicThings after "public" make it an adjective of something other than
// people: "a public statement", "public records".
var publicThings = map[string]bool{
	"statement": true, "statements": true, "records": true, "record": true, "comment": true,
	"comments": true, "sector": true, "hearing": true, "hearings": true, "company": true,
	"companies": true, "policy": true, "filing": true, "filings": true, "debate": true,
	"dispute": true, "fight": true, "clash": true, "rebuke": true, "criticism": true, "pressure": true,
	"funds": true, "money": true, "contracts": true, "contract": true,
	// "a public report on outcomes", "a public apology", "its initial
	// public offering"
	"report": true, "reports": true, "apology": true, "audit": true, "disclosure": true, "commitment": true,
	"inquiry": true, "accounting": true, "offering": true, "listing": true, "release": true,
}

// staffTeams after "customer" or "user" make it a team of the company's
// own: "customer support", "user research".
var staffTeams = wordSet("support", "service", "services", "success", "care", "experience", "relations", "research", "operations")

// hasPublic reports whether a sentence speaks of people other than a
// company's workers acting: customers, users, the public.
func hasPublic(toks []token) bool {
	for k, t := range toks {
		if t.lower == "public" && (k > 0 && (disclosureVerbs[toks[k-1].lower] || toks[k-1].lower == "most" || toks[k-1].lower == "more") || k+1 < len(toks) && publicThings[toks[k+1].lower] ||
			// "a public ethics policy"
			k+2 < len(toks) && toks[k+1].word && toks[k+1].text == toks[k+1].lower && !publicWords[toks[k+1].lower] && publicThings[toks[k+2].lower] && toks[k+2].lower != "company" && toks[k+2].lower != "companies") {
			continue // "when it became public", "a public statement": no public acting
		}
		if t.lower == "public" && k >= 2 && toks[k-1].lower == "the" && publicObjectVerbs[toks[k-2].lower] {
			continue // "to let staff warn the public": whom they would tell, not who acts
		}
		if (t.lower == "customer" || t.lower == "user") && k+1 < len(toks) && staffTeams[toks[k+1].lower] {
			continue // "from mapping, from sales, from customer support": a team of the staff
		}
		if t.lower == "online" && k > 0 && (toks[k-1].lower == "published" || toks[k-1].lower == "posted" || toks[k-1].lower == "shared" || toks[k-1].lower == "released") {
			continue // "this time published online": where the letter went, not who signed
		}
		if (t.lower == "readers" || t.lower == "viewers" || t.lower == "listeners") && k+1 < len(toks) && (toks[k+1].lower == "following" || toks[k+1].lower == "who") {
			continue // "Readers following the fight at Marigold": the audience, addressed
		}
		if t.lower == "members" && k+1 < len(toks) && toks[k+1].lower == "of" && unionWithin(toks, k+2, 5) {
			continue // "two members of the union's organizing committee": the staff's union
		}
		if t.lower == "members" && k > 0 && toks[k-1].word && toks[k-1].text[0] >= '0' && toks[k-1].text[0] <= '9' && membersActed(toks, k) {
			continue // the union's "230 members took part": its members' turnout
		}
		if t.lower == "members" && (k+2 < len(toks) && toks[k+1].lower == "of" && (toks[k+2].lower == "staff" || toks[k+2].lower == "the" && k+3 < len(toks) && toks[k+3].lower == "staff") || k > 0 && (toks[k-1].lower == "staff" || toks[k-1].lower == "team")) {
			continue // "310 members of staff", "staff members": the company's own
		}
		if publicWords[t.lower] && t.text != t.lower && k > 0 && (toks[k-1].lower == "of" || isCapitalized(toks[k-1])) && k+1 < len(toks) && isCapitalized(toks[k+1]) {
			continue // "the Texas Department of Public Safety", "Public Health England": a body's name
		}
		// "advocacy groups", not "the worker advocacy group"
		if t.lower == "advocacy" && k+1 < len(toks) && (toks[k+1].lower == "groups" || toks[k+1].lower == "organizations" || toks[k+1].lower == "organisations") && (k == 0 || !staffModifiers[toks[k-1].lower] && toks[k-1].lower != "labor" && toks[k-1].lower != "labour" && toks[k-1].lower != "tech") {
			return true
		}
		if t.lower == "families" || t.lower == "relatives" || t.lower == "patients" || t.lower == "voters" || t.lower == "donors" || t.lower == "neighbors" || t.lower == "neighbours" || t.lower == "listeners" || t.lower == "owners" {
			// "a petition organized by relatives of detained immigrants",
			// "Families of detainees launched a petition"; not "separating
			// migrant families" nor "employees and their families"
			prev := ""
			if k > 0 {
				prev = toks[k-1].lower
			}
			if prev == "by" || prev == "from" || (k == 0 || prev == "the") && k+1 < len(toks) && toks[k+1].lower == "of" {
				return true
			}
			if k >= 2 && (toks[k-2].lower == "by" || toks[k-2].lower == "from") && toks[k-1].word && !staffModifiers[prev] {
				return true // "signed by business owners", "from local voters"
			}
			continue
		}
		if publicWords[t.lower] {
			return true
		}
		// "delivered by a coalition of immigrant-rights groups", "human
		// rights organizations": outside advocates
		// "An outside petition run by civil liberties groups"
		if t.lower == "outside" && k+1 < len(toks) && (toks[k+1].lower == "petition" || toks[k+1].lower == "petitions") && k > 0 && (toks[k-1].lower == "an" || toks[k-1].lower == "the") {
			return true
		}
		if (t.lower == "rights" || t.lower == "liberties" || strings.HasSuffix(t.lower, "-rights")) && k+1 < len(toks) {
			switch toks[k+1].lower {
			case "groups", "organizations", "organisations", "coalition", "advocates", "campaigners":
				return true
			}
		}
		// "an open letter from developers who use GitHub": its users
		if (t.lower == "who" || t.lower == "that") && k > 0 && k+1 < len(toks) && (toks[k+1].lower == "use" || toks[k+1].lower == "rely") && (genericNouns[toks[k-1].lower] || workerNouns[toks[k-1].lower] || platformUsers[toks[k-1].lower]) {
			return true
		}
		// "signatures, most from outside the company"
		if t.lower == "outside" && k+2 < len(toks) && (toks[k+1].lower == "the" && employerNouns[toks[k+2].lower] && !(toks[k+2].poss && k+3 < len(toks) && (siteNouns[toks[k+3].lower] || toks[k+3].word && k+4 < len(toks) && siteNouns[toks[k+4].lower])) || k > 0 && toks[k-1].lower == "from") && !(k > 0 && sharedVerbs[toks[k-1].lower] && !countIn(toks)) {
			return true
		}
	}
	return false
}

// organizersTally reports whether the verb at toks[v] has the organizers'
// own tally for subject: "A final tally they later shared with the
// company counted 327", "The organizers' tally counted 140" - not "the
// company's own count showed", "a police count recorded".
func organizersTally(toks []token, v int) bool {
	tally, theirs := false, false
	for b := v - 1; b >= 0 && b >= v-10; b-- {
		switch l := toks[b].lower; {
		case l == "tally" || l == "count" || l == "total":
			tally = true
		case tallyKeepers[l] || l == "they" || l == "their" || l == "final":
			theirs = true
		case l == "by" && b+1 < len(toks) && workersGroupName(toks, b+1):
			theirs = true // "A tally by Amazon Employees for Climate Justice"
		case l == "police" || l == "badge" || l == "survey" || l == "filing" || l == "headcount" || toks[b].poss && !workerNouns[l] || employerNouns[l] && b > 0 && toks[b-1].lower == "by":
			return false // "the company's own count", "a tally by the company", "a police count"
		}
	}
	return tally && theirs
}

// tallyKeepers keep an action's own tally: "the organizers' tally", "the
// union's tally", "one organizer's tally".
var tallyKeepers = wordSet("organizers", "organisers", "organizer", "organiser", "union", "coalition", "group", "campaign")

// workersGroupName reports whether a workers' group's name starts at
// toks[k]: "Amazon Employees for Climate Justice", "the Tech Workers
// Coalition".
func workersGroupName(toks []token, k int) bool {
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	for j := k; j < len(toks) && j <= k+5 && isCapitalized(toks[j]); j++ {
		if workerNouns[toks[j].lower] || toks[j].text == "Union" || toks[j].text == "Coalition" {
			return true
		}
	}
	return false
}

// sharedVerbs before "outside the company" tell where something went, not
// who signed: "the only thing they shared outside the company".
var sharedVerbs = wordSet("shared", "leaked", "sent", "took", "taken", "posted", "forwarded", "circulated", "talked", "spoke", "discussed", "share", "leak")

// countIn reports whether a sentence states a number of people or names:
// "shared outside the company, the letter gathered 12,000 signatures".
func countIn(toks []token) bool {
	for k := range toks {
		if a, ok := amountAt(toks, k); ok && !a.money && !a.percent && a.countValue() > 0 {
			return true
		}
	}
	return false
}

// advocatesLead reports whether a sentence opens on advocacy bodies as
// its subject: "A coalition of immigrant-rights organizations has staged
// protests ... and delivered a petition", not "a petition, backed by
// privacy groups".
func advocatesLead(toks []token) bool {
	for k := 1; k < len(toks) && k <= 8; k++ {
		t := toks[k]
		if workerNouns[t.lower] || !t.word && t.text != "," {
			return false
		}
		if (t.lower == "organizations" || t.lower == "organisations" || t.lower == "groups" || t.lower == "nonprofits") && advocacyWord(toks[k-1].lower) {
			return true
		}
	}
	return false
}

// advocacyWord reports whether w names what an advocacy body stands for:
// "civil-rights", "immigrant-rights", "advocacy", "privacy".
func advocacyWord(w string) bool {
	if strings.HasSuffix(w, "-rights") || strings.HasSuffix(w, "-liberties") || strings.HasSuffix(w, "-justice") {
		return true
	}
	switch w {
	case "advocacy", "rights", "liberties", "activist", "campaign", "campaigning", "privacy", "community", "faith", "religious", "nonprofit", "non-profit", "immigrant", "immigration", "refugee":
		return true
	}
	return false
}

// unionWithin reports whether a union is named within n tokens from
// toks[from].
func unionWithin(toks []token, from, n int) bool {
	for k := from; k < len(toks) && k < from+n; k++ {
		if toks[k].lower == "union" || toks[k].lower == "union's" || toks[k].lower == "union’s" {
			return true
		}
		// "members of the Tech Workers Guild": a union by its name
		if toks[k].lower == "guild" && isCapitalized(toks[k]) && k > 0 && isCapitalized(toks[k-1]) {
			return true
		}
	}
	return false
}

// thenCount returns where a sentence places its count in the past ("At
// that point", "at first", "initially", "back then"), or -1; a "now" in
// the sentence cancels it.
func thenCount(toks []token) int {
	at := -1
	for k, t := range toks {
		l := t.lower
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].lower
		}
		switch {
		case l == "now" || l == "today" || l == "currently":
			return -1
		case at < 0 && (l == "initially" || l == "originally"):
			at = k
		case at < 0 && l == "at" && (next == "first" || next == "that" && k+2 < len(toks) && (toks[k+2].lower == "point" || toks[k+2].lower == "stage" || toks[k+2].lower == "time") || next == "the" && k+2 < len(toks) && toks[k+2].lower == "time"):
			at = k
		case at < 0 && l == "back" && next == "then":
			at = k
		}
	}
	return at
}

// thenStopped reports whether the time a "then" marker at toks[from] sets
// has ended before toks[to]: "At that point the letter had 300
// signatures; by Monday it had more than 1,000".
func thenStopped(toks []token, from, to int) bool {
	for k := from + 1; k < to && k < len(toks); k++ {
		switch toks[k].lower {
		case ";", "but", "eventually", "later", "by", "since", "until", "now":
			return true
		}
	}
	return false
}

// sigCounts finds the counts of a sentence that are not worker phrases.
func sigCounts(toks []token, comps []companyRef) []sigCount {
	var out []sigCount
	lw := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].lower
	}
	taken := map[int]bool{}
	past := thenCount(toks)
	pastUsed := false
	signing := false
	for k, t := range toks {
		switch t.lower {
		case "signatures", "signers", "signatories", "names", "signed", "co-signed", "cosigned", "endorsed", "co-signers", "cosigners", "co-signatories", "signees":
			signing = true
		case "signing":
			// "colleagues have kept signing", not "the contract signing"
			// nor "kept signing union cards"
			if k > 0 && keptSigning[toks[k-1].lower] && (k+1 >= len(toks) || !toks[k+1].word || signedNext[toks[k+1].lower]) {
				signing = true
			}
		}
		// "Around ninety of us from Google": the speaker's share of what
		// was signed, company by company
		if t.lower == "of" && k+2 < len(toks) && toks[k+1].lower == "us" && toks[k+2].lower == "from" && len(triggers(toks)) == 0 {
			signing = true // not "300 of us from Google walked out"
		}
		// "Organizers said 1,020 of them came from Brightline", of a
		// letter's signatures told just before
		if t.lower == "of" && k+3 < len(toks) && k > 0 && toks[k+1].lower == "them" && workAt(toks, k+2) && len(triggers(toks)) == 0 {
			signing = true
		}
	}
	// "It now has more than 300, including ...": of the letter just told
	bareAt := itHasBare(toks)
	for i := range toks {
		if taken[i] {
			continue
		}
		a, ok := amountAt(toks, i)
		if !ok || a.money || a.percent {
			continue
		}
		if a.compound {
			// "a 1,500-signature petition", "a 600-strong walkout": the
			// count of the action noun it qualifies, nothing else
			if noun := compoundNoun(toks, a.to); noun != "" && a.countValue() > 0 {
				doc := noun == "letter" || noun == "petition" || noun == "letters" || noun == "petitions"
				out = append(out, sigCount{a: a, at: i, sig: doc, turnout: !doc})
			}
			continue
		}
		if a.countValue() == 0 && !a.vague {
			continue
		}
		if !a.vague && len(toks[i].text) == 4 && isYear(toks[i]) {
			continue
		}
		if i >= 2 && toks[i-1].text == "," && toks[i-2].word && toks[i-2].text[0] >= '0' && toks[i-2].text[0] <= '9' && !dayOfMonth(toks, i-2) {
			continue // "1, 650": a broken number is no count
		}
		for k := a.numFrom; k < a.to; k++ {
			taken[k] = true
		}
		if lw(a.to) == "more" && sigNouns[lw(a.to+1)] && !a.vague {
			continue // "had gained 54 more signatures": what was added, not the tally
		}
		before := a.from - 1
		next := lw(a.to)
		if lw(before) == "of" && (lw(before-1) == "workforce" || lw(before-1) == "headcount" || lw(before-1) == "payroll" || lw(before-1) == "staff" && lw(before-2) != "the") {
			continue // "Tessaly's workforce of roughly 210": the whole staff, no count
		}
		// "N signatures", "N employee signatures", "N names"
		n := a.to
		for n < len(toks) && n < a.to+2 && (workerNouns[toks[n].lower] || workerModifiers[toks[n].lower]) {
			n++
		}
		for _, c := range comps {
			if c.from != a.to || n != a.to || c.product {
				continue
			}
			m := c.to
			for m < len(toks) && m < c.to+2 && (workerNouns[toks[m].lower] || workerModifiers[toks[m].lower]) {
				m++ // "more than 1,100 Google employee signatures"
			}
			if m < len(toks) && (toks[m].lower == "signatures" || toks[m].lower == "signatories") {
				n = m // "1,300-plus Googler signatures"
			}
		}
		isSig := lw(before) == "of" && (lw(before-1) == "names" || lw(before-1) == "signatures") && n < len(toks) && (n > a.to || !toks[n].word) ||
			next == "of" && lw(a.to+1) == "them" && !sanctionVerbs[lw(before)] && !othersOfThem(toks, before) && !(lw(before) == "to" && lw(before-1) == "according") && (!thingVerbs[lw(before)] || signVerbs[lw(afterAux(toks, a.to+2))]) && (a.to+2 >= len(toks) || !toks[a.to+2].word || signVerbs[lw(afterAux(toks, a.to+2))] && !unionCards(toks, afterAux(toks, a.to+2)+1)) || sigNouns[lw(n)] && lw(n) != "names" || lw(n) == "names" && lw(n-1) != "their"
		// "signed by 1,400", "signed by more than 1,000," (no noun after)
		byVerb := lw(before) == "by" && (lw(before-1) == "signed" || lw(before-1) == "backed" || lw(before-1) == "endorsed" || lw(before-1) == "co-signed") && (a.to >= len(toks) || !toks[a.to].word || next == "and" || next == "in" || next == "as" || next == "on" || next == "since" || next == "within" || next == "according" || next == "so" || genericNouns[next] && next != "others")
		// "signed by 61 people on its first day and by 95 as of Tuesday
		// morning": the same signing, later
		if !byVerb && lw(before) == "by" && lw(before-1) == "and" && !a.vague && len(out) > 0 && out[len(out)-1].sig && (a.to >= len(toks) || !toks[a.to].word || next == "as" || next == "on" || next == "by" || genericNouns[next] && next != "others") {
			for b := before - 2; b >= 1 && b >= before-14; b-- {
				if lw(b) == "by" && (lw(b-1) == "signed" || lw(b-1) == "backed" || lw(b-1) == "endorsed") {
					byVerb = true
					break
				}
			}
		}
		// "the total had passed 4,000", "grew to 5,000"
		growth := false
		for b := before; b >= 0 && b >= before-2; b-- {
			if growthVerbs[lw(b)] || (lw(b) == "at" || lw(b) == "to") && growthVerbs[lw(b-1)] {
				growth = true
				break
			}
		}
		// "hoping for perhaps 30 or 40 signatures": a hope, no count
		// "hoping for perhaps 30 or 40 signatures", "hope to reach 500",
		// "a goal of 1,000": a hope, no count
		hoped := false
		for b := before; b >= 0 && b >= before-5; b-- {
			l := lw(b)
			if l == "," || l == "which" || l == "has" || l == "have" || l == "had" || l == ";" {
				break
			}
			switch {
			case (l == "hoping" || l == "hoped" || l == "hope" || l == "hopes") && (lw(b+1) == "for" || lw(b+1) == "to"),
				(l == "goal" || l == "target" || l == "aim") && lw(b+1) == "of",
				(l == "aiming" || l == "aimed") && (lw(b+1) == "for" || lw(b+1) == "at"),
				// "the goal was to reach 2,000 names", "they want to hit 500"
				(l == "reach" || l == "hit" || l == "collect" || l == "gather" || l == "get" || l == "pass") && lw(b-1) == "to" && goalBefore(toks, b-1),
				(l == "expecting" || l == "expected") && b == before,
				// "plan to deliver it once it passes 500 signatures"
				(l == "once" || l == "until" || l == "if") && lw(b+1) == "it" && thresholdVerbs[lw(b+2)]:
				hoped = true
			}
		}
		if hoped {
			continue
		}
		// "A final tally they later shared with the company counted 327
		// people": the tally's figure
		if l := lw(before); (l == "counted" || l == "recorded" || l == "showed" || l == "listed") && organizersTally(toks, before) && (a.to >= len(toks) || !toks[a.to].word || genericNouns[next] || next == "people" || next == "participants" || workerNouns[next] && !(a.to+1 < len(toks) && (strings.HasSuffix(lw(a.to+1), "ing") || lw(a.to+1) == "at"))) {
			growth = true
		}
		// "It's past eighty-seven hundred now", "it is past 2,000"
		if lw(before) == "past" && (lw(before-1) == "it" && toks[before-1].poss || lw(before-1) == "is" || lw(before-1) == "now") && signing || lw(before) == "past" && next == "now" {
			growth = true
		}
		// "by Monday it had more than 1,000", "As of Monday night it had
		// about 1,400"
		if (lw(before) == "had" || lw(before) == "has") && lw(before-1) == "it" && (signing || lw(0) == "by" || lw(0) == "as" && lw(1) == "of" && !workerNouns[next] && !genericNouns[next] && next != "staff") && !isSig {
			growth = true
		}
		// "As I write this on Wednesday night, it's at 912, organizers
		// tell me"
		if lw(before) == "at" && before >= 1 && (lw(before-1) == "it" && toks[before-1].poss || (lw(before-1) == "is" || lw(before-1) == "was" || lw(before-1) == "now") && lw(before-2) == "it") &&
			!a.vague && a.countValue() >= 10 && (a.to >= len(toks) || !toks[a.to].word || next == "now" || next == "signatures" || next == "names") &&
			(signing || hasVerb(toks, 0, len(toks), organizerNouns)) {
			growth = true // not "Salesforce's stock fell; it's at 191 now"
		}
		// "Within a month the letter had more than 1,100."
		if (lw(before) == "had" || lw(before) == "has") && (lw(before-1) == "letter" || lw(before-1) == "petition") && !a.vague && (a.to >= len(toks) || !toks[a.to].word || next == "by" || next == "within" || next == "when") {
			growth = true
		}
		// "It drew about 900 names in its first day and had 1,480 when
		// organizers closed it": the same tally, later
		// "had a little over 100 signatures on its first day and more
		// than 300 within a week": the same noun, later
		if (lw(before) == "and" || lw(before) == "then" && lw(before-1) == "and") && a.to < len(toks) && (next == "within" || next == "by" || next == "after" || laterAt(toks, a.to)) && len(out) > 0 && out[len(out)-1].sig && !out[len(out)-1].earlier && !a.vague &&
			a.countValue() > out[len(out)-1].a.countValue() && !verbAfterTime(toks, a.to) {
			isSig = true
		}
		// "started with about 50 names and ended up with more than 100"
		if lw(before) == "with" && (lw(before-1) == "up" && lw(before-2) == "ended" || lw(before-1) == "ended" || lw(before-1) == "closed" || lw(before-1) == "finished") && len(out) > 0 && out[len(out)-1].sig && !out[len(out)-1].earlier && !a.vague {
			isSig = true
		}
		if (lw(before) == "had" || lw(before) == "has") && (lw(before-1) == "and" || lw(before-1) == "now" && lw(before-2) == "and") && len(out) > 0 && out[len(out)-1].sig && !out[len(out)-1].earlier &&
			(a.to >= len(toks) || !toks[a.to].word || sigNouns[next] || tallyAfter[next]) {
			isSig = true
		}
		// "It's north of a hundred and fifty now": the letter's tally
		if (lw(before) == "it" && toks[before].poss || lw(before) == "is" && lw(before-1) == "it") && next == "now" {
			growth = true
		}
		// "which carried 3,100 signatures in April, now has nearly 4,000";
		// "It now has more than 340, organizers said"
		if (lw(before) == "has" || lw(before) == "have" || lw(before) == "carries" || lw(before) == "bears") && (lw(before-1) == "now" || lw(before-1) == "since") && (signing || lw(before-2) == "it" && (before == 2+afterLead(toks) || lw(before-3) == "that") && (organizersSay(toks) || !a.vague && sourcedAfter(toks, a.to))) {
			growth = true
		}
		// "the total today stands at 521 employees": the tally as it stands
		if lw(before) == "at" && (lw(before-1) == "stands" || lw(before-1) == "stood" || lw(before-1) == "sits") {
			for b := before - 2; b >= 0 && b >= before-4; b-- {
				if runningCount(toks, b, comps) || signing && lw(b) == "total" {
					growth = true
					break
				}
			}
		}
		// "the letter had gained 54 more signatures and now stands at
		// 264": the same document's tally as it stands
		if lw(before) == "at" && (lw(before-1) == "stands" || lw(before-1) == "sits") && lw(before-2) == "now" && lw(before-3) == "and" && signing && !a.vague && (a.to >= len(toks) || !toks[a.to].word || sigNouns[next]) {
			growth = true
		}
		// "by Friday organizers put the total at 2,600": their tally
		if lw(before) == "at" && (lw(before-1) == "total" || lw(before-1) == "count" || lw(before-1) == "tally" || lw(before-1) == "figure" || lw(before-1) == "number") && lw(before-2) == "the" &&
			(lw(before-3) == "put" || lw(before-3) == "puts" || lw(before-3) == "placed" || lw(before-3) == "places") && !a.vague && (a.to >= len(toks) || !toks[a.to].word || sigNouns[next]) {
			growth = true
		}
		// "Today it stands at 512": the tally as it stands
		if lw(before) == "at" && (lw(before-1) == "stands" || lw(before-1) == "stood" || lw(before-1) == "sits") && lw(before-2) == "it" && (a.to >= len(toks) || !toks[a.to].word) {
			growth = true
		}
		// "it is closer to 2,600 now": the tally as it stands
		if lw(before) == "to" && lw(before-1) == "closer" {
			growth = true
		}
		// "their final tally is 1,100 employees", "Organizers' count: 650"
		if lw(before) == "is" || lw(before) == "was" || lw(before) == "stands" || lw(before) == "stood" || lw(before) == ":" {
			for b := before - 1; b >= 0 && b >= before-2; b-- {
				if runningCount(toks, b, comps) {
					growth = true
					break
				}
			}
		}
		// "Organisers revised their final count to 175 participants": the
		// count as revised
		if lw(before) == "to" && !a.vague && hasVerb(toks, 0, before, organizerWords) && ((lw(before-1) == "count" || lw(before-1) == "tally" || lw(before-1) == "figure" || lw(before-1) == "estimate" || lw(before-1) == "total") && reviseVerbs[lw(before-2)] || lw(before) == "to" && reviseVerbs[lw(before-4)] && (lw(before-1) == "count" || lw(before-1) == "tally" || lw(before-1) == "figure" || lw(before-1) == "total")) {
			switch {
			case sigNouns[next]:
				out = append(out, sigCount{a: a, at: i, sig: true, tally: true})
				continue
			case next == "participants" || next == "people" || workerNouns[next] || next == "attendees" || next == "protesters" || next == "walkers":
				out = append(out, sigCount{a: a, at: i, turnout: true, tally: true})
				continue
			}
		}
		// "organizers put the number at 1,800", "estimated the crowd at 300"
		estimate := lw(before) == "at" && (lw(before-1) == "number" || lw(before-1) == "count" || lw(before-1) == "figure" || lw(before-1) == "turnout" || lw(before-1) == "crowd" || lw(before-1) == "tally") &&
			lw(before-2) == "the" && estimateVerbs[lw(before-3)] ||
			// "Organizers now put participation at 640 people"
			lw(before) == "at" && (lw(before-1) == "participation" || lw(before-1) == "attendance" || lw(before-1) == "turnout") && estimateVerbs[lw(before-2)]
		// "Organizers put the number of strikers at about 240": the
		// turnout its organizers estimate
		if lw(before) == "at" && turnoutNouns[lw(before-1)] && lw(before-2) == "of" && (lw(before-3) == "number" || lw(before-3) == "count" || lw(before-3) == "total") &&
			lw(before-4) == "the" && estimateVerbs[lw(before-5)] && !a.vague && a.countValue() < 100000 && lastFigure(toks, a.to) {
			out = append(out, sigCount{a: a, at: i, turnout: true, tally: true})
			continue
		}
		if estimate && (lw(before-1) == "participation" || lw(before-1) == "attendance" || lw(before-1) == "turnout" || lw(before-1) == "crowd") && !a.vague {
			out = append(out, sigCount{a: a, at: i, turnout: true, tally: true})
			continue // the turnout its organizers estimate
		}
		if estimate {
			growth = true
		}
		// "We're at 1,120 and counting", an organizer says of the signatures
		// "as of Monday night we're past 100"
		weAt := (lw(before) == "at" || lw(before) == "past") && (lw(before-1) == "we're" || lw(before-1) == "we’re" || lw(before-1) == "re" && (lw(before-2) == "we" || lw(before-2) == "we’") || lw(before-1) == "are" && lw(before-2) == "we")
		if weAt {
			growth = true
			for _, t := range toks {
				if signVerbs[t.lower] || sigNouns[t.lower] {
					isSig = true
				}
			}
		}
		// "Organizers said about 1,000 people turned out in Seattle": the
		// turnout of the action told
		// "The union ... said 230 members took part": its members' turnout
		if n := a.to; !a.vague && n+2 < len(toks) && (genericNouns[toks[n].lower] || workerNouns[toks[n].lower]) &&
			((toks[n+1].lower == "turned" || toks[n+1].lower == "showed") && (toks[n+2].lower == "out" || toks[n+2].lower == "up")) ||
			!a.vague && n < len(toks) && toks[n].lower == "members" && membersActed(toks, n) {
			out = append(out, sigCount{a: a, at: i, turnout: true, tally: true})
			continue
		}
		// "a lunchtime rally outside the headquarters that drew about 150
		// people": the turnout of the gathering just named
		if !a.vague && (lw(before) == "drew" || lw(before) == "attracted" || lw(before) == "draws" || lw(before) == "attracts") && (next == "people" || next == "participants" || next == "protesters" || workerNouns[next]) {
			for b := before - 1; b >= 0 && b >= before-12; b-- {
				if l := lw(b); l == "rally" || l == "protest" || l == "walkout" || l == "vigil" || l == "demonstration" || l == "march" || l == "sit-in" {
					// the workers' own: "Employees also held a rally ...";
					// not "A similar rally in London that drew about 900
					// people was organized by Extinction Rebellion"
					own := false
					for c := 0; c < b; c++ {
						if workerNouns[lw(c)] || lw(c) == "we" {
							own = true
						}
					}
					if own && lw(b-1) != "similar" && lw(b-1) != "separate" && lw(b-1) != "another" {
						out = append(out, sigCount{a: a, at: i, turnout: true, tally: true})
					}
					break
				}
			}
			if len(out) > 0 && out[len(out)-1].at == i {
				continue
			}
		}
		// "We counted 170 people in person across the three offices": the
		// turnout its organizers counted
		if !a.vague && lw(before) == "counted" && (lw(before-1) == "we" || lw(before-1) == "organizers" || lw(before-1) == "organisers") && !signing &&
			(a.to >= len(toks) || !toks[a.to].word || genericNouns[next] || workerNouns[next] || next == "in" || next == "at" || next == "across" || next == "outside" || next == "inside") {
			out = append(out, sigCount{a: a, at: i, turnout: true, tally: true})
			continue
		}
		// "We were about 60 people in that lobby", "there were 60 of us",
		// "About 60 of us were inside": the turnout one of them gives
		ofUs := next == "of" && lw(a.to+1) == "us"
		// not "We were five years into a contract", "We were 40 engineers
		// on the team"
		weCrowd := ofUs || next == "people" || a.to >= len(toks) || !toks[a.to].word || next == "in" || next == "there" || next == "outside" || next == "inside"
		weWere := !a.vague && (lw(before) == "were" && (lw(before-1) == "we" && weCrowd || lw(before-1) == "there" && ofUs) || ofUs && lw(a.to+2) == "were" && (lw(a.to+3) == "there" || lw(a.to+3) == "in" || lw(a.to+3) == "inside" || lw(a.to+3) == "out" || lw(a.to+3) == "at") ||
			// "By our count, 340 of us stayed out today"
			ofUs && ((lw(a.to+2) == "stayed" || lw(a.to+2) == "walked") && lw(a.to+3) == "out" || lw(a.to+2) == "took" && lw(a.to+3) == "part" && partInAction(toks, a.to+3)))
		if weWere && !signing {
			out = append(out, sigCount{a: a, at: i, turnout: true, tally: true})
			continue
		}
		// "pledges to take part had doubled to 600": the turnout promised
		// for the action, as it stands
		if growth && !a.vague {
			for b := before; b >= 0 && b >= before-8; b-- {
				if (lw(b) == "pledges" || lw(b) == "rsvps") && pledgeToAct(toks, b) {
					out = append(out, sigCount{a: a, at: i, turnout: true, tally: true})
					break
				}
			}
			if len(out) > 0 && out[len(out)-1].at == i {
				continue
			}
		}
		bare := false
		if i == bareAt && !growth && !isSig {
			growth, bare = true, true
		}
		docTally := false
		tally, tallyNoun := false, false
		if growth && lossCounted(toks, before) {
			growth = false // "the number of dismissals had grown to roughly 50"
		}
		if growth && !isSig {
			for b := before; b >= 0 && b >= before-8; b-- {
				if tallyNouns[lw(b)] || signVerbs[lw(b)] || lw(b) == "it" || lw(b) == "petition" || lw(b) == "letter" {
					tally, tallyNoun = true, runningCount(toks, b, comps)
					// "the petition hits 500", "signatures passed 400"
					docTally = lw(b) == "petition" || lw(b) == "letter" || sigNouns[lw(b)] || signVerbs[lw(b)]
					if (lw(b) == "count" || lw(b) == "tally") && b == afterLead(toks)+1 && lw(b-1) == "the" && !hasVerb(toks, 0, a.from, presenceWords) {
						// "The count climbs to 210, and dozens of employees
						// stage a walkout": the petition's names, told before
						docTally = true
					}
					break
				}
			}
			if !tally && numberOfSigners(toks, before) {
				// "The number of Microsoft employees who have signed an
				// internal letter objecting to ... has climbed to 214"
				tally, docTally = true, true
			}
			if len(out) > 0 && !out[len(out)-1].earlier {
				tally = true // "drew 100 signatures ... and later passed 500"
			}
			if estimate {
				tally, tallyNoun = true, true
			}
			if weAt {
				tally = true
			}
			if !tally || a.to < len(toks) && toks[a.to].word && !workerNouns[next] && !genericNouns[next] && !turnoutNouns[next] && next != "and" && next != "by" && next != "on" && next != "in" && next != "as" && next != "now" && next != "today" && next != "so" && next != "over" && next != "within" && next != "during" && next != "since" {
				growth = false
			}
		}
		earlier := (lw(before) == "from" && (lw(before-1) == "up" || lw(before-1) == "rising" || growthVerbs[lw(before-1)])) && (a.to >= len(toks) || !toks[a.to].word || next == "when" || next == "in" || next == "on" || next == "at" || next == "last" || next == "a" || next == "to" || workerNouns[next] || genericNouns[next] || next == "signatures") ||
			// "now carries 150 names, against 112 a month ago"
			lw(before) == "against" && lw(before-1) == "," && (next == "a" || next == "last" || next == "when" || lw(a.to+1) == "ago" || lw(a.to+2) == "ago")
		// "climbed from 50 on Friday to 300 by Monday": the figure after "to"
		// is the count, the one after "from" the earlier
		if earlier && growthVerbs[lw(before-1)] {
			growth = false
		}
		if !growth && lw(before) == "to" && fromBefore(toks, before) {
			growth = true
		}
		// elliptical "and Amazon's over 100"
		ellipsis := ""
		inGaz, staff := false, false
		for _, c := range comps {
			if c.poss && c.to == a.from && (a.to >= len(toks) || !toks[a.to].word || next == "and") {
				ellipsis, inGaz = c.name, c.inGaz
			}
		}
		if ellipsis == "" && !a.vague && signing {
			if c, works, ok := countOwner(toks, comps, a); ok {
				ellipsis, inGaz, staff = c.name, c.inGaz, works
				// "1,020 of them came from Brightline ... and 385 from
				// Norvale": the same breakdown of the signers
				if n := len(out); n > 0 && out[n-1].staff && out[n-1].company != c.name {
					staff = true
				}
			}
		}
		sig := isSig || byVerb || growth && (signing || docTally || bare)
		switch {
		case ellipsis != "" && !a.vague:
			out = append(out, sigCount{a: a, at: i, company: ellipsis, inGaz: inGaz, sig: true, staff: staff})
		case earlier && !a.vague:
			out = append(out, sigCount{a: a, at: i, earlier: true, sig: sig})
		case (isSig || byVerb) && past >= 0 && past < a.from && !a.vague && !pastUsed && !thenStopped(toks, past, a.from):
			pastUsed = true
			// "At that point it had a little over 100 signatures": a
			// figure of before
			out = append(out, sigCount{a: a, at: i, earlier: true, sig: sig})
		case isSig || byVerb || growth:
			out = append(out, sigCount{a: a, at: i, sig: sig, tally: growth && tallyNoun && !sig, bare: bare})
		}
	}
	return out
}

// countOwner returns the company whose share of a letter's signers the
// amount a is, in a sentence about signing: "Amazon's list of signers ran
// to more than 300 names and Google's to more than 90", "about 240
// signatures from Cisco and more than 70 from Oracle", "more than 300 at
// Amazon and about 90 at Google".
func countOwner(toks []token, comps []companyRef, a amount) (c companyRef, works, ok bool) {
	// after: "N [signatures] from X", "N at X"
	k := a.to
	if k < len(toks) && (toks[k].lower == "signatures" || toks[k].lower == "names" || toks[k].lower == "signers") {
		k++
		if k+2 < len(toks) && toks[k].text == "," && workAt(toks, k+1) {
			k++ // "the largest group, more than 400 signers, work at Google"
		}
		if workAt(toks, k) {
			k++ // "350 signers work at Microsoft"
		}
	} else if workAt(toks, k) {
		k++ // "..., and about 250 work at Microsoft"
	} else if k+1 < len(toks) && toks[k].lower == "of" && toks[k+1].lower == "us" {
		k += 2 // "Around ninety of us from Google, and more than three hundred from Amazon"
	} else if k+2 < len(toks) && toks[k].lower == "of" && toks[k+1].lower == "them" && workAt(toks, k+2) {
		k += 3 // "1,020 of them came from Brightline"
	} else if k+2 < len(toks) && toks[k].lower == "of" && (toks[k+1].lower == "the" || toks[k+1].lower == "those") && sigNouns[toks[k+2].lower] {
		// "412 of the signers work at Microsoft"
		k += 3
		if k < len(toks) && shareVerbs[toks[k].lower] {
			k++
		}
	}
	if k+1 < len(toks) && (toks[k].lower == "from" || toks[k].lower == "at" || toks[k].lower == "for" && k > 0 && shareVerbs[toks[k-1].lower]) {
		for _, c := range comps {
			if c.from == k+1 && !c.product && !c.poss {
				return c, k > 0 && workAt(toks, k-1), true
			}
		}
	}
	if a.to < len(toks) && toks[a.to].word && !sigNouns[toks[a.to].lower] && toks[a.to].lower != "and" {
		return companyRef{}, false, false
	}
	// before: "X's [list of signers ran to] N"
	for j := len(comps) - 1; j >= 0; j-- {
		c := comps[j]
		if c.to > a.from {
			continue
		}
		if !c.poss || c.product || a.from-c.to > 8 {
			return companyRef{}, false, false
		}
		for m := c.to; m < a.from; m++ {
			if !toks[m].word || workerNouns[toks[m].lower] {
				return companyRef{}, false, false
			}
		}
		return c, false, true
	}
	return companyRef{}, false, false
}

// workAt reports whether the verb at toks[k] ties people to a workplace:
// "work at", "work for", "come from".
func workAt(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "work", "worked":
		return toks[k+1].lower == "at" || toks[k+1].lower == "for"
	case "come", "came":
		return toks[k+1].lower == "from"
	}
	return false
}

// shareVerbs tie a share of a letter's signers to their employer: "412 of
// the signers work at Microsoft".
var shareVerbs = map[string]bool{"work": true, "worked": true, "are": true, "were": true, "come": true, "came": true}

// lossNouns count what was done to workers or jobs, not what they did:
// "the number of dismissals had grown to roughly 50".
var lossNouns = map[string]bool{
	"dismissals": true, "firings": true, "arrests": true, "layoffs": true, "terminations": true,
	"suspensions": true, "departures": true, "job": true, "jobs": true, "cuts": true,
}

// organizersSay reports whether a sentence gives organisers as its source:
// "It now has more than 340, organizers said".
func organizersSay(toks []token) bool {
	for _, t := range toks {
		if t.lower == "organizers" || t.lower == "organisers" {
			return true
		}
	}
	return false
}

// sourcedAfter reports whether a bare number at toks[to-1] is followed by
// the people it is told by: "It now has nearly 4,000, according to two
// employees", "It now has 1,200, people involved said". Not "It now has
// 191 stores".
func sourcedAfter(toks []token, to int) bool {
	if to+1 >= len(toks) || toks[to].text != "," {
		return false
	}
	// the teller is among the workers: not "a spokeswoman said",
	// "executives said", "according to its filings"
	teller := func(from, end int) bool {
		for k := from; k < end && k < len(toks); k++ {
			l := toks[k].lower
			if workerNouns[l] && l != "managers" && l != "manager" || l == "organizers" || l == "organisers" || l == "people" && k+1 < len(toks) && toks[k+1].lower == "involved" {
				return true
			}
		}
		return false
	}
	if toks[to+1].lower == "according" && to+2 < len(toks) && toks[to+2].lower == "to" {
		return teller(to+3, to+8)
	}
	for k := to + 1; k < len(toks) && k <= to+7; k++ {
		switch toks[k].lower {
		case "said", "say", "says", "told", "tell":
			return teller(to+1, k)
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// afterLead returns where a sentence's words begin, past opening quotes
// and punctuation.
func afterLead(toks []token) int {
	k := 0
	for k < len(toks) && !toks[k].word {
		k++
	}
	return k
}

// lossCounted reports whether a loss word in the eight tokens before
// toks[before] is what grew ("the number of dismissals had grown to"),
// not what a petition is against ("the petition against the dismissals
// had grown to 1,300").
func lossCounted(toks []token, before int) bool {
	for k := max(before-8, 0); k < before; k++ {
		if !lossNouns[toks[k].lower] {
			continue
		}
		against := false
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			switch toks[j].lower {
			case "against", "over", "protesting", "opposing", "about":
				against = true
			}
		}
		if !against {
			return true
		}
	}
	return false
}

// numberOfSigners reports whether the sentence before toks[before] opens
// with the number of those who signed: "The number of employees who have
// signed the letter ... has climbed to".
func numberOfSigners(toks []token, before int) bool {
	for k := 0; k+1 < before && k <= 10; k++ {
		if (toks[k].lower == "number" || toks[k].lower == "count" || toks[k].lower == "total") && toks[k+1].lower == "of" {
			for j := k + 2; j < before; j++ {
				if signVerbs[toks[j].lower] || sigNouns[toks[j].lower] || signerNouns[toks[j].lower] {
					return true
				}
			}
		}
	}
	return false
}

// sigNouns name what a count of signatures counts.
var sigNouns = map[string]bool{"signatures": true, "names": true, "signers": true, "signatories": true,
	"co-signers": true, "cosigners": true, "co-signatories": true, "signees": true}

// thingVerbs take things, not people, as their object: "could eventually
// buy as many as 100,000 of them" counts headsets.
var thingVerbs = map[string]bool{"buy": true, "bought": true, "order": true, "ordered": true, "purchase": true,
	"purchased": true, "deliver": true, "delivered": true, "make": true, "made": true, "build": true, "built": true,
	"ship": true, "shipped": true, "produce": true, "produced": true, "sell": true, "sold": true, "deploy": true,
	"deployed": true, "field": true, "acquire": true, "acquired": true, "install": true, "installed": true}

// fromBefore reports whether a growth from an amount ("climbed from 50
// on Friday") opens the clause that ends at toks[to]: the amount after
// "to" is where it grew to.
func fromBefore(toks []token, to int) bool {
	for k := to - 1; k >= 1 && k >= to-8; k-- {
		if !toks[k].word && toks[k].text != "," {
			return false
		}
		if toks[k].lower == "from" && growthVerbs[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// compoundNoun returns the action noun a compound number qualifies ("a
// 1,500-signature petition", "a 600-strong employee walkout"), allowing
// one modifier between, or "".
func compoundNoun(toks []token, at int) string {
	for k := at; k < len(toks) && k <= at+1; k++ {
		switch l := toks[k].lower; l {
		case "letter", "letters", "petition", "petitions", "walkout", "walkouts", "walk-out",
			"protest", "protests", "strike", "sit-in", "rally", "march", "demonstration", "vigil":
			return l
		}
		if !toks[k].word {
			return ""
		}
	}
	return ""
}

// auxWords may stand between a subject and its verb: "300 of them have
// now signed".
var auxWords = map[string]bool{
	"have": true, "has": true, "had": true, "now": true, "already": true, "since": true,
	"also": true, "all": true, "each": true, "reportedly": true, "so": true, "far": true,
}

// afterAux returns the index of the first token from k on that is not an
// auxiliary or such an adverb.
func afterAux(toks []token, k int) int {
	for k < len(toks) && auxWords[toks[k].lower] {
		k++
	}
	return k
}

// turnoutNouns count the people at a walkout or protest: "a final count of
// 1,100 participants".
var turnoutNouns = map[string]bool{"participants": true, "protesters": true, "protestors": true, "attendees": true, "marchers": true, "strikers": true}

// estimateVerbs put a figure on a count: "organizers put the number at
// 1,800".
var estimateVerbs = map[string]bool{"put": true, "puts": true, "placed": true, "estimated": true, "pegged": true}

// thresholdVerbs tell of a count a document is yet to reach: "once it
// passes 500".
var thresholdVerbs = map[string]bool{"passes": true, "reaches": true, "hits": true, "tops": true, "crosses": true, "gets": true}

// runningCount reports whether toks[b] is the noun of an action's running
// count ("Organizers' count", "their final tally", "the turnout"), not a
// company's total ("the company's total headcount", "its count of staff").
func runningCount(toks []token, b int, comps []companyRef) bool {
	if b < 0 || b >= len(toks) {
		return false
	}
	switch toks[b].lower {
	case "count", "tally", "turnout":
	case "figure":
		// "the organizers told us the figure was 200", not "a year ago
		// the figure was 3,000" nor "the company said the figure was 250"
		if b == 0 || toks[b-1].lower != "the" || !hasVerb(toks, 0, b, map[string]bool{"organizers": true, "organisers": true}) {
			return false
		}
	default:
		return false
	}
	for k := b - 1; k >= 0 && k >= b-3; k-- {
		l := toks[k].lower
		if l == "its" || l == "company" || l == "firm" || l == "headcount" || l == "staff" || l == "employee" || l == "workforce" {
			return false
		}
		for _, c := range comps {
			if c.to == k+1 && c.poss {
				return false // "Netflix's count"
			}
		}
		if !toks[k].word || l == "the" {
			break
		}
	}
	if b+1 < len(toks) && (toks[b+1].lower == "of" && b+2 < len(toks) && (toks[b+2].lower == "staff" || toks[b+2].lower == "employees")) {
		return false
	}
	return true
}

// othersOfThem reports whether "N of them" after toks[before] counts a
// plural noun that names no workers, set off just before it: "sells to
// private employers — more than 400 of them".
func othersOfThem(toks []token, before int) bool {
	if before < 1 {
		return false
	}
	switch toks[before].text {
	case "—", "–", ",", "(":
	default:
		return false
	}
	t := toks[before-1]
	l := t.lower
	return t.word && t.text == l && len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !workerNouns[l] && !workerModifiers[l]
}

// keptSigning are the words before "signing" that make it people
// signing: "have kept signing", "are still signing".
var keptSigning = wordSet("kept", "keep", "keeps", "continued", "continue", "continues", "been", "are", "were", "still", "started", "began", "people", "colleagues", "employees", "workers")

// signedNext may follow "signing" when people sign the document told:
// "kept signing it", "kept signing since", "kept signing on Monday".
var signedNext = wordSet("it", "since", "on", "in", "through", "over", "all", "every", "today", "and")

// tallyAfter may follow a bare count that goes on a tally: "had 1,480
// when organizers closed it", "had 2,000 by Friday".
var tallyAfter = wordSet("when", "by", "on", "as", "at", "after", "before", "within", "in", "and", "so", "now", "today")

// laterTimes are the spans a later figure is given after: "about 4,000 a
// few weeks later".
var laterTimes = wordSet("day", "days", "week", "weeks", "month", "months", "hours", "year", "years")

// laterAt reports whether the words from toks[k] say "later": "and about
// 4,000 a few weeks later", "and 300 two days later".
func laterAt(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+3; j++ {
		switch l := toks[j].lower; {
		case l == "later":
			return true
		case l == "a" || l == "few" || l == "several" || l == "two" || l == "three" || l == "couple" || l == "of" || laterTimes[l]:
		default:
			return false
		}
	}
	return false
}

// verbAfterTime reports whether a verb follows the time phrase at toks[k]
// ("within a week had been fired"): the number is its subject, not a
// tally's later figure.
func verbAfterTime(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch toks[j].lower {
		case "had", "have", "has", "were", "was", "asked", "said", "quit", "left", "resigned":
			return true
		case "it", "they", "as", "when", "after", "before", "the":
			return false // "by the time it was delivered", "by Friday as organizers had hoped"
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// goalBefore reports whether a goal or a wish governs the "to" at
// toks[k]: "the goal was to", "organisers hope to", "they want to".
func goalBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch toks[j].lower {
		case "goal", "goals", "target", "aim", "aims", "hope", "hopes", "hoping", "hoped", "plan", "plans", "planning", "want", "wants", "wanted", "intend", "intends", "expect", "expects":
			return true
		}
	}
	return false
}

// organizerNouns name those who keep an action's count, by name.
var organizerNouns = wordSet("organizers", "organisers", "organizer", "organiser", "organizers'", "organisers'")

// itHasBare returns where the number begins in a sentence that gives
// what "it" now has as a bare number, "It now has more than 300,
// including colleagues in the Chisinau office", or -1. Only a document
// told just before makes it a count.
func itHasBare(toks []token) int {
	if len(toks) < 4 || toks[0].lower != "it" {
		return -1
	}
	j := 1
	if toks[j].lower == "now" || toks[j].lower == "already" {
		j++
	}
	switch toks[j].lower {
	case "has", "had", "reached", "passed", "topped", "crossed":
	default:
		return -1
	}
	// past a qualifier: "more than 300", "nearly 300"
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		a, ok := amountAt(toks, k)
		if !ok {
			if !toks[k].word || toks[k].text != toks[k].lower {
				return -1
			}
			continue
		}
		if a.money || a.percent || a.vague || isYear(toks[a.numFrom]) {
			return -1
		}
		if a.to < len(toks) && toks[a.to].text != "," && toks[a.to].text != "." && toks[a.to].text != ";" {
			return -1
		}
		return k
	}
	return -1
}

// partInAction reports whether the "part" at toks[k] of "took part" is a
// part in an action: "took part.", "took part in the walkout", not "took
// part in the vote" or "in the survey".
func partInAction(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].lower != "in" {
		return true
	}
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		switch toks[j].lower {
		case "walkout", "walkouts", "strike", "strikes", "stoppage", "protest", "protests", "sit-in", "sit-ins", "rally", "demonstration", "action":
			return true
		}
	}
	return false
}

// membersActed reports whether the "members" at toks[k] took part in an
// action or stayed or walked out: "230 members took part".
func membersActed(toks []token, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	return toks[k+1].lower == "took" && toks[k+2].lower == "part" && partInAction(toks, k+2) || (toks[k+1].lower == "stayed" || toks[k+1].lower == "walked") && toks[k+2].lower == "out"
}

// lastFigure reports whether the count ending at toks[to] is the
// sentence's last figure and closes its clause: "put the number of
// strikers at about 240." or "at 240, out of some 600 engineers"; not "at
// 240 on Monday and 410 on Tuesday", nor "at 1,400 in last year's strike".
func lastFigure(toks []token, to int) bool {
	if to < len(toks) && toks[to].word && toks[to].lower != "out" && toks[to].lower != "across" {
		return false
	}
	for k := to; k < len(toks); k++ {
		if a, ok := amountAt(toks, k); ok {
			if !a.vague && !a.money && !a.percent && (a.from == 0 || toks[a.from-1].lower != "of") {
				return false // not the workforce "out of some 600"
			}
			k = a.to - 1
		}
	}
	return true
}
