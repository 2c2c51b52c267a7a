package catalog

import "sort"

// Outcomes: what a company did in answer to its workers, as Mention.Outcome.
const (
	OutcomeContractDropped    = "contract dropped"     // ended, cancelled, pulled out of, withdrew its bid
	OutcomeContractNotRenewed = "contract not renewed" // "will not renew its contract"
	OutcomeContractRenewed    = "contract renewed"     // "renewed the contract"
	OutcomeContractKept       = "contract kept"        // "kept its contract", "would not end it"
	OutcomeDemandsMet         = "demands met"          // "agreed to the workers' demands"
	OutcomeWorkersFired       = "workers fired"        // "fired 28 employees"
)

// Outcomes lists the outcome values, in the order the site may list them.
var Outcomes = []string{OutcomeContractDropped, OutcomeContractNotRenewed, OutcomeContractRenewed, OutcomeContractKept, OutcomeDemandsMet, OutcomeWorkersFired}

// outcomeObjects are what a company drops, ends or keeps: "ended its
// contract", "dropped its bid", "cancelled the work".
var outcomeObjects = map[string]bool{
	"contract": true, "contracts": true, "deal": true, "deals": true, "bid": true, "bids": true,
	"work": true, "project": true, "partnership": true, "partnerships": true, "relationship": true,
	"ties": true, "involvement": true, "program": true, "license": true, "licenses": true,
	"agreement": true, "agreements": true, "sales": true, "business": true, "order": true,
	"orders": true,
}

// endVerbs end a contract when said of the company.
var endVerbs = map[string]bool{
	"dropped": true, "canceled": true, "cancelled": true, "ended": true, "terminated": true,
	"abandoned": true, "scrapped": true, "exited": true, "withdrew": true, "halted": true,
	"suspended": true, "discontinued": true,
}

// endBase are the same verbs after "will" or "would": "would end its work".
var endBase = map[string]bool{
	"drop": true, "cancel": true, "end": true, "terminate": true, "abandon": true, "scrap": true,
	"exit": true, "withdraw": true, "halt": true, "discontinue": true, "stop": true, "pull": true,
}

var negations = map[string]bool{
	"not": true, "never": true, "n't": true, "won't": true, "wouldn't": true, "didn't": true,
	"doesn't": true, "don't": true, "cannot": true, "can't": true, "refused": true, "declined": true,
	"against": true,
}

// hedges make what follows a question, a demand or a possibility rather
// than something done.
var hedges = map[string]bool{
	"whether": true, "if": true, "unless": true, "might": true, "may": true, "could": true,
	"should": true, "considering": true, "consider": true, "asked": true, "asking": true,
	"urged": true, "urging": true, "demanded": true, "demanding": true, "want": true,
	"wants": true, "wanted": true, "hope": true, "hopes": true, "threatened": true,
	"pressed": true, "pushing": true, "calling": true, "called": true, "weighing": true,
	"until": true, "before": true,
}

