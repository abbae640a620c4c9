"""Flag abnormal vibration readings on factory machines with the interquartile-range rule."""
import pandas as pd


def flag_outliers(readings, k=1.5):
    """Add ``outlier`` (any sensor outside [Q1 - k*IQR, Q3 + k*IQR]) and ``worst_sensor``."""
    frame = pd.DataFrame(readings)
    quartiles = frame.quantile([0.25, 0.75], numeric_only=True)
    sensors = list(quartiles.columns)
    low, high = quartiles.loc[0.25], quartiles.loc[0.75]
    spread = high - low
    lower, upper = low - k * spread, high + k * spread
    distance = (lower - frame[sensors]).clip(lower=0) + (frame[sensors] - upper).clip(lower=0)
    frame["outlier"] = (distance > 0).any(axis=1)
    frame["worst_sensor"] = distance.idxmax(axis=1).where(frame["outlier"], "")
    return frame


def outlier_machines(readings, k=1.5):
    flagged = flag_outliers(readings, k)
    return sorted(flagged.loc[flagged["outlier"], "machine"].unique())
