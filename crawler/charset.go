package crawler

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// metaCharset finds a charset declared in a <meta charset> or an
// http-equiv Content-Type <meta>.
var metaCharset = regexp.MustCompile(`(?is)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// metaScanLimit is how far into a page a <meta> charset is looked for. The
// HTML standard's prescan stops at 1024 bytes; pages with long heads declare
// it later, and browsers then re-decode, so look further.
const metaScanLimit = 64 << 10

// decodeHTML returns body decoded to UTF-8, with the name of the encoding it
// was decoded from. The encoding is, in order: a byte-order mark, the
// charset of contentType, a <meta> declaration, else UTF-8 if the bytes are
// valid UTF-8, else windows-1252 (what browsers assume for ISO-8859-1 and
// undeclared legacy pages). Two common mistakes are corrected: a legacy
// single-byte charset declared for bytes that are plainly UTF-8 (a server
// default), and UTF-8 declared for bytes that are not (a copied template).
func decodeHTML(body []byte, contentType string) ([]byte, string) {
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		return toValidUTF8(body[3:]), "utf-8"
	case bytes.HasPrefix(body, []byte("\xfe\xff")), bytes.HasPrefix(body, []byte("\xff\xfe")):
		enc := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			return out, "utf-16"
		}
	}
	enc, name := headerEncoding(contentType)
	if enc == nil {
		enc, name = metaEncoding(body)
	}
	if enc == nil {
		if utf8.Valid(body) {
			return body, "utf-8"
		}
		enc, name = charmap.Windows1252, "windows-1252"
	}
	if name == "utf-8" {
		if utf8.Valid(body) {
			return body, name
		}
		// Declared UTF-8 but not: trust a <meta> that says otherwise,
		// else decide from the bytes.
		if menc, mname := metaEncoding(body); menc != nil && mname != "utf-8" {
			enc, name = menc, mname
		} else if !mostlyUTF8(body) {
			enc, name = charmap.Windows1252, "windows-1252"
		} else {
			return toValidUTF8(body), name
		}
	}
	if singleByte(name) && utf8.Valid(body) && hasMultibyte(body) {
		return body, "utf-8"
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return toValidUTF8(body), "utf-8"
	}
	return out, name
}

// headerEncoding is the encoding named by a Content-Type's charset.
func headerEncoding(contentType string) (encoding.Encoding, string) {
	if contentType == "" {
		return nil, ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, ""
	}
	return lookupEncoding(params["charset"])
}

// metaEncoding is the encoding declared by the page's own <meta>.
func metaEncoding(body []byte) (encoding.Encoding, string) {
	head := body
	if len(head) > metaScanLimit {
		head = head[:metaScanLimit]
	}
	m := metaCharset.FindSubmatch(head)
	if m == nil {
		return nil, ""
	}
	enc, name := lookupEncoding(string(m[1]))
	if strings.HasPrefix(name, "utf-16") {
		// A page that can be read as ASCII to find this is not UTF-16.
		return encoding.Nop, "utf-8"
	}
	return enc, name
}

// lookupEncoding maps a charset label to its WHATWG encoding: "latin1",
// "iso-8859-1" and "us-ascii" are all windows-1252, as in browsers.
func lookupEncoding(label string) (encoding.Encoding, string) {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return nil, ""
	}
	if name == "utf-8" {
		return encoding.Nop, name
	}
	return enc, name
}

// singleByte reports whether the encoding named maps every byte to a
// character, so that UTF-8 text would decode to mojibake without error.
func singleByte(name string) bool {
	return name == "windows-1252" || strings.HasPrefix(name, "iso-8859") ||
		strings.HasPrefix(name, "windows-125") || name == "macintosh" || name == "ibm866" ||
		strings.HasPrefix(name, "koi8")
}

// hasMultibyte reports whether b holds any non-ASCII byte.
func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// mostlyUTF8 reports whether b's non-ASCII bytes are mostly well-formed
// UTF-8 sequences (a UTF-8 page with a few stray bytes) rather than a legacy
// encoding.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for len(b) > 0 {
		if b[0] < 0x80 {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			invalid++
			b = b[1:]
			continue
		}
		valid++
		b = b[n:]
	}
	return valid > invalid
}

func toValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// declareUTF8 rewrites the page's <meta> charset declarations to utf-8, so
// that the decoded page stored in Article.HTML says what it is.
func declareUTF8(page []byte) []byte {
	head := page
	if len(head) > metaScanLimit {
		head = head[:metaScanLimit]
	}
	locs := metaCharset.FindAllSubmatchIndex(head, -1)
	if len(locs) == 0 {
		return page
	}
	var out bytes.Buffer
	out.Grow(len(page))
	last := 0
	for _, loc := range locs {
		out.Write(page[last:loc[2]])
		out.WriteString("utf-8")
		last = loc[3]
	}
	out.Write(page[last:])
	return out.Bytes()
}

// xmlDecl matches an XML declaration opening a document; xmlEncoding its
// encoding pseudo-attribute.
var (
	xmlDecl     = regexp.MustCompile(`^\s*<\?xml\b[^>]*?\?>`)
	xmlEncoding = regexp.MustCompile(`(?i)(\bencoding\s*=\s*["'])([^"']*)(["'])`)
)

// feedUTF8 returns a feed body in a form the feed parser reads right. The
// parser decodes what an XML declaration names; the Content-Type's charset
// it never sees. So:
//
//   - an XML declaration naming an encoding is believed, and the body left
//     as it is, unless it claims UTF-8 for bytes that are not and the header
//     names another charset;
//   - without one, a charset named by the header is decoded here (unless it
//     is a single-byte charset named for bytes that are plainly UTF-8, a
//     server default), as is a JSON Feed's;
//   - with neither, bytes that are not UTF-8 are read as windows-1252, like
//     an undeclared web page.
//
// Whatever is decoded here comes out as UTF-8 with its declaration, if it
// has one, saying utf-8. A UTF-8 byte-order mark is dropped.
func feedUTF8(data []byte, contentType string) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	decl := xmlDecl.Find(data)
	declared := ""
	if m := xmlEncoding.FindSubmatch(decl); m != nil {
		declared = strings.TrimSpace(string(m[2]))
	}
	enc, name := headerEncoding(contentType)
	switch {
	case declared != "":
		if _, dname := lookupEncoding(declared); dname != "utf-8" || utf8.Valid(data) || enc == nil || name == "utf-8" {
			return data
		}
	case enc == nil || name == "utf-8":
		if utf8.Valid(data) {
			return data
		}
		if mostlyUTF8(data) {
			return toValidUTF8(data)
		}
		enc = charmap.Windows1252
	case singleByte(name) && utf8.Valid(data) && hasMultibyte(data):
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return toValidUTF8(data)
	}
	if loc := xmlDecl.FindIndex(out); loc != nil {
		d := xmlEncoding.ReplaceAll(out[loc[0]:loc[1]], []byte("${1}utf-8${3}"))
		out = append(append(append([]byte(nil), out[:loc[0]]...), d...), out[loc[1]:]...)
	}
	return out
}
