"""Global minimum-variance portfolio from a sample covariance of asset returns."""
import numpy as np
import scipy.linalg as la


def min_variance_weights(returns, tickers, shrinkage=0.0):
    """Weights summing to 1 that minimise w' S w (S optionally shrunk towards its diagonal)."""
    returns = np.asarray(returns, dtype=float)
    if returns.shape[1] != len(tickers):
        raise ValueError("one ticker per column")
    cov = np.cov(returns, rowvar=False)
    cov = (1.0 - shrinkage) * cov + shrinkage * np.diag(np.diag(cov))
    raw = la.solve(cov, np.ones(len(tickers)), assume_a="pos", check_finite=True)
    weights = raw / raw.sum()
    variance = float(weights @ cov @ weights)
    return {t: round(float(w), 4) for t, w in zip(tickers, weights)}, variance
