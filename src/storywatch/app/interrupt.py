"""Ctrl-C and SIGTERM for `storywatch run`: stop within seconds, at a safe point, leave no process.

The first SIGINT or SIGTERM only asks the run to stop (``requested``): the run loop stops at the
next boundary between stages or batches (``storywatch.pipeline.loop.RunInterrupted``), so the
batch in flight is either dropped before its commit or has landed whole (each batch commits in
one DuckDB transaction; a rerun goes on from there, content-derived keys repeat nothing). A
second signal, or the first one left unanswered for ``STORYWATCH_STOP_GRACE`` seconds (default
10), raises KeyboardInterrupt in the main thread at once: a commit under way rolls back. After
``STORYWATCH_STOP_DEADLINE`` more seconds (default 20) the process kills its children and exits
anyway (``hard_exit``): a stop never hangs on a stuck thread, a lost Prefect server or its events.

Prefect's ephemeral API server is started here, by the CLI's main thread, in its own session (a
terminal's Ctrl-C goes to the CLI only, which then stops it after the run's last Prefect call) and
with a parent-death signal (SIGKILL of the CLI takes it along, never leaving an orphan uvicorn).
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import threading
import time

STOP = threading.Event()           # a stop was asked for
_state: dict = {"signum": None, "installed": False, "done": threading.Event(), "exit": None,
                "report": threading.Lock(), "owns_process": False}
_children: list[subprocess.Popen] = []
EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}


def _seconds(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


def requested() -> bool:
    return STOP.is_set()


def signal_name() -> str:
    sig = _state["signum"]
    return signal.Signals(sig).name if sig else "a stop request"


def exit_code() -> int:
    return EXIT_CODES.get(_state["signum"], 130)


def _say(msg: str) -> None:
    try:
        os.write(2, (msg + "\n").encode())
    except OSError:
        pass


def _handler(signum, frame) -> None:
    if not STOP.is_set():
        _state["signum"] = signum
        STOP.set()
        _say(f"storywatch: {signal.Signals(signum).name} received: stopping at the next safe point "
             "(the batch in flight lands whole or rolls back); send it again to stop at once.")
        threading.Thread(target=_watchdog, name="storywatch-stop-watchdog", daemon=True).start()
        return
    _say(f"storywatch: {signal.Signals(signum).name} again: stopping now; an unfinished commit rolls back.")
    raise KeyboardInterrupt


def _watchdog() -> None:
    """Escalate a stop that is not answered: KeyboardInterrupt in the main thread, then exit."""
    done: threading.Event = _state["done"]
    if done.wait(_seconds("STORYWATCH_STOP_GRACE", 10)):
        return
    import _thread
    _thread.interrupt_main(signal.SIGINT)     # runs _handler in the main thread: KeyboardInterrupt
    if done.wait(_seconds("STORYWATCH_STOP_DEADLINE", 20)):
        return
    hard_exit(exit_code(), "storywatch: the run did not stop in time; exiting. Committed batches are "
                           "kept; run it again to go on.")


def install() -> None:
    """SIGINT and SIGTERM ask the run to stop (main thread only)."""
    signal.signal(signal.SIGINT, _handler)
    signal.signal(signal.SIGTERM, _handler)
    if not _state["installed"]:
        import atexit
        atexit.register(_last_rites)     # after Prefect's own exit hooks (atexit is LIFO)
    _state["installed"] = True


def _last_rites() -> None:
    """The CLI's last exit hook: stop what is left of the children, then, once the command has
    settled its exit code, leave without tearing the interpreter's modules down. Everything is
    committed, flushed and closed by now; the teardown itself would only make DuckDB's bindings
    report, on stderr, objects that Prefect's threads still hold ("nanobind: leaked …")."""
    stop_children(3.0)
    if _state["owns_process"] and _state["exit"] is not None:
        import logging
        logging.shutdown()
        hard_exit(_state["exit"])


def own_process() -> None:
    """This process is the ``storywatch`` command itself (not a caller importing the CLI), so its
    last exit hook may end it."""
    _state["owns_process"] = True


def reinstall() -> None:
    """Take SIGTERM back from Prefect's flow engine (it swaps in its own for the flow run), when the
    CLI installed the handlers; a deployment's runner keeps Prefect's."""
    if _state["installed"] and threading.current_thread() is threading.main_thread():
        install()


def installed() -> bool:
    return _state["installed"]


# -- a run whose data committed never waits on Prefect -------------------------------------------
def on_commit(report) -> None:
    """``report(summary) -> exit code`` prints a committed run's summary (for ``committed``)."""
    _state["report_fn"] = report


def finished_summary():
    """The summary of the run, once its data committed (``committed``); None before."""
    return _state.get("summary")


def committed(summary) -> None:
    """The run's data is committed (``summary``): from now on a lost Prefect server (its process
    gone, or no answer to /health) cannot hang or fail it. If Prefect is still busy
    ``STORYWATCH_LOST_SERVER_GRACE`` seconds (default 5) after its server was found lost, print
    the summary (the CLI's ``on_commit``) and exit. A no-op outside the CLI."""
    if not _state["installed"]:
        return
    _state["summary"] = summary
    report = _state.get("report_fn") or (lambda s: 0)

    def guard():
        lost_since = None
        while not _state["done"].is_set():
            if _server_lost():
                lost_since = lost_since or time.monotonic()
                if time.monotonic() - lost_since > _seconds("STORYWATCH_LOST_SERVER_GRACE", 5):
                    if not claim_report():
                        return
                    _say("storywatch: warning: the Prefect server was lost after the run's data "
                         "committed; its report and alert events were not sent (the alerts are in "
                         "the warehouse: storywatch alerts).")
                    code = report(summary)
                    hard_exit(exit_code() if STOP.is_set() else code)
            else:
                lost_since = None
            _state["done"].wait(1.0)
    threading.Thread(target=guard, name="storywatch-lost-server-guard", daemon=True).start()


