"""Page templates for heldout2.  Six site designs, none shared with devset.

Every render function takes an article dict `a` and returns the full HTML page.
Common keys: slug, title, dek, author, iso (publication, with offset),
mod_iso (optional), body (HTML string).
"""
import html
import json
from datetime import datetime

MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
             "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def dt(iso):
    return datetime.fromisoformat(iso)


def ap_date(iso):
    d = dt(iso)
    return "%s %d, %d" % (MONTHS_AP[d.month - 1], d.day, d.year)


def uk_date(iso):
    d = dt(iso)
    return "%s %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS_FULL[d.month - 1], d.year)


def us_numeric(iso):
    d = dt(iso)
    return "%d/%d/%d" % (d.month, d.day, d.year)


def clock(iso):
    d = dt(iso)
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "a.m." if d.hour < 12 else "p.m.")


def esc(s):
    return html.escape(s, quote=True)


def canon(slug):
    return "{{BASE}}/articles/%s.html" % slug


def linklist(items, cls="", numbered=False):
    tag = "ol" if numbered else "ul"
    lis = "".join('<li><a href="/archive/%s">%s</a></li>\n' % (slugify(t), esc(t)) for t in items)
    return '<%s%s>\n%s</%s>' % (tag, (' class="%s"' % cls) if cls else "", lis, tag)


def slugify(t):
    out = []
    for ch in t.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:70]


