package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// ErrForbiddenAddress is returned (wrapped) when a URL resolves to an
// address the crawler refuses to connect to: loopback, private, link-local,
// CGNAT, multicast and other non-public ranges, unless AllowPrivate is set.
var ErrForbiddenAddress = errors.New("crawler: address not allowed")

// forbiddenPrefixes are the ranges a server-side fetcher must not reach on
// behalf of a feed: they are internal, reserved or not unicast.
var forbiddenPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",       // "this network", unspecified
		"10.0.0.0/8",      // RFC 1918
		"100.64.0.0/10",   // CGNAT, RFC 6598
		"127.0.0.0/8",     // loopback
		"169.254.0.0/16",  // link-local, cloud metadata
		"172.16.0.0/12",   // RFC 1918
		"192.0.0.0/24",    // IETF protocol assignments
		"192.0.2.0/24",    // TEST-NET-1
		"192.88.99.0/24",  // 6to4 relay anycast
		"192.168.0.0/16",  // RFC 1918
		"198.18.0.0/15",   // benchmarking
		"198.51.100.0/24", // TEST-NET-2
		"203.0.113.0/24",  // TEST-NET-3
		"224.0.0.0/4",     // multicast
		"240.0.0.0/4",     // reserved, broadcast
		"::/128",          // unspecified
		"::1/128",         // loopback
		"64:ff9b:1::/48",  // local-use NAT64
		"100::/64",        // discard
		"2001::/23",       // IETF protocol assignments (Teredo, ORCHID…)
		"2001:db8::/32",   // documentation
		"fc00::/7",        // unique local
		"fe80::/10",       // link-local
		"fec0::/10",       // site-local (deprecated)
		"ff00::/8",        // multicast
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

// checkAddr returns nil if the crawler may connect to ip, or an error
// wrapping ErrForbiddenAddress. IPv4-mapped, NAT64 and 6to4 addresses are
// judged by the IPv4 address they carry.
func checkAddr(ip netip.Addr) error {
	if !ip.IsValid() {
		return fmt.Errorf("crawler: invalid address: %w", ErrForbiddenAddress)
	}
	ip = ip.Unmap()
	if ip.Is6() {
		b := ip.As16()
		switch {
		case netip.MustParsePrefix("64:ff9b::/96").Contains(ip): // NAT64
			ip = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
		case netip.MustParsePrefix("2002::/16").Contains(ip): // 6to4
			ip = netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})
		}
	}
	for _, p := range forbiddenPrefixes {
		if p.Contains(ip) {
			return fmt.Errorf("crawler: refusing to connect to %s (%s): %w", ip, p, ErrForbiddenAddress)
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
			return fmt.Errorf("crawler: refusing %s connection to %s: %w", network, address, ErrForbiddenAddress)
		}
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return fmt.Errorf("crawler: refusing connection to %q: %w", address, ErrForbiddenAddress)
		}
		ip, err := netip.ParseAddr(host)
		if err != nil {
			return fmt.Errorf("crawler: refusing connection to %q: %w", address, ErrForbiddenAddress)
		}
		return checkAddr(ip)
	}
}
