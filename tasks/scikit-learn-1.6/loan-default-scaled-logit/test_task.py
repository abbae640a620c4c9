import numpy as np

from solution import default_probability, train_default_model

INCOME = [20, 25, 30, 35, 80, 90, 100, 120]
DEBT = [0.9, 0.8, 0.85, 0.7, 0.2, 0.3, 0.1, 0.15]
DEFAULTED = [1, 1, 1, 1, 0, 0, 0, 0]


def test_scaler_is_fitted_on_training_data():
    model = train_default_model(INCOME, DEBT, DEFAULTED)
    scaler = model.steps[0][1]
    np.testing.assert_allclose(scaler.mean_, [62.5, 0.5])


def test_predictions():
    model = train_default_model(INCOME, DEBT, DEFAULTED)
    assert model.predict([[22, 0.95], [110, 0.1]]).tolist() == [1, 0]
    assert default_probability(model, 22, 0.95) > 0.8
    assert default_probability(model, 110, 0.1) < 0.2


def test_regularisation_pulls_towards_half():
    strong = train_default_model(INCOME, DEBT, DEFAULTED, C=0.01)
    weak = train_default_model(INCOME, DEBT, DEFAULTED, C=100.0)
    assert abs(default_probability(strong, 22, 0.95) - 0.5) < abs(default_probability(weak, 22, 0.95) - 0.5)
