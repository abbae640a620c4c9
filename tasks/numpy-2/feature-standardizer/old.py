"""Column-wise standardisation of a feature matrix (fit on train, apply to new data)."""
import numpy as np


class Standardizer:
    def __init__(self, eps=1e-12):
        self.eps = eps
        self.mean_ = None
        self.scale_ = None

    def fit(self, X):
        X = np.array(X, dtype=float, copy=False)
        self.mean_ = X.mean(axis=0)
        std = X.std(axis=0)
        self.scale_ = np.where(std < self.eps, 1.0, std)
        return self

    def transform(self, X):
        if self.mean_ is None:
            raise RuntimeError("call fit() first")
        X = np.array(X, dtype=float, copy=False)
        return (X - self.mean_) / self.scale_

    def fit_transform(self, X):
        return self.fit(X).transform(X)
