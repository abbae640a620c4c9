from solution import Scoreboard


def _board():
    board = Scoreboard()
    board.add_round(1, {"Quizzly Bears": 8, "Brainiacs": 6, "Know-Nothings": 2})
    board.add_round(2, {"Quizzly Bears": 5, "Brainiacs": 9})
    board.add_round(3, {"Brainiacs": 4, "Late Joiners": 10})
    return board


def test_standings_best_first():
    assert _board().standings() == [
        ("Brainiacs", 19),
        ("Quizzly Bears", 13),
        ("Late Joiners", 10),
        ("Know-Nothings", 2),
    ]


def test_minimum_rounds_filter():
    board = _board()
    assert board.standings(min_rounds=2) == [("Brainiacs", 19), ("Quizzly Bears", 13)]
    assert board.standings(min_rounds=3) == [("Brainiacs", 19)]
    assert board.standings(min_rounds=4) == []


def test_empty_board():
    assert Scoreboard().standings() == []
