"""Smooth noisy temperature readings and flag sudden jumps for the maintenance dashboard."""
import pandas as pd


def smooth_readings(values, window=3, jump=5.0):
    """Return a frame with the raw reading, its trailing mean and a jump flag per sample."""
    raw = pd.Series(values, dtype="float64", name="raw")
    smooth = raw.rolling(window, min_periods=1).mean().round(2)
    delta = (raw - raw.shift(1)).abs()
    flagged = delta.where(delta.notna(), 0.0) > jump
    return pd.DataFrame({"raw": raw, "smooth": smooth, "jump": flagged})
