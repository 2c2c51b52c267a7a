package catalog

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// targetRef is an agency or an issue named in a sentence.
type targetRef struct {
	id       int // index of the agency or issue in the gazetteer
	from, to int // token span
	text     string
}

// agencyRefs finds the agencies a sentence names. An agency with context
// words counts only when the sentence has one of them.
func (x *Extractor) agencyRefs(s *sentence, doc string) []targetRef {
	var out []targetRef
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		p, n := x.g.agencyPhrases.match(toks, i)
		if n == 0 {
			continue
		}
		if n == 1 && shortForceNames[p.text] && !shortForce(toks, i) {
			continue
		}
		if strings.ToLower(p.text) == p.text && x.foreignOwnerBefore(toks, i) {
			// "the European Union's border agency", "Britain's border
			// agency": another country's body, not the U.S. one the
			// generic words name at home
			i += n - 1
			continue
		}
		if full, ok := x.g.bodyInitials[toks[i].text]; ok && n == 1 && !enforcing(toks, i, i+1) && !officersAfter(toks, i+1) {
			// "the LAPD": the Los Angeles Police Department, as where the
			// name is spelt out
			out = append(out, targetRef{id: x.localAgency(full), from: i, to: i + 1, text: spanText(doc, toks, i, i+1)})
			continue
		}
		if x.g.contextPhrases[p.id] != nil {
			// "the Atlanta Police Department", "the Colorado Department of
			// Corrections": one body of the kind, named
			if s, e, ok := x.namedBody(toks, i, i+n); ok && !enforcing(toks, s, e) {
				if k := len(out) - 1; k >= 0 && out[k].to > s {
					out = out[:k]
				}
				name := bodyText(toks, s, e)
				if long, ok := x.bodyAlias[name]; ok {
					name = long // "The Military Police", after "the São Paulo Military Police"
				}
				out = append(out, targetRef{id: x.localAgency(name), from: s, to: e, text: spanText(doc, toks, s, e)})
				i = e - 1
				continue
			}
			if id, ok := x.categoryTo[p.id]; ok && !pluralBody(toks[i:i+n]) && !(i+n < len(toks) && bodyPlurals[toks[i+n].lower]) && x.sameTime(p.id, toks) {
				p.id = id // "police", in a story of one named police body
			}
		}
		if x.hasBorder && p.id == x.g.agencyByKey["cbp"] && strings.ToLower(p.text) == p.text && !usBefore(toks, i) {
			p.id = x.border // "a federal border agency contract", in a story of the CBSA
		}
		if ctx := x.contextOf(p.id); ctx != nil && !properName(toks[i:i+n]) && !ctx.any(toks) && !s.aim {
			i += n - 1
			continue
		}
		if enforcing(toks, i, i+n) {
			i += n - 1
			continue // "before police removed them": the police act, they are not the target
		}
		if i+n+1 < len(toks) && toks[i+n].lower == "for" && isCapitalized(toks[i+n+1]) && properName(toks[i:i+n]) && departmentHead[toks[i+n-1].text] && toks[i+n+1].text != "Project" {
			i += n - 1
			continue // "the State Department for Immigration and Citizen Services": another body, longer named
		}
		if i > 0 && (toks[i-1].lower == "any" || toks[i-1].lower == "every" || toks[i-1].lower == "no" || toks[i-1].lower == "a" && i+n < len(toks) && (toks[i+n].lower == "that" || toks[i+n].lower == "which")) && isCommonNoun(toks[i:i+n]) && (p.text == "military" || p.text == "army" || p.text == "armed forces") {
			i += n - 1
			continue // "to stop selling to any military that ...", "used for a military that is killing people": a kind, no body
		}
		if p.text == "military" && i+1 < len(toks) && militaryAttribute[toks[i+1].lower] {
			i += n - 1
			continue // "under military control", "a military setting": a manner, no body
		}
		if x.hasDefence && p.id < len(x.g.agencies) && x.g.agencies[p.id].Name == "UK Ministry of Defence" && (p.text == "Ministry of Defence" || p.text == "MoD") {
			// "the Ministry of Defence" after "India's Ministry of
			// Defence": that country's
			out = append(out, targetRef{id: x.defence, from: i, to: i + n, text: spanText(doc, toks, i, i+n)})
			i += n - 1
			continue
		}
		if len(out) > 0 && i > 0 && (toks[i-1].lower == "its" || toks[i-1].lower == "their") && out[len(out)-1].id != p.id && isCommonNoun(toks[i:i+n]) {
			i += n - 1
			continue // "the Israeli government, including its military": the government's own
		}
		if k := len(out) - 1; k >= 0 && out[k].to == i && toks[i-1].poss {
			if _, bn := x.g.bodyPhrases.match(toks, i); bn == n {
				// "Israel's Ministry of Defence": a country's own body,
				// not the one a bare "Ministry of Defence" names
				out[k].to, out[k].text = i+n, spanText(doc, toks, out[k].from, i+n)
				i += n - 1
				continue
			}
			out = out[:k] // "HHS's Office of Refugee Resettlement": the office is named
		}
		out = append(out, targetRef{id: p.id, from: i, to: i + n, text: spanText(doc, toks, i, i+n)})
		i += n - 1
	}
	return x.specificOverKind(toks, x.programRefs(toks, doc, x.foreignsMilitary(toks, soldTo(toks, x.contractorRefs(toks, doc, x.schoolRefs(toks, doc, x.ministryRefs(toks, doc, x.stateRefs(toks, doc, x.parenBodyRefs(toks, doc, x.bareBodyRefs(toks, doc, x.foreignRefs(toks, doc, out)))))))))))
}

// specificOverKind drops a kind of body written as a common noun when the
// sentence names the one body of that kind it means: "calls made by people
// held in federal prisons, on behalf of the Federal Bureau of Prisons".
func (x *Extractor) specificOverKind(toks []token, refs []targetRef) []targetRef {
	// by the gazetteer's own keys: this runs on every sentence
	bop, ok := x.g.agencyByKey["bureau of prisons"]
	if !ok || !slices.ContainsFunc(refs, func(r targetRef) bool { return r.id == bop }) {
		return refs
	}
	prisons, ok := x.g.agencyByKey["prisons"]
	if !ok {
		return refs
	}
	return slices.DeleteFunc(refs, func(r targetRef) bool { return r.id == prisons && isCommonNoun(toks[r.from:r.to]) })
}

// programRefs adds to refs a government program the sentence names and
// says is the government's, standing for the body that runs it: "Maisha
// Namba, the government's new digital identity programme". A sentence
// that names a body already keeps it.
func (x *Extractor) programRefs(toks []token, doc string, refs []targetRef) []targetRef {
	if len(refs) > 0 {
		return refs
	}
	for i := 0; i < len(toks); i++ {
		if !isCapitalized(toks[i]) || functionWords[toks[i].lower] || i > 0 && isCapitalized(toks[i-1]) {
			continue
		}
		to := i
		for to < len(toks) && to < i+4 && isCapitalized(toks[to]) && !toks[to].poss {
			to++
		}
		if to == i || to+3 >= len(toks) || toks[to].text != "," || toks[to+1].lower != "the" || !govOwner[toks[to+2].lower] {
			continue
		}
		if i > 0 && sayVerbs[toks[i-1].lower] {
			continue // "said John Smith, the government's program director"
		}
		for k := to + 3; k < len(toks) && k <= to+8 && toks[k].word; k++ {
			if toks[k].lower == "of" {
				break // "the national organiser of the project"
			}
			if programNouns[toks[k].lower] {
				head := k+1 >= len(toks) || !toks[k+1].word || toks[k+1].lower == "that" || toks[k+1].lower == "which" || toks[k+1].lower == "for" || toks[k+1].lower == "to"
				if _, n := x.g.companyPhrases.match(toks, i); n == 0 && head {
					refs = append(refs, targetRef{id: x.localAgency(bodyText(toks, i, to)), from: i, to: to, text: spanText(doc, toks, i, to)})
				}
				return refs
			}
		}
	}
	return refs
}

// govOwner words say a program is the state's: "the government's", "the
// country's" (not "the national", which a private venture may be).
var govOwner = wordSet("government", "government's", "state's", "country's", "ministry's")

var programNouns = wordSet("program", "programme", "scheme", "database", "initiative", "project")

