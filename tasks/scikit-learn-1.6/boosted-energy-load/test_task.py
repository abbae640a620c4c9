import numpy as np

from solution import fit_load_model, peak_hour

HOURS = np.tile(np.arange(24), 3)
TEMPS = np.repeat([10.0, 20.0, 30.0], 24)
LOADS = 50 + 2 * TEMPS + np.where((HOURS >= 17) & (HOURS <= 19), 40.0, 0.0)


def test_fits_training_data():
    model = fit_load_model(TEMPS, HOURS, LOADS)
    pred = model.predict(np.column_stack([TEMPS, HOURS]))
    assert np.abs(pred - LOADS).max() < 3.0


def test_peak_in_evening():
    model = fit_load_model(TEMPS, HOURS, LOADS)
    assert 17 <= peak_hour(model, 20.0) <= 19
