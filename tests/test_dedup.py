from storywatch import dedup

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
