package catalog

import "strings"

// workerRef is a noun phrase naming workers: "more than 650 Salesforce
// employees", "workers at Google and Microsoft", "its employees".
type workerRef struct {
	head     int // the worker noun
	from, to int // the phrase, number and qualifier included
	names    []string
	inGaz    []bool
	pronoun  bool // "its employees", "workers at the company"
	count    amount
	hasCount bool
	// a number that is not the count of an action: a workforce ("its
	// 35,000 employees"), "two other employees", the authors of a letter.
	workforce, other, author bool
	generic                  bool // "people", "others"
	including                bool // "(including 500 employees)"
	signer                   bool // "signatures from 1,000 employees"
	// unowned marks workers of no one company: "employees at several tech
	// companies", "workers across the industry". They never stand for the
	// company in focus.
	unowned bool
	// backref marks workers of the companies just named: "workers at
	// these companies", "employees of both firms".
	backref bool
	// sanctioned marks workers counted as punished, not as acting: "fired
	// 28 employees", "nine employees were arrested". They may have acted,
	// but their number is not the action's count.
	sanctioned bool
	// disrupted marks punished workers whom a relative clause makes the
	// doers of the act itself ("fired two engineers who interrupted the
	// event"): their number counts it, unlike "fired 18 employees who
	// took part in a sit-in", a part of a larger crowd.
	disrupted bool
	// increment marks "another 118 people": more on top of a count told
	increment bool
	// share marks a count worked out from a share of a stated whole
	// ("half of the 80-person team"): the count only when the action
	// has no other
	share bool
}

// disruptVerbs are acts that the few who are punished for them did
// themselves, all of them: "who interrupted", "who disrupted".
var disruptVerbs = map[string]bool{
	"interrupted": true, "disrupted": true, "heckled": true, "confronted": true, "stormed": true,
}

// workerCompounds after a worker noun make it a modifier of something
// else: "gig worker groups", "worker rights", "employee handbook".
var workerCompounds = map[string]bool{
	"advocates": true, "advocacy": true, "unions": true, "rights": true, "centers": true,
	"centres": true, "handbook": true, "benefits": true,
	"activism": true, "movement": true, "movements": true, "organizing": true, "organising": true,
	"protections": true, "survey": true, "surveys": true, "forum": true, "forums": true,
	"programs": true, "program": true, "base": true, "count": true,
	"pay": true, "data": true, "records": true,
}

// platformUsers are worker nouns that, with no employer named, as often
// mean a platform's users or a community as a company's staff.
var platformUsers = map[string]bool{
	"developers": true, "developer": true, "programmers": true, "programmer": true,
	"moderators": true, "contractors": true,
}

// sanctionVerbs punish or remove workers; a number of workers they govern
// counts the punished.
var sanctionVerbs = map[string]bool{
	"fired": true, "fire": true, "fires": true, "firing": true, "dismissed": true, "dismiss": true,
	"dismissing": true, "terminated": true, "terminate": true, "terminating": true, "sacked": true,
	"arrested": true, "arresting": true, "detained": true, "suspended": true, "suspending": true,
	"disciplined": true, "disciplining": true, "punished": true, "punishing": true, "removed": true,
	"escorted": true, "ousted": true, "cited": true, "handcuffed": true, "investigated": true,
}

// employerPlurals after a preposition make workers those of no one
// company: "employees at several tech companies".
var employerPlurals = map[string]bool{
	"companies": true, "firms": true, "employers": true, "startups": true, "start-ups": true,
	"corporations": true, "giants": true, "studios": true, "businesses": true, "industry": true,
	"industries": true, "sector": true, "platforms": true, "contractors": true,
	"providers": true, "vendors": true, "suppliers": true, "manufacturers": true, "makers": true,
	"labs": true,
}

var employerNouns = map[string]bool{
	"company": true, "firm": true, "startup": true, "start-up": true, "retailer": true,
	"giant": true, "business": true, "employer": true, "corporation": true, "maker": true,
	"platform": true, "organization": true, "studio": true, "carrier": true, "vendor": true,
	"chipmaker": true, "outsourcer": true,
}

// monthBefore reports whether a month's name, capitalised, stands right
// before toks[at]: "November 2018", "Nov. 2018".
func monthBefore(toks []token, at int) bool {
	k := at - 1
	if k >= 1 && toks[k].text == "." {
		k--
	}
	if k < 0 || !isCapitalized(toks[k]) {
		return false
	}
	_, ok := months[toks[k].lower]
	return ok
}

// yearPreps before a bare four-digit number make it a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "from": true, "during": true,
	"before": true, "after": true, "through": true,
}

// signerNouns name the people behind a letter as a whole: what they are
// described as is who signed it.
var signerNouns = map[string]bool{
	"signers": true, "signatories": true, "authors": true, "signees": true,
}

var authorVerbs = map[string]bool{
	"written": true, "drafted": true, "authored": true, "organized": true, "organised": true,
	"led": true, "started": true, "penned": true, "created": true, "launched": true, "sent": true,
	"delivered": true, "presented": true,
}

// descriptorNouns end a bare description before a company's name:
// "HR-software maker Quillmark", "data-center operator Verdant Compute".
// Beside these, the nouns of an appositive (appositiveNouns) end one too.
var descriptorNouns = map[string]bool{
	"makers": true, "operator": true, "developer": true, "designer": true, "supplier": true,
	"platform": true, "outfit": true, "house": true, "group": true, "business": true, "specialist": true,
}

// descriptorEnd returns where the name after a bare description starting
// at toks[j] begins: "HR-software maker Quillmark" → the index of
// "Quillmark". The description is one to four words, the last a
// descriptor noun, the name capitalized.
func descriptorEnd(toks []token, j int) (int, bool) {
	if j < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the" || toks[j].lower == "this" || toks[j].lower == "that") {
		return 0, false // "at a contractor Meta hired": a description of another
	}
	if j+1 < len(toks) && isCapitalized(toks[j+1]) && (strings.HasSuffix(toks[j].lower, "-based") || strings.HasSuffix(toks[j].lower, "-headquartered")) {
		return j + 1, true // "Bengaluru-headquartered Vayu Systems"
	}
	// a place may lead: "Brisbane software company Coralbyte", "São
	// Paulo software house Ipê Tecnologia"
	place := j
	for place < len(toks) && place < j+3 && isCapitalized(toks[place]) && !toks[place].poss && !strings.Contains(toks[place].text, "-") && strings.ToUpper(toks[place].text) != toks[place].text {
		place++
	}
	for e := place; e < len(toks)-1 && e <= place+3; e++ {
		t := toks[e]
		if !t.word || t.poss {
			return 0, false
		}
		if (descriptorNouns[t.lower] || appositiveNouns[t.lower]) && t.text == t.lower {
			if (e > place || place > j) && isCapitalized(toks[e+1]) {
				return e + 1, true // "Amsterdam firm Kodewerk" too
			}
			return 0, false
		}
		if isCapitalized(t) && !strings.Contains(t.text, "-") && strings.ToUpper(t.text) != t.text {
			return 0, false // a name, not a description: "Verdant Compute"
		}
	}
	return 0, false
}

