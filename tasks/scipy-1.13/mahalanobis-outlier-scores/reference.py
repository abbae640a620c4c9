"""Flag outlying production batches by Mahalanobis distance over (possibly redundant) sensors."""
import numpy as np
from scipy import linalg


def mahalanobis_outliers(measurements, threshold=3.0, cond=1e-8):
    """Return (distances rounded to 3 dp, indices of rows whose distance exceeds threshold).

    Redundant sensors make the covariance (nearly) singular, so a pseudo-inverse with a
    relative eigenvalue cutoff is used.
    """
    X = np.asarray(measurements, dtype=float)
    centred = X - X.mean(axis=0)
    cov = centred.T @ centred / (X.shape[0] - 1)
    precision = linalg.pinvh(cov, rtol=cond)
    d2 = np.einsum("ij,jk,ik->i", centred, precision, centred)
    distances = np.sqrt(np.clip(d2, 0.0, None))
    return np.round(distances, 3), [int(i) for i in np.flatnonzero(distances > threshold)]
