from solution import best_team, team_averages

SHEETS = [
    {"team": "owls", "player": "ana", "position": "guard", "points": 12, "assists": 3},
    {"team": "owls", "player": "ben", "position": "center", "points": 7, "assists": 1},
    {"team": "foxes", "player": "cy", "position": "guard", "points": 20, "assists": 0},
    {"team": "owls", "player": "dee", "position": "forward", "points": 10, "assists": 6},
    {"team": "foxes", "player": "eli", "position": "center", "points": 3, "assists": 5},
]


def test_text_columns_are_ignored():
    result = team_averages(SHEETS)
    assert result == {
        "foxes": {"points": 11.5, "assists": 2.5},
        "owls": {"points": 9.67, "assists": 3.33},
    }


def test_best_team_per_stat():
    assert best_team(SHEETS) == "foxes"
    assert best_team(SHEETS, stat="assists") == "owls"