// onlyCountry returns the foreign country a document is set in: one it
// names (or whose cities it names) at least twice, and at least twice as
// often as any other: "NAGOYA ... Letters of this kind are rare in
// Japanese companies, and Japan's ...", not a Sri Lankan named once
// beside it. It also returns how often the country was named and whether
// the country itself was, not only its cities, and records in x.docCity
// the one foreign city the document names.
func (x *Extractor) onlyCountry(sents []sentence) (int, int, bool, bool) {
	times := map[string]int{} // by adjective: "UK" and "Britain" are one
	first := map[string]int{}
	named := map[string]bool{} // the country itself named, not only its cities
	// "ATHENS, Ga. — ... in Athens": a city the story places in a US
	// state, however written, stands for no foreign country anywhere in it
	usPlaced := map[string]bool{}
	for _, s := range sents {
		for i := 0; i+2 < len(s.toks); i++ {
			l := s.toks[i].lower
			if !x.g.cityNames[l] || s.toks[i+1].text != "," {
				continue
			}
			if _, sn := x.g.statePhrases.match(s.toks, i+2); sn > 0 || apStates[strings.TrimSuffix(s.toks[i+2].text, ".")] {
				usPlaced[l] = true
			}
		}
	}
	for _, s := range sents {
		for i := range s.toks {
			if !isCapitalized(s.toks[i]) {
				continue
			}
			p, n := x.g.countryPhrases.match(s.toks, i)
			country := n > 0
			if n == 0 {
				// "LYON —", "the Paris Olympics": a city stands for its
				// country, but not "Athens, Georgia", "ATHENS, Ga."
				p, n = x.g.cityPhrases.match(s.toks, i)
				if n > 0 && usPlaced[s.toks[i].lower] {
					n = 0
				}
			}
			if n > 0 {
				adj := x.g.countryAdj[p.id]
				if _, ok := first[adj]; !ok {
					first[adj] = p.id
				}
				times[adj]++
				named[adj] = named[adj] || country
				if !country {
					city := bodyText(s.toks, i, i+n)
					if x.docCity == "" || x.docCity == city {
						x.docCity = city
					} else {
						x.docCity = "-" // two cities: none is the story's
					}
				}
			}
		}
	}
	best, second := "", 0
	for adj, n := range times {
		if best == "" || n > times[best] || n == times[best] && adj < best {
			if best != "" {
				second = max(second, times[best])
			}
			best = adj
		} else {
			second = max(second, n)
		}
	}
	// named twice at least: not "given tensions with China" in passing,
	// nor a person called Jordan
	if best == "" || times[best] < 2 || times[best] < 2*second {
		return 0, 0, false, false
	}
	return first[best], times[best], named[best], true
}

// apStates are the news agencies' abbreviations of US states after a
// city: "ATHENS, Ga.", "PORTLAND, Ore.".
var apStates = wordSet("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
	"Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla",
	"Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo", "D.C")

// onlyState returns the US state a document is about, or "": one it
// calls a state ("the state of North Carolina", "Oregon state", "Oregon's
// prisons"), when it names no other state, no foreign country and no
// city's or county's own department.
func (x *Extractor) onlyState(sents []sentence) string {
	state, told := "", false
	for _, s := range sents {
		toks := s.toks
		for i := range toks {
			if !isCapitalized(toks[i]) {
				if toks[i].poss && (toks[i].lower == "city" || toks[i].lower == "county") {
					return "" // "the city's Department of Public Safety"
				}
				continue
			}
			if _, n := x.g.countryPhrases.match(toks, i); n > 0 {
				return ""
			}
			_, n := x.g.statePhrases.match(toks, i)
			if n == 0 {
				continue
			}
			name := bodyText(toks, i, i+n)
			if name == "Kansas" && i+1 < len(toks) && toks[i+1].text == "City" {
				continue
			}
			if state != "" && state != strings.TrimSuffix(name, "'s") {
				return ""
			}
			state = strings.TrimSuffix(name, "'s")
			if i >= 2 && toks[i-1].lower == "of" && toks[i-2].lower == "state" || i+n < len(toks) && toks[i+n].lower == "state" || toks[i+n-1].poss {
				told = true
			}
		}
	}
	if !told {
		return ""
	}
	return state
}

// federalDepartments are the first words of the US executive
// departments' names, however spelt: "the Department of Labor", "the
// Department of Veterans' Affairs" are no state's.
var federalDepartments = wordSet("Agriculture", "Commerce", "Defense", "Defence", "Education", "Energy", "Health",
	"Homeland", "Housing", "the", "Interior", "Justice", "Labor", "Labour", "State", "Transportation", "Treasury",
	"Veterans", "Veteran", "Veterans'", "Government", "War")

// countryAfter reports whether "of" and a country's name follow at
// toks[at]: "of the United Arab Emirates", "of Japan".
func (x *Extractor) countryAfter(toks []token, at int) bool {
	if at >= len(toks) || toks[at].lower != "of" {
		return false
	}
	k := at + 1
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	_, n := x.g.countryPhrases.match(toks, k)
	return n > 0
}

// usNear reports whether the United States is named right around the
// body at toks[from:to]: "the Federal Protective Service, a U.S. agency".
func usNear(toks []token, from, to int) bool {
	return usMentions([]sentence{{toks: toks[max(from-3, 0):min(to+4, len(toks))]}}) > 0
}

// usMentions counts how often a document speaks of the United States:
// "U.S.", "United States", "American", "Washington", "Congress".
func usMentions(sents []sentence) int {
	n := 0
	for _, s := range sents {
		for i, t := range s.toks {
			switch t.text {
			case "U.S.", "US", "USA", "U.S", "American", "Americans", "Washington", "Congress", "Pentagon":
				n++
			case "United":
				if i+1 < len(s.toks) && s.toks[i+1].text == "States" {
					n++
				}
			}
		}
	}
	return n
}

// bareBodyRefs names a body written without its country ("the Ministry
// of Defense", "the Interior Ministry") by the one foreign country the
// document names: in a story from Nagoya about Japanese companies, the
// Japanese Ministry of Defense. A body another rule named already (the
// gazetteer takes a bare "Ministry of Defence" as Britain's) stays so.
func (x *Extractor) bareBodyRefs(toks []token, doc string, refs []targetRef) []targetRef {
	if !x.hasDocCountry {
		return refs
	}
	// "Smart Sampa, the city government's plan", in a story of São Paulo
	// and no other city: that city's government
	if x.docCity != "" && x.docCity != "-" {
		for i := 1; i+1 < len(toks); i++ {
			if toks[i].lower != "city" || toks[i-1].lower != "the" && !toks[i-1].poss {
				continue
			}
			if l := toks[i+1].lower; l == "government" || l == "hall" || l == "government's" || toks[i+1].poss && (l == "government" || l == "hall") {
				if overlaps(refs, i, i+2) {
					continue
				}
				id := x.localAgency(x.docCity + " city government")
				refs = append(refs, targetRef{id: id, from: i, to: i + 2, text: spanText(doc, toks, i, i+2)})
				sort.SliceStable(refs, func(a, b int) bool { return refs[a].from < refs[b].from })
				i++
			}
		}
	}
	adj := x.g.countryAdj[x.docCountry]
	added := false
	for i := 1; i < len(toks); i++ {
		bp, bn := x.g.bodyPhrases.match(toks, i)
		// "the Ministry of Defense", "an interior ministry pilot"
		if bn == 0 || toks[i-1].lower != "the" && toks[i-1].lower != "an" && toks[i-1].lower != "a" {
			continue
		}
		body := x.g.bodies[bp.id]
		if !strings.Contains(strings.ToLower(body), "ministry") && !strings.Contains(strings.ToLower(body), "department") {
			continue
		}
		if x.countryAfter(toks, i+bn) {
			continue // "the Ministry of Interior of the United Arab Emirates": that country's
		}
		if slices.ContainsFunc(refs, func(r targetRef) bool { return r.from <= i && r.to >= i+bn }) {
			continue
		}
		name := adj + " " + titleWords(bodyText(toks, i, i+bn))
		id, known := x.knownAgency(name)
		if !known {
			id = x.localAgency(name)
		}
		refs = append(refs, targetRef{id: id, from: i, to: i + bn, text: spanText(doc, toks, i, i+bn)})
		added = true
		i += bn - 1
	}
	// "the Immigration Services Agency", "the National Intelligence
	// Service", in a story set in Japan or Korea that speaks of the United
	// States less than of it: that country's body, by its own name
	for i := 1; i < len(toks) && !x.usStory && x.countryNamed; i++ {
		if toks[i-1].lower != "the" || !isCapitalized(toks[i]) || functionWords[toks[i].lower] {
			continue
		}
		to, ok := properBody(toks, i)
		if !ok || overlaps(refs, i, to) || x.bodyAt(toks, i) || usNear(toks, i, to) || x.countryAfter(toks, to) {
			continue
		}
		if _, n := x.g.companyPhrases.match(toks, i); n > 0 {
			continue
		}
		// by its own name, which is the country's already
		name := bodyText(toks, i, to)
		id, known := x.knownAgency(name)
		if !known {
			id = x.localAgency(name)
		}
		refs = append(refs, targetRef{id: id, from: i, to: to, text: spanText(doc, toks, i, to)})
		x.initialsAfter(toks, to, id)
		added = true
		i = to - 1
	}
	if added {
		sort.SliceStable(refs, func(a, b int) bool { return refs[a].from < refs[b].from })
	}
	return refs
}

