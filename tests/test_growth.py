"""Every stage that reads text or markup is linear in its input: twice the input takes at most ~2.5
times as long (a ratio of best-of-three timings, not a wall clock), on ordinary and on hostile
shapes — long runs of digits and punctuation, deeply nested markup, a huge table, a feed of many
entries, one endless paragraph. (Subjects and claims: tests/test_subjects_growth.py; statuses:
tests/test_lifecycles.py.)"""
from __future__ import annotations

import pytest

from storywatch.facts import extract_figures, extract_statuses, split_sentences
from storywatch.ingest.feeds import parse_feed
from storywatch.ingest.pages import extract_page
from storywatch.text import dedup, normalize_text
from test_subjects_growth import MAX_RATIO, _ratio

PARAGRAPH = ("Italy's government is in talks with SpaceX over a 1.5 billion euro secure-communications deal, "
             "officials in Rome said on Monday, adding that 12 ministries had been consulted. ")


def _article(n: int) -> str:
    body = "".join(f"<p>{PARAGRAPH} Paragraph {i}.</p>" for i in range(n))
    return (f"<html><head><title>Italy and SpaceX</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Italy weighs SpaceX deal</h1>{body}</article><footer>Contact</footer></body></html>")


def _nested(n: int) -> str:
    return ("<html><body><article><h1>Italy weighs SpaceX deal</h1>" + "<div>" * n + f"<p>{PARAGRAPH * 4}</p>"
            + "</div>" * n + "</article></body></html>")


def _table(n: int) -> str:
    rows = "".join(f"<tr><td>{i}</td><td>{i * 7 % 1000} euros</td><td>Rome</td></tr>" for i in range(n))
    return (f"<html><body><article><h1>Italy weighs SpaceX deal</h1><p>{PARAGRAPH * 3}</p>"
            f"<table>{rows}</table></article></body></html>")


def _feed(n: int) -> bytes:
    items = "".join(f"<item><title>Italy and SpaceX {i}</title><link>https://news.example/{i}</link>"
                    f"<guid>g{i}</guid><description>{PARAGRAPH}</description></item>" for i in range(n))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://news.example/</link>'
            f"<description>d</description>{items}</channel></rss>").encode()


def _text(n: int) -> str:
    return "\n\n".join(f"{PARAGRAPH}{PARAGRAPH}" for _ in range(n))


def _one_paragraph(n: int) -> str:
    return PARAGRAPH * n


def _digit_run(n: int) -> str:
    return "The total was " + "".join(f"{i % 10}" + ",.'"[i % 3] for i in range(n)) + " euros."


def _punctuation(n: int) -> str:
    return "Italy and SpaceX" + "!?.;,-" * n + " signed the contract."


CASES = {
    "page: article": (lambda html: lambda: extract_page(html, "https://news.example/a"), _article, 200),
    "page: nested markup": (lambda html: lambda: extract_page(html, "https://news.example/a"), _nested, 400),
    "page: huge table": (lambda html: lambda: extract_page(html, "https://news.example/a"), _table, 1500),
    "feed: many entries": (lambda body: lambda: parse_feed(body, "https://news.example/feed"), _feed, 1000),
    "normalize": (lambda text: lambda: normalize_text(text), _text, 800),
    "sentences": (lambda text: lambda: split_sentences(text, "en"), _one_paragraph, 1500),
    "figures": (lambda text: lambda: extract_figures(text, "en"), _one_paragraph, 400),
    "figures: digit run": (lambda text: lambda: extract_figures(text, "en"), _digit_run, 6000),
    "statuses: punctuation run": (lambda text: lambda: extract_statuses(text, "en"), _punctuation, 6000),
    "shingles and minhash": (lambda text: lambda: dedup.minhash(dedup.shingles(text, k=3)), _one_paragraph, 1500),
}


@pytest.mark.parametrize("name", list(CASES))
def test_twice_the_input_takes_at_most_two_and_a_half_times_as_long(name):
    make, build, n = CASES[name]
    ratio = _ratio(make, build, n)
    assert ratio <= MAX_RATIO, f"{name}: {ratio:.2f}× the time for 2× the input"
