"""Evaluate house-price predictions on a relative (log) scale, as in the valuation KPI."""
from sklearn.metrics import root_mean_squared_log_error


def valuation_kpi(sold_prices, estimates, by_region=None):
    """Root mean squared log error overall and, optionally, per region label."""
    if any(p < 0 for p in list(sold_prices) + list(estimates)):
        raise ValueError("prices must be non-negative")
    result = {"overall": round(float(root_mean_squared_log_error(sold_prices, estimates)), 4)}
    if by_region is not None:
        for region in sorted(set(by_region)):
            idx = [i for i, r in enumerate(by_region) if r == region]
            y = [sold_prices[i] for i in idx]
            p = [estimates[i] for i in idx]
            result[region] = round(float(root_mean_squared_log_error(y, p)), 4)
    return result
