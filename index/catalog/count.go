package catalog

// sigCount is a number of signatures or participants that is not written
// as "N workers": "over 650 signatures", "signed by 1,400", "the total had
// passed 4,000", "and Amazon's over 100".
type sigCount struct {
	a       amount
	at      int
	earlier bool   // "up from roughly 900"
	company string // set for an elliptical "Amazon's over 100"
	inGaz   bool
}

var growthVerbs = map[string]bool{
	"passed": true, "topped": true, "reached": true, "surpassed": true, "exceeded": true,
	"hit": true, "stood": true, "climbed": true, "grew": true, "rose": true, "swelled": true,
	"jumped": true, "increased": true, "grown": true, "risen": true, "ballooned": true, "crossed": true,
}

var tallyNouns = map[string]bool{
	"total": true, "tally": true, "count": true, "number": true, "signatures": true,
	"list": true, "figure": true,
}

// publicWords mark a petition or letter of customers or the public, whose
// signatures are not workers'.
var publicWords = map[string]bool{
	"public": true, "customers": true, "users": true, "supporters": true, "activists": true,
	"readers": true, "consumers": true, "citizens": true, "residents": true, "parents": true,
	"students": true, "shareholders": true, "investors": true, "advocates": true, "online": true,
	"change.org": true, "fans": true, "viewers": true, "subscribers": true, "members": true,
}

func hasPublic(toks []token) bool {
	for _, t := range toks {
		if publicWords[t.lower] {
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
	for i := range toks {
		if taken[i] {
			continue
		}
		a, ok := amountAt(toks, i)
		if !ok || a.money || a.percent {
			continue
		}
		if a.countValue() == 0 && !a.vague {
			continue
		}
		if !a.vague && len(toks[i].text) == 4 && isYear(toks[i]) {
			continue
		}
		if i >= 2 && toks[i-1].text == "," && toks[i-2].word && toks[i-2].text[0] >= '0' && toks[i-2].text[0] <= '9' {
			continue // "1, 650": a broken number is no count
		}
		for k := a.numFrom; k < a.to; k++ {
			taken[k] = true
		}
		before := a.from - 1
		next := lw(a.to)
		// "N signatures", "N employee signatures", "N names"
		n := a.to
		for n < len(toks) && n < a.to+2 && (workerNouns[toks[n].lower] || workerModifiers[toks[n].lower]) {
			n++
		}
		isSig := next == "of" && lw(a.to+1) == "them" || lw(n) == "signatures" || lw(n) == "signatories" || lw(n) == "signers" || lw(n) == "names" && lw(n-1) != "their"
		// "signed by 1,400", "signed by more than 1,000," (no noun after)
		byVerb := lw(before) == "by" && (lw(before-1) == "signed" || lw(before-1) == "backed" || lw(before-1) == "endorsed" || lw(before-1) == "co-signed") && (a.to >= len(toks) || !toks[a.to].word || next == "and" || next == "in" || next == "as" || next == "on" || next == "since" || next == "within" || next == "according" || next == "so")
		// "the total had passed 4,000", "grew to 5,000"
		growth := false
		for b := before; b >= 0 && b >= before-2; b-- {
			if growthVerbs[lw(b)] || (lw(b) == "at" || lw(b) == "to") && growthVerbs[lw(b-1)] {
				growth = true
				break
			}
		}
		if growth && !isSig {
			tally := false
			for b := before; b >= 0 && b >= before-8; b-- {
				if tallyNouns[lw(b)] || signVerbs[lw(b)] || lw(b) == "it" || lw(b) == "petition" || lw(b) == "letter" {
					tally = true
					break
				}
			}
			if len(out) > 0 && !out[len(out)-1].earlier {
				tally = true // "drew 100 signatures ... and later passed 500"
			}
			if !tally || a.to < len(toks) && toks[a.to].word && !workerNouns[next] && !genericNouns[next] && next != "and" && next != "by" && next != "on" && next != "in" && next != "as" {
				growth = false
			}
		}
		earlier := (lw(before) == "from" && (lw(before-1) == "up" || lw(before-1) == "rising" || lw(before-1) == "grew" || lw(before-1) == "rose")) && (a.to >= len(toks) || !toks[a.to].word || next == "when" || next == "in" || next == "on" || next == "at" || next == "last" || next == "a" || workerNouns[next] || genericNouns[next] || next == "signatures")
		// elliptical "and Amazon's over 100"
		ellipsis := ""
		inGaz := false
		for _, c := range comps {
			if c.poss && c.to == a.from && (a.to >= len(toks) || !toks[a.to].word || next == "and") {
				ellipsis, inGaz = c.name, c.inGaz
			}
		}
		switch {
		case ellipsis != "" && !a.vague:
			out = append(out, sigCount{a: a, at: i, company: ellipsis, inGaz: inGaz})
		case earlier && !a.vague:
			out = append(out, sigCount{a: a, at: i, earlier: true})
		case isSig || byVerb || growth:
			out = append(out, sigCount{a: a, at: i})
		}
	}
	return out
}
