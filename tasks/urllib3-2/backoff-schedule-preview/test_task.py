import pytest

from solution import backoff_schedule, describe


def test_schedule_is_capped():
    assert backoff_schedule(0.5, 5) == [0.0, 1.0, 2.0, 4.0, 8.0]
    assert backoff_schedule(10, 6) == [0.0, 20.0, 40.0, 80.0, 120.0, 120.0]
    assert backoff_schedule(1, 0) == []


def test_describe():
    assert describe(10, 6) == "6 attempts, 380s total sleep, cap 120s"
    assert describe(0, 3) == "3 attempts, 0s total sleep, cap 120s"


def test_negative():
    with pytest.raises(ValueError):
        backoff_schedule(-1, 3)
