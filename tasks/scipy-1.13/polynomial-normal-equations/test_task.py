import numpy as np
import pytest

from solution import fit_polynomial


def test_quadratic_trend():
    coef, rank, rms = fit_polynomial([0, 1, 2, 3, 4, 5, 6], [1.0, 1.9, 4.2, 8.8, 16.1, 26.0, 36.9], 2)
    np.testing.assert_allclose(coef, [9.109524, 17.978571, 10.007143], atol=2e-6)
    assert rank == 3
    assert rms == pytest.approx(0.262899, abs=2e-6)


def test_degree_too_high_is_rank_deficient():
    coef, rank, rms = fit_polynomial([0, 0, 1, 1, 2, 2], [1, 1.2, 2, 2.2, 5, 4.8], 4)
    assert rank == 3
    np.testing.assert_allclose(coef, [2.1, 0.95, 0.45, 0.95, 0.45], atol=1e-5)
    assert rms == pytest.approx(0.1, abs=1e-6)
