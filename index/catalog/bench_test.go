package catalog

import "testing"

// BenchmarkExtract reads one typical article: a few hundred words, several
// companies and counts.
func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	d, err := readArticle("testdata/articles/border-contracts-roundup.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(d)
	}
}

// BenchmarkNew parses the embedded gazetteer.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
