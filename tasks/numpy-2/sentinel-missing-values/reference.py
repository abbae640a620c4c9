"""Clean weather-station readings where the logger writes -999 for a missing value."""
import numpy as np

SENTINEL = -999.0


def clean_readings(readings, valid_range=(-60.0, 60.0)):
    """Replace sentinels and physically impossible values by NaN; return (clean, daily_mean).

    ``readings`` has one row per day and one column per hourly reading.
    """
    data = np.array(readings, dtype=float)
    lo, hi = valid_range
    data[(data == SENTINEL) | (data < lo) | (data > hi)] = np.nan
    with np.errstate(invalid="ignore"):
        counts = np.sum(~np.isnan(data), axis=1)
        sums = np.nansum(data, axis=1)
        daily_mean = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    return data, daily_mean
