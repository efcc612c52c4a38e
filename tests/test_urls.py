from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storywatch.ingest.urls import canonicalize, is_http_url

CASES = [
    # scheme / host / port / fragment
    ("HTTP://Example.COM/News/Story", "http://example.com/News/Story"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("http://example.com:80/a", "http://example.com/a"),
    ("https://example.com:8443/a", "https://example.com:8443/a"),
    ("https://example.com/a#comments", "https://example.com/a"),
    ("https://example.com./a", "https://example.com/a"),
    ("  https://example.com/a \n", "https://example.com/a"),
    # trailing slash, root, dot segments, escapes
    ("https://example.com", "https://example.com/"),
    ("https://example.com/", "https://example.com/"),
    ("https://example.com/news/story/", "https://example.com/news/story"),
    ("https://example.com/a/./b/../c", "https://example.com/a/c"),
    ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
    ("https://example.com/%7Euser/%41", "https://example.com/~user/A"),
    ("https://example.com/città", "https://example.com/citt%C3%A0"),
    # tracking parameters and sorting
    ("https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x", "https://example.com/a"),
    ("https://example.com/a?fbclid=1&gclid=2&dclid=3&msclkid=4&yclid=5", "https://example.com/a"),
    ("https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&_ga=4&cmpid=5", "https://example.com/a"),
    ("https://example.com/a?ref=tw&ref_src=twsrc&id=7", "https://example.com/a?id=7"),
    ("https://example.com/a?UTM_Source=x&page=2", "https://example.com/a?page=2"),
    ("https://example.com/a?b=2&a=1&c=", "https://example.com/a?a=1&b=2&c="),
    ("https://example.com/a?q=hello+world", "https://example.com/a?q=hello%20world"),
    ("https://example.com/a?x=a%26b", "https://example.com/a?x=a%26b"),
    # AMP variants
    ("https://example.com/news/story/amp", "https://example.com/news/story"),
    ("https://example.com/news/story/amp/", "https://example.com/news/story"),
    ("https://example.com/amp/news/story", "https://example.com/news/story"),
    ("https://example.com/news/story?amp=1", "https://example.com/news/story"),
    ("https://example.com/news/story?amp", "https://example.com/news/story"),
    ("https://example.com/news/story?outputType=amp", "https://example.com/news/story"),
    ("https://amp.example.com/news/story", "https://example.com/news/story"),
    ("https://example.com/news/story.amp.html", "https://example.com/news/story.html"),
    ("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story", "https://www.example.com/news/story"),
    ("https://example.com/news/amplifier-review", "https://example.com/news/amplifier-review"),
    ("https://example.com/news/story?amp=0", "https://example.com/news/story?amp=0"),
    # IPv6 and non-http input
    ("http://[2001:DB8::1]:80/x/", "http://[2001:db8::1]/x"),
    ("mailto:desk@example.com", "mailto:desk@example.com"),
    ("not a url", "not a url"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_canonicalize_table(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected


@pytest.mark.parametrize(("raw", "base", "expected"), [
    ("/b/c?utm_source=x", "https://Example.com/a/", "https://example.com/b/c"),
    ("c/", "https://example.com/a/b", "https://example.com/a/c"),
    ("../x", "https://example.com/a/b/c", "https://example.com/a/x"),
    ("//cdn.example.org/p", "https://example.com/", "https://cdn.example.org/p"),
    ("https://other.example/x", "https://example.com/", "https://other.example/x"),
    ("?page=2&utm_medium=x", "https://example.com/list/", "https://example.com/list?page=2"),
])
def test_canonicalize_resolves_relative(raw: str, base: str, expected: str) -> None:
    assert canonicalize(raw, base=base) == expected


def test_syndicated_and_feed_variants_collapse_to_one_url() -> None:
    variants = [
        "https://www.globalwire.example/business/italy-spacex/",
        "https://WWW.GlobalWire.example:443/business/italy-spacex/?utm_source=partner&utm_medium=syndication#top",
        "https://www.globalwire.example/business/italy-spacex/amp/",
        "https://www.globalwire.example/business/italy-spacex?outputType=amp&fbclid=IwAR0",
    ]
    assert {canonicalize(v) for v in variants} == {"https://www.globalwire.example/business/italy-spacex"}


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.com/", True), ("http://127.0.0.1:8080/x", True), ("HTTP://EXAMPLE.COM", True),
    ("ftp://example.com/", False), ("file:///etc/passwd", False), ("data:text/html,hi", False),
    ("javascript:alert(1)", False), ("/relative/path", False), ("https://", False), ("http://[::1", False),
    ("", False),
])
def test_is_http_url(url: str, expected: bool) -> None:
    assert is_http_url(url) is expected


_segment = st.text(alphabet="abcAMP.-_~%20é", min_size=0, max_size=8)
_urls = st.builds(
    lambda scheme, host, segs, query, frag: f"{scheme}://{host}/{'/'.join(segs)}{query}{frag}",
    st.sampled_from(["http", "https", "HTTPS"]),
    st.sampled_from(["example.com", "Amp.Example.com", "www.example.org:8080", "EXAMPLE.com:443", "[::1]"]),
    st.lists(_segment, max_size=5),
    st.sampled_from(["", "?a=1", "?utm_source=x&b=2&a=", "?amp=1&z=%2F", "?outputType=amp"]),
    st.sampled_from(["", "#frag", "#"]),
)


@settings(max_examples=300, deadline=None)
@given(_urls)
def test_canonicalize_is_idempotent(url: str) -> None:
    once = canonicalize(url)
    assert canonicalize(once) == once
    assert is_http_url(once)
    assert "#" not in once and "utm_" not in once.lower()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), st.text(max_size=30)))
def test_canonicalize_never_raises(url: str, base: str | None) -> None:
    assert isinstance(canonicalize(url, base=base), str)
    assert isinstance(is_http_url(url), bool)
