"""Near-duplicate detection: word shingles, MinHash signatures and LSH banding.

The same reporting syndicated under another URL, or repeated as a rewrite inside one page, must
not count as independent confirmation. MinHash estimates the Jaccard similarity of two shingle
sets from fixed-size signatures; LSH bands let a new text find its candidates through a lookup of
its band hashes instead of a comparison with every stored text (sub-quadratic).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

NUM_PERM = 128
BANDS = 32                      # 32 bands × 4 rows: a pair at Jaccard 0.5 collides with p ≈ 0.87
ROWS = NUM_PERM // BANDS
DUPLICATE_THRESHOLD = 0.5       # estimated Jaccard of content-word shingles at which text repeats
_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_rng = np.random.RandomState(20261123)
_A = _rng.randint(1, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, 1 << 32, size=NUM_PERM, dtype=np.uint64)

# Function words carry no reporting; dropping them makes paraphrases of the same facts closer.
_STOP = frozenset("""a an the and or but of to in on at for with by from as is are was were be been
being it its this that these those which who whom what their there they them he she his her we our
you your has have had will would could should may might can not no so than then such into over
about also more most very il lo la i gli le un una di da del della dei delle e che per con su non
le la les des du de et un une der die das und ein eine el los las y en""".split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def content_words(text: str) -> list[str]:
    return [w for w in (m.group(0).casefold() for m in _WORD.finditer(text)) if w not in _STOP]


def shingles(text: str, k: int = 2) -> set[str]:
    """Content-word k-grams (a text shorter than k words gives its words)."""
    words = content_words(text)
    if len(words) < k:
        return set(words)
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def minhash(items: set[str]) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32 values) of a set of strings; empty set → all max."""
    if not items:
        return np.full(NUM_PERM, _MAX32, dtype=np.uint64).astype(np.uint32)
    hv = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little")
                      for s in items), dtype=np.uint64, count=len(items))
    phv = ((hv[:, None] * _A + _B) % _PRIME) & _MAX32
    return phv.min(axis=0).astype(np.uint32)


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two sets behind the signatures."""
    return np.count_nonzero(np.asarray(sig_a) == np.asarray(sig_b)) / NUM_PERM


def band_hashes(sig: np.ndarray) -> list[int]:
    """One 63-bit hash per LSH band; equal band hashes make two texts candidates."""
    sig = np.asarray(sig, dtype=np.uint32)
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(digest, "little") >> 1)
    return out


@dataclass(frozen=True)
class Signature:
    """A text's MinHash signature with the key of what it belongs to (version and section)."""

    key: str
    sig: np.ndarray


class Index:
    """An LSH index of signatures: add texts, then ask which stored text a new one repeats."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[int]] = {}
        self._sigs: list[Signature] = []

    def add(self, key: str, sig: np.ndarray) -> None:
        idx = len(self._sigs)
        self._sigs.append(Signature(key, np.asarray(sig, dtype=np.uint32)))
        for band, h in enumerate(band_hashes(sig)):
            self._buckets.setdefault((band, h), []).append(idx)

    def best_match(self, sig: np.ndarray, threshold: float = DUPLICATE_THRESHOLD
                   ) -> tuple[str, float] | None:
        """The most similar stored text at or above ``threshold``, found through LSH candidates."""
        candidates: set[int] = set()
        for band, h in enumerate(band_hashes(sig)):
            candidates.update(self._buckets.get((band, h), ()))
        best: tuple[str, float] | None = None
        for idx in sorted(candidates):
            s = similarity(sig, self._sigs[idx].sig)
            if s >= threshold and (best is None or s > best[1]):
                best = (self._sigs[idx].key, s)
        return best

    def __len__(self) -> int:
        return len(self._sigs)
