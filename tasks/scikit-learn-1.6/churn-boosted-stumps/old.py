"""Score customers' churn risk with boosted decision stumps."""
import numpy as np
from sklearn.ensemble import AdaBoostClassifier


def churn_risk(history, churned, customers, rounds=30):
    """history: rows of (months_active, support_tickets); returns {customer_id: risk}.

    customers maps an id to its (months_active, support_tickets).
    """
    model = AdaBoostClassifier(n_estimators=rounds, algorithm="SAMME.R", random_state=0)
    model.fit(np.asarray(history, dtype=float), np.asarray(churned))
    ids = sorted(customers)
    X = np.array([customers[c] for c in ids], dtype=float)
    churn_col = list(model.classes_).index(1)
    probs = model.predict_proba(X)[:, churn_col]
    return {c: round(float(p), 3) for c, p in zip(ids, probs)}
