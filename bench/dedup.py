"""dedup: MinHash+LSH (`storywatch.text.dedup.Index`) insert+query at 100k (and 1M with --full) signatures.

Signatures are synthesized with numpy (no text is hashed): random 128 × uint32 signatures, of which
10% are near-copies of an earlier one (~75% of the values kept), so LSH finds real candidates.
Each signature is first queried (`best_match`) and then inserted (`add`), as mark_duplicates does.
floor: brute-force all-pairs similarity (vectorized numpy, each signature against every earlier
one) on a 10k sample, extrapolated quadratically to the same size.
ratio = extrapolated brute force time ÷ LSH time at the largest size (> 1: LSH wins). Growth is
shown as µs per signature at each size (flat = linear total = sub-quadratic).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Timer, args, finish, peak_rss_mb  # noqa: E402

import numpy as np  # noqa: E402

from storywatch.text import dedup  # noqa: E402


def signatures(n: int, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    sigs = rng.integers(0, 2**32, size=(n, 128), dtype=np.uint32)
    dup = np.flatnonzero(rng.random(n) < 0.10)
    dup = dup[dup > 0]
    src = (rng.random(len(dup)) * dup).astype(np.int64)         # an earlier signature
    keep = rng.random((len(dup), 128)) < 0.75
    sigs[dup] = np.where(keep, sigs[src], sigs[dup])
    return sigs


def lsh(n: int) -> dict:
    sigs = signatures(n)
    index = dedup.Index()
    found = 0
    t0 = time.perf_counter()
    for i in range(n):
        if index.best_match(sigs[i]):
            found += 1
        index.add(str(i), sigs[i])
    s = time.perf_counter() - t0
    return {"n": n, "seconds": round(s, 2), "us_per_signature": round(s / n * 1e6, 1),
            "duplicates_found": found, "peak_rss_mb": round(peak_rss_mb())}


def brute(n: int) -> dict:
    sigs = signatures(n)
    found = 0
    t0 = time.perf_counter()
    for i in range(1, n):
        sim = (sigs[:i] == sigs[i]).mean(axis=1)
        if sim.max() >= dedup.DUPLICATE_THRESHOLD:
            found += 1
    s = time.perf_counter() - t0
    return {"n": n, "seconds": round(s, 2), "duplicates_found": found}


def main() -> None:
    a = args(__doc__)
    sizes = [2_000, 10_000] if a.small else [10_000, 100_000] + ([1_000_000] if a.full else [])
    sample = 2_000 if a.small else 10_000
    with Timer():
        b = brute(sample)
    runs = [lsh(n) for n in sizes]
    big = runs[-1]
    brute_big = b["seconds"] * (big["n"] / sample) ** 2
    ratio = brute_big / big["seconds"]
    growth = big["us_per_signature"] / runs[0]["us_per_signature"]
    finish("dedup", ratio, {
        "goal": "sub-quadratic: µs per signature roughly flat as n grows",
        "lsh": runs, "brute_force_sample": b,
        "brute_force_extrapolated_s": {str(r["n"]): round(b["seconds"] * (r["n"] / sample) ** 2, 1) for r in runs},
        "per_signature_growth": round(growth, 2),
        "note": "1M only with --full (see docs/benchmarks.md)" if not a.full else "",
    }, f"lsh={big['seconds']:.1f}s brute~{brute_big:.0f}s n={big['n']} us/sig={big['us_per_signature']} "
       f"growth={growth:.2f}x")


if __name__ == "__main__":
    main()
