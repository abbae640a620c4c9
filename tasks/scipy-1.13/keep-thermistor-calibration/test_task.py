import numpy as np

from solution import ThermistorCurve

TEMPS = [0, 10, 20, 25, 30, 40, 50]
OHMS = [32650, 19900, 12490, 10000, 8057, 5327, 3603]


def test_linear_lookup():
    curve = ThermistorCurve(TEMPS, OHMS)
    out = curve.temperature([10000, 15000, 4000, 50000])
    np.testing.assert_allclose(out[:3], [25.0, 16.07, 47.33], atol=1e-9)
    assert np.isnan(out[3])


def test_in_range_flags():
    assert ThermistorCurve(TEMPS, OHMS).in_range([10000, 2000]) == [True, False]


def test_cubic_lookup():
    curve = ThermistorCurve(TEMPS, OHMS, kind="cubic")
    np.testing.assert_allclose(curve.temperature([15000, 6000]), [15.99, 37.07], atol=1e-9)
