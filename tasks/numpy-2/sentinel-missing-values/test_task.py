import math

from solution import clean_readings


def test_sentinels_and_outliers_become_nan():
    data, daily = clean_readings([[10.0, -999.0, 14.0], [-999.0, -999.0, 99.0], [1.5, 2.5, 3.5]])
    assert math.isnan(data[0, 1]) and math.isnan(data[1, 2])
    assert data[0, 0] == 10.0
    assert daily[0] == 12.0
    assert math.isnan(daily[1])
    assert daily[2] == 2.5


def test_custom_range():
    data, daily = clean_readings([[-70.0, 5.0]], valid_range=(-80.0, 0.0))
    assert data[0, 0] == -70.0
    assert math.isnan(data[0, 1])
    assert daily.tolist() == [-70.0]
