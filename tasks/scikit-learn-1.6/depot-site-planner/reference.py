"""Choose depot sites for a delivery area: one depot per cluster of delivery points."""
import numpy as np
from sklearn.cluster import KMeans


def plan_depots(points_km, n_depots):
    """Return (depot coordinates sorted west to east, worst distance from a point to its depot)."""
    points = np.asarray(points_km, dtype=float)
    km = KMeans(n_clusters=n_depots, n_init=10, random_state=0)
    labels = km.fit_predict(points)
    centers = km.cluster_centers_
    worst = np.linalg.norm(points - centers[labels], axis=1).max()
    depots = sorted(tuple(round(float(v), 1) for v in c) for c in centers)
    return depots, round(float(worst), 2)
