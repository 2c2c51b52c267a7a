"""The Northgate Review (magazine template) articles."""
from common import M

MOSTREAD_A = ["Salesforce to cut 8,000 jobs after pandemic hiring binge",
              "Wayfair staff walk out over $200,000 order for border camp",
              "Palantir lands $480 million Army software deal",
              "Asana passes 100,000 paying customers",
              "The 15-minute city, five years on"]
MOSTREAD_B = ["Why 3 in 5 graduates now want a union job",
              "Zoom's 300 million meeting participants, explained",
              "Tableau founders on selling for $15.7 billion",
              "Dell to shed 6,650 jobs as PC demand slumps",
              "Inside the 40-person startup taking on Slack"]

ARTICLES = []

# ------------------------------------------------------------------ A1
ARTICLES.append(dict(
    slug="github-staff-letter-ice-contract",
    template="magazine",
    title="GitHub staff demand end to ICE deal as company pledges $500,000 to immigrant groups",
    dek="More than 150 employees signed a letter to chief executive Nat Friedman. He says the contract stays.",
    author="Mira Tan",
    iso="2019-10-09T11:30:00-04:00",
    mod_iso="2019-10-10T09:05:00-04:00",
    caption="GitHub's offices in San Francisco's SoMa district.",
    tags=["GitHub", "ICE", "Immigration", "Tech workers"],
    mins=6,
    body="""<p class="has-dropcap">More than 150 GitHub employees have signed an internal letter asking chief executive Nat Friedman to cancel the code-sharing platform’s contract with U.S. Immigration and Customs Enforcement, according to two people involved in organizing it and a copy seen by the Review.</p>
<p>The agreement gives ICE a license for GitHub Enterprise Server, the edition of the company’s software that customers run on their own machines. It is worth about $200,000 — small change for a business that Microsoft bought for $7.5 billion last year, but, the signers argue, a clear statement of whose side the company is on.</p>
<p>Friedman defended the arrangement in a message to staff on Wednesday. He wrote that the license had been bought through a reseller, that GitHub does no consulting or custom work for the agency, and that withdrawing it would not change the government’s immigration policies. In the same note he announced a $500,000 donation to nonprofit groups that work with immigrant communities.</p>
<blockquote class="pull-quote"><p>“You can’t write a check and call it a policy.”</p><cite>— a GitHub engineer who signed the letter</cite></blockquote>
<p>Organizers said the donation missed the point. “You can’t write a check and call it a policy,” said one engineer who signed, who asked not to be named because staff had been told to send press questions to the communications team. “We’re asking the company to stop selling tools to an agency that separates families. A donation doesn’t do that.”</p>
<!--NL-->
<p>The dispute has already cost the company an employee. A site reliability engineer who had spent five years at GitHub resigned this week, writing in a public post that she was not willing to keep building software for an organization that does business with ICE.</p>
<p>The argument is a familiar one inside Microsoft, GitHub’s parent. Last year, hundreds of Microsoft workers signed a letter demanding that the company walk away from a $19.4 million contract to provide ICE with Azure cloud services. Microsoft kept the contract, saying its work for the agency had nothing to do with separating children from their parents.</p>
<blockquote class="pull-quote"><p>The current license came up for renewal this year and is due again in 2020.</p></blockquote>
<p>GitHub, which employs roughly 1,800 people, has also faced pressure from outside: a number of open-source maintainers have rewritten their project licenses to bar use by ICE and its contractors. Inside the company, organizers said they would keep collecting signatures and planned to raise the issue again at GitHub Universe, the company’s developer conference in San Francisco next month.</p>
<p>Friedman’s note said the company would keep talking with employees who disagree. The current license came up for renewal this year and is due again in 2020.</p>""",
    further=[("Software", "Chef will let its $95,500 ICE deal lapse", "22 Sept 2019"),
             ("Work", "Kickstarter union wins recognition vote, 46 to 37", "18 Feb 2020"),
             ("Technology", "Dell to shed 6,650 jobs as PC demand slumps", "6 Feb 2023"),
             ("Opinion", "Why 2,000 signatures don't move a trillion-dollar company", "1 Mar 2019")],
    mostread=MOSTREAD_A,
    feed=dict(feed="northgate", summary="More than 150 GitHub employees have signed a letter asking Nat Friedman to cancel the company's ICE contract; he has offered a $500,000 donation instead."),
    relevant=True,
    mentions=[
        M("GitHub", "ICE", "letter", 150, value=200000),
        M("GitHub", "ICE", "resignation", None, value=200000,
          note="one unnamed engineer resigned over the contract; no count given"),
        M("Microsoft", "ICE", "letter", None, value=19400000,
          note="background: 'hundreds of Microsoft workers signed a letter' over the $19.4 million ICE contract"),
    ],
))

