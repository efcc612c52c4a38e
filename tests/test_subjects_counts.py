"""Subjects read from news wording that no story was tuned to (issue 24): the share of the count
done, parts of a whole, counted nouns across languages, evacuees, aid named after its amount."""
import pytest

from storywatch.facts import classify_subject, extract_figures, figure_context
from storywatch.facts.phrases import parts_of_wholes


def read(sentence):
    figs = extract_figures(sentence)
    figs = sorted(figs + parts_of_wholes(sentence, figs), key=lambda f: f.start)
    return [(f.value, classify_subject(sentence, f), figure_context(sentence, f, figs)) for f in figs]


@pytest.mark.parametrize("sentence", [
    "The party won 31.2% of the vote with 62% of ballots counted.",
    "Con il 62% delle schede scrutinate, il partito è al 31,2% dei voti.",
    "Der Partei kam nach Auszählung von 62% der Stimmen auf 31,2% der Stimmen.",
])
def test_the_share_counted_is_not_the_vote_share(sentence):
    got = {v: s for v, s, _ in read(sentence)}
    assert got == {62.0: "ballots counted", 31.2: "vote share"}


@pytest.mark.parametrize("sentence,part,noun", [
    ("A projection gave the party 140 of the 400 seats in parliament.", 140.0, "seats"),
    ("El partido obtuvo 140 de los 400 escaños.", 140.0, "seats"),
    ("Die Partei gewann 140 der 400 Sitze.", 140.0, "seats"),
])
def test_a_part_of_a_whole_is_the_count_and_the_whole_is_background(sentence, part, noun):
    got = read(sentence)
    assert (part, noun, None) in got and (400.0, noun, "background") in got


def test_a_plain_count_of_seats_is_still_the_count():
    assert read("The party won 146 seats.") == [(146.0, "seats", None)]


@pytest.mark.parametrize("sentence", [
    "The fire has burned 1,200 hectares of forest.", "Las llamas han calcinado ya 1.200 hectáreas.",
    "Il fuoco ha bruciato 1.200 ettari di bosco."])
def test_hectares_are_one_subject_in_every_language(sentence):
    assert [s for _, s, _ in read(sentence)] == ["hectares"]


@pytest.mark.parametrize("sentence", [
    "The fire has killed 3 people and forced 2,000 people to leave their homes.",
    "El incendio deja tres muertos y 2.000 desalojados.",
])
def test_evacuees_are_not_the_dead(sentence):
    got = [s for _, s, _ in read(sentence)]
    assert got == ["death toll", "displaced"]


def test_places_counted_are_not_the_people_evacuated():
    assert [s for _, s, _ in read("Officials ordered residents of 2 villages to leave their homes.")] == ["villages"]


def test_the_event_named_by_a_figure_it_caused_is_background():
    got = read("The wildfire that has forced 2,000 people from their homes has closed the motorway.")
    assert got == [(2000.0, "displaced", "background")]


@pytest.mark.parametrize("sentence", [
    "El Gobierno aprobó 5 millones de euros en ayudas urgentes.",
    "The government approved 5 million euros in emergency aid.",
])
def test_aid_named_after_its_amount(sentence):
    assert [s for _, s, _ in read(sentence)] == ["aid"]
