"""The Coastal Courier (community paper with comments) articles.  The only
date on the page is in the byline string."""
from common import M

TOP5 = ["Port Madrone ferry fares to rise 4% in October",
        "Council OKs $2.1 million water main project",
        "Obituary: Harold J. Winslow, 87, longtime harbor pilot",
        "Amazon to hire 1,000 at new Kent warehouse",
        "Madrone High wins 3A volleyball title"]

ARTICLES = []

# ------------------------------------------------------------------ A2 (syndicated near-copy of A1)
ARTICLES.append(dict(
    slug="coastal-github-employees-ice-contract",
    iso="2019-10-10T10:30:00-07:00",
    author="Mira Tan",
    template="courier",
    section="Business",
    title="GitHub employees call for end to ICE contract",
    dek="Company offers $500,000 donation to immigrant groups instead",
    byline="By <b>Mira Tan</b>, The Northgate Review | Oct. 10, 2019",
    syndication='<p class="story-syndication"><i>This story first appeared in <a href="/partners/northgate">The Northgate Review</a> and is republished under a content-sharing agreement.</i></p>',
    body="""<p>Over 150 GitHub employees have signed an internal letter asking chief executive Nat Friedman to cancel the software company’s contract with U.S. Immigration and Customs Enforcement, according to two people involved in organizing it.</p>
<p>The agreement gives ICE a license for GitHub Enterprise Server, a version of the company’s software that customers install on their own machines. It is worth about $200,000. Microsoft bought GitHub for $7.5 billion last year.</p>
<p>Friedman defended the arrangement in a message to staff Wednesday. He wrote that the license had been bought through a reseller, that GitHub does no consulting work for the agency, and that withdrawing it would not change the government’s immigration policies. He also announced a $500,000 donation to nonprofit groups that work with immigrant communities.</p>
<p>Organizers said the donation missed the point. “You can’t write a check and call it a policy,” said one engineer who signed, who asked not to be named. “We’re asking the company to stop selling tools to an agency that separates families.”</p>
<p>A site reliability engineer who had worked at GitHub for five years resigned this week, saying in a public post that she would not keep building software for a company that does business with ICE.</p>
<p>GitHub employs roughly 1,800 people. Organizers said they plan to raise the issue again at the company’s developer conference in San Francisco next month.</p>""",
    tagline="Distributed by the Northgate Review content service.",
    comments=[
        ("Ballard Dad", "Oct. 10, 2019 at 1:12 pm", "150 out of 1,800. So more than 90% of them are fine with it. The headline should say that.", 14, 22),
        ("kelp_forest", "Oct. 10, 2019 at 1:40 pm", "I worked at GitHub 2014-2017. Most people I knew there would have signed. The real number is probably way higher than 150.", 19, 3),
        ("Sequim Sam", "Oct. 10, 2019 at 2:05 pm", "$200k is nothing. Microsoft made $33 billion in one quarter. They could drop it tomorrow.", 8, 1),
        ("throwaway8812", "Oct. 10, 2019 at 3:30 pm", "Chef dropped its ICE contracts after one developer yanked his code. One guy did what 150 couldn't.", 25, 2),
        ("M. Okonkwo", "Oct. 11, 2019 at 8:02 am", "Donating $500,000 while keeping the contract is a PR move, nothing more.", 11, 4),
        ("kelp_forest", "Oct. 11, 2019 at 9:15 am", "@Sequim Sam that was revenue. Profit was more like $13 billion. Still, point stands.", 6, 0),
        ("OlympicView", "Oct. 12, 2019 at 9:03 am", "Good for them. 400 people at my company signed something like this last year and nothing happened, but you have to try.", 9, 1),
    ],
    top5=TOP5,
    feed=dict(feed="courier", summary="Over 150 GitHub employees have signed a letter asking the company to cancel its ICE contract."),
    relevant=True,
    mentions=[
        M("GitHub", "ICE", "letter", 150, value=200000),
        M("GitHub", "ICE", "resignation", None, value=200000),
    ],
))

