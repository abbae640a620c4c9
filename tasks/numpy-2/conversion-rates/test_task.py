import math

import numpy as np

from solution import best_channel, conversion_table

VISITS = [[100, 0, 50], [200, 100, 0]]
SIGNUPS = [[5, 0, 10], [4, 6, 0]]


def test_rates_with_empty_weeks():
    rates = conversion_table(VISITS, SIGNUPS)
    assert rates.shape == (2, 3)
    assert rates[0, 0] == 0.05 and rates[0, 2] == 0.2
    assert math.isnan(rates[0, 1]) and math.isnan(rates[1, 2])
    assert rates[1, :2].tolist() == [0.02, 0.06]


def test_best_channel():
    assert best_channel(["ads", "email"], VISITS, SIGNUPS) == "ads"
    with np.errstate(invalid="ignore", divide="ignore"):
        assert best_channel(["none", "social"], [[0, 0], [10, 10]], [[0, 0], [1, 1]]) == "social"
