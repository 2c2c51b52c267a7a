package crawler

import (
	"fmt"
	"testing"
)

func TestCanonicalize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"https://Example.COM/News/Story.html", "https://example.com/News/Story.html"},
		{"HTTP://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"https://example.com:8443/a", "https://example.com:8443/a"},
		{"https://example.com", "https://example.com/"},
		{"https://example.com/a#comments", "https://example.com/a"},
		{"https://example.com/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x", "https://example.com/a"},
		{"https://example.com/a?b=2&a=1&fbclid=IwAR&gclid=1&dclid=2&msclkid=3", "https://example.com/a?a=1&b=2"},
		{"https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&yclid=4&_ga=5&ref_src=twsrc&id=9", "https://example.com/a?id=9"},
		{"https://example.com/a?z=1&a=2&a=1", "https://example.com/a?a=1&a=2&z=1"},
		{"https://example.com/a?&&q=x&", "https://example.com/a?q=x"},
		{"https://example.com/a?", "https://example.com/a"},
		{"https://example.com/A%2Fb/c", "https://example.com/A%2Fb/c"},
		{"https://example.com/path/?q=a%20b", "https://example.com/path/?q=a%20b"},
		{"https://[2001:DB8::1]:443/x", "https://[2001:db8::1]/x"},
		{"  https://example.com/a  ", "https://example.com/a"},
	}
	for _, tt := range tests {
		got, err := Canonicalize(tt.in)
		if err != nil {
			t.Errorf("Canonicalize(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Canonicalize(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"", "/relative/path", "mailto:a@example.com", "ftp://example.com/x", "https:///nohost", "http://[::1"} {
		if got, err := Canonicalize(bad); err == nil {
			t.Errorf("Canonicalize(%q): got %q, want an error", bad, got)
		}
	}
}

func TestUnwrapRedirector(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=x&url=https%3a%2f%2fnews.example.com%2fstory&c=1", "https://news.example.com/story"},
		{"https://www.google.com/url?rct=j&sa=t&url=https://news.example.com/a&ct=ga", "https://news.example.com/a"},
		{"https://www.bing.com/news/apiclick.aspx?url=javascript:alert(1)", "https://www.bing.com/news/apiclick.aspx?url=javascript:alert(1)"},
		{"https://news.example.com/story?url=https://other.example/", "https://news.example.com/story?url=https://other.example/"},
		{"https://news.google.com/rss/articles/CBMiNmh0dHBzOi8vd3d3LmV4YW1wbGUuY29tLzIwMTkvMTEvMjIvd29ya2Vycy1sZXR0ZXIuaHRtbNIBAA?oc=5", "https://www.example.com/2019/11/22/workers-letter.html"},
		{"https://news.google.com/rss/articles/CBMiAU_yqLOx9k2PzQ?oc=5", "https://news.google.com/rss/articles/CBMiAU_yqLOx9k2PzQ?oc=5"},
	}
	for _, tt := range tests {
		if got := unwrapRedirector(tt.in); got != tt.want {
			t.Errorf("unwrapRedirector(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleCanonicalize() {
	u, err := Canonicalize("HTTPS://News.Example.com:443/2019/walkout.html?utm_source=rss&page=2&fbclid=IwAR0#comments")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u)
	// Output: https://news.example.com/2019/walkout.html?page=2
}