// foreignGovernments are the gazetteer's bodies of governments other than
// the United States'.
var foreignGovernments = wordSet("Israel", "CBSA", "Australian Border Force", "UK Home Office", "RCMP", "UK Ministry of Defence", "Bundeswehr", "Frontex", "South Africa")

// foreignsMilitary drops a bare "the military" from a sentence that names
// another country's government or body: "Project Nimbus ... covers cloud
// services for government ministries and the military" is Israel's
// military, not the Pentagon.
func (x *Extractor) foreignsMilitary(toks []token, refs []targetRef) []targetRef {
	// "in protest against a contract to supply vehicles to the
	// Bundeswehr ... before the company pursued military work", in a story
	// set in Germany: Germany's military, not the Pentagon
	if x.hasDocCountry && x.countryNamed && !x.usStory {
		for i, r := range refs {
			if r.id < len(x.g.agencies) && r.to-r.from <= 2 && isCommonNoun(toks[r.from:r.to]) && (x.g.agencies[r.id].Name == "Pentagon" || militaryBranch[x.g.agencies[r.id].Name]) {
				name := x.g.countryAdj[x.docCountry] + " " + strings.ToLower(bodyText(toks, r.from, r.to))
				id, known := x.knownAgency(name)
				if !known {
					id = x.localAgency(name)
				}
				if x.hasDefence && strings.EqualFold(bodyText(toks, r.from, r.to), "military") {
					id = x.defence // the country's defence ministry, named before
				}
				if x.localMilitary == nil {
					x.localMilitary = map[int]bool{}
				}
				x.localMilitary[id] = true
				refs[i].id = id
			}
		}
	}
	foreign := -1 // where the first foreign body ends
	for _, r := range refs {
		isForeign := r.id < len(x.g.agencies) && foreignGovernments[x.g.agencies[r.id].Name]
		if r.id >= len(x.g.agencies) {
			if _, n := x.g.countryPhrases.match(toks, r.from); n > 0 {
				isForeign = true
			}
		}
		if isForeign && foreign < 0 {
			foreign = r.to
		}
	}
	if foreign < 0 {
		return refs
	}
	var kept []targetRef
	for _, r := range refs {
		if r.id < len(x.g.agencies) && r.from >= foreign && r.to-r.from == 1 && isCommonNoun(toks[r.from:r.to]) && (x.g.agencies[r.id].Name == "Pentagon" || militaryBranch[x.g.agencies[r.id].Name]) {
			continue // after the foreign body, not "to the military and to the Home Office"
		}
		kept = append(kept, r)
	}
	return kept
}

// productAliases are products that stand for the agency buying them
// when the sentence names no buyer: Rekognition and Ring for police.
var productAliases = map[string]bool{"Rekognition": true, "Ring": true}

// soldTo drops a product that stands for an agency when the sentence names
// the buyer after it: "its Rekognition face-matching service to ICE".
func soldTo(toks []token, refs []targetRef) []targetRef {
	for _, r := range refs {
		if r.to-r.from != 1 || !productAliases[toks[r.from].text] {
			continue
		}
		for _, b := range refs {
			if b.from > r.to && b.from <= r.to+6 && (toks[b.from-1].lower == "to" || toks[b.from-1].lower == "for") {
				var kept []targetRef
				for _, k := range refs {
					if k.from != r.from {
						kept = append(kept, k)
					}
				}
				return kept
			}
		}
	}
	return refs
}

// schoolRefs adds to refs the school districts a sentence names by their
// own name, a local government body of their own: "Columbus City
// Schools", "Chicago Public Schools", "the Los Angeles Unified School
// District". Each is an agency named as written.
func (x *Extractor) schoolRefs(toks []token, doc string, refs []targetRef) []targetRef {
	for i := 1; i < len(toks); i++ {
		end := 0
		switch {
		case toks[i].text == "Schools" && !toks[i].poss && (toks[i-1].text == "City" || toks[i-1].text == "Public" || toks[i-1].text == "County" || toks[i-1].text == "Area"):
			end = i + 1 // not "Success Academy Charter Schools", a private network
		case toks[i].text == "School" && i+1 < len(toks) && (toks[i+1].text == "District" || toks[i+1].text == "Board"):
			end = i + 2
		default:
			continue
		}
		from := i
		for from > 0 && i-from < 4 && isCapitalized(toks[from-1]) && !toks[from-1].poss && !functionWords[toks[from-1].lower] {
			from--
		}
		if from == i || overlaps(refs, from, end) {
			continue
		}
		refs = append(refs, targetRef{id: x.localAgency(bodyText(toks, from, end)), from: from, to: end, text: spanText(doc, toks, from, end)})
		i = end - 1
	}
	return refs
}

// foreignRefs adds to refs the foreign government bodies a sentence names
// that the gazetteer does not: a country's name or adjective before a body
// ("Bahrain's Interior Ministry", "the Australian Department of Defence",
// "the Saudi government"). Each is an agency named by the adjective and
// the body as the gazetteer lists it ("Bahraini Interior Ministry").
func (x *Extractor) foreignRefs(toks []token, doc string, refs []targetRef) []targetRef {
	taken := func(from, to int) bool { return overlaps(refs, from, to) }
	// a government whose censorship workers oppose is the issue's, not a
	// target: "a search engine that complies with the Chinese
	// government's censorship"
	censorship := false
	for i := range toks {
		if p, n := x.g.issuePhrases.match(toks, i); n > 0 && x.g.issues[p.id].Slug == "censorship" {
			censorship = true
		}
	}
	for i := 0; i < len(toks); i++ {
		cp, cn := x.g.countryPhrases.match(toks, i)
		if cn == 0 || !isCapitalized(toks[i]) {
			continue
		}
		j := i + cn
		bp, bn := x.g.bodyPhrases.match(toks, j)
		if bn > 0 {
			// "the Royal Netherlands Navy": the country's navy, not the
			// gazetteer's "Navy" its last word matched
			kept := refs[:0]
			for _, r := range refs {
				if r.from >= j && r.to <= j+bn && r.id < len(x.g.agencies) {
					continue
				}
				kept = append(kept, r)
			}
			refs = kept
		}
		if bn == 0 {
			// "Serbia's Security Information Agency (BIA)": a body of
			// the country by its own name
			to, ok := properBody(toks, j)
			if ok && !enforcing(toks, i, to) && !overlaps(refs, i, j) {
				// "the Hellenic Coast Guard": the country's body, not the
				// gazetteer's "Coast Guard" its last words matched
				var kept []targetRef
				for _, r := range refs {
					if !(r.from >= j && r.to <= to && r.id < len(x.g.agencies)) {
						kept = append(kept, r)
					}
				}
				if overlaps(kept, i, to) {
					continue
				}
				refs = kept
				body := bodyText(toks, j, to)
				id := x.localAgency(x.g.countryAdj[cp.id] + " " + body)
				if strings.Contains(body, "Defence") || strings.Contains(body, "Defense") {
					x.defence, x.hasDefence = id, true // "South Korea's Ministry of National Defense"
				}
				refs = append(refs, targetRef{id: id, from: i, to: to, text: spanText(doc, toks, i, to)})
				x.initialsAfter(toks, to, id)
				i = to - 1
			}
			continue
		}
		if taken(i, j+bn) || enforcing(toks, i, j+bn) || censorship && x.g.bodies[bp.id] == "government" {
			continue
		}
		if toks[j+bn-1].poss && j+bn < len(toks) && workerNouns[toks[j+bn].lower] {
			continue // "the Indian government's employees"
		}
		body := bodyName(x.g.bodies[bp.id])
		if body == x.g.bodies[bp.id] && isCapitalized(toks[j]) && !isCapitalized(token{text: body, word: true}) {
			body = spanText(doc, toks, j, j+bn) // "the Australian Border Force" as written
			body = strings.TrimSuffix(strings.TrimSuffix(body, "'s"), "’s")
		}
		if strings.Contains(strings.ToLower(body), "ministry") || strings.Contains(strings.ToLower(body), "department") {
			body = titleWords(body) // "the Dutch defence ministry" and "the Dutch Defence Ministry" are one
		}
		name := x.g.countryAdj[cp.id] + " " + body
		id, known := x.knownAgency(name)
		if !known {
			id = x.localAgency(name)
			if strings.Contains(strings.ToLower(body), "defence") || strings.Contains(strings.ToLower(body), "defense") {
				x.defence, x.hasDefence = id, true // "India's Ministry of Defence"
			}
		}
		refs = append(refs, targetRef{id: id, from: i, to: j + bn, text: spanText(doc, toks, i, j+bn)})
		i = j + bn - 1
	}
	return x.bodiesOfCountries(toks, doc, refs)
}