// notListed are plural nouns that join no list of workers: "engineers
// and others", "employees and customers".
var notListed = map[string]bool{
	"others": true, "customers": true, "users": true, "partners": true, "shareholders": true,
	"investors": true, "members": true, "consumers": true, "subscribers": true, "viewers": true,
	"readers": true, "voters": true, "lawmakers": true, "officers": true, "soldiers": true,
	"leaders": true, "supporters": true, "activists": true, "students": true, "academics": true,
}

// listed reports whether t may stand in a list of workers: a worker noun
// or a plural of a trade ("testers", "linguists", "technicians").
func listed(t token) bool {
	if !t.word || notListed[t.lower] || t.text != t.lower {
		return false
	}
	if workerNouns[t.lower] {
		return true
	}
	return strings.HasSuffix(t.lower, "ers") || strings.HasSuffix(t.lower, "ists") || strings.HasSuffix(t.lower, "ians")
}

// listEnd returns the last noun of a list of worker nouns that starts at
// toks[h]: "engineers, designers and testers" ends at "testers". It
// returns h when no list follows.
func listEnd(toks []token, h int) int {
	k := h
	for k+2 < len(toks) {
		switch {
		case toks[k+1].text == "," && k+3 < len(toks) && toks[k+2].lower == "and" && listed(toks[k+3]):
			return k + 3
		case toks[k+1].text == "," && listed(toks[k+2]):
			k += 2
			continue
		case toks[k+1].lower == "and" && listed(toks[k+2]):
			return k + 2
		case (toks[k+1].lower == "and" || toks[k+1].lower == "or") && k+3 < len(toks) && toks[k+2].lower == "other" && listed(toks[k+3]):
			return k + 3 // "400 engineers and other staff at Sencor Micro"
		}
		break
	}
	if k > h && toks[k-1].text == "," {
		return h // "engineers, designers, ..." never closed: no list
	}
	return k
}

// ratioBefore reports whether the number at toks[from] ends a ratio: "one
// in six of its employees", "one in 10 workers".
func ratioBefore(toks []token, from int) bool {
	if from < 2 || toks[from-1].lower != "in" {
		return false
	}
	for s := from - 2; s >= 0 && s >= from-4; s-- {
		if a, ok := amountAt(toks, s); ok && a.to == from-1 {
			return true
		}
	}
	return false
}