// outcomeAt reads the outcome a sentence states from its verb at toks[k],
// and the token after the phrase; "" when there is none.
func outcomeAt(toks []token, k int) (string, int) {
	lw := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].lower
	}
	negated := func() bool {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if negations[toks[j].lower] || toks[j].lower == "no" && lw(j+1) == "longer" {
				return true
			}
		}
		return false
	}
	future := func() bool {
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch toks[j].lower {
			case "will", "would", "won't", "wouldn't", "to":
				return true
			}
		}
		return false
	}
	objectAfter := func(from int) bool {
		for j := from; j < len(toks) && j <= from+5; j++ {
			if outcomeObjects[toks[j].lower] || toks[j].lower == "it" || toks[j].lower == "them" {
				return true
			}
			if !toks[j].word {
				return false
			}
		}
		return false
	}
	w := toks[k].lower
	switch {
	case w == "renew" || w == "renewing":
		if negated() {
			return OutcomeContractNotRenewed, k + 1
		}
		if future() && lw(k-1) != "to" {
			return OutcomeContractRenewed, k + 1
		}
	case (w == "renewed" || w == "extended") && objectAfter(k+1):
		if negated() {
			return OutcomeContractNotRenewed, k + 1
		}
		return OutcomeContractRenewed, k + 1
	case (w == "expire" || w == "lapse" || w == "run" && lw(k+1) == "out") && letBefore(toks, k):
		return OutcomeContractNotRenewed, k + 1
	case endVerbs[w] && (objectAfter(k+1) || lw(k+1) == "from" || lw(k+1) == "out"):
		if negated() {
			return OutcomeContractKept, k + 1
		}
		return OutcomeContractDropped, k + 1
	case (endBase[w] || w == "pull" && lw(k+1) == "out") && future() && lw(k-1) != "to" && (objectAfter(k+1) || lw(k+1) == "out" || lw(k+1) == "from" || w == "stop" && lw(k+1) == "working"):
		if negated() {
			return OutcomeContractKept, k + 1
		}
		return OutcomeContractDropped, k + 1
	case (w == "pulled" || w == "backed") && (lw(k+1) == "out" || lw(k+1) == "away"),
		// "walked away from the deal", "walked out of the contract"; not
		// "..., a subsidiary of Halvard Group, walked out on Monday": its
		// workers did
		w == "walked" && (lw(k+1) == "away" || lw(k+1) == "out" && lw(k+2) == "of" && objectAfter(k+3)):
		if negated() {
			return "", k + 1
		}
		return OutcomeContractDropped, k + 2
	case w == "stopped" && lw(k+1) == "working":
		if negated() {
			return "", k + 1
		}
		return OutcomeContractDropped, k + 2
	case w == "stopped" && (lw(k+1) == "selling" || lw(k+1) == "providing" || lw(k+1) == "supplying"):
		if negated() {
			return "", k + 1
		}
		return OutcomeDemandsMet, k + 2
	case (w == "sell" || w == "provide" || w == "supply") && future() && lw(k-1) != "to" && negated():
		// "the company would not sell the technology to police"
		return OutcomeDemandsMet, k + 1
	case w == "kept" || w == "keep" && future():
		if objectAfter(k+1) && !negated() {
			return OutcomeContractKept, k + 1
		}
	case (w == "agreed" || w == "acceded" || w == "conceded") && lw(k+1) == "to" && (lw(k+2) == "demands" || lw(k+3) == "demands" || lw(k+4) == "demands"),
		w == "met" && (lw(k+1) == "demands" || lw(k+2) == "demands" || lw(k+3) == "demands"),
		w == "gave" && lw(k+1) == "in",
		w == "reversed" && (lw(k+2) == "decision" || lw(k+2) == "course" || lw(k+2) == "policy"):
		if negated() {
			return "", k + 1
		}
		return OutcomeDemandsMet, k + 1
	}
	return "", k + 1
}

// outcomes finds the sentences that say what a company did in answer —
// dropped, did not renew, renewed or kept the contract, met the demands,
// fired workers — and gives each to that company's mention with the same
// target (or its only mention when the sentence names none), with the
// sentence added to the mention's evidence. A sentence that asks, hedges
// or reports a demand ("asked Google to drop the contract", "whether it
// will renew") gives none.
func (x *Extractor) outcomes(ms []Mention, sents []sentence, info []sentInfo) {
	if len(ms) == 0 {
		return
	}
	for i := range sents {
		toks := sents[i].toks
		in := &info[i]
		for k := 0; k < len(toks); k++ {
			outcome, next := outcomeAt(toks, k)
			if outcome == "" {
				outcome = firedAt(in, toks, k)
			}
			if outcome == "" {
				k = next - 1
				continue
			}
			if outcome == OutcomeWorkersFired && x.labourWords(toks) {
				k = next - 1
				continue // "fired 200 employees in a round of layoffs" answers no action
			}
			company := subjectCompany(in, toks, k)
			if company != "" && !hedgedBefore(toks, k) {
				agency := ""
				for _, a := range in.agencies {
					agency = x.agencyName(a.id)
					break
				}
				attachOutcome(ms, company, agency, outcome, sents[i], outcome == OutcomeWorkersFired)
			}
			k = next - 1
		}
	}
}