# ---------------------------------------------------------------- T1 magazine
def magazine(a):
    """The Northgate Review: long-read magazine, JSON-LD @graph, pull quotes,
    newsletter box placed inside the body (marker <!--NL--> in a['body'])."""
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "{{BASE}}/#website", "name": "The Northgate Review",
             "url": "{{BASE}}/"},
            {"@type": "Article", "@id": canon(a["slug"]) + "#article",
             "isPartOf": {"@id": "{{BASE}}/#website"},
             "headline": a["title"], "description": a["dek"],
             "datePublished": a["iso"], "dateModified": a.get("mod_iso", a["iso"]),
             "author": [{"@type": "Person", "name": a["author"]}],
             "articleSection": a.get("section", "Work"),
             "wordCount": a.get("_words", 0)},
        ],
    }
    nl = ('<aside class="nl-box" aria-label="Newsletter sign-up">\n'
          '<h3 class="nl-box__title">Sunday Shift</h3>\n'
          '<p>Our weekly letter on work, power and technology, read by more than 85,000 people. '
          'Free; one email every Sunday at 7 a.m.</p>\n'
          '<form class="nl-box__form" action="/newsletters/subscribe" method="post">'
          '<input type="email" name="email" placeholder="you@example.com">'
          '<button type="submit">Sign me up</button></form>\n'
          '<p class="nl-box__small">By subscribing you accept our terms. 3 of 4 readers open it within a day.</p>\n'
          '</aside>')
    body = a["body"].replace("<!--NL-->", nl)
    further = "".join(
        '<div class="fr-card"><a href="/archive/%s"><span class="fr-card__kicker">%s</span>'
        '<span class="fr-card__title">%s</span></a><span class="fr-card__meta">%s</span></div>\n'
        % (slugify(t), esc(k), esc(t), esc(m)) for k, t, m in a["further"])
    footer_note = a.get("footer_note", "")
    return """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{title} · The Northgate Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="The Northgate Review">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{dek}">
<meta property="article:section" content="{section}">
<meta name="twitter:site" content="@northgatereview">
<link rel="canonical" href="{canon}">
<link rel="stylesheet" href="/assets/northgate.2f9c.css">
<script type="application/ld+json">{ld}</script>
<script>document.documentElement.className='js';window.NG={{meter:{{free:3,used:1}},ab:"longread-b"}};</script>
</head>
<body class="template-longread">
<a class="skip" href="#content">Skip to content</a>
<div class="masthead">
<a class="masthead__logo" href="/">The Northgate Review</a>
<nav class="masthead__nav"><a href="/work">Work</a> <a href="/technology">Technology</a> <a href="/politics">Politics</a> <a href="/culture">Culture</a> <a href="/longreads">Long reads</a> <a href="/podcasts">Podcasts</a> <a class="btn" href="/support">Support us from £5</a></nav>
</div>
<div class="meter-banner">You have read 1 of 3 free long reads this month. <a href="/register">Register</a> for more.</div>
<article class="longread" id="content">
<div class="longread__kicker"><a href="/work">Work</a> / <a href="/technology">Technology</a></div>
<h1 class="longread__title">{title}</h1>
<p class="longread__standfirst">{dek}</p>
<div class="longread__credits">
<div class="author-card"><img class="author-card__img" src="/assets/people/{authslug}.jpg" alt=""><span class="author-card__name">Words by <a href="/people/{authslug}">{author}</a></span><span class="author-card__bio">{author} reports on technology and labour for the Review.</span></div>
<div class="longread__stamp">{ukdate} · {mins} minute read</div>
</div>
<figure class="hero"><img src="/assets/img/{slug}.jpg" alt="" width="1600" height="900"><figcaption>{caption}</figcaption></figure>
<section class="longread__body">
{body}
</section>
{footer_note}
<footer class="longread__footer"><ul class="tagrow">{tags}</ul><p class="longread__share">Share: <a href="#">Email</a> · <a href="#">Bluesky</a> · <a href="#">Copy link</a></p></footer>
</article>
<aside class="further-reading" aria-label="Further reading">
<h2>Further reading</h2>
{further}</aside>
<section class="most-read"><h2>Most read on the Review</h2>
{mostread}
</section>
<footer class="site-foot"><p>The Northgate Review is published by Northgate Editions Ltd, registered in England no. 04417731.</p><p><a href="/about">About</a> · <a href="/complaints">Complaints</a> · <a href="/privacy">Privacy</a> · <a href="/jobs">Work for us</a></p></footer>
<script src="/assets/northgate.2f9c.js" defer></script>
</body>
</html>
""".format(title=esc(a["title"]), dek=esc(a["dek"]), section=esc(a.get("section", "Work")),
           canon=canon(a["slug"]), ld=json.dumps(ld, ensure_ascii=False, indent=1),
           authslug=slugify(a["author"]), author=esc(a["author"]), ukdate=uk_date(a["iso"]),
           mins=a.get("mins", 5), slug=a["slug"], caption=esc(a.get("caption", "")), body=body,
           footer_note=footer_note,
           tags="".join('<li><a href="/tag/%s">%s</a></li>' % (slugify(t), esc(t)) for t in a.get("tags", [])),
           further=further, mostread=linklist(a["mostread"], "most-read__list", numbered=True))


