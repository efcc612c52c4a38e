"""Tests for storywatch.facts.sentences: sentence splitting (split_sentences) and language guessing
(detect_language)."""
import pytest

from storywatch.facts.sentences import detect_language, split_sentences


# ------------------------------------------------------------------ sentences
def test_split_keeps_abbreviations_and_decimals():
    text = ("Mr. Rossi met the U.S. team on Monday. The $1.5 bn deal, e.g. the encryption part, "
            "is No. 1 for Italy. Really? Yes! Dr. A. Smith said so.")
    assert split_sentences(text) == [
        "Mr. Rossi met the U.S. team on Monday.",
        "The $1.5 bn deal, e.g. the encryption part, is No. 1 for Italy.",
        "Really?", "Yes!", "Dr. A. Smith said so."]


def test_split_markdown_blocks():
    text = "### Pros\n- **Security**: Better. More text\n1. **Item**: The goal.\nwrapped\ncontinues here."
    assert split_sentences(text) == [
        "### Pros", "- **Security**: Better.", "More text", "1. **Item**: The goal.", "wrapped continues here."]


def test_split_other_languages():
    assert split_sentences("Il Sig. Rossi ha firmato. L'accordo vale 1,5 mld. di euro.", "it") == \
        ["Il Sig. Rossi ha firmato.", "L'accordo vale 1,5 mld. di euro."]
    assert split_sentences("Es geht um 1,5 Mrd. Euro. Der Vertrag steht.", "de") == \
        ["Es geht um 1,5 Mrd. Euro.", "Der Vertrag steht."]


@pytest.mark.parametrize("text,lang", [
    ("Italy is in talks with SpaceX over the deal.", "en"),
    ("L'Italia è in trattativa con SpaceX per il contratto della difesa.", "it"),
    ("La France est en négociation avec SpaceX pour le contrat.", "fr"),
    ("Deutschland verhandelt mit SpaceX über einen Vertrag für die Regierung.", "de"),
    ("España está en negociaciones con SpaceX para el contrato del gobierno.", "es"),
    ("SpaceX", "en"), ("", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang
