package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// workerNouns name the people whose actions the catalogue records.
var workerNouns = map[string]bool{
	"employees": true, "employee": true, "workers": true, "worker": true, "staff": true,
	"staffers": true, "staffer": true, "engineers": true, "engineer": true, "developers": true,
	"developer": true, "programmers": true, "programmer": true, "researchers": true,
	"researcher": true, "scientists": true, "scientist": true, "technologists": true,
	"technologist": true, "designers": true, "designer": true,
	"colleagues": true, "colleague": true, "coworkers": true, "coworker": true, "co-workers": true, "co-worker": true, "contractors": true,
	"moderators": true, "managers": true, "manager": true, "analysts": true, "analyst": true,
	"consultants": true, "consultant": true, "translators": true, "translator": true,
	"recruiters": true, "recruiter": true, "technicians": true, "technician": true,
	"annotators": true, "annotator": true, "labelers": true, "labeler": true, "labellers": true, "labeller": true,
}

// genericNouns count people without saying they are workers; they give a
// count only when bound to an action and no public is in sight.
var genericNouns = map[string]bool{
	"people": true, "others": true, "signatories": true, "signers": true, "individuals": true, "co-signers": true, "cosigners": true,
}

// workerModifiers may stand between a number or a company and its worker
// noun: "4,000 current and former Amazon employees".
var workerModifiers = map[string]bool{
	"current": true, "former": true, "corporate": true, "tech": true, "full-time": true, "in-house": true,
	"part-time": true, "own": true, "rank-and-file": true, "senior": true, "junior": true,
	"white-collar": true, "software": true, "black": true, "female": true, "women": true,
	"muslim": true, "jewish": true, "asian": true, "latino": true, "latinx": true, "disabled": true,
	"queer": true, "lgbtq": true, "young": true, "younger": true, "veteran": true,
	"concerned": true, "fellow": true, "anonymous": true, "and": true, "other": true,
	"engineering": true, "ai": true, "cloud": true, "remote": true, "salaried": true,
	"hourly": true, "temporary": true, "contract": true, "frontline": true, "more": true,
	"additional": true, "permanent": true, "u.s.": true, "us": true, "uk": true, "european": true,
	"global": true, "internal": true, "product": true, "research": true, "technical": true,
	"staff": true, "team": true, "individual": true, "longtime": true, "longer-serving": true,
	"high-ranking": true, "prominent": true, "veteran-led": true, "its": false, "remaining": true,
	// "400 support staff", "2,000 support engineers", "60 data-science staff"
	"support": true, "customer-support": true, "sales": true, "design": true, "data-science": true,
	"warehouse": false,
}

// platformNouns after a company name make it a product or platform, not the
// employer: "a Facebook group", "Google Docs".
var platformNouns = map[string]bool{
	"group": true, "groups": true, "page": true, "pages": true, "post": true, "posts": true,
	"account": true, "accounts": true, "ads": true, "app": true, "user": true, "users": true,
	"feed": true, "live": true, "workplace": true, "messenger": true, "docs": true, "doc": true,
	"fundraiser": true, "fundraising": true, "forum": true, "forums": true, "blog": true,
	"platform": true, "customers": true, "customer": true, "shareholders": true,
}

// functionWords are never employers, even capitalised at a line start.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"one": true, "each": true, "every": true, "no": true, "any": true, "all": true, "some": true,
	"many": true, "most": true, "several": true, "both": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "we": true, "they": true, "he": true,
	"she": true, "it": true, "i": true, "and": true, "or": true, "but": true, "of": true, "in": true,
	"on": true, "at": true, "for": true, "with": true, "as": true, "by": true, "to": true, "from": true,
	"other": true, "more": true, "two": true, "three": true, "few": true, "dozens": true,
	"hundreds": true, "thousands": true, "if": true, "when": true, "after": true, "before": true,
}

// companyRef is one mention of a company in a sentence.
type companyRef struct {
	name     string
	inGaz    bool
	from, to int
	product  bool // used as a platform ("a Facebook group")
	poss     bool
}

// companyRefs finds known companies in a sentence: gazetteer names and
// aliases, and the non-gazetteer employers found earlier in the document.
// Employer-only names count only right before a worker noun or after
// "workers at" ("Square employees", "workers from Square").
func (x *Extractor) companyRefs(toks []token, local *phraseSet, localNames []string) []companyRef {
	var out []companyRef
	for i := 0; i < len(toks); i++ {
		if !toks[i].word {
			continue
		}
		p, n := x.g.companyPhrases.match(toks, i)
		inGaz := true
		name := ""
		if n > 0 {
			c := x.g.companies[p.id]
			name = c.Name
			if c.EmployerOnly && !(i+n < len(toks) && workerNouns[toks[i+n].lower]) && !(i >= 2 && workerNouns[toks[i-2].lower] && (toks[i-1].lower == "at" || toks[i-1].lower == "from" || toks[i-1].lower == "of")) {
				continue
			}
		} else if local != nil {
			p, n = local.match(toks, i)
			if n == 0 {
				continue
			}
			name, inGaz = localNames[p.id], false
			// "Scale matters": a first word alone opening a sentence is
			// the company only as a subject that speaks or owns
			if x.firstWords[p.text] && p.text != name && isSentenceOpener(toks, i) && !toks[i].poss && !(i+1 < len(toks) && (namedSubjectVerbs[toks[i+1].lower] || toks[i+1].lower == "has" || toks[i+1].lower == "had" || toks[i+1].lower == "employs" || toks[i+1].lower == "is" || toks[i+1].lower == "was" || workerNouns[toks[i+1].lower] || toks[i+1].lower == "petition" || toks[i+1].lower == "letter")) {
				continue // but "Kestrel petition tops 1,100", "Kestrel engineers walk out"
			}
			if c, ok := x.g.Company(name); ok {
				name, inGaz = c.Name, true // "WalMart", "Youtube": a gazetteer name in another case
			}
		} else {
			continue
		}
		// "Microsoft Corp employees", "Alphabet Inc's Google": a corporate
		// suffix belongs to the name
		if e := i + n; e < len(toks) && !toks[e-1].poss && corporateSuffixes[toks[e].text] {
			n++
			if e+2 < len(toks) && toks[e+1].text == "." && !toks[e].poss {
				n++
			}
		}
		r := companyRef{name: name, inGaz: inGaz, from: i, to: i + n, poss: toks[i+n-1].poss}
		if i+n < len(toks) && platformNouns[toks[i+n].lower] && !toks[i+n-1].poss {
			r.product = true
		}
		// "on the company's internal Slack", "the firm's Slack": a tool
		// another owns
		if i >= 1 && !r.poss && (toks[i-1].lower == "internal" || toks[i-1].poss && (toks[i-1].lower == "company" || toks[i-1].lower == "firm" || toks[i-1].lower == "startup")) && (i+n >= len(toks) || !workerNouns[toks[i+n].lower] && !docWords[toks[i+n].lower]) {
			r.product = true
		}
		// "said on Twitter", "posted on LinkedIn": where people speak
		if i >= 2 && !r.poss && (toks[i-1].lower == "on" || toks[i-1].lower == "via") && postedBefore(toks, i-1) {
			r.product = true
		}
		out = append(out, r)
		i += n - 1
	}
	return out
}

// docWords are written things a company's staff may send: "an internal
// Amazon letter" is the company's staff's, not a tool.
var docWords = map[string]bool{
	"letter": true, "letters": true, "memo": true, "memos": true, "petition": true, "petitions": true,
	"email": true, "emails": true, "note": true, "document": true, "survey": true, "forum": true,
}

// qualifierWord reports whether w may open a hedge before a number:
// "approximately 650", "about 90".
func qualifierWord(w string) bool {
	switch w {
	case "approximately", "about", "roughly", "around", "some", "nearly", "almost", "over", "more", "fewer", "just":
		return true
	}
	return false
}

// isCapitalized reports whether a word starts with an upper-case letter.
func isCapitalized(t token) bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

