"""Find the nearest shop to a customer, using great-circle distances."""
import numpy as np
from sklearn.neighbors import DistanceMetric

EARTH_RADIUS_KM = 6371.0
_haversine = DistanceMetric.get_metric("haversine")


def nearest_store(customer, stores):
    """customer: (lat, lon) in degrees; stores: {name: (lat, lon)}.

    Returns (name, distance_km) of the closest store.
    """
    if not stores:
        raise ValueError("no stores to search")
    names = list(stores)
    points = np.radians(np.array([stores[n] for n in names], dtype=float))
    origin = np.radians(np.array([customer], dtype=float))
    dists = _haversine.pairwise(origin, points)[0] * EARTH_RADIUS_KM
    best = int(np.argmin(dists))
    return names[best], round(float(dists[best]), 1)
