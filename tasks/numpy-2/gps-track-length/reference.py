"""Length of a recorded GPS track (great-circle distance between consecutive fixes)."""
import numpy as np

EARTH_RADIUS_KM = 6371.0


def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


def track_length_km(fixes):
    """``fixes`` is a sequence of (latitude, longitude) pairs in degrees."""
    points = np.asarray(fixes)
    if points.ndim != 2 or points.shape[1] != 2:
        raise ValueError("expected (lat, lon) pairs")
    if len(points) < 2:
        return 0.0
    legs = haversine_km(points[:-1, 0], points[:-1, 1], points[1:, 0], points[1:, 1])
    return float(legs.sum())