var corporateSuffixes = map[string]bool{"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "LLC": true, "Ltd": true, "Ltd.": true, "Co": true, "Co.": true, "PLC": true, "plc": true}

// employerCandidate reads a capitalised name of up to three words at
// toks[i:] (stopping before lower-case words, punctuation other than "&",
// and corporate suffixes) and returns it with the token after it. ok is
// false when the words are not a plausible employer: a place, a
// demonym, an agency, a weekday, a worker noun.
func (x *Extractor) employerCandidate(toks []token, i int, backward bool) (name string, from, to int, ok bool) {
	var parts []int
	if backward {
		// toks[i] is the last word of the name
		for k := i; k >= 0 && len(parts) < 3; k-- {
			if toks[k].text == "&" && len(parts) > 0 && k > 0 && isCapitalized(toks[k-1]) {
				parts = append([]int{k}, parts...) // "McKinsey & Company"
				continue
			}
			if !isCapitalized(toks[k]) || workerNouns[toks[k].lower] || (toks[k].poss && k != i) {
				break
			}
			if functionWords[toks[k].lower] && len(parts) > 0 {
				break // "A Lindqvist engineer": the article opens the sentence
			}
			if len(parts) > 0 && countOpens(toks, k) {
				break // "Sixty-one Brightpath Learning employees", "More than Sixty Brightpath engineers": their number
			}
			parts = append([]int{k}, parts...)
		}
	} else {
		amp := 0 // "Marrow & Finch Games": the "&" is no word of the name
		for k := i; k < len(toks) && len(parts)-amp < 3; k++ {
			if toks[k].text == "&" && len(parts) > 0 && k+1 < len(toks) && isCapitalized(toks[k+1]) {
				parts = append(parts, k)
				amp++
				continue
			}
			if corporateSuffixes[toks[k].text] && len(parts) > 0 && toks[parts[len(parts)-1]].text == "&" {
				parts = append(parts, k) // "Bramble & Co."
				break
			}
			if !isCapitalized(toks[k]) || workerNouns[toks[k].lower] || corporateSuffixes[toks[k].text] {
				break
			}
			parts = append(parts, k)
			if toks[k].poss {
				break
			}
		}
	}
	if len(parts) == 0 {
		return "", 0, 0, false
	}
	from, to = parts[0], parts[len(parts)-1]+1
	// "employees of Nine Rivers": a name may open with a number word after
	// a preposition, when a capitalised word that is no number follows
	numberLead := false
	if len(parts) >= 2 && from > 0 && (unitWords[toks[from].lower] > 0 || tensWords[toks[from].lower] > 0) {
		switch toks[from-1].lower {
		case "of", "at", "for", "from", "inside", "with":
			next := toks[parts[1]]
			_, gaz := x.g.Company(next.text)
			numberLead = !gaz && unitWords[next.lower] == 0 && tensWords[next.lower] == 0 && scaleWords[next.lower] == 0 && !workerNouns[next.lower]
		}
	}
	var words []string
	stop := 0
	for n, k := range parts {
		t := toks[k]
		if n == 0 && numberLead {
			words = append(words, t.text)
			continue
		}
		if functionWords[t.lower] || weekdays[t.lower] != 0 || t.lower == "sunday" || months[t.lower] != 0 || unitWords[t.lower] > 0 || tensWords[t.lower] > 0 || spelledCompound(t.lower) || scaleWords[t.lower] > 0 || vagueWords[t.lower] || t.lower == "dozen" {
			return "", 0, 0, false
		}
		if x.g.notCompanies[t.text] {
			if n == 0 {
				return "", 0, 0, false // "Seattle Police", "Black Lives Matter"
			}
			stop++
		}
		words = append(words, t.text)
	}
	if stop == len(parts) {
		return "", 0, 0, false
	}
	if _, n := x.g.agencyPhrases.match(toks, from); n > 0 {
		return "", 0, 0, false
	}
	if _, _, state := x.stateBody(toks, from); state {
		return "", 0, 0, false // "Michigan State Police troopers"
	}
	if _, initials := x.acronyms[toks[from].text]; initials {
		return "", 0, 0, false // "DPS troopers", once the Department of Public Safety is named
	}
	if _, n := x.g.issuePhrases.match(toks, from); n > 0 {
		return "", 0, 0, false
	}
	// "Seoul staff collected 510 signatures", "London organizers": a city
	// or a country, the whole name, is no employer
	if _, n := x.g.cityPhrases.match(toks, from); n > 0 && n >= to-from && !toks[to-1].poss {
		return "", 0, 0, false
	}
	if _, n := x.g.countryPhrases.match(toks, from); n > 0 && n >= to-from && !toks[to-1].poss {
		return "", 0, 0, false
	}
	name = strings.Join(words, " ")
	if len(name) < 2 || strings.ContainsAny(name, "0123456789") {
		return "", 0, 0, false
	}
	return name, from, to, true
}

// canonicalCompany maps a name found in text onto the gazetteer when it is
// an alias there ("Alphabet" → "Google").
func (x *Extractor) canonicalCompany(name string) (string, bool) {
	if c, ok := x.g.Company(name); ok {
		return c.Name, true
	}
	return name, false
}

// discoverEmployers finds companies the gazetteer lacks from how sentences
// speak of their workers: "Chef employees", "workers at Wayfair", "an
// employee of Clarifai", "a Clarifai engineer". A name at the start of a
// sentence counts only if the document also writes it capitalised
// elsewhere, so that "Disgruntled employees" is not an employer.
func (x *Extractor) discoverEmployers(sents []sentence) []string {
	counts := map[string]int{}
	var order []string
	midCaps := map[string]bool{}
	for _, s := range sents {
		for i, t := range s.toks {
			if i > 0 && isCapitalized(t) && !isSentenceOpener(s.toks, i) {
				midCaps[t.text] = true
			}
			// "Atlassian said...", "Atlassian's": a name, even at a
			// sentence's start
			if isCapitalized(t) && !functionWords[t.lower] && (t.poss || i+1 < len(s.toks) && namedSubjectVerbs[s.toks[i+1].lower]) {
				midCaps[t.text] = true
			}
		}
	}
	add := func(name string, initial bool) {
		if c, gaz := x.g.Company(name); gaz && (c.EmployerOnly || strings.ToLower(name) == name) {
			return // a gazetteer name spelt otherwise ("WalMart") is kept to be matched as written
		}
		if initial && !midCaps[strings.Fields(name)[0]] {
			return
		}
		if counts[name] == 0 {
			order = append(order, name)
		}
		counts[name]++
	}
	for si, s := range sents {
		toks := s.toks
		// "Tessaloop. The petition asking the sensor maker to withdraw
		// ...": a roundup's heading that names the company the next
		// sentence calls a company
		if name, withBody, ok := x.headingName(toks); ok && si+1 < len(sents) && (withBody || describedSoon(sents[si+1].toks)) && !hasVerb(sents[si+1].toks, 0, len(sents[si+1].toks), personPronouns) {
			add(name, false)
		}
		// "1. Tessellate Cloud: past 350" over "The petition against
		// Tessellate's RCMP hosting contract passed 350 signatures": a
		// roundup's heading, a firm's name and a colon, that the next
		// sentence names again
		if name, ok := x.colonHeading(toks); ok && si+1 < len(sents) && namesAgain(sents[si+1].toks, name) {
			add(name, false)
		}
		// "Tessellate and ICE", a section's heading, over "Tessellate
		// Systems is the clearest victory" or "At Corvane Robotics, a
		// petition ...": the firm the section opens with, by its full name
		if name, ok := x.sectionFirm(sents, si); ok {
			add(name, false)
		}
		// "The company is Fernway Identity.": a company by its own
		// sentence
		if len(toks) >= 5 && (toks[0].lower == "the" || toks[0].lower == "my" || toks[0].lower == "our") && employerNouns[toks[1].lower] && toks[1].lower != "platform" && toks[1].lower != "organization" && toks[2].lower == "is" && isCapitalized(toks[3]) {
			if name, _, to, ok := x.employerCandidate(toks, 3, false); ok && to == len(toks)-1 && toks[to].text == "." && x.plainEmployer(toks, 3, name) && !publicBodyName(name) && !institutionName(name) && !hyphenAdjective(name) {
				add(name, false)
			}
		}
		// what the sentence holds, so that rules that need a word skip
		// its names at once
		relative := hasVerb(toks, 0, len(toks), relativeWords)
		maker := hasVerb(toks, 0, len(toks), companyMakerVerbs)
		told := hasVerb(toks, 0, len(toks), tellVerbs)
		for i := range toks {
			if name, ok := x.appositiveEmployer(toks, i); ok {
				add(name, false)
			}
			// "Corvid Labs, which has about 90 employees", "Cirrusfield has
			// about 5,600 employees": a workforce is an employer's
			if isCapitalized(toks[i]) && !placePreps[toks[i].lower] && (i == 0 || !isCapitalized(toks[i-1]) || i == 1 && placePreps[toks[0].lower]) {
				name, _, to, ok := x.employerCandidate(toks, i, false)
				verb := -1
				if ok && !toks[to-1].poss && to+3 < len(toks) && toks[to].text == "," && toks[to+1].lower == "which" {
					verb = to + 2
				} else if ok && !toks[to-1].poss && i == 0 && to+2 < len(toks) {
					verb = to // the subject of its sentence
				}
				if verb >= 0 && (toks[verb].lower == "has" || toks[verb].lower == "had" || toks[verb].lower == "employs" || toks[verb].lower == "employed") {
					for k := verb + 1; k < len(toks) && k <= verb+5; k++ {
						if workerNouns[toks[k].lower] || toks[k].lower == "people" {
							if _, n := x.g.companyPhrases.match(toks, i); n == 0 {
								add(name, verb == to) // at a sentence's start, only a name seen mid-sentence too
							}
							break
						}
					}
				}
			}
			// "an employee letter opposing Kestrel Maps' border-surveillance
			// contract": the owner of the deal its staff's document opposes
			if staffModifiers[toks[i].lower] && !toks[i].poss && i+3 < len(toks) && (toks[i+1].lower == "letter" || toks[i+1].lower == "petition") && (toks[i+2].lower == "opposing" || toks[i+2].lower == "against" || toks[i+2].lower == "protesting") && isCapitalized(toks[i+3]) {
				if name, _, to, ok := x.employerCandidate(toks, i+3, false); ok && toks[to-1].poss && dealWithin(toks, to, 4) {
					_, an := x.g.agencyPhrases.match(toks, i+3)
					if _, n := x.g.companyPhrases.match(toks, i+3); n == 0 && an == 0 && !publicBodyName(name) && !institutionName(name) {
						add(name, false)
					}
				}
			}
			// "a small group of us at Ferncastle Labs published": the
			// writers' workplace
			if toks[i].lower == "us" && i+2 < len(toks) && toks[i+1].lower == "at" && isCapitalized(toks[i+2]) {
				if name, _, _, ok := x.employerCandidate(toks, i+2, false); ok {
					_, an := x.g.agencyPhrases.match(toks, i+2)
					if _, n := x.g.companyPhrases.match(toks, i+2); n == 0 && an == 0 && !publicBodyName(name) {
						add(name, false)
					}
				}
			}
			// "Quillon Robotics went public in March, a few months after
			// six of its engineers resigned": the subject whose workers
			// "its" names
			if i <= 3 && isCapitalized(toks[i]) && i == afterLead(toks) && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && itsWorkersActing(toks, name) && to < len(toks) && toks[to].word && !isCapitalized(toks[to]) && !toks[to-1].poss && x.plainEmployer(toks, i, name) && !personBefore(toks, i) && !institutionName(name) {
					add(name, true)
				}
			}
			// "About 60 employees gathered outside Tessellate's Hollis
			// Street office": the workers' own workplace
			if toks[i].poss && isCapitalized(toks[i]) && !functionWords[toks[i].lower] {
				if start := nameStart(toks, i); start >= 2 && (toks[start-1].lower == "outside" || toks[start-1].lower == "inside" || toks[start-1].lower == "at" || toks[start-1].lower == "of" && toks[start-2].lower == "front") && ownStaffBefore(toks, start-1) {
					office := false
					for k := i + 1; k < len(toks) && k <= i+4; k++ {
						if l := toks[k].lower; l == "office" || l == "offices" || l == "headquarters" || l == "campus" {
							office = true
							break
						}
						if !toks[k].word {
							break
						}
					}
					if name, _, to, ok := x.employerCandidate(toks, start, false); ok && office && to == i+1 && x.plainEmployer(toks, start, name) && !personBefore(toks, start) && !institutionName(name) && !publicBodyName(name) && !x.bodyAt(toks, start) {
						add(name, false)
					}
				}
			}
			// "borrowed tactics from Kestrel Metrics in Boulder, Colo., where
			// a petition ... reached 1,390 signatures and a walkout by some
			// 260 workers": the workplace a where-clause of workers acting
			// is about
			if i >= 1 && (toks[i-1].lower == "from" || toks[i-1].lower == "at") && isCapitalized(toks[i]) && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && whereWorkersAct(toks, to) && x.plainEmployer(toks, i, name) && !publicBodyName(name) && !institutionName(name) && !eventName(name) {
					if _, n := x.g.companyPhrases.match(toks, i); n == 0 {
						add(name, false)
					}
				}
			}
			// "Organizers at Marrow & Finch Games now say 210 people took
			// part": the staff who organise, at their workplace
			if (toks[i].lower == "organizers" || toks[i].lower == "organisers") && i+2 < len(toks) && (toks[i+1].lower == "at" || toks[i+1].lower == "inside") && isCapitalized(toks[i+2]) {
				if name, _, _, ok := x.employerCandidate(toks, i+2, false); ok && x.plainEmployer(toks, i+2, name) && !publicBodyName(name) && !institutionName(name) && !eventName(name) {
					if _, n := x.g.companyPhrases.match(toks, i+2); n == 0 {
						add(name, false)
					}
				}
			}
			// "Today is my last day at Ardent Maps", "Why I'm leaving
			// Ardent Maps": the writer's workplace
			if at := ownJobAt(toks, i); at > 0 && isCapitalized(toks[at]) {
				if name, _, _, ok := x.employerCandidate(toks, at, false); ok && x.plainEmployer(toks, at, name) {
					add(name, false)
				}
			}
			// "I work at Quayside Games", "she works for Corrin Data": a
			// workplace
			if l := toks[i].lower; (l == "work" || l == "works" || l == "worked") && i+2 < len(toks) && (toks[i+1].lower == "at" || toks[i+1].lower == "for") && isCapitalized(toks[i+2]) {
				who := false
				for j := i - 1; j >= 0 && j >= i-3; j-- {
					w := toks[j].lower
					if w == "i" || w == "she" || w == "he" || w == "they" || w == "we" || w == "guest" || w == "who" {
						who = true
					}
					// "more than 400 signers, work at Halvard Systems",
					// "and about 250 work at Corrin Data": a letter's
					// signers, by employer
					if signerNouns[w] || j == i-1 && amountEndsAt(toks, i) && hasVerb(toks, 0, i, signerNouns) {
						who = true
					}
				}
				if name, _, _, ok := x.employerCandidate(toks, i+2, false); ok && who {
					if _, n := x.g.companyPhrases.match(toks, i+2); n == 0 {
						add(name, false)
					}
				}
			}
			// "At Brightwell Cloud in Austin, a letter with 1,020
			// signatures ...": the place a workers' document circulates
			if i == 1 && toks[0].lower == "at" && isCapitalized(toks[1]) && atDocOpener(toks) {
				if name, _, _, ok := x.employerCandidate(toks, 1, false); ok && !publicBodyName(name) && !x.gazetteerName(toks, 1) && !eventName(name) {
					_, an := x.g.agencyPhrases.match(toks, 1)
					_, sn := x.g.statePhrases.match(toks, 1)
					_, cn := x.g.countryPhrases.match(toks, 1)
					if an == 0 && sn == 0 && cn == 0 {
						add(name, false)
					}
				}
			}
			// "140 of Harborlight's approximately 650 employees", "a fifth of
			// Harborlight Software's workforce": a company's staff
			if toks[i].poss && isCapitalized(toks[i]) {
				j := i + 1
				if a, ok := amountAt(toks, j); ok && !a.money && !a.percent {
					j = a.to
				} else if j < len(toks) && qualifierWord(toks[j].lower) {
					if a, ok := amountAt(toks, j+1); ok && !a.money && !a.percent {
						j = a.to
					}
				}
				start := i
				for start > 0 && isCapitalized(toks[start-1]) && !toks[start-1].poss && i-start < 2 {
					start--
				}
				if j > i+1 && j+1 < len(toks) && isCapitalized(toks[j]) && !toks[j].poss && workerNouns[toks[j+1].lower] && !functionWords[toks[j].lower] && !x.gazetteerName(toks, j) {
					j++ // "roughly 90 of Bramblecat Studios' 140 Austin employees"
				}
				person := j > i+1 && j < len(toks) && personCompound(toks[j-1].lower)
				if person {
					// "half of Datamar's 80-person data engineering team"
					for k := j; k < len(toks) && k <= j+3 && toks[k].word && toks[k].text == toks[k].lower; k++ {
						if shareHeads[toks[k].lower] || workerNouns[toks[k].lower] {
							j = k
							break
						}
					}
				}
				if j < len(toks) && (toks[j].lower == "workforce" || (j > i+1 || shareOf(toks, start)) && (workerNouns[toks[j].lower] || shareHeads[toks[j].lower] && person)) {
					if name, _, to, ok := x.employerCandidate(toks, start, false); ok && to == i+1 {
						if _, n := x.g.companyPhrases.match(toks, start); n == 0 {
							// a name of two words or more in the possessive,
							// "Halvard Group's 40 employees", is one even
							// where it opens the sentence
							add(name, isSentenceOpener(toks, start) && (start == i || !corporateName(name) && !techName(name) && !strings.HasSuffix(name, " Group")))
						}
					}
				}
			}
			// "the open letter against Tucano Dados' facial recognition
			// contract with the Polícia Federal": a contractor, named by its
			// deal
			if toks[i].poss && isCapitalized(toks[i]) && !functionWords[toks[i].lower] {
				start := nameStart(toks, i)
				if name, _, to, ok := x.employerCandidate(toks, start, false); ok && to == i+1 && start < i && x.ownDealWith(toks, i+1) && !publicBodyName(name) && !x.gazetteerName(toks, start) {
					add(name, isSentenceOpener(toks, start))
				}
			}
			// "Emberlight Games cut 140 jobs in April", "Tallgrass laid off
			// 600 employees": an employer, subject of its sentence
			if isCapitalized(toks[i]) && (i == 0 || !toks[i-1].word && toks[i-1].text != "," && toks[i-1].text != "(") && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && jobsCut(toks, to) && !publicBodyName(name) && !x.gazetteerName(toks, i) {
					add(name, true)
				}
			}
			// "Cobble will let its contract with Immigration and Customs
			// Enforcement expire", "Halden signed a $2 million deal": a
			// contractor, subject of its sentence
			if isCapitalized(toks[i]) && (i == 0 || !toks[i-1].word && toks[i-1].text != "," && toks[i-1].text != "(") && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && ownsContract(toks, to) && (calledCompany(toks, to) || corporateName(name) || ownStaff(toks, to)) && !publicBodyName(name) {
					if !x.gazetteerName(toks, i) {
						// a name of two words or more that the same sentence
						// calls a company is one even where it opens it:
						// "Northlight Maps has suspended work on its
						// contract ..., the Toronto company told employees"
						add(name, len(strings.Fields(name)) < 2 || !x.calledItself(toks, to))
					}
				}
			}
			// "the Kestrel Vision petition", "the Quillon walkout": the
			// company whose staff act, named before their action
			if i > 0 && toks[i-1].lower == "the" && isCapitalized(toks[i]) {
				// "The Brightwater Cloud letter about the company's ICE
				// contract ... closed with 1,538 signatures": a company's
				// name, by its last word, on a letter its signatures count
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && to < len(toks) && !toks[to-1].poss && (staffActionNouns[toks[to].lower] || toks[to].lower == "letter" && (signedThen(sents, si) || corporateName(name) && hasVerb(toks, to, len(toks), sigNouns) && !hasPublic(toks) && !authoredByOther(toks))) {
					_, an := x.g.agencyPhrases.match(toks, i)
					_, in := x.g.issuePhrases.match(toks, i)
					_, cn := x.g.countryPhrases.match(toks, i)
					_, sn := x.g.statePhrases.match(toks, i)
					if _, n := x.g.companyPhrases.match(toks, i); n == 0 && an == 0 && in == 0 && cn == 0 && sn == 0 {
						add(name, false)
					}
				}
			}
			// "the petition against Tessellate's RCMP hosting contract": a
			// contractor's own deal with a body the gazetteer knows
			if toks[i].poss && isCapitalized(toks[i]) {
				start := nameStart(toks, i)
				if name, _, to, ok := x.employerCandidate(toks, start, false); ok && to == i+1 && x.contractWithAgency(toks, i+1) {
					if !x.gazetteerName(toks, start) && !publicBodyName(name) {
						add(name, isSentenceOpener(toks, start))
					}
				}
			}
			// "Fieldstone Robotics' employee letter", "Corvane's staff
			// petition": a company whose staff wrote the document
			if toks[i].poss && isCapitalized(toks[i]) && i+2 < len(toks) && staffModifiers[toks[i+1].lower] && (staffActionNouns[toks[i+2].lower] || docWords[toks[i+2].lower]) {
				start := nameStart(toks, i)
				if name, _, to, ok := x.employerCandidate(toks, start, false); ok && to == i+1 && x.plainEmployer(toks, start, name) {
					add(name, false)
				}
			}
			// "Larkspur's 2022 walkout", "Quillon's sit-in": a company
			// whose staff left their desks
			if toks[i].poss && isCapitalized(toks[i]) && !functionWords[toks[i].lower] {
				k := i + 1
				if k < len(toks) && isYear(toks[k]) {
					k++
				}
				if k < len(toks) && (toks[k].lower == "walkout" || toks[k].lower == "walkouts" || toks[k].lower == "walk-out" || toks[k].lower == "sit-in" || toks[k].lower == "sit-ins") {
					start := nameStart(toks, i)
					if name, _, to, ok := x.employerCandidate(toks, start, false); ok && to == i+1 && x.plainEmployer(toks, start, name) {
						add(name, false)
					}
				}
			}
			// "at Tallgrass Analytics, where more than 300 employees signed",
			// "Blue Heron, whose 18 engineers signed": the staff's employer
			if relative && isCapitalized(toks[i]) && (i == 0 || !isCapitalized(toks[i-1]) || toks[i-1].lower == "at") && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && to+2 < len(toks) && toks[to].text == "," &&
					(toks[to+1].lower == "whose" && workerSoonAfter(toks, to+2) || toks[to+1].lower == "where" && ownWorkAfter(toks, to+2) || atRival(toks, i) && (toks[to+1].lower == "where" && workerSoonAfter(toks, to+2) || toks[to+1].lower == "which" && companyClause(toks, to+2) && countedWorkersAfter(toks, to+2))) && x.plainEmployer(toks, i, name) &&
					!personBefore(toks, i) && !hasVerb(toks, to, len(toks), personPronouns) && !institutionName(name) {
					add(name, false)
				}
			}
			// "The petition asking Keller & Lowe not to renew its contract":
			// the company a staff document asks to drop its deal
			if urgeVerbs[toks[i].lower] && i+1 < len(toks) && isCapitalized(toks[i+1]) && i > 0 && docBefore(toks, i) {
				if name, _, to, ok := x.employerCandidate(toks, i+1, false); ok && !toks[to-1].poss && x.askedToDropIts(toks, to) && x.plainEmployer(toks, i+1, name) {
					add(name, false)
				}
			}
			// "The internal letter at Norrland Robotics", "the walkout at
			// Quillon": the place where staff act
			if p, ok := actionAtPlace(toks, i); ok {
				if name, _, to, ok := x.employerCandidate(toks, p, false); ok && !placeBeforeNoun(toks, to) {
					if _, n := x.g.companyPhrases.match(toks, p); n == 0 {
						add(name, false)
					}
				}
			}
			// "About 4,100 members of the largest union at Daeho
			// Semiconductor": the company the union organizes
			if toks[i].lower == "members" && i+4 < len(toks) && toks[i+1].lower == "of" && toks[i+2].lower == "the" {
				k := i + 3
				for k < len(toks) && k <= i+5 && toks[k].word && toks[k].lower != "union" && toks[k].text == toks[k].lower {
					k++
				}
				if k+2 < len(toks) && toks[k].lower == "union" && toks[k+1].lower == "at" && isCapitalized(toks[k+2]) {
					if name, _, _, ok := x.employerCandidate(toks, k+2, false); ok && !x.gazetteerName(toks, k+2) && !publicBodyName(name) && !institutionName(name) {
						add(name, false)
					}
				}
			}
			// "nine members of Helixon Analytics' data platform team": the
			// company whose team it is
			if toks[i].lower == "members" && teamOf(toks, i+1) && i+2 < len(toks) && isCapitalized(toks[i+2]) {
				if name, _, to, ok := x.employerCandidate(toks, i+2, false); ok && toks[to-1].poss && !x.gazetteerName(toks, i+2) && !publicBodyName(name) && !institutionName(name) {
					add(name, false)
				}
			}
			// "Lumenfield told employees on Thursday that ...": a company
			// speaking to its staff, even at the start of a sentence
			if told && isCapitalized(toks[i]) && (i == 0 || !isCapitalized(toks[i-1])) && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && toldItsStaff(toks, to) && !x.gazetteerName(toks, i) && !publicBodyName(name) && !institutionName(name) && !personBefore(toks, i) && !surname(sents, name) {
					_, an := x.g.agencyPhrases.match(toks, i)
					if an == 0 {
						add(name, false)
					}
				}
			}
			// "The petition at Lumenary Cloud asking the company to drop
			// its contract": a document at a company that asks the company
			// itself
			if l := toks[i].lower; (l == "petition" || l == "letter") && i >= 1 && toks[i-1].lower == "the" && i+2 < len(toks) && (toks[i+1].lower == "at" || toks[i+1].lower == "inside") && isCapitalized(toks[i+2]) {
				// "The letter inside Tessaract Systems asking the Indian
				// outsourcer": inside, the staff's own, whatever it asks
				if name, _, to, ok := x.employerCandidate(toks, i+2, false); ok && !toks[to-1].poss && (toks[i+1].lower == "inside" || asksTheCompany(toks, trigger{at: i, end: to})) && !hasPublic(toks) && !petitionSite(name) && !institutionName(name) && !schoolWords(toks) {
					if _, n := x.g.companyPhrases.match(toks, i+2); n == 0 && !publicBodyName(name) && !workersOfAnother(toks, name) {
						add(name, false)
					}
				}
			}
			// "Lumenhall Games chief executive Corin Vale", "Brightwater CEO
			// Aaron Vey": a company's chief, named after it
			if isCapitalized(toks[i]) && (i == 0 || !isCapitalized(toks[i-1])) && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && officerAt(toks, to) {
					l := strings.ToLower(name)
					if !x.gazetteerName(toks, i) && !publicBodyName(name) && !discourseWords[l] && !strings.HasSuffix(l, "ly") && !institutionName(name) {
						add(name, false)
					}
				}
			}
			// "Lumen Lingua makes machine translation software": a maker of
			// technology, subject of its sentence
			if maker && isCapitalized(toks[i]) && (i == 0 || !isCapitalized(toks[i-1])) && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && to+1 < len(toks) {
					v := to
					if toks[v].text == "," && toks[v+1].lower == "which" {
						v += 2 // "Quillfeather, which sells hiring software"
					}
					if v < len(toks) && companyMakerVerbs[toks[v].lower] && techMade(toks, v+1) && x.plainEmployer(toks, i, name) && !institutionName(name) {
						add(name, len(strings.Fields(name)) < 2 && v == to)
					}
				}
			}
			// "Northlake is the second Canadian company to face ...": a
			// name the sentence calls a company
			if isCapitalized(toks[i]) && (i == 0 || !isCapitalized(toks[i-1])) && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && to+2 < len(toks) && (toks[to].lower == "is" || toks[to].lower == "was") {
					if k := calledEmployer(toks, to+1); k > 0 {
						if _, n := x.g.companyPhrases.match(toks, i); n == 0 && !publicBodyName(name) {
							add(name, true)
						}
					}
				}
			}
			// "seven engineers quit Palisade Mapping", "employees gathered
			// outside Tessellate's Halifax headquarters": where workers
			// work
			if workerNouns[toks[i].lower] && i+2 < len(toks) {
				j := i + 1
				if toks[j].lower == "had" || toks[j].lower == "have" || toks[j].lower == "who" {
					j++
				}
				at := quitFrom(toks, i+1, false)
				switch toks[j].lower {
				case "gathered", "rallied", "assembled", "stood", "protested", "demonstrated":
					if j+1 < len(toks) && toks[j+1].lower == "outside" {
						at = j + 2
					}
				}
				if at > 0 && at < len(toks) && isCapitalized(toks[at]) {
					if name, _, to, ok := x.employerCandidate(toks, at, false); ok {
						left := quitFrom(toks, i+1, false) == at
						office := left && !toks[to-1].poss
						if !left && toks[to-1].poss {
							// a company's headquarters or campus, not a
							// politician's office
							for k := to; k < len(toks) && k <= to+4; k++ {
								if l := toks[k].lower; l == "headquarters" || l == "campus" || l == "studio" {
									office = true
									break
								}
							}
						}
						_, an := x.g.agencyPhrases.match(toks, at)
						if _, n := x.g.companyPhrases.match(toks, at); n == 0 && an == 0 && office && !publicBodyName(name) && !institutionName(name) {
							add(name, false)
						}
					}
				}
			}
			// "our open letter asking Ringwise to end its partnership with
			// the LAPD": the employer a letter or petition asks to drop
			// its own work
			if at, ok := askedEmployer(toks, i); ok && firstPersonIn(toks[:i]) {
				if name, _, to, ok := x.employerCandidate(toks, at, false); ok && !toks[to-1].poss && x.ownWorkAfter(toks, to) {
					_, an := x.g.agencyPhrases.match(toks, at)
					_, cn := x.g.countryPhrases.match(toks, at)
					_, sn := x.g.statePhrases.match(toks, at)
					if _, n := x.g.companyPhrases.match(toks, at); n == 0 && an == 0 && cn == 0 && sn == 0 && !publicBodyName(name) && !institutionName(name) {
						add(name, false)
					}
				}
			}
			// "Halvard Biometrics makes face and fingerprint matching
			// software": a maker of software, subject of its sentence
			if isCapitalized(toks[i]) && (i == 0 || !toks[i-1].word && toks[i-1].text != "," && toks[i-1].text != "(") && !functionWords[toks[i].lower] {
				if name, _, to, ok := x.employerCandidate(toks, i, false); ok && !toks[to-1].poss && to < len(toks) && makerVerbs[toks[to].lower] {
					for j := to + 1; j < len(toks) && j <= to+6 && toks[j].word; j++ {
						if techProducts[toks[j].lower] {
							if !x.gazetteerName(toks, i) && !publicBodyName(name) && !institutionName(name) {
								add(name, true)
							}
							break
						}
					}
				}
			}
			// "Our letter to Halvard Biometrics leadership": the employer
			// its own staff write to
			if (toks[i].lower == "letter" || toks[i].lower == "petition") && i+3 < len(toks) && toks[i+1].lower == "to" && isCapitalized(toks[i+2]) {
				// "a letter to Brightwater Cloud's leadership" too
				if name, _, to, ok := x.employerCandidate(toks, i+2, false); ok && to < len(toks) && leadershipNouns[toks[to].lower] {
					_, an := x.g.agencyPhrases.match(toks, i+2)
					if _, n := x.g.companyPhrases.match(toks, i+2); n == 0 && an == 0 && !publicBodyName(name) && !institutionName(name) {
						add(name, false)
					}
				}
			}
			// "A Brightwater spokesperson said": a company speaks through one
			if (toks[i].lower == "a" || toks[i].lower == "an") && i+2 < len(toks) && isCapitalized(toks[i+1]) {
				if name, _, to, ok := x.employerCandidate(toks, i+1, false); ok && to < len(toks) && !toks[to-1].poss && spokesNouns[toks[to].lower] {
					if _, n := x.g.companyPhrases.match(toks, i+1); n == 0 {
						add(name, false)
					}
				}
			}
		}
		// "At Quillby, two dozen engineers sent ...": the place is the
		// employer of the workers right after it
		if len(toks) > 4 && placePreps[toks[0].lower] && isCapitalized(toks[1]) {
			name, _, to, ok := x.employerCandidate(toks, 1, false)
			if c, in := placeComma(toks, to); ok && in {
				to = c // "At Petrichor Biometrics in Reston, sixty-two employees", "At Stridewell Robotics outside Boston,"
			}
			if ok && to < len(toks) && toks[to].text == "," {
				if _, n := x.g.companyPhrases.match(toks, 1); n == 0 {
					// "At Greyfield Software, the Leeds maker of logistics
					// software, about 120 employees walked out"
					if to+1 < len(toks) && (toks[to+1].lower == "the" || toks[to+1].lower == "a" || toks[to+1].lower == "an") {
						for e := to + 2; e < len(toks) && e <= to+12; e++ {
							if toks[e].text == "," {
								to = e
								break
							}
							if !toks[e].word && toks[e].text != "-" {
								break
							}
						}
					}
					for k := to + 1; k < len(toks) && k <= to+5 && toks[k].word; k++ {
						if workerNouns[toks[k].lower] && !isCapitalized(toks[k]) {
							add(name, true)
							break
						}
					}
				}
			}
		}
		// "Members of the Tessellate Workers Union": a union named for
		// its employer, when the text names the employer elsewhere too
		for k := 0; k+2 < len(toks); k++ {
			if isCapitalized(toks[k]) && !toks[k].poss && !functionWords[toks[k].lower] && (k == 0 || !isCapitalized(toks[k-1])) && toks[k+1].text == "Workers" && (toks[k+2].text == "Union" || toks[k+2].text == "Guild") {
				if _, n := x.g.companyPhrases.match(toks, k); n == 0 && x.namedElsewhere(sents, toks[k].text) {
					add(toks[k].text, false)
				}
			}
		}
		for h, t := range toks {
			// "The head of safety research at Vantor AI resigned": a
			// post at the company
			if roleNouns[t.lower] && h >= 1 && toks[h-1].lower == "the" && h+3 < len(toks) && toks[h+1].lower == "of" {
				for k := h + 2; k+1 < len(toks) && k <= h+6 && toks[k].word && !isCapitalized(toks[k]); k++ {
					if toks[k].lower == "at" && isCapitalized(toks[k+1]) {
						if name, _, _, ok := x.employerCandidate(toks, k+1, false); ok && !x.gazetteerName(toks, k+1) && !publicBodyName(name) && !institutionName(name) {
							if _, an := x.g.agencyPhrases.match(toks, k+1); an == 0 {
								add(name, false)
							}
						}
						break
					}
				}
			}
			if !workerNouns[t.lower] {
				continue
			}
			if isCapitalized(t) && !isSentenceOpener(toks, h) && !afterDateline(toks, h) {
				continue // "the Polaroid Revolutionary Workers Movement": a group's name
			}
			// "Chef employees", "a Clarifai engineer"
			k := h - 1
			for k >= 0 && workerModifiers[toks[k].lower] && !isCapitalized(toks[k]) {
				k--
			}
			// not "a mid-sized Leipzig developer of image-analysis tools":
			// a firm that makes something, described by its city
			maker := (t.lower == "developer" || t.lower == "designer" || t.lower == "builder") && h+1 < len(toks) && toks[h+1].lower == "of"
			// nor "the Build developer conference": the noun names an event
			// or a thing for developers
			maker = maker || h+1 < len(toks) && workerThings[toks[h+1].lower]
			if k >= 0 && isCapitalized(toks[k]) && !toks[k].poss && !maker {
				if _, n := x.g.companyPhrases.match(toks, k); n == 0 {
					if name, from, _, ok := x.employerCandidate(toks, k, true); ok && !(from > 0 && toks[from-1].poss) && !describedAfter(toks, from, h) {
						// not "Google's Ethical AI employees": a team of the company before
						add(name, isSentenceOpener(toks, from))
					}
				}
			}
			// "Brightline's engineers have signed a petition": a
			// company's staff, subject of their action
			if k == h-1 && k >= 0 && toks[k].poss && isCapitalized(toks[k]) && plural(t) && !functionWords[toks[k].lower] && actsNext(toks, h+1) {
				start := nameStart(toks, k)
				// a name that says it is a firm: not "Harvard's researchers",
				// "Musk's engineers", "Dana Whitfield's employees"
				if name, _, to, ok := x.employerCandidate(toks, start, false); ok && to == k+1 && (corporateName(name) || techName(name)) && x.plainEmployer(toks, start, name) && !personBefore(toks, start) && !institutionName(name) && !x.bodyAt(toks, start) {
					add(name, false)
				}
			}
			// "workers at Wayfair", "employees of Clarifai", "a programmer
			// who once worked at Lantern Systems", "engineers, designers
			// and testers at Vayu Systems"
			at := listEnd(toks, h) + 1
			if at+1 < len(toks) && toks[at].lower == "members" && (t.lower == "staff" || t.lower == "team") {
				at++ // "eighty-five staff members at Ledgerly"
			}
			if at < len(toks) && toks[at].lower == "who" {
				at++
				if at < len(toks) && (toks[at].lower == "once" || toks[at].lower == "formerly" || toks[at].lower == "previously" || toks[at].lower == "still") {
					at++
				}
				if at < len(toks) && (toks[at].lower == "worked" || toks[at].lower == "works" || toks[at].lower == "work") {
					at++
				} else {
					at = -1
				}
			}
			if at >= 0 && at+1 < len(toks) {
				switch toks[at].lower {
				case "at", "of", "from", "for":
					if toks[at].lower == "for" && at == h+1 {
						break
					}
					from := at + 1
					if e, ok := descriptorEnd(toks, from); ok {
						from = e // "employees of HR-software maker Quillmark"
					} else if e, ok := siteOf(toks, from); ok {
						from = e // "engineers at the Hyderabad development centre of Bluestem Software"
					}
					if name, _, to, ok := x.employerCandidate(toks, from, false); ok {
						if toks[to-1].poss && to < len(toks) && isCapitalized(toks[to]) {
							// "workers at Tucson's Ferrowind Robotics": the
							// place's company
							_, gn := x.g.companyPhrases.match(toks, to)
							_, cn := x.g.countryPhrases.match(toks, from)
							_, sn := x.g.statePhrases.match(toks, from)
							// "Wayfair's Back Bay headquarters": a place of two
							// words before the site
							site := to + 1
							if site+1 < len(toks) && isCapitalized(toks[site]) && siteNouns[toks[site+1].lower] && !corporateName(bodyText(toks, to, site+1)) && !techName(bodyText(toks, to, site+1)) {
								site++
							}
							if site < len(toks) && siteNouns[toks[site].lower] && isCapitalized(toks[to]) && gn == 0 && cn == 0 && sn == 0 && !x.firstWords[toks[from].text] {
								// "Staff at Fernwood's Spokane office",
								// "developers at Quillfeather Games' Montreal
								// studio": the company's site in a place
								if _, n := x.g.companyPhrases.match(toks, from); n == 0 {
									add(name, false)
								}
							} else if n2, _, _, ok := x.employerCandidate(toks, to, false); ok {
								if _, n := x.g.companyPhrases.match(toks, to); n == 0 {
									add(n2, false)
								}
							}
						} else if _, n := x.g.companyPhrases.match(toks, from); n == 0 {
							add(name, false)
						}
					}
				}
			}
		}
	}
	// "a sit-in at Smith's office", after "president Brad Smith": a
	// person's surname, no employer
	return dropNames(order, func(n string) bool { return surname(sents, n) || placeOnly(sents, n) })
}