# ------------------------------------------------------------------ A9
ARTICLES.append(dict(
    slug="google-amazon-workers-letter-project-nimbus",
    template="magazine",
    title="Google and Amazon workers break ranks over $1.2 billion Israeli cloud deal",
    dek="An anonymous letter says the companies’ Project Nimbus contract will help the state watch Palestinians",
    author="Jonas Abiodun",
    iso="2021-10-12T13:00:00+01:00",
    mod_iso="2021-10-13T10:20:00+01:00",
    section="Technology",
    caption="A Google Cloud sign at a trade show in 2019.",
    tags=["Google", "Amazon", "Israel", "Cloud computing"],
    mins=5,
    body="""<p class="has-dropcap">Workers at Google and Amazon have gone public with their opposition to Project Nimbus, the cloud computing contract their employers signed with the Israeli government this year, in an anonymous letter published on Tuesday.</p>
<p>The authors describe themselves as more than 90 Google employees and upwards of 300 people who work at Amazon Web Services and other parts of Amazon. They left their names off, they write, because they fear retaliation from companies that have disciplined organizers before.</p>
<p>Nimbus is worth $1.2 billion. Under it, Google and Amazon will build cloud infrastructure inside Israel to host the workloads of government ministries — including, the signers point out, the military.</p>
<blockquote class="pull-quote"><p>The authors say they fear retaliation from companies that have disciplined organizers before.</p></blockquote>
<p>The letter asks both companies to pull out of the contract and to stop doing business with the Israeli armed forces. It argues that cheap, powerful cloud services will make it easier for the state to monitor Palestinians and gather data on them, and it notes reports that the contract’s terms stop the companies from walking away in response to boycott campaigns.</p>
<!--NL-->
<p>Google and Amazon did not respond to requests for comment on Tuesday.</p>
<p>Google employees have a record of pushing back on military work. In 2018, thousands of them signed a petition against Project Maven, a Pentagon programme that applied the company’s AI to drone footage; Google let that contract expire the following year.</p>
<p>The two companies are among the biggest employers in the industry — Amazon has more than 1.3 million staff, most of them in warehouses, and Google’s parent, Alphabet, about 150,000 — so the signatories are a tiny fraction of either workforce. Organizers said they expected more colleagues to come forward once the letter circulated inside the companies.</p>""",
    further=[("Technology", "Microsoft's $22 billion headset deal with the Army, explained", "31 Mar 2021"),
             ("Work", "How 12 engineers quit a drone startup in one afternoon", "9 Mar 2023"),
             ("Politics", "The 2,400-page defence bill, in five charts", "7 Dec 2021")],
    mostread=MOSTREAD_B,
    feed=dict(feed="northgate", summary="More than 90 Google workers and upwards of 300 Amazon workers say they oppose Project Nimbus."),
    relevant=True,
    mentions=[
        M("Google", "Israel", "letter", 90, value=1200000000),
        M("Amazon", "Israel", "letter", 300, value=1200000000),
        M("Google", "Pentagon/Maven", "petition", None, alts=["letter", "protest"],
          note="background: 'thousands of them signed a petition against Project Maven'"),
    ],
))

