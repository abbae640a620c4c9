"""Per-pollutant error report for a multi-output air-quality model."""
import numpy as np
from sklearn.metrics import root_mean_squared_error

POLLUTANTS = ("no2", "pm10", "o3")


def error_report(observed, predicted, weights=None):
    """RMSE per pollutant plus a combined figure (``weights`` averages the pollutants)."""
    observed = np.asarray(observed, dtype=float)
    predicted = np.asarray(predicted, dtype=float)
    per_target = root_mean_squared_error(observed, predicted, multioutput="raw_values")
    combined = root_mean_squared_error(
        observed, predicted, multioutput=weights if weights is not None else "uniform_average"
    )
    report = {name: round(float(v), 3) for name, v in zip(POLLUTANTS, per_target)}
    report["combined"] = round(float(combined), 3)
    return report