// notPlaceIn are the words before an "in" that puts something in a
// company, not in a place: "a stake in", "shares in", "invested in".
var notPlaceIn = wordSet("stake", "stakes", "shares", "share", "invested", "invest", "investing", "investment", "investments",
	"turmoil", "changes", "change", "interest", "confidence", "trust", "role", "roles", "jobs", "job", "career", "careers", "work", "worked", "working")

// placeOnly reports whether a one-word name the text found at "staff at
// the Sheffield studio" is a place: one the text also puts after "in"
// ("several teams in Sheffield"), never acting, owning or employing.
func placeOnly(sents []sentence, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	in := false
	for _, s := range sents {
		toks := s.toks
		for k, t := range toks {
			if t.text != name {
				continue
			}
			// "Zentrix employees signed", "Halewood employs 400 people":
			// an employer
			// (not "the Sheffield developer", a firm described by its city)
			if t.poss || k+1 < len(toks) && (namedSubjectVerbs[toks[k+1].lower] || workerNouns[toks[k+1].lower] && (k == 0 || toks[k-1].lower != "the") || toks[k+1].lower == "employs" || toks[k+1].lower == "employed") {
				return false
			}
			if k == 0 {
				continue
			}
			switch toks[k-1].lower {
			case "at", "of", "from", "for", "by":
				return false
			case "in":
				// "several teams in Sheffield", not "a stake in Zentrix",
				// "turmoil in Corvane", "changes in Velantis leadership"
				if k >= 2 && !notPlaceIn[toks[k-2].lower] && !(k+1 < len(toks) && isCapitalized(toks[k+1])) {
					in = true
				}
			}
		}
	}
	return in
}

