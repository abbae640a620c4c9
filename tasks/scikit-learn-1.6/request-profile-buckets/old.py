"""Bucket API requests by (latency ms, payload kB) with mini-batch k-means for dashboards."""
import numpy as np
from sklearn.cluster import MiniBatchKMeans


def bucket_requests(samples, n_buckets=4, batch_size=16):
    """Return bucket sizes (largest first), bucket centres in the same order, and the inertia."""
    X = np.asarray(samples, dtype=float)
    model = MiniBatchKMeans(n_clusters=n_buckets, batch_size=batch_size, random_state=0)
    labels = model.fit_predict(X)
    sizes = np.bincount(labels, minlength=n_buckets)
    order = np.argsort(-sizes, kind="stable")
    return sizes[order].tolist(), model.cluster_centers_[order].round(1).tolist(), round(float(model.inertia_), 1)
