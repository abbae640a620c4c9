from datetime import datetime

import pytest
from pydantic import ValidationError

from solution import Observation, StationLog


def test_feed_and_manual_entries():
    log = StationLog("harbor")
    log.ingest_feed({"ts": "2024-03-01T06:00:00", "tempC": 4.5, "windKmh": "22", "rainMm": 1.2})
    manual = log.record_manual(datetime(2024, 3, 1, 9, 0), "7.25", rain_mm=0.4)
    log.ingest_feed({"ts": "2024-03-01T12:00:00", "tempC": 9})
    assert isinstance(manual, Observation)
    assert manual.wind_kmh == 0.0
    assert manual.temperature_c == 7.25
    assert log.summary() == {
        "station": "harbor",
        "count": 3,
        "max_temp": 9.0,
        "max_wind": 22.0,
        "rain_total": 1.6,
    }


def test_manual_entry_with_wind():
    log = StationLog("ridge")
    entry = log.record_manual("2024-03-02T15:30:00", -3, wind_kmh=61.5)
    assert entry.observed_at == datetime(2024, 3, 2, 15, 30)
    assert log.summary()["max_wind"] == 61.5
    assert log.summary()["rain_total"] is None


def test_empty_log():
    assert StationLog("x").summary() == {
        "station": "x",
        "count": 0,
        "max_temp": None,
        "max_wind": None,
        "rain_total": None,
    }


def test_bad_manual_value():
    log = StationLog("y")
    with pytest.raises(ValidationError):
        log.record_manual("2024-03-02T15:30:00", "warm")
    assert log.observations == []
