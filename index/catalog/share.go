package catalog

import (
	"math"
	"slices"
	"sort"
)

// Shares of a stated whole: "Half of the 80-person data engineering team
// at Datamar walked out", "Roughly a third of the 600-person staff at
// Kestrel Maps have signed", "one in five of the company's 2,000
// engineers". The count is worked out from the share and the whole, kept
// with the share's hedge, and used only when the action has no figure of
// its own. A bound ("more than a fifth of the 900 staff") gives none.

// fractionWords are the shares a reporter writes in words, by the last
// word of the share.
var fractionWords = map[string]float64{
	"half": 1.0 / 2, "third": 1.0 / 3, "quarter": 1.0 / 4, "fifth": 1.0 / 5, "sixth": 1.0 / 6,
	"tenth": 1.0 / 10, "thirds": 2.0 / 3, "quarters": 3.0 / 4, "fifths": 1.0 / 5,
	"one-third": 1.0 / 3, "one-quarter": 1.0 / 4, "one-fifth": 1.0 / 5, "one-half": 1.0 / 2,
	"two-thirds": 2.0 / 3, "three-quarters": 3.0 / 4, "one-tenth": 1.0 / 10,
}

// shareHeads are the nouns a share of a counted whole may end on besides
// worker nouns: "the 80-person team", "its 300-strong workforce".
var shareHeads = wordSet("team", "teams", "workforce", "department", "division", "unit", "group", "office", "studio")

// approxHedges are the hedges a worked-out count keeps; any other hedge
// before a share makes it a bound, no count.
var approxHedges = wordSet("about", "roughly", "nearly", "almost", "around", "some", "approximately", "close to", "an estimated", "estimated", "just under", "just over")

// shareBefore reads the share that ends just before toks[end] ("half",
// "roughly a third", "two-thirds", "one in five", "40 percent") and returns
// its value, where it starts and its hedge.
func shareBefore(toks []token, end int) (frac float64, from int, hedge string, ok bool) {
	k := end - 1
	if k < 0 || !toks[k].word {
		return 0, 0, "", false
	}
	l := toks[k].lower
	switch {
	case l == "percent" || l == "%":
		a, found := amount{}, false
		for s := k - 1; s >= 0 && s >= k-2; s-- {
			if b, good := amountAt(toks, s); good && b.to == k+1 && b.percent {
				a, found = b, true
				break
			}
		}
		if !found || a.value <= 0 || a.value >= 100 {
			return 0, 0, "", false
		}
		frac, from = a.value/100, a.numFrom
	case k >= 2 && toks[k-1].lower == "in" && (l == "five" || l == "four" || l == "three" || l == "ten" || l == "six" || l == "5" || l == "4" || l == "3" || l == "10" || l == "6"):
		// "one in five"
		if toks[k-2].lower != "one" && toks[k-2].text != "1" {
			return 0, 0, "", false
		}
		d := map[string]float64{"five": 5, "four": 4, "three": 3, "ten": 10, "six": 6, "5": 5, "4": 4, "3": 3, "10": 10, "6": 6}[l]
		frac, from = 1/d, k-2
	case fractionWords[l] > 0:
		frac, from = fractionWords[l], k
		if k >= 1 {
			switch p := toks[k-1].lower; {
			case p == "a" || p == "one" || p == "an":
				from = k - 1
			case (p == "two" || p == "three") && (l == "thirds" || l == "quarters" || l == "fifths"):
				from = k - 1
				if p == "two" && l == "fifths" {
					frac = 2.0 / 5
				} else if p == "three" && l == "fifths" {
					frac = 3.0 / 5
				}
			case l == "thirds" || l == "quarters" || l == "fifths":
				return 0, 0, "", false // "the two thirds" without its count
			case l != "half" && l != "one-third" && l != "one-quarter" && l != "one-fifth" && l != "one-half" && l != "two-thirds" && l != "three-quarters" && l != "one-tenth":
				return 0, 0, "", false // "the third", "every fifth"
			}
		}
	default:
		return 0, 0, "", false
	}
	if q, s := qualifierBefore(toks, from); q != "" {
		hedge, from = q, s
	}
	return frac, from, hedge, true
}