// workerRefs finds the worker phrases of a sentence.
func workerRefs(toks []token, comps []companyRef) []workerRef {
	compEnding := map[int]int{} // token after a company ref → index in comps
	compStarting := map[int]int{}
	for i, c := range comps {
		compEnding[c.to] = i
		compStarting[c.from] = i
	}
	var out []workerRef
	for h, t := range toks {
		if !t.word {
			continue
		}
		if (t.lower == "developer" || t.lower == "designer") && h >= 2 && toks[h-1].lower == "the" && toks[h-2].text == "," {
			continue // "Employees of Lanternfish Studios, the developer behind Tidewake,": the studio, described
		}
		generic := genericNouns[t.lower]
		demonym := -1
		if ci, ok := compEnding[h+1]; ok && comps[ci].to-comps[ci].from == 1 && !comps[ci].product {
			l := t.lower
			if (strings.HasSuffix(l, "ers") || strings.HasSuffix(l, "ians")) && !strings.EqualFold(comps[ci].name, t.text) && !(h+1 < len(toks) && workerNouns[toks[h+1].lower]) {
				demonym = ci
			}
		}
		unionAt := -1
		if t.lower == "members" {
			unionAt = unionAtCompany(toks, h, compStarting)
		}
		if roleNouns[t.lower] && h >= 1 && toks[h-1].lower == "the" {
			unionAt = roleAtCompany(toks, h, compStarting)
		}
		// "420 members of staff": the British idiom for staff members
		ofStaff := h+2 < len(toks) && toks[h+1].lower == "of" && toks[h+2].lower == "staff"
		members := t.lower == "members" && (h > 0 && (toks[h-1].lower == "staff" || toks[h-1].lower == "team" || unionMembers(toks, h)) || teamOf(toks, h+1) || ofStaff || unionAt >= 0) || roleNouns[t.lower] && unionAt >= 0
		// "140 of us walked out": the writer's colleagues, of the company
		// in focus
		if t.lower == "us" && h >= 2 && toks[h-1].lower == "of" {
			if best := amountOf(toks, h); best != nil {
				w := workerRef{head: h, from: best.from, to: h + 1, count: *best, hasCount: true, pronoun: true}
				if h+2 < len(toks) && (toks[h+1].lower == "from" || toks[h+1].lower == "at") {
					if ci, ok := compStarting[h+2]; ok && !comps[ci].product {
						// "About 300 of us from Google walked out"
						w.names, w.inGaz, w.pronoun, w.to = []string{comps[ci].name}, []bool{comps[ci].inGaz}, false, comps[ci].to
					}
				}
				out = append(out, w)
			} else if h+2 < len(toks) && toks[h+1].lower == "at" && h >= 3 && (toks[h-2].lower == "group" || toks[h-2].lower == "few" || toks[h-2].lower == "handful" || toks[h-2].lower == "dozen") {
				// "a small group of us at Ferncastle Labs published a
				// letter": the writers, of the company named
				if ci, ok := compStarting[h+2]; ok && !comps[ci].product {
					out = append(out, workerRef{head: h, from: h - 2, to: comps[ci].to, names: []string{comps[ci].name}, inGaz: []bool{comps[ci].inGaz}, author: true})
				}
			}
			continue
		}
		// "Employees of Quarry ... escalated their campaign on Thursday,
		// when about 400 of them walked out": a number of the workers
		// the sentence opened with
		if t.lower == "them" && h >= 2 && toks[h-1].lower == "of" && len(out) > 0 {
			if best, prev := amountOf(toks, h), out[len(out)-1]; best != nil && !prev.hasCount && !prev.generic && !prev.workforce && !prev.other && len(prev.names) == 1 && prev.from == 0 && !othersBetween(toks, prev.to, best.from) {
				out = append(out, workerRef{head: h, from: best.from, to: h + 1, count: *best, hasCount: true, names: prev.names, inGaz: prev.inGaz})
			}
			continue
		}
		// "Close to 90 agents at Northcall's Tulsa contact centre": a
		// company's call-centre staff, not a government's agents
		if (t.lower == "agents" || t.lower == "representatives" || t.lower == "reps") && h+2 < len(toks) && toks[h+1].lower == "at" {
			if ci, ok := compStarting[h+2]; ok && !comps[ci].product {
				members = true
			}
		}
		if !workerNouns[t.lower] && !generic && demonym < 0 && !members {
			continue
		}
		if t.lower == "staff" && h >= 2 && toks[h-1].lower == "of" && toks[h-2].lower == "members" {
			continue // "members of staff": one phrase, read at "members"
		}
		if t.lower == "staff" && h+1 < len(toks) && (workerNouns[toks[h+1].lower] || toks[h+1].lower == "members" || toks[h+1].lower == "meeting") {
			continue // "staff members": the head is later; "staff meeting"
		}
		if workerNouns[t.lower] && h+1 < len(toks) && workerNouns[toks[h+1].lower] {
			continue // "tech workers" → head is the last noun
		}
		if (t.lower == "colleagues" || t.lower == "colleague") && legislatureAfter(toks, h+1) {
			continue // "colleagues in the House": lawmakers
		}
		if h+1 < len(toks) && workerCompounds[toks[h+1].lower] && !organizingAs(toks, h+1) {
			continue // "worker groups", "employee advocates": not workers acting
		}
		if n := len(out); n > 0 && out[n-1].head < h && out[n-1].to > h && listEnd(toks, out[n-1].head) >= h {
			continue // "designers" in "engineers, designers and testers"
		}
		if h >= 2 && toks[h-1].lower == "and" && len(out) > 0 && out[len(out)-1].head == h-2 {
			out[len(out)-1].to = h + 1 // "employees and contractors"
			continue
		}
		if h >= 3 && h+2 < len(toks) && toks[h-2].lower == "and" && len(out) > 0 && out[len(out)-1].head == h-3 && out[len(out)-1].hasCount && len(out[len(out)-1].names) == 0 &&
			toks[h-1].word && toks[h-1].text == toks[h-1].lower && !workerNouns[toks[h-1].lower] && (toks[h+1].lower == "at" || toks[h+1].lower == "of") {
			// "Some 8,600 technicians and customer-service workers at
			// Meridian Wireless": one phrase, of the company after it
			if ci, ok := compStarting[h+2]; ok && !comps[ci].product {
				last := &out[len(out)-1]
				last.names, last.inGaz, last.to = []string{comps[ci].name}, []bool{comps[ci].inGaz}, comps[ci].to
				continue
			}
		}
		w := workerRef{head: h, from: h, to: h + 1, generic: generic}
		if demonym >= 0 {
			c := comps[demonym]
			w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
			w.from = c.from
		}
		// left: modifiers and company names
		k := w.from - 1
		lastFrom := -1   // the first token of the company last read
		listAnd := false // the companies read so far are joined by "and"/"or"
		for k >= 0 && w.from-k <= 8 {
			if ci, ok := compEnding[k+1]; ok && !comps[ci].product {
				c := comps[ci]
				if c.poss && len(w.names) == 0 {
					// "Google's employees": the company owns the workers
					w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
					k = c.from - 1
					break
				}
				switch {
				case !c.poss && len(w.names) == 0:
					w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
				case !c.poss && lastFrom > c.to && onlyConjunctions(toks[c.to:lastFrom]) && !contains(w.names, c.name):
					// "Google and Amazon employees": workers of both
					w.names = append([]string{c.name}, w.names...)
					w.inGaz = append([]bool{c.inGaz}, w.inGaz...)
					for _, g := range toks[c.to:lastFrom] {
						if g.lower == "and" || g.lower == "or" {
							listAnd = true
						}
					}
				}
				lastFrom = c.from
				k = c.from - 1
				continue
			}
			if toks[k].text == "," && lastFrom >= 0 && listAnd && k >= 1 {
				if ci, ok := compEnding[k]; ok && !comps[ci].product && !comps[ci].poss {
					k-- // "Google, Amazon and Microsoft workers": a list of companies
					continue
				}
			}
			l := toks[k].lower
			if workerModifiers[l] && !toks[k].poss {
				if l == "other" || l == "additional" {
					w.other = true
				}
				k--
				continue
			}
			// "two dozen imaging engineers", "40 security researchers": a
			// field between the count and the noun
			if k == w.from-1 && fieldModifier(toks[k]) && amountEndsAt(toks, k) {
				k--
				continue
			}
			// "About 70 Munich staff": a place no company is named by,
			// between the count and the noun
			if k == w.from-1 && k >= 1 && isCapitalized(toks[k]) && !toks[k].poss && !functionWords[toks[k].lower] && amountEndsAt(toks, k) {
				k--
				continue
			}
			break
		}
		// "900 of their colleagues", "thousands of its engineers": a subset, not a workforce
		// "1,000 of the firm's employees": the same, of the company in focus
		// "two dozen of its roughly 60 employees": the share before the
		// workforce
		subset := false
		kk := k
		if k >= 3 && toks[k].word && !toks[k].poss {
			for s := k; s >= 0 && s >= k-3; s-- {
				if a, ok := amountAt(toks, s); ok && a.to == k+1 && !a.vague && a.from >= 2 {
					p := a.from - 1
					if (toks[p].lower == "current" || toks[p].lower == "total" || toks[p].lower == "present") && p >= 2 {
						p-- // "131 of the company's current 540 employees"
					}
					if toks[p].lower == "its" || toks[p].lower == "their" || toks[p].lower == "our" || toks[p].lower == "the" || toks[p].poss {
						kk = p
					}
					break
				}
			}
		}
		of := kk - 1
		if kk >= 3 && toks[kk].poss && (employerNouns[toks[kk].lower] || workerNouns[toks[kk].lower]) && toks[kk-1].lower == "the" {
			of = kk - 2
		}
		if ci, ok := compEnding[kk+1]; ok && toks[kk].poss && comps[ci].from < kk {
			of = comps[ci].from - 1 // "Sixty-four of Veridian Maps' 310 employees"
		} else if kk >= 2 && toks[kk].poss && employerNouns[toks[kk].lower] {
			// "58 of the Sacramento software company's roughly 200
			// employees": the company in focus, described
			for j := kk - 1; j >= 1 && j >= kk-5 && toks[j].word; j-- {
				if toks[j].lower == "the" {
					of = j - 1
					break
				}
			}
		}
		// "Thirty-one of the 140 employees at Orrery Labs": the share,
		// of the workforce counted after "the"
		if of >= 1 && (toks[kk].lower == "the" && theShare(toks, of, h) || toks[kk].lower == "their" || toks[kk].lower == "its" || toks[kk].lower == "our" || toks[kk].lower == "my" || toks[kk].lower == "his" || toks[kk].lower == "her" || toks[kk].lower == "those" || toks[kk].lower == "these" || toks[kk].poss) && toks[of].lower == "of" {
			// the longest amount ending there: "four hundred and ten of our
			// coworkers", not "ten"
			for s := longestAmountStart(toks, of, 6); s >= 0 && s >= of-6; s-- {
				if a, ok := amountAt(toks, s); ok && a.to == of {
					if ratioBefore(toks, a.from) {
						break // "one in six of Quillmark's 1,850 employees": a share, no count
					}
					w.count, w.hasCount = a, true
					w.pronoun = true
					if ci, ok := compEnding[kk+1]; ok && toks[kk].poss {
						w.names, w.inGaz = []string{comps[ci].name}, []bool{comps[ci].inGaz}
						w.pronoun = false
					}
					w.from = a.from
					subset = true
					break
				}
			}
		}
		if !subset {
			w.numberAndOwner(toks, k, comps, compEnding)
			// "19 of 58 Quarry Notes employees quit": the share, of the
			// workforce counted after "of"
			if of := w.count.from - 1; w.hasCount && !w.count.vague && of >= 1 && toks[of].lower == "of" && theShare(toks, of, h) {
				for s := longestAmountStart(toks, of, 6); s >= 0 && s >= of-6; s-- {
					if a, ok := amountAt(toks, s); ok && a.to == of && !a.vague && a.countValue() > 0 && a.countValue() < w.count.countValue() && !ratioBefore(toks, a.from) {
						w.count, w.from = a, a.from
						break
					}
				}
			}
		}
		// a list of worker nouns is one phrase: "engineers, designers and
		// testers at Vayu Systems"
		r := listEnd(toks, h)
		if ofStaff && t.lower == "members" {
			r = h + 2 // "310 members of staff at Parcelwise": the staff's company after
		}
		if r > h && w.to < r+1 {
			w.to = r + 1
		}
		// right: "employees at Google and Microsoft", "workers at the company"
		if r+1 < len(toks) && len(w.names) == 0 {
			switch toks[r+1].lower {
			case "at", "of", "from", "across", "in", "throughout", "inside", "within":
				if _, ok := compStarting[r+2]; !ok {
					for e := r + 2; e < len(toks) && e <= r+7 && toks[e].word; e++ {
						if _, ok := compStarting[e]; ok {
							break
						}
						if employerPlurals[toks[e].lower] {
							w.unowned = true // "employees at several tech companies"
							switch toks[r+2].lower {
							case "these", "those", "both", "the", "all":
								// "workers at these companies", "employees of both firms"
								// "employees of the three biggest cloud providers"
								_, counted := amountAt(toks, r+3)
								w.unowned, w.backref = false, e-r <= 4 || counted
							}
							break
						}
					}
				}
			}
			// "Twenty-one employees of the U.S. Digital Service": a
			// government body's staff, no company's
			switch toks[r+1].lower {
			case "at", "of", "from":
				j := r + 2
				if j < len(toks) && toks[j].lower == "the" {
					j++
				}
				if _, ok := compStarting[j]; !ok {
					e := j
					for e < len(toks) && e < j+6 && (isCapitalized(toks[e]) || toks[e].text == "." || toks[e].lower == "of" && e > j) {
						e++
					}
					// "the U.S. Digital Service", "the Department of
					// Government Efficiency", "the Office of Personnel
					// Management"
					if e > j && governmentHeads[toks[e-1].text] || e > j+1 && governmentHeads[toks[j].text] && toks[j+1].lower == "of" {
						w.unowned = true
					}
				}
			}
			prep := toks[r+1].lower
			if prep == "on" && onTeams(toks, r+2, compStarting, comps) {
				prep = "at" // "Employees on Instagram's product and integrity teams"
			}
			switch prep {
			case "at", "of", "from", "inside", "within":
				j := r + 2
				if j < len(toks) && toks[j].lower == "the" {
					if _, ok := compStarting[j+1]; !ok {
						for e := j + 1; e < len(toks) && e <= j+4; e++ {
							if employerNouns[toks[e].lower] {
								if ci, ok := compStarting[e+1]; ok && !comps[ci].product {
									// "employees of the online furniture retailer Wayfair"
									w.names, w.inGaz = []string{comps[ci].name}, []bool{comps[ci].inGaz}
									w.to = comps[ci].to
									break
								}
								w.pronoun = true
								w.to = e + 1
								if w.generic && toks[r+1].lower != "of" && toks[r+1].lower != "from" {
									w.generic = false // "450 people inside the company": its staff
								}
								break
							}
						}
					} else {
						j++
					}
				} else if toks[j].lower == "both" {
					if _, ok := compStarting[j+1]; ok {
						j++ // "employees at both Google and Amazon"
					}
				} else if e, ok := descriptorEnd(toks, j); ok {
					if _, ok := compStarting[e]; ok {
						j = e // "workers at data-center operator Verdant Compute"
					}
				}
				for j < len(toks) {
					ci, ok := compStarting[j]
					if !ok {
						break
					}
					if next, ok := compStarting[comps[ci].to]; ok && comps[ci].poss && !comps[next].product {
						ci = next // "employees of Alphabet's Google": the unit is the employer
					} else if comps[ci].poss && len(w.names) > 0 {
						break // "employees of Google DeepMind, Alphabet's London-based lab": an appositive
					}
					w.names = append(w.names, comps[ci].name)
					w.inGaz = append(w.inGaz, comps[ci].inGaz)
					w.to = comps[ci].to
					j = comps[ci].to
					if j+1 < len(toks) && (toks[j].text == "," || toks[j].lower == "and") {
						if _, ok := compStarting[j+1]; ok {
							j++
							continue
						}
						if toks[j].text == "," && j+2 < len(toks) && toks[j+1].lower == "and" {
							j += 2
							continue
						}
						if at := relatedCompany(toks, j+1); at > 0 {
							if _, ok := compStarting[at]; ok {
								j = at // "workers at Salesforce and its subsidiary Slack"
								continue
							}
						}
					}
					break
				}
			}
		}
		// "650 employee signatures" is a count of signatures, read elsewhere
		if h+1 < len(toks) && (toks[h+1].lower == "signatures" || toks[h+1].lower == "names") {
			w.hasCount = false
		}
		if len(w.names) == 0 {
			// "a programmer who once worked at Lantern Systems", "people
			// who work at Brightline", "moderators who review posts for Meta"
			if at := workedAt(toks, r); at > 0 {
				if ci, ok := compStarting[at]; ok && !comps[ci].product {
					w.names, w.inGaz = []string{comps[ci].name}, []bool{comps[ci].inGaz}
					w.generic = false
				}
			}
		}
		if w.generic && len(w.names) > 0 {
			w.generic = false // "450 people at Salesforce"
		}
		if w.generic && w.hasCount && !w.count.vague && placedAt(toks, comps, w.from) && (toks[h].lower == "people" || toks[h].lower == "persons") && (toks[w.from-1].text == "," || toks[w.from-1].lower == "the") {
			// "At Hollis Analytics, the 312 people who signed a letter": its
			// staff; not "a studio of 450 people", "with barely more than
			// a hundred people"
			w.generic = false
		}
		if w.generic && !w.hasCount {
			continue
		}
		if len(w.names) == 0 && !w.pronoun && !w.hasCount && industryWide(toks, w.from) {
			w.unowned = true // "the latest protest by technology workers": the industry's
		}
		if len(w.names) == 0 && !w.pronoun && w.hasCount && w.head >= 1 && w.head-1 == w.count.to && (toks[w.head-1].lower == "tech" || toks[w.head-1].lower == "technology") && manyEmployers(toks, w.to) {
			// "More than 1,800 tech workers have signed an open letter
			// calling on their employers to end contracts with ICE": the
			// industry's, no one company's
			w.unowned = true
		}
		// but not "At least one developer has also resigned": who resigns
		// leaves a job
		if len(w.names) == 0 && !w.pronoun && platformUsers[toks[h].lower] && !placedAt(toks, comps, w.from) && !leavesJob(toks, w.to) {
			w.unowned = true // "signed by 167 developers": a platform's users as often as its staff
		}
		f := w.from
		for f >= 3 && (toks[f-1].lower == "current" || toks[f-1].lower == "former" || toks[f-1].lower == "and" || toks[f-1].lower == "past") {
			f-- // "names from current and former Microsoft workers"
		}
		if f >= 2 && (toks[f-1].lower == "from" || toks[f-1].lower == "of") && sigNouns[toks[f-2].lower] {
			w.signer = true // "signatures from more than 1,000 Amazon employees"
		}
		if w.workforce && w.from > 0 && toks[w.from-1].poss && w.to < len(toks) && wholeActed[toks[w.to].lower] && (w.to+1 >= len(toks) || toks[w.to+1].lower != "up") && !shareOfOwner(toks, w.from-1) {
			w.workforce = false // "Salesforce's 400 support staff walked out": all of them acted
		}
		if w.workforce && w.from > 0 && toks[w.from-1].lower == "with" && actingAfter(toks, w.to) {
			w.workforce = false // "a letter, with 90+ Google workers ... signing it"
		}
		if n := len(out); n > 0 && out[n-1].including && w.from > out[n-1].to && onlyConjunctions(toks[out[n-1].to:w.from]) {
			w.including = true // "including 400 Amazon employees and 250 Microsoft employees"
		}
		if w.hasCount && w.from > 0 && (toks[w.from-1].lower == "represents" || toks[w.from-1].lower == "representing" || toks[w.from-1].lower == "represent") {
			w.workforce = true // "a union that represents some 640 engineers": its members, not who acted
		}
		w.sanctioned = sanctionedAt(toks, w.from, w.to)
		w.disrupted = w.sanctioned && w.to+1 < len(toks) && toks[w.to].lower == "who" && disruptVerbs[toks[w.to+1].lower]
		if n := len(out); n > 0 && w.hasCount && !w.count.vague && len(w.names) == 0 && w.pronoun && !out[n-1].hasCount &&
			out[n-1].to+1 == w.from && toks[out[n-1].to].text == "," && w.to < len(toks) && toks[w.to].text == "," {
			// "A third of Halyard Data's staff, 156 of its 480 employees,
			// have signed": the count in apposition is the phrase's own
			out[n-1].count, out[n-1].hasCount, out[n-1].workforce, out[n-1].to = w.count, true, false, w.to
			continue
		}
		if n := len(out); n > 0 && out[n-1].hasCount && toks[out[n-1].head].lower == "members" && len(out[n-1].names) == 1 && w.from < out[n-1].to+2 && !w.hasCount && len(w.names) == 1 && w.names[0] == out[n-1].names[0] {
			// "85 members of the Alphabet Workers Union": the union's
			// name is no second phrase of workers
			out[n-1].to = max(out[n-1].to, w.to)
			continue
		}
		if unionAt >= 0 && len(w.names) == 0 {
			// "About 4,100 members of the largest union at Daeho
			// Semiconductor": the company's staff
			c := comps[unionAt]
			w.names, w.inGaz, w.pronoun = []string{c.name}, []bool{c.inGaz}, false
			w.to = max(w.to, c.to)
		}
		out = append(out, w)
	}
	out = shareRefs(toks, comps, out)
	// "About 40 members of the Alphabet Workers Union joined 300 Google
	// employees": the union's members are a part, no count of the whole
	for k := range out {
		if m := &out[k]; m.hasCount && toks[m.head].lower == "members" && len(m.names) == 1 {
			for j := range out {
				if o := &out[j]; j != k && o.hasCount && len(o.names) == 1 && o.names[0] == m.names[0] {
					m.count, m.hasCount = amount{}, false
					break
				}
			}
		}
	}
	return out
}

