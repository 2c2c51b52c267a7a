package catalog

import (
	"math"
	"strings"
)

// moneyAt reads a dollar amount starting at toks[i] ("$19.4 million",
// "$95,500", "$10 billion", "$1.5bn") and returns its value in whole US
// dollars, the token after it, and ok.
func moneyAt(toks []token, i int) (usd int64, next int, ok bool) {
	if i >= len(toks) || toks[i].text != "$" && toks[i].text != "US$" {
		if i+1 < len(toks) && toks[i].text == "US" && toks[i+1].text == "$" {
			i++
		} else {
			return 0, i, false
		}
	}
	// "R$95 million", "A$48 million", "C$5m": reais, Australian or
	// Canadian dollars, not US dollars
	if toks[i].text == "$" && i > 0 && toks[i-1].end == toks[i].start && toks[i-1].text != "US" && toks[i-1].word && len(toks[i-1].text) <= 3 && strings.ToUpper(toks[i-1].text) == toks[i-1].text {
		return 0, i, false
	}
	v, next, ok := parseDigits(toks, i+1)
	if !ok || v <= 0 || v > 1e13 {
		return 0, i, false
	}
	return int64(math.Round(v)), next, true
}
