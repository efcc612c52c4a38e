from storywatch.text.normalize import REPORTING, content_hash, normalize_text
from conftest import SEEDS


def _seed(i, story):
    return normalize_text(sorted(SEEDS.glob("*.txt"))[i].read_text(encoding="utf-8"), story.matches)


def test_first_seed_boilerplate_is_not_reporting(story):
    doc = _seed(0, story)
    kinds = {b.text: b.kind for b in doc.blocks}
    assert doc.title == "Italy Explores $1.5 Billion Telecom Security Deal with SpaceX"
    assert kinds["News"] == "label"
    assert kinds["Real Time Analytics"] == "label"
    assert kinds["by TIMOTHY A. CLARY/AFP via Getty Images"] == "credit"
    assert kinds["SpaceX Blasts Critics into Unemployment, But Labor Agency Says It's Illegal"] == "related"
    for junk in ("Getty", "Unemployment", "Real Time Analytics"):
        assert junk not in doc.text


def test_second_seed_boilerplate_and_rewrite_section(story):
    doc = _seed(1, story)
    by_kind = {}
    for b in doc.blocks:
        by_kind.setdefault(b.kind, []).append(b)
    assert doc.title.startswith("Italy Eyes SpaceX for Secure Communication!")
    assert by_kind["image"][0].text.startswith("An illustrative and realistic")
    assert by_kind["bio"][0].text.startswith("Caleb Queswell is an accomplished writer")
    assert by_kind["related"][0].text.startswith("Elon Musk Laughs")
    assert by_kind["promo"][0].text.startswith("For more insights")
    assert [b.text for b in by_kind["subheadline"]] == [
        "Italy Partners with SpaceX: A New Era in Government Communications"]
    assert {b.section for b in doc.blocks if b.kind == "heading"} == {1}
    for junk in ("Caleb", "High-Definition", "PhD", "For more insights"):
        assert junk not in doc.text
    # markdown is gone from reporting text
    assert "**" not in doc.text and "###" not in doc.text


def test_content_hash_ignores_layout_but_not_words():
    a = "Italy  is in talks\nwith SpaceX.\n"
    assert content_hash(a) == content_hash("Italy is in talks with SpaceX.")
    assert content_hash(a) != content_hash("Italy is in talks with Starlink.")


def test_a_changed_sidebar_is_no_new_content(story):
    base = "Italy Eyes SpaceX Deal\n\nItaly is in talks with SpaceX over a $1.5 billion deal.\n"
    a = normalize_text(base + "\nPhoto: Reuters/Getty Images\n", story.matches)
    b = normalize_text(base + "\nby Jane Doe/AFP via Getty Images\n", story.matches)
    assert a.content_hash == b.content_hash
    assert all(k in REPORTING for k in (bl.kind for bl in a.reporting()))


def test_clean_text_plain_quotes_spaces_and_no_emphasis():
    from storywatch.text.normalize import clean_text

    assert clean_text("  Talks\t\tgo  on \u00a0 ") == "Talks go on"
    assert clean_text("a **$1.5 billion** deal, __signed__ at\u2009last") == "a $1.5 billion deal, signed at last"
    assert clean_text("\u201cno\u201d it\u2019s one_two *three*") == "\"no\" it's one_two *three*"
    assert clean_text("Cafe\u0301") == "Caf\u00e9"         # NFC
