"""Build the weld-defect classifier from stored settings, overridable per production line."""
from sklearn.ensemble import AdaBoostClassifier

DEFAULT_SETTINGS = {
    "n_estimators": 25,
    "learning_rate": 1.0,
    "algorithm": "SAMME.R",
    "random_state": 0,
}


def build_defect_classifier(**overrides):
    unknown = set(overrides) - set(DEFAULT_SETTINGS)
    if unknown:
        raise KeyError(f"unknown settings: {sorted(unknown)}")
    settings = {**DEFAULT_SETTINGS, **overrides}
    return AdaBoostClassifier(**settings)


def defect_rate(model, X, y, batch):
    """Fit on (X, y) and return the share of `batch` predicted as defective."""
    model.fit(X, y)
    return float(sum(model.predict(batch) == "defect")) / len(batch)
