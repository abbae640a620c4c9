"""Find redundant feature pairs before training a regression model."""
import numpy as np
from scipy.linalg import triu


def correlated_pairs(data, names, threshold=0.9):
    """Pairs (a, b, r) with |Pearson r| >= threshold, strongest first; each pair once."""
    data = np.asarray(data, dtype=float)
    if data.shape[1] != len(names):
        raise ValueError("one name per column required")
    corr = np.corrcoef(data, rowvar=False)
    upper = triu(corr, k=1)
    rows, cols = np.nonzero(np.abs(upper) >= threshold)
    pairs = [(names[i], names[j], round(float(corr[i, j]), 3)) for i, j in zip(rows, cols)]
    return sorted(pairs, key=lambda p: -abs(p[2]))


def columns_to_drop(data, names, threshold=0.9):
    """Greedy: drop the second column of every redundant pair."""
    dropped = []
    for _, second, _ in correlated_pairs(data, names, threshold):
        if second not in dropped:
            dropped.append(second)
    return dropped
