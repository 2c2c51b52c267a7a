"""The Stack (email-newsletter web archive) issues.  The only date is
<meta name="date">."""
from common import M

ARTICLES = []

SPONSOR_FERRULE = """<p><b>Ferrule</b> watches your services so you can sleep. Uptime checks from 30 regions, on-call rotations, status pages. Trusted by 10,000 engineering teams. <a href="/sponsor/ferrule">Try it free for 30 days →</a></p>"""

# ------------------------------------------------------------------ A17
ARTICLES.append(dict(
    slug="the-stack-147-palantir-letter",
    template="stack",
    title="The Stack #147: A quiet letter at Palantir",
    headline="A quiet letter at Palantir",
    dek="Dissent at the Valley's most secretive company, a giant loss at Uber, and weekend reading.",
    issue=147,
    author="Theo Marchetti",
    iso="2019-08-23T07:00:00-07:00",
    items=[
        ("intro", "<p>Hello from a very hot Friday. This week: dissent at the most secretive company in the Valley, a giant loss at Uber, and some reading for the weekend.</p>"),
        ("item", """<h2>A quiet letter at Palantir</h2>
<p>Around a dozen Palantir employees signed an internal letter this summer asking chief executive Alex Karp to reconsider the company’s work for U.S. Immigration and Customs Enforcement, according to two people who have seen it.</p>
<p>The letter is narrowly aimed. It asks Palantir to stop supporting the Investigative Case Management system, the software ICE’s Homeland Security Investigations unit uses to build cases, including against people it wants to deport. Palantir renewed that contract this month for $49.9 million, according to federal procurement records.</p>
<p>A dozen names is not many at a company of roughly 2,500 people. But Palantir has no tradition of internal protest, and several of the signers are senior engineers. Karp has said publicly that he weighed employees’ concerns and decided to keep the work, arguing that it is not a software company’s job to set immigration policy.</p>
<p>Palantir, founded in 2003 with early money from the CIA’s venture arm, has also drawn protests from outside activists at its Palo Alto offices all summer.</p>"""),
        ("sponsor", SPONSOR_FERRULE),
        ("item", """<h2>Uber’s $5.2 billion quarter</h2>
<p>Uber reported a second-quarter loss of $5.2 billion, most of it stock-based compensation paid out after its IPO. Revenue grew 14 percent to $3.2 billion. The stock fell about 10 percent after hours.</p>"""),
        ("item", """<h2>Weekend reading</h2>
<ul><li><a href="/r/1">The 14 people who keep npm running</a></li>
<li><a href="/r/2">Why Dell’s $24 billion debt pile still matters</a></li>
<li><a href="/r/3">GitHub staff and the $200,000 question</a></li>
<li><a href="/r/4">A 1,100-word history of the walkout</a></li></ul>"""),
    ],
    feed=dict(feed="stack", summary="Around a dozen Palantir employees signed a letter about the company's ICE work.", nodate=True),
    relevant=True,
    mentions=[M("Palantir", "ICE", "letter", 12, value=49900000)],
))

# ------------------------------------------------------------------ A18
ARTICLES.append(dict(
    slug="the-stack-341-asana-ai-petition",
    template="stack",
    title="The Stack #341: Asana’s AI opt-in fight",
    headline="Asana’s AI opt-in fight",
    dek="Asana staff push back on training AI with customer data; numbers of the week.",
    issue=341,
    author="Theo Marchetti",
    iso="2023-08-15T06:30:00-07:00",
    items=[
        ("intro", "<p>Hi all. Short issue this week; I’m writing from a ferry.</p>"),
        ("item", """<h2>Asana staff push back on training AI with customer tasks</h2>
<p>Three hundred Asana employees have signed a petition asking the work-management company to drop plans to train its new AI features on customers’ task data unless those customers explicitly opt in, according to a copy shared with The Stack.</p>
<p>That is roughly one in six of the company’s 1,800 staff — a striking share at a company whose co-founder, Dustin Moskovitz, has long encouraged employees to argue about strategy in the open. The petition also calls for an internal AI ethics review board with seats for rank-and-file engineers and support staff.</p>
<p>Asana did not answer my questions by the time this went out.</p>
<p>The timing is awkward. Last week Zoom had to rewrite its terms of service after customers spotted language that seemed to let it train AI on their calls. That backlash came from users, not employees. Asana’s is coming from inside the building.</p>"""),
        ("sponsor", SPONSOR_FERRULE),
        ("item", """<h2>Numbers of the week</h2>
<ul><li><b>12,000</b> — jobs Alphabet cut in January</li>
<li><b>$1.2 million</b> — what one startup paid for a two-letter domain</li>
<li><b>46%</b> — developers in a survey of 2,000 who say they use AI coding tools every day</li></ul>"""),
        ("item", """<h2>Job board</h2>
<p>Quillby is hiring 3 backend engineers (remote, US). A climate-data nonprofit needs a part-time designer. Reply to this email to list a job for free.</p>"""),
    ],
    feed=dict(feed="stack", summary="Three hundred Asana employees have signed a petition about training AI on customer data."),
    relevant=True,
    mentions=[M("Asana", None, "petition", 300)],
))

