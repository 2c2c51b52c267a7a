package site

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"undersigned/index"
)

// Charts are SVG drawn on the server, so they read without JavaScript.
// The code here only computes geometry; templates/chart.html draws it, so
// every label goes through html/template's escaping. Each chart carries a
// title and a description for screen readers, and pages show the same
// figures as text or a table.

// Chart geometry, in SVG user units (the SVG scales to its container).
const (
	chartWidth  = 640
	chartHeight = 240
	chartLeft   = 56
	chartRight  = 24
	chartTop    = 24
	chartBottom = 40
)

// chart is what templates/chart.html draws: bars, or a line through
// points, over labelled axes.
type chart struct {
	ID     string // prefix of the title and description element IDs
	Title  string
	Desc   string
	Width  int
	Height int
	// BaseY is the y of the x axis; Left and Right bound the plot.
	BaseY, Left, Right float64
	// YLabelX is the x of the y-axis labels, XLabelY the y of the x-axis
	// labels.
	YLabelX, XLabelY float64
	YTicks           []chartTick
	XTicks           []chartTick
	Bars             []chartBar
	Points           []chartPoint
	// Line is the polyline through Points ("x,y x,y ...").
	Line string
}

type chartTick struct {
	Pos float64
	// TextPos is where the label sits across the axis.
	TextPos float64
	Label   string
}

type chartBar struct {
	X, Y, W, H float64
	// CX is the centre of the bar, for its labels; LabelY where its value
	// is written.
	CX, LabelY float64
	Label      string
	Value      string
}

type chartPoint struct {
	X, Y   float64
	LabelY float64
	Label  string // the value written by the point
	Title  string // the tooltip: date and value
}

// f formats a coordinate for an SVG attribute.
func (c *chart) f(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// niceMax rounds v up to 1, 2 or 5 times a power of ten, for axis ticks.
func niceMax(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

func newChart(id, title string) *chart {
	return &chart{ID: id, Title: title, Width: chartWidth, Height: chartHeight,
		BaseY: chartHeight - chartBottom, Left: chartLeft, Right: chartWidth - chartRight,
		YLabelX: chartLeft - 8, XLabelY: chartHeight - 14}
}

// yScale sets the y-axis ticks (0, half and top) and returns the y of a
// value.
func (c *chart) yScale(top float64) func(float64) float64 {
	plotH := c.BaseY - chartTop
	y := func(v float64) float64 { return c.BaseY - v/top*plotH }
	for _, v := range []float64{0, top / 2, top} {
		if v != math.Trunc(v) {
			continue
		}
		c.YTicks = append(c.YTicks, chartTick{Pos: y(v), TextPos: y(v) + 4, Label: formatInt(int(v))})
	}
	return y
}

// campaignsPerYear draws the number of campaigns reported each year (a
// campaign reported in two years counts in both), from a year facet. Years
// without campaigns between the first and the last are drawn as zero.
func campaignsPerYear(id, subject string, years []index.FacetValue) *chart {
	counts := map[int]int{}
	first, last := 0, 0
	for _, fv := range years {
		y, err := strconv.Atoi(fv.Value)
		if err != nil {
			continue
		}
		counts[y] = fv.Count
		if first == 0 || y < first {
			first = y
		}
		if y > last {
			last = y
		}
	}
	if first == 0 {
		return nil
	}
	c := newChart(id, "Campaigns reported each year"+subject)
	top := 0
	for y := first; y <= last; y++ {
		top = max(top, counts[y])
	}
	yOf := c.yScale(niceMax(float64(top)))
	n := last - first + 1
	band := (c.Right - c.Left) / float64(n)
	w := math.Min(band*0.7, 80)
	var desc []string
	for i := 0; i < n; i++ {
		year, v := first+i, counts[first+i]
		cx := c.Left + band*(float64(i)+0.5)
		top := yOf(float64(v))
		c.Bars = append(c.Bars, chartBar{X: cx - w/2, Y: top, W: w, H: c.BaseY - top, CX: cx,
			LabelY: top - 6, Label: strconv.Itoa(year), Value: formatInt(v)})
		desc = append(desc, fmt.Sprintf("%d: %s", year, plural(v, "campaign", "campaigns")))
	}
	c.Desc = "Campaigns reported each year" + subject + ": " + strings.Join(desc, "; ") + "."
	return c
}

// countHistory draws the count of a campaign's action over time, one point
// per dated figure.
func countHistory(id, action string, hist []index.Figure) *chart {
	if len(hist) == 0 {
		return nil
	}
	figs := append([]index.Figure(nil), hist...)
	sort.SliceStable(figs, func(i, j int) bool { return figs[i].Date.Before(figs[j].Date) })
	c := newChart(id, "The count over time ("+action+")")
	top := 0
	for _, f := range figs {
		top = max(top, f.Count)
	}
	yOf := c.yScale(niceMax(float64(top)))
	t0, t1 := figs[0].Date, figs[len(figs)-1].Date
	span := t1.Sub(t0)
	pad := 24.0
	xOf := func(t time.Time) float64 {
		if span <= 0 {
			return (c.Left + c.Right) / 2
		}
		return c.Left + pad + float64(t.Sub(t0))/float64(span)*(c.Right-c.Left-2*pad)
	}
	var line, desc []string
	seenDate := map[string]bool{}
	for _, f := range figs {
		x, y := xOf(f.Date), yOf(float64(f.Count))
		label := formatInt(f.Count)
		if f.Qualifier != "" {
			label = f.Qualifier + " " + label
		}
		c.Points = append(c.Points, chartPoint{X: x, Y: y, LabelY: y - 10, Label: formatInt(f.Count),
			Title: displayDate(f.Date) + ": " + label})
		line = append(line, c.f(x)+","+c.f(y))
		desc = append(desc, displayDate(f.Date)+": "+label)
		if d := isoDate(f.Date); !seenDate[d] && (len(figs) <= 6 || f.Date.Equal(t0) || f.Date.Equal(t1)) {
			seenDate[d] = true
			c.XTicks = append(c.XTicks, chartTick{Pos: x, TextPos: x, Label: displayDate(f.Date)})
		}
	}
	c.Line = strings.Join(line, " ")
	c.Desc = "Counts reported, oldest first: " + strings.Join(desc, "; ") + "."
	return c
}
