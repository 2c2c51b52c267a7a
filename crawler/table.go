package crawler

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"undersigned/index/catalog"
)

// Tables and fact boxes reach the text as records, one paragraph each,
// "Label: value | Label: value", so that a row keeps its cells together
// and each cell its column's name: a data table's rows ("Company: GitHub |
// Target: ICE | Signers: 200+"), a two-column table of labels and values
// ("Company: Spindle Analytics | Client: LAPD | Signers: Eleven") and a
// definition list of short labels. The catalogue reads the records;
// readers of the stored text see one line per row. A table that lays out
// the page (cells holding paragraphs, lists or other tables) is left to
// the main-text extractor as it is.

// recordSep separates the fields of a record.
const recordSep = catalog.RecordSep

// maxCellWords is the most words a cell of a data table holds; a longer
// one is a story laid out in a table.
const maxCellWords = 60

// maxRecordLabel is the longest column or row label, in words.
const maxRecordLabel = 6

// renderRecords replaces each data table and labelled definition list in
// the document with paragraphs of records (and its caption), in place.
// It runs before the main-text extractor, which drops or splits cells.
func renderRecords(doc *html.Node) {
	var found []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Table || n.DataAtom == atom.Dl) {
			found = append(found, n)
			return // a data table holds no other table
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for len(found) > 0 {
		n := found[0]
		found = found[1:]
		var recs []string
		var ok bool
		if n.DataAtom == atom.Table {
			recs, ok = tableRecords(n)
		} else {
			recs, ok = listRecords(n)
		}
		if !ok {
			// a layout table: the tables inside it may hold data
			var inner func(m *html.Node)
			inner = func(m *html.Node) {
				for c := m.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && (c.DataAtom == atom.Table || c.DataAtom == atom.Dl) {
						found = append(found, c)
						continue
					}
					inner(c)
				}
			}
			inner(n)
			continue
		}
		if n.Parent == nil {
			continue
		}
		for _, r := range recs {
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			p.AppendChild(&html.Node{Type: html.TextNode, Data: r})
			n.Parent.InsertBefore(p, n)
		}
		n.Parent.RemoveChild(n)
	}
}

// tableCell is one cell of a table row.
type tableCell struct {
	text   string
	header bool
}

