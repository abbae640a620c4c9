"""Predict delivery minutes from distance and number of parcels with a shallow tree."""
import numpy as np
from sklearn.tree import DecisionTreeRegressor


class DeliveryTimeModel:
    def __init__(self, max_depth=2):
        self.tree = DecisionTreeRegressor(criterion="squared_error", max_depth=max_depth, random_state=0)

    def fit(self, trips):
        """trips: list of (km, parcels, minutes)."""
        data = np.asarray(trips, dtype=float)
        self.tree.fit(data[:, :2], data[:, 2])
        return self

    def predict(self, km, parcels):
        return round(float(self.tree.predict([[km, parcels]])[0]), 1)

    def quote(self, km, parcels, buffer=0.1):
        """Promised delivery window in whole minutes, with a safety buffer."""
        minutes = self.predict(km, parcels)
        return int(np.ceil(minutes * (1 + buffer)))
