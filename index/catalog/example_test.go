package catalog_test

import (
	"fmt"
	"time"

	"undersigned/index/catalog"
)

func Example() {
	x, err := catalog.New()
	if err != nil {
		panic(err)
	}
	doc := catalog.Document{
		URL:       "https://news.example/salesforce-letter",
		Title:     "Salesforce staff question border contract",
		Published: time.Date(2018, 6, 25, 0, 0, 0, 0, time.UTC),
		Text: "More than 650 Salesforce employees have signed a letter asking the company to " +
			"reconsider its contract with U.S. Customs and Border Protection.\n\n" +
			"Last week Microsoft employees sent a letter pushing the company to drop its " +
			"$19.4 million contract with Immigration and Customs Enforcement.",
	}
	for _, m := range x.Extract(doc) {
		fmt.Printf("%s / %s / %s / %d", m.Company, m.Agency, m.Action, m.Signatures())
		if m.Count != nil {
			fmt.Printf(" (%s)", m.Count.Qualifier)
		}
		if m.ContractValueUSD > 0 {
			fmt.Printf(" $%d", m.ContractValueUSD)
		}
		fmt.Printf(" id=%s\n", catalog.Slug(m.Company+" "+m.Agency))
	}
	a, _ := x.Gazetteer().Agency("border patrol")
	fmt.Println(a.Name, "=", a.Full)
	// Output:
	// Salesforce / CBP / letter / 650 (more than) id=salesforce-cbp
	// Microsoft / ICE / letter / 0 $19400000 id=microsoft-ice
	// CBP = U.S. Customs and Border Protection
}
