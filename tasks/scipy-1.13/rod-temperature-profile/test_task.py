import numpy as np

from solution import RodModel


def test_symmetric_parabolic_profile():
    model = RodModel(1.0, 2.0, n_interior=9)
    np.testing.assert_allclose(
        model.solve(100.0, 20.0, 20.0),
        [20.0, 22.25, 24.0, 25.25, 26.0, 26.25, 26.0, 25.25, 24.0, 22.25, 20.0],
        rtol=1e-10,
    )


def test_hottest_point_in_the_middle():
    assert RodModel(1.0, 2.0, n_interior=9).hottest_point(100.0, 20.0, 20.0) == (0.5, 26.25)


def test_no_source_gives_linear_profile():
    model = RodModel(2.0, 5.0, n_interior=3)
    np.testing.assert_allclose(model.solve(0.0, 10.0, 50.0), [10.0, 20.0, 30.0, 40.0, 50.0])
    assert model.hottest_point(0.0, 10.0, 50.0) == (2.0, 50.0)