# ------------------------------------------------------------------ A10
ARTICLES.append(dict(
    slug="facebook-employees-virtual-walkout-trump-posts",
    template="magazine",
    title="Facebook employees stage virtual walkout over Zuckerberg’s stance on Trump posts",
    dek="Staff logged off in protest on Monday; at least two engineers have since quit",
    author="Ines Caldwell",
    iso="2020-06-03T17:00:00-04:00",
    mod_iso="2020-06-04T08:30:00-04:00",
    section="Technology",
    caption="Facebook's headquarters in Menlo Park, California.",
    tags=["Facebook", "Content moderation", "Tech workers"],
    mins=5,
    body="""<p class="has-dropcap">On Monday, hundreds of Facebook employees refused to work, logging off internal tools and posting out-of-office replies to protest chief executive Mark Zuckerberg’s decision to leave up posts in which President Trump warned that protesters in Minneapolis could be shot.</p>
<p>The virtual walkout was organized on internal message boards and on Twitter, because nearly all of the company’s roughly 48,000 employees have been working from home during the pandemic. Participants took the day off and added a short note to their work profiles explaining why.</p>
<p>Twitter had placed a warning label over the same message, saying it glorified violence. Facebook left it untouched. Zuckerberg wrote on Friday that he found the language deeply troubling but believed people should be able to see what the president said.</p>
<blockquote class="pull-quote"><p>Participants took the day off and added a short note to their work profiles explaining why.</p></blockquote>
<p>At least two engineers have resigned over the decision. One wrote in a public post that the company was on the wrong side of history and that he could no longer defend it to friends and family.</p>
<!--NL-->
<p>Open dissent is unusual at Facebook, where disagreements have traditionally been aired inside the company. Over the weekend several managers criticized the decision in public, among them the head of design for the News Feed.</p>
<p>On Wednesday, thirty-three of Facebook’s early employees, most of whom left years ago, published an open letter arguing that the policy betrays the values the company once claimed to hold.</p>
<p>Zuckerberg held a video call with staff on Tuesday and stood by the decision, though he said the company would review its rules on posts that discuss the use of force by the state. Facebook reported 2.6 billion monthly users of its main app at the end of March.</p>""",
    further=[("Technology", "Snap stops promoting Trump's account in Discover", "3 Jun 2020"),
             ("Work", "Twitter tells 5,000 staff they can work from home forever", "12 May 2020"),
             ("Culture", "The 48 hours that changed how we talk about platforms", "5 Jun 2020")],
    mostread=MOSTREAD_B,
    feed=dict(feed="northgate", summary="Hundreds of Facebook employees logged off on Monday in protest; at least two engineers have resigned."),
    relevant=True,
    mentions=[
        M("Meta", None, "walkout", None, alts=["protest", "strike"],
          note="'hundreds' took part: vague, no count"),
        M("Meta", None, "resignation", 2, note="'At least two engineers have resigned'"),
        M("Meta", None, "letter", 33, optional=True,
          note="open letter by early employees, most of them former staff"),
    ],
))

# ------------------------------------------------------------------ A11
ARTICLES.append(dict(
    slug="accenture-employees-petition-cbp-hiring-contract",
    template="magazine",
    title="Accenture staff petition firm to quit border-agent hiring contract",
    dek="Signers say the $297 million deal ties the consultancy to family separations",
    author="Tomasz Greer",
    iso="2018-07-02T08:45:00-04:00",
    section="Work",
    caption="Accenture's offices in Chicago.",
    tags=["Accenture", "CBP", "Immigration", "Consulting"],
    mins=4,
    body="""<p class="has-dropcap">More than 1,000 of the firm’s U.S. employees have signed a petition circulating internally at Accenture, asking its leaders to withdraw from a $297 million contract to help U.S. Customs and Border Protection recruit thousands of new officers, according to organizers and a copy of the document.</p>
<p>The petition started two weeks ago, when recordings and photographs of children taken from their parents at the border dominated the news. It asks Accenture to end its work for CBP, to commit to refusing contracts with agencies that detain migrant families, and to report publicly on its government business.</p>
<p>Accenture won the hiring contract in late 2017. Under it, the company is meant to help the agency fill 7,500 positions, including Border Patrol agents, by screening applicants and running recruitment campaigns.</p>
<blockquote class="pull-quote"><p>“I didn’t become a consultant to help an agency staff up for this.”</p></blockquote>
<p>A 29-year-old analyst in the firm’s Chicago office who signed said she had joined Accenture to work on hospital systems. “I didn’t become a consultant to help an agency staff up for this,” she said.</p>
<!--NL-->
<p>In a statement, Accenture said its work for the agency is limited to recruiting and hiring and does not touch the enforcement of immigration policy. It said employees were free to share their views.</p>
<p>The consultancy, which has about 450,000 employees worldwide, is not alone in facing these questions. McKinsey and Deloitte have been asked about their own work for immigration agencies, and in recent weeks tech workers at companies including Microsoft and Salesforce have pushed back against their employers’ ties to ICE and CBP.</p>""",
    further=[("Work", "The 7,500 agents CBP wants, and why it can't find them", "20 Nov 2018"),
             ("Technology", "McKinsey's $20 million immigration work, explained", "3 Dec 2019"),
             ("Opinion", "Consultants have consciences too", "5 Jul 2018")],
    mostread=MOSTREAD_A,
    feed=dict(feed="northgate", summary="More than 1,000 Accenture employees have signed a petition against the firm's $297 million CBP hiring contract."),
    relevant=True,
    mentions=[
        M("Accenture", "CBP", "petition", 1000, value=297000000),
        M("Microsoft", "ICE", "letter", None, alts=["petition", "protest", "other"], optional=True,
          note="vague allusion: 'pushed back against their employers' ties to ICE and CBP'"),
        M("Salesforce", "CBP", "letter", None, alts=["petition", "protest", "other"], optional=True,
          note="vague allusion"),
    ],
))