// bodiesOfCountries adds the bodies a sentence names before their
// country: "the Ministry of Interior of the United Arab Emirates" is the
// "Emirati Interior Ministry", as "the UAE interior ministry" is, not a
// ministry of no country.
func (x *Extractor) bodiesOfCountries(toks []token, doc string, refs []targetRef) []targetRef {
	for j := 0; j < len(toks); j++ {
		bp, bn := x.g.bodyPhrases.match(toks, j)
		if bn == 0 || !isCapitalized(toks[j]) {
			continue
		}
		k := j + bn
		if k+1 >= len(toks) || toks[k].lower != "of" {
			continue
		}
		k++
		if toks[k].lower == "the" {
			k++
		}
		cp, cn := x.g.countryPhrases.match(toks, k)
		if cn == 0 || !isCapitalized(toks[k]) || overlaps(refs, k, k+cn) && !overlaps(refs, j, j+bn) {
			continue
		}
		kept := refs[:0]
		for _, r := range refs {
			if r.from >= j && r.to <= k+cn {
				continue // the body alone, or the country alone
			}
			kept = append(kept, r)
		}
		refs = kept
		body := bodyName(x.g.bodies[bp.id])
		if strings.Contains(strings.ToLower(body), "ministry") || strings.Contains(strings.ToLower(body), "department") {
			body = titleWords(body)
		}
		name := x.g.countryAdj[cp.id] + " " + body
		id, known := x.knownAgency(name)
		if !known {
			id = x.localAgency(name)
		}
		refs = append(refs, targetRef{id: id, from: j, to: k + cn, text: spanText(doc, toks, j, k+cn)})
		slices.SortStableFunc(refs, func(a, b targetRef) int { return a.from - b.from })
		j = k + cn - 1
	}
	return refs
}

// govHeads end the own name of a government body: "Security Information
// Agency", "Federal Police", "Border Guard".
// Not "Authority", "Commission" or "Office": regulators ("Britain's
// Competition and Markets Authority") are no targets of this kind.
var govHeads = map[string]bool{
	"Agency": true, "Service": true, "Services": true, "Directorate": true, "Bureau": true,
	"Police": true, "Ministry": true, "Department": true, "Force": true,
	"Forces": true, "Guard": true, "Command": true, "Secretariat": true, "Gendarmerie": true,
}

// properBody returns the end of a body's own capitalised name starting at
// toks[j], two to six words ending in a bodyHeads word: "Security
// Information Agency", "Federal Police".
func properBody(toks []token, j int) (int, bool) {
	end, words := 0, 0
	for k := j; k < len(toks) && k < j+8; k++ {
		t := toks[k]
		if isCapitalized(t) && t.word && !functionWords[t.lower] {
			words++
			if govHeads[strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")] && words >= 2 {
				end = k + 1
			}
			if t.poss {
				break
			}
			continue
		}
		if words > 0 && (t.lower == "of" || t.lower == "for" || t.lower == "and") && k+1 < len(toks) && isCapitalized(toks[k+1]) {
			continue
		}
		break
	}
	return end, end > 0
}

// issueRefs finds the issues a sentence names.
func (x *Extractor) issueRefs(s *sentence, doc string) []targetRef {
	var out []targetRef
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		p, n := x.g.issuePhrases.match(toks, i)
		if n == 0 {
			continue
		}
		if feared(toks, i) {
			i += n - 1
			continue // "signed anonymously for fear of retaliation": a reason, not an aim
		}
		out = append(out, targetRef{id: p.id, from: i, to: i + n, text: spanText(doc, toks, i, i+n)})
		i += n - 1
	}
	return out
}

func spanText(doc string, toks []token, from, to int) string {
	if from < 0 || to > len(toks) || from >= to {
		return ""
	}
	s, e := toks[from].start, toks[to-1].end
	if s < 0 || e > len(doc) || s > e {
		return ""
	}
	return strings.TrimSpace(doc[s:e])
}

// pickTarget chooses among the targets of a sentence the one for an action
// at token at: the nearest one after it within the clause, else the one
// the article ties most often to the company (score), else the first.
func pickTarget(refs []targetRef, at int, score func(id int) int) (targetRef, bool) {
	if len(refs) == 0 {
		return targetRef{}, false
	}
	if len(refs) == 1 {
		return refs[0], true
	}
	if r, ok := nearestAfter(refs, at); ok {
		return r, true
	}
	best, bestS := 0, -1
	for i, r := range refs {
		if s := score(r.id); s > bestS {
			best, bestS = i, s
		}
	}
	return refs[best], true
}

// nearestAfter returns the target named first within 15 tokens after
// token at.
func nearestAfter(refs []targetRef, at int) (targetRef, bool) {
	best, ok := targetRef{}, false
	for _, r := range refs {
		if d := r.from - at; d >= 0 && d <= 15 && (!ok || r.from < best.from) {
			best, ok = r, true
		}
	}
	return best, ok
}

// enforcing reports whether the body named at toks[from:to] acts against
// the protesters rather than being their target: "police removed them",
// "were arrested by police", "the company called the police".
func enforcing(toks []token, from, to int) bool {
	if to < len(toks) {
		switch l := toks[to].lower; {
		case sanctionVerbs[l], l == "cleared", l == "dispersed", l == "arrived", l == "intervened":
			return true
		case litigationVerbs[l]:
			return true // "the state agency sued the company"
		case l == "filed" || l == "files" || l == "brought" || l == "opened":
			// "the California Department of Fair Employment and Housing
			// filed the suit", "opened an investigation"
			for k := to + 1; k < len(toks) && k <= to+3; k++ {
				switch toks[k].lower {
				case "suit", "lawsuit", "complaint", "charges", "investigation", "probe", "case":
					return true
				}
			}
		case (l == "were" || l == "was") && to+1 < len(toks) && (toks[to+1].lower == "called" || toks[to+1].lower == "summoned"):
			return true
		}
	}
	k := from - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k >= 0 && (toks[k].lower == "called" || toks[k].lower == "summoned") {
		return true
	}
	if k >= 1 && toks[k].lower == "by" {
		// "a lawsuit filed by California's Department of Fair Employment
		// and Housing", "The suit was filed last week by"
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			l := toks[j].lower
			if litigationVerbs[l] || l == "filed" || l == "brought" {
				return true
			}
			if !(l == "last" || l == "week" || l == "month" || l == "year" || l == "this" || l == "in" || l == "on" || weekdays[l] != 0 || months[l] != 0) {
				break
			}
		}
	}
	if k >= 1 && (toks[k].lower == "by" || toks[k].lower == "from") {
		switch toks[k-1].lower {
		case "lawsuit", "suit", "complaint", "investigation", "probe", "subpoena":
			return true // "a lawsuit from the state's civil rights agency"
		}
	}
	return k >= 1 && toks[k].lower == "by" && sanctionVerbs[toks[k-1].lower]
}

// litigationVerbs make the body before them the company's adversary in
// law, not the workers' target: "the state agency sued the company".
var litigationVerbs = map[string]bool{
	"sued": true, "sues": true, "alleges": true, "alleged": true,
	"accused": true, "accuses": true, "fined": true, "fines": true, "investigated": true,
	"investigates": true, "subpoenaed": true,
}

// feared reports whether the retaliation named at toks[i] is one the
// workers fear ("for fear of retaliation", "feared reprisals"), the reason
// they hide their names rather than what they act against.
func feared(toks []token, i int) bool {
	if !strings.HasPrefix(toks[i].lower, "retaliat") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch toks[k].lower {
		case "fear", "fears", "feared", "fearing", "afraid", "risk", "risking", "worried", "worry", "avoid":
			return true
		}
	}
	return false
}

// properName reports whether an agency is named as an institution, in
// capitals over several words ("the Chicago Police Department"), which
// needs no context to be a target.
func properName(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if !isCapitalized(t) {
			return false
		}
	}
	return true
}

// bodyName gives one name to a body spelt two ways, so that "the UAE's
// Ministry of Interior" and "the Emirati interior ministry" are one target.
func bodyName(b string) string {
	switch b {
	case "Ministry of Interior", "Ministry of the Interior":
		return "Interior Ministry"
	case "Ministry of Defence":
		return "Defence Ministry"
	case "Ministry of Defense":
		return "Defense Ministry"
	case "Ministry of Home Affairs":
		return "Home Ministry"
	}
	return b
}

