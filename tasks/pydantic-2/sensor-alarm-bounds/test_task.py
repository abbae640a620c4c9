import pytest
from pydantic import ValidationError

from solution import SensorConfig, configure_sensor


def test_valid_sensor_registered():
    registry = {}
    config = configure_sensor(registry, {"name": "oven-1", "unit": "C", "minimum": 20, "maximum": 250, "alarm_at": 230})
    assert registry == {"oven-1": config}
    assert (config.minimum, config.maximum, config.alarm_at) == (20.0, 250.0, 230.0)


def test_alarm_optional_and_on_the_edge():
    assert SensorConfig(name="p", unit="bar", minimum=0, maximum=10).alarm_at is None
    assert SensorConfig(name="p", unit="bar", minimum=0, maximum=10, alarm_at=10).alarm_at == 10.0


def test_inverted_range():
    registry = {}
    with pytest.raises(ValidationError, match="minimum must be below maximum"):
        configure_sensor(registry, {"name": "x", "unit": "C", "minimum": 5, "maximum": 5})
    assert registry == {}


def test_alarm_outside_range():
    with pytest.raises(ValidationError, match=r"alarm_at must lie within \[0.0, 10.0\]"):
        SensorConfig(name="p", unit="bar", minimum=0, maximum=10, alarm_at=12.5)
