import pytest

from solution import TakeoffTable

ALT = [0, 2000, 4000]
TEMP = [0, 20, 40]
ROLL = [[800, 900, 1000], [950, 1070, 1200], [1130, 1280, 1440]]


def test_interpolated_roll():
    table = TakeoffTable(ALT, TEMP, ROLL)
    assert table.ground_roll(1000, 10) == 930
    assert table.ground_roll(2000, 20) == 1070
    assert isinstance(table.ground_roll(0, 0), int)


def test_headwind_correction():
    table = TakeoffTable(ALT, TEMP, ROLL)
    assert table.ground_roll(3000, 30, headwind_kt=9) == 1125
    assert table.ground_roll(4000, 40, headwind_kt=100) == 0


def test_runway_margin():
    table = TakeoffTable(ALT, TEMP, ROLL)
    assert table.runway_ok(1400, 1000, 10)
    assert not table.runway_ok(1390, 1000, 10)


def test_outside_table_raises():
    table = TakeoffTable(ALT, TEMP, ROLL)
    with pytest.raises(ValueError):
        table.ground_roll(5000, 10)
