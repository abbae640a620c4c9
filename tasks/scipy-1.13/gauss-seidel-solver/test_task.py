import numpy as np
import pytest

from solution import gauss_seidel


def test_four_by_four_system():
    a = [[10, -1, 2, 0], [-1, 11, -1, 3], [2, -1, 10, -1], [0, 3, -1, 8]]
    x, iterations = gauss_seidel(a, [6, 25, -11, 15])
    np.testing.assert_allclose(x, [1.0, 2.0, -1.0, 1.0], atol=1e-9)
    assert iterations == 12


def test_loose_tolerance_stops_early():
    x, iterations = gauss_seidel([[4, 1], [2, 3]], [1, 2], tol=1e-3)
    assert iterations == 5
    np.testing.assert_allclose(x, [0.10011574, 0.59992284], rtol=1e-7)


def test_divergent_system_raises():
    with pytest.raises(RuntimeError):
        gauss_seidel([[1, 3], [3, 1]], [1, 1], max_iter=50)