// industryWide reports whether a worker phrase starting at toks[from]
// names the industry's workers, "tech workers", "technology employees",
// not any company's: no determiner or owner points back to one.
func industryWide(toks []token, from int) bool {
	k := from
	switch {
	case toks[k].lower == "tech":
	case k > 0 && (toks[k-1].lower == "technology" || toks[k-1].lower == "tech"):
		k--
	default:
		return false
	}
	return k == 0 || !toks[k-1].word || !determiners[toks[k-1].lower] && !toks[k-1].poss && toks[k-1].lower != "its" && toks[k-1].lower != "their" && toks[k-1].lower != "our"
}

// manyEmployers reports whether the clause after toks[from] speaks of the
// actors' several employers: "calling on their employers", "at dozens of
// companies", "from across the industry".
func manyEmployers(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+25; k++ {
		l, n := toks[k].lower, toks[k+1].lower
		switch {
		case l == "their" && (n == "employers" || n == "companies" || n == "own" && k+2 < len(toks) && (toks[k+2].lower == "employers" || toks[k+2].lower == "companies")),
			(l == "across" || l == "throughout") && (n == "the" && k+2 < len(toks) && toks[k+2].lower == "industry" || n == "industry"),
			(l == "dozens" || l == "scores") && n == "of" && k+2 < len(toks) && toks[k+2].lower == "companies":
			return true
		}
	}
	return false
}