# ---------------------------------------------------------------- T2 live blog
def liveblog(a):
    """Wirecast Live: live blog, newest update first; publication time only in
    <meta property="article:published_time"> (plus per-update times)."""
    updates = a["updates"]  # list of (iso, headline, author, body_html), newest first
    ld = {
        "@context": "https://schema.org", "@type": "LiveBlogPosting",
        "headline": a["title"], "coverageStartTime": a["iso"],
        "coverageEndTime": updates[0][0],
        "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "datePublished": t}
                           for t, h, _, _ in updates],
    }
    feed = []
    for i, (t, h, who, b) in enumerate(updates):
        feed.append(
            '<article class="lb-entry" id="entry-%d">\n<div class="lb-entry__meta"><time class="lb-entry__time" datetime="%s">%s</time>'
            ' <span class="lb-entry__by">%s</span></div>\n<h3 class="lb-entry__title">%s</h3>\n<div class="lb-entry__body">\n%s\n</div>\n'
            '<div class="lb-entry__tools"><a href="#entry-%d">Link to this update</a></div>\n</article>'
            % (len(updates) - i, t, clock(t), esc(who), esc(h), b, len(updates) - i))
        if i == 1:
            feed.append('<div class="lb-promo" aria-hidden="true"><span>Advertisement</span><div class="slot" data-slot="live-mid"></div></div>')
    kp = "".join("<li>%s</li>" % k for k in a["keypoints"])
    return """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Wirecast</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Wirecast">
<meta property="article:published_time" content="{iso}">
<meta property="article:modified_time" content="{last}">
<meta http-equiv="refresh" content="300">
<link rel="canonical" href="{canon}">
<script type="application/ld+json">{ld}</script>
</head>
<body class="live">
<div class="wc-top"><a class="wc-logo" href="/">WIRECAST</a><ul class="wc-sections"><li><a href="/us">U.S.</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/sports">Sports</a></li><li><a href="/live">Live</a></li></ul><a class="wc-account" href="/login">Log in</a></div>
<div class="wc-live-wrap">
<div class="wc-live-head">
<span class="wc-live-badge">LIVE</span>
<h1 class="wc-live-title">{title}</h1>
<p class="wc-live-dek">{dek}</p>
<p class="wc-live-status">Last updated <span class="lu">{lastclock}</span> · {n} updates · Reporting by {author}</p>
</div>
<section class="wc-keypoints"><h2>What we know</h2><ul>{kp}</ul></section>
<div class="wc-live-feed" aria-live="polite">
{feed}
</div>
<div class="wc-live-end">This live coverage has ended. <a href="/live">See all live coverage</a>.</div>
</div>
<aside class="wc-latest"><h2>Latest from Wirecast</h2>
{latest}
</aside>
<aside class="wc-watch"><h2>Watch</h2><div class="wc-video"><span class="wc-video__title">{video}</span><span class="wc-video__len">2:14</span></div></aside>
<footer class="wc-foot">© 2025 Wirecast Media Group. All times local. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/ad-choices">Ad choices</a></footer>
</body>
</html>
""".format(title=esc(a["title"]), dek=esc(a["dek"]), iso=a["iso"], last=updates[0][0],
           canon=canon(a["slug"]), ld=json.dumps(ld, ensure_ascii=False, indent=1),
           lastclock=clock(updates[0][0]), n=len(updates), author=esc(a["author"]), kp=kp,
           feed="\n".join(feed), latest=linklist(a["latest"], "wc-latest__list"),
           video=esc(a.get("video", "Top stories in two minutes")))


# ---------------------------------------------------------------- T3 AMP
AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
              '-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
              '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
              '<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;animation:none}</style></noscript>')


