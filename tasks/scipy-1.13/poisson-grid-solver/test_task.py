import numpy as np
import pytest

from solution import solve_poisson


def manufactured(x, y):
    return 2 * np.pi**2 * np.sin(np.pi * x) * np.sin(np.pi * y)


def test_manufactured_solution_close_to_exact():
    u = solve_poisson(manufactured, n=15)
    assert u.shape == (15, 15)
    assert u[7, 7] == pytest.approx(1.00321896444008, rel=1e-8)
    assert u[3, 10] == pytest.approx(0.5898303520847522, rel=1e-8)
    np.testing.assert_allclose(u, u.T, atol=1e-9)


def test_uniform_source():
    u = solve_poisson(lambda x, y: np.ones_like(x), n=9)
    assert u[4, 4] == pytest.approx(0.07309843553416119, rel=1e-8)
    assert u[0, 0] == pytest.approx(0.012813098298780166, rel=1e-8)
    assert u[2, 6] == pytest.approx(0.05438768393413929, rel=1e-8)


def test_zero_source_gives_zero_field():
    u = solve_poisson(lambda x, y: np.zeros_like(x), n=5)
    np.testing.assert_allclose(u, np.zeros((5, 5)), atol=1e-14)
