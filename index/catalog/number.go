package catalog

import (
	"math"
	"strconv"
	"strings"
)

// amount is a number as the text writes it: "more than 4,000", "two
// thousand", "a dozen", or a vague "hundreds".
type amount struct {
	value     float64 // 0 for a vague amount
	vague     bool
	qualifier string
	from, to  int // token span [from, to), qualifier included
	numFrom   int // first token of the number itself
	money     bool
	percent   bool
	compound  bool // "a 600-strong walkout": an adjective of the noun after it
}

var unitWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

var vagueWords = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "scores": true, "tens": true,
	"millions": true,
}

// compoundSuffixes make a number an adjective of what it counts: "a
// 1,500-signature petition", "a 600-strong walkout", "a 2,000-person
// company". Such a number counts only the action noun it stands before.
var compoundSuffixes = []string{"-signature", "-signatures", "-name", "-strong", "-person", "-people", "-employee", "-worker", "-member"}

// digitGroups removes the spaces between a number's digit groups
// (groupSpaces), which few numbers have: "1 240".
var (
	digitGroups = strings.NewReplacer("\u00a0", "", "\u202f", "", "\u2009", "")
	groupSpaces = "\u00a0\u202f\u2009"
)

// compound reports whether the number token is a compound adjective.
func compound(t token) bool {
	for _, suf := range compoundSuffixes {
		if strings.HasSuffix(t.lower, suf) {
			return true
		}
	}
	return false
}

// qualifiers are the hedges kept apart from a number, longest first.
var qualifiers = [][]string{
	{"a", "little", "more", "than"}, {"a", "little", "over"}, {"slightly", "more", "than"},
	{"a", "bit", "over"}, {"just", "shy", "of"}, {"in", "excess", "of"}, {"just", "more", "than"},
	{"upwards", "of"}, {"upward", "of"}, {"better", "than"}, {"well", "above"}, {"more", "than"}, {"north", "of"}, {"shy", "of"}, {"slightly", "over"}, {"fewer", "than"}, {"less", "than"}, {"at", "least"},
	{"close", "to"}, {"up", "to"}, {"as", "many", "as"}, {"as", "much", "as"}, {"just", "over"}, {"just", "under"},
	{"well", "over"}, {"an", "estimated"}, {"nearly"}, {"almost"}, {"about"}, {"roughly"},
	{"around"}, {"some"}, {"over"}, {"approximately"}, {"under"}, {"estimated"}, {"only"},
}

// parseWordNumber reads a spelled-out number at toks[i]: "forty-five",
// "three hundred", "two thousand", "a dozen", "one hundred and twenty". It
// returns the value and the token after it, or ok false.
func parseWordNumber(toks []token, i int) (v float64, next int, ok bool) {
	total, cur := 0.0, 0.0
	j := i
	seen := false
	if j < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an") && j+1 < len(toks) {
		switch toks[j+1].lower {
		case "dozen":
			return 12, j + 2, true
		case "hundred", "thousand":
			cur = 1
			j++
		default:
			return 0, i, false
		}
	} else if j+2 < len(toks) && toks[j].lower == "half" && toks[j+1].lower == "a" && toks[j+2].lower == "dozen" {
		return 6, j + 3, true
	}
	for j < len(toks) && toks[j].word {
		w := toks[j].lower
		if n, ok := unitWords[w]; ok {
			cur += float64(n)
			seen = true
		} else if n, ok := tensWords[w]; ok {
			cur += float64(n)
			seen = true
		} else if k := strings.IndexByte(w, '-'); k > 0 && tensWords[w[:k]] > 0 && unitWords[w[k+1:]] > 0 && unitWords[w[k+1:]] < 10 {
			cur += float64(tensWords[w[:k]] + unitWords[w[k+1:]])
			seen = true
		} else if w == "dozen" && (seen || cur > 0) {
			cur *= 12
			seen = true
		} else if w == "hundred" && (seen || cur > 0) {
			cur *= 100
			seen = true
		} else if s, ok := scaleWords[w]; ok && s >= 1000 && (seen || cur > 0) {
			total += cur * s
			cur = 0
			seen = true
		} else if w == "and" && seen && j+1 < len(toks) && (unitWords[toks[j+1].lower] > 0 || tensWords[toks[j+1].lower] > 0 || strings.Contains(toks[j+1].lower, "-")) && cur >= 100 {
			// "one hundred and twenty"
		} else {
			break
		}
		j++
	}
	if !seen {
		return 0, i, false
	}
	return total + cur, j, true
}

// parseDigits reads "4,000", "19.4", "650" at toks[i], with an optional
// scale word ("19.4 million"). Ordinals and mixed tokens ("48th", "3D") are
// not numbers.
func parseDigits(toks []token, i int) (v float64, next int, ok bool) {
	if i >= len(toks) || !toks[i].word {
		return 0, i, false
	}
	w := toks[i].text
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, i, false
	}
	mult := 1.0
	for _, suf := range []struct {
		s string
		m float64
	}{{"bn", 1e9}, {"m", 1e6}, {"k", 1e3}} {
		// "$1.5bn", "$479m": only straight after a digit
		if len(w) > len(suf.s) && strings.HasSuffix(strings.ToLower(w), suf.s) && w[len(w)-len(suf.s)-1] >= '0' && w[len(w)-len(suf.s)-1] <= '9' {
			w, mult = w[:len(w)-len(suf.s)], suf.m
			break
		}
	}
	w = strings.TrimSuffix(w, "-plus") // "300-plus"
	w = strings.TrimSuffix(w, "-odd")  // "some 300-odd"
	for _, suf := range compoundSuffixes {
		w = strings.TrimSuffix(w, suf) // "a 1,500-signature petition", "a 600-strong walkout"
	}
	for _, c := range w {
		if !(c >= '0' && c <= '9' || c == ',' || c == '.' || groupSpace(c)) {
			return 0, i, false
		}
	}
	if strings.ContainsAny(w, groupSpaces) {
		w = digitGroups.Replace(w) // "1 240"
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, i, false
	}
	f *= mult
	j := i + 1
	if j < len(toks) && mult == 1 {
		if s, ok := scaleWords[toks[j].lower]; ok {
			f *= s
			j++
		} else if toks[j].lower == "k" || toks[j].lower == "m" || toks[j].lower == "bn" {
			f *= map[string]float64{"k": 1e3, "m": 1e6, "bn": 1e9}[toks[j].lower]
			j++
		}
	}
	return f, j, true
}

