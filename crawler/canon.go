package crawler

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that identify a click, a campaign or a
// share rather than a document; Canonicalize drops them. Keys are compared
// in lower case; every utm_* parameter is dropped as well.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "igsh": true,
	"_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true, "mkt_tok": true,
	"ref_src": true, "ref_url": true, "__twitter_impression": true,
	"oly_anon_id": true, "oly_enc_id": true, "vero_id": true, "vero_conv": true,
	"rb_clickid": true, "s_cid": true, "wt.mc_id": true, "cmpid": true,
	"smid": true, "smtyp": true, "sr_share": true, "ocid": true, "ncid": true,
	"guccounter": true, "guce_referrer": true, "guce_referrer_sig": true,
	"at_medium": true, "at_campaign": true, "at_custom1": true, "at_custom2": true,
	"at_custom3": true, "at_custom4": true,
}

// isTrackingParam reports whether the query parameter named key (raw, as in
// the URL) carries tracking rather than meaning.
func isTrackingParam(key string) bool {
	k, err := url.QueryUnescape(key)
	if err != nil {
		k = key
	}
	k = strings.ToLower(k)
	return strings.HasPrefix(k, "utm_") || trackingParams[k]
}

// Canonicalize returns the form of raw under which an article is stored: the
// scheme and host in lower case, without the default port, the fragment or
// tracking parameters (utm_*, fbclid, gclid, mc_cid, …), the remaining query
// parameters sorted, and the path kept exactly as it was (paths are case
// sensitive). An empty path becomes "/". It returns an error for anything but
// an absolute http or https URL.
func Canonicalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", &targetError{what: "canonicalize", url: fmt.Sprintf("%q", raw), err: unwrapURLError(err)}
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", &targetError{what: "canonicalize", url: fmt.Sprintf("%q", raw), err: errors.New("not an http or https URL")}
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return "", &targetError{what: "canonicalize", url: fmt.Sprintf("%q", raw), err: errors.New("no host")}
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" && u.RawPath == "" {
		u.Path = "/"
	}
	u.RawQuery = canonicalQuery(u.RawQuery)
	u.ForceQuery = false
	return u.String(), nil
}

// canonicalQuery drops tracking parameters and empty pieces from a raw
// query and sorts what remains by key, then value, keeping each piece's own
// encoding.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type param struct{ key, piece string }
	var kept []param
	for piece := range strings.SplitSeq(raw, "&") {
		if piece == "" {
			continue
		}
		key, _, _ := strings.Cut(piece, "=")
		if isTrackingParam(key) {
			continue
		}
		kept = append(kept, param{key, piece})
	}
	sort.SliceStable(kept, func(i, j int) bool {
		if kept[i].key != kept[j].key {
			return kept[i].key < kept[j].key
		}
		return kept[i].piece < kept[j].piece
	})
	pieces := make([]string, len(kept))
	for i, p := range kept {
		pieces[i] = p.piece
	}
	return strings.Join(pieces, "&")
}

// unwrapRedirector returns the target of a news-search click redirector
// (Bing News' apiclick.aspx, Google's /url, Google News article links that
// carry their target), so that the article is fetched from its own site and
// stored under its own URL. Other URLs are returned unchanged.
func unwrapRedirector(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	host := strings.ToLower(u.Hostname())
	var param string
	switch {
	case host == "news.google.com" && strings.Contains(u.Path, "/articles/"):
		if target := googleNewsTarget(u.Path[strings.LastIndex(u.Path, "/")+1:]); target != "" {
			return target
		}
		return raw
	case (host == "www.bing.com" || host == "bing.com") && strings.EqualFold(u.Path, "/news/apiclick.aspx"):
		param = "url"
	case (host == "www.google.com" || host == "google.com") && u.Path == "/url":
		param = "url"
		if u.Query().Get(param) == "" {
			param = "q"
		}
	default:
		return raw
	}
	target := u.Query().Get(param)
	t, err := url.Parse(target)
	if err != nil || (t.Scheme != "http" && t.Scheme != "https") || t.Host == "" {
		return raw
	}
	return target
}

// googleNewsTarget decodes a Google News article id of the older kind
// ("CBMi…"): base64 of a small protobuf whose field 4 is the article's URL.
// It returns "" for ids that do not carry their URL.
func googleNewsTarget(id string) string {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(id, "="))
	if err != nil {
		return ""
	}
	for i := 0; i+1 < len(b) && i < 8; i++ {
		if b[i] != 0x22 { // field 4, length-delimited
			continue
		}
		n, w := binary.Uvarint(b[i+1:])
		start := i + 1 + w
		if w <= 0 || n == 0 || uint64(len(b)-start) < n {
			continue
		}
		target := string(b[start : start+int(n)])
		t, err := url.Parse(target)
		if err == nil && (t.Scheme == "http" || t.Scheme == "https") && t.Host != "" && !strings.EqualFold(t.Hostname(), "news.google.com") {
			return target
		}
	}
	return ""
}
