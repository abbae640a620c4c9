"""Evaluate a linear model of sales against ad spend with a hold-out set and cross-validation."""
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score
from sklearn.model_selection import KFold, cross_val_score, train_test_split


def evaluate_spend_model(spend, sales, seed=0):
    X = np.asarray(spend, dtype=float)
    y = np.asarray(sales, dtype=float)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=seed)
    model = LinearRegression().fit(X_train, y_train)
    holdout = r2_score(y_test, model.predict(X_test))
    cv = cross_val_score(LinearRegression(), X, y, cv=KFold(n_splits=4), scoring="r2")
    return {
        "n_train": len(X_train),
        "n_test": len(X_test),
        "holdout_r2": round(float(holdout), 4),
        "cv_r2": [round(float(s), 4) for s in cv],
        "coef": np.round(model.coef_, 3).tolist(),
    }
