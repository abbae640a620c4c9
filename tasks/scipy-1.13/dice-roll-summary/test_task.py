import pytest

from solution import luckiest_player, roll_summary


def test_summary_of_rolls():
    summary = roll_summary([3, 6, 2, 6, 1, 3, 6, 5])
    assert summary == {"rolls": 8, "mean": 4.0, "most_common": 6, "times": 3}
    assert all(type(v) in (int, float) for v in summary.values())


def test_tie_goes_to_smallest_face():
    assert roll_summary([4, 2, 4, 2, 5])["most_common"] == 2
    assert roll_summary([4, 2, 4, 2, 5])["times"] == 2


def test_luckiest_player_and_validation():
    log = {"ana": [1, 1, 2], "ben": [5, 5, 6, 1], "cy": [5, 6, 5]}
    assert luckiest_player(log) == "ben"
    with pytest.raises(ValueError):
        roll_summary([])
    with pytest.raises(ValueError):
        roll_summary([7, 1])