// pressWords name newspapers and broadcasters, not agencies.
var pressWords = map[string]bool{
	"Post": true, "Times": true, "Tribune": true, "Journal": true, "Herald": true, "Chronicle": true,
	"Gazette": true, "Observer": true, "Inquirer": true, "Globe": true, "Star": true, "Sun": true,
	"News": true, "Daily": true, "Press": true, "Standard": true,
}

// stateTitles end a state agency's name: "the Texas Department of Public
// Safety Director" is the department's director.
var stateTitles = map[string]bool{
	"Director": true, "Chief": true, "Commissioner": true, "Secretary": true, "Spokesman": true,
	"Spokeswoman": true, "Spokesperson": true, "Head": true, "Officer": true, "Officers": true,
	"Trooper": true, "Troopers": true, "Colonel": true, "Col": true, "Sgt": true, "Lt": true,
}

// stateBody reads a US state's own agency at toks[i:]: the state's name,
// up to three capitalised words and a head ("Michigan State Police",
// "Texas Highway Patrol"), and after a head the capitalised words of what
// it is of ("Texas Department of Public Safety", "New York State Office
// of Information Technology Services"). It returns the span's end and the
// initials the article may use for it ("DPS", and "TDPS" with the
// state's).
func (x *Extractor) stateBody(toks []token, i int) (to int, acrs []string, ok bool) {
	if i < 0 || i >= len(toks) || !isCapitalized(toks[i]) {
		return 0, nil, false
	}
	_, sn := x.g.statePhrases.match(toks, i)
	if sn == 0 || toks[i+sn-1].poss {
		return 0, nil, false
	}
	head := -1
	for k := i + sn; k < len(toks) && k < i+sn+4 && isCapitalized(toks[k]) && !stateTitles[toks[k].text]; k++ {
		if x.g.stateHeads[toks[k].text] {
			head = k
			break
		}
		if toks[k].poss {
			break
		}
	}
	if head < 0 {
		return 0, nil, false
	}
	for k := i + sn; k <= head; k++ {
		if pressWords[toks[k].text] {
			return 0, nil, false // "The Washington Post Editorial Board"
		}
	}
	// "the company's New York Office", "the Washington Bureau Chief": a
	// branch, unless it is an office of something
	if h := toks[head].text; (h == "Office" || h == "Bureau" || h == "Board") && !(head+1 < len(toks) && (toks[head+1].lower == "of" || toks[head+1].lower == "for")) {
		return 0, nil, false
	}
	to = head + 1
	if !toks[head].poss && to+1 < len(toks) && (toks[to].lower == "of" || toks[to].lower == "for" || toks[to].lower == "on") {
		k, words := to+1, 0
		for k < len(toks) && words < 5 {
			t := toks[k]
			if isCapitalized(t) && !stateTitles[t.text] && weekdays[t.lower] == 0 && t.lower != "sunday" && months[t.lower] == 0 {
				words++
				k++
				to = k
				if t.poss {
					break
				}
				continue
			}
			if words > 0 && (t.lower == "and" || t.text == "&") && k+1 < len(toks) && isCapitalized(toks[k+1]) && !stateTitles[toks[k+1].text] {
				k++
				continue
			}
			break
		}
	}
	var own, state strings.Builder
	for k := i; k < to; k++ {
		t := toks[k]
		if !isCapitalized(t) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if k < i+sn {
			state.WriteRune(r)
		} else {
			own.WriteRune(r)
		}
	}
	for _, a := range []string{own.String(), state.String() + own.String()} {
		if n := utf8.RuneCountInString(a); n >= 3 && n <= 6 {
			acrs = append(acrs, a)
		}
	}
	// "the Texas Department of Public Safety (DPS)"
	if to+2 < len(toks) && toks[to].text == "(" && toks[to+2].text == ")" && acronym(toks[to+1].text) {
		acrs = append(acrs, toks[to+1].text)
	}
	return to, acrs, true
}

// acronym reports whether s is written as initials: two to six capitals.
func acronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// stateAgencies reads, before anything else in an article, the state
// agencies it names and the initials it may use for them, so that "DPS"
// in the headline is the department the body names in full. A state's
// name before initials the gazetteer does not know ("the Texas DPS") names
// one too, when the article never names it in full.
func (x *Extractor) stateAgencies(sents []sentence) {
	for _, s := range sents {
		for i := range s.toks {
			to, acrs, ok := x.stateBody(s.toks, i)
			if !ok || x.gazetteerAgencyIn(s.toks, i, to) {
				continue
			}
			id := x.localAgency(bodyText(s.toks, i, to))
			for _, a := range acrs {
				if _, taken := x.acronyms[a]; !taken && x.freeInitials(a) {
					x.setAcronym(a, id)
				}
			}
		}
	}
	for _, s := range sents {
		for i := range s.toks {
			_, sn := x.g.statePhrases.match(s.toks, i)
			if sn == 0 || !isCapitalized(s.toks[i]) || i+sn >= len(s.toks) {
				continue
			}
			a := s.toks[i+sn]
			if _, known := x.acronyms[a.text]; known || !acronym(a.text) || !x.freeInitials(a.text) || notInitials[a.text] {
				continue
			}
			// "California SB 1047", "the New York SHIELD Act": a bill or a
			// law, no agency
			if k := i + sn + 1; k < len(s.toks) && (isCapitalized(s.toks[k]) || s.toks[k].word && s.toks[k].text[0] >= '0' && s.toks[k].text[0] <= '9') {
				continue
			}
			x.setAcronym(a.text, x.localAgency(bodyText(s.toks, i, i+sn+1)))
		}
	}
}

// notInitials are capitals after a state's name that name no agency of
// it: "Washington DC", "California SB", "New York NYC".
var notInitials = map[string]bool{
	"DC": true, "D.C": true, "SB": true, "AB": true, "HB": true, "NYC": true, "AG": true,
	"GOP": true, "USA": true, "US": true, "AI": true, "CEO": true, "LLC": true, "INC": true,
}

// initialsAfter learns the initials a text gives in parentheses right
// after a body it names, toks[to:to+3] = "(", "NIS", ")", unless they
// already name something.
func (x *Extractor) initialsAfter(toks []token, to, id int) {
	if to+2 >= len(toks) || toks[to].text != "(" || toks[to+2].text != ")" {
		return
	}
	a := toks[to+1].text
	if !acronym(a) || !x.freeInitials(a) || notInitials[a] {
		return
	}
	if _, known := x.acronyms[a]; !known {
		x.setAcronym(a, id)
	}
}

func (x *Extractor) setAcronym(a string, id int) {
	if x.acronyms == nil {
		x.acronyms = map[string]int{}
	}
	x.acronyms[a] = id
}

// freeInitials reports whether initials name nothing the gazetteer knows.
func (x *Extractor) freeInitials(a string) bool {
	if x.g.notCompanies[a] {
		return false
	}
	if _, ok := x.g.Company(a); ok {
		return false
	}
	_, ok := x.g.Agency(a)
	return !ok
}

// gazetteerAgencyIn reports whether toks[from:to] holds an agency of the
// gazetteer's ("the Texas Department of Criminal Justice" is Prisons).
func (x *Extractor) gazetteerAgencyIn(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if _, n := x.g.agencyPhrases.match(toks, k); n > 0 && k+n <= to {
			return true
		}
	}
	return false
}

