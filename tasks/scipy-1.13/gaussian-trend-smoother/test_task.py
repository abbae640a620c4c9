import numpy as np
import pytest

from solution import gaussian_kernel, peak_day, smooth_counts

COUNTS = [3, 8, 2, 9, 4, 15, 7, 6, 1, 5, 4, 3]


def test_kernel_weights():
    np.testing.assert_allclose(
        gaussian_kernel(5, 1.0), [0.05448868, 0.24420134, 0.40261995, 0.24420134, 0.05448868], rtol=1e-7
    )
    with pytest.raises(ValueError):
        gaussian_kernel(4, 1.0)


def test_smoothed_series_keeps_length():
    result = smooth_counts(COUNTS)
    assert result.shape == (12,)
    np.testing.assert_allclose(result[:3], [5.38448584, 5.36075377, 5.84755552], rtol=1e-7)
    np.testing.assert_allclose(result[-2:], [3.77605626, 3.7320823], rtol=1e-7)
    assert peak_day(COUNTS) == 5


def test_single_spike():
    result = smooth_counts([0, 0, 0, 10, 0, 0, 0], width=3, std=1.0)
    np.testing.assert_allclose(result, [0, 0, 2.74068619, 4.51862762, 2.74068619, 0, 0], rtol=1e-7, atol=1e-12)
