package catalog

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

//go:embed gazetteer.json
var defaultGazetteer []byte

// Company is one company of the gazetteer: its canonical name and the other
// names the news uses for it ("Alphabet" and "Googlers" for Google).
// EmployerOnly marks a name that is also an ordinary word or a platform
// ("Medium", "Target"): it is recognised only right before a worker noun.
// LabourBeat marks an employer whose workers are mostly in warehouses,
// stores, factories or on the road ("Walmart", "Foxconn", "DoorDash"):
// their actions over pay or conditions are another beat, as at an employer
// the gazetteer does not know.
type Company struct {
	Name         string   `json:"name"`
	Aliases      []string `json:"aliases"`
	EmployerOnly bool     `json:"employer_only,omitempty"`
	LabourBeat   bool     `json:"labour_beat,omitempty"`
	Note         string   `json:"note,omitempty"`
}

// Agency is one government target: its canonical name ("CBP"), its full
// name ("U.S. Customs and Border Protection") and its aliases, programs and
// nicknames ("border patrol"). When Context is set, an alias counts only in a
// sentence that also has one of those words (so that "police arrested two
// protesters" does not make the police a target).
type Agency struct {
	Name    string   `json:"name"`
	Full    string   `json:"full"`
	Aliases []string `json:"aliases"`
	Context []string `json:"context,omitempty"`
	Note    string   `json:"note,omitempty"`
}

// Issue is a target that is not a government body: a short stable slug
// ("climate") and the words that signal it.
type Issue struct {
	Slug  string   `json:"slug"`
	Words []string `json:"words"`
	// AgencyTopic marks what an agency's contract is usually about
	// ("weapons", "immigration"): when the article ties the company to an
	// agency, the agency is the target rather than this issue.
	AgencyTopic bool `json:"agency_topic,omitempty"`
}

// Gazetteer holds the companies, agencies and issues the extractor knows.
// It is read-only once built.
type Gazetteer struct {
	companies    []Company
	agencies     []Agency
	issues       []Issue
	labour       []string
	labourCtx    []string
	notCompanies map[string]bool

	companyByKey map[string]int // lower-cased name or alias → index
	agencyByKey  map[string]int

	companyPhrases *phraseSet
	agencyPhrases  *phraseSet
	issuePhrases   *phraseSet
	labourPhrases  *phraseSet
	labourContext  *phraseSet
	contextPhrases []*phraseSet // per agency, nil when no context

	// foreign governments: countries (id → adjective) and bodies (id →
	// the body's name as listed)
	countryPhrases *phraseSet
	countryAdj     []string
	// cityPhrases name places by their country's id: "Lyon" is in France;
	// cityNames holds their one-word names, lower-cased
	cityPhrases *phraseSet
	cityNames   map[string]bool
	bodyPhrases *phraseSet
	bodies      []string

	// US states, and the words one of which a state's own agency has
	// among its words
	statePhrases *phraseSet
	stateHeads   map[string]bool
	// bodyInitials are the initials that name one local body wherever
	// they stand: "LAPD" is the Los Angeles Police Department.
	bodyInitials map[string]string
}

type gazetteerFile struct {
	Comment      string    `json:"_comment"`
	Companies    []Company `json:"companies"`
	Agencies     []Agency  `json:"agencies"`
	Issues       []Issue   `json:"issues"`
	Labour       []string  `json:"labour"`
	LabourCtx    []string  `json:"labour_context"`
	NotCompanies []string  `json:"not_companies"`
	Foreign      struct {
		Comment   string      `json:"_comment"`
		Countries [][2]string `json:"countries"`
		Bodies    []string    `json:"bodies"`
		Cities    [][2]string `json:"cities"`
	} `json:"foreign"`
	States struct {
		Comment string   `json:"_comment"`
		Names   []string `json:"names"`
		Heads   []string `json:"heads"`
	} `json:"states"`
	BodyInitials struct {
		Comment string            `json:"_comment"`
		Names   map[string]string `json:"names"`
	} `json:"body_initials"`
}

