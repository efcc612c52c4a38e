"""The `storywatch` command: run, alerts, digest, extract, sql."""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from storywatch import __version__
from storywatch.deliver import DeliveryConfigError, alert_json, change_text, read_history, render, timelines
from storywatch.records import Alert, records_of
from storywatch.store import Warehouse, WarehouseBusy
from storywatch.story import DEFAULT_STORY, StoryError, load_story

# Prefect's ephemeral server sends usage telemetry by default: storywatch talks to nothing but the
# sources and targets it is given (set the variable to "true" to allow it).
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect gives its ephemeral server 20 s to start; a busy 2-core machine can take longer.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
# Prefect's INFO lines (flow and task states) go to its server and UI, not the console, which
# shows storywatch's own report and Prefect's warnings and errors (set it to "INFO" to see them).
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")


def default_warehouse() -> str:
    return os.environ.get("STORYWATCH_WAREHOUSE", "warehouse")


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SystemExit(f"storywatch: --since {value!r} is not an ISO 8601 time; "
                         "use e.g. 2026-11-23 or 2026-11-23T07:00:00+01:00") from None
    return ts if ts.tzinfo else ts.astimezone()


def load_alerts(warehouse: str, story: str | None, since: datetime | None) -> list[Alert]:
    wh = Warehouse(warehouse)
    if not wh.db_path.exists():
        return []
    sql = "SELECT * FROM alerts WHERE (? IS NULL OR story = ?) AND (? IS NULL OR detected_at >= ?) " \
          "ORDER BY detected_at, coalesce(new_published, detected_at), alert_id"
    with wh.reader() as con:
        return records_of(con.execute(sql, [story, story, since, since]), Alert)


def cmd_run(args) -> int:
    """Run the flow. Ctrl-C or SIGTERM stops it within seconds at a safe point (the batch in
    flight lands whole or rolls back), prints what was committed and exits 130 / 143; no child
    process outlives it, and a lost Prefect server never hangs a run whose data committed
    (storywatch.app.interrupt)."""
    if getattr(args, "all_stories", False):
        return _run_all_stories(args)
    import asyncio

    from storywatch.app import interrupt
    from storywatch.pipeline import RunInterrupted

    interrupt.install()
    rc = [1]
    try:
        rc[0] = _run_flow(args, interrupt, RunInterrupted, asyncio)
        return rc[0]
    finally:
        interrupt.bounded_exit(interrupt.exit_code() if interrupt.requested() else rc[0])


def _run_flow(args, interrupt, RunInterrupted, asyncio) -> int:
    try:
        interrupt.start_ephemeral_server()
        interrupt.watch_api()
        from flows.dask_runner import task_runner
        from flows.storywatch_flows import run_story
        if args.dask:
            run_story = run_story.with_options(task_runner=task_runner(args.dask))

        def report(summary) -> int:
            if args.json:
                print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2), flush=True)
            else:
                print("\n".join(summary.lines()), flush=True)
            nothing_read = summary.errors and not (summary.new_versions or summary.unchanged)
            return 1 if nothing_read else 0

        interrupt.on_commit(report)
        try:
            summary = asyncio.run(run_story(story=args.story, warehouse=args.warehouse, seeds=args.seeds,
                                            feeds=args.feed, pages=args.page,
                                            allow_private=args.allow_private))
        except RunInterrupted as exc:
            return interrupt.report_stop(exc)
        except BaseException as exc:
            summary = interrupt.finished_summary()
            if summary is None:
                if interrupt.requested():
                    return interrupt.report_stop(None, exc)
                raise
            if not interrupt.claim_report():
                raise
            print(f"storywatch: warning: the run's data is committed, but Prefect failed after it: "
                  f"{type(exc).__name__}: {exc}", file=sys.stderr)
            code = report(summary)
            return interrupt.exit_code() if interrupt.requested() else code
        if not interrupt.claim_report():      # a guard already reported and is exiting
            interrupt.hard_exit(0)
        code = report(summary)
        if interrupt.requested():
            print(f"storywatch: {interrupt.signal_name()} after the run committed everything; its "
                  "report and alert events were not sent to Prefect.", file=sys.stderr)
            return interrupt.exit_code()
        return code
    except KeyboardInterrupt:                 # a second Ctrl-C while Prefect started or stopped
        if not interrupt.requested():
            raise
        return interrupt.report_stop(None)


