from solution import DemandForecaster

WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] * 3
TEMPS = [10] * 7 + [20] * 7 + [30] * 7
SOLD = [80, 82, 81, 85, 90, 140, 150, 70, 72, 71, 75, 80, 120, 130, 50, 52, 51, 55, 60, 90, 100]


def test_weekend_and_temperature_effects():
    model = DemandForecaster().fit(WEEKDAYS, TEMPS, SOLD)
    saturday_cold = model.forecast(5, 10)
    tuesday_hot = model.forecast(1, 30)
    assert 130 <= saturday_cold <= 150
    assert 45 <= tuesday_hot <= 60
    assert model.forecast(6, 10) > model.forecast(6, 30)


def test_configured_trees():
    model = DemandForecaster(depth=1, rounds=4).fit(WEEKDAYS, TEMPS, SOLD)
    assert len(model.model.estimators_) <= 4
    assert all(tree.get_depth() == 1 for tree in model.model.estimators_)
    assert model.model.estimator_.max_depth == 1