def amp(a):
    """Byteline: AMP page (html ⚡), amp-img, amp-ad inside the text (marker
    <!--AD-->), JSON-LD NewsArticle, date shown as m/d/yyyy, 'Recommended' carousel."""
    ld = {"@context": "http://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": canon(a["slug"]), "headline": a["title"],
          "datePublished": a["iso"], "dateModified": a.get("mod_iso", a["iso"]),
          "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": "Byteline",
                        "logo": {"@type": "ImageObject", "url": "{{BASE}}/amp/logo-600x60.png",
                                 "width": 600, "height": 60}},
          "image": {"@type": "ImageObject", "url": "{{BASE}}/amp/img/%s.jpg" % a["slug"],
                    "width": 1200, "height": 675}}
    ad = ('<amp-ad width="300" height="250" type="doubleclick" data-slot="/5512/byteline/article_mid" '
          'data-multi-size="320x50"><div placeholder>Advertisement</div></amp-ad>')
    body = a["body"].replace("<!--AD-->", ad)
    cards = "".join(
        '<div class="rec-card"><a href="/amp/%s"><amp-img src="/amp/thumb/%d.jpg" width="160" height="90" layout="fixed" alt=""></amp-img>'
        '<h3 class="rec-card__hed">%s</h3></a></div>\n' % (slugify(t), i, esc(t))
        for i, t in enumerate(a["recommended"]))
    return """<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{title} - Byteline</title>
<link rel="canonical" href="{canon}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{ld}</script>
{boiler}
<style amp-custom>body{{font-family:Georgia,serif;margin:0}}.bl-top{{background:#111;color:#fff;padding:8px}}.bl-body p{{line-height:1.6}}.rec-card{{width:160px}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-BL4410","config":{{"G-BL4410":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<header class="bl-top"><a href="/" class="bl-logo">byteline</a> <span class="bl-tag">tech, minus the hype</span> <button on="tap:menu.toggle" class="bl-burger">☰</button></header>
<main class="bl-main">
<article class="bl-article">
<div class="bl-section">{section}</div>
<h1 class="bl-hed">{title}</h1>
<div class="bl-byline"><span class="bl-author">By {author}</span> <span class="bl-date">{numdate}</span></div>
<amp-img src="/amp/img/{slug}.jpg" width="1200" height="675" layout="responsive" alt="{caption}"></amp-img>
<p class="bl-caption">{caption}</p>
<div class="bl-body">
{body}
</div>
<div class="bl-share"><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="linkedin" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div>
</article>
<section class="bl-rec"><h2>Recommended</h2>
<amp-carousel height="200" layout="fixed-height" type="carousel">
{cards}</amp-carousel>
</section>
</main>
<footer class="bl-foot"><a href="/">byteline</a> · <a href="/about">About</a> · <a href="/tips">Tips</a> · <a href="/privacy">Privacy</a> · View the <a href="/full/{slug}">full site</a></footer>
</body>
</html>
""".format(title=esc(a["title"]), canon=canon(a["slug"]), ld=json.dumps(ld, ensure_ascii=False),
           boiler=AMP_BOILER, section=esc(a.get("section", "Tech")), author=esc(a["author"]),
           numdate=us_numeric(a["iso"]), slug=a["slug"], caption=esc(a.get("caption", "")),
           body=body, cards=cards)


