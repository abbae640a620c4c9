"""Estimate the half-life of a radioactive sample from detector counts."""
import numpy as np
from scipy.optimize import curve_fit


def decay(t, n0, rate, background):
    return n0 * np.exp(-rate * t) + background


def half_life(times_h, counts, background_guess=0.0):
    """Fit counts = N0 exp(-lambda t) + B; return (half-life in hours, N0, B), rounded."""
    t = np.asarray(times_h, dtype=float)
    c = np.asarray(counts, dtype=float)
    p0 = [c[0] - background_guess, 1.0 / max(t[-1], 1e-9), background_guess]
    params, _ = curve_fit(decay, t, c, p0=p0, bounds=([0, 0, 0], [np.inf, np.inf, np.inf]))
    n0, rate, background = params
    return round(float(np.log(2) / rate), 3), round(float(n0), 2), round(float(background), 2)
