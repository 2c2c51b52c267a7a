package catalog

// phrase is one alias or keyword, tokenised like the text it is matched
// against. A phrase with an upper-case letter matches case-sensitively.
type phrase struct {
	words []string
	exact bool
	id    int
	text  string
}

// phraseSet finds phrases in token sequences, longest match first.
type phraseSet struct {
	byFirst map[string][]phrase
}

func newPhraseSet() *phraseSet { return &phraseSet{byFirst: map[string][]phrase{}} }

func (ps *phraseSet) add(text string, id int) bool {
	toks := tokenize(text, 0)
	if len(toks) == 0 {
		return false
	}
	p := phrase{id: id, text: text}
	for _, t := range toks {
		if t.lower != t.text {
			p.exact = true
		}
	}
	for _, t := range toks {
		if p.exact {
			p.words = append(p.words, t.text)
		} else {
			p.words = append(p.words, t.lower)
		}
	}
	k := toks[0].lower
	ps.byFirst[k] = append(ps.byFirst[k], p)
	return true
}

// match returns the longest phrase starting at toks[i] and its length in
// tokens; n is 0 when none matches. A possessive is allowed only on the last
// word.
func (ps *phraseSet) match(toks []token, i int) (p phrase, n int) {
	if i < 0 || i >= len(toks) {
		return phrase{}, 0
	}
	for _, c := range ps.byFirst[toks[i].lower] {
		if len(c.words) <= n || i+len(c.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range c.words {
			t := toks[i+k]
			if c.exact && t.text != w || !c.exact && t.lower != w {
				ok = false
				break
			}
			if t.poss && k < len(c.words)-1 {
				ok = false
				break
			}
		}
		if ok {
			p, n = c, len(c.words)
		}
	}
	return p, n
}

// any reports whether some phrase of the set occurs in toks.
func (ps *phraseSet) any(toks []token) bool {
	for i := range toks {
		if _, n := ps.match(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// anyFrom reports whether some phrase of the set occurs in toks from
// toks[from] on.
func (ps *phraseSet) anyFrom(toks []token, from int) bool {
	for i := max(from, 0); i < len(toks); i++ {
		if _, n := ps.match(toks, i); n > 0 {
			return true
		}
	}
	return false
}
