"""Wirecast PR Newswire (press-release template) pages."""
from common import M

MORE = [("Cloud Workers for Justice statement on Amazon warehouse vote", "09 Apr, 2021, 10:00 ET"),
        ("Palantir awarded $480 million Army contract for Maven Smart System", "30 May, 2024, 16:05 ET"),
        ("Tech Workers Fund pledges $1 million for organizer legal defense", "02 Feb, 2021, 09:00 ET"),
        ("Zoom to host 2,500-person developer summit in San Jose", "11 Mar, 2021, 12:00 ET"),
        ("Deloitte survey: 62% of executives plan hybrid work", "15 Mar, 2021, 08:30 ET")]

ARTICLES = []

# ------------------------------------------------------------------ A20
ARTICLES.append(dict(
    slug="oracle-employees-petition-dhs-biometric-database",
    template="wire",
    title="Oracle Employees Deliver Petition Opposing Work on DHS Biometric Database",
    dek="Signers ask the company to leave the project and publish criteria for government customers",
    org="Cloud Workers for Justice",
    author="Cloud Workers for Justice",
    iso="2021-03-16T08:00:00-04:00",
    body="""<p>REDWOOD SHORES, Calif., March 16, 2021 /Wirecast PR/ -- Nearly two thousand Oracle employees have signed a petition asking the company to withdraw from work on a Department of Homeland Security database that will hold fingerprints, face images and other biometric records on hundreds of millions of people, Cloud Workers for Justice, an employee organization, said today.</p>
<p>The petition was delivered this morning to chief executive Safra Catz and chairman Larry Ellison. It asks Oracle to end its role as a subcontractor on the database project, which the group says is worth about $37 million to the company, and to publish the criteria it uses to decide which government agencies it will sell to.</p>
<p>"Our code shouldn't become the backbone of a surveillance system nobody voted for," said a database engineer in Oracle's Austin office who is a member of the group. "Two thousand of us are saying so, and the number is still going up."</p>
<p>The DHS system is meant to replace an older biometric platform used by several of the department's components, including immigration and border agencies. Civil liberties groups have warned that it will make it easier to track people without their knowledge.</p>
<p>Signers work in Oracle's cloud infrastructure, database and applications divisions in more than 20 countries. The group said it had asked for a meeting with senior leadership within 30 days.</p>
<p><b>About Cloud Workers for Justice</b></p>
<p>Cloud Workers for Justice is a network of technology workers founded in 2020. It has members at 14 companies and more than 3,000 supporters.</p>""",
    contact="<p>Jordan Reyes<br>press@cloudworkers.example<br>+1 (650) 555-0142</p>",
    more=MORE,
    feed=dict(feed="wirecast", summary="Nearly two thousand Oracle employees have signed a petition against work on a DHS biometric database."),
    relevant=True,
    mentions=[M("Oracle", "DHS", "petition", 2000, value=37000000)],
))

# ------------------------------------------------------------------ C1
ARTICLES.append(dict(
    slug="palantir-awarded-army-maven-smart-system-contract",
    template="wire",
    title="Palantir Awarded $480 Million U.S. Army Contract to Expand Maven Smart System",
    dek="Five-year award extends AI-enabled targeting and data tools to more combatant commands",
    org="Palantir Technologies Inc.",
    author="Palantir Technologies Inc.",
    iso="2024-05-30T16:05:00-04:00",
    body="""<p>DENVER, May 30, 2024 /Wirecast PR/ -- Palantir Technologies Inc. (NYSE: PLTR) today announced that the U.S. Army has awarded the company a firm-fixed-price contract with a ceiling of $480 million to expand access to the Maven Smart System across the Department of Defense.</p>
<p>Maven Smart System, which grew out of the Pentagon's Project Maven, brings together data from satellites, sensors and other sources so that military users can identify points of interest and coordinate operations. Work under the contract is expected to run through May 2029.</p>
<p>"This award lets thousands more users across the combatant commands work from the same picture," a company spokesperson said.</p>
<p>The contract follows earlier Maven awards to Palantir and is one of several large Army software deals the company has won in the past two years.</p>
<p><b>About Palantir Technologies Inc.</b></p>
<p>Founded in 2003, Palantir builds software platforms used by government agencies and companies to integrate and analyze data. The company has more than 3,700 employees.</p>
<p><b>Forward-looking statements</b></p>
<p>This release contains forward-looking statements about the contract's expected scope and duration. Actual results may differ materially because of risks described in the company's filings with the Securities and Exchange Commission.</p>""",
    contact="<p>Media relations<br>media@palantir.example<br>+1 (720) 555-0190</p>",
    more=MORE,
    feed=dict(feed="wirecast", summary="The U.S. Army awarded Palantir a contract with a $480 million ceiling."),
    relevant=False, mentions=[],
))

# ------------------------------------------------------------------ C9
ARTICLES.append(dict(
    slug="microsoft-introduces-hololens-2",
    template="wire",
    title="Microsoft Introduces HoloLens 2 for Frontline Workers",
    dek="New headset priced at $3,500; Azure Kinect developer kit available for $399",
    org="Microsoft Corp.",
    author="Microsoft Corp.",
    iso="2019-02-24T12:00:00-05:00",
    body="""<p>BARCELONA, Spain, Feb. 24, 2019 /Wirecast PR/ -- Microsoft Corp. today introduced HoloLens 2, the second generation of its mixed reality headset, designed for workers in manufacturing, construction, health care and other industries who use their hands on the job.</p>
<p>HoloLens 2 more than doubles the field of view of the original device, tracks both hands and the wearer's eyes, and is lighter and more comfortable to wear for long periods. It will be available later this year at a price of $3,500, and bundled with Dynamics 365 Remote Assist for $125 per user per month.</p>
<p>Microsoft also announced Azure Kinect DK, a $399 developer kit with advanced depth and vision sensors, and new Dynamics 365 Guides software that helps employees learn tasks with step-by-step holographic instructions.</p>
<p>"Customers told us what they needed, and we built it," a company spokesperson said.</p>
<p><b>About Microsoft</b></p>
<p>Microsoft (Nasdaq: MSFT), founded in 1975, makes software, devices and cloud services for people and organizations. It employs about 131,000 people worldwide.</p>""",
    contact="<p>Microsoft Media Relations<br>rrt@microsoft.example<br>+1 (425) 555-0177</p>",
    more=[("Microsoft announces quarterly dividend of $0.46", "19 Mar, 2019, 16:00 ET"),
          ("Wayfair to open first store in Natick", "14 Feb, 2019, 09:00 ET"),
          ("Zoom files for IPO on Nasdaq", "22 Mar, 2019, 17:30 ET"),
          ("Dell Technologies reports revenue of $23.9 billion", "28 Feb, 2019, 16:10 ET")],
    feed=dict(feed="wirecast", summary="HoloLens 2 will cost $3,500."),
    relevant=False, mentions=[],
))