# ------------------------------------------------------------------ A12
ARTICLES.append(dict(
    slug="google-workers-letter-police-contracts",
    template="magazine",
    title="Google workers ask Pichai to stop selling technology to police",
    dek="Organizers say the company’s $12 million racial-justice pledge is not enough",
    author="Ines Caldwell",
    iso="2020-06-22T12:00:00-04:00",
    mod_iso="2020-06-23T14:10:00-04:00",
    section="Technology",
    caption="A Google office building in Mountain View, California.",
    tags=["Google", "Police", "Tech workers"],
    mins=4,
    body="""<p class="has-dropcap">More than 1,600 of its employees have signed a letter urging Alphabet’s Google to stop selling its technology to police forces, organizers said on Monday, as staff press the company to go further than statements of support for the protests against police violence.</p>
<p>The letter, addressed to chief executive Sundar Pichai, asks Google to end existing deals with police departments and to turn down new ones. It argues that the $12 million the company pledged this month to racial-justice organizations sits uneasily with the money it makes from law enforcement customers.</p>
<blockquote class="pull-quote"><p>The letter asks Google to end existing deals with police departments and to turn down new ones.</p></blockquote>
<p>Signers point to cloud contracts with local police and to Google’s investments in companies that sell surveillance tools. Google did not immediately respond to a request for comment.</p>
<!--NL-->
<p>Other large tech companies have changed course on policing this month, though not because of letters from staff: IBM said it would stop offering general-purpose facial recognition software, Amazon put police use of its Rekognition system on hold for a year, and Microsoft said it would not sell face recognition to police departments until there is a federal law governing it.</p>
<p>It is not the first time Google employees have tried to steer the company away from a government customer. Last August, more than 1,300 of them signed a petition asking Google to promise it would not bid on a planned cloud contract with U.S. Customs and Border Protection.</p>
<p>Alphabet employs about 123,000 people.</p>""",
    footer_note="""<p class="longread__correction"><strong>Correction, 23 June 2020:</strong> An earlier version of this article said 1,200 employees had signed the letter. The organizers’ figure at the time of publication was more than 1,600.</p>""",
    further=[("Technology", "IBM quits facial recognition after 10 years of research", "9 Jun 2020"),
             ("Work", "Microsoft staff's 250-name police email, one year on", "10 Jun 2021"),
             ("Politics", "Seattle council votes 7-1 to trim police budget", "10 Aug 2020")],
    mostread=MOSTREAD_B,
    feed=dict(feed="northgate", summary="More than 1,600 Google employees have signed a letter asking Sundar Pichai to end sales to police.",
              also=dict(feed="byteline", query="?utm_source=byteline&utm_medium=jsonfeed&utm_campaign=partner")),
    relevant=True,
    mentions=[
        M("Google", "Police", "letter", 1600, stale=[1200],
          note="the correction gives the earlier, wrong figure 1,200"),
        M("Google", "CBP", "petition", 1300, alts=["letter"]),
    ],
))

