"""Group warehouse pick locations into zones for picker assignment."""
from collections import defaultdict

import numpy as np
from sklearn.cluster import AgglomerativeClustering


def assign_zones(bins, n_zones):
    """bins: {bin_id: (aisle, shelf)}. Pickers walk aisles, so distances are Manhattan."""
    if n_zones < 1 or n_zones > len(bins):
        raise ValueError("n_zones must be between 1 and the number of bins")
    ids = sorted(bins)
    if n_zones == 1:
        return {"Z1": ids}
    coords = np.array([bins[b] for b in ids], dtype=float)
    model = AgglomerativeClustering(n_clusters=n_zones, metric="manhattan", linkage="average")
    labels = model.fit_predict(coords)
    zones = defaultdict(list)
    for bin_id, label in zip(ids, labels):
        zones[label].append(bin_id)
    # number zones by their first bin so the result does not depend on label order
    ordered = sorted(zones.values(), key=lambda members: members[0])
    return {f"Z{i + 1}": members for i, members in enumerate(ordered)}
