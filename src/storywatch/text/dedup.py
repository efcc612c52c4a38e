"""Near-duplicate detection: word shingles, MinHash signatures and LSH banding.

The same reporting syndicated under another URL, or repeated as a rewrite inside one page, must
not count as independent confirmation. MinHash estimates the Jaccard similarity of two shingle
sets from fixed-size signatures; LSH bands let a new text find its candidates through a lookup of
its band hashes instead of a comparison with every stored text (sub-quadratic).
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 128
BANDS = 32                      # 32 bands × 4 rows: a pair at Jaccard 0.5 collides with p ≈ 0.87
ROWS = NUM_PERM // BANDS
DUPLICATE_THRESHOLD = 0.5       # estimated Jaccard of content-word shingles at which text repeats
_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_SHIFT = np.uint64(61)
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
    return [w for w in map(str.casefold, _WORD.findall(text)) if w not in _STOP]   # _WORD has no group


def shingles(text: str, k: int = 2) -> set[str]:
    """Content-word k-grams (a text shorter than k words gives its words)."""
    words = content_words(text)
    if len(words) < k:
        return set(words)
    return set(map(" ".join, zip(*(words[i:] for i in range(k)))))      # each run of k words


def minhash(items: set[str]) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32 values) of a set of strings; empty set → all max.

    Each item's 32-bit blake2b hash h gives ``((h * a + b) mod p) & 0xFFFFFFFF`` per permutation
    (uint64 arithmetic, p = 2**61 - 1). The digests are joined and read as one array, and the
    modulo is the Mersenne fold of :func:`_mod_prime`: the same values as ``%``, at a fraction of
    numpy's 64-bit division."""
    if not items:
        return np.full(NUM_PERM, _MAX32, dtype=np.uint64).astype(np.uint32)
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(s.encode("utf-8"), digest_size=4).digest() for s in items])
    hv = np.frombuffer(digests, dtype="<u4").astype(np.uint64)
    v = np.multiply(hv[:, None], _A)
    v += _B
    v = _mod_prime(v)
    v &= _MAX32
    return v.min(axis=0).astype(np.uint32)


def _mod_prime(v: np.ndarray) -> np.ndarray:
    """``v % p`` for p = 2**61 - 1, in place on a uint64 array: (v & p) + (v >> 61), less p once
    if that reaches p — the smaller of it and it - p (unsigned: it - p wraps past it below p)."""
    high = v >> _SHIFT
    v &= _PRIME
    v += high
    np.subtract(v, _PRIME, out=high)
    return np.minimum(v, high, out=v)


def similarity(sig_a: np.ndarray, sig_b: np.ndarray):
    """Estimated Jaccard similarity of the two sets behind the signatures: the share of equal
    MinHash values. Broadcasts over leading axes (one signature against a matrix of them, or
    every row of one matrix against every row of another) and returns one value per pair."""
    return np.count_nonzero(np.asarray(sig_a) == np.asarray(sig_b), axis=-1) / NUM_PERM


def band_hashes(sig: np.ndarray) -> list[int]:
    """One 63-bit hash per LSH band; equal band hashes make two texts candidates."""
    sig = np.asarray(sig, dtype=np.uint32)
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(digest, "little") >> 1)
    return out


# Band keys of the in-memory index: a numpy mix of each band's 4 values (not blake2b: 32 Python
# calls per signature). A shared key only nominates a candidate; the band's values are compared
# before it counts, so the candidates are exactly the stored texts with an identical band.
_K1, _K2, _K3 = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F),
                 np.uint64(0x165667B19E3779F9))
_BAND_SALT = (np.arange(BANDS, dtype=np.uint64) + np.uint64(1)) * np.uint64(0xD6E8FEB86659FD93)
_PENDING = 8192                 # signatures held in a dict before they become a sorted run


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """(n, BANDS) uint64 keys of the bands of n signatures (one vectorized pass)."""
    words = np.ascontiguousarray(sigs, dtype=np.uint32).reshape(-1, BANDS, ROWS).view(np.uint64)
    h = words[..., 0] * _K1 ^ words[..., 1] * _K2
    h ^= h >> np.uint64(29)
    return h * _K3 ^ _BAND_SALT


