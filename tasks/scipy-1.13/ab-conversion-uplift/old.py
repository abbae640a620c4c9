"""Decide whether a landing-page variant beats the historical conversion rate."""
from scipy import stats


def uplift_report(visitors, conversions, baseline_rate, alpha=0.05):
    """One-sided exact test of 'variant converts better than baseline_rate'."""
    if conversions > visitors:
        raise ValueError("more conversions than visitors")
    if not 0.0 < baseline_rate < 1.0:
        raise ValueError("baseline_rate must be a probability")
    p_value = stats.binom_test(conversions, visitors, p=baseline_rate, alternative="greater")
    observed = conversions / visitors if visitors else 0.0
    return {
        "observed_rate": round(observed, 4),
        "p_value": float(p_value),
        "ship_it": bool(p_value < alpha),
    }