# ------------------------------------------------------------------ A3
ARTICLES.append(dict(
    slug="microsoft-workers-army-hololens-letter",
    iso="2019-02-22T14:20:00-08:00",
    author="Alana Whitford",
    template="courier",
    section="Business",
    title="Microsoft workers tell leadership: drop the Army headset deal",
    dek="A letter that started Friday morning had more than 100 signers by evening",
    byline="By <b>Alana Whitford</b> | Courier staff writer | Feb. 22, 2019",
    body="""<p>REDMOND &mdash; A group of Microsoft employees is demanding that the company abandon a $480 million contract to build augmented-reality headsets for the U.S. Army, arguing that the deal turns the maker of Windows and Office into a weapons supplier.</p>
<p>The workers posted their letter, addressed to chief executive Satya Nadella and president Brad Smith, on the company’s internal message boards early Friday. About 50 employees had signed it by mid-morning. By evening, organizers said, the number had grown to more than 100.</p>
<p>The contract, awarded in November, calls for Microsoft to adapt its HoloLens headset for the Army’s Integrated Visual Augmentation System, known as IVAS. Army documents describe the program as a way to make soldiers more lethal by helping them find and engage targets faster.</p>
<p>“None of us joined Microsoft to build tools for war,” the letter says, “and we expect a voice in decisions about where our work ends up.”</p>
<p>The signers want the company to cancel the IVAS work, stop developing any weapons technology, and appoint an independent ethics review board with the power to approve or reject contracts.</p>
<p>Microsoft declined to comment Friday. In October, Smith wrote in a company blog post that Microsoft would keep working with the U.S. military and that employees who objected to particular projects could ask to work on something else.</p>
<p>That post came days after an anonymous group of Microsoft employees published an open letter urging the company not to bid on JEDI, the Pentagon’s $10 billion cloud computing contract. Microsoft bid anyway.</p>
<p>The headset protest also recalls the uproar at Google last year, when thousands of employees signed a petition against the company’s role in Project Maven, a Pentagon effort to analyze drone video with artificial intelligence. Google let that contract lapse.</p>
<p>Microsoft has about 131,000 employees. The commercial HoloLens sells for $3,000; a second-generation model is expected to be shown at a trade show in Barcelona on Sunday.</p>""",
    tagline="Reach Alana Whitford at 360-555-0188 or awhitford@coastalcourier.example.",
    comments=[
        ("HoloLens_dev_2016", "Feb. 22, 2019 at 4:12 pm", "I’ve been at MSFT 11 years. 100 signatures out of 131,000 isn’t a movement, it’s a rounding error.", 31, 12),
        ("Peg R.", "Feb. 22, 2019 at 5:01 pm", "The Army contract is $480 million. That’s well under 1% of their revenue. They won’t walk away from it.", 7, 2),
        ("jkwan", "Feb. 22, 2019 at 9:47 pm", "Update for those following along: the internal count I saw at 9 pm was 213.", 22, 1),
        ("Redmond Ratepayer", "Feb. 23, 2019 at 7:30 am", "My son did 2 tours. Soldiers deserve the best equipment we can build.", 40, 9),
        ("throwaway_mil", "Feb. 23, 2019 at 10:18 am", "Amazon and Oracle are fighting over a $10 billion cloud deal with the Pentagon right now and nobody at those companies is writing letters.", 5, 6),
        ("Devon", "Feb. 23, 2019 at 11:55 am", "50 in the morning, 100 by dinner. We’ll see 1,000 by Monday.", 3, 3),
        ("Lakewood Lou", "Feb. 25, 2019 at 6:40 am", "Google caved after 4,000 people signed. Microsoft won’t.", 12, 2),
    ],
    top5=TOP5,
    feed=dict(feed="courier", summary="Microsoft employees ask the company to cancel a $480 million Army HoloLens contract."),
    relevant=True,
    mentions=[
        M("Microsoft", "US Army", "letter", 100, stale=[50], value=480000000),
        M("Microsoft", "Pentagon/JEDI", "letter", None, value=10000000000,
          note="background: October 2018 anonymous open letter on JEDI"),
        M("Google", "Pentagon/Maven", "petition", None, alts=["letter", "protest"],
          note="background: 'thousands of employees signed a petition'"),
    ],
))

