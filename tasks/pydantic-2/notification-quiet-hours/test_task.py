import pytest
from pydantic import ValidationError

from solution import NotificationPrefs, QuietHours, delivery_hour

NIGHT_OWL = {"user": "ana", "quiet_hours": [22, 23, 0, 1, 2, 3, 4, 5, 6]}


def test_delayed_until_quiet_hours_end():
    assert delivery_hour(NIGHT_OWL, 23) == 7
    assert delivery_hour(NIGHT_OWL, 3) == 7
    assert delivery_hour(NIGHT_OWL, 21) == 21
    assert delivery_hour(NIGHT_OWL, 7) == 7


def test_defaults():
    assert delivery_hour({"user": "bo"}, 2) == 2
    assert delivery_hour({"user": "bo"}, 2, channel="email") is None
    prefs = NotificationPrefs(user="bo")
    assert isinstance(prefs.quiet_hours, QuietHours)
    assert not prefs.quiet_hours.contains(0)


def test_channels_and_all_day_quiet():
    prefs = {"user": "cy", "channels": ["email"], "quiet_hours": ["9", 10]}
    assert delivery_hour(prefs, 9, channel="email") == 11
    assert delivery_hour(prefs, 9) is None
    assert delivery_hour({"user": "dee", "quiet_hours": list(range(24))}, 12) is None


def test_hour_out_of_range():
    with pytest.raises(ValidationError):
        delivery_hour({"user": "eve", "quiet_hours": [23, 24]}, 1)
