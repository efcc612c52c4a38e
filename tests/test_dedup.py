import numpy as np

from storywatch.text import dedup

TEXT = ("Italy is in advanced talks with SpaceX over a 1.5 billion euro contract to provide "
        "secure telecommunications for the government, including encryption services for "
        "telephone and internet communications and satellite links for the military, "
        "according to people familiar with the matter who asked not to be named.")


def sig(text):
    return dedup.minhash(dedup.shingles(text, k=3))


def test_identical_text_is_similarity_one_and_unrelated_is_near_zero():
    assert dedup.similarity(sig(TEXT), sig(TEXT)) == 1.0
    other = ("SpaceX launched another batch of Starlink satellites from Florida on Tuesday, "
             "the company's fortieth launch of the year, with the booster landing at sea.")
    assert dedup.similarity(sig(TEXT), sig(other)) < 0.1


def test_syndicated_copy_with_light_edits_is_found_through_lsh():
    copy = TEXT.replace("according to", "said").replace("Italy is", "Rome is") + " (Reuters)"
    index = dedup.Index()
    index.add("original", sig(TEXT))
    index.add("noise", sig("Something else entirely about budgets and deficits in Europe today."))
    match = index.best_match(sig(copy))
    assert match is not None and match[0] == "original" and match[1] >= dedup.DUPLICATE_THRESHOLD


def test_lsh_does_not_return_dissimilar_texts():
    index = dedup.Index()
    index.add("a", sig(TEXT))
    assert index.best_match(sig("Completely different reporting on Italian football results "
                                "and the weekend's league standings in Serie A.")) is None


def test_minhash_estimates_jaccard():
    a = {f"w{i}" for i in range(200)}
    b = {f"w{i}" for i in range(100, 300)}           # true Jaccard 100/300
    est = dedup.similarity(dedup.minhash(a), dedup.minhash(b))
    assert abs(est - 1 / 3) < 0.12


def _shares_a_band(a, b):
    return any((a[i:i + dedup.ROWS] == b[i:i + dedup.ROWS]).all() for i in range(0, dedup.NUM_PERM, dedup.ROWS))


def test_index_finds_exactly_the_most_similar_text_sharing_a_band(monkeypatch):
    """Across the dict of recent signatures and the sorted runs: same answer as a plain scan."""
    import numpy as np
    monkeypatch.setattr(dedup, "_PENDING", 16)            # many flushes and merges in a small test
    rng = np.random.default_rng(1)
    sigs = rng.integers(0, 2**32, size=(250, dedup.NUM_PERM), dtype=np.uint32)
    for i in range(1, 250, 3):                            # near copies of earlier texts, some exact
        src = int(rng.integers(0, i))
        keep = rng.random(dedup.NUM_PERM) < (1.0 if i % 9 == 1 else 0.7)
        sigs[i] = np.where(keep, sigs[src], sigs[i])
    index = dedup.Index()
    for i, s in enumerate(sigs):
        expect = None
        for j in range(i):
            sim = dedup.similarity(s, sigs[j])
            if _shares_a_band(s, sigs[j]) and sim >= dedup.DUPLICATE_THRESHOLD and (expect is None or sim > expect[1]):
                expect = (str(j), sim)
        assert index.best_match(s) == expect
        index.add(str(i), s)
    assert len(index) == 250


def test_minhash_is_the_stored_definition():
    # stored signatures are compared with new ones: the values must stay ((h*a + b) mod 2**64)
    # mod (2**61 - 1), low 32 bits, min over items, h = the item's 4-byte little-endian blake2b
    import hashlib
    import random

    rnd = random.Random(7)
    for items in [{"a"}, {"italy spacex", "1.5 billion", "€"}, {str(rnd.random()) for _ in range(300)}]:
        want = []
        for a, b in zip(dedup._A.tolist(), dedup._B.tolist()):
            want.append(min((((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
                               * a + b) % 2 ** 64) % (2 ** 61 - 1)) & 0xFFFFFFFF for s in items))
        assert dedup.minhash(items).tolist() == want
    assert dedup.minhash(set()).tolist() == [0xFFFFFFFF] * dedup.NUM_PERM


def test_mersenne_fold_is_the_modulo_at_its_edges():
    # minhash's modulo without a division; its "less p once" step only matters for values the
    # random tests above never reach
    p = 2 ** 61 - 1
    edges = [0, 1, p - 1, p, p + 1, 2 * p - 1, 2 * p, 2 * p + 1, 2 ** 61, 2 ** 62 + 5, 7 * p + 6,
             2 ** 64 - 1, 2 ** 64 - 2, (2 ** 64 - 1) // p * p, (2 ** 64 - 1) // p * p - 1]
    v = np.array(edges, dtype=np.uint64)
    assert dedup._mod_prime(v).tolist() == [x % p for x in edges]
