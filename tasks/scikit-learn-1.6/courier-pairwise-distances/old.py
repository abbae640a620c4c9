"""Assign each parcel to the closest courier on a street grid."""
import numpy as np
from sklearn.metrics import pairwise_distances


def closest_courier(couriers, parcels):
    """couriers: {name: (x, y)}; parcels: {parcel_id: (x, y)} -> {parcel_id: (name, blocks)}."""
    names = sorted(couriers)
    ids = sorted(parcels)
    C = np.array([couriers[n] for n in names], dtype=float)
    P = np.array([parcels[p] for p in ids], dtype=float)
    d = pairwise_distances(P, C, metric="manhattan")
    best = d.argmin(axis=1)
    return {pid: (names[b], int(d[i, b])) for i, (pid, b) in enumerate(zip(ids, best))}
