"""Wirecast Live (live blog template) articles.  Updates are newest first."""
from common import M

LATEST = ["Uber drivers strike in 8 cities ahead of IPO",
          "Salesforce workers' CBP letter tops 650 signatures",
          "Microsoft to add 2,000 jobs in Atlanta",
          "Tesla recalls 3,878 Cybertrucks over pedal flaw",
          "Zoom shares jump 40% on first day of trading"]

ARTICLES = []

# ------------------------------------------------------------------ A6
ARTICLES.append(dict(
    slug="live-google-walkout-harassment",
    template="liveblog",
    title="Live: Google employees walk out around the world over handling of harassment",
    dek="Staff from Singapore to Mountain View leave their desks at 11:10 a.m. local time",
    author="Wirecast staff",
    iso="2018-11-01T09:00:00-04:00",
    keypoints=[
        "Organizers say about 20,000 Google employees and contractors joined the walkout.",
        "Protests took place at offices in dozens of cities, starting in Asia.",
        "The walkout followed a report that Google paid Android creator Andy Rubin $90 million on his way out despite finding a misconduct claim against him credible.",
        "Demands include an end to forced arbitration and a worker representative on the board.",
    ],
    updates=[
        ("2018-11-01T18:40:00-04:00", "Final tally: about 20,000", "Wirecast staff",
         "<p>Walkout organizers now say roughly 20,000 employees and contractors took part across some 50 cities, which would make it one of the largest worker protests the technology industry has seen. Google has not disputed the figure.</p>"),
        ("2018-11-01T16:15:00-04:00", "Running count passes 17,000", "Wirecast staff",
         "<p>A spokesperson for the organizers told us their count had passed 17,000, with several West Coast offices still reporting.</p>"),
        ("2018-11-01T14:25:00-04:00", "Mountain View fills up", "Dana Whitfield, in Mountain View",
         "<p>Crowds poured into the courtyards around the company’s main campus as the clock reached 11:10 a.m. Pacific. Many carried signs; one read, simply, “Time’s up, tech.” Organizers read out their demands through a portable speaker.</p>"),
        ("2018-11-01T12:30:00-04:00", "Pichai: employees raised ‘constructive ideas’", "Wirecast staff",
         "<p>Chief executive Sundar Pichai, speaking at a business conference in New York, said he supported employees’ right to protest and that they had raised constructive ideas the company would act on. Last week he told staff that Google had fired 48 people for sexual harassment over the past two years, 13 of them senior managers.</p>"),
        ("2018-11-01T11:20:00-04:00", "New York: a park full of Googlers", "Priya Anand, in New York",
         "<p>In Manhattan, employees from the Chelsea office packed a small park nearby. One organizer put the crowd at more than 3,000; we could not independently confirm that number.</p>"),
        ("2018-11-01T09:00:00-04:00", "Asia and Europe go first", "Wirecast staff",
         "<p>The first walkouts began in Singapore and Tokyo at 11:10 a.m. local time, followed by Dublin, London and Zurich. Photos shared online showed several hundred people outside the Dublin office.</p>\n<p>The protest was called after The New York Times reported last week that Google gave Andy Rubin, who created Android, a $90 million exit package in 2014 even though an internal investigation had found a sexual misconduct claim against him credible. Rubin has denied the allegations.</p>"),
    ],
    latest=LATEST,
    video="Google walkout: scenes from five cities",
    feed=dict(feed="wirecast", summary="Live coverage of the worldwide Google walkout."),
    relevant=True,
    mentions=[M("Google", None, "walkout", 20000, stale=[17000], alts=["protest"],
                note="3,000 is one city's crowd, not the company total")],
))