// ParseGazetteer reads a gazetteer in the JSON format of the embedded
// gazetteer.json. Errors name the line or the entry that is wrong.
func ParseGazetteer(r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("catalog: read gazetteer: %w", err)
	}
	var f gazetteerFile
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, fmt.Errorf("catalog: gazetteer line %d: %w", lineOf(data, se.Offset), err)
		case errors.As(err, &te):
			return nil, fmt.Errorf("catalog: gazetteer line %d: field %s: %w", lineOf(data, te.Offset), te.Field, err)
		}
		return nil, fmt.Errorf("catalog: gazetteer: %w", err)
	}
	return buildGazetteer(f)
}

func lineOf(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return 1 + strings.Count(string(data[:off]), "\n")
}

func buildGazetteer(f gazetteerFile) (*Gazetteer, error) {
	g := &Gazetteer{
		companies:      f.Companies,
		agencies:       f.Agencies,
		issues:         f.Issues,
		labour:         f.Labour,
		labourCtx:      f.LabourCtx,
		notCompanies:   map[string]bool{},
		companyByKey:   map[string]int{},
		agencyByKey:    map[string]int{},
		companyPhrases: newPhraseSet(),
		agencyPhrases:  newPhraseSet(),
		issuePhrases:   newPhraseSet(),
		labourPhrases:  newPhraseSet(),
		labourContext:  newPhraseSet(),
		countryPhrases: newPhraseSet(),
		cityPhrases:    newPhraseSet(),
		cityNames:      map[string]bool{},
		bodyPhrases:    newPhraseSet(),
		statePhrases:   newPhraseSet(),
		stateHeads:     map[string]bool{},
		bodyInitials:   f.BodyInitials.Names,
	}
	for i, n := range f.States.Names {
		if !g.statePhrases.add(n, i) {
			return nil, fmt.Errorf("catalog: gazetteer: state %d: empty name", i+1)
		}
	}
	for i, h := range f.States.Heads {
		if strings.TrimSpace(h) == "" || strings.ContainsAny(h, " \t") {
			return nil, fmt.Errorf("catalog: gazetteer: state head %d: want one word, got %q", i+1, h)
		}
		g.stateHeads[h] = true
	}
	for i, c := range f.Foreign.Countries {
		if strings.TrimSpace(c[0]) == "" || strings.TrimSpace(c[1]) == "" {
			return nil, fmt.Errorf("catalog: gazetteer: foreign country %d: want a name and an adjective", i+1)
		}
		g.countryAdj = append(g.countryAdj, c[1])
		g.countryPhrases.add(c[0], i)
		g.countryPhrases.add(c[1], i)
	}
	countryID := map[string]int{}
	for i, c := range f.Foreign.Countries {
		countryID[c[0]] = i
	}
	for i, c := range f.Foreign.Cities {
		id, ok := countryID[c[1]]
		if !ok || strings.TrimSpace(c[0]) == "" {
			return nil, fmt.Errorf("catalog: gazetteer: foreign city %d (%q): want a name and one of the countries, got %q", i+1, c[0], c[1])
		}
		g.cityPhrases.add(c[0], id)
		if !strings.Contains(c[0], " ") {
			g.cityNames[strings.ToLower(c[0])] = true
		}
	}
	for i, b := range f.Foreign.Bodies {
		if !g.bodyPhrases.add(b, i) {
			return nil, fmt.Errorf("catalog: gazetteer: foreign body %d: empty", i+1)
		}
		g.bodies = append(g.bodies, b)
	}
	for i, c := range f.Companies {
		if strings.TrimSpace(c.Name) == "" {
			return nil, fmt.Errorf("catalog: gazetteer: company %d: empty name", i+1)
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if strings.TrimSpace(n) == "" {
				return nil, fmt.Errorf("catalog: gazetteer: company %q: empty alias", c.Name)
			}
			k := strings.ToLower(n)
			if j, ok := g.companyByKey[k]; ok && j != i {
				return nil, fmt.Errorf("catalog: gazetteer: company %q: name %q already belongs to %q", c.Name, n, f.Companies[j].Name)
			}
			g.companyByKey[k] = i
			if !g.companyPhrases.add(n, i) {
				return nil, fmt.Errorf("catalog: gazetteer: company %q: alias %q has no words", c.Name, n)
			}
		}
	}
	g.contextPhrases = make([]*phraseSet, len(f.Agencies))
	for i, a := range f.Agencies {
		if strings.TrimSpace(a.Name) == "" {
			return nil, fmt.Errorf("catalog: gazetteer: agency %d: empty name", i+1)
		}
		if strings.TrimSpace(a.Full) == "" {
			return nil, fmt.Errorf("catalog: gazetteer: agency %q: empty full name", a.Name)
		}
		for _, n := range append([]string{a.Name, a.Full}, a.Aliases...) {
			k := strings.ToLower(strings.TrimSpace(n))
			if k == "" {
				return nil, fmt.Errorf("catalog: gazetteer: agency %q: empty alias", a.Name)
			}
			if j, ok := g.agencyByKey[k]; ok && j != i {
				return nil, fmt.Errorf("catalog: gazetteer: agency %q: name %q already belongs to %q", a.Name, n, f.Agencies[j].Name)
			}
			g.agencyByKey[k] = i
			g.agencyPhrases.add(n, i)
		}
		if len(a.Context) > 0 {
			ps := newPhraseSet()
			for _, w := range a.Context {
				if !ps.add(w, 0) {
					return nil, fmt.Errorf("catalog: gazetteer: agency %q: empty context word", a.Name)
				}
			}
			g.contextPhrases[i] = ps
		}
	}
	seen := map[string]bool{}
	for i, is := range f.Issues {
		if is.Slug == "" || Slug(is.Slug) != is.Slug {
			return nil, fmt.Errorf("catalog: gazetteer: issue %d: slug %q is not a lower-case slug", i+1, is.Slug)
		}
		if seen[is.Slug] {
			return nil, fmt.Errorf("catalog: gazetteer: issue %q: listed twice", is.Slug)
		}
		seen[is.Slug] = true
		if len(is.Words) == 0 {
			return nil, fmt.Errorf("catalog: gazetteer: issue %q: no words", is.Slug)
		}
		for _, w := range is.Words {
			if !g.issuePhrases.add(w, i) {
				return nil, fmt.Errorf("catalog: gazetteer: issue %q: empty word", is.Slug)
			}
		}
	}
	for _, w := range f.Labour {
		if !g.labourPhrases.add(w, 0) {
			return nil, errors.New("catalog: gazetteer: labour: empty word")
		}
	}
	for _, w := range f.LabourCtx {
		if !g.labourContext.add(w, 0) {
			return nil, errors.New("catalog: gazetteer: labour_context: empty word")
		}
	}
	for _, w := range f.NotCompanies {
		g.notCompanies[w] = true
	}
	return g, nil
}

