import numpy as np

from solution import condition_gaussian


def test_duplicated_observation_block():
    hidden, mean, cov = condition_gaussian(
        [1.0, 2.0, 3.0], [[2.0, 0.6, 0.6], [0.6, 1.0, 1.0], [0.6, 1.0, 1.0]], [1, 2], [2.5, 2.5]
    )
    assert hidden.tolist() == [0]
    np.testing.assert_allclose(mean, [1.0], atol=1e-9)
    np.testing.assert_allclose(cov, [[1.64]], atol=1e-9)


def test_regular_conditioning():
    hidden, mean, cov = condition_gaussian(
        [0, 0, 0], [[1, 0.5, 0.2], [0.5, 1, 0.3], [0.2, 0.3, 1]], [0], [1.0]
    )
    assert hidden.tolist() == [1, 2]
    np.testing.assert_allclose(mean, [0.5, 0.2], atol=1e-12)
    np.testing.assert_allclose(cov, [[0.75, 0.2], [0.2, 0.96]], atol=1e-12)


def test_independent_components_unchanged():
    hidden, mean, cov = condition_gaussian([5.0, -1.0], np.diag([4.0, 9.0]), [1], [3.0])
    np.testing.assert_allclose(mean, [5.0])
    np.testing.assert_allclose(cov, [[4.0]])
