package catalog

import (
	"strconv"
	"strings"
	"time"
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// eventDate finds the date of an action in its sentence, relative to the
// publication date: "on Friday" is the last Friday on or before publication,
// "on Sept. 20" or "September 20, 2019" is that day (in the publication's
// year, or the year before when that day would fall after publication).
// Vague references ("last week", "in mid-January", "next Friday") and
// datelines in parentheses give "". Without a publication date only a date
// with its year can be resolved.
func eventDate(toks []token, published time.Time) string {
	for i, t := range toks {
		if !t.word {
			continue
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1].lower
		}
		if prev == "(" || prev == "last" || prev == "next" || prev == "every" || prev == "this" || prev == "mid" || prev == "late" || prev == "early" {
			continue
		}
		if wd, ok := weekdays[t.lower]; ok && t.text != t.lower {
			if published.IsZero() {
				continue
			}
			d := published
			for d.Weekday() != wd {
				d = d.AddDate(0, 0, -1)
			}
			if d.Year() < 1 || d.Year() > 9999 {
				continue
			}
			return d.Format("2006-01-02")
		}
		m, ok := months[strings.TrimSuffix(t.lower, ".")]
		if !ok || t.text == t.lower || i+1 >= len(toks) {
			continue
		}
		j := i + 1
		if toks[j].text == "." {
			j++
		}
		if j >= len(toks) {
			continue
		}
		day, err := strconv.Atoi(toks[j].text)
		if err != nil || day < 1 || day > 31 {
			continue
		}
		year := 0
		if j+2 < len(toks) && toks[j+1].text == "," && isYear(toks[j+2]) {
			year, _ = strconv.Atoi(toks[j+2].text)
			if j+3 < len(toks) && toks[j+3].text == ")" {
				continue // dateline
			}
		} else if j+1 < len(toks) && toks[j+1].text == ")" {
			continue
		}
		if year == 0 {
			if published.IsZero() {
				continue
			}
			year = published.Year()
			if time.Date(year, m, day, 0, 0, 0, 0, time.UTC).After(published.AddDate(0, 0, 7)) {
				year--
			}
		}
		d := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
		if d.Day() != day || year < 1 || year > 9999 {
			continue // not a day of the calendar, or no four-digit year
		}
		return d.Format("2006-01-02")
	}
	return ""
}