// Company returns the gazetteer company whose canonical name or alias is
// name (in any case), and false when there is none.
func (g *Gazetteer) Company(name string) (Company, bool) {
	i, ok := g.companyByKey[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Company{}, false
	}
	return cloneCompany(g.companies[i]), true
}

// Agency returns the agency whose canonical name, full name or alias is name
// (in any case): Agency("border patrol").Name is "CBP" and its Full is "U.S.
// Customs and Border Protection". It returns false when there is none.
func (g *Gazetteer) Agency(name string) (Agency, bool) {
	i, ok := g.agencyByKey[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return Agency{}, false
	}
	return cloneAgency(g.agencies[i]), true
}

// Companies returns every company, sorted by name.
func (g *Gazetteer) Companies() []Company {
	out := make([]Company, len(g.companies))
	for i, c := range g.companies {
		out[i] = cloneCompany(c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Agencies returns every agency, sorted by name.
func (g *Gazetteer) Agencies() []Agency {
	out := make([]Agency, len(g.agencies))
	for i, a := range g.agencies {
		out[i] = cloneAgency(a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Issues returns every issue, sorted by slug.
func (g *Gazetteer) Issues() []Issue {
	out := make([]Issue, len(g.issues))
	for i, is := range g.issues {
		out[i] = Issue{Slug: is.Slug, Words: append([]string(nil), is.Words...), AgencyTopic: is.AgencyTopic}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out
}

func cloneCompany(c Company) Company {
	c.Aliases = append([]string(nil), c.Aliases...)
	return c
}

func cloneAgency(a Agency) Agency {
	a.Aliases = append([]string(nil), a.Aliases...)
	a.Context = append([]string(nil), a.Context...)
	return a
}