def cmd_alerts(args) -> int:
    alerts = load_alerts(args.warehouse, args.story, _since(args.since))
    if args.json:
        print(json.dumps([alert_json(a) for a in alerts], ensure_ascii=False, indent=2))
    elif not alerts:
        print("no alerts")
    else:
        for a in alerts:
            old, new = change_text(a)
            print(f"{a.detected_at:%Y-%m-%d %H:%M} {a.story} {a.kind} {a.subject}: {old} → {new}"
                  f"  [{a.alert_id}]\n    {a.evidence}\n    {a.old_url} → {a.new_url}")
    return 0


def cmd_digest(args) -> int:
    alerts = load_alerts(args.warehouse, args.story, _since(args.since))
    history = None
    wh = Warehouse(args.warehouse)
    if args.format == "html" and wh.db_path.exists():
        with wh.reader() as con:
            history = read_history(con, [args.story] if args.story else None)
    text = render(alerts, args.format, timelines(history, alerts) if history is not None else None)
    if args.out:
        if text:
            Path(args.out).write_text(text + "\n", encoding="utf-8")
        noun = "alert" if len(alerts) == 1 else "alerts"
        print(f"{len(alerts)} {noun} → {args.out if text else 'nothing written (no changes)'}",
              file=sys.stderr)
    elif text:
        print(text)
    return 0


def cmd_extract(args) -> int:
    from storywatch.app.extract_view import extract_report
    if args.file in (None, "-"):
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SystemExit(f"storywatch extract: {args.file}: cannot read it as UTF-8 text ({exc}).")
    print(extract_report(text, lang=args.lang, as_json=args.json))
    return 0


