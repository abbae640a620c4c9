import pytest

from solution import rank_forecasts

ACTUAL = [100.0, 110.0, 120.0, 130.0]


def test_ranking_by_rmse():
    result = rank_forecasts(
        ACTUAL,
        {
            "naive": [100.0, 100.0, 110.0, 120.0],
            "arima": [102.0, 108.0, 121.0, 129.0],
            "perfect": [100.0, 110.0, 120.0, 130.0],
        },
    )
    assert result == [("perfect", 0.0), ("arima", 1.5811), ("naive", 8.6603)]


def test_length_mismatch():
    with pytest.raises(ValueError):
        rank_forecasts(ACTUAL, {"short": [1.0, 2.0]})
