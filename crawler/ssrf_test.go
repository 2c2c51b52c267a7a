package crawler

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
)

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		ip      string
		allowed bool
	}{
		{"8.8.8.8", true},
		{"93.184.216.34", true},
		{"2001:4860:4860::8888", true},
		{"2606:4700::1111", true},
		{"127.0.0.1", false},
		{"127.8.9.10", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"172.32.0.1", true},
		{"192.168.1.1", false},
		{"100.64.1.1", false},
		{"100.127.255.254", false},
		{"100.128.0.1", true},
		{"169.254.169.254", false},
		{"fe80::1", false},
		{"fd00::1", false},
		{"fc00::1", false},
		{"0.0.0.0", false},
		{"::", false},
		{"224.0.0.1", false},
		{"ff02::1", false},
		{"255.255.255.255", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:8.8.8.8", true},
		{"64:ff9b::a00:1", false},    // NAT64 of 10.0.0.1
		{"64:ff9b::808:808", true},   // NAT64 of 8.8.8.8
		{"2002:a9fe:a9fe::1", false}, // 6to4 of 169.254.169.254
		{"198.18.0.1", false},
		// A zone hides an address from every prefix: refused, whatever it is.
		{"::1%lo", false},
		{"fe80::1%eth0", false},
		{"fd00::2%eth0", false},
		{"ff02::1%eth0", false},
		{"2001:4860:4860::8888%eth0", false},
		{"::ffff:127.0.0.1%lo", false},
		// IPv4-compatible (::a.b.c.d) and IPv4-translated (::ffff:0:a.b.c.d).
		{"::7f00:1", false},
		{"::808:808", false},
		{"::ffff:0:7f00:1", false},
		{"::ffff:0:808:808", false},
	}
	for _, tt := range tests {
		err := checkAddr(netip.MustParseAddr(tt.ip))
		if got := err == nil; got != tt.allowed {
			t.Errorf("%s: got allowed %v, want %v (%v)", tt.ip, got, tt.allowed, err)
		}
		if err != nil && !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("%s: error %v does not wrap ErrForbiddenAddress", tt.ip, err)
		}
	}
}

func TestDialControl(t *testing.T) {
	tests := []struct {
		network, address string
		allowPrivate     bool
		allowed          bool
	}{
		{"tcp4", "8.8.8.8:443", false, true},
		{"tcp6", "[2001:4860:4860::8888]:443", false, true},
		{"tcp4", "127.0.0.1:80", false, false},
		{"tcp6", "[::1]:80", false, false},
		{"tcp4", "169.254.169.254:80", false, false},
		{"tcp4", "100.64.1.1:80", false, false},
		{"tcp6", "[fd00::1]:80", false, false},
		{"udp4", "8.8.8.8:53", false, false},
		{"tcp4", "not-an-address", false, false},
		{"tcp6", "[::1%lo]:80", false, false},
		{"tcp6", "[fe80::1%eth0]:80", false, false},
		{"tcp4", "127.0.0.1:80", true, true},
		{"tcp4", "10.0.0.1:80", true, true},
	}
	for _, tt := range tests {
		err := dialControl(tt.allowPrivate)(tt.network, tt.address, nil)
		if got := err == nil; got != tt.allowed {
			t.Errorf("%s %s (allowPrivate %v): got allowed %v, want %v (%v)", tt.network, tt.address, tt.allowPrivate, got, tt.allowed, err)
		}
	}
}

// publicSite is a test site the crawler takes for a public host: its
// address passes the dial check, which refuses every other private address
// as in production. names maps host:port names to the address to dial
// (a stand-in for DNS), each name to a list of answers taken in turn.
func publicSite(t *testing.T, c *Crawler, public *site, names map[string][]string) {
	t.Helper()
	c.AllowPrivate = false
	pub := public.Listener.Addr().String()
	check := dialControl(false)
	c.control = func(network, address string, rc syscall.RawConn) error {
		if address == pub {
			return nil
		}
		return check(network, address, rc)
	}
	var mu sync.Mutex
	c.lookup = func(_ context.Context, hostport string) (string, error) {
		mu.Lock()
		defer mu.Unlock()
		answers := names[hostport]
		if len(answers) == 0 {
			return hostport, nil
		}
		if len(answers) > 1 {
			names[hostport] = answers[1:]
		}
		return answers[0], nil
	}
}

