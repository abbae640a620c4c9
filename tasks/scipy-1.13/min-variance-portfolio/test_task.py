import pytest

from solution import min_variance_weights

RETURNS = [
    [0.01, 0.02, -0.01],
    [0.0, -0.01, 0.02],
    [0.02, 0.03, 0.0],
    [-0.01, 0.0, 0.01],
    [0.015, 0.01, -0.005],
    [0.005, -0.02, 0.015],
]
TICKERS = ["AAA", "BBB", "CCC"]


def test_sample_covariance_weights():
    weights, variance = min_variance_weights(RETURNS, TICKERS)
    assert weights == {"AAA": 0.2375, "BBB": 0.2284, "CCC": 0.5341}
    assert variance == pytest.approx(1.4667879890809827e-05, rel=1e-8)


def test_shrunk_covariance_weights():
    weights, variance = min_variance_weights(RETURNS, TICKERS, shrinkage=0.5)
    assert weights == {"AAA": 0.3842, "BBB": 0.1512, "CCC": 0.4646}
    assert variance == pytest.approx(3.606940666127491e-05, rel=1e-8)
    assert sum(weights.values()) == pytest.approx(1.0, abs=1e-3)


def test_ticker_count_must_match():
    with pytest.raises(ValueError):
        min_variance_weights(RETURNS, ["AAA", "BBB"])
