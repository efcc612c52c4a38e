from datetime import datetime, timezone

from storywatch.facts.detect import FactState, changed, detect, same_figure
from storywatch.records import Claim

NOW = datetime(2026, 11, 23, tzinfo=timezone.utc)


def claim(value=None, unit=None, *, precision=1e8, alt=None, alt_unit=None, status=None, vid="v1",
          subject="deal value", text="x", kind=None, position=0):
    return Claim(claim_id=vid + text, version_id=vid, article_id="a", story="s",
                 kind=kind or ("status" if status else "money"), subject=subject, value=value,
                 value_high=None, unit=unit, status=status, text=text, sentence=text + " sentence.",
                 approx=None, alt_value=alt, alt_unit=alt_unit, precision=precision, role="lead",
                 block="body", position=position, run_id="r")


def test_value_within_rounding_of_the_less_precise_figure_is_the_same():
    assert same_figure(claim(1.5e9, "USD"), claim(1.54e9, "USD", precision=1e7))
    assert not same_figure(claim(1.5e9, "USD"), claim(1.55e9, "USD", precision=1e7))
    assert not same_figure(claim(1.5e9, "EUR"), claim(1.6e9, "EUR"))


def test_conversion_in_the_same_phrase_restates_the_figure():
    old = claim(1.5e9, "EUR", alt=1.6e9, alt_unit="USD")
    assert same_figure(old, claim(1.6e9, "USD"))
    assert same_figure(claim(1.6e9, "USD"), claim(1.5e9, "EUR", alt=1.6e9, alt_unit="USD"))


def test_currency_change_without_bridge_is_a_change():
    # the seeds: "$1.5 billion" then "1.5 billion euros, roughly equating to $1.55 billion"
    assert changed(claim(1.5e9, "USD"), claim(1.5e9, "EUR", alt=1.55e9, alt_unit="USD"))
    assert changed(claim(1.5e9, "USD"), claim(1.5e9, "EUR"))


def test_status_moves():
    assert changed(claim(status="exploring"), claim(status="negotiating"))
    assert not changed(claim(status="negotiating"), claim(status="negotiating"))


def test_detect_walks_versions_in_order_and_ids_are_stable():
    s1 = FactState(claim(1.5e9, "USD", vid="v1"), "u1", None, "1|a")
    s2 = FactState(claim(1.5e9, "USD", vid="v2"), "u2", None, "2|b")
    s3 = FactState(claim(1.8e9, "USD", vid="v3", text="$1.8bn"), "u3", None, "3|c")
    alerts, state = detect("s", {}, [s3, s1, s2], NOW, "r")
    assert len(alerts) == 1
    a = alerts[0]
    assert (a.old_version_id, a.new_version_id, a.old_url, a.new_url) == ("v2", "v3", "u2", "u3")
    assert a.evidence == "$1.8bn sentence." and state[("deal value", "money")].url == "u3"
    again, _ = detect("s", {}, [s1, s2, s3], NOW, "other-run")
    assert [x.alert_id for x in again] == [a.alert_id]


def test_late_arrival_does_not_move_the_current_value_back():
    current = FactState(claim(1.8e9, "USD", vid="v3"), "u3", None, "3|c")
    late = FactState(claim(1.5e9, "USD", vid="v0"), "u0", None, "0|z")
    alerts, state = detect("s", {current.key: current}, [late], NOW, "r")
    assert alerts == [] and state[("deal value", "money")].url == "u3"


def test_outlets_disagreeing_within_a_day_is_a_conflict_not_a_revision():
    a = FactState(claim(1.5e9, "USD", vid="v1"), "https://wire.example/a", None, "2025-01-06T09:42:00|x")
    b = FactState(claim(1.5e9, "EUR", vid="v2"), "https://corriere.example/b", None, "2025-01-06T11:30:00|y")
    later = FactState(claim(1.6e9, "EUR", vid="v3"), "https://corriere.example/c", None, "2025-01-09T08:30:00|z")
    same_site = FactState(claim(1.7e9, "EUR", vid="v4"), "https://corriere.example/d", None, "2025-01-09T09:00:00|z")
    alerts, _ = detect("s", {}, [a, b, later, same_site], NOW, "r")
    assert [x.kind for x in alerts] == ["conflict", "figure_changed", "figure_changed"]
    assert (alerts[0].old_url, alerts[0].new_url) == (a.url, b.url)


def test_undated_seeds_are_never_in_conflict():
    a = FactState(claim(1.5e9, "USD", vid="v1"), "seed:s/000.txt", None, "0000-00-00T00:00:00|seed:s/000.txt")
    b = FactState(claim(1.5e9, "EUR", vid="v2"), "seed:s/002.txt", None, "0000-00-00T00:00:00|seed:s/002.txt")
    alerts, _ = detect("s", {}, [a, b], NOW, "r")
    assert [x.kind for x in alerts] == ["figure_changed"]


def test_odd_dates_sort_and_never_break_detection():
    from datetime import datetime as dt

    from storywatch.ingest.sources import order_key
    assert order_key(dt(1, 1, 1), "u").startswith("0001-01-01T00:00:00")      # not "1-01-01"
    a = FactState(claim(1.5e9, "USD", vid="v1"), "https://a.example/x", None, "0001-01-01T00:00:00|a")
    b = FactState(claim(1.6e9, "USD", vid="v2"), "https://b.example/y", None, "garbage|b")
    alerts, _ = detect("s", {}, [a, b], NOW, "r")
    assert [x.kind for x in alerts] == ["figure_changed"]


def test_a_figure_of_another_kind_is_another_fact():
    # one sentence leads "budget" twice, as money and as a percent: two facts, and a later money
    # figure is compared with the money one only (never "40 percent -> $700 million")
    money = FactState(claim(5000.0, "USD", vid="v1", subject="budget", text="$5,000"), "u1", None, "1|a")
    share = FactState(claim(40.0, "%", vid="v1", subject="budget", text="40 percent", kind="percent"),
                      "u1", None, "1|a")
    later = FactState(claim(7e8, "USD", vid="v2", subject="budget", text="$700 million"), "u2", None, "2|b")
    for first in ([money, share], [share, money]):           # whatever order the claims come in
        alerts, state = detect("s", {}, first + [later], NOW, "r")
        assert [(a.old_text, a.new_text) for a in alerts] == [("$5,000", "$700 million")]
        assert state[("budget", "percent")] is share and state[("budget", "money")] is later
        # the same versions over two batches: the state carried between them is the same
        _, carried = detect("s", {}, first, NOW, "r")
        assert [(a.old_text, a.new_text) for a in detect("s", carried, [later], NOW, "r")[0]] == \
            [("$5,000", "$700 million")]


def test_two_revisions_at_one_reporting_time_are_taken_by_revision_not_by_position():
    # an article's second text at the same order_key (same date and URL) leads earlier in the text
    first = FactState(claim(1.5e9, "USD", vid="v1", position=5), "u", None, "1|a", seq=1)
    second = FactState(claim(1.8e9, "USD", vid="v2", position=0, text="$1.8bn"), "u", None, "1|a", seq=2)
    alerts, state = detect("s", {}, [second, first], NOW, "r")
    assert [(a.old_version_id, a.new_version_id) for a in alerts] == [("v1", "v2")]
    assert state[("deal value", "money")] is second