// surname reports whether a one-word name is written elsewhere as a
// person's, after a title and a given name: "vice chair and president
// Brad Smith wrote".
func surname(sents []sentence, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for _, s := range sents {
		toks := s.toks
		for k := 2; k < len(toks); k++ {
			if toks[k].text == name && isCapitalized(toks[k-1]) && !toks[k-1].poss && personTitles[toks[k-2].lower] {
				return true
			}
		}
	}
	return false
}

// personTitles come before a person's name: "president Brad Smith",
// "chief executive Satya Nadella", "said Jane Doe".
var personTitles = wordSet("president", "chair", "chairman", "chairwoman", "executive", "director", "officer", "ceo",
	"founder", "co-founder", "spokesperson", "spokeswoman", "spokesman", "secretary", "senator", "minister",
	"engineer", "manager", "said", "says", "vice", "mayor", "representative", "rep.", "sen.", "judge", "economist", "analyst")

// ownStaffBefore reports whether the subject before toks[at] is workers
// of no other employer: "About 60 employees gathered outside", not "25
// employees of a nearby bakery", "60 state employees".
func ownStaffBefore(toks []token, at int) bool {
	k := -1
	for j := 0; j < at; j++ {
		if workerNouns[toks[j].lower] {
			k = j
		}
	}
	if k < 0 {
		return false
	}
	for j := k + 1; j < at; j++ {
		if toks[j].lower == "of" || toks[j].lower == "from" || toks[j].lower == "at" {
			return false
		}
	}
	if k >= 1 {
		switch toks[k-1].lower {
		case "state", "city", "county", "federal", "government", "public", "municipal", "library", "hospital", "school", "district", "department":
			return false
		}
	}
	return true
}