# ------------------------------------------------------------------ C2
ARTICLES.append(dict(
    slug="salesforce-to-cut-ten-percent-of-staff",
    template="magazine",
    title="Salesforce to cut about 10 percent of staff after hiring spree",
    dek="Marc Benioff tells employees the company hired too many people during the pandemic",
    author="Tomasz Greer",
    iso="2023-01-04T10:00:00-05:00",
    section="Business",
    caption="Salesforce Tower in San Francisco.",
    tags=["Salesforce", "Layoffs"],
    mins=4,
    body="""<p class="has-dropcap">Salesforce said on Wednesday that it would eliminate about 10 percent of its workforce — roughly 8,000 of its more than 79,000 employees — and close some offices, becoming the latest technology company to retreat from a hiring spree that began early in the pandemic.</p>
<p>In a letter to employees, co-chief executive Marc Benioff wrote that revenue had surged during the pandemic and that the company had hired too many people as a result. He said customers were now taking a more cautious approach to purchases.</p>
<blockquote class="pull-quote"><p>The company expects the cuts to cost between $1.4 billion and $2.1 billion.</p></blockquote>
<p>Salesforce said it expected the cuts and office closures to cost between $1.4 billion and $2.1 billion. Most of the charges will fall in the fourth quarter of its fiscal year.</p>
<!--NL-->
<p>The company went on an acquisition streak in recent years, buying Tableau for $15.7 billion in 2019 and the workplace messaging service Slack for $27.7 billion in 2021. It has since come under pressure from activist investors, including Starboard Value, to improve its profit margins.</p>
<p>Employees learned of the cuts from Benioff’s letter and from news reports, and several said on social media that they were anxious about whether their teams would be affected. Affected workers in the United States will receive at least five months of pay, health insurance and career help, the company said.</p>
<p>Salesforce’s shares rose about 4 percent in early trading.</p>""",
    further=[("Business", "Amazon to cut 18,000 jobs in biggest layoff in its history", "5 Jan 2023"),
             ("Work", "Why 1 in 4 tech workers fear the next round", "20 Jan 2023"),
             ("Technology", "Slack at 10: the app that ate the office", "8 Aug 2023")],
    mostread=MOSTREAD_B,
    feed=dict(feed="northgate", summary="Salesforce will eliminate roughly 8,000 jobs and close some offices."),
    relevant=False, mentions=[],
))

# ------------------------------------------------------------------ C6
ARTICLES.append(dict(
    slug="staten-island-amazon-warehouse-union-vote",
    template="magazine",
    title="Staten Island warehouse workers vote to form Amazon’s first U.S. union",
    dek="The Amazon Labor Union, started by a fired worker, won by more than 500 votes",
    author="Jonas Abiodun",
    iso="2022-04-01T15:30:00-04:00",
    section="Work",
    caption="Workers outside the JFK8 warehouse on Staten Island.",
    tags=["Amazon", "Unions", "Warehouses"],
    mins=5,
    body="""<p class="has-dropcap">Workers at an Amazon warehouse on Staten Island have voted to unionize, handing the company its first organized workforce in the United States and giving a lift to a labour movement that had spent years trying to gain a foothold at the country’s second-largest private employer.</p>
<p>The tally, counted by the National Labor Relations Board on Friday, was 2,654 votes in favour of the Amazon Labor Union and 2,131 against. About 8,300 workers at the facility, known as JFK8, were eligible to vote.</p>
<blockquote class="pull-quote"><p>The count was 2,654 in favour and 2,131 against.</p></blockquote>
<p>The union is an independent group without ties to an established labour organization. It was founded by Christian Smalls, who was fired by Amazon in 2020 after leading a walkout at the same warehouse over safety conditions early in the pandemic. Amazon has said he was dismissed for violating quarantine rules.</p>
<!--NL-->
<p>Amazon said in a statement that it was disappointed with the result and was considering its options, including objecting to the board’s conduct of the election.</p>
<p>The outcome contrasts with a second vote at a warehouse in Bessemer, Alabama, where the Retail, Wholesale and Department Store Union appeared to be trailing, with several hundred ballots still under challenge. Workers there rejected a union by a wide margin last year, but the labour board ordered a new election after finding that Amazon had interfered.</p>
<p>Amazon employs about 1.1 million people in the United States, most of them in its warehouses and delivery network. The company has said it pays at least $15 an hour and offers benefits from the first day.</p>""",
    further=[("Work", "Bessemer, one year later: 'We're not done'", "28 Mar 2022"),
             ("Technology", "Google contractors in Pittsburgh join the Steelworkers", "24 Sep 2019"),
             ("Opinion", "What 523 votes tell us about American labour", "2 Apr 2022")],
    mostread=MOSTREAD_A,
    feed=dict(feed="northgate", summary="Workers at JFK8 voted 2,654 to 2,131 to join the Amazon Labor Union."),
    relevant=False, mentions=[],
))
