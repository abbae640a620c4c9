import pytest

from solution import filter_square_wave


def test_fast_filter_follows_clock():
    result = filter_square_wave(1000.0, 1000.0, 100e-9)
    assert result["ripple_v"] == pytest.approx(2.3137, abs=2e-3)
    assert result["mean_v"] == pytest.approx(1.6442, abs=2e-3)
    assert result["final_v"] == pytest.approx(0.495, abs=5e-3)


def test_slow_filter_averages_clock():
    result = filter_square_wave(1000.0, 10000.0, 100e-9, periods=6)
    assert result["ripple_v"] == pytest.approx(0.1434, abs=2e-3)
    assert result["mean_v"] == pytest.approx(1.4345, abs=2e-3)
    assert result["final_v"] == pytest.approx(1.4503, abs=2e-3)
    assert set(result) == {"ripple_v", "mean_v", "final_v"}
