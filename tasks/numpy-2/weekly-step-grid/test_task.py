import pytest

from solution import weekly_summary


def test_two_weeks():
    days = [9000, 4000, 8000, 7000, 12000, 3000, 2000, 10000, 5000, 8500, 6000, 9000, 15000, 1000, 999]
    summary = weekly_summary(days)
    assert summary == {"totals": [45000, 54500], "goal_days": [3, 4], "best_weekday": 4}


def test_custom_goal_and_short_input():
    assert weekly_summary([1, 2, 3, 4, 5, 6, 7], goal=5)["goal_days"] == [3]
    with pytest.raises(ValueError):
        weekly_summary([100] * 6)
