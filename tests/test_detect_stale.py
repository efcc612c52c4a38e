"""A slower outlet's older figure is not news (issue 24): detect passes over a figure that goes back
to a value the fact held before, from another outlet within days, in one batch and across runs
(``settle``); an article updated in place revises its own report, never conflicts."""
from datetime import datetime, timezone

from storywatch.facts.detect import FactState, detect, settle
from storywatch.records import Claim

NOW = datetime(2026, 11, 24, tzinfo=timezone.utc)


def share(value, vid, text=None):
    text = text or f"{value}%"
    return Claim(claim_id=vid + text, version_id=vid, article_id="a-" + vid, story="s", kind="percent",
                 subject="vote share", value=value, value_high=None, unit="%", status=None, text=text,
                 sentence=text + " of the vote.", approx=None, alt_value=None, alt_unit=None, precision=0.1,
                 role="lead", block="body", position=0, run_id="r")


def at(claim, outlet, stamp, seq=1):
    return FactState(claim, f"https://{outlet}.example/{claim.version_id}", None, f"{stamp}|{outlet}", outlet, seq)


WIRE_NIGHT = at(share(31.2, "w1"), "wire", "2026-11-22T23:40:00+00:00")
WIRE_UPDATE = at(share(32.5, "w2"), "wire", "2026-11-23T07:00:00+00:00", seq=2)
DAILY = at(share(32.5, "d1"), "daily", "2026-11-23T08:30:00+00:00")
SLOW = at(share(31.2, "p1"), "post", "2026-11-23T09:00:00+00:00")


def test_a_slower_outlet_back_at_the_older_value_raises_nothing():
    alerts, state = detect("s", {}, [WIRE_NIGHT, WIRE_UPDATE, DAILY, SLOW], NOW, "r")
    assert [(a.old_value, a.new_value, a.kind) for a in alerts] == [(31.2, 32.5, "figure_changed")]
    assert state[SLOW.key] is DAILY


def test_the_same_outlet_going_back_is_a_revision_and_alerts():
    back = at(share(31.2, "d2"), "daily", "2026-11-23T10:00:00+00:00", seq=2)
    alerts, _ = detect("s", {}, [WIRE_NIGHT, WIRE_UPDATE, DAILY, back], NOW, "r")
    assert [(a.old_value, a.new_value) for a in alerts] == [(31.2, 32.5), (32.5, 31.2)]


def test_an_older_value_weeks_later_is_news_again():
    later = at(share(31.2, "p2"), "post", "2026-12-20T09:00:00+00:00")
    alerts, _ = detect("s", {}, [WIRE_NIGHT, WIRE_UPDATE, DAILY, later], NOW, "r")
    assert [(a.old_value, a.new_value) for a in alerts] == [(31.2, 32.5), (32.5, 31.2)]


def test_settle_puts_back_the_last_alerted_value_after_a_stale_report():
    # the stored newest lead claim is the slower outlet's; the alerts say the fact moved 31.2 -> 32.5
    state = settle(SLOW, [(WIRE_NIGHT.claim, DAILY)])
    assert state.claim is DAILY.claim and [c.value for c in state.earlier] == [31.2]
    alerts, _ = detect("s", {state.key: state},
                       [at(share(33.0, "w3"), "wire", "2026-11-24T12:00:00+00:00")], NOW, "r")
    assert [(a.old_value, a.new_value) for a in alerts] == [(32.5, 33.0)]
    # without the alerts' history the stale value is the state, as before
    assert settle(SLOW, []) is SLOW


def test_an_update_in_place_is_a_revision_not_a_conflict():
    other = at(share(31.2, "v1"), "local", "2026-11-23T00:30:00+00:00")
    alerts, _ = detect("s", {}, [WIRE_NIGHT, other, WIRE_UPDATE], NOW, "r")
    assert [a.kind for a in alerts] == ["figure_changed"]
    fresh = at(share(32.5, "w9"), "wire", "2026-11-23T07:00:00+00:00")     # a new article, same time
    alerts, _ = detect("s", {}, [WIRE_NIGHT, other, fresh], NOW, "r")
    assert [a.kind for a in alerts] == ["conflict"]
