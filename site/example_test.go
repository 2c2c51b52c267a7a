package site_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
	"strings"
	"time"

	"undersigned/index"
	"undersigned/site"
)

// ExampleServer serves a catalogue of one article and downloads its
// campaigns as CSV, the way a researcher's script would.
func ExampleServer() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "undersigned-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ix, err := index.Open(ctx, dir)
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()
	_, err = ix.Put(ctx, &index.Article{
		URL:       "https://news.example/salesforce-letter",
		Title:     "Salesforce staff question border agency work",
		Published: time.Date(2018, 7, 9, 12, 0, 0, 0, time.UTC),
		Text:      "More than 650 Salesforce employees signed a letter asking the company to end its contract with Customs and Border Protection.",
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := ix.Flush(ctx); err != nil {
		log.Fatal(err)
	}

	srv := site.New(ix)
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/export.csv?company=Salesforce", nil))
	fmt.Println(rec.Code, rec.Header().Get("Content-Disposition"))
	rows, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	for _, row := range rows {
		fmt.Println(strings.Join(row[:9], ","))
	}
	// Output:
	// 200 attachment; filename="undersigned-campaigns-salesforce.csv"
	// campaign_id,company,agency,action,signatures,first_reported,last_reported,articles,sources
	// salesforce-cbp,Salesforce,CBP,letter,650,2018-07-09,2018-07-09,1,https://news.example/salesforce-letter
}
