package catalog

import "strings"

// trigger is a word or phrase that names a collective action.
type trigger struct {
	at, end int // token span
	action  string
	noun    bool // "letter", "petition": the action as a thing
	sign    bool // "signed", "added their names": signing a document
	weak    bool // "demanded", "urged", "email": needs a worker subject close by
	// close marks a verb whose worker subject must stand close before it,
	// with no one else's saying or doing between: "engineers refused to
	// build", not "engineers said the company refused to build".
	close bool
	// disrupt marks a protest told as the disruption of an event:
	// "interrupted the company's 50th anniversary celebration".
	disrupt bool
	// docless marks signing in a sentence that names no letter or
	// petition ("It has been signed by 1,500 employees"): what was signed
	// is the document the text told just before.
	docless bool
	// again marks an action of a kind told as one more of it: "a second
	// walkout", "another letter" ("second", "third", "another"); "" for
	// none.
	again string
}

// inProtest reports whether the clause after toks[from] says the act was
// done in protest: "in protest", "to protest its contract", "to oppose";
// not "but they did not protest".
func inProtest(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k <= from+30; k++ {
		if toks[k].text == "." || toks[k].text == ";" {
			return false
		}
		if (toks[k].lower == "in" || toks[k].lower == "to") && (toks[k+1].lower == "protest" || toks[k+1].lower == "oppose" && toks[k].lower == "to") {
			return true
		}
	}
	return false
}

// notProtestLetter words before "letter" make it a letter of another
// kind: "a resignation letter", "a termination letter".
var notProtestLetter = wordSet("resignation", "resignations", "recommendation", "termination", "rejection", "acceptance", "cease-and-desist", "warning", "dismissal")

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
	"cosigned": true, "backed": true, "backing": true, "endorsed": true, "joined": true, "added": true,
	"put": true, "supported": true, "signed-on": true,
	// headlines' present tense: "More than 100 Microsoft workers now back letter"
	"back": true, "backs": true, "endorse": true, "endorses": true, "support": true, "supports": true,
}

var weakVerbs = map[string]bool{
	"demanded": true, "demand": true, "demanding": true, "demands": true, "urged": true,
	"urging": true, "urge": true, "asked": true, "asking": true, "ask": true, "pressed": true,
	"pressing": true, "pushed": true, "pushing": true, "criticized": true, "criticised": true,
	"criticism": true, "objected": true, "mobilized": true, "mobilised": true, "boycott": true,
	"boycotted": true, "refused": true, "pressure": true, "opposed": true, "condemned": true,
	"denounced": true, "challenged": true, "pressuring": true, "pressured": true, "pressures": true,
	"lobbying": true, "lobbied": true, "campaigning": true, "campaigned": true, "urges": true,
	"agitating": true, "agitated": true, "pushback": true,
}

// pressureVerbs press the company over time; a number of workers doing so
// right before the verb ("a group of 30 employees is lobbying") is its
// count.
var pressureVerbs = map[string]bool{
	"pressing": true, "pressed": true, "pushing": true, "pushed": true, "pressuring": true,
	"pressured": true, "lobbying": true, "lobbied": true, "campaigning": true, "campaigned": true,
	"mobilized": true, "mobilised": true, "agitating": true,
}

// placeNouns are what workers occupy in a sit-in: "occupied the office of
// the chief executive", "camped in the lobby".
var placeNouns = map[string]bool{
	"office": true, "offices": true, "lobby": true, "lobbies": true, "building": true,
	"buildings": true, "headquarters": true, "hq": true, "floor": true, "room": true, "rooms": true,
	"space": true, "campus": true, "cafeteria": true, "atrium": true, "plaza": true, "suite": true,
	"foyer": true, "hall": true, "auditorium": true, "premises": true, "workspace": true,
	"store": true, "stage": true, "kitchen": true, "corridor": true, "hallway": true,
	"canteen": true, "canteens": true, "courtyard": true, "reception": true, "cafeterias": true,
}

// refusedWork are what workers refuse to do in protest: "refused to work
// on", "refused to build".
var refusedWork = map[string]bool{
	"work": true, "build": true, "help": true, "develop": true, "write": true, "code": true,
	"participate": true, "continue": true, "design": true, "support": true, "contribute": true,
	"finish": true, "complete": true, "implement": true, "ship": true, "deploy": true, "train": true,
	"maintain": true, "cooperate": true, "assist": true, "take": true,
}

// purposeVerbs say what a group of workers formed to do: "formed an
// organization to protest", "founded a caucus to speak out against".
// true marks an open protest, false pressure of another kind.
var purposeVerbs = map[string]bool{
	"protest": true, "oppose": true, "fight": true, "resist": true, "challenge": true, "speak": true,
	"denounce": true, "condemn": true, "boycott": true,
	"press": false, "pressure": false, "push": false, "lobby": false, "demand": false,
	"campaign": false, "stop": false, "end": false, "advocate": false, "change": false,
}

// formVerbs found a group: "formed", "founded", "launched".
var formVerbs = map[string]bool{
	"formed": true, "form": true, "forming": true, "founded": true, "found": false, "created": true,
	"launched": true, "started": true, "organized": true, "organised": true, "established": true,
	"set": true, "built": true,
}

// signsHeld reports whether the words after toks[i] tell of signs or
// placards held, as protesters do: "holding signs", "with placards".
func signsHeld(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+20; k++ {
		switch toks[k].lower {
		case "signs", "placards", "banners", "chanting", "chanted":
			return true
		}
	}
	return false
}

// signedDoc returns what a signing at toks[i] signed: the letter or
// petition right after the verb ("signed a letter ..., a week after an
// outside petition"), else a petition when the sentence names one.
func signedDoc(toks []token, i int, petition bool) string {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch toks[k].lower {
		case "letter", "letters":
			return "letter"
		case "petition", "petitions":
			return "petition"
		}
		if !toks[k].word {
			break
		}
	}
	if petition {
		return "petition"
	}
	return "letter"
}

