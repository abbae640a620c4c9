"""Chain-linked price index from month-on-month price relatives."""
import numpy as np


def price_index(relatives, base=100.0):
    """Index level after each month; ``relatives`` are ratios like 1.02 for +2%."""
    r = np.asarray(relatives, dtype=float)
    if np.any(r <= 0):
        raise ValueError("price relatives must be positive")
    return base * np.cumprod(r)


def annual_change(relatives):
    """Total change over the whole period as a fraction (0.05 = +5%)."""
    return float(np.prod(np.asarray(relatives, dtype=float)) - 1.0)
