"""Refine hand-picked warehouse centroids with k-means, starting from the given positions."""
import numpy as np
from sklearn.cluster import KMeans


def refine_centroids(points, initial_centroids):
    init = np.asarray(initial_centroids, dtype=float)
    km = KMeans(n_clusters=len(init), init=init, n_init=1, max_iter=100)
    labels = km.fit_predict(np.asarray(points, dtype=float))
    return km.cluster_centers_.round(3).tolist(), labels.tolist()