// leftWorkTo reports whether "leave work" at toks[k-2] is told as a
// protest: "plan to leave work at 11 a.m. to protest a contract", not
// "left work at the company in 2019".
func leftWorkTo(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+6; j++ {
		switch toks[j].lower {
		case "protest", "a.m.", "p.m.", "noon", "am", "pm":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// habitAfter may follow a bare plural "signed letters" that tells a
// habit rather than a document: "who once signed letters openly".
var habitAfter = wordSet("openly", "publicly", "anymore", "freely")

// reluctance before "to" makes the action one not taken: "now hesitate to
// put their names on anything".
var reluctance = wordSet("hesitate", "hesitated", "hesitant", "reluctant", "afraid", "unwilling", "wary", "scared", "fear")

// rarelySaid reports whether a plural action noun at t is said to be rare
// or common, a kind of action and no event: "protests by software staff
// against their employer's clients remain rare", "walkouts are unusual".
func rarelySaid(toks []token, t trigger) bool {
	if t.end == 0 || !strings.HasSuffix(toks[t.end-1].lower, "s") {
		return false
	}
	for k := t.end; k+1 < len(toks) && k <= t.end+12; k++ {
		if !toks[k].word && toks[k].text != "'" && toks[k].text != "’" {
			return false
		}
		switch toks[k].lower {
		case "remain", "remains", "are", "were", "is", "been", "become", "became":
			j := k + 1
			if j < len(toks) && (toks[j].lower == "still" || toks[j].lower == "very" || toks[j].lower == "increasingly" || toks[j].lower == "relatively" || toks[j].lower == "extremely") {
				j++
			}
			if j < len(toks) {
				switch toks[j].lower {
				case "rare", "uncommon", "unusual", "unheard", "scarce", "common", "commonplace", "routine":
					return true
				}
			}
			return false
		}
	}
	return false
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
		case (w == "set" && lw(i+1) == "up" || w == "pitched") && nounWithin(toks, i+1, 4, campNouns):
			// "About 50 employees set up a protest encampment on a plaza",
			// "pitched tents outside the headquarters"
			out = append(out, trigger{at: i, end: i + 2, action: "sit-in"})
		case w == "struck" && i > 0 && (workerNouns[lw(i-1)] || isCapitalized(toks[i-1]) && !functionWords[lw(i-1)]) && struckWhen[lw(i+1)]:
			// "about 140 developers at Quillfeather Games struck in March
			// over mandatory overtime"; not "struck a deal", "struck by"
			out = append(out, trigger{at: i, end: i + 1, action: "strike"})
		case ((w == "put" || w == "laid" || w == "lay") && lw(i+1) == "down" && (lw(i+2) == "their" || lw(i+2) == "its") && lw(i+3) == "tools" ||
			w == "downed" && lw(i+1) == "tools") && lw(i-1) != "to":
			// "put down their tools", "downed tools": stopped work
			end := i + 4
			if w == "downed" {
				end = i + 2
			}
			out = append(out, trigger{at: i, end: end, action: "strike"})
		case (w == "put" || w == "puts" || w == "putting") && inWriting(toks, i+1):
			// "a group of employees has put their objections in writing"
			out = append(out, trigger{at: i, end: i + 1, action: "letter", close: true})
		case w == "list" && lw(i+1) == "of" && lw(i+2) == "demands":
			out = append(out, trigger{at: i, end: i + 3, action: "letter", noun: true})
		case w == "letter" || w == "letters" || w == "manifesto" || w == "manifestos" || w == "essay" || w == "op-ed":
			if lw(i-1) == "shareholder" || lw(i-1) == "annual" || lw(i-1) == "cover" || lw(i-1) == "offer" || notProtestLetter[lw(i-1)] {
				continue // "a joint resignation letter" is the resignation's
			}
			if audienceAfter(toks, i+1) || lw(i+1) == "to" && lw(i+2) == "the" && lw(i+3) == "editor" && (i == 0 || !toks[i-1].word || toks[i].text != toks[i].lower) {
				continue // "Letters to the editor", a page's link: readers' mail; not "wrote a letter to the editor"
			}
			out = append(out, trigger{at: i, end: i + 1, action: "letter", noun: true})
		case (w == "letter-writing" || w == "petition-writing") && (lw(i+1) == "campaign" || lw(i+1) == "drive" || lw(i+1) == "effort"):
			// "took part in a letter-writing campaign on climate"
			out = append(out, trigger{at: i, end: i + 2, action: strings.TrimSuffix(w, "-writing"), noun: true})
		case w == "petition" || w == "petitions" || w == "petitioned" || w == "petitioning":
			out = append(out, trigger{at: i, end: i + 1, action: "petition", noun: w == "petition" || w == "petitions"})
		case (w == "note" || w == "notes") && (lw(i-1) == "a" || lw(i-1) == "own" || lw(i-1) == "internal" || lw(i-1) == "joint" || lw(i-1) == "signed" || lw(i-1) == "open") && lw(i+1) != "that" && lw(i+1) != "of":
			// "sent their own note to managers"
			if audienceAfter(toks, i+1) {
				continue
			}
			out = append(out, trigger{at: i, end: i + 1, action: "letter", noun: true})
		case w == "email" || w == "e-mail" || w == "memo" || w == "emails":
			if audienceAfter(toks, i+1) || lw(i+1) == "this" && (lw(i+2) == "story" || lw(i+2) == "article" || lw(i+2) == "page") {
				continue // "E-mail this story": a page's tool
			}
			out = append(out, trigger{at: i, end: i + 1, action: "letter", noun: true})
		case (w == "sign" || w == "signs") && signNoun(toks, i):
			// "holding signs that read...", "a sign reading": placards
		case (signVerbs[w] || w == "signs") && signsAgreement(toks, i):
			// "signed its first union contract", "signed a $10 billion deal"
		case (w == "signed" || w == "sign" || w == "signing" || w == "signs") && (lw(i+1) == "off" || lw(i+1) == "up" || lw(i+1) == "out" ||
			lw(i+1) == "in" && (lw(i+2) == "at" || lw(i+2) == "to" || lw(i+2) == "with" || lw(i+2) == "using" || lw(i+2) == "as" || i+2 >= len(toks) || !toks[i+2].word)):
			// "signed in at the starting point": a register, no document
			// "had signed off for the day", "signed up for the beta"
		case (w == "endorsed" || w == "backed") && lw(i+1) == "by" && (lw(i-1) == "been" || lw(i-1) == "was" || lw(i-1) == "is" || lw(i-1) == "being") && docSubject(toks, i):
			// "it had been endorsed by more than 90 workers at Google"
			a := signedDoc(toks, i, hasNoun("petition"))
			out = append(out, trigger{at: i, end: i + 1, action: a, sign: true, docless: !hasNoun("petition") && !hasNoun("letter")})
		case (w == "endorsed" || w == "backed" || w == "signed") && lw(i+1) == "by" && openingParticiple(toks, i):
			// "Initially backed by about 200 staff, it had gathered 260
			// signatures": the document the main clause speaks of
			a := signedDoc(toks, i, hasNoun("petition"))
			out = append(out, trigger{at: i, end: i + 1, action: a, sign: true, docless: !hasNoun("petition") && !hasNoun("letter")})
		case w == "endorsed" && lw(i+1) == "it" && (lw(i-1) == "had" || lw(i-1) == "have" || lw(i-1) == "has" || lw(i-1) == "already"):
			// "more than 90 people at Google had endorsed it": the document
			// the sentence before told, signed
			a := signedDoc(toks, i, hasNoun("petition"))
			out = append(out, trigger{at: i, end: i + 2, action: a, sign: true, docless: !hasNoun("petition") && !hasNoun("letter")})
		case (w == "signed" || w == "sign" || w == "signing") && unionCards(toks, i+1):
			// "250 workers had signed cards seeking union representation"
			out = append(out, trigger{at: i, end: i + 1, action: "union drive"})
		case (w == "signed" || w == "sign" || w == "signing") && pledgeToAct(toks, i+1):
			// "900-plus employees who had signed a pledge promising to take
			// part": a pledge to join an action, no letter
		case (w == "signed" || w == "sign" || w == "signing") && (lw(i+1) == "letters" || lw(i+1) == "petitions" || lw(i+1) == "openly" && (lw(i+2) == "letters" || lw(i+2) == "petitions") || lw(i+1) == "letters" && lw(i+2) == "openly"):
			// "colleagues who once signed letters openly now hesitate": a
			// habit, no one document
		case signVerbs[w] && (w == "signed" || w == "sign" || w == "signing" || w == "signs" || w == "co-signed" || w == "cosigned"):
			a := signedDoc(toks, i, hasNoun("petition"))
			out = append(out, trigger{at: i, end: i + 1, action: a, sign: true, docless: !hasNoun("petition") && !hasNoun("letter")})
		case (w == "added" || w == "put" || w == "putting" || w == "adding") && (lw(i+1) == "their" || lw(i+1) == "his" || lw(i+1) == "her") && (lw(i+2) == "names" || lw(i+2) == "name" || lw(i+2) == "signatures"):
			a := signedDoc(toks, i, hasNoun("petition"))
			out = append(out, trigger{at: i, end: i + 3, action: a, sign: true, docless: !hasNoun("petition") && !hasNoun("letter")})
		case (w == "added" || w == "adding") && lw(i+1) == "theirs":
			// "The letter carried 52 names ... more than 100 employees had added theirs"
			a := signedDoc(toks, i, hasNoun("petition"))
			out = append(out, trigger{at: i, end: i + 2, action: a, sign: true, docless: !hasNoun("petition") && !hasNoun("letter")})
		case w == "walkout" || w == "walkouts" || w == "walk-out" || w == "walk-outs":
			out = append(out, trigger{at: i, end: i + 1, action: "walkout", noun: true})
		case (w == "logged" || w == "log" || w == "logging" || w == "logs") && lw(i+1) == "off" && (hasNoun("walkout") || inProtest(toks, i+2)):
			// "logged off on Monday in a virtual walkout", "logged off at
			// 2pm for an hour in protest at the company's decision"
			out = append(out, trigger{at: i, end: i + 2, action: "walkout"})
		case (w == "filed" || w == "streamed" || w == "poured" || w == "trooped") && lw(i+1) == "out" && lw(i+2) == "of" && placeWithin(toks, i+3, 6) && (hasNoun("walkout") || hasNoun("protest") || hasNoun("strike") || hasNoun("demonstration")):
			// "filed out of the company's European headquarters"
			out = append(out, trigger{at: i, end: i + 2, action: "walkout", close: true})
		case (w == "walk" || w == "walked" || w == "walking" || w == "walks") && (lw(i+1) == "out" || lw(i+1) == "off"):
			if lw(i+1) == "out" && lw(i+2) == "the" && lw(i+3) == "door" && !hasVerb(toks, 0, len(toks), protestWords) && !aimAfter(toks, i+4) {
				break // "one engineer walking out the door will change nothing": leaving, not a walkout
			}
			out = append(out, trigger{at: i, end: i + 2, action: "walkout"})
		case w == "last" && lw(i-1) == "my" && lw(i+1) == "day" && (lw(i-2) == "is" || lw(i-2) == "was") && lw(i+2) != "off" && lw(i+2) != "of" && lw(i+2) != "before" && !hasVerb(toks, 0, len(toks), awayWords):
			// "Today is my last day doing it": the writer's leaving
			out = append(out, trigger{at: i - 1, end: i + 2, action: "resignation", close: true})
		case (w == "left" || w == "leave" || w == "leaving") && ((lw(i+1) == "their" || lw(i+1) == "our") && (lw(i+2) == "desks" || lw(i+2) == "offices" || lw(i+2) == "posts") || lw(i+1) == "work" && lw(i+2) == "early" || lw(i+1) == "work" && leftWorkTo(toks, i+2)):
			out = append(out, trigger{at: i, end: i + 3, action: "walkout"})
		case (w == "left" || w == "leave" || w == "leaving") && lw(i+1) == "the" && i+2 < len(toks) && toks[i+2].poss && employerNouns[strings.TrimSuffix(lw(i+2), "'s")] && placeWithin(toks, i+3, 3) && !toldToLeave[lw(i-1)] && inProtest(toks, i+3):
			// "left the company's Austin campus and gathered on the lawn":
			// a walkout, not leaving the company
			out = append(out, trigger{at: i, end: i + 3, action: "walkout", close: true})
		case (w == "stepped" || w == "walked" || w == "got") && (lw(i+1) == "away" || lw(i+1) == "up") && lw(i+2) == "from" && (lw(i+3) == "their" || lw(i+3) == "our") && (lw(i+4) == "desks" || lw(i+4) == "keyboards" || lw(i+4) == "laptops") && lw(i-1) != "to":
			// "stepped away from their desks for an hour"
			out = append(out, trigger{at: i, end: i + 5, action: "walkout"})
		case (w == "left" || w == "leave" || w == "leaving") && (lw(i+1) == "the" || lw(i+1) == "their") && (lw(i+2) == "office" || lw(i+2) == "offices" || lw(i+2) == "building" || lw(i+2) == "buildings" || lw(i+2) == "campus") && !toldToLeave[lw(i-1)] && !(lw(i-1) == "to" && (orderedTo[lw(i-2)] || orderedTo[lw(i-3)])):
			// "left the office and marched to the rally"; not "must
			// leave the building", "refused to leave the offices"
			out = append(out, trigger{at: i, end: i + 3, action: "walkout", close: true})
		case (w == "left" || w == "leave" || w == "leaving") && lw(i+1) == "work" && (lw(i+2) == "for" || lw(i+2) == "over" || lw(i+2) == "at" && (i+3 >= len(toks) || !isCapitalized(toks[i+3])) || lw(i+2) == "on" || lw(i+2) == "to" || lw(i+2) == "in" || lw(i+2) == "together" || lw(i+2) == "after" && walkoutTold(toks)):
			// "left work for an hour", "left work over the contract",
			// "left work at 11 a.m. to protest";
			// not "left work at Oracle in 2019"
			out = append(out, trigger{at: i, end: i + 2, action: "walkout", close: true})
		case (w == "downed" || w == "down" || w == "downing") && lw(i+1) == "tools",
			(w == "stopped" || w == "stop" || w == "stopping") && lw(i+1) == "work" && lw(i-1) != "to" && lw(i-1) != "would":
			out = append(out, trigger{at: i, end: i + 2, action: "strike", close: true})
		case w == "sit-in" || w == "sit-ins" || w == "die-in" || w == "die-ins" || (w == "sat" || w == "sit") && lw(i+1) == "in" && lw(i+2) != "on":
			out = append(out, trigger{at: i, end: i + 1, action: "sit-in", noun: w != "sat" && w != "sit"})
		case (w == "sat" || w == "sit" || w == "sitting") && lw(i+1) == "down" && (lw(i+2) == "in" || lw(i+2) == "inside" || lw(i+2) == "outside" || lw(i+2) == "at" || lw(i+2) == "on") && placeWithin(toks, i+3, 5):
			// "sat down in the main lobby of the company's headquarters"
			out = append(out, trigger{at: i, end: i + 2, action: "sit-in", close: true})
		case (w == "sat" || w == "sitting") && lw(i+1) == "on" && lw(i+2) == "the" && placeWithin(toks, i+3, 3) && sitDemand(toks, i+3):
			// "sat on the lobby floor of the company's headquarters,
			// refusing to go back to their desks until executives agreed"
			out = append(out, trigger{at: i, end: i + 2, action: "sit-in", close: true})
		case (w == "refused" || w == "refusing" || w == "declined") && lw(i+1) == "to" && lw(i+2) == "leave" && enteredPlace(toks, i):
			// "walked into the conference room next to the chief
			// executive's office and refused to leave"
			out = append(out, trigger{at: i, end: i + 3, action: "sit-in", close: true})
		case w == "encampment" || w == "encampments" || w == "occupation" && lw(i+1) == "of" && placeWithin(toks, i+2, 5):
			out = append(out, trigger{at: i, end: i + 1, action: "sit-in", noun: true})
		case (w == "occupied" || w == "occupying" || w == "occupy" || w == "occupies") && placeWithin(toks, i+1, 7) && !tenantOf(toks, i),
			(w == "camped" || w == "camping") && (lw(i+1) == "out" || lw(i+1) == "in" || lw(i+1) == "inside" || lw(i+1) == "outside" || lw(i+1) == "at" || lw(i+1) == "on"),
			(w == "barricaded" || w == "locked" || w == "chained") && (lw(i+1) == "themselves" || lw(i+1) == "them"):
			out = append(out, trigger{at: i, end: i + 1, action: "sit-in", close: true})
		case (w == "refused" || w == "refusing" || w == "refuse" || w == "refuses" || w == "declined" || w == "declining") && lw(i+1) == "to" && refusedWork[lw(i+2)] && !askedOfCompany(toks, i):
			out = append(out, trigger{at: i, end: i + 3, action: "other", close: true})
		case w == "not" && (lw(i-1) == "will" || lw(i-1) == "would") && lw(i-2) == "they" && refusedWork[lw(i+1)] && saidToBefore(toks, i-2):
			// "have told the company they will not work on a project to
			// connect license-plate readers": a refusal, said to the company
			out = append(out, trigger{at: i - 1, end: i + 2, action: "other"})
		case formVerbs[w] && formedToProtest(toks, i) != "":
			out = append(out, trigger{at: i, end: i + 1, action: formedToProtest(toks, i), close: true})
		case w == "strike" || w == "strikes" || w == "striking" || w == "strikers":
			if lw(i+1) == "a" || lw(i+1) == "an" || lw(i+1) == "down" || lw(i+1) == "back" {
				continue // "strike a deal", "strike down"
			}
			if weaponStrike[lw(i-1)] {
				continue // "a military drone strike on a gathering": an attack
			}
			if w == "striking" && (lw(i-1) == "a" || lw(i-1) == "an" || lw(i-1) == "most" || lw(i-1) == "more" || lw(i-1) == "very" || lw(i-1) == "so" || lw(i-1) == "particularly" || lw(i-1) == "as" || lw(i-1) == "quite" || lw(i-1) == "is" || lw(i-1) == "was") {
				continue // "a striking share": the adjective
			}
			out = append(out, trigger{at: i, end: i + 1, action: "strike", noun: w == "strike" || w == "strikes"})
		case (w == "stayed" || w == "stay" || w == "stays" || w == "staying") && lw(i+1) == "off" && (lw(i+2) == "work" || lw(i+2) == "the" && lw(i+3) == "job") && hasVerb(toks, 0, len(toks), strikeTalk):
			// "stayed off the job for 24 hours": a strike
			out = append(out, trigger{at: i, end: i + 2, action: "strike", close: true})
		case w == "stop-work" && (lw(i+1) == "meeting" || lw(i+1) == "meetings" || lw(i+1) == "action"):
			// "held a stop-work meeting", Australian usage for a strike
			out = append(out, trigger{at: i, end: i + 2, action: "strike", noun: true})
		case (w == "stoppage" || w == "stoppages") && (lw(i-1) == "work" || durationWord(lw(i-1)) || lw(i-1) == "their" || lw(i-1) == "our" || i > 0 && toks[i-1].poss && (months[lw(i-1)] != 0 || weekdays[lw(i-1)] != 0 || lw(i-1) == "last")) || w == "sickout" || w == "sickouts" || w == "sick-out" || w == "sick-outs":
			out = append(out, trigger{at: i, end: i + 1, action: "strike", noun: true})
		case w == "protest" || w == "protests" || w == "protested" || w == "protesting" || w == "rally" || w == "rallied" || w == "rallies" || w == "demonstration" || w == "demonstrations" || w == "demonstrated" || w == "marched" || w == "marching" || w == "picket" || w == "picketed" || w == "vigil":
			out = append(out, trigger{at: i, end: i + 1, action: "protest", noun: lw(i-1) != "in" && lw(i-1) != "to" && w == "protest" || w == "protests" || w == "rally" || w == "rallies" || w == "demonstration" || w == "demonstrations" || w == "vigil"})
		case (w == "stood" || w == "stand" || w == "standing") && lw(i+1) == "up" && (lw(i+2) == "during" || lw(i+2) == "at" || lw(i+2) == "in") && nounWithin(toks, i+3, 5, eventNouns) && standingProtest(toks, i+3):
			// "five employees stood up during a company town hall wearing
			// shirts that challenged the company's Azure contracts"
			out = append(out, trigger{at: i, end: i + 2, action: "protest", close: true, disrupt: true})
		case disruptVerbs[w] && w != "confronted" && nounWithin(toks, i+1, 6, eventNouns) && !outsidersJustBefore(toks, i) && !notRankAndFile[lw(i-1)] && lw(i-1) != "executive" && lw(i-1) != "executives":
			// "A software engineer at Microsoft interrupted chief executive
			// Satya Nadella's keynote": a protest
			out = append(out, trigger{at: i, end: i + 1, action: "protest", close: true, disrupt: true})
		case (w == "gathered" || w == "assembled" || w == "stood") && lw(i+1) == "outside" && signsHeld(toks, i):
			// "About 45 employees gathered outside Northlake's office,
			// holding signs that read ...": a protest
			out = append(out, trigger{at: i, end: i + 2, action: "protest", close: true})
		case w == "resign" || w == "resigned" || w == "resigning" || w == "resigns" || w == "resignation" || w == "resignations" || w == "quit" || w == "quits" || w == "quitting":
			if lw(i+1) == "of" || lw(i-1) == "the" && (lw(i-2) == "for" || lw(i-2) == "demanded") {
				continue // "the resignation of the mayor"
			}
			out = append(out, trigger{at: i, end: i + 1, action: "resignation", noun: w == "resignation" || w == "resignations"})
		case (w == "leaving" || w == "quitting") && (lw(i-1) == "i'm" || lw(i-1) == "i’m" || lw(i-1) == "am" && lw(i-2) == "i") && i+1 < len(toks) &&
			(leftWhat[lw(i+1)] || lw(i+1) == "the" && (lw(i+2) == "company" || lw(i+2) == "firm")):
			// "I'm leaving anyway", "I'm leaving the company": the writer
			// resigns (not "I'm leaving Twitter", a user)
			out = append(out, trigger{at: i, end: i + 1, action: "resignation"})
		case (w == "handed" || w == "hand" || w == "handing") && lw(i+1) == "in" && (lw(i+2) == "her" || lw(i+2) == "his" || lw(i+2) == "their" || lw(i+2) == "my" || lw(i+2) == "our") && (lw(i+3) == "notice" || lw(i+3) == "notices" || lw(i+3) == "resignation" || lw(i+3) == "resignations"):
			// "handed in her notice rather than be moved on to the project"
			out = append(out, trigger{at: i, end: i + 4, action: "resignation"})
		case (w == "left" || w == "leave" || w == "leaving") && (lw(i+1) == "the" && (lw(i+2) == "company" || lw(i+2) == "firm" || lw(i+2) == "startup") && !toks[i+2].poss || lw(i+1) == "their" && (lw(i+2) == "jobs" || lw(i+2) == "job")):
			out = append(out, trigger{at: i, end: i + 3, action: "resignation"})
		case w == "unionized" && (workerNouns[lw(i+1)] || workerNouns[lw(i+2)] && toks[i+1].word):
			// "the first strike by unionized software workers": workers in
			// a union already, no drive
		case w == "unionize" || w == "unionise" || w == "unionized" || (w == "union" && (lw(i+1) == "drive" || lw(i-1) == "formed" || lw(i-2) == "formed")):
			out = append(out, trigger{at: i, end: i + 1, action: "union drive"})
		case (w == "wrote" || w == "written" || w == "writing") && lw(i+1) == "to":
			out = append(out, trigger{at: i, end: i + 2, action: "letter"})
		case ((w == "took" || w == "take" || w == "taking" || w == "taken" || w == "takes") && lw(i+1) == "part" || w == "participated") && !partInWork(toks, i) || w == "join" && lw(i-1) == "to" && (lw(i-2) == "pledged" || lw(i-2) == "promised" || lw(i-2) == "vowed"):
			out = append(out, trigger{at: i, end: i + 1, action: "protest"})
		case w == "in" && lw(i+1) == "protest":
			// handled by "protest"
		case (w == "spoke" || w == "speak" || w == "speaking") && lw(i+1) == "out":
			out = append(out, trigger{at: i, end: i + 2, action: "other", weak: true})
		case (w == "called" || w == "calling" || w == "call" || w == "calls") && (lw(i+1) == "on" || lw(i+1) == "for"):
			out = append(out, trigger{at: i, end: i + 2, action: "other", weak: true})
		case weakVerbs[w] && !demandsNoun(toks, i):
			out = append(out, trigger{at: i, end: i + 1, action: "other", weak: true})
		}
	}
	// "would resign", "threatened to quit": not an action taken
	kept := out[:0]
	for _, t := range out {
		if !t.noun && (lw(t.at-1) == "not" || lw(t.at-1) == "never" || lw(t.at-1) == "n't" || lw(t.at-1) == "didn't" || lw(t.at-1) == "didn’t") {
			continue // "Employees at Pinnacle's other studios did not stop work"
		}
		if t.noun && (lw(t.at) == "letters" || lw(t.at) == "petitions") && (lw(t.at-1) == "signed" || lw(t.at-1) == "sign" || lw(t.at-1) == "signing") && (habitAfter[lw(t.at+1)] || lw(t.at-2) == "once" || lw(t.at-2) == "to" && lw(t.at-3) == "used") {
			continue // "colleagues who once signed letters openly": a habit, no one document
		}
		if !t.noun && askedAbout(toks, t) {
			continue // "how many employees signed and what they were protesting": a question, no action
		}
		if !t.noun && askedWhether(toks, t.at) {
			continue // "readers asked whether Orbitline's employees had been protesting": a question
		}
		if t.noun && t.at >= 2 && lw(t.at-2) == "like" && (lw(t.at-1) == "a" || lw(t.at-1) == "an") {
			continue // "we collected signatures on it like a petition": a likeness
		}
		if !t.noun && lw(t.at-1) == "would" && announcedFor(toks, t) {
			kept = append(kept, t) // "said Tuesday that they would walk off the job on Wednesday"
			continue
		}
		if !t.noun && (lw(t.at-1) == "would" || lw(t.at-1) == "could" || lw(t.at-1) == "might" || lw(t.at-1) == "may" || lw(t.at-1) == "to" && (lw(t.at-2) == "threatened" || lw(t.at-2) == "threatening" || lw(t.at-2) == "considering" || reluctance[lw(t.at-2)])) {
			continue
		}
		if !t.noun && t.action == "protest" && strings.HasSuffix(toks[t.at].lower, "ing") && t.at >= 2 && (lw(t.at-1) == "letter" || lw(t.at-1) == "petition") {
			continue // "the letter protesting her exit": the letter's aim, no protest of its own
		}
		if t.noun && deniedNoun(toks, t.at) {
			continue // "had not received any complaints or petitions from its own staff": none
		}
		if !t.noun && t.action == "walkout" && inStrike(toks, t.end) {
			t.action = "strike" // "walked off the job this morning in a one-day strike"
		}
		if t.noun && notWithStaff(toks, t.end) {
			continue // "the protest was not coordinated with Palantir staff": outsiders'
		}
		if noneOfStaff(toks, t.at) {
			continue // "None of the company's employees were known to have taken part in the protest"
		}
		if t.noun && rarelySaid(toks, t) {
			continue // "public protests by software staff ... remain rare": no event
		}
		if t.noun {
			t.again = againBefore(toks, t.at)
		} else {
			// "signed a second letter"
			for k := t.end; k < len(toks) && k <= t.end+3; k++ {
				if l := toks[k].lower; l == "letter" || l == "petition" || l == "walkout" || l == "protest" {
					t.again = againBefore(toks, k)
					break
				}
			}
		}
		kept = append(kept, t)
	}
	// "walked off the job Tuesday in a one-day strike": the noun after
	// "in a" names the action the verb did
	for k := range kept {
		t := &kept[k]
		if t.noun || t.action != "walkout" {
			continue
		}
		for _, n := range kept {
			if n.noun && n.action == "strike" && n.at > t.end && n.at-t.end <= 6 && inANoun(toks, t.end, n.at) {
				t.action = "strike"
			}
		}
	}
	return kept
}

// strikeKinds say what kind of strike: "a wildcat strike".
var strikeKinds = wordSet("wildcat", "brief", "daylong", "symbolic", "coordinated", "surprise", "rolling", "general", "virtual", "partial", "sympathy", "solidarity", "warning", "token", "short",
	"planned", "unannounced", "spontaneous", "nationwide", "global", "rare", "first")

// inANoun reports whether toks[from:at] lead to the action noun at toks[at]
// as "in a [one-day] ...", with nothing but a time or adjectives between.
func inANoun(toks []token, from, at int) bool {
	for k := from; k+1 < at; k++ {
		if toks[k].lower == "in" && (toks[k+1].lower == "a" || toks[k+1].lower == "an") {
			// only what says how long or what kind: "one-day",
			// "24-hour", "wildcat"; not "a nod to the writers' strike"
			for j := k + 2; j < at; j++ {
				if !toks[j].word || !strings.Contains(toks[j].lower, "-") && !strikeKinds[toks[j].lower] {
					return false
				}
			}
			return true
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// campNouns are what protesters camp in: "an encampment", "tents".
var campNouns = wordSet("encampment", "encampments", "tents", "tent", "camp")

// struckWhen may follow "struck" used of a strike: "struck in March",
// "struck over pay", "struck for 19 days".
var struckWhen = wordSet("in", "over", "for", "on", "last", "this", "against", "after", "from", "again", "twice", ".", ",")

// saidToBefore reports whether the words just before toks[at] tell someone
// something: "have told the company they ...", "told managers that they".
func saidToBefore(toks []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-5; k-- {
		switch toks[k].lower {
		case "told", "informed", "notified", "wrote", "warned":
			// to those above them: "told the company", "told managers"
			for j := k + 1; j < at; j++ {
				switch toks[j].lower {
				case "company", "managers", "management", "executives", "leadership", "bosses", "board", "supervisors", "employer":
					return notHours(toks, at+5)
				}
			}
			return false
		}
		if !toks[k].word {
			return false
		}
	}
	return false
}

// notHours reports whether what workers will not work on, at toks[k], is
// a piece of work, not their hours: not "would not work on weekends".
func notHours(toks []token, k int) bool { return k < len(toks) && !hoursWords[toks[k].lower] }

// hoursWords are times of work, not pieces of it.
var hoursWords = wordSet("weekends", "weekend", "holidays", "saturdays", "sundays", "nights", "overtime", "christmas")

// askedWhether reports whether the verb at toks[at] is the question of an
// asking verb's "whether" or "if" clause: "readers asked whether
// Orbitline's employees had been protesting", "wondered if staff would
// walk out".
func askedWhether(toks []token, at int) bool {
	for k := at - 1; k >= 1 && k >= at-8; k-- {
		if !toks[k].word && toks[k].text != "’" && toks[k].text != "'" {
			return false
		}
		if toks[k].lower == "whether" || toks[k].lower == "if" {
			return questionVerbs[toks[k-1].lower]
		}
	}
	return false
}

// questionVerbs ask a question: "asked whether", "wondered if".
var questionVerbs = wordSet("asked", "ask", "asking", "asks", "wondered", "wonder", "wondering", "questioned", "unclear", "unknown", "know", "knew", "say", "said", "confirm", "confirmed")

// askedAbout reports whether a verb trigger is asked about, not told:
// "how many employees signed", "what they were protesting".
func askedAbout(toks []token, t trigger) bool {
	// a headline's question, not "would not say how many employees
	// walked out": the "how" opens the sentence or follows a comma
	question := func(how int) bool {
		return how == 0 || !toks[how-1].word && toks[how-1].text != "'" && toks[how-1].text != "’"
	}
	for k := t.at - 1; k >= 1 && k >= t.at-4; k-- {
		if toks[k-1].lower == "how" && (toks[k].lower == "many" || toks[k].lower == "much") {
			return question(k - 1)
		}
		if !toks[k].word {
			break
		}
	}
	// "how many employees signed and what they were protesting": the
	// verb's object is the "what" of the same question
	if t.end < len(toks) && toks[t.end].word && toks[t.end].lower != "and" {
		return false
	}
	for k := t.at - 1; k >= 1 && k >= t.at-3; k-- {
		if toks[k].lower == "what" && toks[k-1].lower == "and" {
			for j := k - 2; j >= 1; j-- {
				if toks[j-1].lower == "how" && toks[j].lower == "many" {
					return question(j - 1)
				}
			}
		}
	}
	return false
}

// againBefore returns the word that tells the action noun at toks[at] as
// one more of its kind, "a second, longer walkout", "another petition":
// "second", "third" or "another"; "" for none.
func againBefore(toks []token, at int) string {
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		switch l := toks[k].lower; l {
		case "second", "third", "fourth":
			return l
		case "another":
			return "second"
		case ",", "longer", "larger", "bigger", "new", "fresh", "follow-up", "separate", "one-day", "all-day":
			continue
		}
		return ""
	}
	return ""
}

// announcedFor reports whether an action after "would" is one announced
// for a day: "said that they would walk off the job on Wednesday", not
// "said they would resign if ...".
func announcedFor(toks []token, t trigger) bool {
	said := false
	for k := t.at - 2; k >= 0 && k >= t.at-8; k-- {
		switch toks[k].lower {
		case "said", "announced", "say", "says", "planned", "vowed":
			said = true
		}
	}
	if !said {
		return false
	}
	for k := t.end; k < len(toks) && k <= t.end+5; k++ {
		l := toks[k].lower
		if l == "if" || l == "unless" {
			return false
		}
		if weekdays[l] != 0 || l == "sunday" || l == "tomorrow" || months[l] != 0 && isCapitalized(toks[k]) {
			return true
		}
	}
	return false
}

// unionCards reports whether what is signed at toks[i:] is union cards:
// "signed cards seeking union representation", "signed union cards".
func unionCards(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		switch toks[k].lower {
		case "cards":
			return true
		case "card":
			// "a union card", "an authorization card", not "a birthday card"
			return k > 0 && (toks[k-1].lower == "union" || toks[k-1].lower == "authorization" || toks[k-1].lower == "authorisation") ||
				k+1 < len(toks) && (toks[k+1].lower == "seeking" || toks[k+1].lower == "for")
		case "letter", "petition", "a", "an", "the":
			if toks[k].lower == "letter" || toks[k].lower == "petition" {
				return false
			}
		}
	}
	return false
}

// pledgeToAct reports whether what is signed at toks[i:] is a pledge to
// join an action: "signed a pledge last week promising to take part".
func pledgeToAct(toks []token, i int) bool {
	k := i
	if k < len(toks) && (toks[k].lower == "a" || toks[k].lower == "the") {
		k++
	}
	if k >= len(toks) || toks[k].lower != "pledge" && toks[k].lower != "pledges" {
		return false
	}
	for j := k + 1; j+1 < len(toks) && j <= k+8; j++ {
		l, n := toks[j].lower, toks[j+1].lower
		if l == "take" && n == "part" || l == "walk" && n == "out" || l == "to" && (n == "join" || n == "strike" || n == "participate" || n == "attend") {
			return true
		}
	}
	return false
}

// docSubject reports whether what "was backed by" at toks[i] is a
// document: "The letter ... had been endorsed by", "it had been backed
// by" (of a document told before), not "The walkout was backed by".
func docSubject(toks []token, i int) bool {
	reach := i - 8
	for k := i - 1; k >= 0 && k >= reach; k-- {
		if toks[k].text == "," && k+1 < i && (toks[k+1].lower == "was" || toks[k+1].lower == "had" || toks[k+1].lower == "has" || toks[k+1].lower == "is") {
			// "The letter, which appeared Tuesday in a newspaper, was
			// endorsed by": past the aside to what it is about
			for j := k - 1; j >= 1 && j >= k-14; j-- {
				if toks[j].text == "," {
					if toks[j+1].lower == "which" || toks[j+1].lower == "first" {
						k, reach = j, j-3
					}
					break // the aside opens at the nearest comma
				}
			}
		}
		switch toks[k].lower {
		case "letter", "letters", "petition", "petitions", "statement", "pledge":
			return true
		case "walkout", "strike", "protest", "decision", "bid", "proposal", "plan", "resolution", "union", "drive", "move":
			return false
		case "it":
			return true
		}
	}
	return false
}

// openingParticiple reports whether the participle at toks[i] opens its
// sentence, alone or after a time adverb, and the clause after its comma
// has a document for subject: "Initially backed by about 200 staff, it
// had gathered 260 signatures", "Signed by 90 engineers, the letter asks".
func openingParticiple(toks []token, i int) bool {
	k := afterLead(toks)
	switch lw := toks[k].lower; {
	case k == i:
	case k+1 == i && (lw == "initially" || lw == "originally" || lw == "first" || lw == "already" || lw == "now"):
	default:
		return false
	}
	for j := i + 1; j+1 < len(toks) && j < i+12; j++ {
		if toks[j].text != "," {
			continue
		}
		n := toks[j+1].lower
		if n == "it" {
			return true
		}
		if (n == "the" || n == "their" || n == "its") && j+2 < len(toks) {
			switch toks[j+2].lower {
			case "letter", "petition", "statement":
				return true
			}
		}
		return false
	}
	return false
}

// inWriting reports whether "in writing" closes, within a few words and
// no punctuation, what a "put" at toks[i-1] puts.
func inWriting(toks []token, i int) bool {
	for k := i; k+1 < len(toks) && k < i+8; k++ {
		if !toks[k].word {
			return false
		}
		if toks[k].lower == "in" && toks[k+1].lower == "writing" {
			return k > i
		}
	}
	return false
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

// signNoun reports whether "sign" or "signs" at toks[i] is a placard, not
// signing: "holding signs that read", "a sign reading", "signs of". As a
// verb it takes a document, "on" or a pronoun after it.
func signNoun(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	switch toks[i+1].lower {
	case "a", "an", "the", "their", "his", "her", "its", "our", "it", "this", "on", "onto", "up",
		"letter", "letters", "petition", "petitions", "pledge", "pledges", "open", "off":
	default:
		return true
	}
	if i > 0 {
		switch toks[i-1].lower {
		case "a", "the", "their", "his", "her", "its", "our", "with", "holding", "held", "hold",
			"carrying", "carried", "carry", "waving", "waved", "wave", "raised", "raising", "made",
			"making", "hoisted", "bearing", "bore", "protest", "handmade", "homemade", "cardboard",
			"painted", "no", "any", "some", "many":
			return true
		}
	}
	return false
}

// sitDemand reports whether, within the clause after a sitting at
// toks[from], the sitters refuse or demand: "sat on the lobby floor ...,
// refusing to go back to their desks until executives agreed". Not "sat
// on the floor of the cafeteria to watch the livestream, which addressed
// the protest".
func sitDemand(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+16; k++ {
		switch toks[k].lower {
		case "which", "who", "that", "watch", "eat", "listen", "drink":
			return false
		case "refusing", "refused", "until", "protest", "protesting", "demanding":
			return true
		}
	}
	return false
}

// enteredPlace reports whether the clause before toks[i] tells of workers,
// more than one, going into a place: "fourteen engineers walked into the
// conference room", "they entered the lobby"; not "an engineer walked
// into her manager's office".
func enteredPlace(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		switch toks[k].lower {
		case ".", ";", "who", "which":
			return false
		case "into", "entered", "occupied":
			if !placeWithin(toks, k+1, 8) {
				return false
			}
			for j := k - 1; j >= 0 && j >= k-10; j-- {
				l := toks[j].lower
				if l == "they" || l == "group" || l == "staff" || l == "dozens" || l == "hundreds" || workerNouns[l] && strings.HasSuffix(l, "s") && l != "boss" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// protestWords make walking out the door a walkout; awayWords make a
// last day no leaving: "my last day before a three-month parental leave".
var (
	protestWords = wordSet("protest", "protesting", "protested")
	awayWords    = wordSet("leave", "vacation", "holiday", "sabbatical", "break", "back")
)

// placeWithin reports whether a place noun stands within n tokens from
// toks[i], before any punctuation: "occupied the office of".
func placeWithin(toks []token, i, n int) bool { return nounWithin(toks, i, n, placeNouns) }

// nounWithin reports whether one of nouns comes within n words from
// toks[from], no punctuation between: "interrupted chief executive Satya
// Nadella's keynote".
func nounWithin(toks []token, from, n int, nouns map[string]bool) bool {
	for k := from; k < len(toks) && k < from+n; k++ {
		if !toks[k].word {
			return false
		}
		if nouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// formedToProtest returns the action of a group formed to act, "protest"
// or "other", or "" when the verb at toks[i] founds no such group:
// "formed an organization, Speak Up!, to protest the company's...",
// "founded a caucus to speak out against".
func formedToProtest(toks []token, i int) string {
	if toks[i].lower == "set" && (i+1 >= len(toks) || toks[i+1].lower != "up") {
		return ""
	}
	for k := i + 1; k+1 < len(toks) && k <= i+12; k++ {
		l := toks[k].lower
		if l == "." || l == ";" || l == "which" || l == "that" || l == "who" {
			return ""
		}
		if l != "to" {
			continue
		}
		open, ok := purposeVerbs[toks[k+1].lower]
		if !ok {
			continue
		}
		if toks[k+1].lower == "speak" && (k+2 >= len(toks) || toks[k+2].lower != "out" && toks[k+2].lower != "up") {
			return ""
		}
		if open {
			return "protest"
		}
		return "other"
	}
	return ""
}

// agreementNouns are what a company or a union signs that is not a
// letter or petition.
var agreementNouns = map[string]bool{
	"contract": true, "contracts": true, "agreement": true, "agreements": true, "deal": true,
	"deals": true, "nda": true, "ndas": true, "non-disclosure": true, "lease": true, "bill": true,
	"law": true, "order": true, "waiver": true, "waivers": true, "memorandum": true,
	"partnership": true, "treaty": true, "settlement": true, "accord": true, "mou": true,
}

// signsAgreement reports whether the signing verb at toks[i] takes a
// contract or deal as its object rather than a letter: the first noun-like
// word after it decides.
func signsAgreement(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		l := toks[k].lower
		switch {
		case agreementNouns[l]:
			return true
		case l == "letter" || l == "letters" || l == "petition" || l == "petitions" || l == "pledge" || l == "pledges" || l == "by" || l == "on" || !toks[k].word && l != "$":
			return false
		}
	}
	return false
}

// tenantOf reports whether "occupies" at toks[i] tells where a company is
// housed: "a software company that occupies four floors of the building".
func tenantOf(toks []token, i int) bool {
	if i >= 2 && (toks[i-1].lower == "that" || toks[i-1].lower == "which") && employerNouns[toks[i-2].lower] {
		return true
	}
	return false
}

// eventNouns are gatherings a protest can interrupt.
var eventNouns = wordSet("keynote", "keynotes", "speech", "talk", "conference", "presentation", "meeting", "town", "livestream", "panel", "celebration", "ceremony", "summit", "event", "launch", "all-hands")

// standingProtest reports whether the words after standing up at an event
// tell of a protest: "wearing shirts that challenged", "holding signs",
// "and were escorted out"; not standing up to speak or to applaud.
func standingProtest(toks []token, from int) bool { return hasVerb(toks, from, from+25, standingSigns) }

var standingSigns = wordSet("shirts", "t-shirts", "signs", "banners", "banner", "placards", "chanting", "chanted", "shouting", "shouted",
	"escorted", "removed", "challenged", "challenging", "protest", "protesting", "objecting")

// outsidersJustBefore reports whether people who are not the workers act
// right before toks[i]: "as outside activists heckled".
func outsidersJustBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "activists", "protesters", "protestors", "demonstrators", "campaigners", "students", "hecklers":
			return true
		}
	}
	return false
}

// weaponStrike words before "strike" make it an attack: "drone strikes",
// "an air strike".
var weaponStrike = wordSet("drone", "air", "missile", "military", "rocket", "nuclear", "artillery", "precision", "retaliatory", "preemptive", "pre-emptive")

// askedOfCompany reports whether the refusal at toks[i] is what workers
// ask of their company, not one of their own: "asks the company to power
// its data centers with clean energy ... and to refuse to build AI for
// surveillance".
func askedOfCompany(toks []token, i int) bool {
	if i < 3 || toks[i-1].lower != "to" {
		return false
	}
	for k := i - 2; k >= 0; k-- {
		switch toks[k].lower {
		case "vowed", "vow", "vows", "pledged", "pledge", "pledges", "promised", "threatened", "decided", "voted", "agreed", "plan", "planned":
			return false // "engineers who had urged Nadella to drop the deal vowed to refuse to work on it"
		case "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "press", "presses", "pressed", "pressing":
		case "call", "calls", "called", "calling":
			if k+1 < len(toks) && (toks[k+1].lower == "on" || toks[k+1].lower == "upon") {
				k++
				break
			}
			continue
		default:
			continue
		}
		if k+1 >= len(toks) {
			return false
		}
		switch o := toks[k+1]; o.lower {
		case "it", "management", "leadership", "executives", "bosses":
			return true
		case "the", "its", "their":
			return k+2 < len(toks) && employerWords[toks[k+2].lower]
		default:
			return o.word && o.text[0] >= 'A' && o.text[0] <= 'Z'
		}
	}
	return false
}

// employerWords name the company or its leaders as the one asked.
var employerWords = map[string]bool{
	"company": true, "companies": true, "firm": true, "employer": true, "management": true,
	"leadership": true, "executives": true, "board": true, "ceo": true, "chief": true,
}

// partInWork reports whether what is taken part in, after toks[i], is
// work and no protest: "a start-up taking part in a government project".
func partInWork(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+7; k++ {
		if !toks[k].word {
			return false
		}
		switch toks[k].lower {
		case "against", "over", "protesting", "opposing", "to", "with":
			return false // "participated in actions against the Army contract"
		}
		if partWork[toks[k].lower] {
			return true
		}
	}
	return false
}

// partWork are undertakings a company takes part in.
var partWork = wordSet("project", "projects", "programme", "program", "pilot", "trial", "trials", "tender", "bid",
	"consortium", "scheme", "contract", "study", "initiative", "competition", "conference", "survey", "review", "exercise",
	// events of office life: "took part in the hackathon", "in a training session"
	"hackathon", "hackathons", "training", "session", "sessions", "workshop", "workshops", "volunteer", "drill",
	"meeting", "party", "celebration", "fundraiser", "marathon", "race", "tournament", "webinar", "retreat", "offsite",
	"town", "all-hands", "q&a")

// leftWhat may follow "I'm leaving" said of a job: "I'm leaving anyway".
var leftWhat = wordSet("anyway", "today", "now", ",", ".", "because", "—")

// toldToLeave stand before a "leave" that is told or refused, not done:
// "must leave the building".
var toldToLeave = wordSet("must", "should", "would", "not", "never")

// orderedTo before "to leave" tell someone to go, or refusing to: "asked
// them to leave the building", "refused to leave the offices"; not
// "planning to leave the office at 11 a.m.".
var orderedTo = wordSet("asked", "told", "ordered", "forced", "refused", "instructed", "made", "directed")

// demandsNoun reports whether "demands" at toks[i] is the noun of someone's
// demands, not the verb: "reads the group's demands aloud".
func demandsNoun(toks []token, i int) bool {
	if toks[i].lower != "demands" || i == 0 {
		return false
	}
	p := toks[i-1]
	return p.poss || p.lower == "the" || p.lower == "their" || p.lower == "its" || p.lower == "our" || p.lower == "these" || p.lower == "those" || p.lower == "her" || p.lower == "his"
}

// walkoutTold reports whether a sentence calls what it tells a walkout:
// "last month's walkout at Wayfair, where hundreds of employees left work
// after ..." is no day's end.
func walkoutTold(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "walkout", "walkouts", "walk-out", "walk-outs":
			return true
		}
	}
	return false
}

// strikeTalk are the words that make staying off work an action: "stayed
// off the job ... in what they described as the first strike".
var strikeTalk = wordSet("strike", "strikes", "walkout", "protest", "protesting", "dispute", "demands", "demanding", "against")

// deniedNoun reports whether the action noun at toks[at] is one the
// sentence says there was none of: "had not received any complaints or
// petitions", "no letters or walkouts"; not "no surprise the petition",
// "no other letter", "no arrests at the sit-in".
func deniedNoun(toks []token, at int) bool {
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		switch toks[k].lower {
		case "no":
			return k+1 == at || toks[k+1].lower != "other" && toks[k+1].lower != "one"
		case "any":
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if l := toks[j].lower; l == "not" || l == "never" || l == "without" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") {
					return true
				}
			}
			return false
		case "or", "and", ",":
			continue
		}
		// only the other things denied stand between: "complaints or"
		if !toks[k].word || toks[k].text != toks[k].lower || functionWords[toks[k].lower] || determiners[toks[k].lower] {
			return false
		}
	}
	return false
}

