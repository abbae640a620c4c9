"""Pick the number of boosting rounds for a credit-approval model on a validation set."""
import numpy as np
from sklearn.ensemble import AdaBoostClassifier


def choose_rounds(X_train, y_train, X_val, y_val, max_rounds=40):
    """Return (best_rounds, best_validation_accuracy); ties go to the smaller model."""
    model = AdaBoostClassifier(n_estimators=max_rounds, random_state=0)
    model.fit(X_train, y_train)
    scores = np.array([s for s in model.staged_score(X_val, y_val)])
    best = int(np.argmax(scores))
    return best + 1, round(float(scores[best]), 3)