def cmd_sql(args) -> int:
    """One read-only query (``sandbox``): a refused one exits 2, a failing one 1, each with one
    line on stderr."""
    import duckdb

    from storywatch.store import sandbox
    try:
        statement = sandbox.check_query(args.query)
        with Warehouse(args.warehouse).query_reader() as con:
            cur = con.execute(statement)
            names = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall()
    except sandbox.QueryRefused as exc:
        print(f"storywatch sql: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:
        print(f"storywatch sql: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([dict(zip(names, r)) for r in rows], default=str, ensure_ascii=False, indent=2))
    else:
        print("\t".join(names))
        for r in rows:
            print("\t".join("" if v is None else str(v) for v in r))
    return 0


def cmd_watch(args) -> int:
    from storywatch.app.watch import watch
    print(f"watching {args.story}: seeds every {args.poll}s, feeds every {args.feed_interval}s "
          "(Ctrl-C stops)", flush=True)
    try:
        watch(load_story(args.story), Warehouse(args.warehouse),
              seeds_dir=Path(args.seeds) if args.seeds else None, feeds=tuple(args.feed),
              allow_private=args.allow_private, poll_s=args.poll, feed_s=args.feed_interval,
              report=lambda s: print("\n".join(s.lines()), flush=True))
    except KeyboardInterrupt:
        pass
    return 0


def cmd_notify(args) -> int:
    from storywatch.deliver import deliver, notify_urls
    from storywatch.pipeline import new_run_id
    story = load_story(args.story or DEFAULT_STORY)
    now = datetime.now(timezone.utc)
    out = deliver(Warehouse(args.warehouse), story.slug, notify_urls(story), fmt=args.format,
                  run_id=new_run_id(now), now=now)
    if not out:
        print("nothing to send")
    for d in out:
        print(f"{d.status} {d.target}: {len(d.alert_ids)} alerts, {d.attempts} attempts"
              + (f" — {d.error}" if d.error else ""))
    return 1 if any(d.status == "failed" for d in out) else 0


def cmd_status(args) -> int:
    from storywatch.app.status import render_status, story_status
    st = story_status(load_story(args.story or DEFAULT_STORY), Warehouse(args.warehouse))
    print(json.dumps(st, default=str, ensure_ascii=False, indent=2) if args.json else render_status(st))
    return 0


def cmd_facts(args) -> int:
    from storywatch.app.facts_view import render_facts, story_facts
    report = story_facts(load_story(args.story or DEFAULT_STORY), Warehouse(args.warehouse))
    print(json.dumps(report, default=str, ensure_ascii=False, indent=2) if args.json else render_facts(report))
    return 0


def cmd_serve(args) -> int:
    """A read-only web app over the warehouse (storywatch.app.serve) until Ctrl-C."""
    from storywatch.app.serve import serve
    try:
        serve(args.warehouse, host=args.host, port=args.port, say=lambda m: print(m, flush=True))
    except KeyboardInterrupt:
        pass
    return 0


def _run_all_stories(args) -> int:
    from storywatch.app.stories import run_all
    return run_all(args)


def cmd_stories(args) -> int:
    from storywatch.app.stories import print_stories
    return print_stories(args.warehouse, args.json)


def cmd_story_new(args) -> int:
    from storywatch.app.stories import create_story
    return create_story(args.slug, args.dir)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="storywatch", description="Follow a news story; get alerted "
                                "when a reported figure or status changes.")
    p.add_argument("--version", action="version", version=f"storywatch {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp, story=True):
        sp.add_argument("--warehouse", default=default_warehouse(), metavar="DIR",
                        help="warehouse folder (default ./warehouse, or $STORYWATCH_WAREHOUSE)")
        if story:
            sp.add_argument("--story", default=None, metavar="SLUG", help="story slug (default: all "
                            f"stories; for run: {DEFAULT_STORY})")

    r = sub.add_parser("run", help="one incremental pass: ingest, store, extract, detect, alert")
    common(r)
    r.add_argument("--seeds", metavar="DIR", help="seed folder (default: the story file's)")
    r.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS/Atom/JSON feed (repeatable)")
    r.add_argument("--page", action="append", default=[], metavar="URL", help="an article page (repeatable)")
    r.add_argument("--json", action="store_true", help="print the run's summary as JSON")
    r.add_argument("--dask", metavar="local:N|ADDRESS", help="run the CPU stages on Dask: a local "
                   "cluster of N worker processes, or a scheduler address (also STORYWATCH_DASK)")
    r.add_argument("--allow-private", action="store_true", help="let feeds and pages on private, loopback "
                   "or link-local addresses be fetched (also STORYWATCH_ALLOW_PRIVATE=1)")
    r.add_argument("--all-stories", action="store_true", help="every story of the stories folder, one "
                   "after another in this process; a line per story; exit 1 if one failed")
    r.add_argument("--run-idle", action="store_true", help="with --all-stories: run stories with nothing new too")
    r.set_defaults(func=cmd_run)

    a = sub.add_parser("alerts", help="list alerts, oldest first")
    common(a)
    a.add_argument("--since", metavar="ISO8601", help="only alerts detected at or after this time")
    a.add_argument("--json", action="store_true", help="print one JSON array")
    a.set_defaults(func=cmd_alerts)

    d = sub.add_parser("digest", help="a digest of alerts (empty when nothing changed)")
    common(d)
    d.add_argument("--since", metavar="ISO8601", help="only alerts detected at or after this time")
    d.add_argument("--format", choices=("markdown", "html", "json", "atom"), default="markdown")
    d.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    d.set_defaults(func=cmd_digest)

    e = sub.add_parser("extract", help="show the figures and statuses storywatch reads in a text")
    e.add_argument("file", nargs="?", metavar="FILE|-", help="a text file, or - for standard input")
    e.add_argument("--lang", metavar="CODE", help="language (en, it, fr, de, es); default: guess")
    e.add_argument("--json", action="store_true", help="print JSON")
    e.set_defaults(func=cmd_extract)

    w = sub.add_parser("watch", help="react within seconds to new seed files and feed entries")
    common(w)
    w.add_argument("--seeds", metavar="DIR", help="seed folder (default: the story file's)")
    w.add_argument("--feed", action="append", default=[], metavar="URL", help="an extra feed (repeatable)")
    w.add_argument("--allow-private", action="store_true", help="as for run")
    w.add_argument("--poll", type=float, default=0.25, metavar="SECONDS", help="seed folder check interval")
    w.add_argument("--feed-interval", type=float, default=60.0, metavar="SECONDS", help="feed poll interval")
    w.set_defaults(func=cmd_watch)

    n = sub.add_parser("notify", help="send each notify target the alerts it has not had yet")
    common(n)
    n.add_argument("--format", choices=("markdown", "html"), default="markdown",
                   help="digest format sent (default markdown)")
    n.set_defaults(func=cmd_notify)

    t = sub.add_parser("status", help="sources, last run, errors and what is due")
    common(t)
    t.add_argument("--json", action="store_true", help="print JSON")
    t.set_defaults(func=cmd_status)

    f = sub.add_parser("facts", help="the story's tracked facts, their values and sources, and the "
                       "subjects seen but not tracked")
    common(f)
    f.add_argument("--json", action="store_true", help="print JSON")
    f.set_defaults(func=cmd_facts)

    s = sub.add_parser("serve", help="a read-only web app over the warehouse: stories, facts, alerts, "
                       "versions side by side, Atom feeds")
    common(s, story=False)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this "
                   "machine only)")
    s.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    s.set_defaults(func=cmd_serve)

    q = sub.add_parser("sql", help="run one read-only SQL query on the warehouse")
    common(q, story=False)
    q.add_argument("query", help="one SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN "
                   "statement, e.g. \"SELECT * FROM current_facts\"; it reads only the warehouse folder")
    q.add_argument("--json", action="store_true", help="print JSON rows")
    q.set_defaults(func=cmd_sql)

    ss = sub.add_parser("stories", help="every story file: sources, last run, facts, alerts, errors")
    common(ss, story=False)
    ss.add_argument("--json", action="store_true", help="print JSON")
    ss.set_defaults(func=cmd_stories)
    sn = sub.add_parser("story", help="`story new SLUG`: write a commented story file to fill in")
    sn = sn.add_subparsers(dest="action", required=True).add_parser("new", help="write a story file")
    sn.add_argument("slug", metavar="SLUG", help="lowercase letters and digits joined by dashes")
    sn.add_argument("--dir", metavar="DIR", help="stories folder (default: $STORYWATCH_STORIES or ./stories)")
    sn.set_defaults(func=cmd_story_new)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command in ("run", "watch") and args.story is None:
        args.story = DEFAULT_STORY
    try:
        if args.command in ("run", "status", "watch", "notify", "facts"):
            load_story(args.story or DEFAULT_STORY)       # fail before Prefect starts if the story file is wrong
        return args.func(args)
    except (StoryError, WarehouseBusy, FileNotFoundError, DeliveryConfigError) as exc:
        print(f"storywatch: {exc}", file=sys.stderr)
        return 2


def entry() -> None:
    """The ``storywatch`` command: a process of its own."""
    from storywatch.app import interrupt
    interrupt.own_process()
    try:
        sys.exit(main())
    except BrokenPipeError:     # "storywatch extract … | head": the reader left, as a pipe's may
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        sys.exit(141)           # what a shell reports for a process ended by SIGPIPE


if __name__ == "__main__":
    entry()
