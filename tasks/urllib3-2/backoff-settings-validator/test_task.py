import pytest

from solution import SettingsError, validate_retry_settings


def test_defaults():
    assert validate_retry_settings({}) == {"total": 3, "backoff_factor": 0.0, "max_sleep": 120.0}


def test_valid():
    assert validate_retry_settings({"total": 8, "backoff_factor": 2, "max_sleep": 30}) == {
        "total": 8,
        "backoff_factor": 2.0,
        "max_sleep": 30.0,
    }


def test_problems_are_collected():
    with pytest.raises(SettingsError) as info:
        validate_retry_settings({"total": -1, "backoff_factor": 500, "max_sleep": 600})
    assert str(info.value) == (
        "total must be a non-negative integer; "
        "backoff_factor above 120s makes every sleep hit the cap; "
        "max_sleep must be in (0, 120]"
    )
    with pytest.raises(SettingsError, match="backoff_factor must be >= 0"):
        validate_retry_settings({"backoff_factor": "fast"})
