import numpy as np

from solution import YieldPredictor

rng = np.random.RandomState(1)
PLOTS = [
    {"rain_mm": r, "fert_kg": f, "yield": 2.0 + 0.01 * r}
    for r, f in zip(rng.uniform(200, 600, 25).round(), rng.uniform(0, 100, 25).round())
]


def test_training_plots_are_reproduced():
    model = YieldPredictor().fit(PLOTS)
    for plot in PLOTS[:5]:
        assert abs(model.predict(plot) - plot["yield"]) < 1e-6


def test_rain_drives_the_yield():
    model = YieldPredictor().fit(PLOTS)
    imp = model.importance()
    assert imp["rain_mm"] > 0.8
    assert abs(sum(imp.values()) - 1.0) < 0.02


def test_prediction_in_range():
    model = YieldPredictor().fit(PLOTS)
    assert 6.0 <= model.predict({"rain_mm": 450, "fert_kg": 50}) <= 7.0