# ------------------------------------------------------------------ A4
ARTICLES.append(dict(
    slug="riot-games-walkout-forced-arbitration",
    iso="2019-05-06T15:50:00-07:00",
    author="Devin Marsh",
    template="courier",
    section="Nation & World",
    title="150 Riot Games staffers walk out over forced arbitration",
    dek="Employees of the League of Legends studio want the company to stop keeping discrimination claims out of court",
    byline="By <b>Devin Marsh</b> | Special to the Courier | May 6, 2019",
    body="""<p>LOS ANGELES &mdash; Employees of Riot Games left their desks Monday afternoon and gathered outside the studio’s West Los Angeles campus, protesting the company’s refusal to end forced arbitration for workers already on its payroll.</p>
<p>The walkout was organized after Riot moved to push two current employees’ gender discrimination lawsuits into private arbitration. Organizers said they wanted every worker to have the right to take such claims to court.</p>
<p>Riot, the maker of League of Legends, said last week that it would let new hires opt out of arbitration for individual claims of sexual harassment and assault, and that it would consider extending the change to current staff once the pending cases were resolved. Organizers called that a half-measure.</p>
<p>Protesters held handwritten signs and took turns speaking through a borrowed megaphone. Several said it was the first protest of any kind they had joined.</p>
<p>The studio has been under scrutiny since a detailed report last summer described a workplace culture hostile to women. Riot has since hired a chief diversity officer and says it has overhauled its internal investigations.</p>
<p>Riot, owned by the Chinese internet company Tencent since 2015, employs about 2,500 people. League of Legends draws tens of millions of players a month.</p>""",
    tagline="Devin Marsh is a freelance writer in Los Angeles.",
    comments=[
        ("pentakill_pete", "May 6, 2019 at 6:20 pm", "I was there. Honestly it felt like closer to 200 people, the whole courtyard was packed.", 17, 2),
        ("Nora V.", "May 6, 2019 at 7:02 pm", "Only 150 out of 2,500? That’s 6%.", 4, 9),
        ("gamedev_anon", "May 6, 2019 at 8:45 pm", "Forced arbitration should be illegal. Google dropped it after 20,000 people walked out last year.", 21, 1),
        ("LAtransplant", "May 7, 2019 at 9:10 am", "2 lawsuits and they still won’t budge.", 6, 0),
        ("Ballard Dad", "May 7, 2019 at 12:31 pm", "Why is a video game company in the Courier?", 2, 14),
    ],
    top5=TOP5,
    feed=dict(feed="courier", summary="Riot Games employees walked out over forced arbitration.", redirect=True, nodate=True),
    relevant=True,
    mentions=[M("Riot Games", None, "walkout", 150, alts=["protest"],
                note="count appears only in the headline")],
))

# ------------------------------------------------------------------ A5
ARTICLES.append(dict(
    slug="dell-engineers-letter-border-patrol-servers",
    iso="2019-07-30T13:05:00-07:00",
    author="Alana Whitford",
    template="courier",
    section="Business",
    title="Dell engineers push back on server sale to Border Patrol",
    dek="Letter cites conditions in border detention facilities",
    byline="By <b>Alana Whitford</b> | Courier staff writer | July 30, 2019",
    body="""<p>A letter signed by roughly 400 engineers was delivered Tuesday to Dell Technologies’ leadership, asking the company to cancel a pending sale of servers and storage equipment to U.S. Customs and Border Protection.</p>
<p>The order, valued at $12.7 million, would supply hardware for a data center the agency uses to process people taken into custody along the southern border, according to the letter and two engineers who helped write it. Most of the signers work at Dell’s headquarters campus in Round Rock, Texas, or at its offices in Austin and Hopkinton, Mass.</p>
<p>“We build machines. We don’t get to pretend we don’t know what they’re for,” one of the organizers said in an interview.</p>
<p>The engineers point to a report this month from the Homeland Security Department’s inspector general describing dangerous overcrowding in Border Patrol holding cells in the Rio Grande Valley. They ask Dell to put the sale on hold until the agency meets basic standards of care, and to publish guidelines on which government customers it will serve.</p>
<p>In a statement, Dell said it sells to a wide range of public-sector customers, follows all applicable laws and respects team members’ right to voice their views.</p>
<p>Dell, which employs more than 150,000 people worldwide, is one of the largest suppliers of computer hardware to the federal government. Founder Michael Dell took the company private in 2013 and returned it to the public markets last year.</p>
<p>The letter follows similar campaigns elsewhere in the industry. Last summer, Salesforce employees urged chief executive Marc Benioff to reconsider the company’s work for CBP.</p>""",
    tagline="Reach Alana Whitford at 360-555-0188 or awhitford@coastalcourier.example.",
    comments=[
        ("RoundRockRetiree", "July 30, 2019 at 3:14 pm", "30 years at Dell. We sold to every agency in Washington and nobody blinked.", 9, 5),
        ("J. Park", "July 30, 2019 at 4:48 pm", "400 out of 150,000, lol.", 3, 8),
        ("texas_sysadmin", "July 30, 2019 at 6:02 pm", "Their hardware is in every federal building. You gonna protest the IRS too?", 7, 7),
        ("Marguerite L.", "July 31, 2019 at 8:20 am", "My daughter signed. 3 more people on her team did too.", 15, 0),
        ("OlympicView", "Aug. 2, 2019 at 10:11 am", "HP and Cisco sell the same boxes. Where are their letters?", 4, 2),
    ],
    top5=TOP5,
    feed=dict(feed="courier", summary="Roughly 400 Dell engineers signed a letter against a $12.7 million server sale to CBP."),
    relevant=True,
    mentions=[
        M("Dell", "CBP", "letter", 400, value=12700000),
        M("Salesforce", "CBP", "letter", None, alts=["petition", "other"],
          note="background: 'Salesforce employees urged ... Benioff to reconsider ... work for CBP'"),
    ],
))

