package catalog

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestSeedFacts checks the canonical example, told in the project's own
// words (testdata/articles/border-contracts-roundup.txt): four campaigns
// in one article, each count with its own company.
func TestSeedFacts(t *testing.T) {
	d, err := readArticle("testdata/articles/border-contracts-roundup.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range newExtractor(t).Extract(d) {
		got[m.Company] = fmt.Sprintf("%s/%s/%d/%d", m.Agency, m.Action, m.Signatures(), m.ContractValueUSD)
	}
	want := map[string]string{
		"Salesforce": "CBP/letter/650/0",
		"Microsoft":  "ICE/letter/300/19400000",
		"Amazon":     "Police/letter/100/0",
		"Google":     "Pentagon/protest/0/0",
	}
	for c, w := range want {
		if got[c] != w {
			t.Errorf("%s: got %q, want %q", c, got[c], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got companies %v, want %v", got, want)
	}
}

func TestExtractCases(t *testing.T) {
	x := newExtractor(t)
	pub := time.Date(2019, 9, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		want []string // company/agency-or-issue/action/N, in order
	}{
		{"elliptical possessives",
			"Workers at Microsoft sent a letter opposing the company's work for ICE. Amazon employees asked the company to stop selling face recognition to police. Microsoft's letter had drawn over 300 signatures and Amazon's over 100.",
			[]string{"Microsoft/ICE/letter/300", "Amazon/Police/letter/100"}},
		{"money is not a count",
			"A charity refused a $250,000 donation from Salesforce after raising $20 million online. Over 650 Salesforce employees had signed a letter against the company's deal with CBP.",
			[]string{"Salesforce/CBP/letter/650"}},
		{"workforce is not a count",
			"Amazon, which has 35,000 employees in Seattle, faced a walkout on Friday. Hundreds of Amazon employees walked out over the company's climate record.",
			[]string{"Amazon/climate/walkout/0"}},
		{"shareholder filers are not signers",
			"In December, 28 employees filed a shareholder resolution on climate. More than 4,000 Amazon employees have since signed an open letter on climate.",
			[]string{"Amazon/climate/letter/4000"}},
		{"other employees are not the count",
			"A Clarifai engineer resigned over the company's Pentagon work. At least two other employees have left the company over its military work.",
			[]string{"Clarifai/Pentagon/resignation/0"}},
		{"growth keeps the latest",
			"More than 3,500 Amazon employees signed a letter on climate in its first two days. By Thursday the total had passed 4,000.",
			[]string{"Amazon/climate/letter/4000"}},
		{"up from",
			"Amazon employees said more than 1,800 workers had pledged to walk out over climate, up from roughly 900 last week.",
			[]string{"Amazon/climate/walkout/1800"}},
		{"customer petition",
			"More than 300,000 customers signed a petition asking Amazon to stop selling plastic.",
			nil},
		{"company statement",
			"Google told employees in a memo that it would keep its Pentagon contract.",
			nil},
		{"layoffs",
			"Meta said it would cut 11,000 jobs, about 13 percent of its staff, and employees were told by email on Wednesday.",
			nil},
		{"censorship is no agency",
			"About 1,400 Google employees signed a letter demanding answers about Dragonfly, a censored search app for China.",
			[]string{"Google/censorship/letter/1400"}},
		{"non-gazetteer employer",
			"Workers at Quillbright, a payroll startup, walked out on Monday over its contract with CBP.",
			[]string{"Quillbright/CBP/walkout/0"}},
		{"employees among public signers",
			"Two Microsoft employees presented an online petition with more than 300,000 signatures (including 500 employees) asking the company to cancel its contract with ICE.",
			[]string{"Microsoft/ICE/petition/500"}},
		{"target named in the next sentence",
			"Over 200 Tableau employees protested their company's contracts with the federal government. They called on the company to drop its work for ICE.",
			[]string{"Tableau/ICE/protest/200"}},
		{"false employer words",
			"Black employees and former employees at Seattle offices signed nothing. Tech workers met the press.",
			nil},
		{"coordinated subjects keep their own counts",
			"About 120 Microsoft engineers and more than 40 GitHub employees signed a letter against work for ICE.",
			[]string{"GitHub/ICE/letter/40", "Microsoft/ICE/letter/120"}},
		{"two companies before one worker noun",
			"Oracle and Salesforce employees walked out over their companies' work for CBP.",
			[]string{"Oracle/CBP/walkout/0", "Salesforce/CBP/walkout/0"}},
		{"a joint letter's total is no company's count",
			"Employees of Oracle and Salesforce signed a letter against work for CBP. By Friday it had 700 signatures.",
			[]string{"Oracle/CBP/letter/0", "Salesforce/CBP/letter/0"}},
		{"a joint letter's total in the same sentence is no company's count",
			"Hundreds of Oracle and Salesforce employees signed the letter against work for CBP, which now has 2,000 signatures.",
			[]string{"Oracle/CBP/letter/0", "Salesforce/CBP/letter/0"}},
		{"workers of several companies are no company's",
			"Workers at several tech companies have signed letters against contracts with ICE. Oracle declined to comment on the trend.",
			nil},
		{"workers at these companies",
			"Oracle and Salesforce sell software to ICE. Workers at both companies walked out on Friday.",
			[]string{"Oracle/ICE/walkout/0", "Salesforce/ICE/walkout/0"}},
		{"fired workers are not the sit-in's count",
			"Oracle fired 14 employees after a sit-in at its Austin office over its cloud deal with the Israeli military.",
			[]string{"Oracle/Israel/sit-in/0"}},
		{"occupying an office is a sit-in",
			"Dozens of Oracle workers occupied the lobby of its Austin headquarters to protest its work for ICE.",
			[]string{"Oracle/ICE/sit-in/0"}},
		{"placards are not signatures",
			"Oracle workers walked out over ICE. They stood outside holding signs that read 'No code for cages'.",
			[]string{"Oracle/ICE/walkout/0"}},
		{"refusing to build",
			"A team of Oracle engineers refused to build a tracking tool for ICE.",
			[]string{"Oracle/ICE/other/0"}},
		{"refusal by the company is not the workers'",
			"Oracle employees said the company refused to work with ICE.",
			nil},
		{"a group formed to protest",
			"Oracle workers founded a network to speak out against the company's sales to police.",
			[]string{"Oracle/Police/protest/0"}},
		{"pressure with a direct subject counts",
			"A group of 25 Oracle engineers is lobbying executives to drop a contract with ICE.",
			[]string{"Oracle/ICE/other/25"}},
		{"a share of the firm's employees is a count",
			"More than 800 of the firm's employees have signed a petition circulating inside Oracle against its work for ICE.",
			[]string{"Oracle/ICE/petition/800"}},
		{"an internal petition's signatures are the staff's",
			"About 40 Oracle engineers resigned over the company's work for the Pentagon. An internal petition asking Oracle to end the work has about 2,500 signatures; when it became public in May it had roughly 1,900.",
			[]string{"Oracle/Pentagon/resignation/40", "Oracle/Pentagon/petition/2500"}},
		{"a petition with no staff in sight is the public's",
			"Oracle sells software to ICE. A petition asking Oracle to cancel its ICE contract has drawn about 40,000 signatures.",
			nil},
		{"the authors described as workers of two companies",
			"Workers at Oracle and Salesforce published an anonymous letter against a joint contract with ICE. The authors describe themselves as more than 70 Oracle employees and upwards of 200 people who work at Salesforce.",
			[]string{"Oracle/ICE/letter/70", "Salesforce/ICE/letter/200"}},
		{"'N of them' signing a new petition is a campaign of its own",
			"More than 900 Oracle employees have signed a letter urging Oracle to stop selling software to police forces. It is not the first time. Last year, more than 600 of them signed a petition asking Oracle not to bid on a cloud contract with CBP.",
			[]string{"Oracle/Police/letter/900", "Oracle/CBP/petition/600"}},
		{"the walkout names the refusal told before",
			"On Monday, hundreds of Oracle employees refused to work to protest the company's contract with ICE. The virtual walkout was organized on internal message boards.",
			[]string{"Oracle/ICE/walkout/0"}},
		{"a striking share is no strike",
			"Three hundred Oracle employees have signed a petition against the company's work for ICE. That is roughly one in six of the company's 1,800 staff — a striking share at a company whose co-founder, Lee Moss, has long encouraged employees to argue about strategy in the open.",
			[]string{"Oracle/ICE/petition/300"}},
		{"the employer named as the place, with an appositive",
			"At Brindlewood, a 60-person startup that makes mapping software, two dozen engineers sent the founders a letter objecting to a planned pilot with the Denver Police Department.",
			[]string{"Brindlewood/Denver Police Department/letter/24"}},
		{"writers of a letter signed by others are not its count",
			"Three Oracle engineers wrote a letter against the company's ICE contract; it was later signed by 400 colleagues.",
			[]string{"Oracle/ICE/letter/400"}},
		{"carriers of a letter are not its count",
			"Five Oracle employees delivered a letter against the company's ICE contract to the chief executive.",
			[]string{"Oracle/ICE/letter/0"}},
		{"a year before workers is no count",
			"Oracle has faced dissent before; in 2020 staff staged a walkout over the company's contract with ICE.",
			[]string{"Oracle/ICE/walkout/0"}},
		{"leaving work for an hour is a walkout",
			"Roughly 500 employees of Oracle left work for an hour on Thursday, saying the company has failed to act on harassment complaints.",
			[]string{"Oracle/harassment/walkout/500"}},
		{"an internal petition's names",
			"An internal petition that had gathered 1,012 names by Monday night is asking Oracle to end its contract with ICE.",
			[]string{"Oracle/ICE/petition/1012"}},
		{"a foreign ministry is a target of its own",
			"A data scientist at Oracle has resigned in protest over the firm's contract to build a monitoring dashboard for Bahrain's Interior Ministry.",
			[]string{"Oracle/Bahraini Interior Ministry/resignation/0"}},
		{"a foreign defence department is not the Pentagon",
			"A letter bearing 230 signatures from Oracle employees asks why its tools are being rolled out across the Australian Department of Defence.",
			[]string{"Oracle/Australian Department of Defence/letter/230"}},
		{"foreign police acting are not the target",
			"Oracle employees walked out over the company's climate record after Chinese police detained two activists.",
			[]string{"Oracle/climate/walkout/0"}},
		{"a note the workers sent is a letter",
			"At Oracle, a separate group of 170 engineers sent their own note to managers this week opposing the company's bid for a Navy cloud contract.",
			[]string{"Oracle/US Navy/letter/170"}},
		{"leaving the office for a rally is a walkout",
			"At Oracle, a group of around 90 employees left the office and marched to the climate rally downtown.",
			[]string{"Oracle/climate/walkout/90"}},
		{"a share of a counted workforce",
			"Brindlewood, a drone-software startup, holds a $4.2 million subcontract on a Pentagon program. Two dozen of its roughly 60 employees resigned on the same afternoon.",
			[]string{"Brindlewood/Pentagon/resignation/24"}},
		{"a government's censorship is the issue",
			"More than 180 Oracle workers signed a petition against a search blacklist built to satisfy the Chinese government's censorship rules.",
			[]string{"Oracle/censorship/petition/180"}},
		{"a tally 'closer to' a figure now",
			"Oracle employees sent an open letter about the ICE contract. Yesterday the letter had more than 2,000 signatures. Organizers told us this afternoon it is closer to 2,600 now.",
			[]string{"Oracle/ICE/letter/2600"}},
		{"an internal letter says what the workers ask",
			"Workers at Oracle, the database business that Salesforce once tried to buy, are asking their managers to let a software agreement with CBP expire, according to an internal letter reviewed by Meridian Wire. The letter carried 180 names on Monday. By Thursday the tally had reached 412 employees.",
			[]string{"Oracle/CBP/letter/412"}},
		{"staff of an organisation described, not named, are not the last company's",
			"A few dozen Oracle engineers have started a petition against the company's work for ICE. At the foundation that runs Wikipedia, 230 staff signed a letter to the board about harassment complaints.",
			[]string{"Oracle/ICE/petition/0"}},
		{"the target told just before a count",
			"Police removed a group of Amazon employees from the Seattle lobby on Friday after a sit-in that lasted most of the day. The group opposes Project Nimbus, a cloud deal with the Israeli government that Amazon shares with Google. Organisers say about 80 workers joined the sit-in. Years earlier, thousands of Amazon employees petitioned the company to stop selling image analysis to the Pentagon. Amazon kept the Defense Department contract.",
			[]string{"Amazon/Israel/sit-in/80", "Amazon/Pentagon/petition/0"}},
		{"a well-known company after 'over at'",
			"Over at Qualcomm, a few dozen engineers sent their division head a letter opposing the Army contract.",
			[]string{"Qualcomm/US Army/letter/0"}},
		{"a spelled-out number opening a sentence is not an employer",
			"Thirty-two engineers at Keelwright Marine, a drone-boat startup, stopped work on Monday to protest the company's plan to arm its boats for the U.S. Navy.",
			[]string{"Keelwright Marine/US Navy/strike/32"}},
		{"a company that speaks through a spokesperson; a share of 'those employees'",
			"Pinemark makes licence-plate readers. It has about 50 employees. On Monday, a dozen of those employees signed a letter asking the founders to drop a $300,000 agreement with the county police. A Pinemark spokesperson said the deal would go ahead.",
			[]string{"Pinemark/Police/letter/12"}},
		{"'N of them have now signed'",
			"Zillow told employees in March that they must work from the office three days a week. About 450 of them have now signed a petition asking the company to drop the return-to-office plan.",
			[]string{"Zillow/return-to-office/petition/450"}},
		{"office workers protesting layoffs and executive pay",
			"Around 300 Yelp employees signed an open letter protesting the layoffs and the executive pay increases announced last month.",
			[]string{"Yelp/layoffs/letter/300"}},
		{"a running count told far from the walkout, newest first",
			"Netflix engineers walked out at noon to protest the company's work for ICE. Netflix has not given its own figure. The company said it respects the right to protest. Its spokesperson said the contract is small. Offices in Los Gatos and New York emptied quickly. Several staff carried signs. Traffic slowed on the avenue. A food truck did brisk business. Rain held off until four. Organizers' count has now reached 900, with New York reporting in.",
			[]string{"Netflix/ICE/walkout/900"}},
		{"a count after a colon",
			"Uber engineers walked off the job to protest a police contract. Organizers' final count: 240 participants.",
			[]string{"Uber/Police/walkout/240"}},
		{"the workers' own union tells of their petition",
			"Last year a petition asking Etsy to end its ICE contract drew 1,300 signatures, according to the Etsy Workers Union.",
			[]string{"Etsy/ICE/petition/1300"}},
		{"workers who sat down in the lobby held a sit-in; a subcontract's agency is the company's",
			"About 45 HP employees sat down in the lobby of the company's Palo Alto headquarters on Friday. The group wants HP to drop a subcontract under which it supplies printers to ICE detention centers.",
			[]string{"HP/ICE/sit-in/45"}},
		{"a platform people post on is not their employer; signing off is not signing",
			"Dozens of Shopify employees logged off on Tuesday in a virtual walkout over the company's climate plans. Several employees said on Twitter that their whole team had signed off for the day.",
			[]string{"Shopify/climate/walkout/0"}},
		{"people of the company named before 'where'",
			"Dissent is rarer at Apple than at Google, where about 20,000 people walked out in 2018 over the handling of sexual-misconduct claims.",
			[]string{"Google/harassment/walkout/20000"}},
		{"an appositive count with a clause of its own",
			"Twitch's engineers — more than 350 of them, according to the people who organised it — have signed a petition asking Amazon to stop selling cloud seats to ICE.",
			[]string{"Twitch/ICE/petition/350"}},
		{"'at the foundation' after the foundation was named",
			"Our third item is the Wikimedia Foundation. At the foundation, 120 staff wrote to the trustees about how harassment complaints are handled.",
			[]string{"Wikimedia Foundation/harassment/letter/120"}},
		{"'N of us' in a worker's own account are the writer's colleagues",
			"I have written code at Dropbox's Austin office for four years. On Tuesday at noon, 85 of us closed our laptops and walked out to protest the company's new ICE contract.",
			[]string{"Dropbox/ICE/walkout/85"}},
		{"workers passing around a petition; its count in an organizer's quote",
			"Employees at Cisco are passing around a petition that asks the company to end a contract with the Drug Enforcement Administration. \"We have 180 signatures from people in every division,\" said one organizer.",
			[]string{"Cisco/DEA/petition/180"}},
		{"a spelled-out number of several words",
			"This week roughly three hundred and forty Okta employees signed a letter about the company's contract with the state Department of Corrections.",
			[]string{"Okta/Prisons/letter/340"}},
		{"a letter protesting a layoff",
			"Staff at Bungie sent management a letter protesting the layoff of 40 testers. It was signed by 90 of their colleagues.",
			[]string{"Bungie/layoffs/letter/90"}},
		{"a union election petition is another beat at a known employer too",
			"Employees at Etsy voted to unionize on Tuesday. Organizers filed a petition with the labor board for the election after the company declined to recognize the union.",
			nil},
		{"'At Name, the ... maker, N employees' after an appositive",
			"At Copperleaf Software, the Leeds maker of routing tools, about 140 employees walked out on Friday to demand that the company stop selling to oil and gas producers.",
			[]string{"Copperleaf Software/climate/walkout/140"}},
		{"a share of the resigning engineers' colleagues",
			"Seven Dell engineers have resigned over the company's FBI contract. Before that, a letter urging executives to reject the deal was signed by 26 of the engineers' colleagues.",
			[]string{"Dell/FBI/resignation/7", "Dell/FBI/letter/26"}},
		{"a petition at the place that opens the sentence",
			"At Salesforce, that anger has taken the form of a petition against the CBP contract that its organizers say crossed 900 signatures last week.",
			[]string{"Salesforce/CBP/petition/900"}},
		{"'when they held sit-ins' after the workers open the sentence before",
			"Microsoft employees took bigger risks. When they held sit-ins at the Redmond campus over the company's ICE contract, the company fired several of them.",
			[]string{"Microsoft/ICE/sit-in/0"}},
		{"one walkout told under two issues is one action",
			"Employees demand an end to forced arbitration after a lawsuit alleging harassment.\n\nHundreds of Riot Games employees walked out on Monday to protest the company's handling of sexual harassment claims.",
			[]string{"Riot Games/harassment/walkout/0"}},
		{"bodies a letter speaks of are not its target; one ministry, two spellings",
			"Engineers at Cisco have asked the board to drop a contract with the Saudi Ministry of Interior. Their letter, signed by 150 employees, says police forces under the Saudi interior ministry have tracked activists. Cisco signed the $40m contract last year.",
			[]string{"Cisco/Saudi Interior Ministry/letter/150"}},
		{"the petition a company's engineer started carries its signatures",
			"Maya Lind, a firmware engineer at Okta, posted a document to the internal wiki asking the company to drop its ICE contract. It would have been easy for the petition to stall. By the time of the town hall, the petition carried 410 signatures. Two Okta engineers have since resigned over the contract.",
			[]string{"Okta/ICE/petition/410", "Okta/ICE/resignation/2"}},
		{"two campaigns of one company, each told with its workers, stay two",
			"More than 1,000 Amazon employees signed a letter on climate change. Separately, 500 Amazon employees signed a letter protesting sexual harassment.",
			[]string{"Amazon/climate/letter/1000", "Amazon/harassment/letter/500"}},
		{"a company's total headcount is not a running count",
			"Netflix engineers walked out to protest the company's work for ICE. The company's total headcount is 12,000.",
			[]string{"Netflix/ICE/walkout/0"}},
		{"people protesting outside a company are not its workers",
			"Immigrant-rights groups rallied outside Amazon, where about 300 people protested the company's work for ICE. At a shareholder meeting at Microsoft, where 1,200 people signed a petition against the Army contract, the board said nothing.",
			nil},
		{"a separate letter keeps its own target",
			"Microsoft employees protested the Army HoloLens contract. A separate letter, signed by 300 employees, says the company should drop its ICE contract.",
			[]string{"Microsoft/US Army/protest/0", "Microsoft/ICE/letter/300"}},
		{"'signed in solidarity' is signing",
			"More than 300 Google employees have signed in solidarity with the fired organizers, opposing the Pentagon contract.",
			[]string{"Google/Pentagon/letter/300"}},
		{"'as they watched, protesters staged' is not the workers' sit-in",
			"Microsoft employees were told about the ICE contract on Monday. As they watched, protesters from outside groups staged a sit-in in the lobby.",
			nil},
		{"factory and road labour over pay is another beat, even at a known employer",
			"Hundreds of Tesla employees at the Grünheide plant walked out on Friday over pay. Foxconn workers clashed with security guards over unpaid bonuses. Hundreds of Foxconn employees walked out over pay.",
			nil},
		{"critics' petition at a company is not its workers'",
			"At Palantir, critics have circulated a petition against the ICE contract that crossed 20,000 signatures.",
			nil},
		{"a walkout years ago and this week's are two",
			"In 2018, 20,000 Google employees walked out over sexual harassment. This week, hundreds of Google employees walked out over the company's climate record.",
			[]string{"Google/harassment/walkout/20000", "Google/climate/walkout/0"}},
		{"a first-person essay: the one agency the story names; 'a company of about 140 people'",
			"At Kettlewell Mapping, a Denver company of about 140 people that sells terrain models, I led a team. A new customer turned out to be U.S. Customs and Border Protection. Thirty-seven of us signed a letter to our founders asking them to review the work.",
			[]string{"Kettlewell Mapping/CBP/letter/37"}},
		{"'X, the company behind Y'; 'X, which has about 90 employees'; 'Their petition'; 'signed by nearly 200 people'",
			"The biggest effort is at Brindle, the company behind the Brindle search engine. A letter addressed to its executives asks the company to end a subscription agreement with U.S. Customs and Border Protection. By Tuesday the letter had been signed by 340 employees. Skiff Labs, which has about 90 employees, sells mapping tools to the Border Patrol. Engineers there began gathering names in July. Their petition calls for an end to that arrangement. It has been signed by nearly 200 people, according to a copy.",
			[]string{"Brindle/CBP/letter/340", "Skiff Labs/CBP/petition/200"}},
		{"'In their letter, they write' is the letter already told",
			"Eleven engineers at Lumenfold, a Denver startup, resigned after the company agreed to work for the U.S. Air Force, according to a joint resignation letter. The departing engineers make up a fifth of the team. In their letter, they write that they were told the company would not take military work.",
			[]string{"Lumenfold/US Air Force/resignation/11"}},
		{"a year is not a count; 'had added theirs' signs the letter told before",
			"Activision Blizzard's staff spent much of 2021 and 2022 protesting the company's handling of harassment claims. The Adobe letter against the ICE contract carried 52 names on Friday morning. By mid-afternoon more than 100 Adobe employees had added theirs.",
			[]string{"Adobe/ICE/letter/100"}},
		{"signatures inside the company are its workers'",
			"Ubisoft staff went on strike over the office mandate. Weeks earlier, a petition asking management to honor remote-work arrangements had collected more than a thousand signatures inside the company.",
			[]string{"Ubisoft/return-to-office/strike/0", "Ubisoft/return-to-office/petition/1000"}},
		{"a demand for an ethics review of the one agency's contract is about that agency",
			"At Kettlewell Mapping, a Denver company of about 140 people, I led a team. A new customer turned out to be U.S. Customs and Border Protection. Thirty-seven of us signed a letter to our founders asking them to put the contract through an ethics review.",
			[]string{"Kettlewell Mapping/CBP/letter/37"}},
		{"developers placed at a company are its staff; colleagues at an unnamed firm are no one's",
			"At Brambleway Games, the Leeds studio behind the racing game Dust Circuit, 64 developers have signed a petition asking management to reverse the layoff of 30 testers. Separately, a reader at a mid-size fintech company writes that about 40 of her colleagues signed a letter asking their employer to drop a payday lender.",
			[]string{"Brambleway Games/layoffs/petition/64"}},
		{"employees of the retailer named after it; organizers presenting the petition already told add nothing",
			"Engineers at Zillow have petitioned the company to end its ICE contract. In 2019, more than 500 employees of the online furniture retailer Wayfair walked out over a sale to a migrant shelter contractor. Organizers plan to present the petition at the next meeting.",
			[]string{"Zillow/ICE/petition/0", "Wayfair/immigration/walkout/500"}},
		{"a group of engineers is workers, not an outside group",
			"A petition started by a group of Zillow engineers asks the company to end its ICE contract. It had 212 signatures on Wednesday.",
			[]string{"Zillow/ICE/petition/212"}},
		{"warehouse-heavy employers keep pay strikes out even when the warehouse goes unnamed",
			"In Germany, 800 Amazon employees at six locations stopped work ahead of Christmas to protest low wages.",
			nil},
		{"an appositive about arrests does not cut the workers from their sit-in, nor give its number",
			"Google employees, 12 of whom were arrested, staged a sit-in over the Nimbus contract. Members of a union local at Verizon, about 30 percent of the staff, said nothing.",
			[]string{"Google/Israel/sit-in/0"}},
		{"organizers' estimate of a crowd is its count; a company's figure for staff is not",
			"Hundreds of Google workers walked out over the Pentagon contract. Organizers estimated the crowd at 3,000. Google put the number of its employees at 150,000.",
			[]string{"Google/Pentagon/walkout/3000"}},
		{"'at least 14 have resigned': a number standing for the workers told before",
			"Oracle engineers are quitting over the company's work with ICE. At least 14 have resigned since March.",
			[]string{"Oracle/ICE/resignation/14"}},
		{"a list of three companies' workers; 'Unlike Microsoft,' is not one",
			"Google, Amazon and Microsoft workers rallied outside the Seattle offices against police contracts. Unlike Microsoft, Oracle employees walked out over the Pentagon contract.",
			[]string{"Amazon/Police/protest/0", "Google/Police/protest/0", "Microsoft/Police/protest/0", "Oracle/Pentagon/walkout/0"}},
		{"a foreign body keeps the capitals the article gives it",
			"Roughly a fifth of Atlassian's 5,000 staff signed the letter against the company's deal with the Australian Border Force.",
			[]string{"Atlassian/Australian Border Force/letter/1000"}},
		{"'The walkout, which drew about 2,000 workers,' counts its turnout",
			"The walkout, which drew about 2,000 workers, targeted Google's work for the Defense Department.",
			[]string{"Google/Pentagon/walkout/2000"}},
		{"a petition gathering signatures inside the company; an organizer's 'We're at 1,120'",
			"Cirrusfield staff are angry. A petition asking Cirrusfield to walk away from a new analytics deal with an oil producer is picking up signatures fast inside the Boston cloud data company. By Tuesday night it had about 700 signatures. On Wednesday an organizer told me: \"We're at 1,120 and counting, and people are signing this every hour.\"",
			[]string{"Cirrusfield/other/petition/1120"}},
		{"a company's union's members joining a strike over pay are its workers",
			"The largest union at Nintendo said on Wednesday that about 1,200 of its members had joined the strike over base pay.",
			[]string{"Nintendo/other/strike/1200"}},
		{"the workers' petition is theirs",
			"Oracle sells software to ICE. The workers' petition asking Oracle to cancel the contract has about 900 signatures.",
			[]string{"Oracle/ICE/petition/900"}},
		{"a work stoppage is a strike",
			"About 300 Oracle workers held a one-hour work stoppage to protest the company's ICE contract.",
			[]string{"Oracle/ICE/strike/300"}},
		{"a sickout is a strike",
			"Hundreds of Oracle engineers staged a sickout over the company's Pentagon contract.",
			[]string{"Oracle/Pentagon/strike/0"}},
		{"a gazetteer name in another case",
			"Dozens of ORACLE employees rallied against the company's sales to ICE.",
			[]string{"Oracle/ICE/protest/0"}},
		{"an appositive names the employer",
			"Fernwick, a payments startup based in Austin, lost a contract with ICE after 30 of its employees signed a letter.",
			[]string{"Fernwick/ICE/letter/30"}},
		{"a strike over pay is not the protest over discrimination beside it",
			"Over 200 Oracle engineers protested the company's mistreatment of colleagues on H-1B visas. Separately, Oracle support staff went on strike over pay.",
			[]string{"Oracle/discrimination/protest/200", "Oracle/other/strike/0"}},
		{"an action only about pay takes no target from one beside it",
			"More than 300 Oracle employees signed a letter against work for ICE. In March, Oracle employees walked out demanding higher wages.",
			[]string{"Oracle/ICE/letter/300", "Oracle/other/walkout/0"}},
		{"an unknown employer's action only about pay is another beat",
			"More than 300 Brackenridge Freight employees signed a letter against work for ICE. In March, Brackenridge Freight employees walked out demanding higher wages.",
			[]string{"Brackenridge Freight/ICE/letter/300"}},
		{"a contract signed is not a letter",
			"Oracle employees said the company signed a $20 million deal with ICE.",
			nil},
		{"the organizers' demand belongs to the action just told",
			"About 300 Oracle employees walked out over sexual harassment claims. The organizers demanded an end to forced arbitration.",
			[]string{"Oracle/harassment/walkout/300"}},
		{"a worker in parentheses is not the subject",
			"Two Oracle engineers (a database lead and a developer on the cloud team) resigned over the company's work for ICE.",
			[]string{"Oracle/ICE/resignation/2"}},
		{"a stated aim outweighs pay words nearby",
			"About 40 Oracle employees accepted buyouts and resigned to protest the chief executive's ban on political talk at work. The severance packages paid six months' salary.",
			[]string{"Oracle/other/resignation/40"}},
		{"on the labour beat pay words stay the aim",
			"About 400 Quillfeather Freight support workers walked out to protest efforts to cut their rights. Their union says the company wants to freeze wages.",
			nil},
		{"a known tech employer's office workers striking over pay are in scope",
			"About 700 Ubisoft developers stopped work on Tuesday in a dispute over pay. Their union says management offered raises of 2.5%.",
			[]string{"Ubisoft/other/strike/700"}},
		{"store workers organising are another beat, even at a tech employer",
			"About 90 Apple store workers walked out on Saturday over pay and scheduling.",
			nil},
		{"developers with no employer are not staff",
			"A letter signed by 400 developers asked the hosting platform to drop its ICE contract. The site's maintainers also signed it.",
			nil},
		{"a state's own agency is named as written, and its initials name it later",
			"Engineers at Larchmont Analytics wrote to their chief executive asking him to cancel a contract with the Ohio Department of Public Safety. The deal lets DPS investigators query the firm's phone-location data. A DPS spokeswoman declined to comment. Forty-four engineers signed the letter.",
			[]string{"Larchmont Analytics/Ohio Department of Public Safety/letter/44"}},
		{"a state patrol is a target of its own; a state agency in the gazetteer stays the gazetteer's",
			"About 75 Pinegrove Labs employees signed a petition against the company's drone deal with the Florida Highway Patrol. The company also sells phone-monitoring software to the Texas Department of Criminal Justice.",
			[]string{"Pinegrove Labs/Florida Highway Patrol/petition/75"}},
		{"a state and initials the article never spells out",
			"Some 120 Tollgate Systems engineers signed a letter against the company's license-plate camera contract with the Arizona DPS.",
			[]string{"Tollgate Systems/Arizona DPS/letter/120"}},
		{"a letter attributed to two companies' workers",
			"Staff at both firms have opposed the deal before. In 2019, a letter printed in a Berlin daily and attributed to more than 40 SAP employees and about 70 Siemens workers asked the two companies to drop their ICE contracts.",
			[]string{"SAP/ICE/letter/40", "Siemens/ICE/letter/70"}},
		{"the engineers behind a petition, at a company told by 'the ... company with'",
			"At Brackenfield, the Leeds invoicing-software company with about 900 employees, the new office mandate is unpopular. \"We reached 52 signatures by lunch,\" one of the engineers behind a petition against the policy said.",
			[]string{"Brackenfield/return-to-office/petition/52"}},
		{"a letter against 'military contracts' that singles out one body is against that body",
			"About 150 Microsoft researchers signed a letter asking the company to stop taking military contracts. The letter singles out the Army's $480 million headset deal.",
			[]string{"Microsoft/US Army/letter/150"}},
		{"a passive with a time between the verb and 'by'; a name's first word alone",
			"A petition inside Marrowby Systems, a Tulsa software firm, has put a contract with ICE in question. The petition was started in early May by a group of support engineers. On Friday it had 143 signatures. Marrowby says it will honor the contract.",
			[]string{"Marrowby Systems/ICE/petition/143"}},
		{"'the petition' after an aside about another company brings its company back",
			"A petition started by engineers at Marrowby Systems, a Tulsa software firm, opposes a contract with ICE. It had 143 signatures by Friday. In 2019, about 500 Wayfair employees walked out over beds sold for a migrant shelter. Organizers will present the petition at a staff meeting. The ICE contract runs to 2026.",
			[]string{"Marrowby Systems/ICE/petition/143", "Wayfair/immigration/walkout/500"}},
		{"a participant's 'we were about 60 people' is the sit-in's turnout, never a letter's count",
			"Employees of Halden Works occupied the lobby to protest its work for DHS. \"We were about 60 people in that lobby,\" said one tester. Staff at Corvane signed a letter about the DHS database. \"There were 45 of us in the room when we wrote it,\" one said.",
			[]string{"Halden Works/DHS/sit-in/60", "Corvane/DHS/letter/0"}},
		{"a transcript's answer to 'how many signed it?'",
			"HOST: A group of Google employees has put their objections to the Pentagon deal in writing. How many people signed it? REPORTER: About three hundred. That is a small share of the staff.",
			[]string{"Google/Pentagon/letter/300"}},
		{"an action at the place opening the sentence is its workers'",
			"At Tillbrook, a Denver survey startup, a 2022 petition persuaded the company to drop an Air Force contract. At Google, a petition from customers asked it to drop ICE.",
			[]string{"Tillbrook/US Air Force/petition/0"}},
		{"an issue right after the action outweighs an agency told earlier in the sentence",
			"That year, about 300 Dell employees signed a letter about the company's work for ICE, and in May some 900 VMware employees walked out over the company's handling of harassment complaints.",
			[]string{"Dell/ICE/letter/300", "VMware/harassment/walkout/900"}},
		{"people inside the company are its staff; 'at that point' dates a figure; 'now has' is the tally",
			"A Lindqvist Labs engineer wrote that more than 380 people inside the company have now signed a letter against its ICE contract. The letter first circulated in May. At that point it had about 90 signatures. A second letter by Pellucid staff, which carried 1,200 signatures when it became public, now has nearly 1,900, organizers say; it opposes the company's Army contract.",
			[]string{"Lindqvist Labs/ICE/letter/380", "Pellucid/US Army/letter/1900"}},
		{"a walkout's turnout past an attribution; its aim told by the next sentences about it",
			"Several hundred Nettlefield employees filed out of the company's Leeds headquarters on Thursday, part of a walkout that organisers said on Friday had drawn about 3,000 staff in a dozen cities. The stoppage began in Sydney. The protest was set off by a report of a payout to an executive accused of sexual harassment. Last spring about 900 Nettlefield staff signed a petition against an Air Force contract.",
			[]string{"Nettlefield/harassment/walkout/3000", "Nettlefield/US Air Force/petition/900"}},
		{"foreign bodies by their own names; a workforce aside is not the signers; a survey's workers are nobody's",
			"Ninety-one engineers at Sora Optics, a Busan imaging company with about 500 staff, have signed a petition against a Ministry of National Defense drone project. Staff at Harwell Data signed a letter against its Home Office contract, and 40 engineers at Falkmann wrote to oppose a Bundeswehr order. In a survey, 14 percent of tech workers said they had quit a job over ethics.",
			[]string{"Sora Optics/Ministry of National Defense/petition/91", "Falkmann/Bundeswehr/letter/40", "Harwell Data/UK Home Office/letter/0"}},
		{"the company's internal Slack is a tool",
			"Nearly 150 employees of Anvaya Labs signed a letter against its police contract. The letter began circulating on the company's internal Slack on Monday. Two engineers from the vision team have resigned over the project.",
			[]string{"Anvaya Labs/Police/letter/150", "Anvaya Labs/Police/resignation/2"}},
		{"a first-person writer's colleagues: 'we' drafted, '340 of us' signed, a hope is no count",
			"Corrin Data, the Leeds firm where I have worked as a tester for five years, won a contract with ICE in March. The letter we drafted to our leadership was modest. We posted it in an internal channel on Monday, hoping for perhaps 30 or 40 signatures. By Tuesday we had 212 names. By Friday, 340 of us had signed. A colleague on the mobile team handed in her notice rather than work on the project.",
			[]string{"Corrin Data/ICE/letter/340", "Corrin Data/ICE/resignation/0"}},
		{"a guest's 'we published it', a running count 'past ... now', people pledging with 'our walkout'",
			"My guest today works at Quayside Games and has organised around the climate. How did the open letter start? It was addressed to the board. When we published it in April there were about nine hundred names on it. It's past twenty-one hundred now. We had already planned our walkout for Friday, and almost six hundred people had pledged to walk out.",
			[]string{"Quayside Games/climate/letter/2100", "Quayside Games/climate/walkout/600"}},
		{"without a first person, 'we published it' is a newsroom's",
			"Employees at Quayside Games wrote to the board about the climate. We published it on Tuesday. About 600 people read it.",
			[]string{"Quayside Games/climate/letter/0"}},
		{"signatures from current and former employees; a walkout announced for a day",
			"Employees of Pellway Studios said Monday that they would walk off the job on Thursday over the company's response to harassment claims. An open letter to leaders had collected more than 900 signatures from current and former employees by Monday; organisers later said it had passed 1,300. Some said they would resign if nothing changed.",
			[]string{"Pellway Studios/harassment/walkout/0", "Pellway Studios/harassment/letter/1300"}},
		{"an agency told just before, in a sentence naming no other company",
			"Microsoft. The HoloLens letter surfaced last Friday with about 100 signatures. By Wednesday more than 250 employees had signed, organizers told us. Its chief executive said it would keep supplying the military.",
			[]string{"Microsoft/US Army/letter/250"}},
		{"employees 'there' are the place's the sentence before names; a state agency suing is no target",
			"About 90 Tamsin Labs engineers walked out on Friday over the company's Air Force contract. Organizers point to Corvell as their model. In 2023, 300 employees there signed a petition that led the company to drop a Navy deal. The Oregon Department of Justice sued Tamsin Labs last year over its hiring.",
			[]string{"Tamsin Labs/US Air Force/walkout/90"}},
		{"a guest 'a data engineer at' a company: 'we wrote a letter', a count like a petition's, 'north of ... now'",
			"HOST: My guest this week is Ana Ruiz, a data engineer at Plattline. RUIZ: A few years ago we started selling to the FBI. HOST: And that is what you objected to. RUIZ: Right. We wrote a letter. We collected signatures on it like a petition. When we sent it, we had ninety-one names. HOST: And since then? RUIZ: It's north of a hundred and thirty now.",
			[]string{"Plattline/FBI/letter/130"}},
		{"'It carried 87 names' right after a letter told, in a story of the company's workers",
			"Researchers at Marlow Robotics worried about the Navy deal. Engineers from two teams added comments to the draft. When it was finally sent to the board as a formal letter, it asked for three things. It carried 87 names.",
			[]string{"Marlow Robotics/US Navy/letter/87"}},
		{"without the company's workers told, 'It carried' names are nobody's",
			"Marlow Robotics won a Navy deal. A formal letter from a senator asked for details. It carried 12 names.",
			nil},
		{"one named police body is the article's 'police'; a prison system named by its state",
			"About 60 Harlow Data engineers signed a letter against the company's camera deal with the Atlanta Police Department. The police have used the cameras at protests. Staff at Quinnell signed a petition against its phone contract with the Colorado Department of Corrections.",
			[]string{"Harlow Data/Atlanta Police Department/letter/60", "Quinnell/Colorado Department of Corrections/petition/0"}},
		{"two named police bodies leave 'police' generic; a sheriff's office and a mounted police by name",
			"Workers at Fennic asked it to stop selling to police. Its customers include the Alameda County Sheriff's Office and the Royal Canadian Mounted Police. About 40 Fennic engineers later wrote to oppose the Royal Canadian Mounted Police contract.",
			[]string{"Fennic/Police/other/0", "Fennic/RCMP/letter/40"}},
		{"a name may open with a number word; 'best known for' ends an appositive; a letter 'published online' is still the staff's",
			"Nearly three hundred employees of Nine Rivers walked out over a contract with the Karnataka State Police. Corvette, the Perth mapping company best known for its city models, faces a revolt too. A new open letter, this time published online, collects 455 signatures from current Corvette employees in its first week; it opposes a Department of Defence program.",
			[]string{"Nine Rivers/Karnataka State Police/walkout/300", "Corvette/Department of Defence/letter/455"}},
		{"a timeline entry dates its action: two letters years apart stay two",
			"Marlowe, the Melbourne mapping company, has argued with its staff about a Navy contract since 2014. April 2014 — 37 Marlowe engineers sign a letter asking for a review. February 2019 — A new open letter collects 455 signatures from current Marlowe employees.",
			[]string{"Marlowe/US Navy/letter/37", "Marlowe/US Navy/letter/455"}},
		{"a final figure beats a larger estimate and a pledge; a corrected figure is earlier; 'a petition in which 600 employees asked'",
			"Organizers' final figure is about 250 Tellwright employees who walked out today over the CBP contract. Correction: An earlier version of this blog said about 300 employees had walked out. Organizers estimate that about 300 employees have now walked out. More than 400 employees had pledged in advance to walk out. The walkout follows a petition, delivered to the chief executive last month, in which 600 employees asked Tellwright to drop CBP.",
			[]string{"Tellwright/CBP/walkout/250", "Tellwright/CBP/petition/600"}},
		{"a pledge yields to a turnout, however small",
			"Nearly 1,900 Amazon employees pledged to walk out over the office mandate. About 1,000 Amazon employees walked out on Wednesday, organizers said.",
			[]string{"Amazon/return-to-office/walkout/1000"}},
		{"review: 'at the time' alone keeps its figure; a 'then' figure ends at a semicolon",
			"In 2018, Google employees published a letter against Project Maven. At the time, it had more than 3,100 signatures. Amazon employees wrote a letter against ICE. At that point the letter had 300 signatures; by Monday it had more than 1,000.",
			[]string{"Google/Pentagon/letter/3100", "Amazon/ICE/letter/1000"}},
		{"review: an agency right after the action outweighs an issue word before it",
			"Some 900 Google employees signed a letter about Gaza calling on the company to end Project Nimbus, its cloud contract with the Israeli military. About 300 Amazon workers walked out over climate inaction and the company's cloud deals with the Pentagon.",
			[]string{"Google/Israel/letter/900", "Amazon/Pentagon/walkout/300"}},
		{"review: a survey in the sentence does not erase those who act",
			"After an internal survey showed widespread anger, about 2,000 Google employees signed a letter against Project Maven. According to an internal poll, about 1,800 Amazon employees have pledged to walk out over climate.",
			[]string{"Google/Pentagon/letter/2000", "Amazon/climate/walkout/1800"}},
		{"review: 'employees there' falls back to the focus, and to the owner of the place",
			"Amazon's Seattle headquarters houses about 50,000 people. On Wednesday, about 1,000 employees there walked out over the office mandate. Microsoft's Redmond campus sits near offices used by Meta. Last week, more than 300 employees there signed a letter against ICE.",
			[]string{"Amazon/return-to-office/walkout/1000", "Microsoft/ICE/letter/300"}},
		{"review: a state's name before DC or a bill is no agency",
			"About 300 Google employees protested in Washington DC on Tuesday against the company's work with ICE. Staff also backed California SB 1047.",
			[]string{"Google/ICE/protest/300"}},
		{"review: a department suing, a university department and a nightclub are no targets",
			"More than 2,000 Activision Blizzard employees signed a letter criticizing the company's response to a lawsuit filed by California's Department of Fair Employment and Housing. The Ministry of Sound hosted a party for them.",
			[]string{"Activision Blizzard/other/letter/2000"}},
		{"review: quotes in a report give no first-person employer; a crowd watched is not 'us'",
			"Hundreds of Google employees walked out over harassment. \"I worked at Amazon for five years before coming here,\" said Lee, a Google engineer. \"We had planned our walkout for weeks,\" one organizer said, adding that almost 1,800 people had pledged to take part.",
			[]string{"Google/harassment/walkout/0"}},
		{"review: time spans and team sizes after 'we were' are no turnout",
			"Employees of Halden Works occupied the lobby to protest its work for DHS. \"We were five years into a contract when we found out,\" said one tester.",
			[]string{"Halden Works/DHS/sit-in/0"}},
		{"review: a body that ordered software is still the target; 'filed out of' a meeting is no walkout",
			"Google employees signed a petition objecting to the contract after the Pentagon ordered drone analysis software from the company. Microsoft employees filed out of the auditorium after the all-hands meeting.",
			[]string{"Google/Pentagon/petition/0"}},
		{"review: an internal company letter is its staff's; a senator's letter does not bring back another company",
			"An internal Amazon letter opposing the Rekognition sales to police was signed by 450 employees. At Dropbox, workers are angry about the return-to-office policy. Senator Elizabeth Warren sent a letter to Dropbox. The letter asked for details. About 500 workers walked out on Tuesday.",
			[]string{"Amazon/Police/letter/450", "Dropbox/return-to-office/walkout/500"}},
		{"workers who said or questioned a thing 'in a letter' wrote it; 'of my former colleagues' counts; a hearer told in a memo did not",
			"Google ended work on Dragonfly, the censored search project that about 1,400 employees had questioned in a letter in 2018. About 300 Microsoft employees said in a letter that the ICE contract was wrong. Later, about 500 of my former colleagues at Amazon signed a letter against Rekognition sales to police. Pichai warned employees in an email that protests would not be tolerated.",
			[]string{"Google/censorship/letter/1400", "Microsoft/ICE/letter/300", "Amazon/Police/letter/500"}},
		{"workers 'gone public with' a letter; 'endorsed by' two companies' workers",
			"Employees of Google and Amazon have gone public with an unsigned letter asking their employers to abandon Project Nimbus. Organizers said it had been endorsed by more than 90 workers at Google and more than 300 at Amazon.",
			[]string{"Amazon/Israel/letter/300", "Google/Israel/letter/90"}},
		{"a customer petition is the public's; a staff share in an aside is not the signers; 'By this week it had 530'; reais are no dollars; the short name of a named police body is that body",
			"In Atlanta, 140 employees of Quarry, roughly half the staff of the drone maker, signed a petition against its pilot with the Atlanta Police Department. A customer petition asking a streaming service to revive a series passed 250,000 signatures. Employees of Ipe Dados signed a petition against its cameras for the Sao Paulo Military Police. It began in June with 90 signatures. By this week it had 530. Its contract is worth R$95 million (roughly US$17.4 million). The Military Police did not respond, and a data scientist who signed said police watch lists were wrong.",
			[]string{"Quarry/Atlanta Police Department/petition/140", "Ipe Dados/Sao Paulo Military Police/petition/530"}},
		{"a letter circulating among staff; a country's navy by its royal name; a guest introduced over two sentences; 'How many of you resigned?' 'Five.'",
			"Tern Robotics, a Delft startup, makes drone software. Since February, a letter asking the company to drop its deal with the Royal Netherlands Navy has been circulating among staff. HOST: My guest today is Ana Ruiz. Until March she was a backend engineer at Kite. HOST: What did you do? RUIZ: First we wrote a letter against the Home Office contract. HOST: How many of you resigned? RUIZ: Five. We handed in our notice on the same Tuesday.",
			[]string{"Tern Robotics/Dutch Navy/letter/0", "Kite/UK Home Office/letter/0", "Kite/UK Home Office/resignation/5"}},
		{"a letter ', backed by' two companies' workers; 'about 1,000 people turned out'; a clause's own year splits an older letter",
			"An anonymous open letter opposing Project Nimbus appears in a newspaper, backed by more than 90 Google workers and more than 300 Amazon workers. Amazon corporate employees walked out on Wednesday over the company's climate record. Organizers said about 1,000 people turned out in Seattle. The climate group is the same one that, in April 2016, published an open letter signed by more than 8,700 employees about the climate.",
			[]string{"Amazon/Israel/letter/300", "Google/Israel/letter/90", "Amazon/climate/walkout/1000", "Amazon/climate/letter/8700"}},
		{"'collected the names of 2,695 Google employees'; a count restated in a comparison is no new count",
			"In 2018, roughly 4,000 Google employees signed a petition against Project Maven. In December 2020, after Google pushed out Timnit Gebru, a letter of support collected the names of 2,695 Google employees and 4,302 academics. Google had about 135,000 employees; 4,000 signatures is less than 3 percent of that.",
			[]string{"Google/Pentagon/petition/4000", "Google/ai-ethics/letter/2695"}},
		{"a guest essay's writer 'was an engineer at' a company; 'I resigned' is a resignation there",
			"Ana Ruiz was an autonomy engineer at Corrin Dynamics until last month. The Ledger runs occasional guest essays. In May, eleven of us signed a letter against the Pentagon contract. I resigned on October 4.",
			[]string{"Corrin Dynamics/Pentagon/letter/11", "Corrin Dynamics/Pentagon/resignation/0"}},
		{"'I resigned' in a quote in a report is the speaker's alone, not a campaign's writer",
			"About 50 Corrin Dynamics engineers signed a letter against the Pentagon contract. \"I resigned from Amazon years ago,\" said one of them.",
			[]string{"Corrin Dynamics/Pentagon/letter/50"}},
		{"academics' petitions, 'no employees had signed', union cards, a pledge to take part, a stoppage that did not happen",
			"More than 1,000 academic researchers have signed a petition urging Verity Speech to stop selling a product to CBP. Organizers said no Verity employees had signed. About 420 employees of Riverstone Games walked out on Monday over harassment. Turnout fell short of the 900-plus employees who had signed a pledge last week promising to take part. Organizers said many who signed stayed at their desks. Employees at Pinnacle's other studios did not stop work on Monday. About 250 Riverstone workers had signed cards seeking union representation.",
			[]string{"Riverstone Games/harassment/walkout/420"}},
		{"'140 of Harborlight's approximately 650 employees'; 'Sixty-four of Veridian Maps' 310 employees'; Frontex; police in general stay generic",
			"The petition, signed by 140 of Harborlight's approximately 650 employees, asks it to drop a contract with the Chicago Police Department. In 2020, more than 1,600 Google employees signed a letter asking it to stop selling to police departments. Sixty-four of Veridian Maps' 310 employees have signed a petition against a contract with Frontex.",
			[]string{"Harborlight/Chicago Police Department/petition/140", "Google/Police/letter/1600", "Veridian Maps/Frontex/petition/64"}},
		{"the end of a longer name is no company; a suit 'filed last week by' a state agency",
			"The order was placed by BCFS Health and Human Services, a nonprofit contractor that runs shelters for the Office of Refugee Resettlement. About 547 Wayfair employees signed a letter against the sale. The suit was filed last week by the California Department of Fair Employment and Housing.",
			[]string{"Wayfair/ORR/letter/547"}},
		{"organisers counting 'the letter' speak for the company's workers; 'Employees of X, a Y company' still names X",
			"Regular readers know the story of Ostrander, the Denver company whose software records calls. This week it told staff it will not renew its agreement with the Colorado Department of Corrections. Organisers tell me the letter closed with 240 signatures. Employees of Ipe Dados, a Sao Paulo analytics company, have signed a petition against its camera contract with the Sao Paulo Military Police.",
			[]string{"Ostrander/Colorado Department of Corrections/letter/240", "Ipe Dados/Sao Paulo Military Police/petition/0"}},
		{"review 2: academics beside employees leave the employees theirs; 'no fewer than' is a count",
			"Google is under pressure over its Pentagon contract. About 4,000 employees signed a petition against it, and more than 1,000 academics signed a separate letter of support. No less than 1,000 Amazon workers walked out over the ICE contract on Friday.",
			[]string{"Google/Pentagon/petition/4000", "Amazon/ICE/walkout/1000"}},
		{"review 2: management writing to staff in a letter is no workers' letter",
			"Sundar Pichai wrote to employees in a letter that Google would not renew its Pentagon contract. Salesforce responded to employees in a letter on Monday, saying it would not cancel its contract with CBP.",
			nil},
		{"review 2: what 'was backed by' workers is theirs only when it is a document",
			"The decision to drop the Pentagon contract was backed by many Google employees, the company said. The shareholder proposal on Rekognition sales to police was backed by 450 Amazon employees who own stock.",
			nil},
		{"review 2: organisers of an outside petition do not speak for the staff; listed names are no signatures",
			"Amazon has faced criticism over its ICE contract. Organizers say their petition against the contract has 50,000 signatures. Tesla sent a letter to regulators listing the names of 200 employees who were laid off.",
			nil},
		{"review 2: a management letter circulating among staff; concerns made public; a guest-less first person; a birthday card",
			"A letter defending the ICE contract, written by Microsoft executives, has been circulating among staff. Amazon employees have gone public with their concerns over Rekognition sales to police, and a letter is expected soon. Workers at Google signed a birthday card for a colleague.",
			nil},
		{"a named body keeps its inner possessive, written one way whatever the apostrophe",
			"About 62 Porchlight employees signed a letter against its data deal with the Alameda County Sheriff’s Office.",
			[]string{"Porchlight/Alameda County Sheriff's Office/letter/62"}},
		{"shares of a letter's signers named by where they work take the letter's target",
			"Workers have signed a letter asking their employers to drop ICE work. Organizers said 412 of the signers work at Microsoft, 287 at Google and 164 at Amazon.",
			[]string{"Amazon/ICE/letter/164", "Google/ICE/letter/287", "Microsoft/ICE/letter/412"}},
		{"workers of companies the article does not name give a letter to no one",
			"Employees of the three biggest cloud providers signed a letter urging their companies to stop hosting ICE software. The letter singles out a platform that Palantir is building for the agency.",
			nil},
		{"a correction is about the article's own story, not the aside told last",
			"Three engineers at Sable AI resigned over the Sable AI contract with the Air Force. In 2018, about a dozen Google employees quit over Project Maven. Correction, Nov. 8, 2024: An earlier version of this article said 300 engineers had resigned. Three engineers resigned.",
			[]string{"Sable AI/US Air Force/resignation/3", "Google/Pentagon/resignation/12"}},
		{"an internal letter at a company is its staff's, wherever the name was found",
			"The internal letter at Norrland Robotics opposing its Pentagon drone order now has 71 signatures, up from 43.",
			[]string{"Norrland Robotics/Pentagon/letter/71"}},
		{"a bare Ministry of Defence is Britain's; another country's is its own",
			"About 40 Norrland engineers signed a letter against the MoD drone order. Around 30 Vantor engineers signed a letter against a contract with India's Ministry of Defence.",
			[]string{"Norrland/UK Ministry of Defence/letter/40", "Vantor/Indian Defence Ministry/letter/30"}},
		{"a country's body by its own name, and the initials it is given",
			"About 70 engineers at Haifa-based digital forensics company Tzafon Cyber have signed a letter asking management to stop supplying its software to Serbia's Security Information Agency (BIA). Tzafon's contract with the BIA is worth $3.4 million.",
			[]string{"Tzafon Cyber/Serbian Security Information Agency/letter/70"}},
		{"a bare description before the name: a maker, a software house",
			"About 300 employees of HR-software maker Quillmark walked out over harassment. Around 250 employees of São Paulo software house Ipê Tecnologia stopped work to protest a contract with the São Paulo Military Police.",
			[]string{"Quillmark/harassment/walkout/300", "Ipê Tecnologia/São Paulo Military Police/strike/250"}},
		{"'one in six' is a share, not a count",
			"About 300 Quillmark employees walked out over harassment. Organizers said about one in six of Quillmark's 1,850 employees took part.",
			[]string{"Quillmark/harassment/walkout/300"}},
		{"an outside petition's signatures and its noun are not the workers' letter's",
			"Ninety employees of Tessellate Labs signed a letter calling on the company to end its contract with ICE, a week after an outside petition with more than 12,000 signatures made the same demand.",
			[]string{"Tessellate Labs/ICE/letter/90"}},
		{"a count in apposition is the phrase's own",
			"A third of Halyard Data's staff, 156 of its 480 employees, have signed a petition asking the company to cancel a contract with ICE.",
			[]string{"Halyard Data/ICE/petition/156"}},
		{"an outside coalition's rally is not the workers' protest",
			"The Chicago Coalition for Data Justice announced its support for employees of Brightwater Analytics who plan to walk off the job to protest the company's contract with the Chicago Police Department. They are demanding that Brightwater stop selling tools to any law enforcement agency. The coalition will hold a rally at noon.",
			[]string{"Brightwater Analytics/Chicago Police Department/walkout/0"}},
		{"a count in a separate matter's sentence is not the letter's",
			"Roughly 85 Northstack employees signed an internal letter against its contract with the RCMP. It now has 130 signatures. Separately, a civil liberties group delivered a petition with 12,000 signatures to Parliament.",
			[]string{"Northstack/RCMP/letter/130"}},
		{"parallel lists marked 'respectively' pair each company with its agency",
			"In 2018, employees at Microsoft and Salesforce signed letters against their companies' dealings with Immigration and Customs Enforcement and Customs and Border Protection, respectively.",
			[]string{"Microsoft/ICE/letter/0", "Salesforce/CBP/letter/0"}},
		{"a list of trades is one phrase of workers",
			"Over 600 engineers, designers and testers at Bengaluru-headquartered Vayu Systems have signed an internal petition against the company's ICE contract.",
			[]string{"Vayu Systems/ICE/petition/600"}},
		{"an appositive naming the parent company adds no second employer",
			"Nearly 300 employees of Google DeepMind, Alphabet's London-based artificial intelligence lab, have signed an internal letter asking the company to stop serving the Israeli military through Project Nimbus.",
			[]string{"Google/Israel/letter/300"}},
		{"occupying an office is a sit-in; a letter circulating at a company is its staff's",
			"About 40 Google employees occupied part of the company's European headquarters in Dublin, protesting against Project Nimbus. The sit-in came as a letter against Nimbus circulating at Google DeepMind passed 450 signatures, up from nearly 300.",
			[]string{"Google/Israel/sit-in/40", "Google/Israel/letter/450"}},
		{"a body the letter does not mention is not its target",
			"More than 1,120 employees of Tsubame have signed an open letter asking management to withdraw a voice-cloning feature. Tsubame also sells training software to Japan's Ground Self-Defense Force, a relationship the letter does not mention.",
			[]string{"Tsubame/other/letter/1120"}},
		{"climate words: gas turbines",
			"About 120 workers at data-center operator Verdant Compute walked out, demanding that the company drop plans for gas turbines.",
			[]string{"Verdant Compute/climate/walkout/120"}},
		{"the longest number before 'of us'",
			"I work at Amazon as a software engineer. We had success with the climate letter in 2019, which eight thousand seven hundred of us signed.",
			[]string{"Amazon/climate/letter/8700"}},
		{"'the number of employees who have signed ... has climbed to 214', however long the subject",
			"The number of Microsoft employees who have signed an internal letter objecting to the company's $479 million contract with the U.S. Army has climbed to 214, organizers said Tuesday, up from 68 when the letter was made public on Friday.",
			[]string{"Microsoft/US Army/letter/214"}},
		{"'the Kestrel Vision petition' names a company; 'started on March 12 by engineers' binds them",
			"The Kestrel Vision petition is growing. Kestrel signed an agreement with U.S. Customs and Border Protection. An internal petition, started on March 12 by engineers in the Austin office, asks management to cancel the CBP agreement. As of Friday morning, 131 people had signed, organizers said.",
			[]string{"Kestrel Vision/CBP/petition/131"}},
		{"an answer's tally may be told in its second sentence: 'we had 23 ... it was 57'",
			"Engineers at Brightwire drafted a letter asking the company to cancel its agreement with ICE. LONGHAND: How many people signed? TOMÁS: By the end of the first day we had 23. When we delivered it to Warren, two weeks later, it was 57.",
			[]string{"Brightwire/ICE/letter/57"}},
		{"'us here' in an op-ed is the writer's company, not the one named last",
			"Microsoft accepted a $479 million contract from the U.S. Army. This morning 68 of my colleagues at Microsoft signed our open letter against it. Last spring, thousands of Google employees signed a petition against Project Maven. And in June, hundreds of us here signed a letter asking Microsoft to end its contract with Immigration and Customs Enforcement.",
			[]string{"Microsoft/US Army/letter/68", "Google/Pentagon/petition/0", "Microsoft/ICE/letter/0"}},
		{"a speaker's shares company by company: 'ninety of us from Google, and more than three hundred from Amazon'",
			"In October 2021 we published a letter against Project Nimbus. It was signed by workers at Google and Amazon. SAM: Around ninety of us from Google, and more than three hundred from Amazon.",
			[]string{"Amazon/Israel/letter/300", "Google/Israel/letter/90"}},
		{"'the Israeli government, including its military' is the government's own military",
			"More than 100 Kestrel employees signed a letter against a contract to provide cloud services to the Israeli government, including its military.",
			[]string{"Kestrel/Israel/letter/100"}},
		{"review 3: a workers' 'public' or 'separate' letter is still theirs",
			"Amazon workers published a public letter on Medium urging the company to stop selling Rekognition to police. The letter has 450 signatures. At Google, employees also sent a separate letter with 300 signatures to Sundar Pichai demanding the company drop its ICE contract.",
			[]string{"Amazon/Police/letter/450", "Google/ICE/letter/300"}},
		{"review 3: a business called a Group makes no outside group of 'the group'",
			"Amazon workers formed a group to oppose the company's work for ICE. The group delivered a petition with 1,200 signatures on Tuesday. Amazon provides cloud hosting to Palantir, which is backed by the Carlyle Group.",
			[]string{"Amazon/ICE/protest/0", "Amazon/ICE/petition/1200"}},
		{"review 3: 'N of us from X' acting is X's, and no letter",
			"About 300 of us from Google walked out on Thursday to protest Project Nimbus.",
			[]string{"Google/Israel/walkout/300"}},
		{"review 3: 'another N' of a different action is its own count",
			"On Monday, 300 Google employees signed a letter to chief executive Sundar Pichai opposing Project Nimbus. Another 1,000 employees walked out of offices in New York and Sunnyvale on Thursday.",
			[]string{"Google/Israel/letter/300", "Google/Israel/walkout/1000"}},
		{"review 3: workers 'not named in the report' still have the target",
			"More than 300 Microsoft workers signed a letter to chief executive Satya Nadella on Tuesday. The workers, who were not named in the report, object to the company's $19.4 million contract with ICE.",
			[]string{"Microsoft/ICE/letter/300"}},
		{"review 3: no pairing without 'respectively'",
			"Employees at Microsoft and GitHub protested the companies' contracts with ICE and CBP.",
			[]string{"GitHub/ICE/protest/0", "Microsoft/ICE/protest/0"}},
		{"review 3: a bare Ministry of Defence after another country's is that country's",
			"India's Ministry of Defence signed a cloud deal with Microsoft last year. On Monday, 200 Microsoft employees in Hyderabad signed a letter asking the company to end its work for the Ministry of Defence.",
			[]string{"Microsoft/Indian Defence Ministry/letter/200"}},
		{"review 3: a regulator is no body of this kind; an investment project no contract",
			"More than 1,000 Microsoft employees signed a letter backing the Activision deal, which Britain's Competition and Markets Authority has blocked. About 300 Google employees signed a letter against Project Nimbus. The letter came weeks after Amazon unveiled a $7.2 billion project to build data centers in Israel.",
			[]string{"Microsoft/other/letter/1000", "Google/Israel/letter/300"}},
		{"review 3: a military strike at a place names no company; a contractor a client hired is not the client",
			"Google employees walked out on Thursday. The walkout followed an Israeli strike at Nuseirat that killed dozens, and workers demanded the company end Project Nimbus. Content moderators at a contractor Meta hired in Kenya walked out on Monday over pay.",
			[]string{"Google/Israel/walkout/0"}},
		{"'carrying the names of 40 employees' signs a letter to the company it addresses",
			"A letter asking Marigold Systems to end its work for the Durham County Sheriff's Office was delivered on Monday, carrying the names of 40 employees. Marigold, a records-management firm, signed the agreement last spring.",
			[]string{"Marigold Systems/Durham County Sheriff's Office/letter/40"}},
		{"a contractor found as the subject of 'will let its contract with ICE expire'",
			"MADISON — Cobble will let its contract with Immigration and Customs Enforcement expire in June, the company told employees Wednesday, two weeks after a staff petition asked it to end the relationship. The petition, first signed by 60 workers, had grown to 85 by the time of the announcement, according to organizers. Cobble would adopt a written policy.",
			[]string{"Cobble/ICE/petition/85"}},
		{"'58 of the Sacramento software company's roughly 200 employees' are a share of the company in focus",
			"A letter opposing Tributary Systems' work for the California Department of Corrections and Rehabilitation was signed by 58 of the Sacramento software company's roughly 200 employees. A Tributary spokesperson said the company was reviewing the letter.",
			[]string{"Tributary Systems/California Department of Corrections/letter/58"}},
		{"readers addressed are no public acting; 'the employee letter' is the workers'; 'against 112 a month ago' an earlier figure",
			"Readers following the fight at Marigold Systems, the North Carolina records company, will want to know that the employee letter opposing its ICE contract now carries 150 names, against 112 a month ago.",
			[]string{"Marigold Systems/ICE/letter/150"}},
		{"researchers signing beside organisations are a field's, not a company's staff",
			"Lodestar AI, a San Francisco startup, will compete for contracts with the Department of Defense, its chief executive said in an open letter. In 2018, more than 2,400 AI researchers and 160 organisations signed a pledge organised by the Future of Life Institute promising not to develop lethal autonomous weapons.",
			nil},
		{"a grown number of dismissals is no count",
			"About 300 Google employees staged sit-ins against Project Nimbus. By the end of the month the number of dismissals had grown to roughly 50.",
			[]string{"Google/Israel/sit-in/300"}},
		{"', and both winning candidates had signed' gives the letter a new subject",
			"More than 340 Halyard employees have signed the letter against the ICE contract. Elections for the two employee seats were held in February; 612 employees voted, and both winning candidates had signed the letter.",
			[]string{"Halyard/ICE/letter/340"}},
		{"a letter that 'gathered more than 250 over the following weeks'",
			"In February 2019, Microsoft employees published a letter calling on the company to cancel its Army contract. The letter had about 50 names when it was first posted and gathered more than 250 over the following weeks.",
			[]string{"Microsoft/US Army/letter/250"}},
		{"a school district by its own name is a local body",
			"Thirty-one employees of Chalkline, the Columbus education-technology company, have signed a letter asking their chief executive to end a contract under which the company scans students' public social-media posts for Columbus City Schools.",
			[]string{"Chalkline/Columbus City Schools/letter/31"}},
		{"'the employee letter at Halyard Systems' and 'the petition at Ferrow Data' are each company's staff's, not the company told last",
			"At Ferrow Data, a CBP petition keeps growing too. The employee letter at Halyard Systems asking the company to walk away from its contract with Immigration and Customs Enforcement now carries 610 signatures. That is up from 340 in March. Meanwhile in Austin, the petition at Ferrow Data against the company's $12.6 million Customs and Border Protection contract has grown to 265 signatures, according to a Ferrow employee. Ferrow has roughly 600 employees.",
			[]string{"Halyard Systems/ICE/letter/610", "Ferrow Data/CBP/petition/265"}},
		{"review 4: engineers signing beside organizations are still the company's",
			"Microsoft engineers have organized against the company's HoloLens contract with the Army. More than 250 engineers and 12 advocacy organizations signed the letter, which was delivered to chief executive Satya Nadella on Friday.",
			[]string{"Microsoft/US Army/letter/250"}},
		{"review 4: a list ending ', and the Seattle startup ...' is no new clause",
			"Engineers at Google, Amazon, and the Seattle startup Kestrel Vision signed a letter opposing contracts with Immigration and Customs Enforcement.",
			[]string{"Amazon/ICE/letter/0", "Google/ICE/letter/0"}},
		{"review 4: a petition against dismissals keeps its count",
			"Google employees started a petition demanding the company end Project Nimbus and reinstate the workers it dismissed. By Friday the petition against the dismissals had grown to 1,300.",
			[]string{"Google/Israel/petition/1300"}},
		{"review 4: a county letting its contract expire is no company",
			"MADISON — Dane County will let its contract with Immigration and Customs Enforcement expire in June, the county told employees Wednesday, two weeks after a staff petition asked it to end the relationship. The petition, first signed by 60 workers, had grown to 85 by the time of the announcement, according to organizers. Dane County would adopt a written policy.",
			nil},
		{"'It now has more than 340' opening its sentence is the letter's tally",
			"Workers at Halyard drafted a letter asking Halyard not to exercise the ICE contract's option years. When it was first reported in September, the letter had just over 120 signatures. It now has more than 340, organizers said this week, or nearly a third of the company.",
			[]string{"Halyard/ICE/letter/340"}},
		{"a petition dated years after another is its own, with its own target",
			"After the killing of George Floyd in May 2020, more than 250 Microsoft employees signed an internal petition asking the company to cancel its contracts with police departments. A group calling itself No Azure for Apartheid formed in early 2024 and began circulating a petition asking Microsoft to end the sale of Azure cloud services to the Israeli military. By early 2025 the petition had gathered more than 1,500 signatures, according to organizers.",
			[]string{"Microsoft/Police/petition/250", "Microsoft/Israel/petition/1500"}},
		{"workers who 'followed days later with a letter' wrote it",
			"Salesforce workers followed days later with a letter asking chief executive Marc Benioff to reexamine the company's work for Customs and Border Protection. That letter drew some 650 signatures.",
			[]string{"Salesforce/CBP/letter/650"}},
		{"review 5: a goal year later in the sentence does not date the letter",
			"In April 2019, Amazon employees published an open letter to Jeff Bezos demanding a companywide climate plan. The letter, which calls for zero carbon emissions by 2030, has gathered more than 8,700 signatures.",
			[]string{"Amazon/climate/letter/8700"}},
		{"review 5: 'since 2014' in an aside does not date the letter",
			"In June 2018, Microsoft employees circulated a letter demanding the company end its contract with Immigration and Customs Enforcement. The letter, which targets a contract Microsoft has held since 2014, now has more than 500 signatures.",
			[]string{"Microsoft/ICE/letter/500"}},
		{"review 5: management's reply letter is not the workers'",
			"Salesforce workers protested and Benioff responded with a letter defending the company's contract with Customs and Border Protection.",
			[]string{"Salesforce/CBP/protest/0"}},
		{"review 5: managers replying with a letter are management",
			"Amazon employees asked about the ICE deal and managers replied with a letter saying the contract would stand.",
			nil},
		{"review 5: 'fired 50 of them' is no petition's count",
			"Google employees staged sit-ins in April to protest Project Nimbus, the company's contract with the Israeli government. After the company fired 50 of them, colleagues responded with a petition demanding their reinstatement.",
			[]string{"Google/Israel/sit-in/0", "Google/Israel/petition/0"}},
		{"review 5: ', and the company's executives later sent a letter' is a new clause",
			"More than 100 Microsoft employees raised concerns about the Army contract at a town hall, and the company's executives later sent a letter to all staff defending the deal.",
			nil},
		{"review 5: 'It now has more than 900' about the company is no tally",
			"Workers at Halyard drafted a letter asking the company not to renew its contract with Immigration and Customs Enforcement. Halyard was founded in 2016 with a dozen engineers. It now has more than 900, most of them in Austin.",
			[]string{"Halyard/ICE/letter/0"}},
		{"review 5: a letter handed in at a company's headquarters by outsiders is not its staff's",
			"Mijente organizers handed the letter at Amazon headquarters in Seattle to a security guard, demanding the company stop providing cloud services to ICE.",
			nil},
		{"review 5: a contractor subject with a corporate name keeps its full name",
			"Brightwater Labs won a $9 million contract with Customs and Border Protection in March. About 60 Brightwater engineers have since signed a letter objecting to it. Brightwater Labs did not respond to a request for comment.",
			[]string{"Brightwater Labs/CBP/letter/60"}},
		{"review 5: a private charter school network is no public body",
			"About 150 Instructure employees signed a letter protesting the company's work for Success Academy Charter Schools, which they said collected too much student data.",
			[]string{"Instructure/other/letter/150"}},
		{"review 5: a list of companies ending ', and the Seattle startup' stays one phrase",
			"Engineers at Google, Amazon, and the Seattle startup Kestrel Vision signed a letter opposing contracts with Immigration and Customs Enforcement.",
			[]string{"Amazon/ICE/letter/0", "Google/ICE/letter/0"}},
		{"a contractor described as working under contract for an agency stands for it",
			"Employees learned that Tamsin had sold beds to Larchmont Care Services, a nonprofit that runs shelters for migrant children under contract with the federal Office of Refugee Resettlement. On Friday, 210 Tamsin employees signed a letter asking the company to stop selling to Larchmont and to other contractors that run detention centers.",
			[]string{"Tamsin/ORR/letter/210"}},
		{"an agency's contractor by its initials",
			"Ordell sold routing software to ICE contractor KSG Transport Group. About 75 Ordell engineers signed a petition asking the company to stop working with KSG.",
			[]string{"Ordell/ICE/petition/75"}},
		{"a company described without a contract names no agency",
			"Ordell sold routing software to Larchmont Care Services, a nonprofit that runs shelters in Texas. About 75 Ordell engineers signed a petition on the company's climate goals and its work with Larchmont.",
			[]string{"Ordell/climate/petition/75"}},
		{"a bare 'police' told years before a named body's story stays generic",
			"Microsoft staff signed a petition against the company's work with the Denver Police Department. In 2015, Amazon employees wrote to their chief executive asking him to stop selling face recognition to police.",
			[]string{"Microsoft/Denver Police Department/petition/0", "Amazon/Police/letter/0"}},
		{"a bare 'police' told in the named body's own time is that body",
			"Microsoft staff signed a petition against the company's work with the Denver Police Department. In 2020, 40 Microsoft engineers walked out over its face recognition sales to police.",
			[]string{"Microsoft/Denver Police Department/petition/0", "Microsoft/Denver Police Department/walkout/40"}},
		{"employees of companies a sentence counts but does not name are none of those told",
			"Fifty-seven engineers at Quillmark Data have signed a letter against its IRS contract. Three companies are dealing with employee protests over federal work this year, and two vendors saw staff walk out over DHS deals.",
			[]string{"Quillmark Data/IRS/letter/57"}},
		{"a company described in an aside set off by dashes",
			"The petition at Harrowgate Maps — the Austin mapping startup that agreed to feed its data to the FBI — now has 240 signatures, up from about 180 last month. One of its first organizers, a senior engineer, resigned on Monday in protest.",
			[]string{"Harrowgate Maps/FBI/petition/240", "Harrowgate Maps/FBI/resignation/0"}},
		{"companies found from their officers, from being called a company, from workers quitting them, and a carrier before its name",
			"Brenwick Games chief executive Tomas Ruiz stepped down, weeks after about 230 of the studio's 900 employees walked out over harassment. Ostrava is the second Czech company this year to face an internal revolt; 90 Ostrava staff signed a letter against its police contract. Last summer, seven engineers quit Harlow Mapping rather than map the border for Customs and Border Protection. At Atlantic carrier Seacourt Communications, 350 employees signed a letter asking the company to drop an RCMP contract.",
			[]string{"Brenwick Games/harassment/walkout/230", "Ostrava/Police/letter/90", "Harlow Mapping/CBP/resignation/7", "Seacourt Communications/RCMP/letter/350"}},
		{"workers rallying outside a company's office work there; outside a ministry they do not",
			"About 60 employees gathered outside Tessmark's Halifax headquarters on Tuesday to protest its RCMP contract. About 40 employees gathered outside Parliament's main building to protest.",
			[]string{"Tessmark/RCMP/protest/60"}},
		{"an officer named after a public body does not make it a company",
			"Fairfax County chief executive Dana Lowe said about 40 employees of the county had signed a letter about the ICE contract.",
			nil},
		{"a contractor that signed its own priced contract, with its staff in the sentence; couriers' turnout is no one's",
			"Brackwater Vision signed its £38 million ($48 million) Ministry of Defence contract on Monday, a month after roughly 80 employees walked out of its Bristol office. Organizers at Brackwater Vision say they will keep pushing. Couriers for the grocery app Zipcart logged off on Wednesday to protest a new pay formula; their association said about 1,500 took part.",
			[]string{"Brackwater Vision/UK Ministry of Defence/walkout/80"}},
		{"a petition against a contractor's own deal with a known body is its staff's",
			"The petition against Tesmark's RCMP hosting contract passed 350 signatures this week, organizers told us. About 60 Tesmark employees rallied on Tuesday.",
			[]string{"Tesmark/RCMP/petition/350", "Tesmark/RCMP/protest/60"}},
		{"'four hundred and ten of our coworkers' in full",
			"Employees of Halverd Systems handed the chief executive a letter signed by four hundred and ten of our coworkers, asking Halverd to end its contract with ICE.",
			[]string{"Halverd Systems/ICE/letter/410"}},
		{"a small group of us at a company; 'it stands at' is the tally",
			"A small group of us at Fernmoor Labs published an open letter asking the company to withdraw from its contract with the UK Ministry of Defence. The letter had 300 signatures within 48 hours. Today it stands at 512.",
			[]string{"Fernmoor Labs/UK Ministry of Defence/letter/512"}},
		{"'that petition' after the public's petition is theirs",
			"Eighty-six employees of Papermill, the Boston design-software company, have signed a letter asking leadership to stop training its image generator on customers' artwork. It comes days after illustrators launched a public petition against the practice. That petition had passed 38,000 signatures by Friday.",
			[]string{"Papermill/other/letter/86"}},
		{"'that petition' after the workers' own is theirs",
			"Eighty-six employees of Papermill signed a petition asking leadership to end its ICE contract. That petition had passed 380 signatures by Friday.",
			[]string{"Papermill/ICE/petition/380"}},
		{"workers gathered outside the office holding signs protest; gathered outside for lunch do not",
			"Northvale Payments employees signed a letter against its CBSA pilot. About 45 employees gathered outside Northvale's King Street office on Thursday, holding signs that read \"Customers, not suspects.\" About 30 employees gathered outside the office for a farewell lunch.",
			[]string{"Northvale Payments/CBSA/letter/0", "Northvale Payments/CBSA/protest/45"}},
		{"office workers of a company the article calls a tech business petition over an office mandate",
			"More than 2,300 employees of Varanta Infotech have signed an internal petition asking the IT services company to withdraw an order requiring staff to work from its offices five days a week.",
			[]string{"Varanta Infotech/other/petition/2300"}},
		{"a company not called a tech business: a petition over an office mandate is a workplace matter",
			"More than 2,300 employees of Varanta Foods have signed an internal petition asking the company to withdraw an order requiring staff to work from its offices five days a week. The company will pay a monthly commuting allowance instead, and says wages will rise.",
			nil},
		{"the same petition at a company called an IT services company is its conduct",
			"More than 2,300 employees of Varanta Infotech have signed an internal petition asking the IT services company to withdraw an order requiring staff to work from its offices five days a week. The company will pay a monthly commuting allowance instead, and says wages will rise.",
			[]string{"Varanta Infotech/other/petition/2300"}},
		{"a tech company's couriers striking over pay are still another beat",
			"About 300 couriers for Zipmart, the grocery app company, went on strike over pay on Wednesday.",
			nil},
		{"review 6: a letter about drivers or warehouses keeps its count",
			"Employees at Brightwater Analytics are circulating a letter against the company's contract with ICE. It has 230 signatures, organizers said, and notes that the agency uses the data to track drivers.",
			[]string{"Brightwater Analytics/ICE/letter/230"}},
		{"review 6: an aside telling of customers joining makes the petition theirs",
			"Employees at Brightwater Analytics circulated a petition against the company's ICE contract. The petition, an online campaign that customers also joined, has gathered 40,000 signatures.",
			[]string{"Brightwater Analytics/ICE/petition/0"}},
		{"review 6: 'like many firms' further on does not disown the workers",
			"Employees at Brightwater Analytics are circulating a letter against the company's contract with ICE. At Brightwater Analytics, which like many firms relies on federal contracts, 230 employees have signed it.",
			[]string{"Brightwater Analytics/ICE/letter/230"}},
		{"review 6: a city's contract with an agency makes it no employer",
			"More than 400 employees signed a letter opposing Denver's contract with ICE.",
			nil},
		{"review 6: workers leaving a chief executive's town hall, rallying outside a politician's office",
			"Employees at Brightwater Analytics have been protesting the company's contract with ICE. On Thursday, about 50 employees left Nadella's town hall in protest. Later about 40 employees rallied outside Pelosi's San Francisco office.",
			[]string{"Brightwater Analytics/ICE/protest/50"}},
		{"review 6: a university's president or a movement's co-founder makes it no company",
			"Harvard president Alan Garber defended the partnership. Sunrise Movement co-founder Varshini Prakash criticized the deal. More than 200 employees signed a letter opposing the company's contract with ICE.",
			nil},
		{"review 6: 'was a senior engineer at the company' calls a person no company",
			"Employees at the startup are angry about its contract with ICE, and chief executive Dana Whitford has defended it. Whitford was a senior engineer at the company before she became its chief. More than 200 employees signed a letter opposing the contract.",
			nil},
		{"review 6: a person described in a dash aside is no employer",
			"More than 200 employees signed a letter to Dana Whitford — the founder of the startup — asking her to cancel the ICE contract.",
			nil},
		{"review 6: a crane operator is no company",
			"Maria Lopez, a crane operator, said 50 workers walked out to protest the company's deal with ICE.",
			nil},
		{"review 6: a contract that expires in a later year is no story of the past",
			"Brightwater Analytics supplies the Denver Police Department with drone software. The police contract, which expires in 2028, drew a letter signed by 300 Brightwater Analytics employees.",
			[]string{"Brightwater Analytics/Denver Police Department/letter/300"}},
		{"review 6: a weekday before a comma is no contractor",
			"About 300 Brightwater Analytics employees signed a letter last Friday demanding the company cut its carbon emissions. Speaking to reporters on Friday, the chief executive noted the firm works under contract with the Pentagon and said emissions would fall.",
			[]string{"Brightwater Analytics/climate/letter/300"}},
		{"review 6: Veterans Affairs Canada is not the US department",
			"About 300 Brightwater Analytics employees signed a letter opposing the company's contract with Veterans Affairs Canada.",
			[]string{"Brightwater Analytics/other/letter/300"}},
		{"review 6: ABF Freight is not the Australian Border Force",
			"About 90 Brightwater Analytics engineers signed a petition opposing its routing deal with ABF Freight, whose trucks haul detainees for ICE.",
			[]string{"Brightwater Analytics/ICE/petition/90"}},
		{"a state's name alone is no agency",
			"About 60 Texas Instruments engineers in Washington State walked out over the company's climate record.",
			[]string{"Texas Instruments/climate/walkout/60"}},
		{"a short name takes the full name the text gives once",
			"The campaign against Quarrystone Analytics' work for the U.S. Marshals Service has grown. As of Wednesday, 212 employees had signed a letter asking the company to drop the agency. A Quarrystone spokesperson said the work is lawful.",
			[]string{"Quarrystone Analytics/US Marshals/letter/212"}},
		{"a gazetteer company keeps its name",
			"More than 300 Google employees signed a letter against Google Cloud's work for ICE.",
			[]string{"Google/ICE/letter/300"}},
		{"a legal form is no part of the full name",
			"Employees of Orvane Inc have signed a letter against the CBP contract. Orvane says 120 of them signed it.",
			[]string{"Orvane/CBP/letter/120"}},
		{"an update note speaks of the story's letter, not the background one told last",
			"A group of Microsoft employees is demanding that the company cancel a $480 million contract to supply the U.S. Army with headsets. The letter had more than 100 signatures on Friday morning, organizers said. Microsoft workers have pushed back on defense work before. In October, an open letter from employees urged the company not to bid for JEDI, the Pentagon's cloud contract. A Microsoft spokesperson said the company welcomed feedback.\n\nUPDATE, 3:50 p.m. PST: Organizers said on Friday afternoon that more than 250 employees had now signed the letter.",
			[]string{"Microsoft/US Army/letter/250", "Microsoft/Pentagon/letter/0"}},
		{"a correction's withdrawn figure stays with the campaign it corrects",
			"Employees at Google and Amazon condemned their employers' contract with the Israeli government in a letter on Tuesday. The letter says it is backed by more than 90 Google workers and 350 Amazon workers. It follows a 2018 campaign at Google that ended the company's work on Project Maven for the Pentagon.\n\nCorrection, Oct. 13: An earlier version of this story said more than 300 Amazon employees backed the letter.",
			[]string{"Amazon/Israel/letter/350", "Google/Israel/letter/90"}},
		{"the subject of a long sentence acted 'in a die-in'",
			"About 45 employees of Kestrelwood lay down on the lobby floor of the startup's riverside headquarters at noon on Tuesday, some holding paper signs, in a die-in against the company's work on an ICE program.",
			[]string{"Kestrelwood/ICE/sit-in/45"}},
		{"'the company's military work' after an Army program is the Army's",
			"About 45 employees of Kestrelwood staged a sit-in against the company's work on an Army program. Two weeks ago, 312 Kestrelwood employees signed a letter asking the chief executive to publish rules for the company's military work.",
			[]string{"Kestrelwood/US Army/sit-in/45", "Kestrelwood/US Army/letter/312"}},
		{"'Thirty-one of the 140 employees' is the share that signed",
			"Thirty-one of the 140 employees at Corrowind Labs, a Boulder startup, have signed an open letter asking the company to drop its CIA pilot.",
			[]string{"Corrowind Labs/CIA/letter/31"}},
		{"'the 2019 Microsoft signers' are of that year, not 2019 people",
			"About 300 Microsoft employees signed a letter against the company's ICE contract in 2019. Several of the 2019 Microsoft signers have since left the company.",
			[]string{"Microsoft/ICE/letter/300", "Microsoft/ICE/resignation/0"}},
		{"a petition asking the company in focus, as organizers tell it, is its workers'",
			"Several engineers at Corrowind Labs sat down outside the chief technology officer's office on Tuesday, stepping up a campaign against the company's work for CBP. A petition asking Corrowind not to renew its contract with the agency now has about 110 signatures, organizers said, up from 64 last month.",
			[]string{"Corrowind Labs/CBP/sit-in/0", "Corrowind Labs/CBP/petition/110"}},
		{"a petition that circulated internally, and the people of a share aside who signed it",
			"She is one of a handful of Corrowind Labs engineers who have quit over the Frontex contract. A petition asking the company to leave the contract circulated internally in late January; in early February it had nearly 120 signatures. By mid-March, more than two hundred people, out of a staff of about 310, had signed it.",
			[]string{"Corrowind Labs/Frontex/resignation/0", "Corrowind Labs/Frontex/petition/200"}},
		{"a country's coast guard or federal police is its own, not the US Coast Guard",
			"About forty employees of Corrowind Labs stood outside the office to protest its sale of cameras to the Hellenic Coast Guard. About 30 Tallowmere engineers walked out over a deal with Germany's federal police.",
			[]string{"Corrowind Labs/Hellenic Coast Guard/protest/40", "Tallowmere/German federal police/walkout/30"}},
		{"a letter's closing line ending in a comma ('Sincerely,') loses nothing",
			"Employees of Corrowind Labs delivered the letter below to the executive team on May 8. By Sunday 388 employees had signed it, asking the company to drop its ICE task order.\n\nSincerely,",
			[]string{"Corrowind Labs/ICE/letter/388"}},
		{"the count under a reproduced letter's sign-off",
			"On May 24, employees of Corrowind Labs sent the letter below to the company's leadership, asking it to drop its Pentagon agreement.\n\nWe love this company.\n\nSigned,\n1,206 employees of Corrowind Labs\n(Signatures verified by the organizing committee.)",
			[]string{"Corrowind Labs/Pentagon/letter/1206"}},
		{"'we're past 100' is the letter's tally",
			"A group of Corrowind Labs employees published an open letter asking the company to cancel its Army headset contract. When we posted it internally on Friday it had around 50 signatures. More people added their names that afternoon, and as of Monday night we’re past 100.",
			[]string{"Corrowind Labs/US Army/letter/100"}},
		{"'We counted 170 people' is the walkout's turnout",
			"Last Wednesday, Corrowind Labs employees walked out over the company's CBP license.\n\nA: At 2 p.m. we stopped working. We counted 170 people in person across the three offices.",
			[]string{"Corrowind Labs/CBP/walkout/170"}},
		{"review 7: an update note about a walkout speaks of the walkout, not the company's first action",
			"Microsoft employees signed a letter asking the company to drop its ICE contract. On Friday, Microsoft workers also walked out over the company's climate record.\n\nUPDATE: Organizers said 1,000 Microsoft employees joined the walkout.",
			[]string{"Microsoft/ICE/letter/0", "Microsoft/climate/walkout/1000"}},
		{"review 7: a correction speaks of the counted petition, not the background letter",
			"In 2018, Google employees signed a letter against Project Maven, a Pentagon program. Now, 90 Google workers have signed a petition against the company's work with CBP.\n\nCorrection: An earlier version of this story said 120 workers signed the petition.",
			[]string{"Google/Pentagon/letter/0", "Google/CBP/petition/90"}},
		{"review 7: 'Two of the 4,000 employees who signed' is no share that signed",
			"Two of the 4,000 Google employees who signed the petition against Project Maven spoke to reporters. Only four of the 2,000 Amazon employees who signed the climate letter were disciplined.",
			[]string{"Google/Pentagon/petition/4000", "Amazon/climate/letter/2000"}},
		{"review 7: a petition the public's organizers tell of is no workers' petition",
			"Activists rallied outside Microsoft's headquarters on Monday. A petition calling on Microsoft to cancel its ICE contract has 300,000 signatures, organizers said.",
			nil},
		{"review 7: a product, event or job title is no fuller company name",
			"More than 200 Nuvola employees signed a letter asking the company to end its contract with ICE. The letter also asks Nuvola to stop selling Nuvola AI tools to immigration agents, said a Nuvola Software Engineer. It was presented at the Nuvola Data Summit.",
			[]string{"Nuvola/ICE/letter/200"}},
		{"review 7: onlookers in someone else's protest did not protest",
			"Dozens of Microsoft employees watched from their office windows as hundreds of activists chanted outside in a protest against the company's ICE contract. About 200 Amazon employees were stuck inside the building for hours in a protest by climate activists.",
			nil},
		{"review 7: 'We counted 30 police cars' is no turnout",
			"Amazon employees walked out over the company's climate record on Friday. We counted 30 police cars outside the building.",
			[]string{"Amazon/climate/walkout/0"}},
		{"review 7: 'all of its military work' with the Navy named stays the Pentagon",
			"In 2018, Microsoft employees protested the company's contract with the Army. This year, about 300 workers signed a letter asking Microsoft to end all of its military work, including contracts with the Navy and the Air Force.",
			[]string{"Microsoft/US Army/protest/0", "Microsoft/Pentagon/letter/300"}},
		{"review 7: a line after a sign-off that is no signature line",
			"More than 300 Google employees signed a letter against the Nimbus contract.\n\nRegards,\n2,000 Google workers in Zurich were not consulted on the deal.",
			[]string{"Google/Israel/letter/300"}},
		{"a product's safety review is no labour aim",
			"Roughly 300 employees of Corrowind Labs, the San Francisco artificial intelligence lab, walked out on Tuesday to protest a plan to release a chatbot for teenagers before an internal safety review is complete.",
			[]string{"Corrowind Labs/other/walkout/300"}},
		{"a letter from developers who use the service is its users'",
			"More than 150 GitHub employees signed an internal letter asking GitHub to end the ICE deal. Separately, an open letter from developers who use GitHub has passed 1,700 signatures.",
			[]string{"GitHub/ICE/letter/150"}},
		{"a sentence's subject after an opening word is no aside",
			"More than 150 employees signed an internal letter asking GitHub to end the ICE deal. Separately, an open letter from developers who use GitHub has passed 1,700 signatures, and some maintainers have moved their projects in protest.",
			[]string{"GitHub/ICE/letter/150"}},
		{"a counted sit-in and a counted walkout weeks apart are two events",
			"Forty-one Corrowind Labs employees occupied the lobby on Monday in a sit-in against the company's ICE contract. The sit-in is the second escalation in a month. On Feb. 13, about 210 Corrowind Labs employees walked out of the company's three offices.",
			[]string{"Corrowind Labs/ICE/sit-in/41", "Corrowind Labs/ICE/walkout/210"}},
		{"'Israel's Ministry of Defense' is a body of Israel, no target of its own",
			"Israel awarded the contract to Amazon in 2021. Israel's Ministry of Defense is among the government bodies covered by the deal. Last week, more than 300 Amazon employees signed a letter calling on the company to pull out of the contract.",
			[]string{"Amazon/Israel/letter/300"}},
		{"a product sold to a named agency stands for that agency, not its usual buyer",
			"About 450 Amazon workers wrote to Jeff Bezos asking the company to stop offering its Rekognition face-matching service to ICE.",
			[]string{"Amazon/ICE/letter/450"}},
		{"'once it passes 500' is a goal, not a count",
			"Employees at Corrowind Labs started a petition against the company's ICE contract. It has gathered 340 signatures in a week. Organizers said they plan to deliver it to the chief executive once it passes 500 signatures.",
			[]string{"Corrowind Labs/ICE/petition/340"}},
		{"'the figure was 200' is the letter's tally",
			"When Corrowind Labs employees posted their letter against the company's Army contract last Friday, it had a little over 100 signatures. By Wednesday night the organizers told us the figure was 200.",
			[]string{"Corrowind Labs/US Army/letter/200"}},
		{"'the most public dispute' is no public signing",
			"A petition urging Palantir to drop its ICE contract has gathered 340 employee signatures in a week, making it the most public dispute yet over the company's work.",
			[]string{"Palantir/ICE/petition/340"}},
		{"a relative-clause aside does not part the publishers from their open letter",
			"More than 400 current and former employees of Corrowind Labs, which builds encryption libraries used by dozens of messaging apps, published an open letter on Thursday asking the company to pull out of a contract with the National Security Agency.",
			[]string{"Corrowind Labs/NSA/letter/400"}},
		{"members of a workers' union named for the company are its workers",
			"About 85 members of the Alphabet Workers Union walked off the job on Wednesday over the company's ICE contract. About 40 members of the Corrowind Tech Workers Union walked out too. The union represents roughly 130 engineers at Corrowind Software, which sells tools to CBP.",
			[]string{"Google/ICE/walkout/85", "Corrowind Software/CBP/walkout/40"}},
		{"'stepped away from their desks' is a walkout",
			"Roughly 35 of Corrowind Labs' 90 employees stepped away from their desks for an hour on Thursday to protest a pilot that would send license-plate reads to the Michigan State Police.",
			[]string{"Corrowind Labs/Michigan State Police/walkout/35"}},
		{"a worker petition the company's own union handed over, and a tally its members tell",
			"A worker petition asking Halvane Cloud to abandon its CBP data deal has kept gaining names since the company's union handed it to executives, organizers said. When Halvane Workers United delivered it on April 9, it bore 1,150 signatures. As of Monday night it had about 1,400, according to two members of the union's organizing committee. Unlike most tech workers, Halvane staff bargain collectively.",
			[]string{"Halvane Cloud/CBP/petition/1400"}},
		{"'At X in Reston, sixty-two employees' names X as their employer",
			"At Corrowind Labs, more than 230 engineers signed an open letter against the company's Army bid. At Petrane Biometrics in Reston, sixty-two employees signed a letter last month asking the company to withdraw from its DHS work.",
			[]string{"Corrowind Labs/US Army/letter/230", "Petrane Biometrics/DHS/letter/62"}},
		{"'Organizers now put participation at 640' is the walkout's turnout",
			"About 200 Corrowind Labs employees walked out on Wednesday over the company's ICE contract. Organizers now put participation at 640 people, counting those in Fremont.",
			[]string{"Corrowind Labs/ICE/walkout/640"}},
		{"review 8: 'a year ago the figure was 3,000' is a headcount, not the tally",
			"An internal petition against Halyard Data's CBP contract has 400 signatures. The company employs 5,000 people; a year ago the figure was 3,000.",
			[]string{"Halyard Data/CBP/petition/400"}},
		{"review 8: 'As of December it had about 900 staff' is a workforce",
			"An internal letter at Corrowind Labs opposing the Army deal has 120 signatures. As of December it had about 900 staff, most in Detroit.",
			[]string{"Corrowind Labs/US Army/letter/120"}},
		{"review 8: another country's ministry stays a target",
			"About 200 Corrowind Labs employees signed a letter against the company's contract with Brazil's Ministry of Justice.",
			[]string{"Corrowind Labs/Ministry of Justice/letter/200"}},
		{"review 8: walking away from their jobs, or being told to step away from their desks, is no walkout",
			"Google urged employees to step away from their laptops during the holidays, a week after 300 workers signed a letter against Project Nimbus. Dozens of Google engineers walked away from their jobs after the company signed the contract.",
			[]string{"Google/Israel/letter/300"}},
		{"review 8: a union's members beside other counted employees are no count of the whole",
			"About 40 members of the Alphabet Workers Union joined 300 Google employees in a walkout over Project Nimbus.",
			[]string{"Google/Israel/walkout/0"}},
		{"review 8: a city's tech workers' union is no company's",
			"About 40 employees of Denver Software walked out over the company's ICE contract. The Denver Tech Workers Union, a citywide group, said 300 members of the Denver Tech Workers Union at other firms signed a letter against ICE.",
			[]string{"Denver Software/ICE/walkout/40", "Denver Software/ICE/letter/0"}}, // the letter's company is still wrong, but its 300 are not given to Denver Software
		{"the Israeli Defense Forces are Israel's",
			"About forty employees of Corrowind Labs walked out over the company's sale of cameras to the Israeli Defense Forces.",
			[]string{"Corrowind Labs/Israel/walkout/40"}},
		{"dissent at a company names it, for the workers told after",
			"Four weeks of dissent at Corrowind Labs began with a draft. A letter asking leadership to end the company's ICE contract was posted on an internal forum. By the end of the day 58 employees had signed it.",
			[]string{"Corrowind Labs/ICE/letter/58"}},
		{"walking out at a company names it",
			"Hundreds walk out at Quillon Systems over ICE deal. About 420 employees left their desks on Tuesday, organizers said.",
			[]string{"Quillon Systems/ICE/walkout/420"}},
		{"a place before a company noun is not the company",
			"Staff revolt at Manchester data firm grows over Home Office contract. At least one engineer at Brightwater Analytics has resigned over the contract.",
			[]string{"Brightwater Analytics/UK Home Office/resignation/0"}},
		{"N of M company employees is N",
			"19 of 58 Corrowind Labs employees quit over its new rules banning political talk on company chat.",
			[]string{"Corrowind Labs/other/resignation/19"}},
		{"a place in parentheses inside an appositive",
			"At Corrowind Labs, a Cambridge (U.K.) start-up that sells transcription software, 27 of the company's 85 staff have signed an open letter asking the founders not to bid for a Home Office contract.",
			[]string{"Corrowind Labs/UK Home Office/letter/27"}},
		{"workers connected to sit-ins took part in them, fired or not",
			"Palantir said on Monday it had dismissed more than 20 additional workers connected to last week's sit-ins at its offices against the company's contract with ICE.",
			[]string{"Palantir/ICE/sit-in/0"}},
		{"a company that says it has paused its contract owns it",
			"Nairobi: Corrowind Labs pauses ICE deal\n\nCorrowind Labs says it has \u201cpaused\u201d its location-data contract with ICE, eight months after 34 staff walked out over it. Organisers say 52 of the company\u2019s 120 employees have since signed a letter asking for the deal to be cancelled.",
			[]string{"Corrowind Labs/ICE/walkout/34", "Corrowind Labs/ICE/letter/52"}},
		{"a petition inside a company is its staff's",
			"The No Tech for ICE petition inside Palantir stood at 1.2k names last month. Organisers tell us it now has nearly 2,000 signatures.",
			[]string{"Palantir/ICE/petition/2000"}},
		{"a petition against a company's own contract, counted in signatures, is its staff's",
			"Corrowind Labs employees have objected to the deal for months. The petition against Corrowind Labs' ICE hosting contract passed 350 signatures this week, organizers told us.",
			[]string{"Corrowind Labs/ICE/petition/350"}},
		{"a company's demonym qualifies the signatures",
			"The petition asking Google to promise that it won't bid on a cloud contract for U.S. Customs and Border Protection is now at 1,300-plus Googler signatures.",
			[]string{"Google/CBP/petition/1300"}},
		{"their letter, after the workers the sentence told",
			"Six weeks after Microsoft employees objected to the Army IVAS deal, their letter now has 312 signatures.",
			[]string{"Microsoft/US Army/letter/312"}},
		{"a breakdown between dashes does not replace the total",
			"Sixty-nine employees of Corrowind Labs \u2014 57 engineers and 12 members of the customer-support team \u2014 have signed a letter demanding that the company withdraw from its contract with ICE.",
			[]string{"Corrowind Labs/ICE/letter/69"}},
		{"co-signers are signers",
			"The open letter from workers at Corrowind Labs against the company's ICE contract went to leadership carrying 212 names. The organizing committee told us the count stands at 388 co-signers.",
			[]string{"Corrowind Labs/ICE/letter/388"}},
		{"review 10: a petition against a company's deal, with no word of its staff, is the public's",
			"A petition against Google's Nimbus contract with Israel has drawn 60,000 signatures.",
			[]string{}},
		{"review 10: 'their' after someone else speaking is not the workers'",
			"After Microsoft employees objected to the Azure deal with the Israeli military, human rights groups said their open letter now has 250 signatures.",
			[]string{}},
		{"review 10: engineers who back the contract in a letter do not protest it",
			"Palantir says 2,000 of its engineers back the ICE contract, in a letter to the board.",
			[]string{}},
		{"a government body's employees are no company's",
			"Twenty-one employees of the U.S. Digital Service resigned together on Tuesday. Many of the signers had worked at companies such as Google, Amazon and Apple before joining the government.",
			[]string{}},
		{"things bought are no signers",
			"The letter had a little over 50 signatures on Friday morning. By late afternoon, more than 100 Microsoft employees had added their names to the letter against the Army headset contract. The Army has said it could eventually buy as many as 100,000 of them.",
			[]string{"Microsoft/US Army/letter/100"}},
		{"a company that makes an app is a tech employer, whose staff's strike with no known aim is kept",
			"Employees at Corrowind Labs, which makes the budgeting app Pennywise, held a one-day strike on Tuesday over the company's decision to sell customer data to advertisers.",
			[]string{"Corrowind Labs/other/strike/0"}},
		{"a company that sells software is a tech employer",
			"Employees at Corrowind Labs held a one-day strike on Tuesday over the company's decision to sell customer data to advertisers. Corrowind Labs sells its software to banks.",
			[]string{"Corrowind Labs/other/strike/0"}},
		{"a company that runs bakeries is not",
			"Employees at Corrowind Labs, which runs a chain of bakeries, held a one-day strike on Tuesday over the company's decision to sell customer data to advertisers.",
			[]string{}},
		{"support engineers are workers",
			"About 2,000 support engineers at Palantir signed a letter against the ICE contract.",
			[]string{"Palantir/ICE/letter/2000"}},
		{"members of a company's team are its workers",
			"Four members of Palantir's data science team quit in protest over the ICE contract.",
			[]string{"Palantir/ICE/resignation/4"}},
		{"members of its board are not",
			"Four members of Palantir's board quit over the ICE contract.",
			[]string{}},
		{"review 11: workers who say their letter has N signers are its signers",
			"Microsoft employees said their letter against the Army contract now has 500 signatures.",
			[]string{"Microsoft/US Army/letter/500"}},
		{"review 11: supporting this petition is signing it",
			"Some 600 Amazon employees support this petition against the ICE contract.",
			[]string{"Amazon/ICE/petition/600"}},
		{"review 11: people made to sign are signers",
			"Palantir employees wrote a letter against the ICE contract. Organizers made 300 of them sign it within a day.",
			[]string{"Palantir/ICE/letter/300"}},
		{"review 11: employees of the Department of X are no company's",
			"Twenty-one employees of the Department of Government Efficiency resigned on Tuesday. Palantir has worked with the department, and Palantir executives declined to comment.",
			[]string{}},
		{"review 11: 'Like Google, Microsoft has' is about Microsoft",
			"Like Google, Microsoft has faced protests over military work. Employees there signed a letter asking the company to drop the Army contract. The letter has 500 signatures.",
			[]string{"Microsoft/US Army/letter/500"}},
		{"a labour word used as a verb is no pay aim",
			"More than 700 employees of Pellucid AI have signed a letter asking the company's leaders to remove an emotion-scoring feature from its hiring product. The chief executive said the company would commission an outside review, and that the feature raises questions it takes seriously.",
			[]string{"Pellucid AI/other/letter/700"}},
		{"a pay aim still puts a letter out of scope",
			"More than 700 employees of Pellucid have signed a letter to the company's leaders. They want the company to pay overtime to its support staff and to restore the commission it cut.",
			[]string{}},
		{"a named company's N staff who walked out are the count",
			"Salesforce's 400 support staff walked out on Tuesday to protest the company's contract with CBP.",
			[]string{"Salesforce/CBP/walkout/400"}},
		{"a petition's tally goes on after 'and had'; a span of hours is no pay aim",
			"Workers at Corvane Cloud walked out over the company's ICE contract. The decision also follows a petition that organizers started the day after the walkout, asking the company to commit to ending the contract. It drew about 900 names in its first 24 hours and had 1,480 when organizers closed it on Wednesday.",
			[]string{"Corvane Cloud/ICE/walkout/0", "Corvane Cloud/ICE/petition/1480"}},
		{"'and had' after a workforce is no tally",
			"Workers at Corvane Cloud signed a letter about the ICE contract. The company employed 1,200 engineers and had 300 contractors.",
			[]string{"Corvane Cloud/ICE/letter/0"}},
		{"a letter its writers publish: 'We are N engineers at X'",
			"We are 240 engineers, designers, data scientists and researchers at Corrandel. We are writing because a contract signed in January points the wrong way, and we are asking leadership to end it. In January, Corrandel accepted a $14.2 million agreement with U.S. Immigration and Customs Enforcement. Commit that no one will be penalised for signing this letter.",
			[]string{"Corrandel/ICE/letter/240"}},
		{"an organisers' update: our letter asking X, the total stands at N, N of us left our desks",
			"Sixteen days ago we published our open letter asking Ringwell to end its partnership with the LAPD. It went up with 387 names. Since then colleagues have kept signing, and the total today stands at 521 employees and contractors. So on Thursday we walked out. About 60 of us left our desks at the Santa Monica office at 2 p.m.",
			[]string{"Ringwell/Los Angeles Police Department/letter/521", "Ringwell/Los Angeles Police Department/walkout/60"}},
		{"'We petition X's leadership' is the writers' petition",
			"We are engineers, solutions architects and support workers at Arborvale Cloud. We petition Arborvale's leadership to withdraw from all pursuit of Pentagon task orders.",
			[]string{"Arborvale Cloud/Pentagon/petition/0"}},
		{"a letter to X leadership from N of us, X a maker of software",
			"Our letter to Halvane Biometrics leadership, published with the consent of every signer. Halvane Biometrics makes face and fingerprint matching software. In April, leadership told the matching team that Halvane had won a subcontract for HART, the Department of Homeland Security's biometric database. Thirty-one of us, which is nearly everyone on the matching team, signed the letter below and delivered it to the CTO on Tuesday. A few colleagues on other teams have asked whether they can sign.",
			[]string{"Halvane Biometrics/DHS/letter/31"}},
		{"customers writing 'we' are no workers",
			"We are 12,000 PhotoVault customers, and our petition asking PhotoVault to restore its free tier now has 12,400 signatures. Colleagues and friends have shared it widely.",
			[]string{}},
		{"the LAPD is the Los Angeles Police Department, spelt out or not",
			"Workers at Ringvale published an open letter asking the company to end its partnership with the LAPD. It has 387 signatures.",
			[]string{"Ringvale/Los Angeles Police Department/letter/387"}},
		{"review 12: management's letter to staff is no workers' letter",
			"We are 6,000 employees at Tellurate, and we are proud of the work we do for the Department of Defense. This letter explains why Tellurate will keep its Army contract, even as some colleagues have asked us to end it.",
			[]string{}},
		{"review 12: senators and their colleagues are no company's staff",
			"Four senators sent a letter asking Verimatch to end its contract with ICE. Verimatch builds identity verification software. Colleagues in the House are expected to sign a similar letter.",
			[]string{}},
		{"review 12: a person the letter asks is no employer",
			"Last month we published our open letter asking Dana Whitfield to end the company's contract with CBP. Colleagues have kept signing since.",
			[]string{}},
		{"review 12: a buyer the petition asks is no employer",
			"Our petition asking Metro Transit to end its contract with Flockwatch has 800 signatures. Colleagues at Flockwatch have signed too.",
			[]string{"Flockwatch/other/petition/800"}},
		{"review 12: union cards signed are no letter's tally",
			"Last month we published our letter asking Corvane Cloud to end its contract with ICE. It went up with 150 names. Separately, colleagues have kept signing union cards, and the total stands at 900.",
			[]string{"Corvane Cloud/ICE/letter/150", "Corvane Cloud/ICE/union drive/0"}},
		{"review 12: a handful among X's N engineers is no count",
			"Only a handful among Salesforce's 4,000 engineers walked out on Tuesday to protest the company's contract with CBP.",
			[]string{"Salesforce/CBP/walkout/0"}},
		{"review 12: 'and had 12 demands' is no tally",
			"Workers at Brightwater Systems signed a petition against the company's CBP contract. The petition drew 900 signatures and had 12 demands.",
			[]string{"Brightwater Systems/CBP/petition/900"}},
		{"review 12: former staff who left over the years did not resign in protest",
			"We are 80 former employees of Corvane Cloud. We left the company over the years for many reasons. Our letter asks Corvane Cloud to end its contract with ICE. Colleagues still at the company have shared this letter.",
			[]string{"Corvane Cloud/ICE/letter/80"}},
		{"a two-word name the sentence calls a company, opening it",
			"Northgate Maps has suspended work on its contract with the Royal Canadian Mounted Police while an outside review is completed, the Toronto company told employees on Wednesday. An employee petition calling for the contract to be cancelled has grown to 212 signatures, up from 85 in January, according to organisers.",
			[]string{"Northgate Maps/RCMP/petition/212"}},
		{"'It was the first walkout' names what the workers before did",
			"Over the next quarter of an hour, about 230 employees of Brambleford, a software company that occupies four floors of the building, rode down to the street and stood on the footpath for an hour. It was the first organised walkout at an Australian technology company that anyone could remember. Brambleford signed an agreement with Australian Border Force last year.",
			[]string{"Brambleford/Australian Border Force/walkout/230"}},
		{"a letter asking 'the company', signed inside the company in focus",
			"Workers at Brambleford are angry about the company's contract with Australian Border Force. On 3 March an open letter to chief executive Hamish Todd, asking the company to exit the contract, was delivered with 160 signatures.",
			[]string{"Brambleford/Australian Border Force/letter/160"}},
		{"a customers' letter asking 'the company' is theirs",
			"Workers at Brambleford are angry about the company's contract with Australian Border Force. A petition from customers asking the company to exit the contract has 1,600 signatures.",
			[]string{}},
		{"'and more than 300 within a week' goes on the same tally",
			"At Microsoft, a letter objecting to a $19.4 million contract with Immigration and Customs Enforcement had a little over 100 signatures on its first day and more than 300 within a week.",
			[]string{"Microsoft/ICE/letter/300"}},
		{"the European Union's border agency is not CBP",
			"Voxmere, which has 610 employees, had been negotiating a deal with the European Union's border agency. The decision came after 420 Voxmere employees signed a letter urging the chief executive to withdraw from the Frontex tender.",
			[]string{"Voxmere/Frontex/letter/420"}},
		{"'the HoloLens letter' is the 2019 letter told before",
			"In 2019, more than 250 Microsoft employees signed a letter objecting to a $480 million contract to supply HoloLens headsets to the US Army. Nadella defended the deal. Workers at Google staged sit-ins against Project Nimbus. Former employees who organised the HoloLens letter say the atmosphere has changed.",
			[]string{"Microsoft/US Army/letter/250", "Google/Israel/sit-in/0"}},
		{"names from current and former X workers sign the petition",
			"The petition now carries more than 2,000 names from current and former Microsoft workers, organisers said, and asks the company to end its contracts with the Israeli military.",
			[]string{"Microsoft/Israel/petition/2000"}},
		{"workers police arrested 'after they occupied' offices sat in",
			"Police removed and arrested nine Google employees late Tuesday after they occupied company offices in New York and California for about ten hours to protest Google's cloud computing contract with the Israeli government.",
			[]string{"Google/Israel/sit-in/0"}},
		{"those who 'took part' did so in the action just told, at its company",
			"Nine Google employees occupied company offices on Tuesday to protest Google's cloud contract with the Israeli government. The sit-ins were organized by No Tech for Apartheid, a coalition of Google and Amazon workers. About 30 employees took part across the two locations, the organizers said.",
			[]string{"Google/Israel/sit-in/30"}},
		{"a contractor's client named 'under an agreement with' is the target both actions share",
			"Hundreds of Wayfair employees left their desks on Wednesday to protest the company's sale of furniture to a contractor running a detention camp for the Department of Health and Human Services. The walkout came after executives rejected a letter, signed by 547 employees, that asked Wayfair to stop doing business with BCFS, the nonprofit operating the camp under an agreement with the Department of Health and Human Services.",
			[]string{"Wayfair/HHS/walkout/0", "Wayfair/HHS/letter/547"}},
		{"review 13: workers who watched did not protest",
			"About 60 employees of Harbor Cloud watched from the windows of the office on Tuesday. It was the first protest against the company's contract with Immigration and Customs Enforcement, organised by a local immigrant-rights group.",
			[]string{}},
		{"review 13: workers who occupied two floors sat in",
			"About 50 employees of Ravelin occupied two floors of the company's headquarters on Tuesday to protest its contract with Immigration and Customs Enforcement.",
			[]string{"Ravelin/ICE/sit-in/50"}},
		{"review 13: customers' letter asking the company is theirs",
			"Workers at Ravelin are angry about the company's contract with ICE. Customers have been just as vocal. Their open letter, asking the company to exit the contract, has 4,500 signatures.",
			[]string{}},
		{"review 13: 'and 12 within a week had been fired' is no tally",
			"Workers at Ravelin signed a letter against the company's ICE contract. The letter had 180 signatures on its first day, and 12 within a week had been fired.",
			[]string{"Ravelin/ICE/letter/180"}},
		{"review 13: NYPD officers removing workers are not the target",
			"About 50 Corvane employees held a sit-in in the lobby of the company's Manhattan office on Monday over its contract with Immigration and Customs Enforcement. NYPD officers removed them after four hours.",
			[]string{"Corvane/ICE/sit-in/50"}},
		{"review 13: 'the camera company said' of another name calls the opener no company",
			"Metro Transit has ended its contract with Flock Safety, the camera company said on Monday. More than 200 employees signed a petition against the deal.",
			[]string{}},
		{"people who work at X, after a long description, put their names to a letter; the NGA by name",
			"Seventy-five people who work at Wayvale Maps, the Portland startup whose turn-by-turn app has quietly become a favourite of cyclists, have put their names to a letter asking the company's two founders to back out of an agreement with the National Geospatial-Intelligence Agency. The signers include engineers from the imagery team, according to two of them.",
			[]string{"Wayvale Maps/NGA/letter/75"}},
		{"'signed in at the starting point' signs no letter; 'signed in October' does",
			"More than 300 employees of Sundale Cloud walked out on Friday to join a climate strike. Organizers said the count included only people who signed in at the starting point. Last year a letter that 22 of their co-workers signed in October asked Sundale Cloud to publish its emissions.",
			[]string{"Sundale Cloud/climate/walkout/300", "Sundale Cloud/climate/letter/22"}},
		{"workers joined 'by about 40 employees of X, a studio, who walked out' walked out",
			"More than 300 employees of Sundale Cloud walked out over climate. They were joined at City Hall by about 40 employees of Pellwick Games, a Fremont game studio, who walked out in solidarity and to press their own company to publish its emissions.",
			[]string{"Sundale Cloud/climate/walkout/300", "Pellwick Games/climate/walkout/40"}},
		{"a quotation's first word is no company",
			"About 60 employees of Hollowmere Interactive sat down in the lobby of the studio's offices on Wednesday to protest the company's contract with the Saudi army. Employees held signs that read \"Game dev, not war dev.\" The workers' petition against the deal has now passed 300 signatures, organizers said.",
			[]string{"Hollowmere Interactive/Saudi army/sit-in/60", "Hollowmere Interactive/Saudi army/petition/300"}},
		{"'told employees that it will not renew its contract' names the company; its employee petition and a sit-in",
			"Tesserane Systems told employees on Monday that it will not renew its border-analytics contract with the Texas Department of Public Safety, handing a rare win to rank-and-file workers at a mid-sized software company. The employee petition against the deal closed last week with 430 signatures, and on Sept. 21 roughly two dozen engineers held a sit-in outside the executive suite.",
			[]string{"Tesserane Systems/Texas Department of Public Safety/petition/430", "Tesserane Systems/Texas Department of Public Safety/sit-in/24"}},
		{"'The letter ... had N signatures by Friday' is the demand just told",
			"A group of Microsoft employees is demanding the company abandon a $479 million contract to supply the U.S. Army with headsets. The letter, addressed to chief executive Satya Nadella, had more than 100 signatures by Friday afternoon, according to an organizer.",
			[]string{"Microsoft/US Army/letter/100"}},
		{"'organizers told us that it now carries 380' is the tally",
			"Roughly 90 employees of Brightvale Analytics walked out over the company's contract with Customs and Border Protection. The walkout came as the letter that started the campaign kept collecting names. It had 140 signatures when it first surfaced on Monday and 212 by Tuesday. Organizers told Byteline on Friday that it now carries 380.",
			[]string{"Brightvale Analytics/CBP/walkout/90", "Brightvale Analytics/CBP/letter/380"}},
		{"'workers at Tucson's Ferrowind Robotics' work at the company, not the city",
			"Six months after their stoppage, workers at Tucson's Ferrowynd Robotics are still pressing the company over its border tower contract with Customs and Border Protection. A renewed petition asking the company not to bid on the contract's option years now has 520 signatures, up from 415 in August.",
			[]string{"Ferrowynd Robotics/CBP/petition/520"}},
		{"review 14: a name after a closing straight quote is still found",
			"A drone maker faces dissent. \"We did not sign up to build weapons,\" Kestrelwing Robotics employees wrote in a letter to executives about the company's contract with the US Army. The letter has 140 signatures.",
			[]string{"Kestrelwing Robotics/US Army/letter/140"}},
		{"review 14: 'took part in a hunger strike' is an action of its own",
			"Nine Amazon employees held a sit-in at the company's Seattle offices over its contract with the Israeli government. Three workers also took part in a hunger strike outside the building.",
			[]string{"Amazon/Israel/sit-in/9", "Amazon/Israel/strike/3"}},
		{"review 14: 'came under fire' does not make one body work under another",
			"Engineers at Corvell Data signed a letter against a new contract with the FBI, which came under fire last year after ICE used its records. Separately, Corvell Data staff walked out over the company's ICE contract.",
			[]string{"Corvell Data/FBI/letter/0", "Corvell Data/ICE/walkout/0"}},
		{"review 14: a two-page letter asking the company is the staff's",
			"Workers at Ravelton are angry about the company's contract with ICE. A two-page letter asking the company to end the contract has 450 signatures.",
			[]string{"Ravelton/ICE/letter/450"}},
		{"review 14: 'and 500 by Friday as organizers had hoped' is the tally",
			"Workers at Ravelton signed a letter against the company's ICE contract. The letter had 200 signatures on Monday and 500 by Friday as organizers had hoped.",
			[]string{"Ravelton/ICE/letter/500"}},
		{"review 14: a chief executive in an aside, who resigned, is no staff resignation",
			"Employees of Harborvale Cloud, led for a decade by chief executive Dana Ruiz, who resigned on Monday, signed a letter against the company's contract with ICE.",
			[]string{"Harborvale Cloud/ICE/letter/0"}},
		{"'under military control' names no armed forces",
			"MEXICO CITY (Northstar) - Thirty-eight of the ninety engineers at Senderal Mapas have signed an open letter opposing a contract to supply mapping tools to the country's National Guard. The engineers wrote that the force, increasingly under military control, has been accused of abuses against migrants.",
			[]string{"Senderal Mapas/immigration/letter/38"}},
		{"'A$34 million, or roughly US$22 million' is the contract's value; the German armed forces are the Bundeswehr",
			"About 230 employees of Brambleton walked out. Late last year the company signed a three-year agreement with Australian Border Force to replace its case system. The contract is worth A$34 million, or roughly US$22 million. Earlier this year, 90 workers at Feldmark, a Munich drone-software company, signed a letter objecting to its work for the German armed forces.",
			[]string{"Brambleton/Australian Border Force/walkout/230", "Feldmark/Bundeswehr/letter/90"}},
		{"'the goal was to reach 2,000 names' is a goal, no count",
			"Engineers at Taranvale Systems started a petition against the company's Delhi Police contract. One organiser said the goal was to reach 2,000 names before the board meets in December.",
			[]string{"Taranvale Systems/Delhi Police/petition/0"}},
		{"had endorsed it: each company's share of the letter told before",
			"Employees of Google and Amazon wrote a letter against the deal with the Israeli government. Its authors said more than 90 people at Google and upward of 300 at Amazon had endorsed it on internal channels.",
			[]string{"Amazon/Israel/letter/300", "Google/Israel/letter/90"}},
		{"any military names no body",
			"Oracle workers signed a letter asking the company to stop selling to any military that violates human rights.",
			[]string{"Oracle/weapons/letter/0"}},
		{"the owner of a government stands over its military",
			"Employees of Oracle on Tuesday broke with the company over a cloud deal. The workers did not put their names to the letter, which appeared in a newspaper. The deal provides cloud services to Israel's government and military.",
			[]string{"Oracle/Israel/letter/0"}},
		{"a past year's campaign is background to the letter's target",
			"Employees publish an unsigned letter, saying colleagues fear retaliation. Employees of Google and Amazon on Tuesday broke with their employers over Project Nimbus, a cloud deal with the Israeli government. Its authors said more than 90 people at Google and upward of 300 at Amazon had signed it. A Google spokesperson said the company was proud of the work. Amazon referred questions to an earlier statement. Google's workforce has a history of objecting to defense work. In 2016, thousands of its employees protested Project Maven, a Pentagon program.",
			[]string{"Google/Israel/letter/90", "Amazon/Israel/letter/300", "Google/Pentagon/protest/0"}},
		{"engineers and other staff at a company",
			"Nearly 400 engineers and other staff at Sencor Micro have signed a letter asking the company to stop sales to Myanmar's military.",
			[]string{"Sencor Micro/Myanmar military/letter/400"}},
		{"an opening participle counts the letter of its main clause",
			"North of 300 employees of Kestrel Maps left their desks on Thursday, escalating a dispute over a mapping contract with Frontex. The dispute began in May with an internal letter. Initially backed by about 200 staff, it had gathered 260 signatures by the time it was formally delivered to the board, organisers said.",
			[]string{"Kestrel Maps/Frontex/walkout/300", "Kestrel Maps/Frontex/letter/260"}},
		{"half of a stated team is a worked-out count",
			"Datamar makes mapping software for the Mexican National Guard. Half of the 80-person data engineering team at Datamar walked out on Tuesday.",
			[]string{"Datamar/Mexican National Guard/walkout/40"}},
		{"one in five of a stated whole is a worked-out count",
			"One in five of the company's 2,000 engineers at Kestrel Aerial signed the letter against its drone sales to the Egyptian military.",
			[]string{"Kestrel Aerial/Egyptian military/letter/400"}},
		{"a share bounded by 'more than' gives no count, nor does its whole",
			"More than a fifth of the 900 staff at Kaartwerk have signed a petition against the company's contract with ICE.",
			[]string{"Kaartwerk/ICE/petition/0"}},
		{"a worked-out share yields to a stated count",
			"Nearly half of Quillmark's roughly 1,000 employees signed a petition against the company's Navy work. It now has 460 signatures.",
			[]string{"Quillmark/US Navy/petition/460"}},
		{"a workforce of N is no count",
			"Seventy-three employees of Tessaly Labs have signed an internal petition against a contract with Frontex. The signers make up about a third of Tessaly's workforce of roughly 210, according to a copy of the petition.",
			[]string{"Tessaly Labs/Frontex/petition/73"}},
		{"N of the company's current M employees is N",
			"Employees of Tessaly Labs signed a petition against the company's work for Frontex. Organizers said on Tuesday that 131 of the company's current 540 employees have now added their names.",
			[]string{"Tessaly Labs/Frontex/petition/131"}},
		{"the petition's dated origin is its earlier figure, not another petition",
			"Employees of Tessaly Labs have revived a petition against the company's work for Frontex. The petition first circulated in 2015, when 73 staff signed it. Organizers said on Tuesday that 131 of the company's current 540 employees have now added their names.",
			[]string{"Tessaly Labs/Frontex/petition/131"}},
		{"pledges to take part that doubled count the planned walkout",
			"Employees at Pixelforge Interactive plan to walk off the job next Tuesday over harassment complaints. Organizers said on Friday that pledges to take part had doubled to 600 since the walkout was announced on Monday, when 300 employees had signed up.",
			[]string{"Pixelforge Interactive/harassment/walkout/600"}},
		{"a student petition's signatures are not the workers' letter's",
			"Twenty-two engineers at Cobalt Ridge Robotics have signed a letter against a drone contract with the Allegheny County Sheriff's Office. A separate student petition, which has collected more than 1,100 signatures, asks the university to stop licensing patents to police suppliers.",
			[]string{"Cobalt Ridge Robotics/Allegheny County Sheriff's Office/letter/22"}},
		{"'The letter, which appeared in a newspaper, was endorsed by' reaches past the aside",
			"Employees at Google and Amazon have published an open letter about Project Nimbus. The letter, which appeared Tuesday in a British newspaper, was endorsed by more than 90 workers at Google and over 300 at Amazon, according to organizers.",
			[]string{"Amazon/Israel/letter/300", "Google/Israel/letter/90"}},
		{"'the petition, which has been signed by' is the petition told before",
			"Some 180 developers at Hexbyte Interactive have signed a petition opposing a simulator deal with Saudi Arabia's armed forces. Under it, a new Hexbyte subsidiary would build training scenarios for the Saudi Ministry of Defence. \"We make games,\" reads the petition, which has been signed by roughly a third of the studio's 520 employees.",
			[]string{"Hexbyte Interactive/Saudi armed forces/petition/180"}},
		{"review 15: half of the workers who signed are engineers keeps their count",
			"Roughly half of the 300 Google employees who signed the letter against the company's Pentagon contract are engineers.",
			[]string{"Google/Pentagon/letter/300"}},
		{"review 15: a year is no whole to take a share of",
			"Half of Oracle's 2019 staff signed a letter against the company's work for ICE.",
			[]string{"Oracle/ICE/letter/0"}},
		{"review 15: shares joined by 'and' give no count",
			"Half of Sencor Micro's 80 engineers and a third of its 300 salespeople signed a letter against the company's work for ICE.",
			[]string{"Sencor Micro/ICE/letter/0"}},
		{"review 15: 'have backed it' of a strike is no letter",
			"Workers at Pagali called a strike for Monday over the company's ICE contract. More than 400 employees have backed it.",
			[]string{"Pagali/ICE/strike/0"}},
		{"review 15: 'any police department' still names police",
			"Oracle workers signed a letter asking the company to stop selling to any police department that uses its software.",
			[]string{"Oracle/Police/letter/0"}},
		{"an aside's owner is not whose letter grew",
			"At Microsoft, well over 500 employees signed a letter asking the company to drop its contract with ICE. When GitHub, which Microsoft owns, faced its own revolt, the letter asking it to cancel a roughly $200,000 licence sale to ICE grew from 150 to 250 signatures over several weeks.",
			[]string{"Microsoft/ICE/letter/500", "GitHub/ICE/letter/250"}},
		{"'At X in Place, a letter with N signatures' is X's staff's",
			"At Kestrel Analytics in Denver, more than 400 employees signed a letter against an order for ICE. At Brightwell Cloud in Austin, a letter with 1,020 signatures against its work for the Texas Department of Public Safety has produced a promise.",
			[]string{"Kestrel Analytics/ICE/letter/400", "Brightwell Cloud/Texas Department of Public Safety/letter/1020"}},
		{"'who once signed letters openly now hesitate' is no action",
			"In 2015 more than 8,700 Amazon employees put their names to a letter demanding a company climate plan. Several organizers said colleagues who once signed letters openly now hesitate to put their names on anything.",
			[]string{"Amazon/climate/letter/8700"}},
		{"a dash aside's staff do not take the count",
			"Kestrel Analytics has told ICE it will not accept an option year on the $4.2 million task order it won last May, the company confirmed Tuesday. More than 400 employees \u2014 well over half of the company's staff of about 650 \u2014 had signed an internal letter urging management to walk away.",
			[]string{"Kestrel Analytics/ICE/letter/400"}},
		{"a bare ministry in a story of one foreign country, named twice, is that country's",
			"NAGOYA \u2014 Forty-two engineers at Hoshizora Robotics have signed a letter asking the company to decline work on a vehicle for the Ministry of Defense. Letters of this kind are rare in Japanese companies, and Japan's defence budget is rising.",
			[]string{"Hoshizora Robotics/Japanese Ministry of Defense/letter/42"}},
		{"review 16: a bare 'Ministry of Defence' stays Britain's whatever other country the story names",
			"Forty-two engineers at Oracle signed a letter objecting to the company's work for the Ministry of Defence. The firm also holds an export licence for sales to Saudi Arabia, and Saudi officials visited in May.",
			[]string{"Oracle/UK Ministry of Defence/letter/42"}},
		{"a bare 'Ministry of Defence' with no country named stays Britain's",
			"Forty-two engineers at Oracle signed a letter asking the company to decline work on a vehicle for the Ministry of Defence.",
			[]string{"Oracle/UK Ministry of Defence/letter/42"}},
		{"'military research' names no body",
			"Engineers at Oracle signed a letter against the company's military research.",
			[]string{"Oracle/weapons/letter/0"}},
		{"a share that 'have now signed' is the tally as it stands",
			"The letter was delivered to the chief executive of Oracle on February 9 with 85 signatures. Its authors said today that one in five of the company's 2,000 engineers have now signed the letter against drone sales to the Egyptian military.",
			[]string{"Oracle/Egyptian military/letter/400"}},
		{"an editor's note's revised final count across places",
			"Employees at Meridale Health walked out on Thursday over a prison contract with the Florida Department of Corrections. Organisers now say 140 employees took part. Editor's note (May 31, 2024): Organisers revised their final count to 175 participants across Tampa, Orlando and remote staff.",
			[]string{"Meridale Health/Florida Department of Corrections/walkout/175"}},
		{"'leave work at 11 a.m. to protest' is a walkout",
			"Employees at Meridale Health plan to leave work at 11 a.m. to protest a contract with the Florida Department of Corrections.",
			[]string{"Meridale Health/Florida Department of Corrections/walkout/0"}},
		{"'left work at the company' is no walkout",
			"Two engineers left work at Oracle in 2019, and 300 employees signed a letter against a contract with the Florida Department of Corrections.",
			[]string{"Oracle/Florida Department of Corrections/letter/300"}},
		{"'the letter at HR-software maker X' is X's staff's",
			"Pallwick makes HR software. The letter at HR-software maker Pallwick over its Texas Department of Criminal Justice contract now has 230 signatures, organisers told us.",
			[]string{"Pallwick/Texas Department of Criminal Justice/letter/230"}},
		{"'the letter Microsoft employees sent' and how it ended up",
			"We compare the esports campaign with the letter Microsoft employees sent last year objecting to the Army's $479 million HoloLens contract. That letter started with about 50 names and ended up with more than 100.",
			[]string{"Microsoft/US Army/letter/100"}},
		{"'The count climbs to 210, and dozens stage a walkout' counts the petition",
			"Oracle engineers started a petition against the company's ICE work. The count climbs to 210, and dozens of employees stage a lunchtime walkout.",
			[]string{"Oracle/ICE/petition/210", "Oracle/ICE/walkout/0"}},
		{"review 16: a country named once in passing does not own a bare department",
			"Around 90 engineers at Oracle signed a letter against a contract with the Department of Defence, said Jordan Ellis, a software engineer.",
			[]string{"Oracle/Department of Defence/letter/90"}},
		{"review 16: 'the military' before a foreign body is still the Pentagon",
			"Oracle workers signed a letter asking the company to stop selling to the military and to the Home Office.",
			[]string{"Oracle/Pentagon/letter/0"}},
		{"review 16: 'signed letters before the meeting' are letters",
			"About 300 Oracle workers signed letters before the board meeting urging the company to drop its ICE contract.",
			[]string{"Oracle/ICE/letter/300"}},
		{"review 16: an event is no company",
			"At Web Summit in Lisbon, a letter with 800 signatures urged tech companies to drop ICE contracts. About 300 Oracle workers walked out over the company's ICE contract.",
			[]string{"Oracle/ICE/walkout/300"}},
		{"review 16: a company's total raised by an acquisition is no turnout",
			"About 150 Oracle employees walked out on Thursday to protest a contract with ICE. Last year's purchase of Arcadia raised the company's total to 5,000 employees.",
			[]string{"Oracle/ICE/walkout/150"}},
		{"review 16: a share of those 'who work at' a company is worked out",
			"Half of the 300 engineers who work at Oracle signed a letter opposing the Pentagon contract.",
			[]string{"Oracle/Pentagon/letter/150"}},
		{"a body the gazetteer lacks, given with its initials, is a target",
			"About 180 Oracle engineers signed a petition against a lawful-intercept platform requested by the National Intelligence Service (NIS).",
			[]string{"Oracle/National Intelligence Service/petition/180"}},
		{"a company given with its initials is no body",
			"About 180 Oracle engineers signed a petition against the company's reselling of Amazon Web Services (AWS) capacity.",
			[]string{"Oracle/other/petition/180"}},
		{"a clock time's day goes on its sentence; those who had taken part are the turnout",
			"Several hundred Google employees filed out of the campus at 11:10 a.m. Thursday, joining colleagues in a coordinated protest against sexual harassment. By Friday, organizers said about 20,000 Google employees had taken part.",
			[]string{"Google/harassment/walkout/20000"}},
		{"a petition posted on an internal forum is the staff's, counted in the next sentence",
			"Employees of Google are pressing the company not to bid for a CBP cloud contract. A petition posted on an internal company forum on Wednesday says Google should not support CBP. By Friday it had 1,128 signatures.",
			[]string{"Google/CBP/petition/1128"}},
		{"a petition circulated inside a company is its staff's, whoever started it; N Google employee signatures",
			"Google fired 28 workers after sit-ins over its cloud contract with Israel. The group has circulated a petition inside Google against the deal. Organizers said it now has more than 1,100 Google employee signatures.",
			[]string{"Google/Israel/sit-in/0", "Google/Israel/petition/1100"}},
		{"a spelled-out number opening the sentence is no part of the name; the body of the kind named with the company's deal",
			"Sixty-one Brightpath Learning employees have signed an open letter asking the company to abandon its contract to supply courses for tablets used in Missouri's state prisons. Under the $3.2 million agreement with the Missouri Department of Corrections, Brightpath licenses its courses to the tablet vendor.",
			[]string{"Brightpath Learning/Missouri Department of Corrections/letter/61"}},
		{"a defunding call names no body of the kind the letter's contracts are with",
			"More than 250 Microsoft employees have backed an internal email urging the company to cancel its contracts with police departments and to support calls to defund the Seattle Police Department.",
			[]string{"Microsoft/Police/letter/250"}},
		{"staff who pushed back own the petition after the colon",
			"Quillmark, the Austin maker of payroll software, told its roughly 5,200 employees that they would be expected in the office every weekday. Staff pushed back fast: a petition asking leadership to keep the hybrid schedule had 2,340 signatures by Thursday.",
			[]string{"Quillmark/return-to-office/petition/2340"}},
		{"At X outside Place, N engineers; a lease is a deal",
			"At Stridewell Robotics outside Boston, thirty-eight engineers signed a letter objecting to a $94,000 lease of two robots to the New York Police Department. The letter asks Stridewell to bar police use.",
			[]string{"Stridewell Robotics/New York Police Department/letter/38"}},
		{"a petition circulated inside the company is the company's in focus",
			"About 70 employees of Nordwell gathered outside its headquarters on Wednesday to protest against a contract with Frontex. A petition against the deal circulated inside the company last autumn and drew 118 signatures, organisers said.",
			[]string{"Nordwell/Frontex/protest/70", "Nordwell/Frontex/petition/118"}},
		{"workers whose petition; interrupting a keynote is a protest",
			"A software engineer at Microsoft interrupted chief executive Satya Nadella's keynote on Monday, shouting that Azure was powering Israel's military. He is a member of No Azure for Apartheid, a group of current and former employees whose petition calling on Microsoft to end its contracts with the Israeli military has gathered about 1,500 signatures.",
			[]string{"Microsoft/Israel/protest/0", "Microsoft/Israel/petition/1500"}},
		{"workers dismissed last year after sit-ins sat in; the dismissed are no turnout",
			"The protests echo those at Google, which dismissed about 50 workers last year after sit-ins against Project Nimbus, its cloud contract with the Israeli government.",
			[]string{"Google/Israel/sit-in/0"}},
		{"a letter carrying the support of each company's workers",
			"Employees of Google and Amazon have added their names to a letter urging both firms to walk away from Project Nimbus. The letter carries the support of more than 400 Google employees and about 350 people who work at Amazon, its organisers said.",
			[]string{"Amazon/Israel/letter/350", "Google/Israel/letter/400"}},
		{"some 300-odd",
			"Last month the union said some 300-odd Kakao employees had signed a statement opposing a plan to spin off a business unit without consulting staff.",
			[]string{"Kakao/other/letter/300"}},
		{"a government's programme stands for its body; a State Department for a country's immigration is not the US one",
			"One hundred and forty engineers at Savanna Data Labs have written to the company's board asking it to pull out of a subcontract on Maisha Namba, the government's new digital identity programme. The State Department for Immigration and Citizen Services has said Maisha Namba will launch in December.",
			[]string{"Savanna Data Labs/Maisha Namba/letter/140"}},
		{"a body's listed first word before a comma, as its initials say",
			"Two hundred and twelve employees of Hoshizora Systems have signed a petition asking management not to bid for a contract tendered by the Acquisition, Technology and Logistics Agency (ATLA), the procurement arm of Japan's defence ministry.",
			[]string{"Hoshizora Systems/Acquisition, Technology and Logistics Agency/petition/212"}},
		{"review 17: a petition on an agency's internal forum, posted by its agents, is not the staff's",
			"A petition posted on an internal Homeland Security forum by border agents objected to Palantir's contract with CBP.",
			[]string{}},
		{"review 17: a workplace safety board is labour",
			"About 80 Tesla workers walked out on Monday demanding a workplace safety board after a colleague was injured at the plant.",
			[]string{}},
		{"review 17: a weekday's possessive after a clock time opens a sentence",
			"Salesforce employees left their desks at 9 a.m. Friday's walkout, the second in a month, was against the company's contract with Customs and Border Protection.",
			[]string{"Salesforce/CBP/walkout/0"}},
		{"employees backing a letter; its support of N",
			"The number of Microsoft employees backing an internal letter against the company's U.S. Army headset contract has more than doubled since Friday. The letter carries the support of more than 250 of them.",
			[]string{"Microsoft/US Army/letter/250"}},
		{"the letter told again ('The letter says') is the same one, whoever was named since",
			"More than 700 OpenAI employees on Monday signed a letter threatening to leave unless the board steps down. The letter says the board's handling of the ouster showed it was incapable of overseeing the company. Microsoft, which has committed about $13 billion to OpenAI, said on Sunday it would hire him. The letter first circulated early Monday with about 500 names. By Monday evening, organizers said 743 of the company's roughly 770 staff had signed.",
			[]string{"OpenAI/other/letter/743"}},
		{"review 18: a city's software contract with a company makes it no employer",
			"Employees protested Denver's software contract with Palantir, which shares data with ICE.",
			[]string{"Palantir/ICE/protest/0"}},
		{"review 18: a foreign police force that removes the protesters is no target",
			"More than 60 Nubank engineers staged a sit-in at the office over layoffs until officers of the Pol\u00edcia Militar removed them.",
			[]string{"Nubank/layoffs/sit-in/60"}},
		{"review 18: a body's contract for a named thing is the body's",
			"More than 100 Microsoft employees signed a letter against the company's contract with the Border Patrol for Lattice surveillance towers.",
			[]string{"Microsoft/CBP/letter/100"}},
		{"review 18: a person who directs a government program is no program",
			"Engineers at Foundry Labs walked out over layoffs, said John Smith, the government's program director.",
			[]string{"Foundry Labs/layoffs/walkout/0"}},
		{"review 18: outside activists who heckle are not the workers who watch",
			"Google employees watched as outside activists heckled Sundar Pichai during his keynote about the company's contract with the Pentagon.",
			[]string{}},
		{"review 18: hundreds who disrupt a conference are its turnout",
			"More than 500 Google employees disrupted the company's developer conference to protest its contract with the Pentagon.",
			[]string{"Google/Pentagon/protest/500"}},
		{"review 18: workers, whose letter",
			"The 300 Amazon workers, whose letter demanded an end to the company's contract with ICE, met executives on Tuesday.",
			[]string{"Amazon/ICE/letter/300"}},
		{"review 18: declaring support for another's strike is no strike",
			"Microsoft engineers signed a letter against the company's ICE contract and declared their support for the strike by Activision testers.",
			[]string{"Microsoft/ICE/letter/0"}},
		{"review 18: a count in title case before the name",
			"About Two Hundred Brightpath engineers signed a letter against the company's contract with ICE.",
			[]string{"Brightpath/ICE/letter/200"}},
		{"a crown's force no gazetteer names; a company called Royal is none",
			"Forty-one employees of Polder Vision signed a letter objecting to the company's order from the Royal Netherlands Marechaussee for drone cameras. More than 100 Tessellate employees signed a letter against the company's contract with Royal Dutch Shell.",
			[]string{"Polder Vision/Royal Netherlands Marechaussee/letter/41", "Tessellate/other/letter/100"}},
		{"a military drone strike is an attack, no strike",
			"Thirty-eight engineers at Okapi Vision have signed a petition asking its founders to cancel a contract with the Nigerian Air Force. The signatories point to the military drone strike on a religious gathering in December, which killed more than 85 civilians.",
			[]string{"Okapi Vision/Nigerian Air Force/petition/38"}},
		{"office workers of a company the story calls a fintech who down tools over pay",
			"Last month some 60 staff at Paystride, a fintech company, downed tools for three days over four months of unpaid salaries.",
			[]string{"Paystride/other/strike/60"}},
		{"a company's call-centre agents are its staff; a government's agents are not",
			"Close to 90 agents at Amazon's Tulsa contact centre walked off the floor on Wednesday over the company's USCIS contract. Separately, about 40 FBI agents at the bureau's Seattle office walked out of a briefing.",
			[]string{"Amazon/USCIS/walkout/90"}},
		{"a surname after a title and a given name is a person, whose office is no employer",
			"In a message to employees, vice chair and president Brad Smith wrote that the review of the company's work for the Israeli military was continuing. Microsoft employees had held a sit-in at Smith's office in Redmond, and earlier workers interrupted the company's 50th-anniversary celebration to denounce its contracts with the Israeli military.",
			[]string{"Microsoft/Israel/sit-in/0"}},
		{"a platform the letter was also posted on is no employer",
			"Dell employees objected to the company's 0 million deal with the Air Force. Their letter, shared on Tuesday in an internal channel and on LinkedIn, drew about 140 signatures by Thursday.",
			[]string{"Dell/US Air Force/letter/140"}},
		{"a deck's signing takes the document the story names next",
			"Staff are putting their names to it openly this time. A petition asking Oracle to drop its database work for CBP has been signed by 730 employees, organisers said on Monday.",
			[]string{"Oracle/CBP/petition/730"}},
		{"military organisations in general are no Pentagon",
			"About 90 engineers at Cobalt Vision signed a letter asking the firm to stop selling to military organisations anywhere, pointing to its contract with the Saudi government.",
			[]string{"Cobalt Vision/Saudi government/letter/90"}},
		{"an advocacy coalition's petition is not the staff's",
			"Some 300 Axon employees signed a letter to the board about the company's work for CBP. Separately, a group of civil-liberties organizations rallied outside Axon's headquarters with a petition it said had 40,000 names.",
			[]string{"Axon/CBP/letter/300"}},
		{"a roundup names small firms by their staff's documents and walkouts",
			"Tech-worker activism was not only a big-company story this year. The letter asking Marsh & Penrose not to renew its $3 million contract with the Ohio Department of Rehabilitation and Correction ended with 96 signatures. Quarry Point's 2021 walkout, in which about 45 employees left work over a drone deal with the Air Force, led to new ethics rules. Halvard Systems' staff petition against its ICE work closed at 130 signatures. And at Ostrava Labs, where more than 70 engineers signed a letter against the company's CBP contract, the deal was dropped. Greywater, whose 22 engineers signed a letter about the company's work for the Pentagon, was sold in June.",
			[]string{"Marsh & Penrose/Ohio Department of Rehabilitation and Correction/letter/96", "Quarry Point/US Air Force/walkout/45", "Halvard Systems/ICE/petition/130", "Ostrava Labs/CBP/letter/70", "Greywater/Pentagon/letter/22"}},
		{"translators objecting to machine drafts, with pay as the consequence",
			"At Quillpoint, a Lisbon localisation firm, 29 in-house translators sent managers a letter objecting to mandatory machine translation drafts. They say the plan will halve their pay per word.",
			[]string{"Quillpoint/other/letter/29"}},
		{"a letter their colleagues have been circulating",
			"Nine of the speakers said they worked at Ardent Motion, the firm that builds the drones. They carried copies of a letter their colleagues have been circulating against the sheriff's drone contract. That letter now has 58 signatures.",
			[]string{"Ardent Motion/Police/letter/58"}},
		{"a letters page: each writer's letter is its own story",
			"Letters to the editor\n\nMore than 600 of my colleagues at Oracle have signed a letter asking the company to drop its ICE database contract. I am proud to be one of them. \u2014 Priya Nair, Austin\n\nWhen 300 of us walked out of our classrooms in May to rally for school funding, the district listened. Thank you, voters. \u2014 Tom Berg, Round Rock teacher",
			[]string{"Oracle/ICE/letter/600"}},
		{"a military that ... is a kind, no body",
			"Nimbus is a $1.2 billion deal under which Google and Amazon sell cloud services to Israeli government agencies. Staff at both firms have fought it for years. In 2021, more than 90 Google employees and more than 300 Amazon employees signed an open letter against the deal. \"This is about our labor being used for a military that is killing people,\" said one of the protesters, an engineer who asked not to be named.",
			[]string{"Amazon/Israel/letter/300", "Google/Israel/letter/90"}},
		{"a bare state department takes the one state the story names",
			"For years the state of Oregon has paid Tamsin Code to run its parole software. This spring 64 Tamsin Code engineers signed a letter asking the company to drop its contract with the Department of Youth Services.",
			[]string{"Tamsin Code/Oregon Department of Youth Services/letter/64"}},
		{"a federal department keeps its name, and two states name none",
			"Engineers in Texas and Ohio work on the project. This spring 64 Tamsin Code engineers signed a letter asking the company to drop its contract with the Department of Youth Services and its work for the Department of Labor.",
			[]string{"Tamsin Code/Department of Youth Services/letter/64"}},
		{"a federal department is no state's",
			"Tamsin Code is based in Portland, Oregon. This spring 64 Tamsin Code engineers signed a letter asking the company to drop its contract with the Department of Labor.",
			[]string{"Tamsin Code/Department of Labor/letter/64"}},
		{"a petition against a firm's own contract with an agency names the firm",
			"The petition against Lodestar Mapping's imagery contract with CBP now stands at 380 names, up from 300 when 150 staff walked out last month.",
			[]string{"Lodestar Mapping/CBP/petition/380", "Lodestar Mapping/CBP/walkout/150"}},
		{"a hyphenated sexual-harassment aim is harassment",
			"About 300 Intuit staff walked out last month over the layoffs. The union began in 2018, when an estimated 4,000 Intuit employees left their offices to protest the company's handling of sexual-harassment claims.",
			[]string{"Intuit/layoffs/walkout/300", "Intuit/harassment/walkout/4000"}},
		{"a teachers' union's members are no vendor's staff",
			"The teachers' union in a Texas school district says 2,100 of its members have signed a petition asking the school board to cancel a $9 million contract with Brightpath Tutor, a software company whose AI product is due next year.",
			[]string{}},
		{"review 20: a person whose engineers signed is no company",
			"Chief executive Dana Whitfield, whose 40 engineers signed a letter against the ICE deal last month, said on Monday the company would keep the contract.",
			[]string{}},
		{"review 20: a petition of unknown signers asking a firm to drop its deal is not its staff's",
			"Engineers at Corvane signed a letter last month over pay. A petition asking Lumen Optics to drop its contract with ICE now has 5,000 signatures.",
			[]string{}},
		{"review 20: privacy groups backing a staff petition leave its count alone",
			"The petition, backed by privacy groups, has drawn 2,000 signatures from Amazon employees who want the company to stop selling Rekognition to police.",
			[]string{"Amazon/Police/petition/2000"}},
		{"review 20: a letter shared with privacy groups keeps its count",
			"Amazon employees sent a letter to Jeff Bezos on Thursday demanding the company stop selling Rekognition to police. The letter, which was also shared with privacy groups, had 450 signatures.",
			[]string{"Amazon/Police/letter/450"}},
		{"review 20: pull quotes with a dash are no letters page",
			"Workers at Brightline Data have organized against the company's ICE contract for months.\n\n\"We build tools, not cages.\" \u2014 Lena Ortiz, engineer\n\n\"Leadership has ignored us.\" \u2014 Sam Reed, designer\n\nMore than 120 of them signed a letter on Friday.",
			[]string{"Brightline Data/ICE/letter/120"}},
		{"review 20: a live blog's reporter sign-offs cut nothing",
			"Microsoft employees gathered outside Building 34 on Thursday to protest the company's Israeli military contracts. \u2014 Karen Weise\n\nAbout 150 workers joined the rally by noon, organizers said. \u2014 Karen Weise\n\nSecurity asked the group to leave the building. \u2014 Mike Isaac",
			[]string{"Microsoft/Israel/protest/150"}},
		{"review 20: a department beside a foreign country, a city or a Defence spelling is no state's",
			"Lumio, a startup based in Austin, Texas, builds contact-tracing software. Some 40 Lumio engineers signed a letter asking the company to drop its contract with the Department of Health in the Philippines.",
			[]string{"Lumio/Department of Health/letter/40"}},
		{"review 20: Kansas City names no state",
			"Engineers at Gridwell, a Kansas City startup, say 52 of them signed a letter asking the company to drop its contract with the Department of Public Safety.",
			[]string{"Gridwell/Department of Public Safety/letter/52"}},
		{"review 20: docless signing does not take the customers' petition",
			"Hundreds of Acme Robotics engineers are signing under their own names. Separately, a Change.org petition from customers urging Acme Robotics to drop its ICE contract has 20,000 signatures.",
			[]string{"Acme Robotics/ICE/letter/0"}},
		{"review 20: a company's employee letter is its staff's",
			"Fieldstone Robotics' employee letter against its contract with ICE closed at 112 signatures.",
			[]string{"Fieldstone Robotics/ICE/letter/112"}},
		{"review 20: speakers who said they worked at a firm",
			"Two of the speakers said they worked at Ardent Motion. They carried copies of a letter their colleagues have been circulating against the sheriff's drone contract. That letter now has 58 signatures.",
			[]string{"Ardent Motion/Police/letter/58"}},
		{"a headline's 'Staff letter' names no one's staff",
			"Staff letter asks the board to withdraw from the subcontract. One hundred and forty engineers at Savanna Data Labs have written to the company's board asking it to pull out of a subcontract with ICE.",
			[]string{"Savanna Data Labs/ICE/letter/140"}},
		{"the Marine Corps is its own target; a resignation letter is the resignation's",
			"Nine engineers at Quarry Imaging have resigned over a $22 million contract to supply the U.S. Marine Corps with targeting imagery. The engineers sent a joint resignation letter to the chief executive on Monday.",
			[]string{"Quarry Imaging/US Marine Corps/resignation/9"}},
		{"a maker of software, its chief executive, and a petition told of its staff",
			"Vellum Speech makes transcription software for courts. Since 2021 it has also sold a version to ICE. A petition asking the company not to renew its $3.1 million ICE contract first circulated on Monday with 120 signatures. By Friday it had passed 260. Vellum Speech's chief executive, Ana Lucero, told employees at an all-hands that she would read it.",
			[]string{"Vellum Speech/ICE/petition/260"}},
		{"a field between the count and the worker noun",
			"At Kestrel Orbital, two dozen imaging engineers have signed a letter asking leadership to drop a deal with Egypt's armed forces. At Brightmoor, 40 security researchers walked out over its ICE contract.",
			[]string{"Kestrel Orbital/Egyptian armed forces/letter/24", "Brightmoor/ICE/walkout/40"}},
		{"a workforce named before the signers is not in their list",
			"At Quillstack, a cloud-hosting company with 180 employees, thirty-seven staff have signed a letter asking the company to stop hosting an FBI data-analysis project.",
			[]string{"Quillstack/FBI/letter/37"}},
		{"logging off in protest is a walkout",
			"About 90 Pinterest employees logged off for an hour on Tuesday in protest at the company's new content policy.",
			[]string{"Pinterest/other/walkout/90"}},
		{"At X, which builds ..., N engineers; a data broker; DOGE; the Department of War",
			"At Sentinel Grid, which builds sensor towers for Customs and Border Protection under a $40 million contract, nine engineers have resigned in protest since June. Earlier this year Ferro Data, a Denver data broker, let its ICE contract lapse after 120 employees signed a letter against it. Separately, at Tallyworks, a payroll software vendor used by several agencies, 75 employees sent leadership a letter urging it to refuse requests from the Department of Government Efficiency. At Halcyon Labs, 70 researchers signed a letter against the company's work for the Department of War.",
			[]string{"Sentinel Grid/CBP/resignation/9", "Ferro Data/ICE/letter/120", "Tallyworks/DOGE/letter/75", "Halcyon Labs/Pentagon/letter/70"}},
		{"X, which sells software; a petition the employees who organized it tell of",
			"Quillwright, which sells hiring software to corporate customers, told its 5,000 employees in January that they would have to be in the office five days a week. A petition asking the company to keep its hybrid schedule has since gathered 1,900 signatures, according to two of the employees who organized it.",
			[]string{"Quillwright/return-to-office/petition/1900"}},
		{"staff who pushed back own the petition, with its aim in the sentence",
			"Quillmark, the Austin maker of payroll software, told its roughly 5,200 employees that they would be expected in the office every weekday. Staff pushed back fast: a petition asking leadership to keep remote work had 2,340 signatures by Thursday.",
			[]string{"Quillmark/return-to-office/petition/2340"}},
		{"a tally that counted N people is the latest figure",
			"Organizers first said more than 200 Brisa employees joined the walkout over its CBP contract. A final tally they later shared with managers counted 236 people across three offices.",
			[]string{"Brisa/CBP/walkout/236"}},
		{"the employees' letter shared outside the company is the staff's of the company in focus",
			"Brisa Maps, a Denver mapping startup, has renewed its mapping contract with ICE and has dismissed two engineers who helped lead an employee campaign against that work. Brisa Maps employees say managers were angry. Both engineers say the only thing they shared outside the company was the employees' letter itself. That letter had 180 signatures when it became public in August. Organizers closed it last week with 305 names.",
			[]string{"Brisa Maps/ICE/letter/305"}},
		{"review 21: a freight broker serving a company is a person, not the employer",
			"About 400 Amazon employees walked out on Wednesday over the company's climate policies. Dan Pierce, a freight broker serving Amazon, said the walkout was small. Another 200 workers signed a petition backing the walkout.",
			[]string{"Amazon/climate/walkout/400", "Amazon/climate/petition/200"}},
		{"review 21: a software reseller who said she was surprised is a person",
			"Lisa Park, a software reseller used by school districts, said she was surprised when 45 engineers signed a letter demanding an end to the ICE contract.",
			[]string{}},
		{"review 21: a city's chief technology officer names no company",
			"Baltimore's chief technology officer, Todd Carter, said the city would review its contract. Meanwhile, 150 employees signed a petition asking the company to stop selling facial recognition software to police.",
			[]string{}},
		{"review 21: county employees who organized a petition are the customer's",
			"Tyler Technologies sells court records software to county governments. A petition asking the company to fix the system has 600 signatures, according to two of the county employees who organized it.",
			[]string{}},
		{"review 21: a person who writes software is no company",
			"Jane Whitaker writes software for nonprofits. Last year, 40 engineers signed a letter she drafted urging the company to stop selling to ICE.",
			[]string{}},
		{"review 21: a university which trains engineers is no employer",
			"At Harvard, which trains many of Google's engineers, 40 engineers staged a walkout over Project Nimbus.",
			[]string{"Google/Israel/walkout/0"}},
		{"a roundup heading gives a short name its full form",
			"Denver: Quarry Aero\n\nQuarry's 2022 walkout, in which about 45 employees left work over a drone deal with the Air Force, led to new ethics rules.",
			[]string{"Quarry Aero/US Air Force/walkout/45"}},
		{"review 22: the company's own count is no tally of the walkout",
			"More than 300 Amazon employees walked out over the company's climate record. The company's own count showed 1,200 staff at work at the campus that afternoon.",
			[]string{"Amazon/climate/walkout/300"}},
		{"review 22: a police count of a march is no tally of the walkout",
			"More than 1,500 Amazon employees walked out over the company's climate record. A police count of the Seattle march recorded 20,000 people.",
			[]string{"Amazon/climate/walkout/1500"}},
		{"review 22: a letter shared outside the company and signed there keeps no count",
			"Amazon employees wrote a letter asking the company to end its work for ICE. The letter, which was later shared outside the company, now has 20,000 signatures.",
			[]string{"Amazon/ICE/letter/0"}},
		{"review 22: the managers' letter backing a contract is no protest",
			"Google told employees at an all-hands meeting that it would keep working on the Pentagon's drone program. The managers' letter backing the decision had 80 signatures.",
			[]string{}},
		{"review 22: the organizers' tally counted N participants",
			"About 100 Microsoft employees walked out over its contract with the Israeli military. The organizers' tally counted 140 participants.",
			[]string{"Microsoft/Israel/walkout/140"}},
		{"review 23: the engineers' letter opposing the decision is the staff's",
			"Google told employees at an all-hands meeting that it would keep working on the Pentagon's drone program. The engineers' letter opposing the decision had 80 signatures.",
			[]string{"Google/Pentagon/letter/80"}},
		{"review 23: a heading's name yields to the longer name the text gives",
			"Toronto: Northlight Maps\n\nAbout 40 Northlight employees signed a petition asking Northlight Systems to end its contract with Customs and Border Protection.",
			[]string{"Northlight Systems/CBP/petition/40"}},
		{"review 23: the union's and a named workers' group's tallies are the action's",
			"About 100 Microsoft employees walked out over its contract with the Israeli military. The union's tally counted 140 participants. Hundreds of Amazon employees walked out over the company's work for ICE. A tally by Amazon Employees for Climate Justice later counted 450 participants.",
			[]string{"Microsoft/Israel/walkout/140", "Amazon/ICE/walkout/450"}},
		{"a fifth engineer who quits makes five",
			"At least four Tessel engineers have resigned over the company's ICE contract. On Friday a fifth engineer quit, citing the same deal.",
			[]string{"Tessel/ICE/resignation/5"}},
		{"a second engineer who speaks makes no count",
			"About 120 Tessel engineers signed a letter against the company's ICE contract. A second engineer said managers had not replied.",
			[]string{"Tessel/ICE/letter/120"}},
		{"a refusal asked of the company is the letter's demand, not an action",
			"More than 1,000 Tessel employees have signed an open letter about the company's climate commitments. The letter, organized by Tessel Employees for Climate Justice, asks the company to power its data centers with clean energy, to give workers a voice in how AI is used in their own jobs, and to refuse to build AI for violence, surveillance or mass deportation.",
			[]string{"Tessel/climate/letter/1000"}},
		{"workers who pledge to refuse work still act",
			"About 200 Tessel engineers pledged to refuse to build tools for ICE, and they asked colleagues to refuse to work on the contract too.",
			[]string{"Tessel/ICE/other/200"}},
		{"an agency-topic aim takes the one body no other company's action claims",
			"More than 230 employees of Wombat, a Perth rostering company, have signed a petition asking it to drop a contract to run software for Australia's immigration detention network. The petition started with 90 names. The A$14 million contract with the Australian Border Force covers detainee records. In 2018, more than 650 Salesforce employees signed a letter about its contract with US Customs and Border Protection. A Border Force spokesperson declined to comment.",
			[]string{"Wombat/Australian Border Force/petition/230", "Salesforce/CBP/letter/650"}},
		{"workers who resigned from a named company are its workers, whoever is in focus",
			"About 150 workers at Harbour walked out on Wednesday over a contract for Garda body-worn cameras. In London last year, three engineers resigned from the start-up Lamplight Vision over its contract with the Metropolitan Police.",
			[]string{"Harbour/Garda Síochána/walkout/150", "Lamplight Vision/Metropolitan Police/resignation/3"}},
		{"workers at a company's office abroad are the company's",
			"Engineers at the Pune development centre of Bluestem Software have led an open letter asking the company to cancel its contract with Customs and Border Protection. The letter has 1,040 signatures. In 2019, dozens of GitHub employees signed a letter against its contract with ICE.",
			[]string{"Bluestem Software/CBP/letter/1040", "GitHub/ICE/letter/0"}},
		{"one who took part, sentences after the sit-in, took part in it",
			"About 30 staff at Thistle Data staged a sit-in at its Leith headquarters on Monday over its role in the NHS data platform. The employees occupied the meeting rooms until late afternoon. Thistle holds a subcontract on the platform. The main contract was awarded to a consortium led by the US company Palantir. “We built our name on health work,” said Callum Reid, a data engineer who took part.",
			[]string{"Thistle Data/NHS/sit-in/30"}},
		{"a generic border agency in a story of a foreign border body is that body",
			"Staff at Birchline stopped work at 10 a.m. to protest a federal border agency contract. Organizers say 410 employees took part in the walkout. Birchline's contract with the Canada Border Services Agency is for case management software.",
			[]string{"Birchline/CBSA/walkout/410"}},
		{"one who joined the walkout joined the one told, whatever the quote names",
			"More than 120 employees of Compass Data walked out on Wednesday in protest at a contract to monitor social media for the National Police Service of Kenya. Young Kenyans organised protests against the Finance Bill. “We were told we were building a tool to track misinformation,” said a data analyst who joined the walkout.",
			[]string{"Compass Data/National Police Service/walkout/120"}},
		{"a company taking part in a project is no protest",
			"About 60 employees of Tidal AI, a Seoul start-up taking part in a government project to automate immigration checks for the Ministry of Justice, have signed a statement asking the company to withdraw.",
			[]string{"Tidal AI/Ministry of Justice/letter/60"}},
		{"the Met and the Garda are police forces, the NHS and the Dutch tax authority bodies of their own",
			"About 40 engineers at Lumo signed a petition against the company's facial recognition contract with the Met. In Cork, about 150 workers at Harbour walked out over a contract for the Garda. In Edinburgh, staff at Thistle Data staged a sit-in over its NHS England contract. In Utrecht, 312 employees of Meadow petitioned against its risk model for the Dutch tax authority.",
			[]string{"Lumo/Metropolitan Police/petition/40", "Harbour/Garda Síochána/walkout/150", "Thistle Data/NHS/sit-in/0", "Meadow/Belastingdienst/petition/312"}},
		{"an op-ed writer's employer, where they have worked, is theirs",
			"Last Tuesday, I signed a letter asking the leadership of Pellucid AI, where I have worked as a software engineer for five years, to withdraw from a $74 million contract with the Department of Homeland Security. By Friday the letter carried 214 signatures. In 2018, more than 3,000 Google employees signed a petition against Project Maven.",
			[]string{"Pellucid AI/DHS/letter/214", "Google/Pentagon/petition/3000"}},
		{"a writer leaving the company names it, and what they said themselves is no quotation",
			"Today is my last day at Ardent Maps. In 2018, Ardent signed a contract to provide location analytics to ICE. I'm leaving anyway, and I want to say why in public, because I said it in private for six months. Last July, I and hundreds of my coworkers signed a petition asking leadership not to renew. In 2018, Salesforce employees asked their CEO to reconsider the company's work with Customs and Border Protection.",
			[]string{"Ardent Maps/ICE/resignation/0", "Ardent Maps/ICE/petition/0", "Salesforce/CBP/other/0"}},
		{"the founders of a company are no company",
			"Two Microsoft employees interrupted the company's anniversary celebration to protest its contracts with the Israeli military. Later, a second employee interrupted a session featuring Satya Nadella and his predecessors, Bill Gates and Steve Ballmer. Both are associated with a group of current and former employees that has campaigned against contracts with the Israeli government. The event was meant to celebrate the company Gates and Paul Allen founded in 1975.",
			[]string{"Microsoft/Israel/protest/2"}},
		{"a demand in the sentence of the action is the action's",
			"Open letter passes 1,150 signatures in one week; workers ask for an ethics board with elected employee seats\n\nMore than 1,150 employees of Corvane Systems have signed an open letter asking the data analytics company to walk away from its contract with ICE.",
			[]string{"Corvane Systems/ICE/letter/1150"}},
		{"protesters told to leave the building do not walk out, and a group's demands are no action",
			"On Tuesday, Google employees occupied offices at the company's campuses in New York to protest Project Nimbus. A software engineer reads the group's demands aloud: end the contract, and stop retaliating against colleagues who speak about Palestine. Security staff tell the protesters they must leave the building.",
			[]string{"Google/Israel/sit-in/0"}},
		{"a walkout at a company, where hundreds left work after its sale, is the company's",
			"Employees at Stratus Ridge plan to walk out to protest its contract with the Border Patrol. The action follows last month's walkout at Wayfair, where hundreds of employees in Boston left work after the online retailer sold furniture to a contractor running a detention camp for migrant children.",
			[]string{"Stratus Ridge/CBP/walkout/0", "Wayfair/immigration/walkout/0"}},
		{"a company that was then a startup, or a company near a city, is named by its appositive",
			"She joined Lumenfield, then a small Austin computer-vision startup, in 2019. Six months later she and two colleagues posted a letter asking Lumenfield not to renew its contract with Customs and Border Protection. Later a friend called from Quillon Robotics, a drone-software company near Boston. Ninety engineers there signed a letter against its Pentagon contract.",
			[]string{"Lumenfield/CBP/letter/0", "Quillon Robotics/Pentagon/letter/90"}},
		{"those who then resigned, after a semicolon, are counted",
			"Engineers at Quillon Robotics were alarmed by a Pentagon drone contract. Ninety engineers signed a letter; six eventually resigned.",
			[]string{"Quillon Robotics/Pentagon/letter/90", "Quillon Robotics/Pentagon/resignation/6"}},
		{"the letter had a bare number, and people who came to a rally took part",
			"Workers at Lumenfield posted a letter against the company's contract with Customs and Border Protection. We had 212 signatures the first day. Within a month the letter had more than 1,100. About 150 employees came to a lunchtime rally outside the headquarters that April.",
			[]string{"Lumenfield/CBP/letter/1100", "Lumenfield/CBP/protest/150"}},
		{"it, after the petition just told, is that petition, not another company's letter",
			"Ninety engineers at Quillon Robotics signed a letter against its Pentagon contract. By then she had joined Corvane, the Denver data company, as a staff engineer. Corvane has a contract with ICE. The petition she co-wrote launched in May. It had 430 names within two days.",
			[]string{"Quillon Robotics/Pentagon/letter/90", "Corvane/ICE/petition/430"}},
		{"the letter whose count an engineer watched in a company's room is that company's",
			"In a Google conference room, a young engineer keeps refreshing an internal page to watch the count on a letter against Project Maven. The letter would eventually collect some 4,000 signatures, and Google would let the contract expire.",
			[]string{"Google/Pentagon/letter/4000"}},
		{"workers who sat in at a company's offices are its workers, whatever company the story is about",
			"The book is devoted to Corvane, the Denver data company whose employees have campaigned against its contract with ICE. In April, employees staged sit-ins at Google offices in New York over Project Nimbus.",
			[]string{"Corvane/ICE/other/0", "Google/Israel/sit-in/0"}},
		{"it's at a number is the tally as it stands",
			"On Sept. 4, 41 employees of Osprey Cloud took part in sit-ins at its offices. The employee petition calling on Osprey Cloud to cancel its FBI contract had a little over 500 names on the day of the sit-ins. By Monday night it had 760. As I write this on Wednesday night, it's at 912, organizers tell me, at a company of about 12,300.",
			[]string{"Osprey Cloud/FBI/sit-in/41", "Osprey Cloud/FBI/petition/912"}},
		{"a rally outside the company's headquarters that drew people is the staff's, with its turnout",
			"More than 1,100 Lumenfield employees signed an open letter urging the company to drop its CBP contract. Employees also held a lunchtime rally outside the company's Austin headquarters in April of last year that drew about 150 people, organizers said at the time.",
			[]string{"Lumenfield/CBP/letter/1100", "Lumenfield/CBP/protest/150"}},
		{"and N people who resigned, after the signers, are counted",
			"Ninety engineers at Quillon Robotics signed a letter against a Pentagon contract, and six people resigned over it between November and January.",
			[]string{"Quillon Robotics/Pentagon/letter/90", "Quillon Robotics/Pentagon/resignation/6"}},
		{"a day of the month before a count is no broken number",
			"On Sept. 4, 41 employees of Osprey Cloud took part in sit-ins against its FBI contract.",
			[]string{"Osprey Cloud/FBI/sit-in/41"}},
		{"the reader's engineers, addressed, are no company's",
			"Google employees walked out over harassment. When Lumenfield said in February it would let its $38.5 million CBP contract lapse, the company insisted it was a business decision. But a third of your engineers signing a letter is a business problem.",
			[]string{"Google/harassment/walkout/0"}},
		{"a table's cell of what workers did is the action",
			"Here is the scorecard.\n\nCompany: Microsoft | Year: 2019 | Target: U.S. Army (HoloLens) | What workers did: Open letter | Signers: — | Outcome: Kept\n\nCompany: Hollis Analytics | Year: 2020 | Target: Brayford police | What workers did: Letter to CEO and board | Signers: 312 | Outcome: Ended early by the city",
			[]string{"Microsoft/US Army/letter/0", "Hollis Analytics/other/letter/312"}},
		{"signers of the petition, laid off since, are no petition about layoffs",
			"About 350 Corvane employees walked out last year over its contract with ICE. The employee petition against the contract has more than 2,000 signatures, organizers say. Organizers said about 60 people who signed the petition were among those laid off in January.",
			[]string{"Corvane/ICE/walkout/350", "Corvane/ICE/petition/2000"}},
		{"review 24: a U.S. border patrol stays CBP in a story that names the CBSA",
			"About 200 engineers at Quillfen signed a petition against the company's contract with the U.S. border patrol. Quillfen previously sold licences to the Canada Border Services Agency.",
			[]string{"Quillfen/CBP/petition/200"}},
		{"review 24: Met and Garda name no force in other words",
			"Met with silence by executives, about 300 Amazon employees walked out on Monday over the company's climate record. Sixty Stilo employees walked out of a company retreat at Lake Garda on Friday to protest layoffs.",
			[]string{"Amazon/climate/walkout/300", "Stilo/layoffs/walkout/60"}},
		{"review 24: a name that describes another and acts itself is a company",
			"Engineers at Quillmark signed a letter against the Pentagon contract. The work is done by Tessen, a Quillmark company based in Ohio. About 90 Quillmark engineers signed.",
			[]string{"Quillmark/Pentagon/letter/90"}},
		{"review 24: a user leaving a platform does not resign",
			"I'm leaving Twitter after twelve years as a user. I'm quitting Slack for a week to focus on writing.",
			nil},
		{"review 24: signers of a letter to their chief are no reader's",
			"Dear Andy, more than 8,700 of your employees have signed this letter asking Amazon to stop selling facial recognition software to police.",
			[]string{"Amazon/Police/letter/0"}},
		{"review 24: a stock price is no tally, nor another group's rally a turnout",
			"More than 600 Salesforce employees signed a petition against its CBP contract. Salesforce's stock fell on the news; it's at 191 now. About 300 Amazon employees rallied outside the headquarters over climate. A similar rally in London last year that drew about 900 people was organized by Extinction Rebellion.",
			[]string{"Salesforce/CBP/petition/600", "Amazon/climate/protest/300"}},
		{"review 24: people outside the company's workforce are the public",
			"More than 300 Amazon employees signed a petition against the ICE contract. It has 2,400 signatures, including people outside the company's workforce.",
			[]string{"Amazon/ICE/petition/300"}},
		{"review 24: executives who later resigned are no workers' resignation",
			"About 200 Corvane engineers signed a letter over the harassment claims. Three executives were named in the lawsuit; two later resigned.",
			[]string{"Corvane/harassment/letter/200"}},
		{"review 24: planning to leave the campus is a walkout, and participating in actions is no project",
			"Hundreds of Google employees are expected to leave the campus at noon on Thursday over the company's contract with the Israeli military. About 300 Microsoft employees participated in actions against the Army contract on Thursday.",
			[]string{"Google/Israel/walkout/0", "Microsoft/US Army/protest/300"}},
		{"review 24: workers who vow to refuse act, whoever they urged before",
			"More than 50 Microsoft engineers who had urged Satya Nadella to drop the deal vowed to refuse to work on the HoloLens contract with the Army.",
			[]string{"Microsoft/US Army/other/50"}},
		{"review 24: a place before the noun that names a company describes it",
			"About 45 engineers at Amsterdam firm Kodewerk signed an open letter against a new contract with the Belastingdienst.",
			[]string{"Kodewerk/Belastingdienst/letter/45"}},
		{"a second walkout, and a second letter, are actions of their own",
			"A year ago, about 350 Corvane employees walked out over the company's contract with ICE. Organizers are planning a second walkout for Sept. 19. More than 400 employees have pledged to take part, they said Thursday. In March, 300 Tessel employees signed a letter against the CBP contract. In June, 500 Tessel employees signed a second letter, this time asking the board to act.",
			[]string{"Corvane/ICE/walkout/350", "Corvane/ICE/walkout/400", "Tessel/CBP/letter/300", "Tessel/CBP/letter/500"}},
		{"a company that opens a sentence whose workers its names acted",
			"Nobody at Quillon we spoke with expects more protest. Quillon Robotics went public in March, a few months after six of its engineers resigned over Project Halyard, its Pentagon contract.",
			[]string{"Quillon Robotics/Pentagon/resignation/6"}},
		{"workers organizing as a named group act themselves",
			"Google employees organizing as No Tech for Apartheid have protested the company's cloud contract with the Israeli government since 2021.",
			[]string{"Google/Israel/protest/0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range x.Extract(Document{Text: tt.text, Published: pub}) {
				target := m.Agency
				if target == "" {
					target = m.Issue
				}
				got = append(got, fmt.Sprintf("%s/%s/%s/%d", m.Company, target, m.Action, m.Signatures()))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractCountDetails(t *testing.T) {
	x := newExtractor(t)
	ms := x.Extract(Document{Text: "Hundreds of Salesforce employees signed a letter about the company's contract with Customs and Border Protection."})
	if len(ms) != 1 || ms[0].Count == nil {
		t.Fatalf("got %+v, want one mention with a vague count", ms)
	}
	if c := ms[0].Count; c.N != 0 || c.Text != "Hundreds of Salesforce employees" || c.Kind != KindSignatures {
		t.Errorf("got count %+v, want N=0 with its words", *c)
	}
	if ms[0].Target != "Customs and Border Protection" || ms[0].Agency != "CBP" {
		t.Errorf("got target %q agency %q", ms[0].Target, ms[0].Agency)
	}
	ms = x.Extract(Document{Text: "Nearly two thousand Google workers walked out on Thursday over harassment.", Published: time.Date(2018, 11, 2, 0, 0, 0, 0, time.UTC)})
	if len(ms) != 1 || ms[0].Count == nil || ms[0].Count.N != 2000 || ms[0].Count.Qualifier != "nearly" || ms[0].Count.Kind != KindParticipants || ms[0].EventDate != "2018-11-01" {
		t.Fatalf("got %+v", ms)
	}
}

func TestExtractEmpty(t *testing.T) {
	x := newExtractor(t)
	for _, s := range []string{"", " ", "\n\n", "employees", "letter", "1,000", "$", "’s", "Google's"} {
		if ms := x.Extract(Document{Text: s}); len(ms) != 0 {
			t.Errorf("Extract(%q) = %+v, want none", s, ms)
		}
	}
}

func TestExtractDeterministic(t *testing.T) {
	x := newExtractor(t)
	d, err := readArticle("testdata/articles/long-feature-multi.txt")
	if err != nil {
		t.Fatal(err)
	}
	first, _ := json.Marshal(x.Extract(d))
	for i := 0; i < 20; i++ {
		if got, _ := json.Marshal(x.Extract(d)); string(got) != string(first) {
			t.Fatalf("run %d differs:\n%s\nvs\n%s", i, got, first)
		}
	}
}

func TestSharedContractValue(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text string
		want       []string // company=value
	}{
		{"shared", "The $300 million contract under which Oracle and Salesforce host data for ICE drew protests. Oracle employees and Salesforce employees walked out.",
			[]string{"Oracle=300000000", "Salesforce=300000000"}},
		{"competed for", "Oracle and Salesforce competed for the $300 million contract with ICE. Oracle employees and Salesforce employees walked out.",
			[]string{"Oracle=0", "Salesforce=0"}},
		{"worth", "Oracle employees walked out over a pilot for ICE. The contract for the pilot, which ICE began in May, is worth $2 million.",
			[]string{"Oracle=2000000"}},
		{"it is worth", "Oracle employees walked out over the company's contract with ICE. The agreement covers a database license. It is worth about $90,000 — small change for a firm that Salesforce once tried to buy.",
			[]string{"Oracle=90000"}},
		{"a pilot", "Oracle engineers sent a letter against a pilot with the Denver Police Department. The $350,000 pilot would flag keywords for detectives.",
			[]string{"Oracle=350000"}},
		{"jointly won", "Oracle has fired 20 employees after sit-ins against Project Nimbus, the $1.2 billion contract that Oracle and Salesforce jointly won to supply Israel. Salesforce employees signed a letter against it.",
			[]string{"Oracle=1200000000", "Salesforce=1200000000"}},
		{"a program is worth", "Oracle employees walked out over Project Nimbus. Nimbus is worth $1.2 billion.",
			[]string{"Oracle=1200000000"}},
		{"the agency told just before", "Oracle employees walked out over a pending sale of servers to CBP. The order, valued at $4 million, would supply a data center the agency uses. A report by the Department of Homeland Security's inspector general described overcrowding in border cells.",
			[]string{"Oracle=4000000"}},
		{"worth a foreign amount, then its dollars in parentheses", "Employees of Tessaly Labs signed a petition against the company's work for Frontex. The extension runs for three years and is worth €15 million (about $17.5 million).",
			[]string{"Tessaly Labs=17500000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range x.Extract(Document{Text: tt.text, Title: "Oracle workers and ICE"}) {
				got = append(got, fmt.Sprintf("%s=%d", m.Company, m.ContractValueUSD))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOutcome(t *testing.T) {
	x := newExtractor(t)
	const act = "More than 200 Oracle employees signed a letter against the company's contract with ICE. "
	tests := []struct {
		name, text, want string
	}{
		{"not renewed", act + "Oracle said it will not renew the contract.", OutcomeContractNotRenewed},
		{"dropped", act + "A week later the company cancelled its contract with the agency.", OutcomeContractDropped},
		{"kept", act + "Oracle said it would not end the contract.", OutcomeContractKept},
		{"renewed", act + "In June, Oracle renewed the contract for two more years.", OutcomeContractRenewed},
		{"fired", act + "Oracle has since fired six employees who organized the letter.", OutcomeWorkersFired},
		{"demands met", act + "Oracle agreed to the workers' demands on Friday.", OutcomeDemandsMet},
		{"a demand is no outcome", act + "The letter asks Oracle to cancel the contract.", ""},
		{"a question is no outcome", act + "It is unclear whether Oracle will renew the contract.", ""},
		{"workers ending their action", act + "The employees ended their protest at noon.", ""},
		{"one person fired", act + "Oracle said it had fired an engineer for leaking documents.", ""},
		{"layoffs answer no action", act + "Last month Oracle fired 200 employees in a round of layoffs.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := x.Extract(Document{Text: tt.text})
			if len(ms) != 1 {
				t.Fatalf("got %d mentions, want 1: %+v", len(ms), ms)
			}
			if ms[0].Outcome != tt.want {
				t.Errorf("got %q, want %q", ms[0].Outcome, tt.want)
			}
			if tt.want != "" && len(ms[0].Evidence) < 2 {
				t.Errorf("outcome sentence not in evidence: %+v", ms[0].Evidence)
			}
		})
	}
}

// The publisher's own staff are its reporters, not workers acting.
func TestExtractPublisherStaff(t *testing.T) {
	x := newExtractor(t)
	doc := Document{
		Title:     "Live: Fernwick staff walk out over police contract",
		Publisher: "Harbor Live",
		Text: "Last updated 4:30 p.m. · 4 updates · Reporting by Harbor Live staff\n\n" +
			"Organizers now say roughly 420 employees took part in the walkout against the company's police contract.\n\n" +
			"Staff at Fernwick left work at 11 a.m. to protest a contract under which the company supplies software to the police.",
	}
	var got []string
	for _, m := range x.Extract(doc) {
		got = append(got, fmt.Sprintf("%s/%s/%s/%d", m.Company, m.Agency, m.Action, m.Signatures()))
	}
	for _, g := range got {
		if strings.HasPrefix(g, "Harbor") {
			t.Errorf("the publisher's staff became a company's workers: %q", got)
		}
	}
	if len(got) == 0 || !strings.HasPrefix(got[0], "Fernwick/Police/walkout") {
		t.Errorf("got %q, want Fernwick's walkout against the police", got)
	}
}

// The headline says whose action the story's "the petition" is, and names
// employers the body only names as the one addressed.
func TestExtractFromHeadline(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ title, text, want string }{
		{"Petition by Oracle workers over ICE software deal gathers pace",
			"The petition, which asks Oracle to cancel a $22 million agreement with ICE, began with 80 signatures on Tuesday. By Saturday evening it had passed 600.",
			"Oracle/ICE/petition/600/22000000"},
		{"Brindlewood employees press leadership on extremist storefronts",
			"An internal petition that had gathered 1,012 names by Monday night is asking Brindlewood to stop selling data to ICE.",
			"Brindlewood/ICE/petition/1012/0"},
		{"Oracle earnings beat forecasts",
			"The petition, which asks Oracle to cancel its ICE contract, has 8,000 signatures.",
			""},
		{"Worker Wire: Tesmark's petition grows, a studio CEO exits",
			"Tesmark, a Halifax cloud startup, hosts data for the RCMP. The petition against the company's RCMP hosting contract passed 350 signatures this week, organizers told us.",
			"Tesmark/RCMP/petition/350/0"},
		{"Lumatek's petition to the FAA gains support",
			"Lumatek, a Denver drone startup, wants regulators to approve its delivery program. The petition, which it launched on its website, has gathered 3,000 signatures.",
			""},
		{"Tallow petition swells as staff cite new data on police requests",
			"A petition calling on the Denver lock maker to leave Doorwatch, the program through which the Denver Police Department asks customers for camera footage, now has 410 signatures, organizers said Tuesday. That is about a fifth of Tallow's 2,100 employees.",
			"Tallow/Denver Police Department/petition/410/0"},
		{"Tallow petition from customers swells",
			"A petition calling on the Denver lock maker to leave the Denver Police Department's program now has 41,000 signatures. That is more than Tallow's 2,100 employees.",
			""},
		{"Tallow petition swells as staff cite new data on police requests",
			"A petition from customers calling on the Denver lock maker to leave the Denver Police Department's program now has 41,000 signatures. That is more than Tallow's 2,100 employees.",
			""},
		// a headline whose workers only object gives its count to the
		// company's one action the text does not count
		{"200 Kestrel Maps employees object to Frontex terrain-mapping deal",
			"Roughly a third of the staff at Kestrel Maps, a Berlin mapping start-up, have put their names to an internal letter asking management to withdraw from a contract with Frontex.",
			"Kestrel Maps/Frontex/letter/200/0"},
		{"200 Kestrel Maps employees object to Frontex terrain-mapping deal",
			"About 150 employees of Kestrel Maps have put their names to an internal letter asking management to withdraw from a contract with Frontex.",
			"Kestrel Maps/Frontex/letter/150/0"},
		{"200 Kestrel Maps employees object to Frontex deals",
			"Staff at Kestrel Maps have put their names to an internal letter asking management to withdraw from a contract with Frontex. Separately, workers walked out over a contract with ICE.",
			"Kestrel Maps/Frontex/letter/200/0 Kestrel Maps/ICE/walkout/0/0"},
		{"200 Kestrel Maps employees object to new deals",
			"Staff at Kestrel Maps have put their names to an internal letter asking management to withdraw from a contract with Frontex. Separately, workers walked out over a contract with ICE.",
			"Kestrel Maps/Frontex/letter/0/0 Kestrel Maps/ICE/walkout/0/0"},
		// review 15: the headline's workers oppose something else
		{"200 Reisplaats workers demand severance after layoffs",
			"Reisplaats cut 420 jobs this week. In March, employees signed a letter objecting to the company's contract with ICE.",
			"Reisplaats/ICE/letter/0/0"},
		{"300 Kestrel Maps workers call for union vote",
			"Employees at Kestrel Maps have signed a letter against the company's ICE contract.",
			"Kestrel Maps/ICE/letter/0/0"},
		// a digest heading "Company: the letter"; a police force named in
		// its own language is the force an English text names
		{"2. Tucano Dados: the letter keeps growing",
			"The open letter against Tucano Dados' facial recognition contract with the Polícia Federal now has 230 signatures, up from the 150 we reported last month.",
			"Tucano Dados/Federal Police/letter/230/0"},
		// a vendor table's value is the company's deal; a company's price
		// is no deal; "the purchase ... is worth"
		{"Orbitra staff letter",
			"More than 200 employees of Orbitra Imaging signed a letter asking the company to drop its imagery deal with Customs and Border Protection.\n\nVendor: Orbitra Imaging | Award date: Sept. 2020 | Value: $14.2 million\n\nVendor: Skyward Geo | Award date: Feb. 2021 | Value: $6.8 million",
			"Orbitra Imaging/CBP/letter/200/14200000"},
		{"GitHub staff letter",
			"More than 150 GitHub employees signed a letter asking the company to end its contract with ICE. The purchase was made through a reseller and is worth about $200,000. Microsoft, which bought GitHub for $7.5 billion last year, has faced similar criticism from its own staff over ICE.",
			"GitHub/ICE/letter/150/200000 Microsoft/ICE/other/0/0"},
		// an action dated years before against "the same agency" takes
		// the story's (TestEarlierActionTakesNoHeadlineTarget)
		{"Workers at three software suppliers balk at Border Patrol tower network",
			"Engineers at Ridgeline Software signed a letter against the towers. In 2018, hundreds of Salesforce employees signed a letter objecting to that company's contract with the same agency.",
			"Ridgeline Software/CBP/letter/0/0 Salesforce/CBP/letter/0/0"},
		// review 19: a record of a deal with another agency, a takeover's
		// price and an agency's purchase
		{"Palantir staff letter",
			"More than 200 Palantir employees signed a letter against the company's contract with ICE.\n\nVendor: Palantir | Agency: Department of Defense | Award date: 2019 | Value: $800 million",
			"Palantir/ICE/letter/200/0"},
		{"Amazon staff letter",
			"More than 300 Amazon employees signed a letter asking the company to stop selling Rekognition to ICE. Amazon bought Whole Foods in 2017. The purchase was worth $13.7 billion.",
			"Amazon/ICE/letter/300/0"},
		{"Clearview staff letter",
			"More than 60 Clearview AI employees signed a letter against the company's work for ICE. ICE purchased Clearview AI for $224,000 in 2020.",
			"Clearview AI/ICE/letter/60/224000"},
		// review 18: a heading that says who sent the letter
		{"Amazon: the letter Congress sent",
			"The letter, which asks the company to end its contract with ICE, now has 30 signatures.",
			""},
		// a lease on office space is rent, not the deal
		{"Palantir staff letter",
			"More than 200 Palantir employees signed a letter against the company's contract with ICE. ICE has a $9 million lease on office space in a building Palantir owns.",
			"Palantir/ICE/letter/200/0"},
		// a board that reviews a product's safety is no workplace safety
		{"Staff at London AI startup Sentrio protest scrapping of safety board",
			"Eighty-four employees of Sentrio AI have signed a letter objecting to management's decision to disband the company's safety review board.",
			"Sentrio AI//letter/84/0"},
		// an employer that cuts jobs; its remaining developers
		{"A severance spat at Emberlight",
			"Emberlight Games cut 140 jobs in April. Now 150 of the studio's 310 remaining developers have signed a letter criticising how the layoffs were carried out.",
			"Emberlight Games//letter/150/0"},
		// the body of the kind that the company's deal names; a lease is a deal
		{"Brightpath staff object to prison tablet deal",
			"Sixty-one Brightpath Learning employees have signed an open letter asking the company to abandon its contract to supply courses for tablets used in Missouri's state prisons. Under the $3.2 million agreement with the Missouri Department of Corrections, Brightpath licenses its courses to the tablet vendor.",
			"Brightpath Learning/Missouri Department of Corrections/letter/61/3200000"},
		{"Robot dogs, reconsidered",
			"At Stridewell Robotics outside Boston, thirty-eight engineers signed a letter objecting to a $94,000 lease of two robots to the New York Police Department. The letter asks Stridewell to bar police use.",
			"Stridewell Robotics/New York Police Department/letter/38/94000"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range x.Extract(Document{Title: tt.title, Text: tt.text}) {
			got = append(got, fmt.Sprintf("%s/%s/%s/%d/%d", m.Company, m.Agency, m.Action, m.Signatures(), m.ContractValueUSD))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: got %q, want %q", tt.title, got, tt.want)
		}
	}
}

// A contract priced in a sentence that names no agency is the one agency
// the company's workers act against, not a body the letter speaks of.
func TestContractValueOfTheTargetedAgency(t *testing.T) {
	ms := newExtractor(t).Extract(Document{Text: "Engineers at Cisco have asked the board to drop a contract with the Saudi Ministry of Interior. Their letter, signed by 150 employees, says police forces under the Saudi interior ministry have tracked activists. Cisco signed the $40m contract last year."})
	if len(ms) != 1 || ms[0].ContractValueUSD != 40_000_000 || ms[0].Agency != "Saudi Interior Ministry" {
		t.Fatalf("got %+v, want one mention against the Saudi Interior Ministry worth $40m", ms)
	}
}

// An action the text dates two or more years before the article is an
// earlier one of its own, not the count history of the one reported now.
func TestEarlierDatedActionIsItsOwn(t *testing.T) {
	ms := newExtractor(t).Extract(Document{
		Text:      "Hundreds of Microsoft employees have signed a petition asking the company to cancel its U.S. Army contract. \"We have 812 signatures,\" said an engineer. In February 2019 more than 100 employees signed a letter opposing an earlier Army prototype contract.",
		Published: time.Date(2021, 4, 2, 0, 0, 0, 0, time.UTC),
	})
	var got []string
	for _, m := range ms {
		got = append(got, fmt.Sprintf("%s/%s/%d/%v", m.Agency, m.Action, m.Signatures(), m.Count.Earlier))
	}
	want := "US Army/petition/812/[] US Army/letter/100/[]"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "Another 118 people" are signers on top of a count, neither a count of
// their own nor an earlier figure of it.
func TestAnotherIsNoEarlierFigure(t *testing.T) {
	ms := newExtractor(t).Extract(Document{Text: "More than 400 Amazon employees signed a letter against the ICE contract. Another 118 people added their names without listing an employer."})
	if len(ms) != 1 || ms[0].Signatures() != 400 || len(ms[0].Count.Earlier) != 0 {
		t.Fatalf("got %+v, want one letter of 400 with no earlier figure", ms)
	}
}

// "a $9.75 million project for the New York Police Department" prices the
// workers' target.
func TestProjectForAnAgencyIsItsContract(t *testing.T) {
	ms := newExtractor(t).Extract(Document{Text: "Thirty-seven engineers at sensor maker Sunmesh have signed a pledge saying they will not work on a $9.75 million project for the New York Police Department."})
	if len(ms) != 1 || ms[0].ContractValueUSD != 9_750_000 {
		t.Fatalf("got %+v, want one mention worth $9.75 million", ms)
	}
}

// "The program ... is worth $96 million to Lumen Vantage" prices the
// agency's program told just before as the company's contract; a
// program's whole value, shared among contractors, does not.
func TestAgencyProgramWorthToTheCompany(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct {
		text string
		want int64
	}{
		{"About 60 employees of Lumen Vantage staged a sit-in against the company's work on an Army program. The program, known as Sentinel Ridge, is worth $96 million to Lumen Vantage over three years.", 96_000_000},
		{"Workers at Anduril protested the company's role in an Army program. The program, which involves dozens of contractors, is worth $22 billion over ten years.", 0},
	} {
		ms := x.Extract(Document{Text: tt.text})
		if len(ms) != 1 || ms[0].ContractValueUSD != tt.want {
			t.Errorf("%q: got %+v, want one mention worth %d", tt.text, ms, tt.want)
		}
	}
}

// A story whose headline names its target gives that target to an action
// with none of its own, when the story ties the company to it, over a
// background campaign against another body.
func TestHeadlineTargetOverBackground(t *testing.T) {
	ms := newExtractor(t).Extract(Document{
		Title: "Inside the Nimbus fight, with a Google engineer",
		Text:  "Last week, Google called police on employees occupying two of its offices. Google won Nimbus, a cloud contract with the Israeli government, in 2021. Sam joined Google partly because of Maven. In 2018, Google employees circulated a petition against Project Maven, a Pentagon program.",
	})
	var got []string
	for _, m := range ms {
		got = append(got, m.Agency+"/"+m.Action)
	}
	if want := "Israel/sit-in Pentagon/petition"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A headline's count in the present tense ("now back") is the latest
// figure, unless it is hedged below a round number ("Nearly 2,000") that
// the body's exact count has not reached.
func TestHeadlineCountTenseAndHedge(t *testing.T) {
	x := newExtractor(t)
	body := "Palantir employees have signed a petition against the company's ICE contract; it had 1,912 signatures on Friday, organizers said."
	for _, c := range []struct {
		title string
		want  int
	}{
		{"Nearly 2,000 Palantir staff now back petition against ICE deal", 1912},
		{"More than 2,000 Palantir staff now back petition against ICE deal", 2000},
	} {
		ms := x.Extract(Document{Title: c.title, Text: body})
		if len(ms) != 1 || ms[0].Signatures() != c.want {
			t.Errorf("%q: got %+v, want one mention of %d", c.title, ms, c.want)
		}
	}
}

// "private employers — more than 400 of them" counts customers: it is no
// earlier figure of the letter's signers.
func TestOthersOfThemIsNoEarlierCount(t *testing.T) {
	x := newExtractor(t)
	ms := x.Extract(Document{Text: "More than 700 employees of Pellucid AI have signed a letter asking the company to drop its emotion-scoring feature. " +
		"Pellucid sells its software to private employers — more than 400 of them, according to its website — rather than to government agencies."})
	if len(ms) != 1 || ms[0].Count == nil || ms[0].Count.N != 700 || len(ms[0].Count.Earlier) != 0 {
		t.Fatalf("want one mention of 700 with no earlier figure, got %+v", ms)
	}
	ms = x.Extract(Document{Text: "About 3,000 Pellucid AI employees signed a letter against the company's ICE contract; 400 of them, all engineers, said they would resign."})
	if len(ms) == 0 || ms[0].Count == nil || ms[0].Count.N != 3000 {
		t.Fatalf("want the letter's 3,000, got %+v", ms)
	}
}

// "the HoloLens letter", six years after "In 2019, more than 250 employees
// signed a letter": that letter again, not a second one of this year.
func TestNamedLetterJoinsDatedOne(t *testing.T) {
	x := newExtractor(t)
	ms := x.Extract(Document{Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC), Text: "In 2019, more than 250 Microsoft employees signed a letter objecting to a $480 million contract to supply HoloLens headsets to the US Army. " +
		"Nadella defended the deal. Workers at Google staged sit-ins against Project Nimbus. Former employees who organised the HoloLens letter say the atmosphere has changed."})
	var letters []string
	for _, m := range ms {
		if m.Action == "letter" {
			letters = append(letters, fmt.Sprintf("%s/%s/%d", m.Company, m.Agency, m.Signatures()))
		}
	}
	if !slices.Equal(letters, []string{"Microsoft/US Army/250"}) {
		t.Errorf("letters %v, want one Microsoft letter of 250", letters)
	}
	// the same, when the named letter opens its sentence
	ms = x.Extract(Document{Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC), Text: "In 2019, more than 250 Microsoft employees signed a letter objecting to a $480 million contract to supply HoloLens headsets to the US Army. " +
		"Nadella defended the deal. Workers at Google staged sit-ins against Project Nimbus. The HoloLens letter, former employees say, changed how organizers work."})
	n := 0
	for _, m := range ms {
		if m.Action == "letter" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d letters, want the one HoloLens letter: %+v", n, ms)
	}
}

// Review 13: "released the Army letter, a new appeal" is a letter of its
// own, not the 2019 one whose sentence also named the Army.
func TestNewNamedLetterIsItsOwn(t *testing.T) {
	x := newExtractor(t)
	ms := x.Extract(Document{Published: time.Date(2025, 5, 27, 0, 0, 0, 0, time.UTC), Text: "In 2019, more than 250 Microsoft employees signed a letter objecting to a contract with the US Army. " +
		"On Tuesday, Microsoft workers released the Army letter, a new appeal to Satya Nadella to drop the IVAS deal."})
	n := 0
	for _, m := range ms {
		if m.Company == "Microsoft" && m.Action == "letter" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("got %d Microsoft letters, want 2: %+v", n, ms)
	}
}

// "the employees behind the petition", paragraphs after the petition
// against the Ministry of Defence, speak of that petition: no second
// target from "a military setting" in between.
func TestDistantPetitionKeepsItsTarget(t *testing.T) {
	x := newExtractor(t)
	text := "Staff at Fenmore, a Dublin start-up, are petitioning management to abandon a contract with the UK Ministry of Defence. " +
		"The petition had 40 names when it was shared on 2 March. By Monday evening it had 73. " +
		"Fenmore disclosed the contract in a funding announcement last month. It covers translation tools for British forces. " +
		"The petition says its use in a military setting was never discussed. Some employees said the deal sat uneasily with Ireland's neutrality. " +
		"Fenmore's board is due to meet later this month, and the employees behind the petition have asked to present their case in person."
	ms := x.Extract(Document{Text: text})
	if len(ms) != 1 || ms[0].Agency != "UK Ministry of Defence" || ms[0].Signatures() != 73 {
		t.Errorf("want one petition of 73 against the UK Ministry of Defence, got %+v", ms)
	}
}

// "A$34 million, or roughly US$22 million": the dollars of the amount
// before, after ", or", are the contract's value.
func TestForeignAmountOrDollars(t *testing.T) {
	x := newExtractor(t)
	ms := x.Extract(Document{Text: "About 230 employees of Brambleton walked out. Late last year the company signed a three-year agreement with Australian Border Force to replace its case system. The contract is worth A$34 million, or roughly US$22 million."})
	if len(ms) != 1 || ms[0].ContractValueUSD != 22000000 {
		t.Errorf("want one walkout on a $22 million contract, got %+v", ms)
	}
}

// A bare "the military" in a sentence about another country's program is
// that country's military, not the Pentagon.
func TestForeignsMilitary(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ text, want string }{
		{"Project Nimbus covers cloud services for government ministries and the military.", "Israel"},
		{"The contract covers cloud services for government ministries and the military.", "Pentagon"},
		{"Project Nimbus and the U.S. military contracts are separate.", "Israel Pentagon"},
	} {
		sent := sentence{text: tt.text, toks: tokenize(tt.text, 0)}
		var got []string
		for _, r := range x.agencyRefs(&sent, tt.text) {
			if n := x.agencyName(r.id); !slices.Contains(got, n) {
				got = append(got, n)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// An action the text dates years before the story, of a company the
// headline does not name, takes no target from the headline.
func TestEarlierActionTakesNoHeadlineTarget(t *testing.T) {
	x := newExtractor(t)
	doc := Document{
		Title:     "Maple Lens AI workers walk out over RCMP contract",
		Text:      "Eighty-five staff at Maple Lens AI walked out on Tuesday over the company's contract with the RCMP. It is not the first time Canadian tech staff have challenged their employer: in 2017 some Shopify employees pressed the company to stop hosting Breitbart's online store.",
		Published: time.Date(2021, 2, 17, 0, 0, 0, 0, time.UTC),
	}
	for _, m := range x.Extract(doc) {
		if m.Company == "Shopify" && m.Agency != "" {
			t.Errorf("Shopify's 2017 action took the headline's target %q", m.Agency)
		}
		if m.Company == "Maple Lens AI" && (m.Agency != "RCMP" || m.Signatures() != 85) {
			t.Errorf("Maple Lens AI: got %s/%d, want RCMP/85", m.Agency, m.Signatures())
		}
	}
}

// "made its name in 2019, when more than 8,700 employees signed a letter"
// dates that letter years before this year's: two letters, not one.
func TestYearBeforeWhenClause(t *testing.T) {
	ms := newExtractor(t).Extract(Document{
		Text:      "More than 1,000 Tessel employees have signed an open letter warning that the company's race to build AI is overriding its climate commitments. The same group made its name in 2019, when more than 8,700 employees signed a letter demanding a companywide climate plan.",
		Published: time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC),
	})
	var got []string
	for _, m := range ms {
		got = append(got, fmt.Sprintf("%s/%s/%s/%d", m.Company, m.Issue, m.Action, m.Signatures()))
	}
	want := "Tessel/climate/letter/1000 Tessel/climate/letter/8700"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "Three engineers quit Bermondsey start-up", above "Lamplight Vision, a
// Bermondsey start-up": the headline's word describes the company the
// story names, and is no company of its own.
func TestDescriptorNameIsNoCompany(t *testing.T) {
	ms := newExtractor(t).Extract(Document{
		Title: "Three engineers quit Bermondsey start-up over Met facial recognition deal",
		Text:  "Three engineers have resigned from Lamplight Vision, a Bermondsey start-up, in protest at its contract to supply live facial recognition software to the Metropolitan Police. More than forty colleagues had signed a petition asking Lamplight to withdraw. A Met spokesperson said the force used the technology lawfully.",
	})
	var got []string
	for _, m := range ms {
		got = append(got, fmt.Sprintf("%s/%s/%s/%d", m.Company, m.Agency, m.Action, m.Signatures()))
	}
	want := "Lamplight Vision/Metropolitan Police/resignation/3 Lamplight Vision/Metropolitan Police/petition/40"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "Update, 5:40 p.m. ET: ... the petition had reached 710 signatures": the
// story's own petition, the headline's, not another company's told since.
func TestUpdateNoteCountIsTheStorys(t *testing.T) {
	ms := newExtractor(t).Extract(Document{
		Title: "Quorra Labs employees petition to delay voice-cloning release",
		Text:  "More than 640 employees of Quorra Labs have signed a petition urging its leadership to hold back the release of a voice-cloning model. In 2019, more than 2,000 Google employees signed a petition objecting to the appointment of a think-tank president to the company's AI ethics council. Update, 5:40 p.m. ET: After this article was published, organizers said the petition had reached 710 signatures.",
	})
	var got []string
	for _, m := range ms {
		got = append(got, fmt.Sprintf("%s/%s/%d", m.Company, m.Action, m.Signatures()))
	}
	want := "Quorra Labs/petition/710 Google/petition/2000"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// "the 2019 walkout at Nettlebrook Games", in a 2024 review headlined
// with the Maven letter, is an earlier action of its own: the headline's
// target is not its target, the harassing the sentence tells is.
func TestDatedNounTakesNoHeadlineTarget(t *testing.T) {
	ms := newExtractor(t).Extract(Document{
		Title:     "Review: a new book follows tech workers from the Maven letter to the picket line",
		Text:      "Her reconstruction of the 2019 walkout at Nettlebrook Games, where 1,200 employees of the Seattle studio left work after the company's founder was accused of harassing junior staff, is the most affecting thing in the book.",
		Published: time.Date(2024, 6, 10, 0, 0, 0, 0, time.UTC),
	})
	var got []string
	for _, m := range ms {
		got = append(got, fmt.Sprintf("%s/%s%s/%s/%d", m.Company, m.Agency, m.Issue, m.Action, m.Signatures()))
	}
	want := "Nettlebrook Games/harassment/walkout/1200"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// review 24: a headline's agency is no deportation letter's target unless
// it is an immigration body.
func TestTopicTakesNoUnfitHeadlineAgency(t *testing.T) {
	ms := newExtractor(t).Extract(Document{Title: "Amazon workers protest as Pentagon deal looms", Text: "About 300 Amazon employees signed a letter condemning deportations."})
	if len(ms) != 1 || ms[0].Agency != "" || ms[0].Issue != "immigration" {
		t.Fatalf("got %+v, want one letter about immigration with no agency", ms)
	}
}
