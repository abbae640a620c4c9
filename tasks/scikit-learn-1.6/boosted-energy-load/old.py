"""Forecast building energy load from temperature and hour with gradient boosting."""
import numpy as np
from sklearn.ensemble import GradientBoostingRegressor


def fit_load_model(temps, hours, loads, rounds=50):
    X = np.column_stack([temps, hours]).astype(float)
    model = GradientBoostingRegressor(
        n_estimators=rounds,
        learning_rate=0.2,
        max_depth=2,
        criterion="mse",
        random_state=0,
    )
    model.fit(X, np.asarray(loads, dtype=float))
    return model


def peak_hour(model, temp):
    """Hour of the day with the highest forecast load at a given temperature."""
    grid = np.column_stack([np.full(24, temp), np.arange(24)]).astype(float)
    return int(np.argmax(model.predict(grid)))
