"""Predict crop yield (t/ha) from rainfall and fertiliser with an extra-trees ensemble."""
import numpy as np
from sklearn.ensemble import ExtraTreesRegressor

FEATURES = ("rain_mm", "fert_kg")


class YieldPredictor:
    def __init__(self, n_trees=30, seed=0):
        self.model = ExtraTreesRegressor(n_estimators=n_trees, criterion="squared_error", random_state=seed)

    def fit(self, plots):
        X = np.array([[p[f] for f in FEATURES] for p in plots], dtype=float)
        y = np.array([p["yield"] for p in plots], dtype=float)
        self.model.fit(X, y)
        return self

    def predict(self, plot):
        return round(float(self.model.predict([[plot[f] for f in FEATURES]])[0]), 2)

    def importance(self):
        return dict(zip(FEATURES, np.round(self.model.feature_importances_, 2).tolist()))