// workerThings follow a worker noun used as a modifier: "the Build
// developer conference", "a Lumen developer program".
var workerThings = wordSet("conference", "conferences", "summit", "summits", "event", "events", "keynote",
	"program", "programs", "programme", "portal", "meetup", "day", "days", "kit", "preview", "edition")

// whereWorkersAct reports whether toks[to:] open, after an optional place
// ("in Boulder, Colo."), a ", where" clause that tells of workers or of a
// letter, petition or walkout.
func whereWorkersAct(toks []token, to int) bool {
	k := to
	if k+1 < len(toks) && toks[k].lower == "in" && isCapitalized(toks[k+1]) {
		k += 2
		for k < len(toks) && k < to+8 && (toks[k].word && isCapitalized(toks[k]) || toks[k].text == "." || toks[k].text == "," && k+1 < len(toks) && isCapitalized(toks[k+1])) {
			k++
		}
	}
	if k+1 >= len(toks) || toks[k].text != "," || toks[k+1].lower != "where" {
		return false
	}
	for j := k + 2; j < len(toks) && j < k+25; j++ {
		l := toks[j].lower
		if l == ";" || l == "." && j+1 < len(toks) {
			return false
		}
		if workerNouns[l] || l == "petition" || l == "letter" || l == "walkout" || l == "sit-in" || l == "sit-ins" {
			return true
		}
	}
	return false
}

// hyphenAdjective reports whether a capitalised word is an adjective made
// with a hyphen: "Texas-based", "Black-owned", "Y Combinator-backed".
func hyphenAdjective(name string) bool {
	f := strings.Fields(name)
	last := f[len(f)-1]
	i := strings.LastIndex(last, "-")
	return i > 0 && i+1 < len(last) && strings.ToLower(last[i+1:]) == last[i+1:]
}

// describedAfter reports whether the words from toks[from] to the noun at
// toks[h] describe the company named before them: "Kestrel Systems, the
// Manchester software developer," is no "Manchester" employer.
func describedAfter(toks []token, from, h int) bool {
	if from < 2 || !descriptorNouns[toks[h].lower] && !appositiveNouns[toks[h].lower] {
		return false
	}
	switch toks[from-1].lower {
	case "the", "a", "an":
		return toks[from-2].text == ","
	}
	return false
}

// placeBeforeNoun reports whether the words from toks[at] make the name
// before them a place: "revolt at Manchester data firm", "a walkout at
// Austin software maker".
func placeBeforeNoun(toks []token, at int) bool {
	for k := at; k < len(toks) && k < at+2; k++ {
		l := toks[k].lower
		if !toks[k].word || isCapitalized(toks[k]) || functionWords[l] || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed") {
			return false
		}
		if appositiveNouns[l] || descriptorNouns[l] {
			return true
		}
	}
	return false
}

// closingParen returns the index of the ")" that closes the "(" at
// toks[k] within n tokens, or -1.
func closingParen(toks []token, k, n int) int {
	for j := k + 1; j < len(toks) && j <= k+n; j++ {
		switch toks[j].text {
		case ")":
			return j
		case "(":
			return -1
		}
	}
	return -1
}

// ownsContract reports whether the words from toks[at] make the subject
// before them a party to a contract: "will let its contract with ICE
// expire", "signed a three-year agreement with", "won a $2 million deal".
func ownsContract(toks []token, at int) bool {
	limit := at + 5
	for k := at; k < len(toks) && k < limit; k++ {
		l := toks[k].lower
		if (l == "says" || l == "said" || l == "that") && k+2 < len(toks) {
			// "Tessellate Systems told employees on Monday that it will
			// not renew its contract": its own
			// "Tandaa Systems says it has “paused” its contract": its own
			// "Fennick Labs said on Wednesday it would wind down its
			// contract"
			j := k + 1
			if toks[j].lower == "on" && j+1 < len(toks) && weekdayName(toks[j+1].lower) {
				j += 2
			}
			if j+1 < len(toks) && toks[j].lower == "it" {
				limit = min(j+8, len(toks))
				k = j
				continue
			}
		}
		if (l == "told" || l == "informed" || l == "notified") && k+1 < len(toks) {
			// "Kestrel Analytics has told Immigration and Customs
			// Enforcement it will not accept ... the task order it won"
			for j := k + 1; j < len(toks) && j <= k+7; j++ {
				if toks[j].lower == "it" {
					for m := j + 1; m+2 < len(toks) && m <= j+16; m++ {
						switch toks[m].lower {
						case "contract", "order", "deal", "agreement":
							if toks[m+1].lower == "it" && (toks[m+2].lower == "won" || toks[m+2].lower == "holds" || toks[m+2].lower == "signed" || toks[m+2].lower == "landed" || toks[m+2].lower == "secured") {
								return true
							}
						}
					}
					break
				}
				if !toks[j].word {
					break
				}
			}
		}
		if l == "“" || l == "”" || l == "\"" {
			continue
		}
		if l == "its" || (l == "signed" || l == "won" || l == "holds" || l == "landed" || l == "secured") && k+1 < len(toks) && (toks[k+1].lower == "a" || toks[k+1].lower == "an") {
			// "its £38 million ($48 million) Ministry of Defence contract"
			for j := k + 1; j < len(toks) && j <= k+12; j++ {
				switch toks[j].lower {
				case "contract", "contracts", "deal", "agreement", "subcontract":
					return true
				}
				if !toks[j].word && !currencyOrParen(toks[j].text) {
					break
				}
			}
			return false
		}
		if !toks[k].word || toks[k].lower == "said" || toks[k].lower == "says" {
			return false
		}
	}
	return false
}

// contractWithAgency reports whether toks[k:] is a contract that names a
// body the gazetteer knows before its noun: "RCMP hosting contract", "£38
// million Ministry of Defence contract"; not "contract with ICE", which a
// city or a person has as well ("Denver's contract with ICE").
func (x *Extractor) contractWithAgency(toks []token, k int) bool {
	agency := false
	for j := k; j < len(toks) && j <= k+8; j++ {
		if _, n := x.g.agencyPhrases.match(toks, j); n > 0 {
			agency = true
			j += n - 1
			continue
		}
		switch toks[j].lower {
		case "contract", "contracts", "deal", "agreement":
			return agency
		}
		if !toks[j].word && !currencyOrParen(toks[j].text) {
			return false
		}
	}
	return false
}

// currencyOrParen reports whether s may stand inside a priced contract's
// words: a currency sign, a hyphen or a bracket.
func currencyOrParen(s string) bool {
	switch s {
	case "$", "£", "€", "¥", "₹", "-", "(", ")", "C$", "A$":
		return true
	}
	return false
}

// ownStaff reports whether the sentence from toks[at] on speaks of its
// subject's own staff: "a month after roughly 80 employees walked out of
// its Bristol office", "its engineers".
func ownStaff(toks []token, at int) bool {
	for k := at; k < len(toks); k++ {
		if !workerNouns[toks[k].lower] {
			continue
		}
		if k > 0 && toks[k-1].lower == "its" {
			return true
		}
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if toks[j].lower == "its" {
				return true
			}
		}
	}
	return false
}

// calledCompany reports whether the sentence from toks[at] on calls its
// subject a company: "..., the Madison location-data company told
// employees".
func calledCompany(toks []token, at int) bool {
	for k := at; k < len(toks); k++ {
		if employerNouns[toks[k].lower] && toks[k].lower != "organization" && toks[k].lower != "platform" {
			return true
		}
	}
	return false
}

// corporateName reports whether a name ends as a company's does:
// "Brightwater Labs", "Tallis Systems".
func corporateName(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && corporateTails[f[len(f)-1]]
}

// corporateTails are the last words of companies' names.
var corporateTails = wordSet("Labs", "Systems", "Technologies", "Software", "Data", "Analytics", "Robotics", "AI",
	"Inc", "Inc.", "Corp", "Corp.", "Corporation", "Solutions", "Networks", "Cloud", "Digital", "Dynamics", "Industries",
	"Technology", "Aero", "Aerospace", "Imaging", "Maps", "Mapping", "Biometrics", "Orbital", "Avionics")

// CompanyKey returns the part of a company's name that names it across
// reports, for grouping them into one campaign: a discovered name without
// the corporate and line-of-business words it ends with, so that "Lumora
// Systems" in one article and "Lumora" in the next are one company. Letter
// case does not matter. Gazetteer names are canonical already, and so are
// names whose first word many companies share ("General Dynamics" is not
// "General Motors").
func CompanyKey(name string, inGazetteer bool) string {
	f := strings.Fields(name)
	if inGazetteer || len(f) < 2 || genericHeads[strings.ToLower(f[0])] {
		return name
	}
	n := len(f)
	for n > 1 && keyTails[strings.ToLower(f[n-1])] {
		n--
	}
	return strings.Join(f[:n], " ")
}

// keyTails are the words CompanyKey drops, in lower case: corporateTails
// and the words of a company's legal form or group.
var keyTails = func() map[string]bool {
	m := wordSet("co", "co.", "company", "llc", "ltd", "ltd.", "plc", "gmbh", "ag", "group", "holdings", "limited", "communications")
	for w := range corporateTails {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// genericHeads are first words that many unrelated companies share.
var genericHeads = wordSet("general", "united", "american", "national", "global", "international", "applied",
	"advanced", "digital", "open", "first", "new", "north", "south", "east", "west", "pacific", "atlantic")

// publicBodyName reports whether a name is that of a place or public body
// by its last word: "Dane County", "Evanston City".
func publicBodyName(name string) bool {
	f := strings.Fields(name)
	switch f[len(f)-1] {
	case "County", "City", "Town", "Village", "State", "University", "College", "Schools", "District", "Council", "Department", "Police":
		return true
	}
	return false
}

// relativeWords open the clauses "at X, where ...", "X, whose ...", "At
// X, which builds ...".
var relativeWords = wordSet("whose", "where", "which")

// nameStart returns where a name of up to three capitalised words that
// ends at toks[i] starts: "Tucano Dados'" ends at "Dados".
func nameStart(toks []token, i int) int {
	start := i
	for start > 0 && isCapitalized(toks[start-1]) && !toks[start-1].poss && !functionWords[toks[start-1].lower] && i-start < 2 {
		start--
	}
	return start
}

// staffModifiers name a company's staff before their document:
// "Fieldstone's employee letter".
var staffModifiers = wordSet("employee", "employees", "staff", "worker", "workers", "engineer", "engineers")

// urgeVerbs ask a company to act: "a petition asking Keller & Lowe ...".
var urgeVerbs = wordSet("asking", "urging", "pressing", "asked", "urged", "pressed")

// plainEmployer reports whether name at toks[i] may be a company the
// gazetteer lacks: no agency, country, state, gazetteer company or public
// body.
func (x *Extractor) plainEmployer(toks []token, i int, name string) bool {
	return !x.gazetteerName(toks, i) && !publicBodyName(name) && !discourseWords[strings.ToLower(name)]
}

// bodyAt reports whether a government body the gazetteer knows starts at
// toks[i]: an agency, a state or a country.
func (x *Extractor) bodyAt(toks []token, i int) bool {
	_, an := x.g.agencyPhrases.match(toks, i)
	_, cn := x.g.countryPhrases.match(toks, i)
	_, sn := x.g.statePhrases.match(toks, i)
	return an > 0 || cn > 0 || sn > 0
}

// companyMakerVerbs say what a company, not a person, makes: "Lumen
// Lingua makes machine translation software", not "Jane Whitaker writes
// software".
var companyMakerVerbs = wordSet("makes", "builds", "develops", "sells")

// techMade reports whether what a maker makes, from toks[from], is
// technology: "machine translation software", "the budgeting app".
func techMade(toks []token, from int) bool {
	for j := from; j < len(toks) && j <= from+5 && toks[j].word; j++ {
		if techProducts[toks[j].lower] {
			return true
		}
	}
	return false
}

// actsNext reports whether a collective action's verb follows at
// toks[at], after "have" or "had" at most: "have signed", "walked out".
func actsNext(toks []token, at int) bool {
	if at < len(toks) && (toks[at].lower == "have" || toks[at].lower == "had") {
		at++
	}
	if at >= len(toks) {
		return false
	}
	switch toks[at].lower {
	case "signed", "walked", "staged", "protested", "resigned", "quit", "petitioned", "circulated",
		"launched", "occupied", "struck", "rallied", "demonstrated", "organized", "organised", "delivered":
		return true
	}
	return false
}

// personBefore reports whether a title or an honorific stands before the
// name at toks[i]: "Chief executive Dana Whitfield", "Ms. Alvarez".
func personBefore(toks []token, i int) bool {
	if i > 0 && (personTitles[toks[i-1].lower] || honorifics[strings.TrimSuffix(toks[i-1].text, ".")]) {
		return true
	}
	return honorifics[strings.TrimSuffix(toks[i].text, ".")]
}

// honorifics open a person's name.
var honorifics = wordSet("Mr", "Ms", "Mrs", "Dr", "Prof", "Sir", "Dame")

// personPronouns speak of a person, not a company: "asking her to drop".
var personPronouns = wordSet("her", "his", "she", "he", "him")

// workerSoonAfter reports whether a worker noun follows toks[from] within
// a count's reach: "more than 300 employees", "18 engineers".
func workerSoonAfter(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+5; k++ {
		if workerNouns[toks[k].lower] {
			return true
		}
		if !toks[k].word || toks[k].poss {
			return false
		}
	}
	return false
}

// companyClause reports whether the relative clause at toks[k] says what
// a company does: "which builds surveillance towers", "which sells", not
// "which trains many of Google's engineers".
func companyClause(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch l := toks[k].lower; {
	case companyMakerVerbs[l], l == "supplies", l == "runs", l == "operates", l == "provides", l == "hosts", l == "licenses":
		return true
	case l == "won" || l == "holds" || l == "landed":
		// "At Cobalt Stack, which won a $9.8 million contract in 2023 ..."
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if toks[j].lower == "contract" || toks[j].lower == "contracts" || toks[j].lower == "deal" {
				return true
			}
		}
	}
	return false
}

// countedWorkersAfter reports whether a counted worker noun follows
// toks[from] in the sentence, after a comma: "At Sentinel Mesh, which
// builds surveillance towers ..., eleven engineers have resigned".
func countedWorkersAfter(toks []token, from int) bool {
	for k := from; k < len(toks); k++ {
		if toks[k].text != "," || k+1 >= len(toks) {
			continue
		}
		j := k + 1
		// "several dozen workers", "more than 300 engineers"
		if l := toks[j].lower; l == "several" || l == "a" || qualifierWord(l) {
			j++
		}
		if j < len(toks) && toks[j].lower == "than" {
			j++
		}
		if j < len(toks) && toks[j].lower == "dozen" && j+1 < len(toks) && workerNouns[toks[j+1].lower] {
			return true
		}
		if a, ok := amountAt(toks, j); ok && !a.money && !a.percent && a.to < len(toks) && workerNouns[toks[a.to].lower] {
			return true
		}
	}
	return false
}

// docBefore reports whether a letter or petition is named just before
// toks[i]: "The petition asking ...".
func docBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if docWords[toks[k].lower] && toks[k].lower != "note" && toks[k].lower != "survey" && toks[k].lower != "forum" && toks[k].lower != "document" {
			return true
		}
	}
	return false
}

