"""Bagged shallow trees that flag suspicious card transactions."""
import numpy as np
from sklearn.ensemble import BaggingClassifier
from sklearn.tree import DecisionTreeClassifier


def train_flagger(amounts, hours, labels, n_trees=15):
    """Features: transaction amount and hour of day. Labels: 1 = fraud."""
    X = np.column_stack([amounts, hours]).astype(float)
    model = BaggingClassifier(
        estimator=DecisionTreeClassifier(max_depth=2),
        n_estimators=n_trees,
        random_state=7,
    )
    return model.fit(X, labels)


def flag(model, transactions):
    """Return the indices of the (amount, hour) pairs predicted as fraud."""
    X = np.asarray(transactions, dtype=float)
    return [int(i) for i in np.flatnonzero(model.predict(X) == 1)]
