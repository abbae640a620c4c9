"""Polynomial trend fitting through the normal equations with a rank-revealing pseudo-inverse."""
import numpy as np
from scipy.linalg import pinvh


def fit_polynomial(x, y, degree, rcond=1e-12):
    """Least-squares coefficients (lowest power first), effective rank and RMS residual.

    The x values are scaled to [-1, 1] first; the Gram matrix X'X becomes numerically
    singular when the degree is too high for the number of distinct x values.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    lo, hi = x.min(), x.max()
    t = (2.0 * x - (lo + hi)) / (hi - lo)
    V = np.vander(t, degree + 1, increasing=True)
    gram_inv, rank = pinvh(V.T @ V, rcond=rcond, return_rank=True)
    coef = gram_inv @ (V.T @ y)
    rms = float(np.sqrt(np.mean((V @ coef - y) ** 2)))
    return np.round(coef, 6), int(rank), round(rms, 6)
