"""Split delivery stops between vans using a measured travel-time matrix."""
import numpy as np
from sklearn.cluster import AgglomerativeClustering


def plan_van_routes(stop_names, travel_minutes, n_vans, max_minutes=None):
    times = np.asarray(travel_minutes, dtype=float)
    times = (times + times.T) / 2.0  # measured times are not perfectly symmetric
    np.fill_diagonal(times, 0.0)
    clusterer = AgglomerativeClustering(
        n_clusters=n_vans, metric="precomputed", linkage="complete"
    )
    labels = clusterer.fit_predict(times)
    routes = []
    for label in np.unique(labels):
        idx = np.flatnonzero(labels == label)
        spread = times[np.ix_(idx, idx)].max()
        routes.append({"stops": [stop_names[i] for i in idx], "max_minutes": float(spread)})
    routes.sort(key=lambda r: r["stops"][0])
    if max_minutes is not None:
        too_long = [r for r in routes if r["max_minutes"] > max_minutes]
        if too_long:
            raise ValueError(f"{len(too_long)} route(s) exceed {max_minutes} minutes")
    return routes
