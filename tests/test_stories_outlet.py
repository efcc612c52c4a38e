"""A local paper need not write its town's name (issue 24): the outlet's own name may supply one
of the story's term groups, never all of them."""
from datetime import datetime, timezone
from pathlib import Path

from storywatch.ingest import RawDocument
from storywatch.story import Story
from storywatch.text import prepare

STORY = Story(slug="valmora-election", name="Valmora election", description="", seeds=Path("seeds"),
              terms=(("Valmora", "Valmorese"), ("election", "elezioni", "spoglio")), feeds=(), pages=(),
              path=Path("story.toml"))


def doc(text, outlet):
    return RawDocument(url="https://vocedivalmora.example/a", source_kind="page", source="x", text=text,
                       title=None, published=datetime(2026, 11, 23, tzinfo=timezone.utc),
                       order_key="2026-11-23|a", outlet=outlet)


def test_the_outlet_name_places_a_local_report():
    text = "Elezioni, il Partito Civico è in testa allo spoglio con il 31,2% dei voti."
    assert [p.relevant for p in prepare([doc(text, "La Voce di Valmora")], STORY)] == [True]
    rejected = prepare([doc(text, "Gazzetta del Mattino")], STORY)[0]
    assert not rejected.relevant and rejected.reason == "does not mention Valmora/Valmorese"


def test_the_outlet_name_alone_is_not_enough():
    got = prepare([doc("Il derby finisce 2-1 davanti a 12.000 spettatori.", "La Voce di Valmora")], STORY)[0]
    assert not got.relevant and "election" in got.reason