// bodyText names a body by its words as written: a possessive inside
// the name is kept ("Alameda County Sheriff's Office"), one at its end is
// not ("the Texas Department of Public Safety's troopers").
func bodyText(toks []token, from, to int) string {
	words := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		w := toks[k].text
		if toks[k].poss && k < to-1 {
			w += "'s"
		}
		if (w == "," || w == ".") && len(words) > 0 {
			words[len(words)-1] += w // "Acquisition, Technology and Logistics Agency", "St. Paul"
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// isCommonNoun reports whether an alias is written in lower case, a kind
// of body rather than a name: "military", "police".
func isCommonNoun(toks []token) bool {
	for _, t := range toks {
		if t.text != t.lower {
			return false
		}
	}
	return true
}

// knownAgency returns the gazetteer agency a whole name is an alias of:
// "British Home Office" is the "UK Home Office".
func (x *Extractor) knownAgency(name string) (int, bool) {
	toks := tokenize(name, 0)
	if p, n := x.g.agencyPhrases.match(toks, 0); n > 0 && n == len(toks) {
		return p.id, true
	}
	return 0, false
}

// localAgency returns the id of an agency the article names that the
// gazetteer does not, adding it when new.
func (x *Extractor) localAgency(name string) int {
	if rest, ok := strings.CutPrefix(name, "Department of "); ok && x.docState != "" && !federalDepartments[strings.Fields(rest)[0]] {
		name = x.docState + " " + name // "the Department of Adult Correction" in a story from North Carolina
	}
	for k, f := range x.foreign {
		if f == name {
			return len(x.g.agencies) + k
		}
	}
	x.foreign = append(x.foreign, name)
	return len(x.g.agencies) + len(x.foreign) - 1
}

// stateRefs adds to refs the state agencies a sentence names, in full or
// by the initials stateAgencies found for them.
func (x *Extractor) stateRefs(toks []token, doc string, refs []targetRef) []targetRef {
	taken := func(from, to int) bool { return overlaps(refs, from, to) }
	for i := 0; i < len(toks); i++ {
		if to, _, ok := x.stateBody(toks, i); ok && !x.gazetteerAgencyIn(toks, i, to) && !taken(i, to) && !enforcing(toks, i, to) {
			refs = append(refs, targetRef{id: x.localAgency(bodyText(toks, i, to)), from: i, to: to, text: spanText(doc, toks, i, to)})
			i = to - 1
			continue
		}
		a := strings.TrimSuffix(strings.TrimSuffix(toks[i].text, "'s"), "’s")
		if id, ok := x.acronyms[a]; ok && toks[i].word && !taken(i, i+1) && !enforcing(toks, i, i+1) {
			from := i
			if _, sn := x.g.statePhrases.match(toks, i-1); sn == 1 && i > 0 {
				from = i - 1
			}
			refs = append(refs, targetRef{id: id, from: from, to: i + 1, text: spanText(doc, toks, from, i+1)})
		}
	}
	return refs
}

// ministryRefs adds to refs the government bodies a sentence names by
// their own capitalised name, with no country before them, that the
// gazetteer does not list: "a Ministry of National Defense project", "the
// Department of Veterans Affairs". Each is an agency named as written.
func (x *Extractor) ministryRefs(toks []token, doc string, refs []targetRef) []targetRef {
	taken := func(from, to int) bool { return overlaps(refs, from, to) }
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].text != "Ministry" && toks[i].text != "Department" || toks[i].poss || toks[i+1].lower != "of" && toks[i+1].lower != "for" {
			continue
		}
		to, words := i+2, 0
		for k := i + 2; k < len(toks) && words < 5; k++ {
			t := toks[k]
			if isCapitalized(t) && !stateTitles[t.text] && !functionWords[t.lower] {
				words++
				to = k + 1
				if t.poss {
					break
				}
				continue
			}
			if words > 0 && (t.lower == "and" || t.text == "&") && k+1 < len(toks) && isCapitalized(toks[k+1]) {
				continue
			}
			if words == 0 && t.lower == "the" {
				continue
			}
			break
		}
		if words == 0 || taken(i, to) || x.gazetteerAgencyIn(toks, i, to) || enforcing(toks, i, to) || !dealContext(toks) || academicField(toks[i+2:to]) {
			continue
		}
		if owned := i > 0 && toks[i-1].poss && taken(i-1, i); owned {
			continue // "Israel's Ministry of Defense": a body of the government named, no target of its own
		}
		id := x.localAgency(bodyText(toks, i, to))
		if name := bodyText(toks, i, to); x.hasDocCountry && x.countryNamed && !x.usStory && (strings.Contains(name, "Defence") || strings.Contains(name, "Defense")) {
			x.defence, x.hasDefence = id, true // "South Korea's Ministry of National Defense"
		}
		refs = append(refs, targetRef{id: id, from: i, to: to, text: spanText(doc, toks, i, to)})
		i = to - 1
	}
	// a crown's force no other rule names: "the Royal Netherlands
	// Marechaussee"
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].text != "Royal" {
			continue
		}
		_, cn := x.g.countryPhrases.match(toks, i+1)
		if cn == 0 {
			continue
		}
		to := i + 1 + cn
		for to < len(toks) && to < i+cn+4 && isCapitalized(toks[to]) && !functionWords[toks[to].lower] {
			to++
			if toks[to-1].poss {
				break
			}
		}
		if to == i+1+cn || enforcing(toks, i, to) || overlaps(refs, i, to) || notCrownForce[toks[to-1].text] {
			continue // "the Royal Canadian Mounted Police" the gazetteer names, the "Royal Netherlands Navy" its country's navy; "Royal Dutch Shell"
		}
		if _, n := x.g.companyPhrases.match(toks, i); n > 0 {
			continue
		}
		refs = append(refs, targetRef{id: x.localAgency(bodyText(toks, i, to)), from: i, to: to, text: spanText(doc, toks, i, to)})
		sort.SliceStable(refs, func(a, b int) bool { return refs[a].from < refs[b].from })
		i = to - 1
	}
	// a police force named in its own language: "the Polícia Federal",
	// "the Policía Nacional", "the Polizia di Stato"
	for i := 0; i+1 < len(toks); i++ {
		if !foreignPolice[toks[i].text] || taken(i, i+1) {
			continue
		}
		to := i + 1
		if to+1 < len(toks) && (toks[to].lower == "di" || toks[to].lower == "de" || toks[to].lower == "da" || toks[to].lower == "do") {
			to++
		}
		if !isCapitalized(toks[to]) || taken(i, to+1) {
			continue
		}
		to++
		if enforcing(toks, i, to) || !dealContext(toks) || to < len(toks) && sayVerbs[toks[to].lower] {
			i = to - 1
			continue // "until officers of the Polícia Militar removed them", "the Polizei said"
		}
		name := bodyText(toks, i, to)
		if e, ok := policeKinds[strings.ToLower(toks[to-1].text)]; ok {
			name = e + " Police" // "Polícia Federal": the Federal Police, as an English text names it
		}
		refs = append(refs, targetRef{id: x.localAgency(name), from: i, to: to, text: spanText(doc, toks, i, to)})
		i = to - 1
	}
	return refs
}

// policeKinds are the English words for the kind of force a foreign
// police names after its word for police.
var policeKinds = map[string]string{
	"federal": "Federal", "nacional": "National", "nazionale": "National", "nationale": "National",
	"stato": "State", "militar": "Military", "militare": "Military", "civil": "Civil", "civile": "Civil",
	"municipal": "Municipal", "municipale": "Municipal",
}

// foreignPolice are the words for "police" that open a force's name in
// its own language.
var foreignPolice = map[string]bool{"Polícia": true, "Policía": true, "Polizia": true, "Politie": true, "Polizei": true, "Policia": true}

// bodyHeads may end the name of a police or prison body: "Atlanta Police
// Department", "Alameda County Sheriff's Office", "Paris Police
// Prefecture".
var bodyHeads = map[string]bool{
	"Department": true, "Office": true, "Service": true, "Force": true, "Prefecture": true,
	"Constabulary": true, "Bureau": true,
}

// namedBody extends the alias of an agency of a kind (Police, Prisons)
// found at toks[from:to] to the capitalised name of one body of that kind
// around it: "the Atlanta Police Department", "the Karnataka State
// Police", "the Colorado Department of Corrections". ok is false when the
// alias stands alone or ends a longer name ("the Seattle Police Officers
// Guild").
func (x *Extractor) namedBody(toks []token, from, to int) (s, e int, ok bool) {
	for k := from; k < to; k++ {
		if !isCapitalized(toks[k]) && !functionWords[toks[k].lower] {
			return 0, 0, false
		}
	}
	if !isCapitalized(toks[from]) {
		return 0, 0, false
	}
	s, e = from, to
	for e < len(toks) && e < to+2 && toks[e].word && bodyHeads[toks[e].text] && (!toks[e-1].poss || toks[e-1].text == "Sheriff") {
		e++
	}
	for s > 0 && from-s < 4 && isCapitalized(toks[s-1]) && !functionWords[toks[s-1].lower] && !toks[s-1].poss && !stateTitles[toks[s-1].text] {
		s--
	}
	if s >= 2 && s < from && toks[s-1].text == "." && placeAbbrev[toks[s-2].text] {
		s -= 2 // "the St. Paul Police Department"
	}
	if s == from {
		return 0, 0, false
	}
	if e < len(toks) && isCapitalized(toks[e]) && !toks[e-1].poss {
		return 0, 0, false
	}
	return s, e, true
}

// placeAbbrev open place names: "St. Paul", "Ft. Worth".
var placeAbbrev = map[string]bool{"St": true, "Ste": true, "Ft": true, "Mt": true, "Pt": true}

// contextOf returns the context words of agency id, or nil.
func (x *Extractor) contextOf(id int) *phraseSet {
	if id < len(x.g.agencies) {
		return x.g.contextPhrases[id]
	}
	return nil
}

