import numpy as np
import pytest

from solution import band_powers, relative_band_powers


def _recording():
    t = np.arange(0, 8, 1 / 128.0)
    return 2 * np.sin(2 * np.pi * 10 * t) + 0.5 * np.sin(2 * np.pi * 20 * t) + np.sin(2 * np.pi * 6 * t)


def test_absolute_band_powers():
    powers = band_powers(_recording(), 128)
    assert sorted(powers) == ["alpha", "beta", "delta", "theta"]
    assert powers["alpha"] == pytest.approx(16 / 9)
    assert powers["theta"] == pytest.approx(4 / 9)
    assert powers["beta"] == pytest.approx(1 / 9)
    assert abs(powers["delta"]) < 1e-20


def test_relative_band_powers():
    assert relative_band_powers(_recording(), 128) == {"delta": 0.0, "theta": 0.1905, "alpha": 0.7619, "beta": 0.0476}
    custom = relative_band_powers(_recording(), 128, {"low": (2, 8), "high": (9, 25)})
    assert custom == {"low": 0.1649, "high": 0.8351}


def test_too_narrow_band():
    with pytest.raises(ValueError):
        band_powers(_recording(), 128, {"spike": (10, 11)})