// tableRecords renders a data table: a caption, then each body row under
// a header row as a record, or the whole of a table whose rows are each a
// label and a value as one record, or, with no labels, each row's cells
// joined. ok is false for a layout table, and for a table of sentences (a
// timeline of events, questions and answers), which reads as prose.
func tableRecords(t *html.Node) ([]string, bool) {
	if strings.EqualFold(attr(t, "role"), "presentation") {
		return nil, false
	}
	var caption string
	var rows [][]tableCell
	var headRows int // rows inside <thead>
	var layout bool
	var spans []rowSpan // cells of rows above that reach down
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Caption:
				caption = cellText(c)
			case atom.Thead:
				walk(c, true)
			case atom.Tbody, atom.Tfoot:
				walk(c, false)
			case atom.Tr:
				var row []tableCell
				place := func() {
					// the cells of rows above that span this one
					for k := 0; k < len(spans); k++ {
						if spans[k].col == len(row) && spans[k].left > 0 {
							row = append(row, spans[k].cell)
							spans[k].left--
							k = -1
						}
					}
				}
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type != html.ElementNode || (d.DataAtom != atom.Td && d.DataAtom != atom.Th) {
						continue
					}
					text := cellText(d)
					if holdsBlocks(d) || wordCount(text) > maxCellWords {
						layout = true
					}
					cell := tableCell{text: text, header: d.DataAtom == atom.Th || inHead || boldOnly(d)}
					place()
					across, down := spanOf(d, "colspan"), spanOf(d, "rowspan")
					for k := 0; k < across; k++ {
						if down > 1 {
							spans = append(spans, rowSpan{col: len(row), left: down - 1, cell: cell})
						}
						row = append(row, cell)
					}
				}
				place()
				if len(row) > 0 {
					rows = append(rows, row)
					if inHead {
						headRows++
					}
				}
			}
		}
	}
	walk(t, false)
	if layout || len(rows) == 0 || sentences(rows) {
		return nil, false
	}
	// a title row over the table ("At a glance"): its caption
	if len(rows) >= 3 && distinct(rows[0]) == 1 && len(rows[1]) >= 2 {
		if caption == "" {
			caption = rows[0][0].text
		}
		rows = rows[1:]
		headRows = max(headRows-1, 0)
	}
	var out []string
	if caption != "" {
		out = append(out, caption)
	}
	// a header row: the <thead>'s last row, else a first row of <th>s
	// above rows that are not all <th>s
	var header []tableCell
	body := rows
	if headRows > 0 {
		header, body = rows[headRows-1], rows[headRows:]
	} else if len(rows) >= 2 && allHeaders(rows[0]) && !allHeaders(rows[1]) {
		header, body = rows[0], rows[1:]
	}
	// "Field | Detail" over rows of a label and a value: one record
	generic := header != nil && len(header) == 2 && genericColumn[strings.ToLower(header[1].text)]
	if generic {
		rows, header = body, nil
	}
	if header != nil && len(header) >= 2 && labels(header) {
		for _, row := range body {
			if r := record(header, row); r != "" {
				out = append(out, r)
			}
		}
		return out, true
	}
	// rows of a label and a value: one record
	if header == nil && len(rows) >= 2 {
		pairs := true
		for _, row := range rows {
			if len(row) != 2 || !isRecordLabel(row[0].text) || !generic && !row[0].header && !strings.HasSuffix(row[0].text, ":") {
				pairs = false
				break
			}
		}
		if pairs {
			var fs []string
			for _, row := range rows {
				if f := field(row[0].text, row[1].text); f != "" {
					fs = append(fs, f)
				}
			}
			if len(fs) > 0 {
				out = append(out, strings.Join(fs, recordSep))
			}
			return out, true
		}
	}
	// a first row of short names over rows that hold numbers: a header
	// written with <td>s
	if header == nil && len(rows) >= 2 && len(rows[0]) >= 3 && labels(rows[0]) && !hasDigits(rows[0]) {
		numbers := false
		for _, row := range rows[1:] {
			numbers = numbers || hasDigits(row)
		}
		if numbers {
			for _, row := range rows[1:] {
				if r := record(rows[0], row); r != "" {
					out = append(out, r)
				}
			}
			return out, true
		}
	}
	// no labels: each row's cells joined
	for _, row := range rows {
		var cs []string
		for _, c := range row {
			if v := recordValue(c.text); v != "" {
				cs = append(cs, v)
			}
		}
		if len(cs) > 0 {
			out = append(out, strings.Join(cs, recordSep))
		}
	}
	return out, true
}

// rowSpan is a cell that reaches down into the rows below.
type rowSpan struct {
	col, left int
	cell      tableCell
}

// spanOf reads a cell's colspan or rowspan: 1 unless it says 2 to 20.
func spanOf(n *html.Node, key string) int {
	v := strings.TrimSpace(attr(n, key))
	k := 0
	for _, r := range v {
		if r < '0' || r > '9' {
			return 1
		}
		k = k*10 + int(r-'0')
		if k > 20 {
			return 1
		}
	}
	return max(k, 1)
}

// genericColumn names a column of values beside a column of labels.
var genericColumn = tokenSet("detail", "details", "value", "values", "information", "info", "fact", "facts", "answer", "description", "data")

// distinct counts the different texts in a row (a cell spanning the row
// counts once).
func distinct(row []tableCell) int {
	seen := map[string]bool{}
	for _, c := range row {
		seen[c.text] = true
	}
	return len(seen)
}

// sentences reports whether a table is made of sentences: in at least
// half its rows a cell is a sentence ("More than 3,100 Google employees
// sign a letter."), as in a timeline of events or questions and answers.
func sentences(rows [][]tableCell) bool {
	n := 0
	for _, row := range rows {
		for _, c := range row {
			if isSentence(c.text) {
				n++
				break
			}
		}
	}
	return n*2 >= len(rows)
}

