"""Ctrl-C and SIGTERM stop `storywatch run` at any point; a lost Prefect server never hangs it.

Real processes and real signals: `storywatch run` over 60 short seeds (two batches of the run
loop, its batch size set to 40 in the CLI's process so that two batches take few documents; dozens
of alerts to publish) in its own session, signalled through its process group as
a terminal does (os.killpg), at points read from its own output. Each stop must exit within a hang
guard with 130 (SIGINT) or 143 (SIGTERM), say what it committed, leave no process behind (its
group, and every process it started: the ephemeral Prefect server runs in a session of its own),
and a second run must bring the warehouse to what one uninterrupted run writes.
"""
import os
import re
import signal
import subprocess
import sys
import threading
import time

import pytest

from conftest import ROOT

pytestmark = pytest.mark.prefect
SEEDS = 60             # two batches of the run loop (40 + 20)
BATCH = 40             # the run loop's batch size (pipeline.stages.BATCH_DOCS) in the CLI's process
HANG_GUARD = 45        # seconds from the signal to the exit: a guard against hangs, not a timing test
# `storywatch run` as its entry point runs it, with only the batch size changed: what is tested is
# where a stop lands among batches, which does not need hundreds of documents per batch.
CLI = [sys.executable, "-c", "import storywatch.pipeline.stages as s; s.BATCH_DOCS = " + str(BATCH)
       + "; from storywatch.app.cli import entry; entry()", "run", "--story", "italy-spacex"]


# The runs here are killed on purpose, their ephemeral Prefect servers with them: they keep
# Prefect's database in a home of their own, so that what a killed server leaves behind is never
# the database the other tests' runs on this worker start theirs on (CI saw the next file's first
# `storywatch run` wait on its server until the 300 s timeout)
_HOME: list[str] = []


@pytest.fixture(scope="module", autouse=True)
def _own_prefect_home(tmp_path_factory):
    _HOME[:] = [str(tmp_path_factory.mktemp("interrupt-prefect-home"))]


def _env(**extra):
    # Prefect's INFO lines on the console (the CLI hides them by default) say when the flow began
    return dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
                PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180", STORYWATCH_HOST_DELAY="0",
                PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL="INFO", PREFECT_HOME=_HOME[0], **extra)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """Short, distinct seeds (not near-duplicates of each other), each moving the deal value."""
    folder = tmp_path_factory.mktemp("seeds")
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
             "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"]
    for i in range(SEEDS):
        extra = " ".join(words[(i * 7 + k * (i % 13 + 1)) % len(words)] for k in range(25))
        (folder / f"{i:05d}_s.txt").write_text(
            f"Italy and SpaceX talks, report {i}\n\nItaly is in talks with SpaceX over a secure telecom "
            f"deal, report {i} says: {extra}. The deal is worth ${1 + i % 5}.{i % 10} billion, officials "
            f"said on day {i}.\n")
    return folder


class Run:
    """`storywatch run` in a new session; its output read line by line as it comes."""

    def __init__(self, warehouse, seeds, **env):
        self.proc = subprocess.Popen(CLI + ["--warehouse", str(warehouse), "--seeds", str(seeds)], cwd=ROOT,
                                     env=_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, start_new_session=True)
        self.out, self.err, self.lines = [], [], []
        self._new = threading.Condition()
        self.started = set()
        self._readers = [threading.Thread(target=self._read, args=(s, b), daemon=True)
                         for s, b in ((self.proc.stdout, self.out), (self.proc.stderr, self.err))]
        for t in self._readers:
            t.start()

    def _read(self, stream, into):
        for line in stream:
            with self._new:
                into.append(line)
                self.lines.append(line)
                self._new.notify_all()
            self.started |= set(descendants(self.proc.pid))

    def wait_for(self, pattern, timeout=240):
        rx = re.compile(pattern)
        deadline = time.monotonic() + timeout
        with self._new:
            while not any(rx.search(x) for x in self.lines):
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise AssertionError(f"never saw {pattern!r}; output:\n{self.text()}")
                self._new.wait(min(left, 0.2))
        self.started |= set(descendants(self.proc.pid))

    def signal(self, sig):
        self.started |= set(descendants(self.proc.pid))
        os.killpg(self.proc.pid, sig)

    def finish(self, timeout=HANG_GUARD) -> int:
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            for pid in self.started:
                _kill(pid)
            self.proc.wait()
            raise AssertionError(f"still running {timeout} s later; output:\n{self.text()}") from None
        for t in self._readers:
            t.join(10)
        return rc

    def text(self) -> str:
        return "".join(self.out) + "\n--- stderr ---\n" + "".join(self.err)


