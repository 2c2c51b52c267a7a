package catalog

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of the main text with its byte offsets and its
// tokens. para numbers the paragraph (blank-line separated) it sits in.
type sentence struct {
	start, end int
	text       string
	para       int
	toks       []token
	// aim marks a record's target cell, whose words name the aim
	// itself: a bare "Brayford police" there needs no context to be one
	aim bool
}

// token is a word or a punctuation mark. A word's possessive ending ("'s",
// "s'") is cut off and recorded in poss.
type token struct {
	text       string
	lower      string
	start, end int // byte offsets in the document
	word       bool
	poss       bool
}

// maxSentence is the longest sentence, in bytes, read as one.
const maxSentence = 2000

// noBreakAbbrev are abbreviations after which a period does not end a
// sentence even before a capital letter.
var noBreakAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "st": true, "sgt": true, "capt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"v": true, "u.s": true, "u.k": true, "u.n": true, "calif": true, "wash": true, "mass": true,
	"ore": true, "conn": true, "fla": true, "ill": true, "mich": true, "minn": true, "penn": true,
	"va": true, "md": true, "colo": true, "ariz": true, "tenn": true, "n.y": true, "d.c": true,
	"e.g": true, "i.e": true, "approx": true, "est": true, "ft": true, "mt": true,
}

// splitSentences cuts text into sentences. Boundaries are blank lines and
// line breaks, and a period, question or exclamation mark (with any closing
// quotes) followed by space and a capital letter, digit or opening quote,
// unless the period ends a known abbreviation or an initial.
func splitSentences(text string) []sentence {
	var out []sentence
	para := 0
	start := 0
	emit := func(s, e int) {
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		// An unpunctuated run is cut into pieces so that the rules, some
		// of which compare every pair of phrases in a sentence, stay fast.
		for e-s > maxSentence {
			cut := strings.LastIndexByte(text[s:s+maxSentence], ' ')
			if cut <= 0 {
				cut = maxSentence
				for cut > 0 && !utf8.RuneStart(text[s+cut]) {
					cut--
				}
				if cut == 0 {
					cut = maxSentence
				}
			}
			out = append(out, sentence{start: s, end: s + cut, text: text[s : s+cut], para: para})
			s += cut
			for s < e && (text[s] == ' ') {
				s++
			}
		}
		if e > s {
			out = append(out, sentence{start: s, end: e, text: text[s:e], para: para})
		}
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(start, i)
			j := i + 1
			blank := false
			for j < len(text) {
				c := text[j]
				if c == '\n' {
					blank = true
				} else if c != ' ' && c != '\t' && c != '\r' {
					break
				}
				j++
			}
			if blank {
				para++
			}
			start = j
			i = j
			continue
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + n
			for j < len(text) {
				q, qn := utf8.DecodeRuneInString(text[j:])
				if q == '"' || q == '\'' || q == '”' || q == '’' || q == ')' || q == ']' || q == '.' || q == '!' || q == '?' {
					j += qn
					continue
				}
				break
			}
			if j < len(text) {
				q, _ := utf8.DecodeRuneInString(text[j:])
				if q == ' ' || q == '\t' || q == '\u00a0' {
					k := j
					for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
						k++
					}
					if strings.HasPrefix(text[k:], "\u00a0") {
						k += len("\u00a0")
					}
					if k < len(text) && startsSentence(text[k:]) && !(r == '.' && abbrevBefore(text[start:i])) && !(r == '.' && clockBefore(text[start:i]) && clockGoesOn(text[k:])) {
						emit(start, j)
						start = k
						i = k
						continue
					}
				}
			}
			i = j
			continue
		}
		i += n
	}
	emit(start, len(text))
	return out
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '\'' || r == '‘' || r == '(' || r == '[' || r == '—' || r == '{' || r == '$'
}

// abbrevBefore reports whether the text before a period ends in an
// abbreviation or a single-letter initial.
func abbrevBefore(s string) bool {
	k := len(s)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		k -= n
	}
	w := strings.Trim(s[k:], ".")
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return noBreakAbbrev[strings.ToLower(w)]
}

// clockBefore reports whether the text before a period ends in "a.m" or
// "p.m".
func clockBefore(s string) bool {
	s = strings.ToLower(s)
	return strings.HasSuffix(s, "a.m") || strings.HasSuffix(s, "p.m")
}

