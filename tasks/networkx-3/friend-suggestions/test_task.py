import pytest

from solution import suggest_friends

FRIENDSHIPS = [
    ("ana", "ben"),
    ("ana", "cat"),
    ("ben", "dan"),
    ("cat", "dan"),
    ("cat", "eve"),
    ("dan", "fay"),
    ("eve", "fay"),
    ("ben", "eve"),
]


def test_suggestions_ranked_by_mutual_friends():
    assert suggest_friends(FRIENDSHIPS, "ana") == [("dan", 2), ("eve", 2)]
    assert suggest_friends(FRIENDSHIPS, "fay", limit=5) == [("ben", 2), ("cat", 2)]


def test_limit_and_counts_are_ints():
    result = suggest_friends(FRIENDSHIPS, "dan", limit=1)
    assert result == [("eve", 3)]
    assert type(result[0][1]) is int


def test_no_candidates_and_unknown_person():
    assert suggest_friends([("x", "y")], "x") == []
    with pytest.raises(KeyError):
        suggest_friends(FRIENDSHIPS, "zed")
