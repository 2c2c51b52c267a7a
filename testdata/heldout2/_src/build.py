#!/usr/bin/env python3
"""Build testdata/heldout2 from the article definitions."""
import json
import os
import re
import sys
import html as htmlmod
from datetime import datetime, timezone
from email.utils import format_datetime

import templates
from aliases import COMPANIES, AGENCIES, AGENCY_NAME
import articles_mag, articles_live, articles_amp, articles_courier, articles_stack, articles_wire

OUT = sys.argv[1]
ARTS = (articles_mag.ARTICLES + articles_live.ARTICLES + articles_amp.ARTICLES
        + articles_courier.ARTICLES + articles_stack.ARTICLES + articles_wire.ARTICLES)


def text_of(a):
    parts = []
    for k in ("body",):
        if k in a:
            parts.append(a[k])
    for u in a.get("updates", []):
        parts.append(u[3])
    for kind, c in a.get("items", []):
        if kind != "sponsor":
            parts.append(c)
    t = re.sub(r"<[^>]+>", " ", " ".join(parts))
    t = htmlmod.unescape(t)
    return t


def words(a):
    return len(text_of(a).split())


def path_of(a):
    return "/articles/%s.html" % a["slug"]


# ---------------------------------------------------------------- pages
os.makedirs(os.path.join(OUT, "articles"), exist_ok=True)
os.makedirs(os.path.join(OUT, "feeds"), exist_ok=True)
slugs = set()
for a in ARTS:
    assert a["slug"] not in slugs, a["slug"]
    slugs.add(a["slug"])
    a["_words"] = words(a)
    page = templates.RENDER[a["template"]](a)
    with open(os.path.join(OUT, "articles", a["slug"] + ".html"), "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- feeds
def rfc822(iso):
    return format_datetime(datetime.fromisoformat(iso))


def x(s):
    return htmlmod.escape(s, quote=False)


def link_for(a, feedinfo):
    base = "{{BASE}}"
    p = path_of(a)
    if feedinfo.get("redirect"):
        p = "/redirect" + p
    return base + p + feedinfo.get("query", "")


def by_feed(name):
    out = []
    for a in ARTS:
        fi = a["feed"]
        if fi["feed"] == name:
            out.append((a, fi))
        also = fi.get("also")
        if also and also["feed"] == name:
            merged = {k: v for k, v in fi.items() if k not in ("also", "redirect", "query", "feed")}
            merged.update(also)
            out.append((a, merged))
    out.sort(key=lambda t: datetime.fromisoformat(t[0]["iso"]), reverse=True)
    return out


def rss(name, title, desc, home, extras, content_encoded=False):
    items = []
    for a, fi in by_feed(name):
        link = link_for(a, fi)
        parts = ["<item>", "<title>%s</title>" % x(a["title"]), "<link>%s</link>" % link]
        if fi.get("guid_plain"):
            parts.append('<guid isPermaLink="false">%s</guid>' % fi["guid_plain"])
        else:
            parts.append('<guid isPermaLink="false">%s-%s</guid>' % (name, a["slug"]))
        if not fi.get("nodate"):
            parts.append("<pubDate>%s</pubDate>" % rfc822(a["iso"]))
        parts.append("<dc:creator>%s</dc:creator>" % x(a["author"]))
        parts.append("<description>%s</description>" % x(fi["summary"]))
        if content_encoded:
            parts.append("<content:encoded><![CDATA[<p>%s</p>]]></content:encoded>" % fi["summary"])
        parts.append("</item>")
        items.append("\n".join(parts))
    items += extras
    return """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>%s</title>
<link>{{BASE}}%s</link>
<atom:link href="{{BASE}}/feeds/%s.xml" rel="self" type="application/rss+xml"/>
<description>%s</description>
<language>en-us</language>
<lastBuildDate>Mon, 03 Mar 2025 08:30:00 GMT</lastBuildDate>
<ttl>60</ttl>
%s
</channel>
</rss>
""" % (x(title), home, name, x(desc), "\n".join(items))


def atom(name, title, subtitle, extras):
    entries = []
    for a, fi in by_feed(name):
        link = link_for(a, fi)
        d = datetime.fromisoformat(a["iso"]).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        e = ["<entry>", '<title type="html">%s</title>' % x(a["title"]),
             '<link rel="alternate" type="text/html" href="%s"/>' % link,
             "<id>tag:%s.example,2025:%s</id>" % (name, a["slug"])]
        if not fi.get("nodate"):
            e.append("<published>%s</published>" % a["iso"])
        e.append("<updated>%s</updated>" % d)
        e.append("<author><name>%s</name></author>" % x(a["author"]))
        e.append('<summary type="text">%s</summary>' % x(fi["summary"]))
        e.append("</entry>")
        entries.append("\n".join(e))
    entries += extras
    return """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>%s</title>
<subtitle>%s</subtitle>
<link rel="self" type="application/atom+xml" href="{{BASE}}/feeds/%s.xml"/>
<link rel="alternate" type="text/html" href="{{BASE}}/"/>
<id>tag:%s.example,2025:feed</id>
<updated>2025-03-03T08:30:00Z</updated>
%s
</feed>
""" % (x(title), x(subtitle), name, name, "\n".join(entries))


def jsonfeed(name, title, extras):
    items = []
    for a, fi in by_feed(name):
        it = {"id": "%s-%s" % (name, a["slug"]), "url": link_for(a, fi), "title": a["title"],
              "summary": fi["summary"], "content_text": fi["summary"],
              "authors": [{"name": a["author"]}]}
        if not fi.get("nodate"):
            it["date_published"] = a["iso"]
        items.append(it)
    items += extras
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": title,
                       "home_page_url": "{{BASE}}/amp/", "feed_url": "{{BASE}}/feeds/%s.json" % name,
                       "description": "Byteline: tech, minus the hype", "language": "en-US",
                       "items": items}, ensure_ascii=False, indent=2) + "\n"


