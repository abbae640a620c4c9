import pytest

from solution import FuelMap

RPM = [1000, 2000, 4000, 6000]
LOAD = [20, 50, 100]
TABLE = [[1.5, 1.8, 2.2, 2.6], [2.5, 3.0, 3.6, 4.1], [4.0, 4.8, 5.9, 7.0]]


def test_interpolates_between_breakpoints():
    fm = FuelMap(RPM, LOAD, TABLE)
    assert fm.pulse_width(3000, 75) == pytest.approx(4.325, abs=1e-9)
    assert fm.pulse_width(1000, 20) == pytest.approx(1.5, abs=1e-9)


def test_clamps_outside_table():
    fm = FuelMap(RPM, LOAD, TABLE)
    assert fm.pulse_width(7000, 120) == pytest.approx(7.0, abs=1e-9)
    assert fm.pulse_width(500, 35) == pytest.approx(2.0, abs=1e-9)


def test_duty_cycle():
    fm = FuelMap(RPM, LOAD, TABLE)
    assert fm.duty_cycle(3000, 75) == pytest.approx(0.1081, abs=1e-9)
    assert fm.duty_cycle(6000, 100) == pytest.approx(0.35, abs=1e-9)


def test_shape_check():
    with pytest.raises(ValueError):
        FuelMap(RPM, LOAD, [row[:3] for row in TABLE])
