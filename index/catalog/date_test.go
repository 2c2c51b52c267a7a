package catalog

import (
	"testing"
	"time"
)

func TestEventDate(t *testing.T) {
	pub := time.Date(2019, 9, 20, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		in   string
		pub  time.Time
		want string
	}{
		{"Employees walked out on Friday", pub, "2019-09-20"},
		{"Employees walked out on Monday", pub, "2019-09-16"},
		{"They walked out Wednesday afternoon", pub, "2019-09-18"},
		{"They walked out last week", pub, ""},
		{"They plan to walk out next Friday", pub, ""},
		{"The letter went out in mid-January", pub, ""},
		{"They walked out on Sept. 20", pub, "2019-09-20"},
		{"They walked out on September 20, 2018", pub, "2018-09-20"},
		{"A walkout on December 28", pub, "2018-12-28"}, // after publication: the year before
		{"MOUNTAIN VIEW, Calif. (Aug. 17, 2018) — Staff signed", pub, ""},
		{"Employees walked out on Friday", time.Time{}, ""},
		{"They may walk out", pub, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := eventDate(tokenize(tt.in, 0), tt.pub); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
