package catalog

// Pages the workers write themselves: an open letter, an organisers'
// update, a campaign's FAQ. "We" are the company's workers, named once
// ("We are 240 engineers ... at Lumenforge") or known from what they ask
// of their employer ("our letter asking Ringwise to end its partnership
// with the LAPD", on a page that speaks of colleagues signing).

// writers is the company whose workers write a first-person page, and the
// number they give themselves.
type writers struct {
	company string
	inGaz   bool
	sent    int // the sentence that names them, or -1
	count   *workerRef
}

// writersOf finds the writers of a first-person page, or returns an
// empty company.
func writersOf(info []sentInfo) writers {
	for idx, in := range info {
		toks := in.toks
		if quotedOrSaid(toks) || hasPublic(toks) {
			continue
		}
		if w := weAreWorkers(toks, in.workers); w != nil {
			if !writersAsk(info) {
				return writers{sent: -1} // "We are 6,000 employees at Tellurate, and we are proud": the company speaking
			}
			wr := writers{company: w.names[0], inGaz: w.inGaz[0], sent: idx}
			if w.hasCount && !w.count.vague {
				wr.count = w
			}
			return wr
		}
	}
	// "our letter asking Ringwise to end ...": the employer they ask, on a
	// page whose writers speak of their colleagues
	if !colleaguesSpoken(info) {
		return writers{sent: -1}
	}
	for _, in := range info {
		toks := in.toks
		if quotedOrSaid(toks) || hasPublic(toks) {
			continue
		}
		for _, t := range in.trigs {
			if !t.noun || actionClass(t.action) != "doc" || !weActed(toks, t) {
				continue
			}
			if c, ok := askedCompany(toks, in.comps, t); ok {
				return writers{company: c.name, inGaz: c.inGaz, sent: -1}
			}
		}
	}
	return writers{sent: -1}
}

// weAreWorkers returns the workers a sentence says "we" are: "We are 240
// engineers, designers and researchers at Lumenforge", "We, the
// undersigned employees of Arborline Cloud, ...", "As Halvard employees,
// we ...", "We work at Kestrel Maps" is a workplace, not a number.
func weAreWorkers(toks []token, ws []workerRef) *workerRef {
	if len(toks) < 4 {
		return nil
	}
	start := 0
	switch {
	case toks[0].lower == "we" && (toks[1].lower == "are" || toks[1].text == "," || toks[1].lower == "the"):
		start = 2
	case toks[0].lower == "as":
		// "As employees of Halvard Biometrics, we ..."
		for k := range ws {
			w := &ws[k]
			if w.from <= 2 && w.to+1 < len(toks) && toks[w.to].text == "," && toks[w.to+1].lower == "we" && len(w.names) == 1 && !w.generic {
				return w
			}
		}
		return nil
	default:
		return nil
	}
	for k := range ws {
		w := &ws[k]
		if w.from < start || w.from > start+4 || w.generic || w.workforce || w.other || !plural(toks[w.head]) || len(w.names) > 1 {
			continue
		}
		if len(w.names) == 1 {
			return w
		}
		// "We are 240 engineers, designers, data scientists and
		// researchers at Lumenforge": a list, its employer named last
		for j := k + 1; j < len(ws); j++ {
			n := &ws[j]
			if n.from-w.to > 12 || clauseBetween(toks, w.to, n.from) {
				break
			}
			if len(n.names) == 1 {
				one := *w
				one.names, one.inGaz, one.to = n.names, n.inGaz, n.to
				return &one
			}
		}
		return nil
	}
	return nil
}

// clauseBetween reports whether toks[from:to] hold a clause's mark: a
// relative pronoun, a verb of saying, a sentence mark.
func clauseBetween(toks []token, from, to int) bool {
	for k := max(from, 0); k < to && k < len(toks); k++ {
		switch toks[k].lower {
		case "who", "that", "which", "whose", "where", "when", ";", ":", "said", "say", "says":
			return true
		}
	}
	return false
}

// colleaguesSpoken reports whether a first-person page speaks of the
// writers' colleagues or workplace: "colleagues have kept signing", "if
// you work here", "at the all-hands".
func colleaguesSpoken(info []sentInfo) bool {
	first := 0 // sentences in the first person, outside quotations
	for _, in := range info {
		if firstPersonIn(in.toks) && !quotedOrSaid(in.toks) {
			first++
		}
	}
	for _, in := range info {
		toks := in.toks
		if first == 0 {
			continue // "Senator Ruiz and three colleagues", in a report
		}
		for k, t := range toks {
			switch t.lower {
			case "colleagues", "coworkers", "co-workers":
				if legislatureAfter(toks, k+1) || k > 0 && (toks[k-1].lower == "his" || toks[k-1].lower == "her" || toks[k-1].lower == "their") {
					continue // "colleagues in the House", "her colleagues"
				}
				if k > 2 && toks[k-2].lower == "and" && isCapitalized(toks[k-3]) {
					continue // "Senator Ruiz and three colleagues"
				}
				return true
			case "all-hands":
				return true
			case "work":
				if k+1 < len(toks) && toks[k+1].lower == "here" && k > 0 && toks[k-1].lower == "you" {
					return true
				}
			case "fellow":
				if k+1 < len(toks) && (workerNouns[toks[k+1].lower] || workerModifiers[toks[k+1].lower]) {
					return true
				}
			}
		}
	}
	return false
}

// firstPersonIn reports whether a sentence speaks in the first person
// plural or to its reader: "we", "our", "us", "you".
func firstPersonIn(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "we", "our", "us", "you", "your":
			return true
		}
	}
	return false
}

// writersAsk reports whether the writers of a first-person page ask
// something of their employer: "We are asking leadership to", "We
// petition", "we ask the company to withdraw", "our letter asking".
func writersAsk(info []sentInfo) bool {
	for _, in := range info {
		toks := in.toks
		for k := 1; k < len(toks); k++ {
			l := toks[k].lower
			if !askVerbs[l] && !writerAsks[l] {
				continue
			}
			doc := false
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				p := toks[j].lower
				if p == "we" || p == "our" && doc {
					return true
				}
				if p == "letter" || p == "petition" || p == "open" {
					doc = true
					continue
				}
				if p != "are" && p != "also" && p != "now" && p != "hereby" && p != "still" && p != "to" && p != "want" && p != "therefore" && p != "," {
					break
				}
			}
		}
	}
	return false
}

// writerAsks are the verbs of asking that askVerbs lacks: "Our letter
// asks", "We petition", "we urge".
var writerAsks = wordSet("asks", "petition", "demand", "demands", "demanding", "urge", "urges", "urging", "request", "requests", "requesting", "calls")