feeds = {
    "northgate.xml": rss("northgate", "The Northgate Review — Work & Technology",
                         "Long reads on work, power and technology", "/work",
                         ["""<item>
<title>Tableau employees question analytics deal with immigration agency</title>
<link>{{BASE}}/flaky</link>
<guid isPermaLink="false">northgate-flaky</guid>
<pubDate>Tue, 14 Jan 2020 10:00:00 +0000</pubDate>
<description>A petition is said to be circulating.</description>
</item>"""]),
    "courier.xml": rss("courier", "The Coastal Courier: Business & Nation",
                       "News from the north Sound and beyond", "/business", [], content_encoded=True),
    "wirecast.xml": atom("wirecast", "Wirecast — Live & Newswire",
                         "Live coverage and press releases from Wirecast Media Group", []),
    "stack.xml": atom("stack", "The Stack", "A weekly newsletter about the people who build software", [
        """<entry>
<title type="html">The Stack #148: Zoom's engineers speak up</title>
<link rel="alternate" type="text/html" href="{{BASE}}/gone"/>
<id>tag:stack.example,2025:148</id>
<published>2019-08-30T07:00:00-07:00</published>
<updated>2019-08-30T14:00:00Z</updated>
<summary type="text">This issue was withdrawn.</summary>
</entry>"""]),
    "byteline.json": jsonfeed("byteline", "Byteline", [
        {"id": "byteline-slow", "url": "{{BASE}}/slow", "title": "Dell staff weigh petition over server sales",
         "summary": "Loading…", "date_published": "2019-07-29T12:00:00-05:00"}]),
}
for fn, body in feeds.items():
    with open(os.path.join(OUT, "feeds", fn), "w", encoding="utf-8") as f:
        f.write(body)

