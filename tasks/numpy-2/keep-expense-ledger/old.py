"""Monthly totals of household expenses; unknown amounts are stored as NaN."""
import numpy as np


def monthly_totals(months, amounts):
    """Return {month: (total_known, unknown_count)} sorted by month."""
    months = np.asarray(months)
    values = np.array([np.nan if a is None else a for a in amounts], dtype=np.float64)
    result = {}
    for month in np.unique(months).tolist():
        chunk = values[months == month]
        result[month] = (float(np.nansum(chunk)), int(np.isnan(chunk).sum()))
    return result
