import numpy as np
import pytest

from solution import TinyGP

X = [0, 1, 2, 3, 4]
Y = [0.0, 0.8, 0.9, 0.1, -0.8]


def test_posterior_mean_values():
    gp = TinyGP(length_scale=1.0, variance=2.0, noise=0.01).fit(X, Y)
    np.testing.assert_allclose(
        gp.predict([0.5, 2.5, 10.0]), [0.400618597691, 0.586719018213, 0.19999997941], rtol=1e-7
    )


def test_weights_vector():
    gp = TinyGP(length_scale=1.0, variance=2.0, noise=0.01).fit(X, Y)
    assert gp.y_mean == pytest.approx(0.2)
    np.testing.assert_allclose(
        gp.alpha,
        [-0.407766216913, 0.501270290842, 0.021097857085, 0.282731849001, -0.676390685532],
        rtol=1e-7,
    )


def test_near_interpolation_with_small_noise():
    gp = TinyGP(length_scale=0.7, variance=1.0, noise=1e-8).fit(X, Y)
    np.testing.assert_allclose(gp.predict(X), Y, atol=1e-5)


def test_far_from_data_reverts_to_mean():
    gp = TinyGP(length_scale=0.5).fit([1.0, 2.0, 3.0], [4.0, 5.0, 9.0])
    assert gp.predict([100.0])[0] == pytest.approx(6.0)