// shareOfOwner reports whether the possessive name ending at toks[p]
// follows "of": "a fifth of Atlassian's 5,000 staff".
func shareOfOwner(toks []token, p int) bool {
	j := p
	for j >= 0 && toks[j].word && isCapitalized(toks[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].lower {
	case "of", "among", "from", "in", "amongst":
		return true // "a fifth of", "a handful among", "dozens from"
	}
	return false
}

// wholeActed are the verbs that, right after "X's N workers", say that
// those workers acted: "Salesforce's 400 support staff walked out".
var wholeActed = wordSet("walked", "signed", "staged", "struck", "resigned", "quit", "marched", "downed", "petitioned", "protested")

// actingAfter reports whether a participle of signing or taking part
// follows toks[from] within the clause: "with 300 employees signing it".
func actingAfter(toks []token, from int) bool {
	for k := from; k < len(toks) && k <= from+8; k++ {
		switch toks[k].lower {
		case "signing", "joining", "walking", "protesting", "participating", "taking", "marching", "backing", "endorsing":
			return true
		}
		if !toks[k].word && toks[k].text != "+" {
			return false
		}
	}
	return false
}

// relatedNouns name one company as another's relative: "its subsidiary
// Slack", "its parent Alphabet".
var relatedNouns = map[string]bool{
	"subsidiary": true, "subsidiaries": true, "unit": true, "division": true, "affiliate": true,
	"parent": true, "owner": true, "sister": true,
}

// relatedCompany returns where a company named as a relative starts, when
// toks[i:] read "its [modifiers] subsidiary X" ("its messaging subsidiary
// Slack"), or 0.
func relatedCompany(toks []token, i int) int {
	if i >= len(toks) || toks[i].lower != "its" && toks[i].lower != "their" {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if !toks[k].word || isCapitalized(toks[k]) {
			return 0
		}
		if relatedNouns[toks[k].lower] {
			if k+1 < len(toks) && toks[k+1].lower == "company" {
				k++
			}
			return k + 1
		}
	}
	return 0
}

// workedAt returns the token after the "at" or "for" of a relative
// clause that says where the workers at toks[h] work ("who once worked at
// X", "who review posts for X", "who work for X"), or 0. The caller checks
// that a company starts there.
func workedAt(toks []token, h int) int {
	at := h + 1
	if at >= len(toks) || toks[at].lower != "who" {
		return 0
	}
	for k := at + 1; k+1 < len(toks) && k <= at+6; k++ {
		if !toks[k].word {
			return 0
		}
		switch toks[k].lower {
		case "at", "for":
			return k + 1
		}
	}
	return 0
}

// sanctionedAt reports whether the worker phrase toks[from:to] is the
// object of a sanction: "fired 28 employees", "laid off 200 workers",
// "nine employees were arrested", "employees who were later fired".
func sanctionedAt(toks []token, from, to int) bool {
	if from >= 1 && sanctionVerbs[toks[from-1].lower] {
		return true
	}
	if from >= 2 && toks[from-2].lower == "laid" && toks[from-1].lower == "off" {
		return true
	}
	for k := to; k < len(toks) && k < to+5; k++ {
		switch l := toks[k].lower; {
		case l == "who" || l == "that" || l == "were" || l == "was" || l == "have" || l == "has" || l == "had" || l == "been" || l == "later" || l == "then" || l == "subsequently" || l == "eventually" || l == "all" || l == "also":
			continue
		case sanctionVerbs[l]:
			return k > to && (toks[k-1].lower == "were" || toks[k-1].lower == "was" || toks[k-1].lower == "been" || toks[k-1].lower == "later" || toks[k-1].lower == "subsequently" || toks[k-1].lower == "eventually" || toks[k-1].lower == "then" || toks[k-1].lower == "all" || toks[k-1].lower == "also")
		case l == "laid" && k+1 < len(toks) && toks[k+1].lower == "off":
			return k > to
		case l == "lost" && k+2 < len(toks) && (toks[k+1].lower == "their" && (toks[k+2].lower == "jobs" || toks[k+2].lower == "job") || toks[k+1].lower == "jobs"):
			// "Dozens of Google employees lost their jobs", not "50
			// employees who lost their jobs in the layoffs signed"
			for j := to; j < k; j++ {
				if toks[j].lower == "who" || toks[j].lower == "that" {
					return false
				}
			}
			return true
		}
		return false
	}
	return false
}

// onlyConjunctions reports whether toks are only "and", "or" and commas.
func onlyConjunctions(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if t.lower != "and" && t.lower != "or" && t.text != "," && t.lower != "&" {
			return false
		}
	}
	return true
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// countable reports whether the phrase's number counts the people who
// took part in or signed an action.
func (w workerRef) countable() bool {
	return w.hasCount && !w.workforce && !w.other && !w.author && (!w.sanctioned || w.disrupted) && len(w.names) <= 1 &&
		(w.count.vague || w.count.countValue() > 0) && !w.count.money && !w.count.percent
}

// numberAndOwner reads what stands before a worker phrase whose modifiers
// end at toks[k]: a number ("650 Salesforce employees", "hundreds of
// workers") and an owner ("its 35,000 employees" is a workforce, "written by
// 20 employees" are authors, "including 500 employees" a part).
func (w *workerRef) numberAndOwner(toks []token, k int, comps []companyRef, compEnding map[int]int) {
	start := k + 1
	// a number right before: "650 Salesforce employees", "hundreds of workers"
	if k >= 0 {
		end := k + 1
		if toks[k].lower == "of" {
			end = k
		}
		// the longest amount ending there: "two hundred and fifty", not "fifty"
		for s := longestAmountStart(toks, end, 7); s >= 0 && s >= end-7; s-- {
			a, ok := amountAt(toks, s)
			if !ok || a.to != end {
				continue
			}
			if end == k && !a.vague && a.countValue() == 0 || a.compound || ratioBefore(toks, a.from) {
				break // "a 2,000-person company's employees" are not counted
			}
			if s >= 2 && toks[s-1].text == "," && len(toks[s-2].text) <= 3 && toks[s-2].text[0] >= '0' && toks[s-2].text[0] <= '9' && !dayOfMonth(toks, s-2) {
				break // "1, 650": a broken number is no count; not "On Sept. 4, 41 employees"
			}
			if a.numFrom == s && a.to == s+1 && isYear(toks[s]) && s > 0 && yearPreps[toks[s-1].lower] {
				break // "in 2020 staff staged a walkout": a year
			}
			if a.numFrom == s && a.to == s+1 && isYear(toks[s]) && monthBefore(toks, s) {
				break // "In November 2018 staff at Google's Dublin office": a month's year
			}
			if a.numFrom == s && a.to == s+1 && isYear(toks[s]) && s > 0 && toks[s-1].lower == "the" && toks[s].text >= "1980" && toks[s].text < "2040" && !strings.HasSuffix(toks[s].text, "00") {
				break // "the 2019 Microsoft signers": of that year
			}
			w.count, w.hasCount = a, true
			start = a.from
			break
		}
	}
	// "A sixth employee ... announced his resignation": the count of those
	// who have quit, this one included
	if k >= 1 && k == w.head-1 && !w.hasCount && ordinalWords[toks[k].lower] > 1 && (toks[k-1].lower == "a" || toks[k-1].lower == "the") && !plural(toks[w.head]) && hasVerb(toks, 0, len(toks), quitWords) {
		n := ordinalWords[toks[k].lower]
		w.count = amount{value: float64(n), from: k - 1, to: k + 1, numFrom: k}
		w.hasCount = true
		start = k - 1
	}
	// a pronoun or possessive before: "its 35,000 employees", "the company's workers"
	if p := start - 1; p >= 0 {
		l := toks[p].lower
		switch {
		case l == "its" || l == "their" || l == "our" || toks[p].poss:
			w.pronoun = true
			if w.hasCount {
				w.workforce = true
			}
			if ci, ok := compEnding[p+1]; ok && len(w.names) == 0 {
				w.names, w.inGaz = []string{comps[ci].name}, []bool{comps[ci].inGaz}
				w.pronoun = false
			}
		case l == "with" || l == "employs" || l == "employing" || l == "employed" || l == "has" || l == "had" || l == "have" || l == "of" && p >= 1 && (toks[p-1].lower == "workforce" || toks[p-1].lower == "staff" || toks[p-1].lower == "team"):
			if w.hasCount {
				w.workforce = true
			}
		case l == "as" && p >= 2 && toks[p-1].lower == "themselves" && hasVerb(toks, 0, p, signerNouns),
			(l == "are" || l == "were" || l == "is") && p >= 1 && signerNouns[toks[p-1].lower]:
			// "The authors describe themselves as more than 90 Google
			// employees", "The signers are 300 Salesforce employees"
			w.including = true
		case l == "including" || l == "them" && p >= 1 && toks[p-1].lower == "among",
			(l == "include" || l == "includes" || l == "included") && hasVerb(toks, 0, p, sigNouns):
			// "Signers include 300 Salesforce employees"
			w.including = true
		case l == "by" && p >= 1 && authorVerbs[toks[p-1].lower]:
			w.author = true
		case l == "another" && w.hasCount:
			// "Another 118 people added their names": more on top of a
			// count told, not a figure of it
			w.increment = true
		}
		if p >= 1 && toks[p].lower == "by" && authorVerbs[toks[p-1].lower] {
			w.author = true
		}
	}
	w.from = start
}

// placedAt reports whether the sentence opens by placing what follows at a
// company ("At Lumen Ridge Games, the studio behind ..., 86 developers"):
// people there are its staff.
func placedAt(toks []token, comps []companyRef, before int) bool {
	if len(toks) == 0 || !placePreps[toks[0].lower] {
		return false
	}
	for _, c := range comps {
		if c.from == 1 && !c.product && c.to < before && c.to < len(toks) && toks[c.to].text == "," {
			return true
		}
	}
	return false
}

// ordinalWords give the place of one in a row: "a sixth employee".
var ordinalWords = map[string]int{"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"eleventh": 11, "twelfth": 12}

// quitWords say someone left in protest.
var quitWords = wordSet("resigned", "resigns", "resign", "resignation", "quit", "quits", "resigning")

// fieldModifier reports whether t names a field of work before a worker
// noun: "imaging", "machine-learning", "security".
func fieldModifier(t token) bool {
	l := t.lower
	if !t.word || t.poss || t.text != l || functionWords[l] {
		return false
	}
	return fieldWords[l] || strings.HasSuffix(l, "ing") && len(l) > 5 || strings.Contains(l, "-") && !strings.HasSuffix(l, "-off") && !strings.HasPrefix(l, "so-")
}

// fieldWords are fields of tech work that qualify a worker noun.
var fieldWords = wordSet("data", "product", "cloud", "security", "support", "sales", "research", "hardware", "infrastructure", "ai", "ml", "backend", "frontend", "mobile", "web", "game", "qa", "ux", "platform", "systems", "network", "firmware", "test", "design", "policy", "safety", "trust")

// amountEndsAt reports whether an amount ends right before toks[k]: "two
// dozen" before "imaging".
func amountEndsAt(toks []token, k int) bool {
	for s := k - 1; s >= 0 && s >= k-4; s-- {
		if a, ok := amountAt(toks, s); ok && a.to == k && !a.money && !a.percent {
			return true
		}
	}
	return false
}

// unionMembers reports whether "members" at toks[h] are a workers' union's:
// "The National Samsung Electronics Union said about 6,500 of its members
// had joined the strike", "85 members of the Kinzie Street Tech Workers
// Union".
func unionMembers(toks []token, h int) bool {
	// "About 85 members of the Kinzie Street Tech Workers Union"
	if h+2 < len(toks) && toks[h+1].lower == "of" {
		for k := h + 2; k < len(toks) && k <= h+9; k++ {
			if toks[k].text == "Union" || toks[k].text == "Guild" {
				// not "members of the Denver Tech Workers Union at other firms"
				elsewhere := k+2 < len(toks) && (toks[k+1].lower == "at" || toks[k+1].lower == "from") && (toks[k+2].lower == "other" || toks[k+2].lower == "several" || toks[k+2].lower == "many")
				return k > h+2 && (toks[k-1].text == "Workers" || toks[k-1].text == "Employees") && !elsewhere
			}
			if !toks[k].word || !isCapitalized(toks[k]) && toks[k].lower != "the" {
				break
			}
		}
	}
	if h < 2 || (toks[h-1].lower != "its" && toks[h-1].lower != "their") || toks[h-2].lower != "of" {
		return false
	}
	for k := 0; k < h-2; k++ {
		if toks[k].lower == "union" || toks[k].lower == "unions" {
			// not "The teachers' union ... says 3,200 of its members":
			// another trade's
			return k == 0 || !otherTrades[toks[k-1].lower]
		}
	}
	return false
}

// roleNouns head a person's post: "The head of safety research at Vantor
// AI", "the director of research at Quillon".
var roleNouns = wordSet("head", "director", "leader", "lead")

// amountOf returns the longest amount of people ending right before "of"
// at toks[h-1]: "eight thousand seven hundred of us", not "seven hundred";
// nil when there is none.
func amountOf(toks []token, h int) *amount {
	var best *amount
	for s := h - 2; s >= 0 && s >= h-7; s-- {
		if a, ok := amountAt(toks, s); ok && a.to == h-1 && !a.money && !a.percent && (a.vague || a.countValue() > 0) {
			best = &a
		}
	}
	return best
}

// othersBetween reports whether people other than the workers, or a
// number of anyone, come between toks[from] and toks[to]: "spoke to the
// 2,000 demonstrators outside the office, and about 400 of them".
func othersBetween(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if c := toks[k].text[0]; c >= '0' && c <= '9' {
			return true
		}
		if genericNouns[toks[k].lower] || publicWords[toks[k].lower] || outsideActors[toks[k].lower] {
			return true
		}
	}
	return false
}

// teamWithin reports whether a team or unit noun comes within four words
// from toks[from]: "Android research team".
func teamWithin(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+4 && toks[k].word; k++ {
		switch toks[k].lower {
		case "team", "group", "unit", "division", "lab", "department":
			return true
		}
	}
	return false
}

// roleAtCompany returns which company "the head of safety research at X"
// (the role at toks[h]) names, or -1.
func roleAtCompany(toks []token, h int, compStarting map[int]int) int {
	if h+3 >= len(toks) || toks[h+1].lower != "of" {
		return -1
	}
	// "the head of Orvalo's Android research team"
	if ci, ok := compStarting[h+2]; ok && toks[h+2].word {
		for k := h + 2; k < len(toks) && k <= h+4; k++ {
			if toks[k].poss {
				if teamWithin(toks, k+1) {
					return ci
				}
				break
			}
		}
	}
	for k := h + 2; k+1 < len(toks) && k <= h+6; k++ {
		if toks[k].lower == "at" {
			if ci, ok := compStarting[k+1]; ok {
				return ci
			}
			return -1
		}
		if !toks[k].word || isCapitalized(toks[k]) {
			return -1
		}
	}
	return -1
}

// unionAtCompany returns which company "members of the largest union at
// X" (the head at toks[h]) names, or -1.
func unionAtCompany(toks []token, h int, compStarting map[int]int) int {
	if h+4 >= len(toks) || toks[h+1].lower != "of" || toks[h+2].lower != "the" {
		return -1
	}
	k := h + 3
	for k < len(toks) && k <= h+5 && toks[k].word && toks[k].lower != "union" && toks[k].text == toks[k].lower {
		k++ // "the largest", "the main"
	}
	if k+2 >= len(toks) || toks[k].lower != "union" || toks[k+1].lower != "at" {
		return -1
	}
	if ci, ok := compStarting[k+2]; ok {
		return ci
	}
	return -1
}

// otherTrades name workers whose union is no tech workers': "the
// teachers' union", "the nurses' union".
var otherTrades = wordSet("teachers", "nurses", "drivers", "writers", "actors", "players", "pilots", "autoworkers",
	"auto", "farmworkers", "dockworkers", "miners", "firefighters", "police", "musicians", "librarians", "professors",
	"faculty", "students", "couriers", "warehouse", "hotel", "restaurant", "transit", "bus", "postal", "flight")

// longestAmountStart returns where the longest amount ending right before
// toks[end] starts, looking back at most back tokens ("two hundred and
// fifty", not "fifty"); end-1 when none ends there.
func longestAmountStart(toks []token, end, back int) int {
	first := end - 1
	for s := end - 1; s >= 0 && s >= end-back; s-- {
		if a, ok := amountAt(toks, s); ok && a.to == end {
			first = s
		}
	}
	return first
}

// governmentHeads end the names of government bodies: "the U.S. Digital
// Service", "the Department of Veterans Affairs" ends otherwise and is an
// agency the gazetteer knows.
var governmentHeads = map[string]bool{"Service": true, "Administration": true, "Agency": true, "Bureau": true,
	"Department": true, "Ministry": true, "Commission": true, "Office": true, "Authority": true, "Police": true,
	"Government": true, "Parliament": true, "Congress": true, "Senate": true}

// teamOf reports whether the words from toks[at] name a company's team:
// "(members) of Sable's data science team", "of the company's staff".
func teamOf(toks []token, at int) bool {
	if at+2 >= len(toks) || toks[at].lower != "of" {
		return false
	}
	// "of Helixon Analytics' data platform team": a name of some words
	// ending in the possessive; "of her former research group": the team
	// of someone the story told
	e := at + 1
	for e < len(toks) && e < at+4 && isCapitalized(toks[e]) && !toks[e].poss {
		e++
	}
	owner := e < len(toks) && toks[e].poss && isCapitalized(toks[e]) && !institutionName(bodyText(toks, at+1, e+1)) || toks[at+1].lower == "its" || personPronouns[toks[at+1].lower] || toks[at+1].lower == "the" && at+2 < len(toks) && toks[at+2].poss && employerNouns[toks[at+2].lower]
	if !owner {
		return false
	}
	for k := max(at+2, e+1); k < len(toks) && k <= e+6 && toks[k].word; k++ {
		switch toks[k].lower {
		case "team", "teams", "staff", "department", "unit", "division", "group", "workforce":
			return true
		}
	}
	return false
}

// theShare reports whether "N of the M employees" (the "of" at toks[of],
// the worker noun at toks[h]) counts the N as the actors: not when the M
// are told by what they did ("Two of the 4,000 Google employees who signed
// the petition spoke"), nor in "all but two of the 50".
func theShare(toks []token, of, h int) bool {
	if h+1 < len(toks) && (toks[h+1].lower == "who" || toks[h+1].lower == "that") {
		return false
	}
	for k := of - 1; k >= 0 && k >= of-4; k-- {
		if toks[k].lower == "but" {
			return false
		}
	}
	return true
}

// legislatureAfter reports whether toks[i:] place people in a legislature:
// "in the House", "in the Senate", "on the city council".
func legislatureAfter(toks []token, i int) bool {
	if i >= len(toks) || toks[i].lower != "in" && toks[i].lower != "on" && toks[i].lower != "from" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch toks[k].lower {
		case "house", "senate", "congress", "parliament", "assembly", "legislature", "council", "caucus", "bundestag", "commons":
			return true
		}
	}
	return false
}

