"""Probability-calibrated linear SVM for server overload alerts."""
import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import LinearSVC


def train_alert_model(cpu, latency, overloaded):
    X = np.column_stack([cpu, latency]).astype(float)
    model = CalibratedClassifierCV(base_estimator=LinearSVC(C=1.0), method="sigmoid", cv=3)
    return model.fit(X, overloaded)


def alert_levels(model, readings, warn_at=0.5, page_at=0.9):
    """Map (cpu, latency) readings to "ok" / "warn" / "page" by overload probability."""
    proba = model.predict_proba(np.asarray(readings, dtype=float))[:, 1]
    return ["page" if p >= page_at else "warn" if p >= warn_at else "ok" for p in proba]
