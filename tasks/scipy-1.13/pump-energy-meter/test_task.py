import pytest

from solution import daily_cost, energy_kwh

LOG = [
    ("2024-05-01T06:00:00", 0.0),
    ("2024-05-01T06:15:00", 3.2),
    ("2024-05-01T07:00:00", 3.6),
    ("2024-05-01T09:30:00", 2.4),
    ("2024-05-01T10:00:00", 0.0),
]


def test_energy_of_a_pumping_cycle():
    assert energy_kwh(LOG) == pytest.approx(11.05)
    assert type(energy_kwh(LOG)) is float
    assert daily_cost(LOG, 0.31) == 3.43


def test_constant_power_and_short_logs():
    flat = [("2024-05-01T00:00:00", 2.0), ("2024-05-01T12:00:00", 2.0)]
    assert energy_kwh(flat) == pytest.approx(24.0)
    assert energy_kwh(LOG[:1]) == 0.0


def test_out_of_order_log():
    with pytest.raises(ValueError):
        energy_kwh([LOG[1], LOG[0]])