with open(os.path.join(OUT, "feeds.opml"), "w", encoding="utf-8") as f:
    f.write("""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
<head>
<title>undersigned evaluation feeds (heldout2)</title>
<dateCreated>Mon, 03 Mar 2025 09:00:00 GMT</dateCreated>
</head>
<body>
<outline text="Magazines and papers" title="Magazines and papers">
  <outline type="rss" text="The Northgate Review" title="The Northgate Review" xmlUrl="{{BASE}}/feeds/northgate.xml" htmlUrl="{{BASE}}/work"/>
  <outline type="rss" text="The Coastal Courier" title="The Coastal Courier" xmlUrl="{{BASE}}/feeds/courier.xml" htmlUrl="{{BASE}}/business"/>
</outline>
<outline text="Wires and newsletters" title="Wires and newsletters">
  <outline type="atom" text="Wirecast" title="Wirecast" xmlUrl="{{BASE}}/feeds/wirecast.xml" htmlUrl="{{BASE}}/"/>
  <outline type="json" text="Byteline" title="Byteline" xmlUrl="{{BASE}}/feeds/byteline.json" htmlUrl="{{BASE}}/amp/"/>
  <outline type="atom" text="The Stack" title="The Stack" xmlUrl="{{BASE}}/feeds/stack.xml" htmlUrl="{{BASE}}/stack/"/>
</outline>
</body>
</opml>
""")

with open(os.path.join(OUT, "robots.txt"), "w") as f:
    f.write("User-agent: *\nDisallow: /admin/\nDisallow: /stack/unsubscribe\nAllow: /\n")


# ---------------------------------------------------------------- truth
def utc_day(iso):
    d = datetime.fromisoformat(iso)
    assert d.date() == d.astimezone(timezone.utc).date(), ("UTC day differs", iso)
    return d.date().isoformat()


def agency_name(k):
    return AGENCY_NAME.get(k, k) if k else None


def mention_json(m):
    d = {"company": m["company"], "company_aliases": COMPANIES[m["company"]],
         "agency": agency_name(m["agency"]),
         "agency_aliases": AGENCIES[m["agency"]] if m["agency"] else [],
         "action": m["action"], "action_alternatives": m["alts"],
         "signatures": m["sig"], "stale_signatures": m["stale"],
         "contract_value_usd": m["value"], "optional": m["optional"]}
    if m["note"]:
        d["note"] = m["note"]
    return d


# every live-blog update and feed time must stay on the same UTC day
for a in ARTS:
    utc_day(a["iso"])
    for u in a.get("updates", []):
        assert utc_day(u[0]) == utc_day(a["iso"]), (a["slug"], u[0])

articles = []
camps = {}
for a in ARTS:
    articles.append({"path": path_of(a), "title": a["title"], "relevant": a["relevant"],
                     "published": utc_day(a["iso"]), "template": a["template"],
                     "words": a["_words"], "mentions": [mention_json(m) for m in a["mentions"]]})
    assert a["relevant"] == any(not m["optional"] for m in a["mentions"]), a["slug"]
    for m in a["mentions"]:
        if m["optional"] or not m["agency"]:
            continue
        key = (m["company"], agency_name(m["agency"]))
        c = camps.setdefault(key, {"company": m["company"], "company_aliases": COMPANIES[m["company"]],
                                   "agency": key[1], "agency_aliases": [], "max_signatures": None,
                                   "paths": [], "optional": False})
        for al in AGENCIES[m["agency"]]:
            if al not in c["agency_aliases"]:
                c["agency_aliases"].append(al)
        if m["sig"] is not None and (c["max_signatures"] is None or m["sig"] > c["max_signatures"]):
            c["max_signatures"] = m["sig"]
        if path_of(a) not in c["paths"]:
            c["paths"].append(path_of(a))

NOTES = json.load(open(os.path.join(os.path.dirname(__file__), "notes.json")))
truth = {"corpus": "heldout2", "version": 1, "notes": NOTES, "articles": articles,
         "campaigns": [camps[k] for k in sorted(camps)],
         "not_articles": ["/gone", "/flaky", "/slow"]}
with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")

n_rel = sum(1 for a in ARTS if a["relevant"])
print("articles=%d relevant=%d controls=%d campaigns=%d" % (len(ARTS), n_rel, len(ARTS) - n_rel, len(camps)))
