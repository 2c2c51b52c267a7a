package catalog

// trigger is a word or phrase that names a collective action.
type trigger struct {
	at, end int // token span
	action  string
	noun    bool // "letter", "petition": the action as a thing
	sign    bool // "signed", "added their names": signing a document
	weak    bool // "demanded", "urged", "email": needs a worker subject close by
}

// actionPriority orders actions when one actor does several in a sentence
// ("signed a petition protesting..." is a petition).
var actionPriority = map[string]int{
	"letter": 9, "petition": 9, "walkout": 8, "sit-in": 7, "strike": 6, "resignation": 5,
	"protest": 4, "union drive": 3, "other": 1,
}

// signVerbs link a number of workers to a letter or petition as its
// signers; any other verb ("sent", "wrote", "presented") makes them its
// authors or carriers, whose number is not the letter's count.
var signVerbs = map[string]bool{
	"signed": true, "sign": true, "signing": true, "signs": true, "co-signed": true,
	"cosigned": true, "backed": true, "endorsed": true, "joined": true, "added": true,
	"put": true, "supported": true, "signed-on": true,
}

var weakVerbs = map[string]bool{
	"demanded": true, "demand": true, "demanding": true, "demands": true, "urged": true,
	"urging": true, "urge": true, "asked": true, "asking": true, "ask": true, "pressed": true,
	"pressing": true, "pushed": true, "pushing": true, "criticized": true, "criticised": true,
	"criticism": true, "objected": true, "mobilized": true, "mobilised": true, "boycott": true,
	"boycotted": true, "refused": true, "pressure": true, "opposed": true, "condemned": true,
	"denounced": true, "challenged": true,
}

