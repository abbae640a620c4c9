import numpy as np

from solution import BolusModel


def test_concentration_curve():
    model = BolusModel(0.3, 0.5, 0.2, 10.0)
    t, c = model.concentration(500.0, 2.0)
    np.testing.assert_allclose(t, np.arange(0.0, 2.01, 0.25))
    np.testing.assert_allclose(
        c,
        [50.0, 41.07117871, 33.98117454, 28.34675979, 23.86464832, 20.29481849, 17.44731527,
         15.17180562, 13.34931275],
        rtol=1e-6,
    )


def test_time_above_threshold():
    model = BolusModel(0.3, 0.5, 0.2, 10.0)
    assert model.hours_above(500.0, 10.0) == 2.7
    assert model.hours_above(500.0, 2.0) == 21.25


def test_dose_scales_linearly():
    model = BolusModel(0.3, 0.5, 0.2, 10.0)
    _, c1 = model.concentration(100.0, 1.0)
    _, c2 = model.concentration(300.0, 1.0)
    np.testing.assert_allclose(c2, 3.0 * c1, rtol=1e-9)
    assert abs(c1[0] - 10.0) < 1e-6
