"""Render eval/stories/<slug>/ from a story module (pages, feeds per round, rounds.toml, story.toml, seeds)."""
import importlib
import sys
from pathlib import Path

from layouts import LAYOUTS, atom, rss

OUT = Path(__file__).resolve().parents[1]          # eval/stories/


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build(modname):
    m = importlib.import_module(modname)
    d = OUT / m.SLUG
    for sub in ("pages", "feeds", "seeds"):
        (d / sub).mkdir(parents=True, exist_ok=True)
    terms = ",\n    ".join("[" + ", ".join(toml_str(t) for t in g) + "]" for g in m.TERMS)
    (d / "story.toml").write_text(
        f"# FICTIONAL development story for eval/score_stories.py (see README.md). No feeds/pages here:\n"
        f"# the scorer serves them round by round (rounds.toml) and passes their URLs to run_story.\n"
        f"name = {toml_str(m.NAME)}\nslug = {toml_str(m.SLUG)}\ndescription = {toml_str(m.DESCRIPTION)}\n"
        f"seeds = \"seeds\"\nterms = [\n    {terms},\n]\n", encoding="utf-8")
    for name, text in m.SEEDS.items():
        (d / "seeds" / name).write_text(text.strip() + "\n", encoding="utf-8")
    pages = {p["id"]: p for p in m.PAGES}
    # render pages
    for p in m.PAGES:
        o = m.OUTLETS[p["outlet"]]
        a = dict(p)
        a.update(outlet=o["name"], lang=p.get("lang", o["lang"]))
        if p.get("copy_of"):
            src = pages[p["copy_of"]]
            so = m.OUTLETS[src["outlet"]]
            a.update(title=src["title"], dek=src.get("dek", ""), paras=src["paras"],
                     author=f"{src['author']}, {so['name']}",
                     canonical=f"https://www.{so['host']}{src['path']}?utm_source={o['host'].split('.')[0]}&utm_medium=syndication#top",
                     credit=f"From {so['name']} · syndicated")
        else:
            a["canonical"] = f"https://www.{o['host']}{p['path']}"
        html = LAYOUTS[o["layout"]](a)
        (d / "pages" / f"{p['id']}.html").write_text(html, encoding="utf-8")
    # feeds per round, rounds.toml
    rounds_out = []
    serve_total = {}
    for n, now in m.ROUNDS.items():
        live = {}
        for p in m.PAGES:
            if p["round"] <= n:
                live[p["path"]] = p          # later versions of a path replace earlier ones
        feeds = {}
        for kind, (title, ident) in m.FEEDS.items():
            items = []
            for p in live.values():
                if p.get("feed") != kind:
                    continue
                base = pages.get(p.get("version_of"), p)
                src = pages.get(p.get("copy_of"))
                items.append({"title": p.get("title") or src["title"], "path": p["path"],
                              "guid": f"tag:{m.OUTLETS[p['outlet']]['host']},2026:{base['id']}",
                              "date": base["published"], "updated": p.get("modified", base["published"]),
                              "author": p.get("author") or src["author"],
                              "summary": p.get("summary") or (src or p).get("dek", "")})
            items.sort(key=lambda i: i["updated"], reverse=True)
            name = f"{kind}-r{n}.xml"
            body = rss(title, f"https://www.{m.SLUG}.example/", items) if kind == "rss" else atom(title, ident, items)
            prev = d / "feeds" / f"{kind}-r{n - 1}.xml"
            if prev.exists() and prev.read_text("utf-8") == body:
                name = serve_total[f"/feeds/{kind}.xml"]
                name = name.split("/", 1)[1]
            else:
                (d / "feeds" / name).write_text(body, encoding="utf-8")
            feeds[f"/feeds/{kind}.xml"] = f"feeds/{name}"
        serve = dict(feeds)
        for path, p in live.items():
            serve[path] = f"pages/{p['id']}.html"
        changed = {k: v for k, v in serve.items() if serve_total.get(k) != v}
        serve_total.update(serve)
        direct = [p["path"] for p in live.values() if p.get("feed") == "direct"]
        rounds_out.append((n, now, changed, direct, m.ROUND_NOTES.get(n, "")))
    syn = [p["path"] for p in m.PAGES if p.get("copy_of")]
    off = [p["path"] for p in m.PAGES if p.get("off_story")]
    upd = sorted({p["path"] for p in m.PAGES if p.get("version_of")})
    lines = ["# Coverage served round by round (FICTIONAL material). Each round's [round.serve] lists the",
             "# routes that appear or change in that round (path -> file under this folder); a route stays",
             "# served in later rounds. {BASE} in a file becomes the local server's origin. The scorer polls",
             "# `feeds` and fetches `pages` (paths of that round) with run_story, `now` = the round's time.",
             f"feeds = [{', '.join(toml_str(f) for f in m.FEEDS and [f'/feeds/{k}.xml' for k in m.FEEDS])}]",
             f"syndicated = [{', '.join(map(toml_str, syn))}]   # copies of another outlet's article (must be duplicates)",
             f"off_story = [{', '.join(map(toml_str, off))}]   # served and linked from a feed, but not about the story",
             f"updated_in_place = [{', '.join(map(toml_str, upd))}]", ""]
    for n, now, changed, direct, note in rounds_out:
        lines += ["[[round]]", f"n = {n}", f"now = {now}", f"note = {toml_str(note)}",
                  f"pages = [{', '.join(map(toml_str, direct))}]", "[round.serve]"]
        lines += [f"{toml_str(k)} = {toml_str(v)}" for k, v in changed.items()]
        lines.append("")
    (d / "rounds.toml").write_text("\n".join(lines), encoding="utf-8")
    readme(m, d, pages)
    print("built", d)