# ------------------------------------------------------------------ C5
ARTICLES.append(dict(
    slug="civil-rights-groups-deliver-rekognition-petition",
    iso="2018-06-18T12:40:00-07:00",
    author="Kim Ortega",
    template="courier",
    section="Local News",
    title="Civil rights groups deliver 150,000 signatures to Amazon over facial recognition",
    dek="Petition asks the company to stop selling Rekognition to police",
    byline="By <b>Kim Ortega</b> | Courier staff writer | June 18, 2018",
    body="""<p>SEATTLE &mdash; A coalition of civil rights groups carried boxes of petitions to Amazon’s headquarters on Monday, delivering more than 150,000 signatures from members of the public who want the company to stop selling its Rekognition facial recognition service to police and other government agencies.</p>
<p>The American Civil Liberties Union of Washington, which led the effort, said the technology could let authorities track people at protests and in their neighborhoods. Last month nearly 70 advocacy organizations sent Amazon a letter making the same request.</p>
<p>Police in Orlando, Fla., and the sheriff’s office in Washington County, Ore., have used Rekognition. Orlando’s pilot program has since ended, though the city has said it may start another.</p>
<p>Amazon has said the service has many beneficial uses, such as finding missing children, and that customers must follow the law. A group of Amazon shareholders has also written to the company raising concerns about sales to government.</p>
<p>The petitions were collected online over several weeks. Organizers said they would keep pushing until the company changes course.</p>""",
    tagline="Reach Kim Ortega at 360-555-0131.",
    comments=[
        ("AmznEngineer_SEA", "June 18, 2018 at 2:15 pm", "I’m an engineer at Amazon and I signed this too. A lot of us are talking about writing our own letter.", 28, 3),
        ("Ballard Dad", "June 18, 2018 at 3:02 pm", "150,000 out of 7 billion people on earth, lol.", 2, 19),
        ("Marguerite L.", "June 18, 2018 at 5:40 pm", "Orlando police should never have had this. Good on the ACLU.", 13, 1),
        ("texas_sysadmin", "June 19, 2018 at 9:30 am", "Microsoft and Google sell the same stuff. 3 companies, same problem.", 5, 2),
    ],
    top5=TOP5,
    feed=dict(feed="courier", summary="The ACLU and other groups delivered more than 150,000 petition signatures to Amazon."),
    relevant=False, mentions=[],
))

# ------------------------------------------------------------------ C10
ARTICLES.append(dict(
    slug="uaw-strike-general-motors-begins",
    iso="2019-09-16T09:15:00-07:00",
    author="Devin Marsh",
    template="courier",
    section="Nation & World",
    title="Nearly 50,000 GM workers walk off the job as UAW strike begins",
    dek="First national strike against the automaker since 2007",
    byline="By <b>Devin Marsh</b> | Courier wire services | Sept. 16, 2019",
    body="""<p>DETROIT &mdash; Nearly 50,000 members of the United Auto Workers walked off the job at General Motors plants across the country early Monday, the union’s first national strike against the automaker in 12 years.</p>
<p>Workers set up picket lines at 33 manufacturing plants and 22 parts warehouses in nine states after talks on a new four-year contract broke down over the weekend. The union wants higher pay, a bigger share of profits, a path to permanent jobs for temporary workers and a commitment to keep plants open.</p>
<p>GM said it had offered more than $7 billion in new investment and 5,400 new jobs, along with pay raises and a signing bonus of $8,000 per worker.</p>
<p>The company earned about $8 billion last year. Analysts estimate a strike could cost it $50 million to $100 million a day in lost profits.</p>
<p>The last national strike against GM, in 2007, lasted two days.</p>""",
    tagline="Compiled from wire reports.",
    comments=[
        ("Lakewood Lou", "Sept. 16, 2019 at 11:20 am", "My dad was UAW for 31 years. Solidarity.", 22, 1),
        ("Sequim Sam", "Sept. 16, 2019 at 1:45 pm", "$8,000 bonus and they still strike? I’d take it.", 4, 17),
        ("RoundRockRetiree", "Sept. 17, 2019 at 7:05 am", "Temps doing the same job for less pay for 5 years. That’s the real issue.", 18, 2),
    ],
    top5=TOP5,
    feed=dict(feed="courier", summary="UAW members at General Motors walk off the job."),
    relevant=False, mentions=[],
))
