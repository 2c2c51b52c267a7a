package crawler

import (
	"errors"
	"net/netip"
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