// askedToDropIts reports whether toks[at:] asks its subject to give up its
// own deal: "not to renew its", "to drop its", "to end its".
func (x *Extractor) askedToDropIts(toks []token, at int) bool {
	k := at
	if k < len(toks) && toks[k].lower == "not" {
		k++
	}
	if k+2 >= len(toks) || toks[k].lower != "to" {
		return false
	}
	v := toks[k+1].lower
	if !demandVerbs[v] && v != "renew" && v != "extend" && v != "bid" && v != "sign" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+3; j++ {
		if toks[j].lower != "its" {
			continue
		}
		// "asking Metro Transit to end its contract with Flockwatch": a
		// buyer, whose deal is with a company
		for w := j + 1; w+1 < len(toks) && w <= j+8 && toks[w].text != "," && toks[w].text != "."; w++ {
			if toks[w].lower == "with" {
				n := w + 1
				if toks[n].lower == "the" && n+1 < len(toks) {
					n++
				}
				return !isCapitalized(toks[n]) || publicBodyName(toks[n].text) || x.bodyAt(toks, n)
			}
		}
		return true
	}
	return false
}

// headingName returns the name a sentence of only a name is: "Tessaloop.",
// "Orrin Systems.".
func (x *Extractor) headingName(toks []token) (name string, withBody bool, ok bool) {
	if len(toks) < 2 || len(toks) > 12 || toks[len(toks)-1].text != "." || !isCapitalized(toks[0]) || functionWords[toks[0].lower] {
		return "", false, false
	}
	var to int
	name, _, to, ok = x.employerCandidate(toks, 0, false)
	if ok && to+1 < len(toks)-1 && toks[to].lower == "and" {
		// "Palisade Analytics and ICE.", "Kestrel Voice and the NYPD.": a
		// company and the body its staff opposed
		a := to + 1
		if toks[a].lower == "the" {
			a++
		}
		if _, an := x.g.agencyPhrases.match(toks, a); an > 0 && a+an == len(toks)-1 {
			to, withBody = len(toks)-1, true
		}
	}
	if !ok || to != len(toks)-1 || toks[to-1].poss || publicBodyName(name) || institutionName(name) || x.gazetteerName(toks, 0) {
		return "", false, false
	}
	if _, an := x.g.agencyPhrases.match(toks, 0); an > 0 {
		return "", false, false
	}
	if _, cn := x.g.countryPhrases.match(toks, 0); cn > 0 {
		return "", false, false
	}
	// not "Jane Alvarez.", "Elsewhere."
	if x.firstWords[toks[0].text] || discourseWords[strings.ToLower(name)] || strings.HasSuffix(toks[0].lower, "where") || strings.HasSuffix(toks[0].lower, "ly") {
		return "", false, false
	}
	return name, withBody, true
}

// colonHeading returns the firm-shaped name that opens a short heading
// line before a colon: "Tessellate Cloud: past 350".
func (x *Extractor) colonHeading(toks []token) (string, bool) {
	if len(toks) < 3 || len(toks) > 10 || toks[len(toks)-1].text == "." || !isCapitalized(toks[0]) || functionWords[toks[0].lower] {
		return "", false
	}
	name, _, to, ok := x.employerCandidate(toks, 0, false)
	if !ok || to >= len(toks) || toks[to].text != ":" || toks[to-1].poss || !(corporateName(name) || techName(name)) || x.gazetteerName(toks, 0) || publicBodyName(name) || institutionName(name) {
		return "", false
	}
	return name, true
}

// namesAgain reports whether a sentence names name again, whole or by its
// first word: "Tessellate's RCMP hosting contract".
func namesAgain(toks []token, name string) bool {
	f := strings.Fields(name)
	for k, t := range toks {
		if k > 0 && t.text == f[0] || t.text == f[0] && t.poss {
			return true
		}
	}
	return false
}

// describedSoon reports whether a sentence calls something a company in
// its first words: "The petition asking the sensor maker", "The Pittsburgh
// startup's pause".
func describedSoon(toks []token) bool {
	for k := 1; k < len(toks) && k <= 10; k++ {
		if !employerNouns[toks[k].lower] && !appositiveNouns[toks[k].lower] {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if toks[j].lower == "the" {
				return true
			}
		}
	}
	return false
}

// tellVerbs open what a company told its staff: "told employees".
var tellVerbs = wordSet("told", "informed", "emailed", "notified", "tells", "informs")

// toldItsStaff reports whether the words from toks[k] tell the staff
// something: "told employees", "informed its staff", "emailed workers".
func toldItsStaff(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if !tellVerbs[toks[k].lower] {
		return false
	}
	j := k + 1
	if toks[j].lower == "its" || toks[j].lower == "all" {
		j++
	}
	if j >= len(toks) || toks[j].lower != "employees" && toks[j].lower != "staff" && toks[j].lower != "workers" && toks[j].lower != "staffers" {
		return false
	}
	// what it told them of itself: "told employees on Thursday that it
	// will not exercise ..."; not "Pichai told employees that the company
	// would not renew", a person
	for m := j + 1; m+1 < len(toks) && m <= j+8; m++ {
		if toks[m].lower == "it" && (toks[m-1].lower == "that" || m == j+1) {
			switch toks[m+1].lower {
			case "will", "would", "had", "has", "was", "is", "plans", "planned", "intends", "won't", "wouldn't":
				return true
			}
		}
	}
	return false
}

// petitionSite reports whether a name is a petition platform's:
// "Change.org", "Coworker.org", "Action Network".
func petitionSite(name string) bool {
	l := strings.ToLower(name)
	if strings.Contains(l, ".") {
		return true
	}
	switch l {
	case "action network", "moveon", "avaaz", "sumofus", "ekō", "eko", "care2", "actionnetwork", "change":
		return true
	}
	return false
}

// campusWords speak of students or a campus: "drew 600 student
// signatures".
var campusWords = wordSet("student", "students", "campus", "university", "faculty", "alumni")

// schoolWords reports whether a sentence speaks of students or a campus.
func schoolWords(toks []token) bool { return hasVerb(toks, 0, len(toks), campusWords) }

// workersOfAnother reports whether a sentence names the workers of a
// company other than name: "many from Wayfield employees".
func workersOfAnother(toks []token, name string) bool {
	for k := 1; k < len(toks); k++ {
		if workerNouns[toks[k].lower] && isCapitalized(toks[k-1]) && !strings.HasSuffix(name, toks[k-1].text) {
			return true
		}
	}
	return false
}

// atRival reports whether the name at toks[i] follows "at", "at rival" or
// "at rival lab": "workers at rival lab Sable Intelligence, where 312
// employees signed".
func atRival(toks []token, i int) bool {
	k := i - 1
	if k >= 1 && (appositiveNouns[toks[k].lower] || toks[k].lower == "lab") && (toks[k-1].lower == "rival" || toks[k-1].lower == "competitor") {
		k--
	}
	if k >= 1 && (toks[k].lower == "rival" || toks[k].lower == "competitor") {
		k--
	}
	return k >= 0 && toks[k].lower == "at"
}

// signedThen reports whether sents[si] or the sentence after it tells of
// signing: "Remember the Norvale letter from last November? The 730
// employees who signed it ...". A letter a company's name qualifies is then
// its staff's, not one the company sent.
func signedThen(sents []sentence, si int) bool {
	staff := func(w string) bool {
		return w == "employees" || w == "staff" || w == "workers" || w == "staffers" || w == "engineers"
	}
	for k := si; k < len(sents) && k <= si+1; k++ {
		toks := sents[k].toks
		for j := 0; j+1 < len(toks); j++ {
			if toks[j].lower != "signed" {
				continue
			}
			// "The 730 employees who signed it", "signed by 400 employees"
			if toks[j+1].lower == "it" {
				for b := j - 1; b >= 0 && b >= j-3; b-- {
					if staff(toks[b].lower) {
						return true
					}
				}
			}
			if toks[j+1].lower == "by" {
				for a := j + 2; a < len(toks) && a <= j+5; a++ {
					if staff(toks[a].lower) {
						return true
					}
				}
			}
		}
	}
	return false
}

// staffActionNouns are actions a company's name may qualify as its staff's:
// "the Kestrel Vision petition".
var staffActionNouns = map[string]bool{
	"petition": true, "walkout": true, "walkouts": true, "walk-out": true, "sit-in": true,
	"sit-ins": true,
}

// shareWords count a part of a whole: "a third of", "most of".
var shareWords = map[string]bool{
	"third": true, "half": true, "quarter": true, "fifth": true, "most": true, "many": true,
	"majority": true, "some": true, "dozens": true, "hundreds": true, "thousands": true, "all": true,
}

// shareOf reports whether the name at toks[at] follows a share of a whole:
// "A third of Halyard Data's staff", "half of Corvid's engineers".
func shareOf(toks []token, at int) bool {
	if at < 2 || toks[at-1].lower != "of" {
		return false
	}
	if shareWords[toks[at-2].lower] {
		return true
	}
	_, ok := amountAt(toks, at-2)
	return ok
}

// postedBefore reports whether a post verb opens the clause that ends at
// toks[at] ("on"): "said on Twitter", and "posted on Friday to an internal
// message board and on Twitter".
func postedBefore(toks []token, at int) bool {
	for j := at - 1; j >= 0 && j >= at-10; j-- {
		switch toks[j].text {
		case ".", ";", ":", "—":
			return false
		}
		if postVerbs[toks[j].lower] {
			return true
		}
	}
	return false
}

// postVerbs, before "on X", make X a platform where people speak, not
// their employer: "employees said on Twitter".
var postVerbs = map[string]bool{
	"said": true, "say": true, "says": true, "wrote": true, "write": true, "writes": true,
	"posted": true, "post": true, "posts": true, "shared": true, "tweeted": true, "announced": true,
	"complained": true, "commented": true, "replied": true, "organized": true, "organised": true,
}

