import numpy as np

from solution import calibrate, corrected_ppm

SIGNAL = [1200.0, 1350.0, 1500.0, 1800.0, 2100.0, 2500.0, 2600.0, 3000.0]
TEMP = [18.0, 20.0, 22.0, 19.0, 25.0, 21.0, 23.0, 24.0]
HUMID = [0.40, 0.55, 0.35, 0.60, 0.45, 0.50, 0.65, 0.30]
PPM = [10.2, 13.1, 15.0, 19.6, 22.9, 28.4, 30.0, 34.1]
READINGS = [[1400.0, 21.0, 0.5], [2800.0, 19.0, 0.4]]


def test_default_regularisation_matches_previous_calibration():
    model = calibrate(SIGNAL, TEMP, HUMID, PPM)
    np.testing.assert_allclose(corrected_ppm(model, READINGS), [14.793, 29.285], atol=2e-3)


def test_strong_regularisation_shrinks_towards_the_mean():
    model = calibrate(SIGNAL, TEMP, HUMID, PPM, alpha=5.0)
    values = corrected_ppm(model, READINGS)
    np.testing.assert_allclose(values, [20.257, 22.423], atol=2e-3)
    assert abs(values[1] - values[0]) < 10.0
