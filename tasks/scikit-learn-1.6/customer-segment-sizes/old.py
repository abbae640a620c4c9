"""Segment customers on (days since last order, yearly spend) and summarise the segments."""
import numpy as np
from sklearn.cluster import KMeans


def segment_customers(recency_spend, n_segments=4):
    """Return segment sizes, centres (largest segment first) and the within-segment inertia."""
    X = np.asarray(recency_spend, dtype=float)
    if len(X) < n_segments:
        raise ValueError("need at least one customer per segment")
    km = KMeans(n_clusters=n_segments, random_state=0).fit(X)
    sizes = np.bincount(km.labels_, minlength=n_segments)
    order = np.argsort(-sizes, kind="stable")
    return {
        "sizes": sizes[order].tolist(),
        "centers": km.cluster_centers_[order].round(1).tolist(),
        "inertia": round(float(km.inertia_), 1),
    }
