from solution import churn_risk

HISTORY = [
    [2, 5], [3, 4], [1, 6], [4, 5], [2, 3],
    [24, 0], [36, 1], [30, 0], [18, 1], [40, 2],
]
CHURNED = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0]


def test_new_unhappy_customer_is_riskier():
    risk = churn_risk(HISTORY, CHURNED, {"c1": (2, 6), "c2": (35, 0)})
    assert set(risk) == {"c1", "c2"}
    assert risk["c1"] > 0.5 > risk["c2"]


def test_probabilities_are_rounded():
    risk = churn_risk(HISTORY, CHURNED, {"x": (10, 2)}, rounds=5)
    assert 0.0 <= risk["x"] <= 1.0
    assert round(risk["x"], 3) == risk["x"]
