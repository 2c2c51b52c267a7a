package crawler

import (
	"context"
	"errors"
	"net"
	"strings"
	"syscall"
	"testing"
	"time"
)

// blackhole returns the address of a listening socket whose accept queue is
// full, so that the kernel drops new SYNs and a connection attempt hangs
// as it does to a host that does not answer.
func blackhole(t *testing.T) string {
	t.Helper()
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Skip(err)
	}
	if err := syscall.Listen(fd, 0); err != nil {
		t.Skip(err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		t.Skip(err)
	}
	addr := (&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: sa.(*syscall.SockaddrInet4).Port}).String()
	// Fill the accept queue; once a dial hangs, it is full.
	for range 16 {
		conn, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err != nil {
			return addr
		}
		t.Cleanup(func() { conn.Close() })
	}
	t.Skip("could not fill the accept queue")
	return ""
}

// ConnectTimeout bounds a connection that is never answered, well within
// the request's Timeout.
func TestConnectTimeout(t *testing.T) {
	addr := blackhole(t)
	c := newTestCrawler(nil)
	c.ConnectTimeout = 100 * time.Millisecond
	c.Timeout = time.Minute
	c.MaxAttempts = 1
	_, err := c.fetchPage(context.Background(), "http://"+addr+"/page")
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "could not connect to "+addr+" within 100ms") {
		t.Errorf("got %v, want a connect timeout", err)
	}
}
