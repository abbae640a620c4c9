"""Closed-form ridge regression used by a small demand-forecasting job."""
import numpy as np
from scipy import linalg


class RidgeModel:
    def __init__(self, alpha=1.0, fit_intercept=True):
        if alpha <= 0:
            raise ValueError("alpha must be positive")
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.coef_ = None
        self.intercept_ = 0.0

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        x_mean = X.mean(axis=0) if self.fit_intercept else np.zeros(X.shape[1])
        y_mean = y.mean() if self.fit_intercept else 0.0
        Xc = X - x_mean
        gram = Xc.T @ Xc + self.alpha * np.eye(X.shape[1])
        self.coef_ = linalg.solve(gram, Xc.T @ (y - y_mean), sym_pos=True)
        self.intercept_ = float(y_mean - x_mean @ self.coef_)
        return self

    def predict(self, X):
        if self.coef_ is None:
            raise RuntimeError("call fit() first")
        return np.asarray(X, dtype=float) @ self.coef_ + self.intercept_
