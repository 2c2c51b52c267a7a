"""Byteline (AMP template) articles."""
from common import M

ARTICLES = []

# ------------------------------------------------------------------ A13
ARTICLES.append(dict(
    slug="google-fires-workers-nimbus-sit-ins",
    template="amp",
    title="Google fires 28 workers after sit-ins over Israeli cloud contract",
    author="Rafael Ocampo",
    iso="2024-04-18T14:05:00+00:00",
    section="Work",
    caption="Google's offices on Ninth Avenue in New York.",
    body="""<p>Google has fired 28 employees in connection with sit-ins at two of its offices against Project Nimbus, the $1.2 billion contract that Google and Amazon jointly won in 2021 to supply cloud services to the Israeli government.</p>
<p>On Tuesday, groups of workers occupied parts of Google offices in New York and in Sunnyvale, California — in Sunnyvale, the office of Google Cloud chief executive Thomas Kurian — for roughly ten hours. Nine were arrested on trespassing charges after the company called the police.</p>
<p>In a memo to staff, Google’s head of global security said the protesters had made colleagues feel threatened and kept them from doing their work, and that the company had finished its investigation and dismissed those involved.</p>
<!--AD-->
<p>No Tech for Apartheid, the group that organized the sit-ins, said some of the fired workers had not taken part directly and called the dismissals retaliation. The organizers did not give a precise count of how many employees joined the sit-ins; photos posted online showed dozens.</p>
<p>The group has campaigned against Nimbus since 2021, when more than 90 Google workers and hundreds of Amazon employees signed an anonymous letter condemning the deal.</p>
<p>Google, which has about 180,000 employees, has said the Nimbus work is not aimed at highly sensitive or classified military workloads.</p>""",
    recommended=["Tesla recalls 3,878 Cybertrucks over sticky pedal",
                  "Meta's quarterly capital spending hits $6.7 billion",
                  "Amazon climate letter draws 8,700 names, organizers say",
                  "Apple cuts 600 jobs as car project winds down",
                  "TikTok ban bill passes House 360-58"],
    feed=dict(feed="byteline", summary="Google dismissed 28 employees after sit-ins in New York and Sunnyvale against Project Nimbus."),
    relevant=True,
    mentions=[
        M("Google", "Israel", "sit-in", None, value=1200000000, alts=["protest"],
          note="28 is the number fired, not of participants (some fired did not take part); participants 'dozens'"),
        M("Google", "Israel", "letter", 90, value=1200000000),
        M("Amazon", "Israel", "letter", None, value=1200000000, note="'hundreds of Amazon employees'"),
    ],
))

# ------------------------------------------------------------------ A14
ARTICLES.append(dict(
    slug="amazon-employees-defy-policy-climate-statements",
    template="amp",
    title="Hundreds of Amazon employees defy company policy to speak out on climate",
    author="Byteline staff",
    iso="2020-01-27T19:30:00+00:00",
    section="Climate",
    caption="Amazon's Seattle headquarters.",
    body="""<p>Amazon employees attached their names to public criticism of the company’s climate record over the weekend, knowingly breaking an internal rule that bars them from commenting on the business without permission.</p>
<p>The statements were gathered and posted on Sunday by Amazon Employees for Climate Justice, the group that has been pushing the retailer to cut its emissions faster. When the post went up it carried comments from just over 300 workers. By Monday afternoon, the group said, 357 employees had signed on, among them engineers, designers and product managers.</p>
<p>The protest answered warnings the company issued this month to at least two employees who had talked to reporters about climate, telling them that speaking out again could cost them their jobs. Amazon tightened its external communications policy in September, requiring staff to get approval before they speak publicly about the company.</p>
<!--AD-->
<p>Many of the statements also took aim at Amazon’s cloud contracts with oil and gas producers and at its donations to politicians who deny climate science.</p>
<p>In September, Amazon workers walked out alongside the global climate strike, a day after chief executive Jeff Bezos announced the Climate Pledge, which commits the company to net-zero carbon emissions by 2040. Amazon has also ordered 100,000 electric delivery vans from the startup Rivian.</p>
<p>Amazon has said its communications policy applies equally to all employees. The company has about 800,000 employees worldwide.</p>""",
    recommended=["Google walkout organizers say 20,000 took part",
                  "Microsoft pledges to be carbon negative by 2030",
                  "Rivian raises $1.3 billion",
                  "Amazon's holiday sales break records",
                  "Apple's 2 billion active devices"],
    feed=dict(feed="byteline", summary="357 Amazon employees publicly criticized the company's climate policies, breaking its communications rules."),
    relevant=True,
    mentions=[
        M("Amazon", None, "letter", 357, stale=[300], alts=["protest", "other", "petition"]),
        M("Amazon", None, "walkout", None, alts=["strike", "protest"],
          note="background: September climate walkout, no count"),
    ],
))