// inStrike reports whether the words after a walkout say it was a
// strike: "walked off the job this morning in a one-day strike".
func inStrike(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k <= from+6; k++ {
		if !toks[k].word {
			return false
		}
		if toks[k].lower == "in" && (toks[k+1].lower == "a" || toks[k+1].lower == "an") {
			for j := k + 2; j < len(toks) && j <= k+4 && toks[j].word; j++ {
				if toks[j].lower == "strike" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// staffHandVerbs say who had a hand in an action: "was not coordinated
// with Palantir staff", "was not organized by employees".
var staffHandVerbs = wordSet("coordinated", "organized", "organised", "led", "joined", "backed", "supported", "endorsed", "called", "started", "planned")

// notWithStaff reports whether toks[at:] deny that workers had a hand in
// the action named just before: "the protest was not coordinated with
// Palantir staff", "was not organized by employees".
func notWithStaff(toks []token, at int) bool {
	k := at
	if k < len(toks) && (toks[k].lower == "was" || toks[k].lower == "were" || toks[k].lower == "is" || toks[k].lower == "are") {
		k++
	} else {
		return false
	}
	if k+2 >= len(toks) || toks[k].lower != "not" || !staffHandVerbs[toks[k+1].lower] || toks[k+2].lower != "with" && toks[k+2].lower != "by" {
		return false
	}
	for j := k + 3; j < len(toks) && j < k+7 && toks[j].word; j++ {
		if toks[j].lower == "alone" || toks[j].lower == "only" {
			return false // "was not signed by employees alone"
		}
		if workerNouns[toks[j].lower] {
			return !notRankAndFile[toks[j].lower] && !(j+1 < len(toks) && (toks[j+1].lower == "alone" || toks[j+1].lower == "only"))
		}
	}
	return false
}

// noneActs are the acts "none of the employees" can deny; noneHelpers
// the words that may stand between: "none of the company's employees were
// known to have taken part".
var (
	noneActs    = wordSet("taken", "took", "take", "joined", "join", "participated", "signed", "sign", "walked")
	noneHelpers = wordSet("were", "was", "had", "have", "has", "been", "known", "to", "reported", "believed", "said", "thought", "seen", "ever", "actually", "directly", "also")
)

// noneDenied reports whether, after workers ending at toks[at] whom
// "none of" opens, only helpers stand before an act of taking part:
// "None of Amazon's employees joined the rally", "none of the company's
// employees were known to have taken part".
func noneDenied(toks []token, at int) bool { return noneActAt(toks, at) >= 0 }

// noneActAt returns where the act of taking part stands after toks[at],
// with only helpers before it, or -1.
func noneActAt(toks []token, at int) int {
	for k := at; k < len(toks); k++ {
		if noneActs[toks[k].lower] {
			return k
		}
		if !noneHelpers[toks[k].lower] {
			return -1
		}
	}
	return -1
}

// noneOfStaff reports whether a clause opens by saying none of some
// workers did the action at toks[at]: "None of the company's employees
// were known to have taken part in the protest". Not an action in a
// relative clause of theirs: "None of the 40 employees who signed the
// letter were fired".
func noneOfStaff(toks []token, at int) bool {
	for n := 0; n+2 < at; n++ {
		if toks[n].lower != "none" && toks[n].lower != "neither" || toks[n+1].lower != "of" {
			continue
		}
		// at a clause's start: "..., and none of the company's employees"
		if n > 0 && toks[n-1].text != "," && toks[n-1].text != ";" && toks[n-1].lower != "and" && toks[n-1].lower != "but" {
			continue
		}
		for h := n + 2; h < at && h <= n+7; h++ {
			if c := toks[h].text[0]; c >= '0' && c <= '9' {
				return false // "None of the 300 employees involved in the walkout were disciplined"
			}
			if workerNouns[toks[h].lower] {
				if notRankAndFile[toks[h].lower] {
					return false
				}
				// only the verb's helpers between: "were known to have
				// taken part", not "interviewed for this story signed"
				return noneActAt(toks, h+1) == at
			}
		}
	}
	return false
}

// durationWord reports whether a word gives how long an action lasted:
// "one-day", "two-hour", "24-hour".
func durationWord(l string) bool {
	for _, u := range []string{"-day", "-hour", "-minute", "-week"} {
		if strings.HasSuffix(l, u) {
			return true
		}
	}
	return false
}
