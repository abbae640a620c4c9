"""Predict hourly bike rentals from temperature with a shallow regression tree."""
import numpy as np
from sklearn.metrics import mean_absolute_error
from sklearn.tree import DecisionTreeRegressor


def fit_demand_tree(temps_c, rentals, max_depth=1):
    tree = DecisionTreeRegressor(max_depth=max_depth, random_state=0)
    tree.fit(np.asarray(temps_c, dtype=float).reshape(-1, 1), rentals)
    fitted = tree.predict(np.asarray(temps_c, dtype=float).reshape(-1, 1))
    return tree, round(float(mean_absolute_error(rentals, fitted)), 2)