// clockGoesOn reports whether s, after a clock time's "a.m." or "p.m.",
// goes on with the time: its zone ("3:50 p.m. PST: Organizers said",
// "at noon Pacific time") or its day ("at 11:10 a.m. Thursday, joining").
func clockGoesOn(s string) bool {
	if timeZone(s) {
		return true
	}
	k := 0
	for k < len(s) && (s[k] >= 'A' && s[k] <= 'Z' || s[k] >= 'a' && s[k] <= 'z') {
		k++
	}
	w := strings.ToLower(s[:k])
	if _, ok := weekdays[w]; ok {
		return !strings.HasPrefix(s[k:], "'") && !strings.HasPrefix(s[k:], "’") // not "Friday's rally drew ..."
	}
	switch w {
	case "eastern", "pacific", "central", "mountain":
		rest := strings.ToLower(strings.TrimLeft(s[k:], " "))
		return strings.HasPrefix(rest, "time")
	}
	return false
}

// timeZone reports whether s opens with a time zone's abbreviation, which
// goes on the clock time before it: "3:50 p.m. PST: Organizers said".
func timeZone(s string) bool {
	k := 0
	for k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	if k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= '0' && s[k] <= '9') {
		return false
	}
	return timeZones[s[:k]]
}

var timeZones = map[string]bool{
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true, "MT": true, "MST": true, "MDT": true,
	"PT": true, "PST": true, "PDT": true, "GMT": true, "UTC": true, "BST": true, "CET": true, "CEST": true,
	"IST": true, "AEST": true, "AEDT": true, "JST": true,
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits s (which starts at byte base of the document) into tokens.
func tokenize(s string, base int) []token {
	var toks []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isAlnum(r) {
			toks = append(toks, token{text: s[i : i+n], lower: s[i : i+n], start: base + i, end: base + i + n})
			i += n
			continue
		}
		j := i + n
		prev := r
		for j < len(s) {
			c, cn := utf8.DecodeRuneInString(s[j:])
			if isAlnum(c) {
				prev = c
				j += cn
				continue
			}
			if groupSpace(c) && unicode.IsDigit(prev) && leadGroup(s[i:j]) && digitGroupAt(s, j+cn) {
				// "1 240" with a no-break or thin space: one number
				j += cn
				continue
			}
			if c == '.' || c == ',' || c == '\'' || c == '’' || c == '&' || c == '-' {
				if j+cn >= len(s) {
					break
				}
				nx, _ := utf8.DecodeRuneInString(s[j+cn:])
				if !isAlnum(nx) {
					break
				}
				if c == ',' && !(unicode.IsDigit(prev) && unicode.IsDigit(nx)) {
					break
				}
				if (c == '\'' || c == '’') && (nx == 's' || nx == 'S') && !followedByLetter(s, j+cn+1) {
					break // possessive, handled below
				}
				j += cn
				prev = c
				continue
			}
			break
		}
		w := s[i:j]
		// "U.S." and "a.m.": keep the closing period of dotted initials.
		if j < len(s) && s[j] == '.' && dottedInitials(w) {
			j++
			w = s[i:j]
		}
		t := token{text: w, lower: strings.ToLower(w), start: base + i, end: base + j, word: true}
		// possessive "'s" / "’s" / "s'"
		if j < len(s) {
			c, cn := utf8.DecodeRuneInString(s[j:])
			if c == '\'' || c == '’' {
				if j+cn < len(s) && (s[j+cn] == 's' || s[j+cn] == 'S') && !followedByLetter(s, j+cn+1) {
					t.poss = true
					j += cn + 1
				} else if strings.HasSuffix(t.lower, "s") && !followedByLetter(s, j+cn) {
					t.poss = true
					j += cn
				}
			}
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

// groupSpace reports whether r is a space that writers put between a
// number's groups of three digits ("1 240", "6 900"): a no-break, narrow
// no-break or thin space. An ordinary space separates numbers.
func groupSpace(r rune) bool { return strings.ContainsRune(groupSpaces, r) }

// leadGroup reports whether w ends in a group of one to three digits, as a
// number's groups before a separator do: "1" of "1 240", not the year of
// "2023 400".
func leadGroup(w string) bool {
	n := 0
	for n < len(w) && w[len(w)-1-n] >= '0' && w[len(w)-1-n] <= '9' {
		n++
	}
	return n >= 1 && n <= 3
}

// digitGroupAt reports whether s has exactly three digits at i, not
// followed by another digit or letter.
func digitGroupAt(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	if i+3 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+3:])
	return !isAlnum(r)
}

func followedByLetter(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func dottedInitials(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}
