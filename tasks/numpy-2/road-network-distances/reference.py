"""Shortest driving distances between towns (Floyd-Warshall on a small road graph)."""
import numpy as np


def all_pairs_distances(towns, roads):
    """``roads`` is a list of (town_a, town_b, km) two-way roads.

    Returns a (n, n) array of shortest distances; unreachable pairs are infinite.
    """
    index = {name: i for i, name in enumerate(towns)}
    n = len(towns)
    dist = np.full((n, n), np.inf)
    np.fill_diagonal(dist, 0.0)
    for a, b, km in roads:
        i, j = index[a], index[b]
        dist[i, j] = dist[j, i] = min(dist[i, j], km)
    for k in range(n):
        dist = np.minimum(dist, dist[:, k : k + 1] + dist[k : k + 1, :])
    return dist


def reachable(dist, i, j):
    return bool(dist[i, j] < np.inf)