// spokesNouns name who speaks for an organisation: "a Brightwater
// spokesperson".
var spokesNouns = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true, "representative": true}

// placePreps open a sentence that names where something happened: "At
// Quillby, a transcription startup, ...".
var placePreps = map[string]bool{"at": true, "inside": true, "within": true}

// namedSubjectVerbs follow a name as its subject: "Atlassian said".
var namedSubjectVerbs = map[string]bool{
	"said": true, "says": true, "declined": true, "confirmed": true, "denied": true,
	"responded": true, "announced": true,
}

// appositiveNouns name what a company is in an appositive: "Tessellate, a
// mapping startup based in Denver,", "the defense contractor Anduril".
var appositiveNouns = map[string]bool{
	"startup": true, "start-up": true, "company": true, "firm": true, "maker": true,
	"manufacturer": true, "retailer": true, "giant": true, "corporation": true,
	"conglomerate": true, "provider": true, "vendor": true, "contractor": true, "studio": true,
	"carrier": true, "telco": true, "chipmaker": true, "outsourcer": true, "broker": true, "integrator": true,
	"supplier": true, "reseller": true,
}

// tradeNouns are appositive nouns that people are too ("a mortgage
// broker", "a parts supplier"): they make a company only after a word of
// technology ("a Denver data broker", "a cloud reseller").
var tradeNouns = wordSet("broker", "integrator", "supplier", "reseller")

// appositiveEnd may follow the noun of such an appositive.
var appositiveEnd = map[string]bool{
	",": true, ".": true, "based": true, "headquartered": true, "that": true, "which": true, "of": true, "behind": true,
	"whose": true, "in": true, "from": true, "with": true, "founded": true, "known": true, "used": true,
	"owned": true, "backed": true, "—": true, "(": true, ";": true, "where": true, "best": true,
	"near": true, "outside": true,
}

// discourseWords open a sentence with a comma but are no names: "However,
// a startup in Denver...".
var discourseWords = map[string]bool{
	"however": true, "meanwhile": true, "separately": true, "instead": true, "still": true,
	"yet": true, "now": true, "today": true, "yesterday": true, "earlier": true, "later": true,
	"also": true, "indeed": true, "similarly": true, "likewise": true, "moreover": true,
	"furthermore": true, "overall": true, "finally": true, "first": true, "second": true,
	"then": true, "thus": true, "so": true, "nonetheless": true, "nevertheless": true,
	"elsewhere": true, "there": true, "here": true, "since": true, "afterward": true,
	"afterwards": true, "together": true, "last": true, "next": true, "again": true,
	"notably": true, "specifically": true, "regardless": true, "despite": true,
}

// appositiveEmployer reads a company named by an appositive at toks[i]:
// "Tessellate, a mapping startup based in Denver," or "the defense
// contractor Anduril".
func (x *Extractor) appositiveEmployer(toks []token, i int) (string, bool) {
	// "Name, a(n) ... startup", "At Name, a ... startup,"; not the end of
	// a longer name ("BCFS Health and Human Services, a nonprofit")
	partOf := i >= 2 && (toks[i-1].lower == "and" || toks[i-1].text == "&") && isCapitalized(toks[i-2])
	if isCapitalized(toks[i]) && !partOf && (i == 0 || !isCapitalized(toks[i-1]) || i == 1 && placePreps[toks[0].lower]) {
		name, _, to, ok := x.employerCandidate(toks, i, false)
		// "Elastic, the company behind Elasticsearch": "the" only right
		// before the noun, with what it makes after
		the := to+3 < len(toks) && toks[to+1].lower == "the" && appositiveNouns[toks[to+2].lower] && (toks[to+3].lower == "behind" || toks[to+3].lower == "that")
		// "At Quillstack, the Denver payroll-software company with about
		// 1,800 employees,": "the" with words before the noun, and the
		// appositive ended
		if !the && ok && to+3 < len(toks) && asideMark(toks[to].text) && toks[to+1].lower == "the" {
			for k := to + 2; k < len(toks) && k <= to+7; k++ {
				if !toks[k].word && toks[k].text != "-" || toks[k].poss {
					break
				}
				if appositiveNouns[toks[k].lower] && k > to+2 && k+1 < len(toks) && appositiveEnd[toks[k+1].lower] {
					the = true
					break
				}
			}
		}
		art := to + 1
		if ok && to+3 < len(toks) && (toks[art].lower == "then" || toks[art].lower == "now") && (toks[art+1].lower == "a" || toks[art+1].lower == "an") {
			art++ // "Lumenfield, then a small Austin computer-vision startup,"
		}
		if ok && !toks[to-1].poss && art+1 < len(toks) && asideMark(toks[to].text) && (toks[art].lower == "a" || toks[art].lower == "an" || the) {
			single := to-i == 1
			l := strings.ToLower(name)
			if single && (discourseWords[l] || strings.HasSuffix(l, "ly")) {
				return "", false
			}
			limit := art + 6
			for k := art + 1; k < len(toks) && k <= limit; k++ {
				if toks[k].text == "(" {
					// "a Cambridge (U.K.) start-up": a place in parentheses
					if j := closingParen(toks, k, 5); j > 0 {
						limit += j - k + 1
						k = j
						continue
					}
				}
				if !toks[k].word && toks[k].text != "-" || toks[to].text != "," && (toks[k].lower == "of" || workerNouns[toks[k].lower]) {
					break // "Dana Whitford — the founder of the startup —": a person
				}
				if appositiveNouns[toks[k].lower] && (k+1 == len(toks) || appositiveEnd[toks[k+1].lower]) {
					if _, n := x.g.companyPhrases.match(toks, i); n > 0 {
						return "", false
					}
					if tradeNouns[toks[k].lower] && (!techWords[toks[k-1].lower] && toks[k-1].lower != "data" || hasVerb(toks, k, len(toks), personPronouns)) {
						return "", false // "Dan Pierce, a freight broker", "Lisa Park, a software reseller ..., said she"
					}
					return name, true
				}
			}
		}
	}
	// "the defense contractor Anduril", "mapping startup Tessellate"
	if appositiveNouns[toks[i].lower] && !toks[i].poss && i+1 < len(toks) && isCapitalized(toks[i+1]) {
		if _, n := x.g.companyPhrases.match(toks, i+1); n > 0 {
			return "", false
		}
		name, _, to, ok := x.employerCandidate(toks, i+1, false)
		if ok && (to == len(toks) || !toks[to].word || !isCapitalized(toks[to])) && !founderClause(toks, to) {
			return name, true
		}
	}
	return "", false
}

// founderClause reports whether the words from toks[k] make the name
// before them a person who made the company: "the company Gates and Paul
// Allen founded in 1975", "the startup Ng runs".
func founderClause(toks []token, k int) bool {
	if k < len(toks) && toks[k].lower == "and" {
		k++
		for k < len(toks) && isCapitalized(toks[k]) {
			k++
		}
	}
	return k < len(toks) && founderVerbs[toks[k].lower]
}

// founderVerbs say what a person did to make or lead a company.
var founderVerbs = wordSet("founded", "co-founded", "cofounded", "started", "built", "runs", "ran", "leads", "led", "owns", "owned", "bought", "created", "launched", "sold")

// officerAt reports whether toks[k:] is a company chief's title and then
// a person's name: "chief executive Corin Vale", "CEO Dana Whitford"; not
// "president" or "founder", which schools and movements have too.
func officerAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	e := k + 1
	switch {
	case toks[k].lower == "chief" && k+1 < len(toks) && (toks[k+1].lower == "executive" || toks[k+1].lower == "operating" || toks[k+1].lower == "technology"):
		e = k + 2
		if e < len(toks) && toks[e].lower == "officer" {
			e++
		}
	case toks[k].lower == "ceo":
	default:
		return false
	}
	return e+1 < len(toks) && isCapitalized(toks[e]) && isCapitalized(toks[e+1]) && !functionWords[toks[e].lower]
}

// institutionName reports whether a name is a school's, a movement's or
// a foundation's by its last word.
func institutionName(name string) bool {
	f := strings.Fields(name)
	switch f[len(f)-1] {
	case "University", "College", "School", "Institute", "Movement", "Foundation", "Party", "Coalition", "Union", "Council",
		"Medicine", "Hospital", "Clinic", "Museum", "Library", "International", "Watch":
		return true
	}
	return false
}

// calledEmployer returns the index after "a|an|the [words] company" at
// toks[k], or 0: "the second Canadian company", "a Denver payroll
// startup".
func calledEmployer(toks []token, k int) int {
	if k >= len(toks) || toks[k].lower != "a" && toks[k].lower != "an" && toks[k].lower != "the" {
		return 0
	}
	for e := k + 1; e < len(toks) && e <= k+5; e++ {
		if !toks[e].word && toks[e].text != "-" || toks[e].poss || workerNouns[toks[e].lower] || functionWords[toks[e].lower] {
			return 0
		}
		if appositiveNouns[toks[e].lower] {
			return e + 1
		}
	}
	return 0
}

// gazetteerName reports whether a company, agency, country or state the
// gazetteer knows starts at toks[i]: no name to discover.
func (x *Extractor) gazetteerName(toks []token, i int) bool {
	_, cn := x.g.companyPhrases.match(toks, i)
	return cn > 0 || x.bodyAt(toks, i)
}

// asideMark reports whether s sets off an aside: a comma or a dash
// ("Northgate Vision — the Austin face-matching startup that ...").
func asideMark(s string) bool {
	return s == "," || s == "—" || s == "–"
}

// shortNames maps a discovered name that is the first word(s) of a longer
// discovered name onto the longer one: "Lantern" → "Lantern Systems".
func shortNames(names []string) map[string]string {
	out := map[string]string{}
	for _, a := range names {
		for _, b := range names {
			if a != b && strings.HasPrefix(b, a+" ") {
				out[a] = b
			}
		}
	}
	return out
}

// afterDateline reports whether toks[i] opens the text after a dateline:
// "MUNICH — Engineers at ...", "Leipzig, 9 March 2021 — Staff at ...".
func afterDateline(toks []token, i int) bool {
	if i < 2 || i > 10 || !dash(toks[i-1].text) {
		return false
	}
	for k := 0; k < i-1; k++ {
		if t := toks[k]; t.word && !isCapitalized(t) && (t.text[0] < '0' || t.text[0] > '9') {
			return false
		}
	}
	return true
}

// sectionFirm returns the firm-shaped name a section's heading opens with
// (a one-line paragraph with no closing stop) when the section's first
// sentence opens with it too, longer: "Corvane and Project Halyard" over
// "At Corvane Robotics, a petition".
func (x *Extractor) sectionFirm(sents []sentence, si int) (string, bool) {
	toks := sents[si].toks
	if !headingLine(sents, si) || si+1 >= len(sents) || !isCapitalized(toks[0]) || functionWords[toks[0].lower] {
		return "", false
	}
	next := sents[si+1].toks
	at := 0
	if len(next) > 1 && next[0].lower == "at" {
		at = 1
	}
	if at >= len(next) || next[at].text != toks[0].text {
		return "", false
	}
	name, _, to, ok := x.employerCandidate(next, at, false)
	if !ok || to-at < 2 || !(corporateName(name) || techName(name)) || x.gazetteerName(next, at) || publicBodyName(name) || institutionName(name) {
		return "", false
	}
	return name, true
}

// dealNouns name a company's deal a document opposes: "its contract",
// "the firm's work".
var dealNouns = wordSet("contract", "contracts", "deal", "deals", "agreement", "partnership", "work")