// triggers finds the action words of a sentence.
func triggers(toks []token) []trigger {
	var out []trigger
	lw := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].lower
	}
	hasNoun := func(noun string) bool {
		for _, t := range toks {
			if t.lower == noun || t.lower == noun+"s" {
				return true
			}
		}
		return false
	}
	for i, t := range toks {
		if !t.word {
			continue
		}
		w := t.lower
		switch {
		case w == "letter" || w == "letters":
			if lw(i-1) == "shareholder" || lw(i-1) == "annual" || lw(i-1) == "cover" || lw(i-1) == "offer" {
				continue
			}
			if audienceAfter(toks, i+1) {
				continue
			}
			out = append(out, trigger{at: i, end: i + 1, action: "letter", noun: true})
		case w == "petition" || w == "petitions" || w == "petitioned":
			out = append(out, trigger{at: i, end: i + 1, action: "petition", noun: w != "petitioned"})
		case w == "email" || w == "e-mail" || w == "memo" || w == "emails":
			if audienceAfter(toks, i+1) {
				continue
			}
			out = append(out, trigger{at: i, end: i + 1, action: "letter", noun: true})
		case signVerbs[w] && (w == "signed" || w == "sign" || w == "signing" || w == "signs" || w == "co-signed" || w == "cosigned"):
			a := "letter"
			if hasNoun("petition") {
				a = "petition"
			}
			out = append(out, trigger{at: i, end: i + 1, action: a, sign: true})
		case (w == "added" || w == "put" || w == "putting" || w == "adding") && (lw(i+1) == "their" || lw(i+1) == "his" || lw(i+1) == "her") && (lw(i+2) == "names" || lw(i+2) == "name" || lw(i+2) == "signatures"):
			a := "letter"
			if hasNoun("petition") {
				a = "petition"
			}
			out = append(out, trigger{at: i, end: i + 3, action: a, sign: true})
		case w == "walkout" || w == "walkouts" || w == "walk-out" || w == "walk-outs":
			out = append(out, trigger{at: i, end: i + 1, action: "walkout", noun: true})
		case (w == "walk" || w == "walked" || w == "walking" || w == "walks") && (lw(i+1) == "out" || lw(i+1) == "off"):
			out = append(out, trigger{at: i, end: i + 2, action: "walkout"})
		case (w == "left" || w == "leave" || w == "leaving") && (lw(i+1) == "their" && (lw(i+2) == "desks" || lw(i+2) == "offices" || lw(i+2) == "posts") || lw(i+1) == "work" && lw(i+2) == "early"):
			out = append(out, trigger{at: i, end: i + 3, action: "walkout"})
		case w == "sit-in" || w == "sit-ins" || w == "die-in" || w == "die-ins" || (w == "sat" || w == "sit") && lw(i+1) == "in" && lw(i+2) != "on":
			out = append(out, trigger{at: i, end: i + 1, action: "sit-in", noun: w != "sat" && w != "sit"})
		case w == "strike" || w == "strikes" || w == "striking" || w == "strikers":
			if lw(i+1) == "a" || lw(i+1) == "an" || lw(i+1) == "down" || lw(i+1) == "back" {
				continue // "strike a deal", "strike down"
			}
			out = append(out, trigger{at: i, end: i + 1, action: "strike", noun: w == "strike" || w == "strikes"})
		case w == "protest" || w == "protests" || w == "protested" || w == "protesting" || w == "rally" || w == "rallied" || w == "rallies" || w == "demonstration" || w == "demonstrations" || w == "demonstrated" || w == "marched" || w == "marching" || w == "picket" || w == "picketed" || w == "vigil":
			out = append(out, trigger{at: i, end: i + 1, action: "protest", noun: lw(i-1) != "in" && lw(i-1) != "to" && w == "protest" || w == "protests" || w == "rally" || w == "rallies" || w == "demonstration" || w == "demonstrations" || w == "vigil"})
		case w == "resign" || w == "resigned" || w == "resigning" || w == "resigns" || w == "resignation" || w == "resignations" || w == "quit" || w == "quits" || w == "quitting":
			if lw(i+1) == "of" || lw(i-1) == "the" && (lw(i-2) == "for" || lw(i-2) == "demanded") {
				continue // "the resignation of the mayor"
			}
			out = append(out, trigger{at: i, end: i + 1, action: "resignation", noun: w == "resignation" || w == "resignations"})
		case (w == "left" || w == "leave" || w == "leaving") && (lw(i+1) == "the" && (lw(i+2) == "company" || lw(i+2) == "firm" || lw(i+2) == "startup") || lw(i+1) == "their" && (lw(i+2) == "jobs" || lw(i+2) == "job")):
			out = append(out, trigger{at: i, end: i + 3, action: "resignation"})
		case w == "unionize" || w == "unionise" || w == "unionized" || (w == "union" && (lw(i+1) == "drive" || lw(i-1) == "formed" || lw(i-2) == "formed")):
			out = append(out, trigger{at: i, end: i + 1, action: "union drive"})
		case (w == "wrote" || w == "written" || w == "writing") && lw(i+1) == "to":
			out = append(out, trigger{at: i, end: i + 2, action: "letter"})
		case (w == "took" || w == "take" || w == "taking") && lw(i+1) == "part" || w == "participated" || w == "join" && lw(i-1) == "to" && (lw(i-2) == "pledged" || lw(i-2) == "promised" || lw(i-2) == "vowed"):
			out = append(out, trigger{at: i, end: i + 1, action: "protest"})
		case w == "in" && lw(i+1) == "protest":
			// handled by "protest"
		case (w == "spoke" || w == "speak" || w == "speaking") && lw(i+1) == "out":
			out = append(out, trigger{at: i, end: i + 2, action: "other", weak: true})
		case (w == "called" || w == "calling") && lw(i+1) == "on":
			out = append(out, trigger{at: i, end: i + 2, action: "other", weak: true})
		case weakVerbs[w]:
			out = append(out, trigger{at: i, end: i + 1, action: "other", weak: true})
		}
	}
	// "would resign", "threatened to quit": not an action taken
	kept := out[:0]
	for _, t := range out {
		if !t.noun && (lw(t.at-1) == "would" || lw(t.at-1) == "could" || lw(t.at-1) == "might" || lw(t.at-1) == "may" || lw(t.at-1) == "to" && (lw(t.at-2) == "threatened" || lw(t.at-2) == "threatening" || lw(t.at-2) == "considering")) {
			continue
		}
		kept = append(kept, t)
	}
	return kept
}

// audienceAfter reports whether a letter or email at toks[i-1] is addressed
// to shareholders, investors or customers — a company's letter, not the
// workers'.
func audienceAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		switch toks[k].lower {
		case "shareholders", "investors", "customers", "clients", "advertisers", "partners":
			return true
		}
	}
	return false
}