# ------------------------------------------------------------------ A15
ARTICLES.append(dict(
    slug="google-employees-resign-project-maven",
    template="amp",
    title="About a dozen Google employees resign over Pentagon drone project",
    author="Nadia Kovacs",
    iso="2018-05-14T16:00:00+00:00",
    section="Work",
    caption="Google's campus in Mountain View.",
    body="""<p>Roughly a dozen Google employees have resigned in protest of the company’s work on Project Maven, a Defense Department program that uses artificial intelligence to analyze drone video, according to people familiar with the departures.</p>
<p>The resignations are the sharpest form of dissent yet over the project. An internal petition asking chief executive Sundar Pichai to cancel the contract and to commit the company never to build warfare technology has drawn about 4,000 signatures; when it first became public in early April it had roughly 3,100.</p>
<p>Those who left said they were also frustrated that management had grown less willing to share information with employees about contentious decisions. Some wrote up their reasons in documents they circulated internally before leaving.</p>
<!--AD-->
<p>Google has described its role in Maven as narrow, saying its software flags images for human review and is not used for offensive purposes. The work relies on TensorFlow, the company’s open-source machine learning software.</p>
<p>Outside the company, more than 90 academics who study artificial intelligence, ethics and computer science have published their own open letter urging Google to end the contract and to back an international treaty banning autonomous weapons.</p>
<p>Google employs about 85,000 people. Maven is part of a Pentagon push, begun in 2017, to speed up its adoption of AI.</p>""",
    recommended=["Microsoft pitches Azure Government to 7,000 agencies",
                  "Amazon shareholders to vote on 12 proposals",
                  "1,400 Googlers sign letter on China search project",
                  "Uber's flying taxi will cost $50 a ride",
                  "Apple's $1 trillion moment"],
    feed=dict(feed="byteline", summary="About a dozen Google employees have quit over Project Maven; an internal petition has about 4,000 signatures."),
    relevant=True,
    mentions=[
        M("Google", "Pentagon/Maven", "resignation", 12),
        M("Google", "Pentagon/Maven", "petition", 4000, stale=[3100], alts=["letter"]),
    ],
))

# ------------------------------------------------------------------ A16
ARTICLES.append(dict(
    slug="lumenfold-engineers-quit-air-force-contract",
    template="amp",
    title="Eleven engineers quit drone-vision startup Lumenfold over Air Force deal",
    author="Rafael Ocampo",
    iso="2023-03-09T15:45:00+00:00",
    section="Startups",
    caption="Lumenfold's office in Denver's RiNo district.",
    body="""<p>Eleven engineers at Lumenfold, a Denver startup that makes software for tracking objects in video, resigned together this week after the company agreed to adapt its technology for the U.S. Air Force, according to a joint resignation letter shared with Byteline.</p>
<p>The contract, worth $4.6 million over two years, will pay for work on following vehicles and people in footage shot by unmanned aircraft. It was awarded through AFWERX, the Air Force’s technology accelerator.</p>
<p>The departing engineers make up nearly a fifth of the company’s 60-person engineering team. In their letter, they write that they joined Lumenfold to build tools for wildlife researchers and traffic planners, and that they were told as recently as 2021 that the company would not take military work.</p>
<!--AD-->
<p>Lumenfold’s chief executive and co-founder, 41-year-old Dana Okafor, said in a statement that the contract covers surveillance and reconnaissance only and does not involve weapons. She said the company, which has about 110 employees and raised $38 million last year, would keep hiring.</p>
<p>Two of those who left, both in their late twenties, said they had been among the company’s first ten hires.</p>
<p>The dispute echoes bigger fights at bigger companies. At Google, thousands of employees objected to Project Maven in 2018, and the company later let that contract lapse.</p>""",
    recommended=["Anduril valued at $8.5 billion", "The Air Force wants 1,000 drone wingmen",
                  "Palantir's $480 million Army deal", "Denver startups raised $2.1 billion last year",
                  "Why 46% of engineers want to work on climate"],
    feed=dict(feed="byteline", summary="Eleven Lumenfold engineers resigned after the startup took a $4.6 million Air Force contract."),
    relevant=True,
    mentions=[
        M("Lumenfold", "Air Force", "resignation", 11, value=4600000, alts=["letter"]),
        M("Google", "Pentagon/Maven", "other", None, alts=["petition", "letter", "protest"], optional=True,
          note="vague: 'thousands of employees objected to Project Maven'"),
    ],
))