// dealWithin reports whether a deal noun comes within n words from
// toks[from], no punctuation between: "border-surveillance contract".
func dealWithin(toks []token, from, n int) bool {
	for k := from; k < len(toks) && k < from+n && toks[k].word; k++ {
		if dealNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// isSentenceOpener reports whether toks[i] opens its sentence (possibly
// after an opening quote or bracket).
func isSentenceOpener(toks []token, i int) bool {
	if i > 0 && (toks[i-1].text == "“" || toks[i-1].text == "\"" && (i == 1 || toks[i-2].word || toks[i-2].text == ":")) {
		return true // a quotation opens: "signs that read “Game dev, not war dev.”", not one that closes: `weapons," Kestrel`
	}
	for k := 0; k < i; k++ {
		if toks[k].word {
			return false
		}
	}
	return true
}

// spelledCompound reports whether w is a hyphenated spelled-out number:
// "forty-one", "twenty-four".
func spelledCompound(w string) bool {
	tens, unit, ok := strings.Cut(w, "-")
	return ok && tensWords[tens] > 0 && unitWords[unit] > 0
}

// askedEmployer returns where the name a letter or petition asks starts,
// when toks[i] is the asking word right after the document: "our letter
// asking Ringwise", "a petition calling on Arborline".
func askedEmployer(toks []token, i int) (int, bool) {
	at := -1
	switch toks[i].lower {
	case "asking", "urging", "pressing", "demanding", "telling":
		at = i + 1
	case "calling":
		if i+1 < len(toks) && toks[i+1].lower == "on" {
			at = i + 2
		}
	}
	if at < 0 || at >= len(toks) || !isCapitalized(toks[at]) || functionWords[toks[at].lower] {
		return 0, false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "letter", "petition", "letters", "petitions":
			return at, true
		}
	}
	return 0, false
}

// ownWorkAfter reports whether toks[to:] ask the name before them to
// drop work of its own with a government body: "to end its partnership
// with the LAPD", "leadership to end the company's analytics agreement".
// Not "Dana Whitfield to end the company's contract" (a person, asked of
// her company's deal) nor "Metro Transit to end its contract with
// Flockwatch" (a buyer, asked of its vendor).
func (x *Extractor) ownWorkAfter(toks []token, to int) bool {
	k := to
	for k < len(toks) && k <= to+2 && (leadershipNouns[toks[k].lower] || toks[k].lower == "'s") {
		k++
	}
	led := k > to
	if k+1 >= len(toks) || toks[k].lower != "to" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+6; j++ {
		l := toks[j].lower
		if l == "its" || led && toks[j].poss && employerNouns[l] {
			// the deal's other side, when named, is a body the
			// gazetteer knows
			for w := j + 1; w < len(toks) && w <= j+5; w++ {
				if toks[w].lower != "with" {
					continue
				}
				v := w + 1
				if v < len(toks) && toks[v].lower == "the" {
					v++
				}
				if v < len(toks) && isCapitalized(toks[v]) {
					_, an := x.g.agencyPhrases.match(toks, v)
					_, cn := x.g.countryPhrases.match(toks, v)
					_, sn := x.g.statePhrases.match(toks, v)
					return an > 0 || cn > 0 || sn > 0
				}
				return true
			}
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// leadershipNouns name those who run a company, after its name: "Halvard
// Biometrics leadership", "the Arborline executive team".
var leadershipNouns = wordSet("leadership", "leaders", "executives", "management", "board", "ceo", "founders", "executive")

// calledItself reports whether the sentence calls its subject, the name
// ending at toks[to], a company, with no other name between that the
// words could call so: "Northlight Maps has suspended work on its
// contract with the RCMP ..., the Toronto company told employees", not
// "Metro Transit has ended its contract with Flock Safety, the camera
// company said".
func (x *Extractor) calledItself(toks []token, to int) bool {
	for k := to; k < len(toks); k++ {
		if employerNouns[toks[k].lower] && toks[k].lower != "organization" && toks[k].lower != "platform" {
			return true
		}
		if (toks[k].lower == "with" || toks[k].lower == "to" || toks[k].lower == "from" || toks[k].lower == "by") && k+1 < len(toks) {
			j := k + 1
			if toks[j].lower == "the" && j+1 < len(toks) {
				j++
			}
			if isCapitalized(toks[j]) {
				_, an := x.g.agencyPhrases.match(toks, j)
				_, sn := x.g.statePhrases.match(toks, j)
				_, cn := x.g.countryPhrases.match(toks, j)
				if an == 0 && sn == 0 && cn == 0 {
					return false // another name, the words' likelier subject
				}
			}
		}
	}
	return false
}

// atDocOpener reports whether a sentence opens "At NAME[ in PLACE], a
// letter (or petition) with N signatures": the name is where its workers'
// document circulates.
func atDocOpener(toks []token) bool {
	k := 1
	for k < len(toks) && k <= 4 && isCapitalized(toks[k]) && !toks[k].poss {
		k++
	}
	if c, ok := placeComma(toks, k); ok {
		k = c // "At Brightwell Cloud in Austin, ..."
	}
	if k+2 >= len(toks) || toks[k].text != "," {
		return false
	}
	k++
	if toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "the" {
		k++
	}
	for j := k; j < len(toks) && j <= k+2; j++ {
		switch toks[j].lower {
		case "letter", "petition":
			for m := j + 1; m < len(toks) && m <= j+6; m++ {
				if sigNouns[toks[m].lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// eventName reports whether a name is an event's: "Web Summit", "RSA
// Conference".
func eventName(name string) bool {
	f := strings.Fields(name)
	switch f[len(f)-1] {
	case "Summit", "Conference", "Expo", "Forum", "Festival", "Congress", "Week", "Awards", "Fair", "Show", "Meetup", "Hackathon", "Convention":
		return true
	}
	return false
}

// jobsCut reports whether the words at toks[k] cut a number of its own
// jobs: "cut 140 jobs", "laid off about 600 employees", "is eliminating
// 12% of its roles".
func jobsCut(toks []token, k int) bool {
	if k < len(toks) && (toks[k].lower == "has" || toks[k].lower == "had" || toks[k].lower == "is" || toks[k].lower == "will" || toks[k].lower == "plans") {
		k++
		if k < len(toks) && toks[k].lower == "to" {
			k++
		}
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "cut", "cuts", "cutting", "eliminated", "eliminates", "eliminating", "eliminate", "shed", "sheds", "shedding":
		k++
	case "laid", "lays", "laying", "lay":
		if k+1 >= len(toks) || toks[k+1].lower != "off" {
			return false
		}
		k += 2
	default:
		return false
	}
	for j := k; j < len(toks) && j <= k+5; j++ {
		switch toks[j].lower {
		case "jobs", "positions", "roles", "employees", "workers", "staff", "people":
			return j > k
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}

// ownDealWith reports whether a deal with someone for a technology
// follows toks[k]: "facial recognition contract with the Polícia
// Federal", "cloud hosting deal with".
func (x *Extractor) ownDealWith(toks []token, k int) bool {
	tech := false // "Denver's contract with ICE" is a city's
	for j := k; j+1 < len(toks) && j <= k+4; j++ {
		l := toks[j].lower
		if (l == "contract" || l == "deal" || l == "agreement") && toks[j+1].lower == "with" {
			// with a public body, not "with Palantir"
			b := j + 2
			if b < len(toks) && toks[b].lower == "the" {
				b++
			}
			if b >= len(toks) {
				return false
			}
			_, an := x.g.agencyPhrases.match(toks, b)
			return tech && (an > 0 || foreignPolice[toks[b].text])
		}
		if techDealWords[l] || techDealWords[l[strings.LastIndex(l, "-")+1:]] {
			tech = true // "software", "border-mapping"
		}
		if !toks[j].word || isCapitalized(toks[j]) && !strings.HasPrefix(toks[j].text, "$") {
			return false
		}
	}
	return false
}

// techDealWords say what technology a deal is for.
var techDealWords = wordSet("software", "imagery", "satellite", "geospatial", "database", "translation", "cloud", "hosting", "data", "analytics", "surveillance", "recognition", "mapping", "drone", "drones", "ai", "imaging", "biometric", "tracking", "identity", "computing", "license", "licensing", "camera", "sensor")

// countOpens reports whether the capitalised number word at toks[k] opens
// a count before a name, not the name itself: "Sixty-one Brightpath
// Learning employees", "More than Sixty Brightpath engineers", "About Two
// Hundred Brightpath Engineers" — not "Hundred Acre Robotics", "Nine
// Rivers".
func countOpens(toks []token, k int) bool {
	l := toks[k].lower
	before := ""
	if k > 0 && toks[k-1].word {
		before = toks[k-1].lower
	}
	switch {
	case scaleWords[l] > 0:
		return unitWords[before] > 0 || tensWords[before] > 0 || spelledCompound(before)
	case spelledCompound(l) || tensWords[l] > 0:
		return before == "" || before == "than" || qualifierWord(before)
	case unitWords[l] > 0:
		return before == "than" || qualifierWord(before)
	}
	return false
}

// siteNouns name a company's place of work: "the Hyderabad office of".
var siteNouns = wordSet("office", "offices", "centre", "center", "campus", "headquarters", "hub", "site",
	"plant", "factory", "lab", "labs", "division", "unit", "branch", "studio", "subsidiary", "arm")

// siteOf reports where the company is named after a place of its, from
// toks[from]: "the Hyderabad development centre of Bluestem Software"
// gives the index of "Bluestem".
func siteOf(toks []token, from int) (int, bool) {
	if from >= len(toks) || toks[from].lower != "the" {
		return 0, false
	}
	for k := from + 1; k+2 < len(toks) && k <= from+4 && toks[k].word; k++ {
		if siteNouns[toks[k].lower] && toks[k+1].lower == "of" && isCapitalized(toks[k+2]) {
			return k + 2, true
		}
	}
	return 0, false
}

// ownJobAt returns where the writer's own employer is named, when the
// words at toks[i] speak of the writer's job there: "my last day at",
// "my six years at", "I resigned from"; -1 otherwise. Not "I'm leaving
// Twitter" nor "I'm quitting Slack for a week": a user's.
func ownJobAt(toks []token, i int) int {
	l := toks[i].lower
	switch l {
	case "my":
		k := i + 1
		for k < len(toks) && k <= i+3 && toks[k].word && !ownJobNouns[toks[k].lower] {
			k++ // "my last day", "my six years"
		}
		if k+1 < len(toks) && ownJobNouns[toks[k].lower] && (toks[k+1].lower == "at" || toks[k+1].lower == "with") {
			return k + 2
		}
	case "i", "i'm", "i’m", "i've", "i’ve":
		k := i + 1
		for k < len(toks) && k <= i+3 && ownJobFillers[toks[k].lower] {
			k++
		}
		if k+1 >= len(toks) {
			return -1
		}
		switch toks[k].lower {
		case "resigned", "resigning", "resign":
			if toks[k+1].lower == "from" {
				return k + 2
			}
		}
	}
	return -1
}

// ownJobNouns are the writer's time at a job: "my last day at".
var ownJobNouns = wordSet("day", "days", "years", "year", "time", "tenure", "job", "role")

// ownJobFillers may stand between "I" and the verb of leaving: "I am
// finally leaving", "I have just quit".
var ownJobFillers = wordSet("am", "have", "had", "just", "finally", "now", "officially", "today", "will", "'m", "’m")

// ownWorkAfter reports whether the writer says, from toks[k], that they
// work there: "Pellucid AI, where I have worked as a software engineer".
func ownWorkAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "i", "i've", "i’ve", "we", "we've", "we’ve":
	default:
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		switch toks[j].lower {
		case "work", "worked", "works", "working":
			return true
		case "have", "had", "still", "once", "now", "'ve", "’ve":
		default:
			return false
		}
	}
	return false
}

// pressureNouns are what workers put on their employer, told as a noun.
var pressureNouns = wordSet("pressure", "protests", "protest", "objections", "backlash", "opposition", "revolt", "outcry", "petition", "letter", "walkout")

// itsWorkersActing reports whether a sentence whose subject is named
// subject tells "its" workers acting: "six of its engineers resigned",
// "its employees walked out", and, for a name that says it is a firm
// ("Kestrel Avionics", not "Greenpeace UK"), "after pressure from its own
// employees".
func itsWorkersActing(toks []token, subject string) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != "its" {
			continue
		}
		// "after weeks of pressure from its own employees", "amid
		// protests by its staff": what its workers did, told as a noun
		w := k + 1
		if toks[w].lower == "own" {
			w++
		}
		if w < len(toks) && workerNouns[toks[w].lower] && k >= 2 && (toks[k-1].lower == "from" || toks[k-1].lower == "by") && (corporateName(subject) || techName(subject)) {
			for j := k - 2; j >= 0 && j >= k-3; j-- {
				if pressureNouns[toks[j].lower] {
					return true
				}
			}
		}
		if !workerNouns[toks[k+1].lower] {
			continue
		}
		switch toks[k+2].lower {
		case "resigned", "quit", "signed", "walked", "protested", "staged", "struck", "petitioned", "rallied", "had", "have":
			return true
		}
	}
	return false
}

// namedElsewhere reports whether the text speaks of a one-word name
// outside a union's name as a company: owning ("Tessellate's employees")
// or saying and doing ("Tessellate disputed that", "Tessellate said");
// not "The Game Developers Conference", "The Pacific Northwest".
func (x *Extractor) namedElsewhere(sents []sentence, name string) bool {
	if x.g.notCompanies[name] {
		return false
	}
	for _, s := range sents {
		for k, t := range s.toks {
			if t.text != name || k+1 < len(s.toks) && s.toks[k+1].text == "Workers" {
				continue
			}
			if t.poss || k+1 < len(s.toks) && (namedSubjectVerbs[s.toks[k+1].lower] || sayVerbs[s.toks[k+1].lower] || s.toks[k+1].lower == "disputed") {
				return true
			}
		}
	}
	return false
}
