package catalog

import "strings"

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
		if ctx := x.g.contextPhrases[p.id]; ctx != nil && !properName(toks[i:i+n]) && !ctx.any(toks) {
			i += n - 1
			continue
		}
		if enforcing(toks, i, i+n) {
			i += n - 1
			continue // "before police removed them": the police act, they are not the target
		}
		if k := len(out) - 1; k >= 0 && out[k].to == i && toks[i-1].poss {
			out = out[:k] // "HHS's Office of Refugee Resettlement": the office is named
		}
		out = append(out, targetRef{id: p.id, from: i, to: i + n, text: spanText(doc, toks, i, i+n)})
		i += n - 1
	}
	return x.foreignRefs(toks, doc, out)
}

// foreignRefs adds to refs the foreign government bodies a sentence names
// that the gazetteer does not: a country's name or adjective before a body
// ("Bahrain's Interior Ministry", "the Australian Department of Defence",
// "the Saudi government"). Each is an agency named by the adjective and
// the body as the gazetteer lists it ("Bahraini Interior Ministry").
func (x *Extractor) foreignRefs(toks []token, doc string, refs []targetRef) []targetRef {
	taken := func(from, to int) bool {
		for _, r := range refs {
			if from < r.to && r.from < to {
				return true
			}
		}
		return false
	}
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
		if bn == 0 || taken(i, j+bn) || enforcing(toks, i, j+bn) || censorship && x.g.bodies[bp.id] == "government" {
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
		name := x.g.countryAdj[cp.id] + " " + body
		id := -1
		for k, f := range x.foreign {
			if f == name {
				id = k
			}
		}
		if id < 0 {
			x.foreign = append(x.foreign, name)
			id = len(x.foreign) - 1
		}
		refs = append(refs, targetRef{id: len(x.g.agencies) + id, from: i, to: j + bn, text: spanText(doc, toks, i, j+bn)})
		i = j + bn - 1
	}
	return refs
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
	best, bestD := -1, 1<<30
	for i, r := range refs {
		if d := r.from - at; d >= 0 && d <= 15 && d < bestD {
			best, bestD = i, d
		}
	}
	if best >= 0 {
		return refs[best], true
	}
	best, bestS := 0, -1
	for i, r := range refs {
		if s := score(r.id); s > bestS {
			best, bestS = i, s
		}
	}
	return refs[best], true
}

// enforcing reports whether the body named at toks[from:to] acts against
// the protesters rather than being their target: "police removed them",
// "were arrested by police", "the company called the police".
func enforcing(toks []token, from, to int) bool {
	if to < len(toks) {
		switch l := toks[to].lower; {
		case sanctionVerbs[l], l == "cleared", l == "dispersed", l == "arrived", l == "intervened":
			return true
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
	return k >= 1 && toks[k].lower == "by" && sanctionVerbs[toks[k-1].lower]
}

// feared reports whether the retaliation named at toks[i] is one the
// workers fear ("for fear of retaliation", "feared reprisals"), the reason
// they hide their names rather than what they act against.
func feared(toks []token, i int) bool {
	if !strings.HasPrefix(toks[i].lower, "retaliat") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
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
