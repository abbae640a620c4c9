import numpy as np
import pytest

from solution import RidgeModel

X = [[1, 0], [2, 1], [3, 1], [4, 3], [5, 2]]
Y = [3.1, 5.0, 6.9, 10.2, 11.0]


def test_fit_with_intercept():
    model = RidgeModel(alpha=0.5).fit(X, Y)
    np.testing.assert_allclose(model.coef_, [1.5421383648, 0.8012578616], rtol=1e-8)
    assert model.intercept_ == pytest.approx(1.4918238994, rel=1e-8)
    np.testing.assert_allclose(model.predict([[6, 2]]), [12.3471698113], rtol=1e-8)


def test_fit_without_intercept():
    model = RidgeModel(alpha=2.0, fit_intercept=False).fit(X, Y)
    np.testing.assert_allclose(model.coef_, [1.92375, 0.73875], rtol=1e-8)
    assert model.intercept_ == 0.0


def test_tiny_penalty_recovers_exact_plane():
    X2 = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [3.0, 1.0], [1.0, 3.0]])
    y2 = 2.0 * X2[:, 0] - 3.0 * X2[:, 1] + 1.0
    model = RidgeModel(alpha=1e-10).fit(X2, y2)
    np.testing.assert_allclose(model.coef_, [2.0, -3.0], atol=1e-6)
    assert model.intercept_ == pytest.approx(1.0, abs=1e-6)


def test_errors():
    with pytest.raises(ValueError):
        RidgeModel(alpha=0)
    with pytest.raises(RuntimeError):
        RidgeModel().predict(X)
