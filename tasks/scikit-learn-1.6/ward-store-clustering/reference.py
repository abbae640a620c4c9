"""Group stores with similar weekly sales profiles (Ward linkage on euclidean distances)."""
import numpy as np
from sklearn.cluster import AgglomerativeClustering


def group_stores(weekly_sales, n_groups=2):
    """weekly_sales: {store: [sales per weekday]}. Returns groups as sorted lists of stores."""
    names = sorted(weekly_sales)
    X = np.array([weekly_sales[n] for n in names], dtype=float)
    shares = X / X.sum(axis=1, keepdims=True)  # compare profiles, not volumes
    labels = AgglomerativeClustering(n_clusters=n_groups).fit_predict(shares)
    groups = {}
    for name, label in zip(names, labels):
        groups.setdefault(label, []).append(name)
    return sorted(groups.values())