# ------------------------------------------------------------------ A7
ARTICLES.append(dict(
    slug="live-wayfair-walkout-boston",
    template="liveblog",
    title="Live updates: Wayfair employees walk out over beds for migrant camp",
    dek="Staff at the online retailer’s Boston headquarters protest a furniture order for a Texas facility",
    author="Wirecast Boston bureau",
    iso="2019-06-26T09:15:00-04:00",
    keypoints=[
        "Wayfair employees left the company’s Boston offices at 1 p.m. to protest a $200,000 furniture order for a migrant camp in Texas.",
        "The order came from BCFS, a nonprofit contractor that runs shelters for migrant children for the federal government.",
        "Wayfair says it will fill the order, and has announced a $100,000 donation to the American Red Cross.",
    ],
    updates=[
        ("2019-06-26T15:05:00-04:00", "Organizers: more than 500 walked out", "Wirecast Boston bureau",
         "<p>The walkout’s organizers now estimate that more than 500 employees took part. Wayfair did not provide a figure of its own. Several speakers said they would keep pushing the company to adopt a code of ethics for its business-to-business sales.</p>"),
        ("2019-06-26T13:40:00-04:00", "Copley Square crowd grows", "Lena Ferris, in Copley Square",
         "<p>Our reporter on the scene estimates the crowd at roughly 300 people and growing. Protesters are chanting for the company to stop profiting from detention, and passers-by have stopped to film.</p>"),
        ("2019-06-26T13:00:00-04:00", "They’re out", "Lena Ferris, in Copley Square",
         "<p>Right on schedule, a steady stream of employees is leaving the company’s offices in Copley Place and gathering in the square across the street, some with handmade signs.</p>"),
        ("2019-06-26T11:30:00-04:00", "How we got here", "Wirecast Boston bureau",
         "<p>Last week, 547 Wayfair employees signed a letter to the company’s leadership asking it to stop selling to BCFS and to any other contractor that runs detention facilities at the border, and to donate the profit from the order to RAICES, a Texas nonprofit that provides legal help to immigrants.</p>\n<p>Executives replied that Wayfair has a duty to fill orders from all of its customers and that doing business with someone is not an endorsement.</p>\n<p>The order in question, worth roughly $200,000, was for beds and other bedroom furniture for a camp in Carrizo Springs, Texas, that BCFS operates for unaccompanied migrant children under a contract with the Department of Health and Human Services’ Office of Refugee Resettlement.</p>"),
        ("2019-06-26T09:15:00-04:00", "Good morning", "Wirecast Boston bureau",
         "<p>We’re following a planned walkout at Wayfair, the Boston-based online furniture retailer, which employs about 12,000 people. Organizers have asked colleagues to leave their desks at 1 p.m. The company was founded in 2002 by two Cornell classmates.</p>"),
    ],
    latest=LATEST,
    video="Wayfair walkout: why staff left their desks",
    feed=dict(feed="wirecast", summary="Wayfair staff walk out over a $200,000 furniture order for a migrant camp.", redirect=True),
    relevant=True,
    mentions=[
        M("Wayfair", "HHS", "letter", 547, value=200000),
        M("Wayfair", "HHS", "walkout", 500, stale=[300], value=200000, alts=["protest"]),
    ],
))