class _Run:
    """Band keys sorted, with the signature row of each, and a table of where each key prefix
    starts: a lookup reads a few adjacent entries instead of binary-searching a huge array."""

    def __init__(self, keys: np.ndarray, rows: np.ndarray) -> None:
        order = np.argsort(keys, kind="stable")     # two sorted runs: timsort merges them in O(n)
        self.keys, self.rows = keys[order], rows[order]
        bits = max(1, int(np.log2(max(len(keys), 8) / 4)))
        self.shift = np.uint64(64 - bits)
        self.starts = np.zeros((1 << bits) + 1, dtype=np.int64)
        np.cumsum(np.bincount((self.keys >> self.shift).astype(np.int64), minlength=1 << bits),
                  out=self.starts[1:])

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Signature rows stored under any of ``keys``."""
        prefix = (keys >> self.shift).astype(np.int64)
        lo, hi = self.starts[prefix], self.starts[prefix + 1]
        width = int((hi - lo).max())
        if not width:
            return np.empty(0, np.uint32)
        at = lo[:, None] + np.arange(width)
        inside = at < hi[:, None]
        at = np.minimum(at, len(self.keys) - 1)
        return self.rows[at[inside & (self.keys[at] == keys[:, None])]]


class Index:
    """An LSH index of signatures: add texts, then ask which stored text a new one repeats.

    Compact at a million signatures: the signatures are rows of one uint32 matrix; the band keys
    of the latest ``_PENDING`` signatures sit in a dict, older ones in a few sorted numpy runs
    (merged as they grow, like an LSM tree), looked up through a table of key prefixes.
    """

    def __init__(self) -> None:
        self._names: list[str] = []
        self._sigs = np.empty((1024, NUM_PERM), dtype=np.uint32)
        self._pending: dict[int, list[int]] = {}
        self._pending_keys: list[np.ndarray] = []
        self._runs: list[_Run] = []
        self._last: tuple[bytes, np.ndarray] = (b"", np.empty(0))  # best_match's keys, for add

    def _band_keys(self, sig: np.ndarray) -> np.ndarray:
        raw = sig.tobytes()
        if raw != self._last[0]:
            self._last = (raw, band_keys(sig)[0])
        return self._last[1]

    def add(self, key: str, sig: np.ndarray) -> None:
        idx = len(self._names)
        if idx == len(self._sigs):
            self._sigs = np.concatenate([self._sigs, np.empty_like(self._sigs)])
        self._sigs[idx] = sig
        self._names.append(key)
        keys = self._band_keys(self._sigs[idx])
        for k in keys.tolist():
            self._pending.setdefault(k, []).append(idx)
        self._pending_keys.append(keys)
        if len(self._pending_keys) >= _PENDING:
            self._flush()

    def _flush(self) -> None:
        first = len(self._names) - len(self._pending_keys)
        rows = np.repeat(np.arange(first, len(self._names), dtype=np.uint32), BANDS)
        self._runs.append(_Run(np.concatenate(self._pending_keys), rows))
        self._pending, self._pending_keys = {}, []
        while len(self._runs) > 1 and len(self._runs[-2].keys) <= 2 * len(self._runs[-1].keys):
            newer, older = self._runs.pop(), self._runs.pop()
            self._runs.append(_Run(np.concatenate([older.keys, newer.keys]),
                                   np.concatenate([older.rows, newer.rows])))

    def _candidates(self, sig: np.ndarray) -> np.ndarray:
        """Rows sharing at least one identical band with ``sig``, ascending."""
        keys = self._band_keys(sig)
        found = [np.array([i for k in keys.tolist() for i in self._pending.get(k, ())], dtype=np.uint32)]
        found += [run.lookup(keys) for run in self._runs]
        rows = np.unique(np.concatenate(found))
        if not rows.size:
            return rows
        same = (self._sigs[rows].reshape(-1, BANDS, ROWS) == sig.reshape(BANDS, ROWS)).all(axis=2)
        return rows[same.any(axis=1)]

    def best_match(self, sig: np.ndarray, threshold: float = DUPLICATE_THRESHOLD
                   ) -> tuple[str, float] | None:
        """The most similar stored text at or above ``threshold``, found through LSH candidates
        (on a tie, the one added first)."""
        sig = np.asarray(sig, dtype=np.uint32)
        rows = self._candidates(sig)
        if not rows.size:
            return None
        sims = similarity(self._sigs[rows], sig)
        best = int(np.argmax(sims))
        if sims[best] < threshold:
            return None
        return self._names[rows[best]], float(sims[best])

    def __len__(self) -> int:
        return len(self._names)