// namedBodies reads, before anything else in an article, the police and
// prison bodies it names: when it names one body of a kind, its "police"
// or "prisons" are that body.
func (x *Extractor) namedBodies(sents []sentence) {
	seen := map[int]map[string]bool{}
	years := map[int][]int{}
	for _, st := range sents {
		toks := st.toks
		year := toldYear(toks)
		if year == 0 {
			year = x.pubYear
		}
		for i := 0; i < len(toks); i++ {
			p, n := x.g.agencyPhrases.match(toks, i)
			if n == 0 || x.g.contextPhrases[p.id] == nil {
				continue
			}
			if s, e, ok := x.namedBody(toks, i, i+n); ok && !enforcing(toks, s, e) {
				if seen[p.id] == nil {
					seen[p.id] = map[string]bool{}
				}
				seen[p.id][bodyText(toks, s, e)] = true
				years[p.id] = append(years[p.id], year)
				i = e - 1
			}
		}
	}
	// a shorter name that ends a longer one is the same body: "the
	// Military Police" of "the São Paulo Military Police"
	for _, names := range seen {
		for a := range names {
			for b := range names {
				if a != b && strings.HasSuffix(b, " "+a) {
					if x.bodyAlias == nil {
						x.bodyAlias = map[string]string{}
					}
					x.bodyAlias[a] = b
					delete(names, a)
				}
			}
		}
	}
	for cat, names := range seen {
		if len(names) != 1 {
			continue
		}
		for n := range names {
			if x.categoryTo == nil {
				x.categoryTo = map[int]int{}
			}
			x.categoryTo[cat] = x.localAgency(n)
			if x.categoryYears == nil {
				x.categoryYears = map[int][]int{}
			}
			x.categoryYears[cat] = years[cat]
		}
	}
}

// sameTime reports whether a sentence's bare "police" or "prisons" may be
// the one body of that kind its document names: not when the sentence
// tells of a past time four or more years from every mention of the body ("In
// 2018, Amazon employees asked it to stop selling to police", in a 2022
// story of the Denver Police Department).
func (x *Extractor) sameTime(cat int, toks []token) bool {
	y := toldYear(toks)
	if y == 0 || x.pubYear > 0 && y >= x.pubYear {
		return true // "which expires in 2028": no past told
	}
	for _, by := range x.categoryYears[cat] {
		if by == 0 || y-by < 4 && by-y < 4 {
			return true
		}
	}
	return false
}

// dealContext reports whether a sentence speaks of a deal, a program or
// work for a body, so that a ministry or department it names can be a
// target: "a Ministry of National Defense project", "a contract with the
// Department of Veterans Affairs".
func dealContext(toks []token) bool {
	for k, t := range toks {
		switch t.lower {
		case "contract", "contracts", "deal", "deals", "agreement", "agreements", "project", "projects",
			"program", "programs", "programme", "programmes", "tender", "tenders", "bid", "bids",
			"order", "orders", "pilot", "license", "licence", "customer", "client", "supply", "supplying",
			"sell", "sells", "selling", "sold", "order's", "award", "awarded":
			return true
		case "work", "working", "works":
			if k+1 < len(toks) && (toks[k+1].lower == "for" || toks[k+1].lower == "with") {
				return true
			}
		}
	}
	return false
}

// academicField reports whether a department's name is a field of study:
// "the Department of Computer Science".
func academicField(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "science", "sciences", "engineering", "mathematics", "physics", "chemistry", "biology",
			"history", "philosophy", "economics", "linguistics", "medicine", "psychology", "sociology",
			"humanities", "arts", "studies", "music", "law":
			return true
		}
	}
	return false
}

// titleWords capitalises the words of a body's name but "of" and "the".
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if w == "of" || w == "the" || w == "for" || w == "and" {
			continue
		}
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// bodyPlurals, after "police", make it many bodies: "police departments".
var bodyPlurals = wordSet("departments", "forces", "agencies", "services", "chiefs")

// pluralBody reports whether an alias names bodies of a kind in general
// ("police departments", "law enforcement agencies", "prisons"), not one.
func pluralBody(toks []token) bool {
	l := toks[len(toks)-1].lower
	return strings.HasSuffix(l, "s") && l != "police" || len(toks) >= 2 && toks[0].lower == "law" && toks[1].lower == "enforcement"
}

// overlaps reports whether a target already found covers part of
// toks[from:to].
func overlaps(refs []targetRef, from, to int) bool {
	for _, r := range refs {
		if from < r.to && r.from < to {
			return true
		}
	}
	return false
}

// contractorWords end the span that ties a named contractor to the agency
// it works for: "under contract with the Office of Refugee Resettlement",
// "a contractor for ICE", "on behalf of the Bureau of Prisons".
var contractorWords = [][]string{
	{"under", "contract", "with"}, {"under", "contract", "to"}, {"under", "contract", "for"},
	{"under", "contracts", "with"}, {"contractor", "for"}, {"contractor", "to"}, {"contractor", "of"},
	{"on", "behalf", "of"},
}

// contractors reads, before anything else in an article, the named
// organisations it describes as working under contract for an agency
// ("BCFG Health Care Services, a nonprofit that runs shelters under
// contract with the federal Office of Refugee Resettlement") or as an
// agency's contractor ("ICE contractor Lodestar Detention"). A later
// mention of such a contractor, by its name or by its first word when
// that is initials ("BCFG"), names the agency it works for.
func (x *Extractor) contractors(sents []sentence) {
	for _, st := range sents {
		toks := st.toks
		for i := 0; i < len(toks); i++ {
			// "ICE contractor Lodestar Detention"
			if p, n := x.g.agencyPhrases.match(toks, i); n > 0 && x.g.contextPhrases[p.id] == nil && i+n+1 < len(toks) &&
				(toks[i+n].lower == "contractor" || toks[i+n].lower == "vendor") {
				if e := capitalRun(toks, i+n+1); e > i+n+1 {
					x.addContractor(toks[i+n+1:e], p.id)
				}
				continue
			}
			if toks[i].text != "," || i == 0 {
				continue
			}
			s := i
			for s > 0 && i-s < 5 && isCapitalized(toks[s-1]) && !functionWords[toks[s-1].lower] {
				s--
			}
			if s == i || s > 0 && isCapitalized(toks[s-1]) || i-s == 1 && (weekdayName(toks[s].lower) || months[toks[s].lower] != 0) {
				continue
			}
			// the appositive: up to the next comma or the sentence's end
			e := i + 1
			for e < len(toks) && toks[e].text != "," && toks[e].text != ";" && e-i < 30 {
				e++
			}
			if e == i+1 || e-i >= 30 || !appositiveOpener(toks[i+1]) || hasVerb(toks, i+1, e, sayVerbs) {
				continue // "on Friday, the chief executive noted the firm works under contract with"
			}
			if id, ok := x.contractedAgency(toks[i+1 : e]); ok {
				x.addContractor(toks[s:i], id)
			}
		}
	}
}

// appositiveOpener reports whether t opens a description of the name
// before it: "a", "an", "the", "one" or "which".
func appositiveOpener(t token) bool {
	switch t.lower {
	case "a", "an", "the", "which", "one":
		return true
	}
	return false
}