// A public host redirecting to an internal one, as a page or as its
// robots.txt, does not get the crawler to connect to it.
func TestRedirectToInternalRefused(t *testing.T) {
	internal := newSite(t)
	public := newSite(t)
	public.handle("/to-internal", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, internal.URL+"/pages/nodate.html", http.StatusFound)
	})
	public.handle("/to-zoned", func(w http.ResponseWriter, r *http.Request) {
		_, port, _ := net.SplitHostPort(internal.Listener.Addr().String())
		http.Redirect(w, r, "http://[::1%25lo]:"+port+"/pages/nodate.html", http.StatusFound)
	})
	c := newTestCrawler(nil)
	publicSite(t, c, public, map[string][]string{"news.example:80": {public.Listener.Addr().String()}})

	// The public site itself is fetched.
	if _, err := c.fetchPage(context.Background(), "http://news.example/pages/nodate.html"); err != nil {
		t.Fatalf("public page: %v", err)
	}
	for _, p := range []string{"/to-internal", "/to-zoned"} {
		_, err := c.fetchPage(context.Background(), "http://news.example"+p)
		if !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("%s: got %v, want ErrForbiddenAddress", p, err)
		}
	}
	if n := internal.count(""); n != 0 {
		t.Errorf("the internal site got %d requests, want 0", n)
	}
}

// DNS rebinding: a name that resolved to a public address once and to an
// internal one at the next connection is refused at that connection.
func TestDNSRebindingRefused(t *testing.T) {
	internal := newSite(t)
	public := newSite(t)
	public.Config.SetKeepAlivesEnabled(false) // each request dials anew
	c := newTestCrawler(nil)
	publicSite(t, c, public, map[string][]string{
		"rebind.example:80": {public.Listener.Addr().String(), internal.Listener.Addr().String()},
	})
	// robots.txt is fetched from the public address...
	_, err := c.fetchPage(context.Background(), "http://rebind.example/pages/nodate.html")
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Errorf("got %v, want ErrForbiddenAddress", err)
	}
	if n := public.count("/robots.txt"); n != 1 {
		t.Errorf("the public address got %d robots.txt requests, want 1", n)
	}
	// ...and the page, once the name points inside, is not.
	if n := internal.count(""); n != 0 {
		t.Errorf("the internal site got %d requests, want 0", n)
	}
}

// A zone (%lo) does not smuggle an IPv6 loopback address past the check,
// whether a page or robots.txt redirects there.
func TestZonedRedirectRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "[::1]:0")
	if err != nil {
		t.Skipf("no IPv6 loopback: %v", err)
	}
	var internalHits atomic.Int32
	internal := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		internalHits.Add(1)
		pageHandler(w, r)
	}))
	internal.Listener.Close()
	internal.Listener = ln
	internal.Start()
	t.Cleanup(internal.Close)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	zoned := "http://[::1%25lo]:" + port

	public := newSite(t)
	public.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, zoned+"/robots.txt", http.StatusMovedPermanently)
	})
	public.handle("/to-zoned", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, zoned+"/page", http.StatusFound)
	})
	c := newTestCrawler(nil)
	publicSite(t, c, public, nil)
	_, err = c.fetchPage(context.Background(), public.URL+"/to-zoned")
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Errorf("got %v, want ErrForbiddenAddress", err)
	}
	if n := internalHits.Load(); n != 0 {
		t.Errorf("the loopback site got %d requests, want 0", n)
	}
}
