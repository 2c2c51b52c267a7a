package index

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Stat summarises the campaigns of one company or agency.
type Stat struct {
	Name          string    `json:"name"`
	Campaigns     int       `json:"campaigns"`
	LargestCount  int       `json:"largest_count"`
	TotalCount    int       `json:"total_count"`
	InGazetteer   bool      `json:"in_gazetteer"`
	FirstReported time.Time `json:"first_reported,omitzero"`
	LastReported  time.Time `json:"last_reported,omitzero"`
}

// summary is what every page wants of all campaigns at once. It is
// computed once per generation of the catalogue.
type summary struct {
	gen       uint64
	companies []Stat
	agencies  []Stat
}

// summary returns the summary of the current generation, computing it if
// the catalogue changed since the last one.
func (ix *Index) summary() (*summary, error) {
	gen, _ := ix.Generation()
	ix.sumMu.Lock()
	defer ix.sumMu.Unlock()
	if ix.sum != nil && ix.sum.gen == gen {
		return ix.sum, nil
	}
	companies := map[string]*Stat{}
	agencies := map[string]*Stat{}
	// Companies go by their companyKey, under their fullest name:
	// "Lumora" and "Lumora Systems" are one company.
	add := func(m map[string]*Stat, key, name string, gaz bool, c *Campaign) {
		if name == "" {
			return
		}
		s := m[key]
		if s == nil {
			s = &Stat{Name: name, InGazetteer: gaz, FirstReported: c.FirstReported, LastReported: c.LastReported}
			m[key] = s
		}
		if fuller(name, s.Name) {
			s.Name = name
		}
		s.Campaigns++
		s.TotalCount += c.Signatures
		s.LargestCount = max(s.LargestCount, c.Signatures)
		if !c.FirstReported.IsZero() && (s.FirstReported.IsZero() || c.FirstReported.Before(s.FirstReported)) {
			s.FirstReported = c.FirstReported
		}
		if c.LastReported.After(s.LastReported) {
			s.LastReported = c.LastReported
		}
	}
	err := ix.Store.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCampaigns).ForEach(func(k, v []byte) error {
			// Only the fields a summary needs are decoded.
			var c struct {
				Campaign
				Sources skipJSON `json:"sources"`
				History skipJSON `json:"history"`
			}
			if err := json.Unmarshal(v, &c); err != nil {
				return fmt.Errorf("index: decode campaign %s: %w", k, err)
			}
			add(companies, companyKey(c.Company, c.InGazetteer), c.Company, c.InGazetteer, &c.Campaign)
			add(agencies, c.Agency, c.Agency, true, &c.Campaign)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	ix.sum = &summary{gen: gen, companies: sortedStats(companies), agencies: sortedStats(agencies)}
	return ix.sum, nil
}

func sortedStats(m map[string]*Stat) []Stat {
	out := make([]Stat, 0, len(m))
	for _, s := range m {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Campaigns != out[j].Campaigns {
			return out[i].Campaigns > out[j].Campaigns
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Companies returns every company with campaigns, most campaigns first.
func (ix *Index) Companies(ctx context.Context) ([]Stat, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sum, err := ix.summary()
	if err != nil {
		return nil, err
	}
	return append([]Stat(nil), sum.companies...), nil
}

// Agencies returns every government target with campaigns, most first.
func (ix *Index) Agencies(ctx context.Context) ([]Stat, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sum, err := ix.summary()
	if err != nil {
		return nil, err
	}
	return append([]Stat(nil), sum.agencies...), nil
}

// Counts returns the numbers of stored articles and campaigns.
func (ix *Index) Counts() (articles, campaigns int, err error) {
	err = ix.Store.db.View(func(tx *bolt.Tx) error {
		articles = tx.Bucket(bucketArticles).Stats().KeyN
		campaigns = tx.Bucket(bucketCampaigns).Stats().KeyN
		return nil
	})
	return articles, campaigns, err
}
