import numpy as np

from solution import upsample

GRID = [[0, 1, 2, 1], [1, 3, 5, 2], [0, 2, 4, 1], [0, 0, 1, 0]]


def test_cubic_upsample_shape_and_values():
    dense = upsample(GRID, factor=2)
    assert dense.shape == (7, 7)
    np.testing.assert_allclose(dense[::2, ::2], np.array(GRID, dtype=float), atol=1e-9)
    np.testing.assert_allclose(
        dense[1], [0.9375, 1.464844, 2.5, 3.550781, 4.125, 3.730469, 1.875], atol=1e-6
    )
    np.testing.assert_allclose(
        dense[5], [0.0, 0.04296875, 1.0, 2.035156, 2.625, 2.246094, 0.375], atol=1e-6
    )
    assert dense.min() >= 0.0


def test_linear_upsample():
    dense = upsample([[0, 2], [4, 6]], factor=2, kind="linear")
    np.testing.assert_allclose(dense, [[0, 1, 2], [2, 3, 4], [4, 5, 6]], atol=1e-12)
