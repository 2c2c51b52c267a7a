package crawler

import (
	"errors"
	"net"
	"net/netip"
	"syscall"
)

// ErrForbiddenAddress is returned (wrapped) when a URL resolves to an
// address the crawler refuses to connect to: loopback, private, link-local,
// CGNAT, multicast and other non-public ranges, unless AllowPrivate is set.
var ErrForbiddenAddress = errors.New("crawler: address not allowed")

// forbiddenRange is a range a server-side fetcher must not reach on behalf
// of a feed, and what it is, for the error.
type forbiddenRange struct {
	prefix netip.Prefix
	what   string
}

// forbiddenRanges are internal, reserved or not unicast.
var forbiddenRanges = func() []forbiddenRange {
	var rs []forbiddenRange
	for _, r := range []struct{ prefix, what string }{
		{"0.0.0.0/8", `"this network" address`},
		{"10.0.0.0/8", "private address"},
		{"100.64.0.0/10", "CGNAT address"},
		{"127.0.0.0/8", "loopback address"},
		{"169.254.0.0/16", "link-local address"},
		{"172.16.0.0/12", "private address"},
		{"192.0.0.0/24", "IETF protocol address"},
		{"192.0.2.0/24", "documentation address"},
		{"192.88.99.0/24", "6to4 relay address"},
		{"192.168.0.0/16", "private address"},
		{"198.18.0.0/15", "benchmarking address"},
		{"198.51.100.0/24", "documentation address"},
		{"203.0.113.0/24", "documentation address"},
		{"224.0.0.0/4", "multicast address"},
		{"240.0.0.0/4", "reserved address"},
		{"::/128", "unspecified address"},
		{"::1/128", "loopback address"},
		{"::/96", "IPv4-compatible address"},
		{"::ffff:0:0:0/96", "IPv4-translated address"},
		{"64:ff9b:1::/48", "local-use NAT64 address"},
		{"100::/64", "discard address"},
		{"2001::/23", "IETF protocol address"},
		{"2001:db8::/32", "documentation address"},
		{"fc00::/7", "unique local address"},
		{"fe80::/10", "link-local address"},
		{"fec0::/10", "site-local address"},
		{"ff00::/8", "multicast address"},
	} {
		rs = append(rs, forbiddenRange{netip.MustParsePrefix(r.prefix), r.what})
	}
	return rs
}()

// Ranges whose addresses carry an IPv4 address, judged by it.
var (
	nat64Prefix = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour   = netip.MustParsePrefix("2002::/16")
)

// checkAddr returns nil if the crawler may connect to ip, or an error
// wrapping ErrForbiddenAddress. IPv4-mapped, NAT64 and 6to4 addresses are
// judged by the IPv4 address they carry. An address with a zone
// (fe80::1%eth0) is refused whatever it is: a zone only makes sense for a
// link-local or other scoped address, and netip.Prefix matches no zoned
// address, so it would slip through every range.
func checkAddr(ip netip.Addr) error {
	if !ip.IsValid() {
		return kindErrorf(ErrForbiddenAddress, nil, "refusing to connect to an invalid address")
	}
	if ip.Zone() != "" {
		return kindErrorf(ErrForbiddenAddress, nil, "refusing to connect to %s (scoped address)", ip)
	}
	orig := ip
	ip = ip.Unmap()
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64Prefix.Contains(ip):
			ip = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
		case sixToFour.Contains(ip):
			ip = netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})
		}
	}
	for _, r := range forbiddenRanges {
		if r.prefix.Contains(ip) {
			return kindErrorf(ErrForbiddenAddress, nil, "refusing to connect to %s (%s)", orig, r.what)
		}
	}
	return nil
}

// dialControl returns a net.Dialer Control function that refuses forbidden
// addresses. It runs after DNS resolution, on the address actually dialled,
// so DNS rebinding and redirects to internal hosts are refused as well.
func dialControl(allowPrivate bool) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		if allowPrivate {
			return nil
		}
		switch network {
		case "tcp", "tcp4", "tcp6":
		default:
			return kindErrorf(ErrForbiddenAddress, nil, "refusing a %s connection to %s", network, address)
		}
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return kindErrorf(ErrForbiddenAddress, nil, "refusing to connect to %q", address)
		}
		ip, err := netip.ParseAddr(host)
		if err != nil {
			return kindErrorf(ErrForbiddenAddress, nil, "refusing to connect to %q", address)
		}
		return checkAddr(ip)
	}
}
