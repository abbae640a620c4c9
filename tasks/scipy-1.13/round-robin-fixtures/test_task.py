import pytest

from solution import fixtures, league_table

TEAMS = ["Ajax", "Boca", "Celtic", "Dynamo"]
GOALS = [
    [0, 2, 0, 1],
    [1, 0, 2, 1],
    [0, 0, 0, 3],
    [3, 1, 0, 0],
]


def test_fixture_list_each_pair_once():
    assert fixtures(["A", "B", "C"]) == [("A", "B"), ("A", "C"), ("B", "C")]
    assert len(fixtures(TEAMS)) == 6
    assert fixtures(["Solo"]) == []


def test_league_table_tie_breaks():
    assert league_table(TEAMS, GOALS) == [
        ("Boca", 4, 1),
        ("Celtic", 4, 1),
        ("Ajax", 4, -1),
        ("Dynamo", 4, -1),
    ]


def test_league_table_clear_winner_ignores_diagonal():
    goals = [[9, 3, 2], [0, 9, 1], [1, 1, 9]]
    table = league_table(["X", "Y", "Z"], goals)
    assert table == [("X", 6, 4), ("Z", 1, -1), ("Y", 1, -3)]
    assert all(isinstance(points, int) for _, points, _ in table)


def test_rejects_non_square_matrix():
    with pytest.raises(ValueError):
        league_table(["X", "Y"], [[0, 1, 2], [1, 0, 2]])