// isSentence reports whether a cell's text is a sentence or more: eight
// words or more, ending as a sentence ends.
func isSentence(s string) bool {
	s = strings.TrimRight(s, "\"”’)")
	return wordCount(s) >= 8 && (strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!"))
}

// boldOnly reports whether all of a cell's text is bold: a label.
func boldOnly(n *html.Node) bool {
	return allTextWithin(n, func(p *html.Node) bool { return p.DataAtom == atom.B || p.DataAtom == atom.Strong })
}

// allTextWithin reports whether n has text and all of it sits inside
// elements of n (n included) that wrap says are of a kind.
func allTextWithin(n *html.Node, wrap func(*html.Node) bool) bool {
	var all, within strings.Builder
	for c := range n.Descendants() {
		if c.Type != html.TextNode {
			continue
		}
		all.WriteString(c.Data)
		for p := c.Parent; p != nil && p != n.Parent; p = p.Parent {
			if p.Type == html.ElementNode && wrap(p) {
				within.WriteString(c.Data)
				break
			}
		}
	}
	a := strings.TrimSpace(all.String())
	return a != "" && strings.TrimSpace(within.String()) == a
}

// listRecords renders a definition list whose terms are short labels
// ("Company", "Signers") as one record; a list whose terms are dates or
// sentences (a timeline) is not one.
func listRecords(dl *html.Node) ([]string, bool) {
	var fs []string
	label := ""
	terms, sentenceValues := 0, 0
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Dt:
				label = cellText(c)
				if !isRecordLabel(label) || strings.IndexFunc(label, unicode.IsDigit) >= 0 {
					return false
				}
				terms++
			case atom.Dd:
				if label == "" || holdsBlocks(c) {
					return false
				}
				if isSentence(cellText(c)) {
					sentenceValues++
				}
				if f := field(label, cellText(c)); f != "" {
					fs = append(fs, f)
				}
			case atom.Div:
				if !walk(c) {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	if !walk(dl) || terms < 2 || len(fs) == 0 || sentenceValues*2 >= terms {
		return nil, false
	}
	return []string{strings.Join(fs, recordSep)}, true
}

// record renders one body row under its header row.
func record(header, row []tableCell) string {
	var fs []string
	for i, c := range row {
		if i < len(header) && header[i].text != "" {
			if f := field(header[i].text, c.text); f != "" {
				fs = append(fs, f)
			}
		} else if v := recordValue(c.text); v != "" {
			fs = append(fs, v)
		}
	}
	return strings.Join(fs, recordSep)
}

// field renders "Label: value", or "" for an empty value.
func field(label, value string) string {
	value = recordValue(value)
	if value == "" {
		return ""
	}
	label = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(label), ":"))
	label = strings.ReplaceAll(label, "|", "/")
	if label == "" {
		return value
	}
	return label + ": " + value
}

// recordValue is a cell's text with the field separator taken out.
func recordValue(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "|", "/"))
}

func hasDigits(row []tableCell) bool {
	for _, c := range row {
		if strings.IndexFunc(c.text, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

func allHeaders(row []tableCell) bool {
	for _, c := range row {
		if !c.header {
			return false
		}
	}
	return true
}

// labels reports whether a header row's cells are column names: short,
// and not all empty.
func labels(row []tableCell) bool {
	named := 0
	for _, c := range row {
		if c.text == "" {
			continue
		}
		if !isRecordLabel(c.text) {
			return false
		}
		named++
	}
	return named >= 2
}

func isRecordLabel(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ":")
	n := wordCount(s)
	return n >= 1 && n <= maxRecordLabel && !strings.ContainsAny(s, ".!?")
}

// holdsBlocks reports whether a cell lays out content: paragraphs, lists,
// headings or tables of its own.
func holdsBlocks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
			atom.Blockquote, atom.Article, atom.Section, atom.Form:
			return true
		case atom.P, atom.Div:
			if c.NextSibling != nil && strings.TrimSpace(nodeText(c.NextSibling)) != "" || holdsBlocks(c) {
				return true // more than one block
			}
		}
		if holdsBlocks(c) {
			return true
		}
	}
	return false
}

// cellText is the text of a cell, whitespace collapsed, a line break
// within it kept as "; ".
func cellText(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Br:
				sb.WriteString("; ")
				return
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
			if blockTags[n.DataAtom] {
				sb.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.DataAtom] {
			sb.WriteByte(' ')
		}
	}
	walk(n)
	return strings.TrimSuffix(strings.Join(strings.Fields(sb.String()), " "), ";")
}
