"""One-line text summaries of numeric columns for a CLI report."""
import numpy as np


def summary_line(name, values, quantiles=(0.25, 0.5, 0.75)):
    """e.g. ``price: n=4 range=[1.0, 9.5] quartiles=[2.5, 4.0, 6.25]``."""
    arr = np.asarray(values, dtype=float)
    if arr.size == 0:
        return f"{name}: n=0"
    value_range = [arr.min(), arr.max()]
    qs = [np.quantile(arr, q) for q in quantiles]
    return f"{name}: n={arr.size} range={value_range} quartiles={qs}"
