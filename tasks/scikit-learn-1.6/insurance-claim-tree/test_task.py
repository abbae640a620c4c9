import pytest

from solution import claim_estimator

POLICIES = [[20, 12], [22, 10], [24, 9], [25, 11], [50, 30], [55, 28], [60, 35], [65, 32]]
CLEAN = [100, 130, 110, 120, 300, 320, 310, 330]
HEAVY = [100, 5000, 110, 120, 300, 320, 310, 330]


def test_mean_estimate_on_clean_data():
    predict = claim_estimator(POLICIES, CLEAN, center="mean")
    assert predict(21, 10) == 115.0
    assert predict(58, 30) == 315.0


def test_median_estimate_is_robust():
    predict = claim_estimator(POLICIES, HEAVY, center="median")
    assert predict(21, 10) == 115.0
    assert predict(58, 30) == 315.0


def test_mean_estimate_follows_the_outlier():
    predict = claim_estimator(POLICIES, HEAVY, center="mean")
    assert predict(22, 10) > 1000


def test_unknown_center():
    with pytest.raises(ValueError):
        claim_estimator(POLICIES, CLEAN, center="mode")
