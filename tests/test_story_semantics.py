"""Issue 4's story test: one story told by a sequence of articles, through the whole pipeline.

No alert for a value within rounding, for a conversion in the same phrase, for a background
restatement of an older value, or for a duplicate of an article already counted; an alert for a
real revision and for every status move. (A conflict between two outlets the same day needs dated
articles from two outlets: tests/test_coverage.py serves them over HTTP and checks it.)
"""
import pytest

from storywatch.pipeline import run_story

# (file name, text); seeds are read in file-name order, one article each
ARTICLES = [
    ("01_explore.txt", "Italy is exploring a deal with SpaceX for secure government communications."),
    ("02_talks.txt", "Italy is in talks with SpaceX over a $1.5 billion deal for secure communications, "
                     "officials said."),
    ("03_rounding.txt", "Italy remains in talks with SpaceX over the $1.52 billion deal for encrypted links."),
    ("04_conversion.txt", "Italy and SpaceX are negotiating the deal, worth $1.5 billion (about 1.4 billion "
                          "euros), for secure satellite communications."),
    ("05_revision.txt", "Italy and SpaceX have agreed on the deal, now valued at $1.6 billion, for secure "
                        "communications."),
    ("06_restatement.txt", "The Italy-SpaceX deal, originally valued at $1.5 billion, was agreed by the "
                           "government last month after long talks."),
    ("07_signed.txt", "Italy and SpaceX signed the $1.6 billion contract for secure communications on Friday."),
    ("08_stalled.txt", "The $1.6 billion contract between Italy and SpaceX has stalled over security "
                       "concerns, officials said."),
    ("09_cancelled.txt", "Italy has cancelled the $1.6 billion contract with SpaceX for secure "
                         "communications, the defence ministry said."),
    ("10_duplicate.txt", "Italy has cancelled the $1.6 billion contract with SpaceX for secure "
                         "communications, the defence ministry said."),
    ("11_denied.txt", "SpaceX denied that it had ever reached a deal with Italy, calling the $1.6 billion "
                      "contract reports false."),
]


@pytest.fixture
def told(story, warehouse, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES:
        (seeds / name).write_text(text + "\n", encoding="utf-8")
    summary = run_story(story, warehouse, seeds_dir=seeds, say=lambda m: None)
    assert not summary.errors
    return summary


def _source(alert) -> str:
    return alert.new_url.rsplit("/", 1)[-1]


def test_status_moves_each_alert_once(told):
    moves = [(a.old_status, a.new_status, _source(a)) for a in told.alerts if a.kind == "status_changed"]
    assert moves == [
        ("exploring", "negotiating", "02_talks.txt"),
        ("negotiating", "agreed", "05_revision.txt"),
        ("agreed", "signed", "07_signed.txt"),
        ("signed", "stalled", "08_stalled.txt"),
        ("stalled", "cancelled", "09_cancelled.txt"),
        ("cancelled", "denied", "11_denied.txt"),
    ]


def test_only_the_real_revision_moves_the_deal_value(told):
    figures = [(a.subject, a.old_value, a.new_value, a.new_unit, _source(a))
               for a in told.alerts if a.kind == "figure_changed"]
    # not 03 (within rounding of $1.5bn), not 04 (the euro conversion in the same phrase), not 06
    # (a restatement of the older value must not flip it back), not 10 (a duplicate of 09)
    assert figures == [("deal value", 1.5e9, 1.6e9, "USD", "05_revision.txt")]


def test_the_duplicate_is_stored_as_one_and_counted_once(told, warehouse):
    assert told.duplicates == 1
    with warehouse.reader() as con:
        rows = con.execute("SELECT a.url, v.duplicate_of IS NOT NULL FROM versions v JOIN articles a "
                           "USING (article_id) WHERE a.url LIKE '%_duplicate.txt'").fetchall()
    assert rows == [("seed:italy-spacex/10_duplicate.txt", True)]
    assert not any(_source(a) == "10_duplicate.txt" for a in told.alerts)


def test_evidence_and_both_sources_on_every_alert(told):
    for a in told.alerts:
        assert a.old_url and a.new_url and a.old_url != a.new_url
        assert a.evidence and a.evidence in dict(ARTICLES)[_source(a)]
