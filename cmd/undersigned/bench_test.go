package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"undersigned/crawler"
	"undersigned/index"
)

// BenchmarkIngestArticle measures ingesting one article page end to end:
// main-text extraction, the catalogue (mentions, campaigns) and the search
// index, with a flush per article (crawls flush once per feed, so this is
// the slow case). Every page gets a paragraph of its own so that none is
// folded into another as a near-duplicate. "spread" spreads the reports
// over 20 companies' campaigns; "one-campaign" makes every report join one
// ever-growing campaign, which each flush rebuilds.
func BenchmarkIngestArticle(b *testing.B) {
	companies := strings.Fields("Oracle Google Microsoft Amazon Salesforce IBM Apple Meta GitHub Palantir Intel Dell Cisco Adobe Uber Lyft Twitter Tesla Netflix Zoom")
	b.Run("spread", func(b *testing.B) { benchIngest(b, companies) })
	b.Run("one-campaign", func(b *testing.B) { benchIngest(b, companies[:1]) })
}

func benchIngest(b *testing.B, companies []string) {
	page, err := os.ReadFile(filepath.Join("testdata", "site", "pages", "oracle-ice-letter.html"))
	if err != nil {
		b.Fatal(err)
	}
	vocab := strings.Fields("contract workers letter agency cloud data company employees signed review meeting policy software engineers office union council city state budget report")
	rng := rand.New(rand.NewPCG(1, 2))
	ix, err := index.Open(context.Background(), b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	mentions := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		var para strings.Builder
		for j := 0; j < 200; j++ {
			para.WriteString(vocab[rng.IntN(len(vocab))] + " ")
		}
		host := fmt.Sprintf("https://n%d.example", i)
		html := bytes.ReplaceAll(page, []byte("{{BASE}}"), []byte(host))
		html = bytes.ReplaceAll(html, []byte("Oracle"), []byte(companies[i%len(companies)]))
		html = bytes.Replace(html, []byte("</article>"), []byte("<p>"+para.String()+".</p></article>"), 1)
		b.StartTimer()

		a, err := crawler.ExtractArticle(host+"/pages/oracle-ice-letter.html", html, "text/html; charset=utf-8")
		if err != nil {
			b.Fatal(err)
		}
		res, err := ix.Put(ctx, a)
		if err != nil {
			b.Fatal(err)
		}
		if res.Outcome != index.New {
			b.Fatalf("article %d: %v, want new", i, res.Outcome)
		}
		mentions += res.Mentions
		if err := ix.Flush(ctx); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	if mentions == 0 {
		b.Fatal("the benchmark article yielded no mentions")
	}
}
