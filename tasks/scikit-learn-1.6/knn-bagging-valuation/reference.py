"""House valuation by bagged nearest-neighbour regressors (robust to odd comparables)."""
import numpy as np
from sklearn.ensemble import BaggingRegressor
from sklearn.neighbors import KNeighborsRegressor


def valuation_model(comparables, neighbours=2, bags=20, seed=3):
    """``comparables``: list of (area_m2, age_years, price) tuples."""
    data = np.asarray(comparables, dtype=float)
    model = BaggingRegressor(
        estimator=KNeighborsRegressor(n_neighbors=neighbours),
        n_estimators=bags,
        max_samples=0.8,
        random_state=seed,
    )
    return model.fit(data[:, :2], data[:, 2])


def estimate(model, area, age):
    return int(round(model.predict([[area, age]])[0], -3))