def readme(m, d, pages):
    langs = sorted({o["lang"] for o in m.OUTLETS.values()})
    out = [f"# {m.NAME}", "",
           "**FICTIONAL.** Every outlet, person, company, place, figure and URL in this folder is invented",
           "for storywatch's evaluation (hosts use the reserved `.example` TLD). Nothing here reports real events.", "",
           f"{m.DESCRIPTION} Languages: {', '.join(langs)}. Story file: `story.toml` (terms only; the scorer",
           "passes the feeds and pages). Seeds: " + ", ".join(f"`seeds/{n}`" for n in m.SEEDS) + ".", "",
           "## The story, round by round", ""]
    out += [f"{n}. ({m.ROUNDS[n][:10]}, run at {m.ROUNDS[n][11:16]} UTC) {m.ROUND_NOTES[n]}" for n in m.ROUNDS]
    out += ["", "## Outlets (four HTML layouts)", "", "| outlet | layout | language |", "|---|---|---|"]
    desc = {"wire": "news-site template: cookie banner, nav, breadcrumbs, byline, related rail, newsletter box, comments",
            "blog": "WordPress-like blog: vcard author, `<time>` dates, sidebar widgets, post navigation, comments",
            "jsonld": "JSON-LD NewsArticle + Open Graph (og:url with utm), share tools, 'more from' box, ad slot",
            "table": "old table-layout regional site: `meta name=date`, wire credit, partner links"}
    out += [f"| {o['name']} | {o['layout']}: {desc[o['layout']]} | {o['lang']} |" for o in m.OUTLETS.values()]
    out += ["", "## Pages", "", "| file | served at | round | published (modified) | what it is |", "|---|---|---|---|---|"]
    for p in m.PAGES:
        o = m.OUTLETS[p["outlet"]]["name"]
        if p.get("copy_of"):
            role = f"{o}: verbatim syndicated copy of `{p['copy_of']}`, rel=canonical → the original (must be stored as its duplicate)"
        elif p.get("version_of"):
            role = f"{o}: the same URL updated in place (second version of `{p['version_of']}`)"
        elif p.get("off_story"):
            role = f"{o}: OFF-STORY (does not name a term of every group): must be rejected"
        else:
            role = f"{o}: {p['title']}"
        when = p.get("published", "") + (f" ({p['modified']})" if p.get("modified") else "")
        feed = {"rss": "RSS", "atom": "Atom", "direct": "passed as a page"}[p["feed"]]
        out.append(f"| `pages/{p['id']}.html` | `{p['path']}` ({feed}) | {p['round']} | {when} | {role} |")
    out += ["", "Feeds: `feeds/rss-rN.xml` (RSS 2.0) and `feeds/atom-rN.xml` (Atom 1.0), one file per round in",
            "which the feed changed (served at `/feeds/rss.xml` and `/feeds/atom.xml`); each also lists the",
            "off-story items. `rounds.toml` says what is served at each round; `expected.toml` lists the",
            "alerts a journalist expects (written before any run) and the traps that must raise none.", "",
            "Generated from `../_build/" + m.__name__ + ".py` by `../_build/build.py` (edit the module, rebuild).", ""]
    (d / "README.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    for name in sys.argv[1:]:
        build(name)
