from solution import citation_stats

CITATIONS = [("b", "a"), ("c", "a"), ("c", "b"), ("d", "c"), ("d", "b"), ("e", "d")]


def test_counts():
    assert citation_stats(CITATIONS) == {
        "a": (2, 0, 3),
        "b": (2, 1, 2),
        "c": (1, 2, 1),
        "d": (1, 2, 0),
        "e": (0, 1, 0),
    }


def test_single_citation():
    assert citation_stats([("new", "old")]) == {"new": (0, 1, 0), "old": (1, 0, 0)}
