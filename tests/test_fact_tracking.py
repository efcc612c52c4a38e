"""Which subjects are the story's facts, with no configuration and with a [facts] table; counts
that only rise do not flip back; `storywatch facts` shows what was tracked."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from storywatch.pipeline import run_story
from storywatch.store import Warehouse
from storywatch.story import load_story

CLI = str(Path(sys.executable).with_name("storywatch"))
FILLER = ("Rescue teams worked through the night in the valley. Roads into the town remained closed. "
          "Volunteers brought blankets and water to the shelters. Schools were turned into dormitories. ")
# other outlets' words: articles that share no filler are not near-duplicates of each other
OTHER = ["Firefighters from three provinces searched collapsed homes near the old bridge. ",
         "A field hospital opened beside the stadium while aftershocks shook the hills. ",
         "Engineers inspected the dam upstream and found no cracks in its wall. ",
         "Trains resumed on the coastal line but the mountain road stayed shut. "]


def story(tmp_path: Path, facts: str = "") -> Path:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    path = tmp_path / "quake.toml"
    path.write_text('slug = "quake"\nname = "Quake"\nseeds = "seeds"\nterms = [["Montevasco"]]\n' + facts,
                    encoding="utf-8")
    return path


def seed(tmp_path: Path, name: str, headline: str, body: str) -> None:
    (tmp_path / "seeds" / name).write_text(f"{headline}\n\n{body}\n", encoding="utf-8")


def run(path: Path, tmp_path: Path):
    return run_story(load_story(str(path)), Warehouse(tmp_path / "wh"), say=lambda m: None)


def subjects_of(alerts) -> list[str]:
    return sorted(a.subject for a in alerts)


def test_a_figure_reported_once_deep_in_an_article_is_not_a_fact_until_another_article_reports_it(tmp_path):
    path = story(tmp_path)
    deep = FILLER + "The regional council approved aid of 20 million euros for the town of Montevasco."
    seed(tmp_path, "01.txt", "Earthquake hits Montevasco", deep)
    run(path, tmp_path)
    seed(tmp_path, "02.txt", "Montevasco counts the cost",
         OTHER[0] + OTHER[1] + "The regional council approved aid of 50 million euros for the town of Montevasco.")
    first = run(path, tmp_path)
    # the same subject now in two articles: a fact, and its first alert compares with the first report
    assert [(a.old_value, a.new_value) for a in first.alerts] == [(20e6, 50e6)]


def test_an_opening_figure_is_a_fact_and_a_deep_one_of_one_article_is_not(tmp_path):
    path = story(tmp_path)
    seed(tmp_path, "01.txt", "Montevasco quake: the death toll rose to 38",
         FILLER + "Officials said 12 schools were closed in Montevasco.")
    run(path, tmp_path)
    seed(tmp_path, "01.txt", "Montevasco quake: the death toll rose to 112",
         FILLER + "Officials said 14 schools were closed in Montevasco.")
    second = run(path, tmp_path)
    assert len(second.alerts) == 1 and second.alerts[0].new_value == 112      # the schools: not a fact


def test_the_story_file_tracks_ignores_and_renames(tmp_path):
    facts = '[facts]\ntrack = ["schools"]\nignore = ["death toll"]\n'
    path = story(tmp_path, facts)
    seed(tmp_path, "01.txt", "Montevasco quake: the death toll rose to 38",
         FILLER + "Officials said 12 schools were closed in Montevasco.")
    run(path, tmp_path)
    seed(tmp_path, "01.txt", "Montevasco quake: the death toll rose to 112",
         FILLER + "Officials said 14 schools were closed in Montevasco.")
    second = run(path, tmp_path)
    assert [(a.old_value, a.new_value) for a in second.alerts] == [(12, 14)]
    with Warehouse(tmp_path / "wh").reader() as con:
        subjects = {r[0] for r in con.execute("SELECT DISTINCT subject FROM claims WHERE role = 'lead'").fetchall()}
    assert "schools" in subjects


def test_rename_merges_two_subjects_into_one_fact(tmp_path):
    path = story(tmp_path, '[facts]\nrename = { "schools" = "closures" }\n')
    seed(tmp_path, "01.txt", "Montevasco: 12 schools closed", FILLER)
    run(path, tmp_path)
    with Warehouse(tmp_path / "wh").reader() as con:
        subjects = {r[0] for r in con.execute("SELECT DISTINCT subject FROM claims").fetchall()}
    assert "closures" in subjects and "schools" not in subjects


def test_a_slower_outlet_with_an_older_toll_does_not_flip_the_fact_back(tmp_path):
    path = story(tmp_path)
    seed(tmp_path, "01.txt", "Montevasco quake: death toll rises to 38", OTHER[0])
    seed(tmp_path, "02.txt", "Montevasco quake: death toll rises to 112", OTHER[1])
    seed(tmp_path, "03.txt", "Montevasco quake: death toll stands at 38", OTHER[2])
    seed(tmp_path, "04.txt", "Montevasco quake: death toll rises to 140", OTHER[3])
    s = run(path, tmp_path)
    assert [(a.old_value, a.new_value) for a in s.alerts if a.subject == "death toll"] == [(38, 112), (112, 140)]


def test_an_explicit_revision_down_is_a_change(tmp_path):
    path = story(tmp_path)
    seed(tmp_path, "01.txt", "Montevasco quake: death toll rises to 112", OTHER[0])
    seed(tmp_path, "02.txt", "Montevasco quake: death toll revised down to 98", OTHER[1])
    s = run(path, tmp_path)
    assert [(a.old_value, a.new_value) for a in s.alerts if a.subject == "death toll"] == [(112, 98)]


def test_storywatch_facts_lists_tracked_and_untracked_subjects(tmp_path):
    path = story(tmp_path)
    seed(tmp_path, "01.txt", "Montevasco quake: the death toll rose to 38",
         FILLER + "Officials said 12 schools were closed in Montevasco.")
    run(path, tmp_path)
    out = subprocess.run([CLI, "facts", "--story", str(path), "--warehouse", str(tmp_path / "wh"), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    # a status is always a fact, one per place: "Roads into the town remained closed" (the filler)
    # and "12 schools were closed" are two closures
    assert [(f["subject"], f["value"]) for f in report["facts"]] == [
        ("closure status (road)", None), ("closure status (school)", None), ("death toll", 38)]
    assert ("schools", 12) in [(f["subject"], f["value"]) for f in report["untracked"]]
    text = subprocess.run([CLI, "facts", "--story", str(path), "--warehouse", str(tmp_path / "wh")],
                          capture_output=True, text=True, timeout=120).stdout
    assert "3 facts tracked" in text
    assert "death toll (count): 38" in text and "schools" in text


def test_an_earlier_step_reported_later_does_not_move_a_status_back_but_a_resumption_after_a_break_does(tmp_path):
    path = tmp_path / "deal.toml"
    (tmp_path / "seeds").mkdir()
    path.write_text('slug = "deal"\nname = "Deal"\nseeds = "seeds"\nterms = [["Italy"], ["SpaceX"]]\n', encoding="utf-8")
    texts = ["Italy and SpaceX signed the contract on Monday.",
             "Italy is negotiating with SpaceX over the contract.",          # a slower outlet: older news
             "Talks between Italy and SpaceX have stalled.",
             "Italy and SpaceX resumed negotiations on the contract."]       # after a break: news
    for i, (text, words) in enumerate(zip(texts, OTHER)):
        (tmp_path / "seeds" / f"0{i}.txt").write_text(f"{text}\n\n{words}\n", encoding="utf-8")
    s = run_story(load_story(str(path)), Warehouse(tmp_path / "wh"), say=lambda m: None)
    moves = [(a.old_status, a.new_status) for a in s.alerts if a.kind == "status_changed"]
    assert moves == [("signed", "stalled"), ("stalled", "negotiating")]