// shareCount works out the count a share of a stated whole gives for the
// phrase whose head is toks[h]: "Half of the 80-person data engineering
// team", "one in five of the company's 2,000 engineers". It returns the
// amount (spanning the share and the whole) and the first token of the
// phrase.
func shareCount(toks []token, h int) (amount, bool) {
	// the whole: a count right before the head and its modifiers, plain
	// ("its roughly 1,000 employees") or compound ("the 80-person team")
	k := h - 1
	for k >= 0 && h-k <= 4 && toks[k].word && !toks[k].poss {
		if a, ok := wholeAt(toks, k); ok {
			return shareOfWhole(toks, a)
		}
		k--
	}
	return amount{}, false
}

// wholeAt reads the stated whole that ends at toks[k]: "80-person",
// "2,000", "roughly 1,000".
func wholeAt(toks []token, k int) (amount, bool) {
	for s := k; s >= 0 && s >= k-3; s-- {
		a, ok := amountAt(toks, s)
		if !ok || a.to != k+1 || a.vague || a.money || a.percent || a.countValue() == 0 {
			continue
		}
		if a.compound && !personCompound(toks[k].lower) {
			return amount{}, false
		}
		if !a.compound && a.numFrom+1 == a.to && isYear(toks[a.numFrom]) {
			return amount{}, false // "half of Sencor Micro's 2019 workforce"
		}
		return a, true
	}
	return amount{}, false
}

// personCompound reports whether a compound number counts people: "80-person",
// "300-strong", "96-member".
func personCompound(w string) bool {
	for _, suf := range []string{"-person", "-strong", "-member", "-people", "-employee", "-engineer"} {
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// shareOfWhole reads "SHARE of (the|its|their|X's) WHOLE" before the whole a.
func shareOfWhole(toks []token, a amount) (amount, bool) {
	j := a.from - 1
	if j >= 0 && (toks[j].lower == "current" || toks[j].lower == "total" || toks[j].lower == "entire") {
		j--
	}
	// the owner: "the", "its", "their", "Datamar's", "the company's"
	switch {
	case j >= 0 && (toks[j].lower == "the" || toks[j].lower == "its" || toks[j].lower == "their" || toks[j].lower == "our"):
		j--
	case j >= 0 && toks[j].poss:
		for j--; j >= 0 && toks[j].word && (isCapitalized(toks[j]) || toks[j].lower == "the") && !toks[j].poss; j-- {
		}
	default:
		return amount{}, false
	}
	if j < 1 || toks[j].lower != "of" {
		return amount{}, false
	}
	frac, from, hedge, ok := shareBefore(toks, j)
	if !ok {
		return amount{}, false
	}
	exact := a.value * frac
	v := math.Round(exact)
	if hedge == "" && math.Abs(exact-v) > 0.01 {
		hedge = "about" // "two-thirds of its 1,000 employees": about 667
	}
	if v < 2 || hedge != "" && !approxHedges[hedge] {
		// "more than a fifth of the 900 staff": a bound, and the whole
		// is no count either
		return amount{from: from, to: a.to, numFrom: from}, true
	}
	return amount{value: v, qualifier: hedge, from: from, to: a.to, numFrom: from}, true
}

// shareRefs gives the worker phrases that are a share of a stated whole
// their worked-out count, and adds the phrases whose head is a team or a
// workforce rather than a worker noun: "Half of the 80-person data
// engineering team at Datamar".
func shareRefs(toks []token, comps []companyRef, out []workerRef) []workerRef {
	covered := map[int]bool{}
	for k := range out {
		w := &out[k]
		for j := w.from; j < w.to; j++ {
			covered[j] = true
		}
		if w.other || w.generic {
			continue
		}
		a, ok := shareCount(toks, w.head)
		if !ok || w.hasCount && !w.workforce && w.count.to != a.to {
			continue
		}
		if w.to+1 < len(toks) && (toks[w.to].lower == "who" || toks[w.to].lower == "that") && actedAfter(toks, w.to+1) {
			continue // "half of the 300 Google employees who signed the letter are engineers": the 300 did
		}
		if a.value == 0 || sanctionedAt(toks, a.from, w.to) {
			// a bound, or a share laid off: the whole is no count
			if w.hasCount {
				w.workforce = true
			}
			continue
		}
		w.count, w.hasCount, w.workforce, w.share = a, true, false, !nowAfter(toks, w.to)
		w.from = min(w.from, a.from)
		if b, end, ok := shareRestated(toks, w.to); ok {
			// "one in five of Corvid's 3,000 employees, some 640 people,":
			// the figure the text gives, not the one worked out
			w.count, w.share, w.to = b, false, end
		}
	}
	for i := range toks {
		if covered[i] || !shareHeads[toks[i].lower] {
			continue
		}
		a, ok := shareCount(toks, i)
		if !ok || a.value == 0 || sanctionedAt(toks, a.from, i+1) {
			continue
		}
		if a.from >= 1 && toks[a.from-1].text == "," && slices.ContainsFunc(out, func(w workerRef) bool { return w.hasCount && w.to == a.from-1 }) {
			continue // "more than 300 employees, about a quarter of Kestrel's 1,250-person workforce": the count, restated
		}
		w := workerRef{head: i, from: a.from, to: i + 1, count: a, hasCount: true, share: true}
		for _, c := range comps {
			owner := c.poss && c.to <= a.to && c.from >= a.from
			at := c.from == i+2 && (toks[i+1].lower == "at" || toks[i+1].lower == "of")
			if !c.product && (owner || at) {
				w.names, w.inGaz = []string{c.name}, []bool{c.inGaz}
				if at {
					w.to = c.to
				}
				break
			}
		}
		w.pronoun = len(w.names) == 0
		out = append(out, w)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].from < out[b].from })
	// "Half of its 80 engineers and a third of its 300 salespeople signed":
	// shares joined together add up to no figure the text gives
	for k := range out {
		if w := &out[k]; w.share && (shareJoined(toks, w.to) || shareJoinedBefore(toks, w.from)) {
			w.count, w.hasCount, w.share = amount{}, false, false
		}
	}
	return out
}

