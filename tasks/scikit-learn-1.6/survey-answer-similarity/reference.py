"""Find respondents who answered a yes/no survey most alike."""
import itertools

import numpy as np
from sklearn.metrics import DistanceMetric


def most_similar_respondents(answers, top=1):
    """answers: {respondent: list of booleans}. Returns the `top` closest pairs.

    Each pair comes with the share of questions answered identically.
    """
    names = sorted(answers)
    matrix = np.array([[float(a) for a in answers[n]] for n in names])
    hamming = DistanceMetric.get_metric("hamming")
    dists = hamming.pairwise(matrix)
    pairs = [
        ((names[i], names[j]), round(1.0 - float(dists[i, j]), 3))
        for i, j in itertools.combinations(range(len(names)), 2)
    ]
    pairs.sort(key=lambda p: (-p[1], p[0]))
    return pairs[:top]
