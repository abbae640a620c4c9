"""Estimate monthly rents robustly (outlier listings should not drag the estimate)."""
import numpy as np
from sklearn.ensemble import RandomForestRegressor


def estimate_rents(listings, queries, n_trees=20):
    """listings: list of dicts with 'sqm', 'rooms', 'rent'; queries: dicts with 'sqm', 'rooms'."""
    X = np.array([[l["sqm"], l["rooms"]] for l in listings], dtype=float)
    y = np.array([l["rent"] for l in listings], dtype=float)
    forest = RandomForestRegressor(
        n_estimators=n_trees,
        criterion="absolute_error",
        min_samples_leaf=2,
        random_state=0,
    )
    forest.fit(X, y)
    Q = np.array([[q["sqm"], q["rooms"]] for q in queries], dtype=float)
    return [int(round(p, -1)) for p in forest.predict(Q)]