# ---------------------------------------------------------------- T4 community paper with comments
def courier(a):
    """The Coastal Courier: old XHTML community paper.  No structured date at all:
    the only date is in the byline string ('Feb. 22, 2019').  Long reader
    comment section full of numbers and company names."""
    comments = []
    for i, (user, when, text, up, down) in enumerate(a["comments"]):
        comments.append(
            '<div class="cmt" id="cmt-%d">\n<div class="cmt-head"><span class="cmt-user">%s</span> wrote on <span class="cmt-when">%s</span>:</div>\n'
            '<div class="cmt-text"><p>%s</p></div>\n<div class="cmt-foot"><a href="#">Reply</a> | <a href="#">Report abuse</a> | Like (%d) Dislike (%d)</div>\n</div>'
            % (i + 1, esc(user), esc(when), text, up, down))
    synd = a.get("syndication", "")
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>The Coastal Courier :: {section} :: {title}</title>
<meta name="keywords" content="{keywords}" />
<link rel="canonical" href="{canon}" />
<link rel="stylesheet" type="text/css" href="/css/courier_2009.css" />
<script type="text/javascript">var _sf_async_config={{uid:20331,domain:'coastalcourier.example'}};var cmtCount={ncom};</script>
</head>
<body>
<div id="page">
<div id="masthead"><a href="/"><img src="/images/courier_logo.gif" alt="The Coastal Courier" width="420" height="64" border="0" /></a><div id="tagline">Serving the north Sound since 1921 &middot; Daily except Mondays</div><div id="subscribe"><a href="/subscribe">Subscribe</a> | <a href="/eedition">e-Edition</a> | <a href="/classifieds">Classifieds</a></div></div>
<div id="navbar"><a href="/news">Local News</a> &middot; <a href="/region">Region</a> &middot; <a href="/business">Business</a> &middot; <a href="/sports">Sports</a> &middot; <a href="/opinion">Opinion</a> &middot; <a href="/obits">Obituaries</a> &middot; <a href="/calendar">Calendar</a></div>
<table id="layout" cellpadding="0" cellspacing="0" border="0" width="980"><tr>
<td id="main-col" valign="top">
<div class="story">
<div class="section-label">{section}</div>
<h1 class="story-hed">{title}</h1>
<h3 class="story-subhed">{dek}</h3>
<p class="story-byline">{byline}</p>
{synd}
<div class="story-text">
{body}
</div>
<p class="story-tagline">{tagline}</p>
<div class="story-tools"><a href="#">Print this story</a> | <a href="#">E-mail to a friend</a> | <a href="#comments">Comments ({ncom})</a></div>
</div>
<div id="comments">
<h2>Reader comments ({ncom})</h2>
<p class="cmt-policy">Comments are the opinions of readers, not of the Courier. Keep it civil; we remove personal attacks. You must be signed in to comment.</p>
{comments}
<div class="cmt-more"><a href="#">Load older comments</a></div>
</div>
</td>
<td id="side-col" valign="top" width="300">
<div class="sidebox"><h4>Courier Top 5</h4>
{top5}
</div>
<div class="sidebox weather"><h4>Weather</h4><p>Port Madrone: 48&deg; / 39&deg;, rain likely. Tide: high 9:42 a.m. (11.3 ft)</p></div>
<div class="sidebox"><h4>Community calendar</h4>{calendar}</div>
<div class="sidebox ad">ADVERTISEMENT<br />Madrone Credit Union &ndash; auto loans from 5.9% APR*</div>
</td>
</tr></table>
<div id="footer">The Coastal Courier &middot; 212 Front St., Port Madrone, WA 98368 &middot; (360) 555-0100<br />Copyright &copy; 2025 Coastal Courier Publishing Co. All rights reserved.</div>
</div>
</body>
</html>
""".format(section=esc(a.get("section", "Business")), title=esc(a["title"]), dek=esc(a["dek"]),
           keywords=esc(", ".join(a.get("tags", []))), canon=canon(a["slug"]),
           byline=a["byline"], synd=synd, body=a["body"], tagline=a.get("tagline", ""),
           ncom=len(a["comments"]), comments="\n".join(comments),
           top5=linklist(a["top5"], numbered=True),
           calendar=a.get("calendar", "<p>Library book sale, Saturday 10 a.m.&ndash;2 p.m.</p>"))


# ---------------------------------------------------------------- T5 newsletter web archive
def stack(a):
    """The Stack: web version of an email newsletter.  Table layout; the only
    date is <meta name="date" content="YYYY-MM-DD">.  Several items per issue."""
    rows = []
    for kind, content in a["items"]:
        if kind == "item":
            rows.append('<tr><td class="item" style="padding:18px 28px;border-bottom:1px solid #ddd">\n%s\n</td></tr>' % content)
        elif kind == "sponsor":
            rows.append('<tr><td class="sponsor" style="padding:14px 28px;background:#fff7d6"><p class="sponsor-label" style="font-size:11px;letter-spacing:1px">SPONSORED</p>\n%s\n</td></tr>' % content)
        elif kind == "intro":
            rows.append('<tr><td class="intro" style="padding:18px 28px">\n%s\n</td></tr>' % content)
    return """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="date" content="{date}">