# ------------------------------------------------------------------ A8
ARTICLES.append(dict(
    slug="live-microsoft-50th-anniversary",
    template="liveblog",
    title="Live: Microsoft marks 50 years with Copilot news — and protests from its own staff",
    dek="The company’s anniversary event in Redmond is interrupted over its work for the Israeli military",
    author="Wirecast tech desk",
    iso="2025-04-04T09:30:00-07:00",
    keypoints=[
        "Microsoft unveiled new Copilot features at a 50th-anniversary event at its Redmond headquarters.",
        "The program was interrupted twice by employees protesting Microsoft’s cloud and AI work for the Israeli military.",
        "Bill Gates, Steve Ballmer and Satya Nadella appeared on stage together.",
    ],
    updates=[
        ("2025-04-04T14:50:00-07:00", "Wrapping up", "Wirecast tech desk",
         "<p>That’s the end of the keynote program. Microsoft says more than 100,000 organizations have now built their own Copilot agents, and it showed off a memory feature and a tool that can act inside a web browser for the user.</p>"),
        ("2025-04-04T13:20:00-07:00", "A second interruption, during the founders’ panel", "Wirecast tech desk",
         "<p>Another employee stood up in the audience as Nadella sat on stage with co-founder Bill Gates and former chief executive Steve Ballmer, shouting that Microsoft’s technology was being used to kill people in Gaza. Security staff led her out within seconds, and the conversation carried on.</p>"),
        ("2025-04-04T11:05:00-07:00", "Protester interrupts Suleyman", "Wirecast tech desk",
         "<p>Mustafa Suleyman, chief executive of Microsoft AI, was a few minutes into his presentation when a software engineer in the audience stood up and accused him of profiting from war, pointing to reports that the Israeli military uses Microsoft’s Azure cloud and AI models. Suleyman paused, said he heard her, and continued after she was escorted out.</p>\n<p>The engineer belongs to No Azure for Apartheid, a group of current and former Microsoft employees. The group says a petition calling on the company to end its contracts with the Israeli government has collected about 1,500 signatures from Microsoft workers.</p>"),
        ("2025-04-04T10:00:00-07:00", "Nadella looks back", "Wirecast tech desk",
         "<p>Nadella opened with the company’s founding in Albuquerque in 1975 by Gates and the late Paul Allen. He joined in 1992 and has run the company since 2014. “I have been here for 33 of the 50 years,” he joked.</p>"),
        ("2025-04-04T09:30:00-07:00", "Good morning from Redmond", "Wirecast tech desk",
         "<p>Microsoft turns 50 today, and we’ll be following the celebration on its campus as it happens.</p>\n<p>The company’s contracts with Israel have come up at official events before. In February, five employees were removed from a town hall meeting with Nadella after standing up in T-shirts that together asked whether Microsoft’s code was powering the war in Gaza. Last October, Microsoft fired two employees who had organized an unauthorized vigil at its headquarters for Palestinians killed in Gaza.</p>"),
    ],
    latest=["Amazon's satellite internet beta opens in 5 countries",
            "Tesla recalls 46,000 Cybertrucks over loose panel",
            "Apple to spend $500 billion in the U.S. over four years",
            "Google fires 28 after office sit-ins",
            "Intel names new chief executive after 4-month search"],
    video="Microsoft at 50: the highlights",
    feed=dict(feed="wirecast", summary="Live: Microsoft's 50th-anniversary event, and two employee protests."),
    relevant=True,
    mentions=[
        M("Microsoft", "Israel", "protest", None, alts=["other"],
          note="two separate interruptions at the anniversary event; no participant count given as a number"),
        M("Microsoft", "Israel", "petition", 1500),
        M("Microsoft", "Israel", "protest", 5, alts=["other"], note="February town hall: five employees"),
        M("Microsoft", "Israel", "protest", None, alts=["other", "sit-in"], optional=True,
          note="October vigil; two organizers fired (2 is not the turnout)"),
    ],
))

