"""Conditional distribution of a multivariate normal given observed components."""
import numpy as np
import scipy.linalg


def condition_gaussian(mean, cov, observed_idx, observed_values, rcond=1e-10):
    """Mean and covariance of the unobserved components given the observed ones.

    Uses the pseudo-inverse of the observed block so that duplicated or perfectly
    correlated observations are handled.
    """
    mean = np.asarray(mean, dtype=float)
    cov = np.asarray(cov, dtype=float)
    obs = np.asarray(observed_idx, dtype=int)
    hidden = np.setdiff1d(np.arange(mean.size), obs)
    s_hh = cov[np.ix_(hidden, hidden)]
    s_ho = cov[np.ix_(hidden, obs)]
    s_oo_inv = scipy.linalg.pinvh(cov[np.ix_(obs, obs)], rtol=rcond)
    gain = s_ho @ s_oo_inv
    cond_mean = mean[hidden] + gain @ (np.asarray(observed_values, dtype=float) - mean[obs])
    cond_cov = s_hh - gain @ s_ho.T
    return hidden, cond_mean, cond_cov
