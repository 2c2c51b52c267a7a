package catalog

import "time"

// Actions is the vocabulary of the export's action column, in the order the
// site lists them. Each maps one-to-one onto a value of the Collective Actions
// in Tech dataset's `actions` column (see CAITAction).
var Actions = []string{"letter", "petition", "walkout", "protest", "sit-in", "strike", "resignation", "union drive", "other"}

// CAITAction returns the Collective Actions in Tech `actions` value for one of
// our action words ("letter" → "open letter"), or "" for an unknown word.
func CAITAction(action string) string {
	switch action {
	case "letter":
		return "open letter"
	case "petition", "walkout", "protest", "sit-in", "strike", "resignation", "union drive", "other":
		return action
	}
	return ""
}

// Count kinds: what a count counts.
const (
	KindSignatures   = "signatures"
	KindParticipants = "participants"
)

// Document is the text the catalogue reads: one article's title, main text
// and publication date. Text holds paragraphs separated by blank lines.
type Document struct {
	URL       string
	Title     string
	Text      string
	Published time.Time
	// Publisher is the name of the site that published the document
	// ("Harbor Live"), if known: its own staff are its reporters ("by
	// Harbor Live staff"), never workers the article reports on.
	Publisher string
}

// Mention is one worker action that one article reports.
type Mention struct {
	// Company is the canonical company name ("Google" for "Alphabet" or
	// "Googlers"). InGazetteer is false for a company found only from how
	// the sentence speaks of its workers, so it can be reviewed.
	Company     string `json:"company"`
	InGazetteer bool   `json:"in_gazetteer"`

	// Agency is the canonical government target ("CBP", "ICE", "Pentagon",
	// "Police", "Israel"...), empty when the action has no government target.
	// Target keeps the target in the article's own words ("Customs and
	// Border Protection", "climate plan"). Issue is a short, stable slug for
	// a target that is not an agency ("climate", "harassment", "censorship"),
	// used to group campaigns; empty when Agency is set.
	Agency string `json:"agency,omitempty"`
	Target string `json:"target,omitempty"`
	Issue  string `json:"issue,omitempty"`

	// Action is one word of Actions.
	Action string `json:"action"`

	// Count is the number of signers or participants the article gives for
	// this action; nil when it gives none.
	Count *Count `json:"count,omitempty"`

	// ContractValueUSD is the value of the company's contract with the
	// target in US dollars, 0 when the article states none.
	ContractValueUSD int64 `json:"contract_value_usd,omitempty"`

	// EventDate is the date of the action where the article gives one
	// (YYYY-MM-DD), kept apart from the publication date; empty otherwise.
	EventDate string `json:"event_date,omitempty"`

	// Outcome is what the company did in answer where the article says so,
	// one of Outcomes ("contract dropped", "contract not renewed",
	// "contract renewed", "contract kept", "demands met", "workers
	// fired"); empty when it says nothing. The sentence that says it is in
	// Evidence.
	Outcome string `json:"outcome,omitempty"`

	// Evidence holds the sentence(s) of the main text that support the
	// mention, with their byte offsets in Document.Text.
	Evidence []Evidence `json:"evidence"`
}

// Count is a count of signers or participants as an article gives it.
type Count struct {
	// N is the exact number, 0 for a vague amount ("hundreds"), which keeps
	// its words in Text and gives no number.
	N int `json:"n,omitempty"`
	// Qualifier is the hedge kept apart from the number: "more than",
	// "about", "at least", "nearly", "up to"... or "".
	Qualifier string `json:"qualifier,omitempty"`
	// Text is the count as written ("more than 650 employees").
	Text string `json:"text"`
	// Kind is KindSignatures or KindParticipants.
	Kind string `json:"kind"`
	// Earlier holds smaller figures the same article gives for the same
	// action before the latest one ("first 300, now 500" → Earlier [300]).
	Earlier []int `json:"earlier,omitempty"`
}

// Evidence is one supporting sentence and where it sits in the main text,
// or the headline (Headline true, no offsets) when the count is given
// there only.
type Evidence struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Headline bool   `json:"headline,omitempty"`
}

// EvidenceText joins a mention's evidence sentences with " … ".
func (m Mention) EvidenceText() string {
	s := ""
	for i, e := range m.Evidence {
		if i > 0 {
			s += " … "
		}
		s += e.Text
	}
	return s
}

// Signatures returns the exact count, or 0 when there is none.
func (m Mention) Signatures() int {
	if m.Count == nil {
		return 0
	}
	return m.Count.N
}