// shareRestated returns the count an apposition right after a share gives
// it, and where the apposition ends: ", some 640 people,".
func shareRestated(toks []token, at int) (amount, int, bool) {
	if at+2 >= len(toks) || toks[at].text != "," {
		return amount{}, 0, false
	}
	for s := at + 1; s <= at+2 && s < len(toks); s++ {
		a, ok := amountAt(toks, s)
		if !ok || a.money || a.percent || a.vague || a.countValue() == 0 || a.to >= len(toks) {
			continue
		}
		if n := toks[a.to].lower; n == "people" || workerNouns[n] {
			return a, a.to + 1, true
		}
	}
	return amount{}, 0, false
}

// shareJoined reports whether another share follows toks[k] after "and":
// "half of its 80 engineers and a third of its 300 salespeople".
func shareJoined(toks []token, k int) bool {
	if k >= len(toks) || toks[k].lower != "and" && toks[k].text != "," {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if fractionWords[toks[j].lower] > 0 || toks[j].lower == "percent" || toks[j].text == "%" {
			return j+1 < len(toks) && toks[j+1].lower == "of"
		}
	}
	return false
}

// shareJoinedBefore reports whether another share ends just before the one
// opening at toks[from], joined by "and".
func shareJoinedBefore(toks []token, from int) bool {
	if from < 2 || toks[from-1].lower != "and" {
		return false
	}
	for j := from - 2; j >= 0 && j >= from-8; j-- {
		if toks[j].lower == "of" && j > 0 && (fractionWords[toks[j-1].lower] > 0 || toks[j-1].lower == "percent") {
			return true
		}
	}
	return false
}

// nowAfter reports whether the verb after a phrase is told as of now:
// "one in five of the company's 2,000 engineers have now signed" is the
// tally as it stands, not a rough share beside it.
func nowAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		if toks[j].lower == "now" {
			return true
		}
		if toks[j].lower != "have" && toks[j].lower != "has" {
			return false
		}
	}
	return false
}

// actedAfter reports whether a relative clause opening at toks[k] tells
// the action: "who signed the letter", "who walked out", "who had signed".
func actedAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+2; j++ {
		l := toks[j].lower
		if signVerbs[l] || l == "walked" || l == "took" || l == "joined" || l == "quit" || l == "resigned" || l == "struck" || l == "protested" || l == "marched" {
			return true
		}
		if l != "had" && l != "have" && l != "has" && l != "all" {
			return false
		}
	}
	return false
}
