"""Reliability of a system built from redundant groups of components."""
import numpy as np


def system_reliability(groups):
    """Probability that the whole system works.

    ``groups`` is a list of lists of component reliabilities. Components inside a group are
    redundant (parallel: the group works if any component works); groups are in series.
    """
    group_ok = []
    for group in groups:
        p = np.asarray(group, dtype=float)
        if p.size == 0 or np.any((p < 0) | (p > 1)):
            raise ValueError("reliabilities must be in [0, 1] and groups non-empty")
        group_ok.append(1 - np.prod(1 - p))
    return float(np.prod(group_ok))


def weakest_group(groups):
    scores = [1 - np.prod(1 - np.asarray(g, dtype=float)) for g in groups]
    return int(np.argmin(scores))