# ------------------------------------------------------------------ A19
ARTICLES.append(dict(
    slug="the-stack-160-four-fights",
    template="stack",
    title="The Stack #160: Four fights worth watching",
    headline="Four fights worth watching",
    dek="Deloitte and ICE, a startup and the LAPD, a union vote, and a privacy pledge.",
    issue=160,
    author="Theo Marchetti",
    iso="2019-11-15T07:00:00-08:00",
    items=[
        ("intro", "<p>Four stories this week. Two are about workers telling their bosses no. Two look similar but are not.</p>"),
        ("item", """<h2>1. Deloitte consultants take on ICE</h2>
<p>Roughly 700 Deloitte employees have signed an internal letter asking the firm’s U.S. leadership to stop bidding for and renewing work with Immigration and Customs Enforcement. Deloitte’s largest current ICE engagement is a $106 million contract for information technology support, according to federal spending data. The firm told me it does not comment on client work.</p>"""),
        ("item", """<h2>2. Two dozen engineers vs. the LAPD</h2>
<p>At Quillby, a 90-person startup that makes automatic transcription software, two dozen engineers sent the founders a letter objecting to a planned pilot with the Los Angeles Police Department. The $350,000 pilot would transcribe body-camera audio and flag keywords for detectives. The engineers want it cancelled and want a written policy on police customers. A co-founder told me the pilot is “paused while we talk.”</p>"""),
        ("sponsor", SPONSOR_FERRULE),
        ("item", """<h2>3. Not the same thing: a union vote in Pittsburgh</h2>
<p>About 80 contract workers who staff Google’s Pittsburgh office through the outsourcing firm HCL voted in September to join the United Steelworkers, and bargaining started this month. This is a union drive about pay and job security, not a protest about what Google sells, which is why it sits in its own section.</p>"""),
        ("item", """<h2>4. Also not a protest: Microsoft and California’s privacy law</h2>
<p>Microsoft said it will extend the rights in California’s new privacy law to all of its customers in the United States. Nobody forced it to; the announcement came from the company’s privacy chief in a blog post.</p>"""),
    ],
    feed=dict(feed="stack", summary="Deloitte consultants, Quillby engineers, a union vote and a privacy pledge."),
    relevant=True,
    mentions=[
        M("Deloitte", "ICE", "letter", 700, value=106000000),
        M("Quillby", "Police/LAPD", "letter", 24, value=350000),
    ],
))

# ------------------------------------------------------------------ C4
ARTICLES.append(dict(
    slug="the-stack-221-bezos-last-shareholder-letter",
    template="stack",
    title="The Stack #221: Bezos’s last letter",
    headline="Bezos’s last letter",
    dek="The outgoing Amazon CEO promises to be 'Earth's best employer' a week after Bessemer.",
    issue=221,
    author="Theo Marchetti",
    iso="2021-04-15T14:00:00-07:00",
    items=[
        ("intro", "<p>One big item this week, and it is a letter — though not the kind this newsletter usually writes about.</p>"),
        ("item", """<h2>Bezos’s last letter to shareholders</h2>
<p>Jeff Bezos published his final annual letter to Amazon shareholders as chief executive on Thursday, and used it to promise that the company would become “Earth’s Best Employer and Earth’s Safest Place to Work.”</p>
<p>The letter arrived a week after workers at Amazon’s warehouse in Bessemer, Alabama, rejected a union by 1,798 votes to 738. Bezos wrote that he took no comfort from the result and that the company needed a better vision for its employees’ success. He also defended the company’s pay, noting that it employs 1.3 million people and pays at least $15 an hour.</p>
<p>Much of the letter is about value creation: Bezos estimates that Amazon created $301 billion for shareholders last year and paid employees $91 billion. He hands over to Andy Jassy in the third quarter.</p>"""),
        ("sponsor", SPONSOR_FERRULE),
        ("item", """<h2>In brief</h2>
<ul><li>Coinbase went public at a valuation of roughly $86 billion.</li>
<li>Apple will hold its spring event on April 20.</li>
<li>Microsoft agreed to buy Nuance for $16 billion.</li></ul>"""),
    ],
    feed=dict(feed="stack", summary="Jeff Bezos's final shareholder letter as CEO."),
    relevant=False, mentions=[],
))
