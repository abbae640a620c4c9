"""Value of an investment over time from a series of periodic returns."""
import numpy as np


def growth_curve(returns, initial=1.0, fee_per_period=0.0):
    """Portfolio value after each period.

    ``returns`` are simple returns per period (0.05 means +5%); a fixed fee rate is
    deducted every period before compounding.
    """
    r = np.asarray(returns, dtype=float)
    if np.any(r <= -1):
        raise ValueError("a return of -100% or worse wipes out the investment")
    factors = (1 + r) * (1 - fee_per_period)
    return initial * np.cumprod(factors)


def max_drawdown(curve):
    peaks = np.maximum.accumulate(curve)
    return float(np.max((peaks - curve) / peaks))
