"""Four outlet layouts + RSS/Atom feed writers for the eval stories (generator; output is committed)."""
from html import escape as e
import json
import zlib


def _paras(paras, indent="    "):
    return "\n".join(f"{indent}<p>{e(p, quote=False)}</p>" for p in paras)


def _related(items, tag="li"):
    return "\n".join(f'      <{tag}><a href="/related/{i}">{e(t, quote=False)}</a></{tag}>' for i, t in enumerate(items))


def wire(a):
    """News-site template: cookie banner, nav, breadcrumbs, byline, related rail, newsletter, comments."""
    mod = a.get("modified") or a["published"]
    upd = f'\n<meta property="article:modified_time" content="{mod}">' if a.get("modified") else ""
    note = f'\n    <p class="update-note">Updated {e(a["modified"])}</p>' if a.get("modified") else ""
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | {e(a['outlet'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{e(a['canonical'])}">
<meta name="author" content="{e(a['author'])}">
<meta property="article:published_time" content="{a['published']}">{upd}
<meta property="og:site_name" content="{e(a['outlet'])}">
<meta property="og:type" content="article">
<meta name="description" content="{e(a.get('dek', ''))}">
<link rel="stylesheet" href="/static/css/site.css">
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to measure traffic and show personalised advertising. By clicking "Accept all" you agree to our use of cookies.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-manage">Manage preferences</button>
</div>
<header class="site-header">
  <a class="logo" href="/">{e(a['outlet'])}</a>
  <nav class="main-nav" aria-label="Sections">
    <ul><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li><li><a href="/politics/">Politics</a></li><li><a href="/opinion/">Opinion</a></li></ul>
  </nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
<div class="breadcrumbs"><a href="/world/">World</a> › <a href="/europe/">Europe</a></div>
<main id="content">
<article class="story">
  <h1 class="headline">{e(a['title'])}</h1>
  <p class="dek">{e(a.get('dek', ''))}</p>
  <div class="byline">By <a rel="author" href="/authors/{a['author'].lower().replace(' ', '-')}">{e(a['author'])}</a> ·
    <time datetime="{a['published']}">{e(a['published'])}</time></div>{note}
  <div class="story-body">
{_paras(a['paras'])}
  </div>
  <aside class="newsletter-signup">
    <h3>Sign up for our morning briefing</h3>
    <p>{e(a.get('newsletter', 'Five stories you need to know, every weekday at 7 a.m.'))}</p>
    <form><input type="email" placeholder="Email address"><button>Subscribe</button></form>
  </aside>
</article>
<aside class="related-stories" aria-label="Related stories">
  <h2>Related stories</h2>
  <ul>
{_related(a.get('related', []))}
  </ul>
</aside>
<section id="comments" class="comments">
  <h2>Comments (2)</h2>
  <div class="comment"><span class="comment-author">reader_204</span><p>{e(a.get('comment', 'Thanks for the update.'))}</p></div>
  <div class="comment"><span class="comment-author">anon</span><p>Good reporting.</p></div>
</section>
</main>
<footer class="site-footer"><p>© 2026 {e(a['outlet'])}. All rights reserved.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li></ul></footer>
</body>
</html>
"""


def blog(a):
    """WordPress-like blog: masthead, entry-meta vcard, sidebar widgets, post navigation, comments."""
    mod = a.get("modified")
    upd = f'\n<meta property="article:modified_time" content="{mod}">' if mod else ""
    upd_time = f' <span class="updated">Updated <time class="updated" datetime="{mod}">{e(mod)}</time></span>' if mod else ""
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta charset="UTF-8">
<title>{e(a['title'])} – {e(a['outlet'])}</title>
<link rel="canonical" href="{e(a['canonical'])}">
<meta property="og:site_name" content="{e(a['outlet'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['published']}">{upd}
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/notes/style.css" media="all">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">{e(a['outlet'])}</a></p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/category/analysis/">Analysis</a></li><li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-{zlib.crc32(a['path'].encode()) % 9000 + 1000}" class="post type-post status-publish format-standard hentry">
  <header class="entry-header">
    <h1 class="entry-title">{e(a['title'])}</h1>
    <div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/{a['author'].lower().replace(' ', '-')}/">{e(a['author'])}</a></span></span>
      <span class="posted-on"><time class="entry-date published" datetime="{a['published']}">{e(a['published'][:10])}</time></span>{upd_time}</div>
  </header>
  <div class="entry-content">
{_paras(a['paras'])}
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/analysis/" rel="category tag">Analysis</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">
  <div class="nav-previous"><a href="/previous/" rel="prev">{e(a.get('prev_post', 'Previous post'))}</a></div>
  <div class="nav-next"><a href="/next/" rel="next">{e(a.get('next_post', 'Next post'))}</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">One thought</h2>
  <ol class="comment-list"><li class="comment"><div class="comment-content"><p>{e(a.get('comment', 'Useful summary, thank you.'))}</p></div></li></ol></div>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>
{_related(a.get('related', []))}
  </ul></section>
  <section class="widget widget_text"><h2 class="widget-title">About</h2><div class="textwidget"><p>{e(a.get('about', 'An independent newsletter.'))}</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer>
</div>
</body>
</html>
"""


def jsonld(a):
    """JSON-LD NewsArticle + Open Graph, article-wrapper, share tools, 'more from' box, ad slot."""
    mod = a.get("modified") or a["published"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": a["published"], "dateModified": mod, "inLanguage": a["lang"],
          "author": [{"@type": "Person", "name": a["author"]}],
          "publisher": {"@type": "Organization", "name": a["outlet"]},
          "mainEntityOfPage": a["canonical"]}
    return f"""<!doctype html>
<html lang="{a['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(a['title'])}</title>
  <link rel="canonical" href="{e(a['canonical'])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{e(a['title'])}">
  <meta property="og:url" content="{e(a['canonical'])}?utm_source=og">
  <meta property="og:site_name" content="{e(a['outlet'])}">
  <meta property="og:description" content="{e(a.get('dek', ''))}">
  <meta property="article:published_time" content="{a['published']}">
  <meta property="article:modified_time" content="{mod}">
  <meta property="article:author" content="{e(a['author'])}">
  <script type="application/ld+json">
  {json.dumps(ld, ensure_ascii=False, indent=2)}
  </script>
</head>
<body>
  <div class="top-bar"><a href="/">{e(a['outlet'])}</a> <a href="/abo">{e(a.get('subscribe', 'Subscribe'))}</a> <a href="/login">Login</a></div>
  <div class="layout">
    <div class="article-wrapper">
      <h1 itemprop="headline">{e(a['title'])}</h1>
      <p class="article-meta">{e(a['author'])} · {e(mod[:10])}</p>
      <section class="article-body" itemprop="articleBody">
{_paras(a['paras'], '        ')}
      </section>
      <div class="share-tools"><a href="https://share.example/?u=x">Share</a> <a href="mailto:?subject=x">Email</a></div>
      <div class="more-from"><h4>{e(a.get('more_label', 'More'))}</h4>
{_related(a.get('related', []), 'p')}
      </div>
    </div>
    <div class="ad-slot" data-ad="sidebar-300x600">Advertisement</div>
  </div>
  <footer><small>© {e(a['outlet'])} 2026</small></footer>
</body>
</html>
"""


def table(a):
    """Old regional-paper layout: table masthead, meta name=date, wire credit, partner links."""
    mod = a.get("modified")
    upd = f'\n<meta property="article:modified_time" content="{mod}">' if mod else ""
    credit = e(a.get("credit", a["outlet"]))
    return f"""<!DOCTYPE html>
<html lang="{a['lang']}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a['title'])} - {e(a['outlet'])}</title>
<link rel="canonical" href="{e(a['canonical'])}">
<meta name="author" content="{e(a['author'])}">
<meta name="date" content="{a['published']}">
<meta property="article:published_time" content="{a['published']}">{upd}
<meta property="og:site_name" content="{e(a['outlet'])}">
</head>
<body>
<table width="100%" class="masthead"><tr><td><a href="/?utm_source=nav">{e(a['outlet'])}</a></td>
<td class="nav"><a href="/news/">{e(a.get('nav1', 'News'))}</a> | <a href="/sport/">Sport</a> | <a href="/weather/">{e(a.get('nav3', 'Weather'))}</a></td></tr></table>
<div id="wire-story">
  <div class="wire-credit">{credit}</div>
  <h1>{e(a['title'])}</h1>
  <div class="wire-byline">{e(a['author'])}</div>
  <div class="wire-text">
{_paras(a['paras'])}
  </div>
</div>
<div class="partner-links"><b>{e(a.get('more_label', 'Around the web'))}</b>:
{_related(a.get('related', []), 'span')}
</div>
<p class="copyright">{e(a.get('copyright', 'Copyright 2026 ' + a['outlet'] + '.'))}</p>
</body>
</html>
"""


LAYOUTS = {"wire": wire, "blog": blog, "jsonld": jsonld, "table": table}


def rfc822(iso):
    from datetime import datetime
    from email.utils import format_datetime
    return format_datetime(datetime.fromisoformat(iso.replace("Z", "+00:00")), usegmt=True)


def rss(title, link, items):
    out = [f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>{e(title)}</title>
  <link>{link}</link>
  <description>Latest stories</description>"""]
    for it in items:
        out.append(f"""  <item>
    <title>{e(it['title'])}</title>
    <link>{{BASE}}{it['path']}?utm_source=rss&amp;utm_medium=feed</link>
    <guid isPermaLink="false">{it['guid']}</guid>
    <pubDate>{rfc822(it['date'])}</pubDate>
    <dc:creator>{e(it['author'])}</dc:creator>
    <description><![CDATA[<p>{it['summary']}</p>]]></description>
  </item>""")
    out.append("</channel>\n</rss>\n")
    return "\n".join(out)


def atom(title, ident, items, lang="en"):
    updated = max(it.get("updated", it["date"]) for it in items)
    out = [f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">
  <title>{e(title)}</title>
  <id>{ident}</id>
  <link rel="self" href="{{BASE}}/feeds/alerts.atom"/>
  <updated>{updated}</updated>
  <author><name>Story alerts</name></author>"""]
    for it in items:
        out.append(f"""  <entry>
    <title>{e(it['title'])}</title>
    <link rel="alternate" type="text/html" href="{{BASE}}{it['path']}"/>
    <id>{it['guid']}</id>
    <published>{it['date']}</published>
    <updated>{it.get('updated', it['date'])}</updated>
    <summary>{e(it['summary'])}</summary>
  </entry>""")
    out.append("</feed>\n")
    return "\n".join(out)
