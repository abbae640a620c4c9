"""Daily bakery demand forecast with boosted regression trees."""
import numpy as np
from sklearn.ensemble import AdaBoostRegressor
from sklearn.tree import DecisionTreeRegressor


class DemandForecaster:
    """Predicts loaves sold from (weekday, temperature)."""

    def __init__(self, depth=3, rounds=30):
        self.model = AdaBoostRegressor(
            estimator=DecisionTreeRegressor(max_depth=depth),
            n_estimators=rounds,
            random_state=0,
        )

    def fit(self, weekdays, temperatures, sold):
        self.model.fit(np.column_stack([weekdays, temperatures]), sold)
        return self

    def forecast(self, weekday, temperature):
        return round(float(self.model.predict([[weekday, temperature]])[0]), 1)
