package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
)

// kindError reads as its message alone and matches its kind, one of the
// package's sentinel errors, with errors.Is: "refusing to connect to
// 127.0.0.1 (loopback)", not "…: crawler: address not allowed". Its cause,
// if any, is what errors.As and errors.Unwrap see.
type kindError struct {
	kind  error
	msg   string
	cause error
}

func (e *kindError) Error() string        { return e.msg }
func (e *kindError) Is(target error) bool { return target == e.kind }
func (e *kindError) Unwrap() error        { return e.cause }

// kindErrorf returns a kindError of kind, with cause, reading as the
// formatted message.
func kindErrorf(kind, cause error, format string, args ...any) error {
	return &kindError{kind: kind, msg: fmt.Sprintf(format, args...), cause: cause}
}

// targetError is the failure of one feed or page: "crawler: page URL:
// reason". The reason alone is what a report that names the URL shows.
type targetError struct {
	what string // "feed" or "page"
	url  string
	err  error
}

func (e *targetError) Error() string {
	return "crawler: " + e.what + " " + e.url + ": " + e.err.Error()
}
func (e *targetError) Unwrap() error { return e.err }

// failed returns the error of the feed or page at link, its reason made plain
// (see plainError).
func failed(what, link string, err error) error {
	return &targetError{what: what, url: link, err: plainError(link, err)}
}

// failureReason is what went wrong, without the URL that a report names
// anyway: "HTTP 404 Not Found", not "crawler: page URL: HTTP 404 Not Found".
func failureReason(err error) string {
	var te *targetError
	if errors.As(err, &te) {
		return te.err.Error()
	}
	return plainError("", err).Error()
}

// plainError strips the layers that repeat what a report already says
// (net/http's `Get "URL": `, the dialer's "dial tcp ADDR: " around our own
// refusal or a DNS failure), keeping the reason. A failure on a redirect
// hop other than link names that hop.
func plainError(link string, err error) error {
	var hopURL string
	for {
		ue, ok := err.(*url.Error)
		if !ok || ue.Err == nil {
			break
		}
		hopURL, err = ue.URL, ue.Err
	}
	if oe, ok := err.(*net.OpError); ok && oe.Op == "dial" {
		var ke *kindError
		var dnsErr *net.DNSError
		switch {
		case errors.As(oe.Err, &ke):
			// Our dialer's refusal: "refusing to connect to …" says it all.
			err = oe.Err
		case errors.As(oe.Err, &dnsErr):
			// "lookup example.com: no such host", not "dial tcp: lookup …".
			err = dnsErr
		}
	}
	if hopURL != "" && link != "" && !sameURL(hopURL, link) && !errors.Is(err, ErrRedirect) &&
		!strings.Contains(err.Error(), hopURL) && strings.Contains(hopURL, "://") {
		return &hopError{url: hopURL, err: err}
	}
	return err
}

// sameURL reports whether a and b are the same URL but for the case of the
// scheme and host and an empty path ("http://a.example" is
// "HTTP://A.example/").
func sameURL(a, b string) bool {
	if a == b {
		return true
	}
	ua, err1 := url.Parse(a)
	ub, err2 := url.Parse(b)
	if err1 != nil || err2 != nil {
		return false
	}
	path := func(u *url.URL) string {
		if u.EscapedPath() == "" {
			return "/"
		}
		return u.EscapedPath()
	}
	return strings.EqualFold(ua.Scheme, ub.Scheme) && strings.EqualFold(ua.Host, ub.Host) &&
		path(ua) == path(ub) && ua.RawQuery == ub.RawQuery
}

// hopError is a failure on a redirect hop: "at URL (after a redirect): reason".
type hopError struct {
	url string
	err error
}

func (e *hopError) Error() string { return e.err.Error() + " (at " + e.url + ", after a redirect)" }
func (e *hopError) Unwrap() error { return e.err }
