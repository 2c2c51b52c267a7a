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
// joined. ok is false for a layout table.
func tableRecords(t *html.Node) ([]string, bool) {
	if strings.EqualFold(attr(t, "role"), "presentation") {
		return nil, false
	}
	var caption string
	var rows [][]tableCell
	var headRows int // rows inside <thead>
	var layout bool
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
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type != html.ElementNode || (d.DataAtom != atom.Td && d.DataAtom != atom.Th) {
						continue
					}
					text := cellText(d)
					if holdsBlocks(d) || wordCount(text) > maxCellWords {
						layout = true
					}
					row = append(row, tableCell{text: text, header: d.DataAtom == atom.Th || inHead})
				}
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
	if layout || len(rows) == 0 {
		return nil, false
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
			if len(row) != 2 || !isRecordLabel(row[0].text) || !row[0].header && !strings.HasSuffix(row[0].text, ":") {
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

// listRecords renders a definition list whose terms are short labels
// ("Company", "Signers") as one record; a list whose terms are dates or
// sentences (a timeline) is not one.
func listRecords(dl *html.Node) ([]string, bool) {
	var fs []string
	label := ""
	terms := 0
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
	if !walk(dl) || terms < 2 || len(fs) == 0 {
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