# ------------------------------------------------------------------ C3
ARTICLES.append(dict(
    slug="alphabet-third-quarter-profit-falls",
    template="amp",
    title="Alphabet profit falls 23% as spending climbs",
    author="Byteline staff",
    iso="2019-10-28T20:45:00+00:00",
    section="Markets",
    caption="Alphabet's results missed analysts' profit forecasts.",
    body="""<p>Alphabet, Google’s parent company, said on Monday that its third-quarter profit fell 23 percent from a year earlier as it spent heavily on data centers, research and hiring, sending its shares down about 2 percent in after-hours trading.</p>
<p>Revenue rose 20 percent to $40.5 billion, slightly ahead of Wall Street’s expectations, driven by search and YouTube advertising. Net income was $7.1 billion, compared with $9.2 billion a year earlier.</p>
<p>The company ended the quarter with 114,096 employees, up from 98,771 a year ago.</p>
<!--AD-->
<p>Alphabet’s “Other Bets,” which include the self-driving car unit Waymo and the life sciences company Verily, lost $941 million. Alphabet still does not report Google Cloud’s revenue separately.</p>
<p>The company is also facing antitrust investigations by the Justice Department and by a group of 50 attorneys general led by Texas.</p>""",
    recommended=["Microsoft wins $10 billion JEDI cloud deal",
                  "Google claims quantum supremacy with 53-qubit chip",
                  "1,000 Google workers sign climate pledge",
                  "Fitbit agrees to $2.1 billion Google deal",
                  "Amazon profit falls for first time in 2 years"],
    feed=dict(feed="byteline", summary="Alphabet's net income fell to $7.1 billion on revenue of $40.5 billion."),
    relevant=False, mentions=[],
))

# ------------------------------------------------------------------ C8
ARTICLES.append(dict(
    slug="oracle-sues-over-pentagon-jedi-cloud-contract",
    template="amp",
    title="Oracle takes its fight over $10 billion Pentagon cloud contract to federal court",
    author="Nadia Kovacs",
    iso="2018-12-07T18:20:00+00:00",
    section="Government",
    caption="The Pentagon in Arlington, Virginia.",
    body="""<p>Oracle has sued the U.S. government over the Pentagon’s plan to award a single cloud computing contract worth as much as $10 billion, arguing that the procurement was designed to favor Amazon.</p>
<p>The complaint, filed in the Court of Federal Claims, comes weeks after the Government Accountability Office rejected Oracle’s bid protest over the contract, known as the Joint Enterprise Defense Infrastructure, or JEDI. IBM has filed a protest of its own.</p>
<p>Oracle contends that awarding the work to one company over as long as ten years violates federal rules that favor multiple awards, and that conflicts of interest involving former Pentagon employees tainted the process.</p>
<!--AD-->
<p>Google dropped out of the competition in October, saying it could not be sure the work would be consistent with its principles for artificial intelligence and that parts of it were outside its current certifications.</p>
<p>The Defense Department has said a single award is the fastest way to get modern cloud tools to troops, and that bids were due in October. A decision is expected next year.</p>""",
    recommended=["Amazon picks New York and Virginia for HQ2, with 25,000 jobs each",
                  "IBM closes $34 billion Red Hat deal",
                  "Microsoft briefly tops Apple in market value",
                  "Salesforce employees' 650-name letter, six months on",
                  "The Pentagon's 5 biggest tech contracts"],
    feed=dict(feed="byteline", summary="Oracle files suit in the Court of Federal Claims after losing its GAO bid protest."),
    relevant=False, mentions=[],
))
