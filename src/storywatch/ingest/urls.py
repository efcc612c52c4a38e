"""URL canonicalization: one spelling per article, whatever link we found it by.

``canonicalize`` lowercases scheme and host, drops default ports, fragments and
tracking parameters, sorts the remaining query, strips AMP variants and the
trailing slash (except the root). It never raises on a ``str``: input that is not
an http(s) URL comes back stripped (and resolved against ``base``), otherwise as is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

__all__ = ["canonicalize", "is_http_url", "TRACKING_PARAMS", "TRACKING_PREFIXES"]

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "igsh",
    "ref", "ref_src", "ref_url", "cmpid", "_ga", "_gl", "yclid", "wbraid", "gbraid",
    "twclid", "ttclid", "li_fat_id", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
    "_hsenc", "_hsmi", "hsctatracking", "s_cid", "ocid", "smid", "smtyp", "xtor",
    "guccounter", "guce_referrer", "guce_referrer_sig", "soc_src", "soc_trk",
    "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
    "sr_share", "spm", "__twitter_impression", "fb_action_ids", "fb_action_types", "fb_ref",
    "fb_source", "action_object_map", "action_type_map", "action_ref_map", "cmp",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_", "trk_")
_AMP_QUERY = {"amp": {"", "1", "true", "yes"}, "outputtype": {"amp"}, "output": {"amp"}}
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = re.compile(r"%([0-9A-Fa-f]{2})")
_AMP_CACHE = re.compile(r"^/[cv]/(?:s/)?(?P<rest>.+)$")


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host name or address."""
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)
    except ValueError:
        return False


@lru_cache(maxsize=4096)      # a page's URL is canonicalized at each stage it passes (~5 times)
def canonicalize(url: str, base: str | None = None) -> str:
    """Return the canonical spelling of ``url`` (resolved against ``base`` if relative)."""
    text = (url or "").strip()
    if base:
        try:
            text = urljoin(base.strip(), text)
        except ValueError:
            return text
    if not is_http_url(text):
        return text
    try:
        result = _canonical_http(text)
        for _ in range(4):  # AMP stripping can expose another AMP marker: run to a fixpoint
            again = _canonical_http(result)
            if again == result:
                break
            result = again
        return result
    except ValueError:
        return text


def _canonical_http(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host, path, query = _unwrap_amp_cache(_host(parts), parts.path, parts.query)
    if host.startswith("amp.") and host.count(".") >= 2:
        host = host[4:]
    netloc = _netloc(parts, scheme, host)
    path = _clean_path(path)
    query = _clean_query(query)
    return urlunsplit((scheme, netloc, path, query, ""))


def _host(parts) -> str:
    host = (parts.hostname or "").rstrip(".").lower()
    if ":" in host:  # IPv6 literal
        return f"[{host}]"
    try:
        return host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return host


def _netloc(parts, scheme: str, host: str) -> str:
    port = parts.port  # raises ValueError on a bad port
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    netloc = f"{userinfo}@{host}" if userinfo else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc += f":{port}"
    return netloc


def _unwrap_amp_cache(host: str, path: str, query: str) -> tuple[str, str, str]:
    """``www-example-com.cdn.ampproject.org/c/s/www.example.com/x`` -> ``www.example.com``, ``/x``."""
    match = _AMP_CACHE.match(path) if host.endswith(".cdn.ampproject.org") else None
    if not match:
        return host, path, query
    inner_host, _, inner_path = match.group("rest").partition("/")
    return inner_host.lower(), "/" + inner_path, query


def _normalize_escapes(segment: str) -> str:
    def fix(m: re.Match) -> str:
        char = chr(int(m.group(1), 16))
        if char.isascii() and (char.isalnum() or char in "-._~"):
            return char
        return "%" + m.group(1).upper()

    return _UNRESERVED.sub(fix, segment)


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    for seg in path.split("/")[1:]:
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    if path.endswith(("/.", "/..")):
        out.append("")
    return "/" + "/".join(out)


def _clean_path(path: str) -> str:
    path = quote(path or "/", safe="/%:@!$&'()*+,;=-._~")
    path = _remove_dot_segments(_normalize_escapes(path))
    segments = path.split("/")
    # "/amp/" as a whole segment anywhere (leading, middle or trailing)
    segments = [s for i, s in enumerate(segments) if not (i > 0 and s.lower() == "amp")]
    path = "/".join(segments) or "/"
    lowered = path.lower()
    if lowered.endswith(".amp.html"):
        path = path[: -len(".amp.html")] + ".html"
    elif lowered.endswith(".amp") and len(path) > 4:
        path = path[:-4]
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return path


def _is_tracking(key: str) -> bool:
    lowered = key.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _is_amp_marker(key: str, value: str) -> bool:
    values = _AMP_QUERY.get(key.lower())
    return values is not None and value.lower() in values


def _clean_query(query: str) -> str:
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k and not _is_tracking(k) and not _is_amp_marker(k, v)]
    kept.sort()
    return urlencode(kept, quote_via=quote, safe="-._~!$'()*,;:@/")