def descendants(pid) -> list[int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    parents.setdefault(int(f.read().rsplit(b")", 1)[1].split()[1]), []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    out, todo = [], [pid]
    while todo:
        for c in parents.get(todo.pop(), ()):
            out.append(c)
            todo.append(c)
    return out


def _stat(pid):
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None


def _cmdline(pid) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""


def _kill(pid):
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def survivors(run: Run, wait_s=5.0) -> list[str]:
    """Processes left of the run: any in its process group, any it started (live, not zombies)."""
    deadline = time.monotonic() + wait_s
    while True:
        left = []
        for entry in os.listdir("/proc"):
            st = _stat(entry) if entry.isdigit() else None
            if st and st[0] != b"Z" and int(st[2]) == run.proc.pid:
                left.append(f"{entry} (in the process group)")
        for pid in run.started:
            st = _stat(pid)
            if st and st[0] != b"Z":
                left.append(f"{pid} (started by the run)")
        if not left or time.monotonic() > deadline:
            for pid in run.started:
                _kill(pid)
            return left
        time.sleep(0.2)


def state(warehouse):
    """What the warehouse holds, by content: counts and the alert ids."""
    import duckdb
    con = duckdb.connect(str(warehouse / "storywatch.duckdb"), read_only=True)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "versions", "claims", "alerts")}
        ids = sorted(r[0] for r in con.execute("SELECT alert_id FROM alerts").fetchall())
    finally:
        con.close()
    return counts, ids


@pytest.fixture(scope="module")
def reference(seeds, tmp_path_factory):
    wh = tmp_path_factory.mktemp("reference") / "wh"
    run = Run(wh, seeds)
    rc = run.finish(timeout=600)
    assert rc == 0, run.text()
    counts, ids = state(wh)
    assert counts["articles"] == SEEDS and counts["alerts"] > SEEDS // 4, counts
    return counts, ids


def _stopped(run, sig, expect_rc):
    rc = run.finish()
    assert rc == expect_rc, run.text()
    assert "committed" in run.text(), run.text()              # the line that says what was committed
    assert not survivors(run), run.text()
    return rc


def _resumes(wh, seeds, reference):
    again = Run(wh, seeds)
    rc = again.finish(timeout=600)
    assert rc == 0, again.text()
    assert not survivors(again)
    assert state(wh) == reference


@pytest.mark.parametrize("point, sig, rc", [
    ("flow-begun", signal.SIGINT, 130),
    ("mid-batches", signal.SIGINT, 130),
    ("mid-batches", signal.SIGTERM, 143),
    ("publish", signal.SIGINT, 130),
], ids=["sigint-flow-begun", "sigint-mid-batches", "sigterm-mid-batches", "sigint-publish"])
def test_signal_stops_the_run_and_a_rerun_goes_on(point, sig, rc, seeds, reference, tmp_path):
    wh = tmp_path / "wh"
    run = Run(wh, seeds)
    pattern = {"flow-begun": r"Beginning flow run", "mid-batches": rf"{BATCH}/{SEEDS} documents",
               "publish": r"Task run 'store "}[point]
    run.wait_for(pattern)
    run.signal(sig)
    _stopped(run, sig, rc)
    if point == "mid-batches":
        out = "".join(run.out)
        m = re.search(r"committed (\d+) batch(?:es)? before stopping: (\d+) new articles", out)
        assert m, run.text()
        assert 1 <= int(m.group(1)) <= 2 and int(m.group(2)) == min(BATCH * int(m.group(1)), SEEDS), out
        assert state(wh)[0]["articles"] == int(m.group(2))      # the summary tells what is stored
    if point == "publish":
        assert f"{SEEDS} new articles" in "".join(run.out), run.text()
    if (point, sig) == ("mid-batches", signal.SIGINT):   # one rerun stands for all: it costs a whole run
        _resumes(wh, seeds, reference)
    elif (wh / "storywatch.duckdb").exists():             # what was stored is whole batches
        assert state(wh)[0]["articles"] in (0, BATCH, SEEDS)


def test_second_ctrl_c_stops_at_once_and_rolls_back(seeds, reference, tmp_path):
    wh = tmp_path / "wh"
    run = Run(wh, seeds)
    run.wait_for(rf"{BATCH}/{SEEDS} documents")
    run.signal(signal.SIGINT)
    time.sleep(0.3)
    run.signal(signal.SIGINT)
    _stopped(run, signal.SIGINT, 130)
    counts, _ = state(wh)
    assert counts["articles"] % BATCH == 0 or counts["articles"] == SEEDS, counts   # whole batches only
    _resumes(wh, seeds, reference)


def test_lost_prefect_server_neither_hangs_nor_fails_a_committed_run(seeds, reference, tmp_path):
    wh = tmp_path / "wh"
    run = Run(wh, seeds)
    run.wait_for(rf"{BATCH}/{SEEDS} documents")
    servers = [pid for pid in descendants(run.proc.pid) if b"uvicorn" in _cmdline(pid)]
    assert servers, "no ephemeral Prefect server among the run's processes"
    for pid in servers:
        os.kill(pid, signal.SIGKILL)
    rc = run.finish(timeout=180)
    assert rc == 0, run.text()
    assert f"{SEEDS} new articles" in "".join(run.out), run.text()
    assert re.search(r"(?i)warning.*prefect", run.text()), run.text()
    assert not survivors(run), run.text()
    assert state(wh) == reference


def test_sigkill_leaves_no_prefect_server(seeds, tmp_path):
    run = Run(tmp_path / "wh", seeds)
    run.wait_for(r"Beginning flow run")
    started = set(descendants(run.proc.pid))
    assert started
    run.started |= started
    os.kill(run.proc.pid, signal.SIGKILL)                     # the CLI alone: nothing can clean up
    run.finish()
    assert not survivors(run, wait_s=15), "processes outlived a SIGKILLed run"
