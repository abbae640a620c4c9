from solution import find_modules

GENES = ["hsp70", "hsp90", "dnaK", "rpl3", "rps6", "orphan"]
EXPR = [
    [10.0, 1.0, 1.0, 0.5],
    [20.0, 2.5, 1.5, 1.0],
    [5.0, 0.4, 0.6, 0.2],
    [1.0, 9.0, 8.0, 0.5],
    [0.5, 18.0, 15.0, 1.0],
    [0.1, 0.2, 0.1, 12.0],
]


def test_modules_by_direction_not_magnitude():
    assert find_modules(EXPR, GENES) == [["dnaK", "hsp70", "hsp90"], ["rpl3", "rps6"], ["orphan"]]


def test_min_size_filters_singletons():
    assert find_modules(EXPR, GENES, min_size=2) == [["dnaK", "hsp70", "hsp90"], ["rpl3", "rps6"]]


def test_loose_threshold_merges_everything():
    modules = find_modules(EXPR, GENES, max_cosine_distance=2.0)
    assert modules == [sorted(GENES)]
