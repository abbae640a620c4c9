"""Estimate insurance claim amounts; the robust variant is used for heavy-tailed lines."""
from sklearn.tree import DecisionTreeRegressor

CRITERIA = {"mean": "mse", "median": "mae"}


def claim_estimator(policies, amounts, center="mean", depth=1):
    """Fit a one-split tree on (age, vehicle_value) and return a predict function."""
    if center not in CRITERIA:
        raise ValueError(f"unknown center {center!r}")
    tree = DecisionTreeRegressor(criterion=CRITERIA[center], max_depth=depth, random_state=0)
    tree.fit(policies, amounts)

    def predict(age, vehicle_value):
        return round(float(tree.predict([[age, vehicle_value]])[0]), 2)

    return predict