<meta name="description" content="{dek}">
<title>{title}</title>
<meta name="viewport" content="width=device-width">
<style>body{{background:#efeae0;margin:0}}table.wrap{{width:100%}}td.item h2{{font:700 20px/1.3 Helvetica,Arial,sans-serif}}</style>
</head>
<body>
<div class="archive-bar"><a href="/stack/">← All issues</a> · <a href="/stack/subscribe">Subscribe</a> · Viewing in your browser</div>
<table class="wrap" role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table class="email" role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#fff">
<tr><td class="preheader" style="display:none;font-size:1px;color:#fff">{dek}</td></tr>
<tr><td class="masthead" style="padding:24px 28px;background:#1d2a35;color:#fff"><h1 style="margin:0;font:700 30px Helvetica,Arial,sans-serif">The Stack</h1><p style="margin:4px 0 0">Issue #{issue} · by {author}</p></td></tr>
<tr><td class="issue-title" style="padding:18px 28px 0"><p style="font:700 24px Georgia,serif">{headline}</p></td></tr>
{rows}
<tr><td class="footer" style="padding:20px 28px;font-size:12px;color:#666"><p>{footer}</p><p>The Stack · PO Box 4412 · Oakland, CA 94611 · <a href="/stack/unsubscribe">Unsubscribe</a> · <a href="/stack/prefs">Update preferences</a></p></td></tr>
</table>
</td></tr></table>
</body>
</html>
""".format(date=a["iso"][:10], dek=esc(a["dek"]), title=esc(a["title"]), issue=a["issue"],
           author=esc(a["author"]), headline=esc(a["headline"]), rows="\n".join(rows),
           footer=a.get("footer", "You are one of 14,212 people who get The Stack. Forwarded this? Subscribe at the link above."))


# ---------------------------------------------------------------- T6 press-release wire
def wire(a):
    """Wirecast PR Newswire: press release page with schema.org microdata, a
    dateline '/Wirecast PR/ --', boilerplate and media contact."""
    more = "".join('<li><a href="/releases/%s">%s</a><span class="rel-when">%s</span></li>\n'
                   % (slugify(t), esc(t), esc(w)) for t, w in a["more"])
    d = dt(a["iso"])
    stamp = "%02d %s, %d, %s ET" % (d.day, MONTHS_FULL[d.month - 1][:3], d.year,
                                   d.strftime("%H:%M"))
    return """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Wirecast PR Newswire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="index, follow">
<meta property="og:title" content="{title}">
<link rel="canonical" href="{canon}">
<link rel="stylesheet" href="/pr/static/release.css">
</head>
<body class="release-page">
<div class="pr-top"><a class="pr-logo" href="/pr/">Wirecast <b>PR</b> Newswire</a><nav><a href="/pr/news">News</a> <a href="/pr/industries">Industries</a> <a href="/pr/send">Send a release</a> <a href="/pr/journalists">For journalists</a></nav></div>
<div class="pr-grid">
<article class="release" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso}">
<div class="release-provider">News provided by <span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><a itemprop="name" href="/pr/orgs/{orgslug}">{org}</a></span></div>
<p class="release-stamp">{stamp}</p>
<h1 itemprop="headline">{title}</h1>
<h2 class="release-sub">{dek}</h2>
<div class="release-share">Share this article <a href="#">in</a> <a href="#">f</a> <a href="#">x</a> <a href="#">✉</a></div>
<section class="release-body" itemprop="articleBody">
{body}
</section>
<div class="release-contact"><h3>Media contact</h3>{contact}</div>
<p class="release-source">SOURCE {org}</p>
</article>
<aside class="pr-rail">
<section><h3>More news releases in similar topics</h3><ul class="pr-more">
{more}</ul></section>
<section class="pr-rail-promo"><h3>Distribute your news</h3><p>Reach 4,000+ newsrooms and 12 million readers. Plans from $349.</p></section>
</aside>
</div>
<footer class="pr-foot">© 2025 Wirecast PR Newswire, a service of Wirecast Media Group. Releases are the sole responsibility of the issuing organization.</footer>
</body>
</html>
""".format(title=esc(a["title"]), dek=esc(a["dek"]), canon=canon(a["slug"]), iso=a["iso"],
           orgslug=slugify(a["org"]), org=esc(a["org"]), stamp=stamp, body=a["body"],
           contact=a["contact"], more=more)


RENDER = {"magazine": magazine, "liveblog": liveblog, "amp": amp, "courier": courier,
          "stack": stack, "wire": wire}