// quitFrom returns where the company workers left is named, when the
// words at toks[j], just after the workers, say they left it: "quit
// Palisade Mapping", "have resigned from the start-up Lamplight Vision",
// and with left "left Google"; -1 otherwise.
func quitFrom(toks []token, j int, left bool) int {
	if j < len(toks) && (toks[j].lower == "had" || toks[j].lower == "have" || toks[j].lower == "has" || toks[j].lower == "who") {
		j++
	}
	if j+1 >= len(toks) {
		return -1
	}
	at := -1
	switch toks[j].lower {
	case "quit":
		at = j + 1
	case "resigned", "resign", "resigns", "resigning":
		if toks[j+1].lower == "from" {
			at = j + 2
		}
	case "left":
		if left {
			at = j + 1
		}
	}
	if at < 0 || at >= len(toks) {
		return -1
	}
	if at+2 < len(toks) && toks[at].lower == "the" && appositiveNouns[toks[at+1].lower] {
		at += 2 // "the start-up Lamplight Vision"
	}
	return at
}

// dayOfMonth reports whether the number at toks[k] is the day of a date
// after its month: "Sept. 4", "March 11".
func dayOfMonth(toks []token, k int) bool {
	if k < 1 || len(toks[k].text) > 2 {
		return false
	}
	p := k - 1
	if toks[p].text == "." && p >= 1 {
		p--
	}
	return months[strings.TrimSuffix(toks[p].lower, ".")] != 0
}

// organizingAs reports whether "organizing" at toks[k] is the workers'
// doing, not a noun they qualify: "Google employees organizing as No Tech
// for Apartheid have protested", not "tech worker organizing".
func organizingAs(toks []token, k int) bool {
	if l := toks[k].lower; l != "organizing" && l != "organising" || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].lower {
	case "as", "under", "with", "against", "around", "through":
		return true
	}
	return false
}

// onTeams reports whether the company starting at toks[j] owns the teams
// a worker noun's "on" puts the workers on: "on Instagram's product and
// integrity teams".
func onTeams(toks []token, j int, compStarting map[int]int, comps []companyRef) bool {
	ci, ok := compStarting[j]
	if !ok || !comps[ci].poss {
		return false
	}
	for k := comps[ci].to; k < len(toks) && k <= comps[ci].to+4; k++ {
		switch toks[k].lower {
		case "team", "teams", "staff", "payroll":
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}