// contractedAgency returns the agency a description says its subject
// works for under contract.
func (x *Extractor) contractedAgency(toks []token) (int, bool) {
	for k := range toks {
		for _, cw := range contractorWords {
			if k+len(cw) > len(toks) {
				continue
			}
			ok := true
			for j, w := range cw {
				if toks[k+j].lower != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			at := k + len(cw)
			for at < len(toks) && (toks[at].lower == "the" || toks[at].lower == "federal" || toks[at].lower == "u.s.") {
				at++
			}
			if p, n := x.g.agencyPhrases.match(toks, at); n > 0 && x.g.contextPhrases[p.id] == nil {
				return p.id, true
			}
		}
	}
	return 0, false
}

// capitalRun returns the end of the run of capitalised words from i.
func capitalRun(toks []token, i int) int {
	e := i
	for e < len(toks) && e-i < 5 && isCapitalized(toks[e]) && !functionWords[toks[e].lower] {
		e++
	}
	return e
}

func (x *Extractor) addContractor(name []token, id int) {
	if len(name) == 0 {
		return
	}
	if p, n := x.g.agencyPhrases.match(name, 0); n > 0 && p.id == id {
		return
	}
	if x.contractorNames == nil {
		x.contractorNames = newPhraseSet()
	}
	words := make([]string, len(name))
	for k, t := range name {
		words[k] = t.text
	}
	full := strings.Join(words, " ")
	x.contractorNames.add(full, id)
	if _, ok := x.firstWordName(full, nil); ok || len(name) > 1 && acronym(name[0].text) {
		x.contractorNames.add(name[0].text, id) // "BCFG", "Larchmont"
	}
}

// contractorRefs adds to refs the agencies that named contractors stand
// for.
func (x *Extractor) contractorRefs(toks []token, doc string, refs []targetRef) []targetRef {
	if x.contractorNames == nil {
		return refs
	}
	for i := 0; i < len(toks); i++ {
		p, n := x.contractorNames.match(toks, i)
		if n == 0 || overlaps(refs, i, i+n) {
			continue
		}
		refs = append(refs, targetRef{id: p.id, from: i, to: i + n, text: spanText(doc, toks, i, i+n)})
		i += n - 1
	}
	return refs
}

// weekdayName reports whether w names a day of the week.
func weekdayName(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// foreignOwnerBefore reports whether the words before toks[i] give them to
// a country other than the U.S. or to the European Union: "the European
// Union's", "Britain's", "the British".
func (x *Extractor) foreignOwnerBefore(toks []token, i int) bool {
	j := i - 1
	if j >= 2 && toks[j].lower == "and" {
		// "Israel's government and military": the owner stands over both
		for k := j - 1; k >= 0 && k >= j-2 && toks[k].word && !isCapitalized(toks[k]); k-- {
			if k > 0 && toks[k-1].poss && (x.foreignOwnerBefore(toks, k) || x.agencyEndsAt(toks, k)) {
				return true
			}
		}
		return false
	}
	if j < 0 || !isCapitalized(toks[j]) {
		return false
	}
	start := j
	for start > 0 && isCapitalized(toks[start-1]) && !toks[start-1].poss && j-start < 3 {
		start--
	}
	name := bodyText(toks, start, j+1)
	if name == "European Union" || name == "EU" {
		return toks[j].poss || name == "EU"
	}
	for s := start; s <= j; s++ {
		if _, n := x.g.countryPhrases.match(toks, s); n > 0 && s+n == j+1 {
			return true
		}
	}
	return false
}

// agencyEndsAt reports whether a gazetteer agency is named just before
// toks[k]: "Israel's government".
func (x *Extractor) agencyEndsAt(toks []token, k int) bool {
	for s := k - 1; s >= 0 && s >= k-4; s-- {
		if _, n := x.g.agencyPhrases.match(toks, s); n > 0 && s+n == k {
			return true
		}
	}
	return false
}

// officersAfter reports whether the body's people act at toks[k]: "NYPD
// officers removed them", "LAPD detectives".
func officersAfter(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "officers", "officer", "detectives", "police", "cops", "deputies", "agents", "troopers":
		return true
	}
	return false
}

// militaryAttribute are nouns "military" qualifies without naming the
// armed forces as a body: "military control", "military neutrality".
var militaryAttribute = wordSet("control", "setting", "settings", "neutrality", "rule", "coup", "junta", "background",
	"veterans", "veteran", "style", "grade", "history", "experience", "families", "spouses", "service", "precision", "discipline",
	"workloads", "workload", "purposes", "applications", "uses", "use", "ends", "research", "drone", "drones", "programme", "programmes",
	"technology", "technologies", "hardware", "software", "robotics", "robots", "vehicles", "vehicle", "aircraft", "equipment", "exports",
	"customers", "clients", "sales", "markets", "market", "organizations", "organisations", "institutions", "groups", "partners")

// initialledHeads end the name of a government body given with its
// initials: "the National Intelligence Service", "the Immigration and
// Naturalisation Service".
var initialledHeads = wordSet("Service", "Agency", "Ministry", "Directorate", "Bureau", "Authority", "Police", "Guard", "Gendarmerie", "Inspectorate")

// parenBodyRefs names a body the gazetteer lacks when the text gives it
// with its initials: "the National Intelligence Service (NIS)", "the
// Immigration and Naturalisation Service (IND)". The initials then name
// it in the rest of the document.
func (x *Extractor) parenBodyRefs(toks []token, doc string, refs []targetRef) []targetRef {
	added := false
	for e := 2; e+2 < len(toks); e++ {
		if toks[e].text != "(" || toks[e+2].text != ")" || !acronym(toks[e+1].text) || !initialledHeads[toks[e-1].text] {
			continue
		}
		s := e - 1
		for s > 0 && (isCapitalized(toks[s-1]) && !toks[s-1].poss || (toks[s-1].lower == "and" || toks[s-1].lower == "of" || toks[s-1].lower == "for") && s >= 2 && isCapitalized(toks[s-2])) && e-s < 7 {
			s--
		}
		// "the Acquisition, Technology and Logistics Agency (ATLA)": a
		// listed word before a comma, when the initials begin with it
		if s >= 2 && toks[s-1].text == "," && isCapitalized(toks[s-2]) && !toks[s-2].poss && e-s < 7 && strings.HasPrefix(toks[e+1].text, toks[s-2].text[:1]+toks[s].text[:1]) {
			s -= 2
		}
		if e-s < 2 || overlaps(refs, s, e+3) || isSentenceOpener(toks, s) && s == afterLead(toks) {
			continue
		}
		id := x.localAgency(bodyText(toks, s, e))
		x.initialsAfter(toks, e, id)
		refs = append(refs, targetRef{id: id, from: s, to: e, text: spanText(doc, toks, s, e)})
		added = true
	}
	if added {
		sort.SliceStable(refs, func(a, b int) bool { return refs[a].from < refs[b].from })
	}
	return refs
}

// departmentHead ends a body's name that a longer one may continue with
// "for": "the State Department for Immigration and Citizen Services".
var departmentHead = map[string]bool{"Department": true, "Ministry": true, "Office": true, "Agency": true, "Bureau": true}

// notCrownForce end the names of a crown's institutions that are no
// force or agency: "Royal Dutch Shell", "the Royal Danish Ballet".
var notCrownForce = map[string]bool{
	"Shell": true, "Bank": true, "Airlines": true, "Group": true, "Holdings": true, "Mail": true,
	"Society": true, "Academy": true, "College": true, "Hospital": true, "Opera": true, "Ballet": true,
	"Museum": true, "Library": true, "Theatre": true, "Theater": true, "Family": true, "Collection": true,
	"Orchestra": true, "Mint": true, "Philips": true, "Court": true, "Palace": true,
}

// foreignBorders are the border bodies of other countries that a
// generic "border agency" stands for in a story that names one of them.
var foreignBorders = []string{"cbsa", "australian border force", "frontex"}

// foreignBorder returns the one foreign border body the sentences name;
// false when they name none, several, or the U.S. one by a proper name
// ("Customs and Border Protection", "CBP").
func (x *Extractor) foreignBorder(sents []sentence) (int, bool) {
	cbp, ok := x.g.agencyByKey["cbp"]
	if !ok {
		return 0, false
	}
	found := -1
	for _, st := range sents {
		for i := 0; i < len(st.toks); i++ {
			p, n := x.g.agencyPhrases.match(st.toks, i)
			if n == 0 {
				continue
			}
			i += n - 1
			if p.id == cbp && (strings.ToLower(p.text) != p.text || usBefore(st.toks, i-n+1)) {
				return 0, false // "Customs and Border Protection", "the U.S. border patrol"
			}
			for _, b := range foreignBorders {
				if id, ok := x.g.agencyByKey[b]; ok && id == p.id {
					if found >= 0 && found != id {
						return 0, false
					}
					found = id
				}
			}
		}
	}
	return found, found >= 0
}

// usBefore reports whether the words just before toks[i] make a body
// American: "the U.S. border patrol", "the American border agency".
func usBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch toks[k].lower {
		case "u.s.", "us", "u.s", "american", "america's", "america":
			return true
		}
	}
	return false
}

// shortForceNames are one-word names of police forces that are other
// things too.
var shortForceNames = map[string]bool{"Met": true, "Garda": true, "Gardaí": true, "Gardai": true}

// shortForce reports whether the one-word name of a police force at
// toks[i] ("Met", "Garda") names the force there: "the Met", "a Met
// spokesperson", "Garda body-worn cameras"; not "Met with silence", "the
// Met Gala", "Lake Garda".
func shortForce(toks []token, i int) bool {
	if i > 0 && isCapitalized(toks[i-1]) && !isSentenceOpener(toks, i-1) {
		return false // "Lake Garda", "New York Met"
	}
	if i+1 < len(toks) && isCapitalized(toks[i+1]) {
		return false // "the Met Gala", "the Met Office"
	}
	if toks[i].lower == "met" {
		return i > 0 && (toks[i-1].lower == "the" || toks[i-1].lower == "a" || toks[i-1].lower == "with" || toks[i-1].lower == "for")
	}
	return true
}
