"""Sign test for paired before/after measurements (e.g. blood pressure in a diet trial)."""
from typing import NamedTuple

import numpy as np
import scipy.stats


class SignTestResult(NamedTuple):
    improved: int
    worsened: int
    ties: int
    p_value: float


def sign_test(before, after, alternative="two-sided"):
    """Count how many subjects went down (improved) or up, ignoring ties."""
    diff = np.asarray(after, dtype=float) - np.asarray(before, dtype=float)
    improved = int(np.sum(diff < 0))
    worsened = int(np.sum(diff > 0))
    ties = int(diff.size - improved - worsened)
    n = improved + worsened
    if n == 0:
        return SignTestResult(0, 0, ties, 1.0)
    p = scipy.stats.binomtest(improved, n, 0.5, alternative=alternative).pvalue
    return SignTestResult(improved, worsened, ties, float(p))
