import numpy as np
import pytest

from solution import half_life

TIMES = np.arange(0, 24, 2.0)


def test_exact_curve_recovers_parameters():
    counts = 1000 * np.exp(-np.log(2) / 6 * TIMES) + 50
    hl, n0, background = half_life(TIMES, counts, background_guess=10.0)
    assert hl == pytest.approx(6.0, abs=2e-3)
    assert n0 == pytest.approx(1000.0, abs=0.02)
    assert background == pytest.approx(50.0, abs=0.02)


def test_noisy_counts():
    counts = [1071.0, 826.8, 686.8, 544.5, 446.9, 375.9, 291.0, 248.4, 209.6, 173.3, 149.2, 128.7]
    hl, n0, background = half_life(TIMES, counts)
    assert hl == pytest.approx(5.819, abs=0.01)
    assert n0 == pytest.approx(1002.24, abs=0.5)
    assert background == pytest.approx(57.93, abs=0.5)
