import pytest

from solution import OdometerLog


def test_consistent_log_distance():
    log = OdometerLog({"2024-05-02": 10120.0, "2024-05-01": 10000.0, "2024-05-03": 10125.5})
    assert log.is_consistent() is True
    assert log.total_distance() == 125.5
    assert log.busiest_day() == "2024-05-02"


def test_equal_readings_still_consistent():
    log = OdometerLog({"2024-01-01": 500, "2024-01-02": 500, "2024-01-03": 510})
    assert log.is_consistent() is True
    assert log.total_distance() == 10.0
    assert OdometerLog({"2024-01-01": 7}).total_distance() == 0.0


def test_backwards_reading_is_rejected():
    log = OdometerLog({"2024-01-01": 900, "2024-01-02": 880})
    assert log.is_consistent() is False
    with pytest.raises(ValueError, match="backwards"):
        log.total_distance()