// firedAt reports "workers fired" when the token at k starts a worker
// phrase that a firing governs: "fired 28 employees", "two engineers were
// dismissed". One worker fired ("dismissed researcher") is not it.
func firedAt(in *sentInfo, toks []token, k int) string {
	switch toks[k].lower {
	case "fired", "dismissed", "terminated", "sacked":
	default:
		return ""
	}
	for _, w := range in.workers {
		if w.sanctioned && plural(toks[w.head]) && (w.from == k+1 || w.to <= k && k-w.to <= 4) {
			return OutcomeWorkersFired
		}
	}
	return ""
}

// subjectCompany returns the company that does the verb at toks[k]: the
// last company the sentence names before it (not as its workers' owner),
// else the company in focus when the sentence opens with "It" or "The
// company".
func subjectCompany(in *sentInfo, toks []token, k int) string {
	for _, w := range in.workers {
		if w.to <= k && !w.sanctioned && k-w.to <= 6 && !hasVerb(toks, w.to, k, sayVerbs) {
			return "" // "employees ended their sit-in": workers, not the company
		}
	}
	name, at := "", -1
	for _, c := range in.comps {
		if !c.product && c.to <= k && !inAside(toks, in.comps, c.from, k) {
			name, at = c.name, c.to
		}
	}
	// "Google workers ..., when employee protests led their company to
	// announce it would not renew the contract": the workers' company
	for j := k - 1; j >= 1 && j >= k-8; j-- {
		if toks[j-1].lower == "their" && employerNouns[toks[j].lower] {
			for _, w := range in.workers {
				if w.to <= j-1 && len(w.names) == 1 && !w.generic {
					return w.names[0]
				}
			}
			break
		}
	}
	// "the company said it would not renew it": the nearest subject
	for j := k - 1; j >= 0 && j >= k-4 && j >= at; j-- {
		l := toks[j].lower
		if l == "it" || employerNouns[l] && j >= 1 && toks[j-1].lower == "the" {
			if in.focus != "" {
				return in.focus
			}
			break
		}
	}
	return name
}

// hedgedBefore reports whether the clause before toks[k] asks, demands or
// hedges: "asked whether Google would drop the contract".
func hedgedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		l := toks[j].lower
		if l == ";" || l == "." {
			return false
		}
		if hedges[l] {
			return true
		}
	}
	return false
}

// attachOutcome gives an outcome to the company's mention with the
// sentence's agency, or to its only mention with an agency when the
// sentence names none (for fired workers, to the mention the sentence
// supports, else its only mention).
func attachOutcome(ms []Mention, company, agency, outcome string, s sentence, fired bool) {
	var pick []int
	for j, m := range ms {
		if m.Company != company {
			continue
		}
		if agency == "" || m.Agency == agency {
			pick = append(pick, j)
		}
	}
	if fired && len(pick) > 1 {
		var own []int
		for _, j := range pick {
			for _, e := range ms[j].Evidence {
				if e.Start == s.start {
					own = append(own, j)
				}
			}
		}
		pick = own
	}
	if agency == "" {
		targets := map[string]bool{}
		for _, j := range pick {
			targets[ms[j].Agency+"|"+ms[j].Issue] = true
		}
		if len(targets) != 1 {
			return
		}
	}
	for _, j := range pick {
		m := &ms[j]
		if m.Outcome != "" && outcomeRank[m.Outcome] >= outcomeRank[outcome] {
			continue
		}
		m.Outcome = outcome
		has := false
		for _, e := range m.Evidence {
			if e.Start == s.start {
				has = true
			}
		}
		if !has {
			m.Evidence = append(m.Evidence, Evidence{Text: s.text, Start: s.start, End: s.end})
			sort.Slice(m.Evidence, func(a, b int) bool { return m.Evidence[a].Start < m.Evidence[b].Start })
		}
	}
}

// outcomeRank prefers what happened to the contract over what happened
// to the workers.
var outcomeRank = map[string]int{
	OutcomeContractDropped: 6, OutcomeContractNotRenewed: 6, OutcomeContractRenewed: 5,
	OutcomeContractKept: 4, OutcomeDemandsMet: 3, OutcomeWorkersFired: 2,
}

// letBefore reports whether "let" governs the verb at toks[k] within the
// few words of its object: "let the contract expire", "let its ICE
// contracts run out".
func letBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j].lower == "let" || toks[j].lower == "letting" {
			return true
		}
		if !toks[j].word {
			return false
		}
	}
	return false
}