# ------------------------------------------------------------------ C7
ARTICLES.append(dict(
    slug="live-mariners-astros-walk-off",
    template="liveblog",
    title="Live: Mariners walk off Astros in the 10th after manager ejected for protesting strike call",
    dek="Seattle takes the series at T-Mobile Park in front of 45,212",
    author="Wirecast sports",
    iso="2023-08-12T12:45:00-07:00",
    keypoints=[
        "Seattle won 5-4 in 10 innings on a walk-off single.",
        "The Mariners’ manager was ejected in the 6th for arguing a called strike three.",
        "Attendance was 45,212, a sellout.",
    ],
    updates=[
        ("2023-08-12T16:20:00-07:00", "WALK-OFF! Mariners win 5-4", "Wirecast sports",
         "<p>A one-out single to right in the bottom of the 10th scores the automatic runner, and the Mariners pour out of the dugout. Seattle has now won 8 of its last 9 and moves within 2 games of first place.</p>"),
        ("2023-08-12T15:05:00-07:00", "Tied again in the 8th", "Wirecast sports",
         "<p>Houston ties it 4-4 on a two-run homer to left-center, 412 feet by Statcast. The Astros’ starter struck out 11 in six innings.</p>"),
        ("2023-08-12T14:10:00-07:00", "Manager tossed", "Wirecast sports",
         "<p>The Mariners’ manager is ejected after coming out to protest a called strike three that looked a couple of inches outside. He got his money’s worth before leaving. It is his 4th ejection of the season.</p>"),
        ("2023-08-12T13:10:00-07:00", "First pitch", "Wirecast sports",
         "<p>We’re under way on a sunny afternoon. The roof is open and the temperature at first pitch is 77 degrees.</p>"),
        ("2023-08-12T12:45:00-07:00", "Lineups", "Wirecast sports",
         "<p>Both teams go with their usual lineups. Seattle is 64-53; Houston is 67-51.</p>"),
    ],
    latest=["Seahawks sign 3 to practice squad",
            "Sounders fall 2-1 in Portland",
            "Storm guard scores 30 in win",
            "Kraken add $4.5 million defenseman",
            "Huskies open camp with 105 players"],
    video="Walk-off: the final play from every angle",
    feed=dict(feed="wirecast", summary="Seattle beats Houston 5-4 in 10 innings."),
    relevant=False, mentions=[],
))

# ------------------------------------------------------------------ C11
ARTICLES.append(dict(
    slug="live-amazon-shakopee-prime-day-strike",
    template="liveblog",
    title="Live: Amazon warehouse workers in Minnesota strike as Prime Day begins",
    dek="Workers at the Shakopee fulfillment center want lower quotas and more permanent jobs",
    author="Wirecast Midwest",
    iso="2019-07-15T08:00:00-05:00",
    keypoints=[
        "Dozens of workers at Amazon’s Shakopee, Minn., fulfillment center stopped work for six hours on the first day of Prime Day.",
        "They want the company to ease productivity quotas and convert more temporary workers to permanent jobs.",
        "Amazon says it already pays at least $15 an hour and offers good benefits.",
    ],
    updates=[
        ("2019-07-15T16:30:00-05:00", "Strike ends", "Wirecast Midwest",
         "<p>The six-hour stoppage has ended and workers are returning to the building for the evening shift. Organizers from the Awood Center, a community group that works with East African workers, said they would keep pressing on quotas.</p>"),
        ("2019-07-15T13:45:00-05:00", "Amazon responds", "Wirecast Midwest",
         "<p>Amazon said in a statement that it offers compensation of at least $15 an hour, full benefits and career training, and that the people organizing the event were not representative of its workforce. About 1,500 people work at the facility.</p>"),
        ("2019-07-15T11:00:00-05:00", "Picket line forms", "Wirecast Midwest",
         "<p>Dozens of workers and supporters are gathered at the entrance, many holding signs about the pace of work. Prime Day runs for 48 hours this year, the longest ever.</p>"),
        ("2019-07-15T08:00:00-05:00", "What to expect today", "Wirecast Midwest",
         "<p>Workers at Amazon’s fulfillment center in Shakopee, a suburb of Minneapolis, plan to stop work for six hours starting this afternoon. Similar protests have been held at the site twice since December.</p>"),
    ],
    latest=["Target posts 3.4% sales gain", "Best Buy to hire 1,000 for holidays",
            "Google walkout organizer says she faced retaliation",
            "Minnesota's 2019 corn crop down 8%", "Twins win 11-2"],
    video="Prime Day: what 48 hours looks like inside a warehouse",
    feed=dict(feed="wirecast", summary="Shakopee warehouse workers stage a six-hour strike on Prime Day."),
    relevant=False, mentions=[],
))
