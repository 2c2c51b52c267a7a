package index

import (
	"context"
	"errors"
	"sort"
	"time"
)

// errEnough stops a scan that has what it needs.
var errEnough = errors.New("enough")

// Events returns the changes (new campaigns, counts that grew, further
// reports) of the campaigns matching q (its paging and sort ignored),
// newest first: by when undersigned found them, then by their date. With
// limit > 0 it returns at most limit and reads campaigns, most recently
// seen first, only until no older one can contribute; since, if not zero,
// keeps the events found since then.
func (ix *Index) Events(ctx context.Context, q Query, limit int, since time.Time) ([]Event, error) {
	q.Sort = SortNewest
	q = q.normalise()
	bq, err := ix.buildQuery(typeCampaign, q)
	if err != nil {
		return nil, err
	}
	var evs []Event
	first := pageMax
	if limit > 0 {
		first = pageFirstSmall
	}
	err = ix.eachCampaignIn(ctx, bq, []string{"-last_seen", "-last_reported", "_id"}, first, func(c *Campaign) error {
		if limit > 0 && len(evs) >= limit {
			sortEvents(evs)
			evs = evs[:limit]
			// No event of c or any later campaign is newer than c.LastSeen.
			if last := evs[limit-1]; c.LastSeen.Before(last.Seen) {
				return errEnough
			}
		}
		if !since.IsZero() && c.LastSeen.Before(since) {
			return errEnough // and every later campaign was seen earlier still
		}
		for _, e := range c.Events() {
			if since.IsZero() || !e.Seen.Before(since) {
				evs = append(evs, e)
			}
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		return nil, err
	}
	sortEvents(evs)
	if limit > 0 && len(evs) > limit {
		evs = evs[:limit]
	}
	return evs, nil
}

func sortEvents(evs []Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if !a.Seen.Equal(b.Seen) {
			return a.Seen.After(b.Seen)
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.After(b.Date)
		}
		return a.ID < b.ID
	})
}
