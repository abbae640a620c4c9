"""Flag shipments whose (weight, volume) is unusual given how the two usually co-vary."""
import numpy as np
from sklearn.neighbors import DistanceMetric


def flag_unusual_shipments(history, candidates, threshold=3.0):
    """Return the indices of candidates farther than `threshold` from the history mean."""
    history = np.asarray(history, dtype=float)
    cov = np.cov(history, rowvar=False)
    metric = DistanceMetric.get_metric("mahalanobis", V=cov)
    center = history.mean(axis=0, keepdims=True)
    dists = metric.pairwise(np.asarray(candidates, dtype=float), center)[:, 0]
    return [i for i, d in enumerate(dists) if d > threshold], np.round(dists, 2).tolist()
