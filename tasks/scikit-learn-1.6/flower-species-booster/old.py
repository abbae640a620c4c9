"""Rank which flower measurements matter most for telling three species apart."""
import numpy as np
from sklearn.ensemble import AdaBoostClassifier

MEASUREMENTS = ["sepal_length", "sepal_width", "petal_length", "petal_width"]


def rank_measurements(samples, species, rounds=50):
    """Fit a multi-class booster; return (ranked measurement names, training accuracy)."""
    X = np.asarray(samples, dtype=float)
    model = AdaBoostClassifier(n_estimators=rounds, algorithm="SAMME.R", random_state=0)
    model.fit(X, species)
    order = np.argsort(-model.feature_importances_, kind="stable")
    ranked = [MEASUREMENTS[i] for i in order if model.feature_importances_[i] > 0]
    return ranked, round(float(model.score(X, species)), 3)