def claim_report() -> bool:
    """Who prints the run's outcome: the CLI's main thread or a guard, whichever asks first."""
    with _state["report"]:
        if _state.get("reported"):
            return False
        _state["reported"] = True
        return True


def _server_lost() -> bool:
    url = _state.get("api_url")
    proc = _state.get("server")
    if proc is not None and proc.poll() is not None:
        return True
    if not url:
        return False
    import urllib.request
    try:
        with urllib.request.urlopen(url + "/health", timeout=3) as r:
            return r.status != 200
    except OSError:
        return True


# -- the ephemeral Prefect server ------------------------------------------------------------
def _die_with_parent() -> None:
    """In the server's child process: SIGTERM when the CLI dies, even by SIGKILL (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)          # PR_SET_PDEATHSIG
        if os.getppid() == 1:                           # the parent is already gone
            os.kill(os.getpid(), signal.SIGTERM)
    except (OSError, AttributeError):
        pass


class _ServerSubprocess:
    """``subprocess`` as Prefect's server module sees it: its Popen starts the server in its own
    session, dying with its parent, and remembered for ``stop_children``."""

    def __getattr__(self, name):
        return getattr(subprocess, name)

    @staticmethod
    def Popen(*args, **kwargs):
        kwargs.setdefault("start_new_session", True)
        kwargs.setdefault("preexec_fn", _die_with_parent)
        proc = subprocess.Popen(*args, **kwargs)
        _children.append(proc)
        return proc


def start_ephemeral_server() -> None:
    """Start Prefect's ephemeral API server now, from the main thread, if the flow will need one
    (no PREFECT_API_URL): the parent-death signal belongs to the thread that started it."""
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED
    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return
    import prefect.server.api.server as server_module
    server_module.subprocess = _ServerSubprocess()
    server = server_module.SubprocessASGIServer()
    server.start()
    _state["server"], _state["api_url"] = server.server_process, server.api_url


def watch_api() -> None:
    """Watch an external Prefect API (PREFECT_API_URL) for ``committed``."""
    from prefect.settings import PREFECT_API_URL
    if PREFECT_API_URL.value():
        _state["api_url"] = PREFECT_API_URL.value().rstrip("/")


def _child_pids() -> list[int]:
    """This process's descendants (from /proc), children first."""
    me, parents = os.getpid(), {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    out, todo = [], [me]
    while todo:
        for child in parents.get(todo.pop(), ()):
            out.append(child)
            todo.append(child)
    return out


def stop_children(wait_s: float = 5.0) -> None:
    """SIGTERM every descendant (the ephemeral server, Dask workers), SIGKILL what is left."""
    pids = set(_child_pids()) | {p.pid for p in _children if p.poll() is None}
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except OSError:
            pass
    deadline = time.monotonic() + wait_s
    for p in _children:
        try:
            p.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.05)
    for pid in pids:
        if _alive(pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
    for p in _children:
        if p.poll() is None:
            try:
                p.wait(2)
            except subprocess.TimeoutExpired:
                pass


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b")", 1)[1].split()[0]
        if state == b"Z":                 # a zombie child: reap it
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
            return False
        return True
    except (OSError, IndexError):
        return False


def hard_exit(code: int, message: str | None = None) -> None:
    if message:
        _say(message)
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    stop_children(3.0)
    os._exit(code)


def bounded_exit(code: int) -> None:
    """From now on the process exits within ``STORYWATCH_EXIT_GRACE`` seconds (default 15) with
    ``code``: Prefect's exit hooks (sending logs and events to its server) may not hang it."""
    _state["done"].set()
    _state["exit"] = code

    def guard():
        time.sleep(_seconds("STORYWATCH_EXIT_GRACE", 15))
        hard_exit(code, "storywatch: Prefect did not finish sending its logs and events in time; "
                        "exiting (the run's data is committed).")
    threading.Thread(target=guard, name="storywatch-exit-guard", daemon=True).start()


def report_stop(exc, cause=None) -> int:
    """The line that says what a stopped run committed; the exit code (130 SIGINT, 143 SIGTERM)."""
    if not claim_report():
        hard_exit(exit_code())
    how = f"storywatch: stopped by {signal_name()}"
    if exc is None:
        print(f"{how} before its first batch committed (or while Prefect was starting or stopping: "
              f"{type(cause).__name__ if cause else 'no run'}); nothing of this run was committed"
              " that a rerun will not repeat safely. Run it again to go on.", file=sys.stderr, flush=True)
        print(f"{how}: committed 0 batches.", flush=True)
        return exit_code()
    t = exc.totals
    print(f"{how}: run {exc.run_id} of {exc.story} committed {exc.batches} "
          f"{'batch' if exc.batches == 1 else 'batches'} before stopping: {t.articles} new articles, "
          f"{t.versions} new versions ({t.duplicates} duplicates), {t.unchanged} unchanged, "
          f"{t.claims} claims, {t.alert_count} alerts. The batch in flight was not committed (it rolls "
          "back whole); run it again to go on from there.", flush=True)
    return exit_code()