// amountAt reads the amount whose number starts at toks[i], with the
// qualifier before it and the money or percent marks around it.
func amountAt(toks []token, i int) (amount, bool) {
	a := amount{from: i, numFrom: i}
	if i >= len(toks) {
		return a, false
	}
	if v, next, ok := parseDigits(toks, i); ok {
		a.value, a.to = v, next
		a.compound = compound(toks[i])
	} else if v, next, ok := parseWordNumber(toks, i); ok {
		a.value, a.to = v, next
	} else if vagueWords[toks[i].lower] {
		a.vague = true
		a.to = i + 1
		// "tens of thousands", "hundreds of thousands"
		if i+2 < len(toks) && toks[i+1].lower == "of" && vagueWords[toks[i+2].lower] {
			a.to = i + 3
		}
	} else {
		return a, false
	}
	if i > 0 {
		p := toks[i-1].text
		if p == "$" || p == "€" || p == "£" || p == "US$" || strings.EqualFold(p, "usd") {
			a.money = true
		}
	}
	if a.to < len(toks) {
		n := toks[a.to].lower
		if n == "%" || n == "percent" || n == "per" || n == "pc" {
			a.percent = true
		}
		if n == "dollars" || n == "usd" || n == "euros" || n == "pounds" {
			a.money = true
		}
	}
	// "300-plus", "300+": more than
	if strings.HasSuffix(toks[i].lower, "-plus") || a.to < len(toks) && toks[a.to].text == "+" && a.to == i+1 {
		a.qualifier = "more than"
		if !strings.HasSuffix(toks[i].lower, "-plus") {
			a.to++
		}
	}
	if rangeBefore(toks, i) {
		// "Somewhere between 60 and 80 employees", "60 to 80 workers": a
		// range, no exact count
		a.vague = true
	}
	if q, k := qualifierBefore(toks, i); q != "" {
		a.qualifier, a.from = q, k
		if toks[a.to-1].lower == "dozen" && a.to-i <= 3 && !a.vague && (toks[i].lower == "a" || toks[i].lower == "half") {
			// "about a dozen Google employees resigned": a hedge on a
			// round word, how reporters say they do not know how many;
			// the words stay, no exact count
			a.vague, a.value = true, 0
		}
	} else if strings.HasSuffix(toks[i].lower, "-odd") {
		a.qualifier = "about" // "300-odd": roughly
	}
	return a, true
}

// rangeBefore reports whether the number at toks[i] closes a range:
// "between 60 and 80", "60 to 80", "30 or 40" (not "from 60 to 80", a
// count that grew).
func rangeBefore(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	l := toks[i-1].lower
	if l != "and" && l != "to" && l != "or" {
		return false
	}
	start := -1
	for k := max(0, i-4); k < i-1; k++ {
		if _, next, ok := parseDigits(toks, k); ok && next == i-1 {
			start = k
			break
		}
		if _, next, ok := parseWordNumber(toks, k); ok && next == i-1 {
			start = k
			break
		}
	}
	if start < 0 {
		return false
	}
	// back over hedges: "from about 400 to 1,100", "rose from under 100"
	b := start - 1
	for b >= 0 && (rangeHedges[toks[b].lower] || qualifierWord(toks[b].lower)) {
		b--
	}
	p := ""
	if b >= 0 {
		p = toks[b].lower
	}
	if l == "and" {
		return p == "between"
	}
	return p != "from" && p != "$" && !isYear(toks[start]) && !rangeGrowth[p]
}

// rangeHedges may stand between "from" and a range's first number, besides
// the qualifier words: "from under 100", "from less than 50".
var rangeHedges = map[string]bool{"under": true, "than": true, "less": true}

// rangeGrowth are verbs before "N to M" that make it a count that grew:
// "increased 250 to 800".
var rangeGrowth = map[string]bool{
	"rose": true, "grew": true, "jumped": true, "climbed": true, "increased": true, "doubled": true, "tripled": true,
	"swelled": true, "went": true, "surged": true, "expanded": true, "risen": true, "grown": true,
}

// qualifierBefore returns the hedge that ends right before toks[i] ("more
// than", "about") and the token it starts at, or "" and i.
func qualifierBefore(toks []token, i int) (string, int) {
	for _, q := range qualifiers {
		k := i - len(q)
		if k < 0 {
			continue
		}
		ok := true
		for m, w := range q {
			if toks[k+m].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(q, " "), k
		}
	}
	return "", i
}

// countValue returns the amount as a count of people: a whole number of at
// least two, or 0 when it is not one.
func (a amount) countValue() int {
	if a.vague || a.money || a.percent || a.value < 2 || a.value > 1e7 || a.value != math.Trunc(a.value) {
		return 0
	}
	return int(a.value)
}

// isYear reports whether the token is a bare year such as "2019".
func isYear(t token) bool {
	if len(t.text) != 4 {
		return false
	}
	n, err := strconv.Atoi(t.text)
	return err == nil && n >= 1900 && n <= 2100
}
